#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

// Tells a barcode scanner from a person at the keyboard. A scanner "types" a whole code in a
// burst of keys a few milliseconds apart; some send Enter after it, some send nothing. A burst
// that looks like a code (no spaces, at least one digit) is reported as scanned when it ends,
// with Enter (which is then consumed) or without; a fast typist writing a name is not.
class ScannerDetector : public QObject {
    Q_OBJECT

public:
    static constexpr int maxGapMs = 35;      // between two keys of one burst
    static constexpr int minBurstLength = 4; // shorter bursts are someone typing fast
    static constexpr int settleMs = 150;     // quiet time after the last key of a burst

    explicit ScannerDetector(QObject* parent = nullptr);

    // Feed it the key presses of the search field (an event filter).
    bool eventFilter(QObject* watched, QEvent* event) override;
    static bool looksLikeCode(const QString& text);

Q_SIGNALS:
    void codeScanned(const QString& code);

private:
    void settle();

    QElapsedTimer m_sinceLastKey;
    QString m_burst;
    QTimer* m_settle;
};

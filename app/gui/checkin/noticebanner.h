#pragma once

#include <QFrame>

#include <optional>

class QLabel;
class QTimer;

// The strip under the search field that tells the desk what just happened: green for a
// check-in, amber for "already checked in", red for an unknown code or an error. It keeps its
// height when idle so the list below never jumps.
class NoticeBanner : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Idle, Success, Info, Warning, Error };

    explicit NoticeBanner(QWidget* parent = nullptr);

    void showNotice(Kind kind, const QString& text);
    void clearNotice();
    // What the idle strip says; the default tells how to check someone in.
    void setIdleText(const QString& text);
    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyKind();

    QLabel* m_label;
    QTimer* m_timer;
    QString m_idleText;
    Kind m_kind = Kind::Idle;
    std::optional<Kind> m_styledAs; // the kind the label's colours and font were last set for
};

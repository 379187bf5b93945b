#pragma once

#include "tableloader.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// "Reading the list… 120 000 rows" with a Cancel button, shown while a registration list is
// read in the background; hidden otherwise.
class ReadingBar : public QWidget {
    Q_OBJECT

public:
    explicit ReadingBar(QWidget* parent = nullptr);

    void start(const QString& path, const entre::ImportOptions& options);
    void cancel();
    bool isReading() const { return m_loader->isRunning() && !isHidden(); }

Q_SIGNALS:
    void finished(const LoadedTable& loaded);
    void cancelled();

private:
    void showRows(qint64 rows);

    TableLoader* m_loader;
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

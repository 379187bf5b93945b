#include "readingbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

ReadingBar::ReadingBar(QWidget* parent)
    : QWidget(parent)
    , m_loader(new TableLoader(this))
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel &Reading"), this))
{
    setObjectName(QStringLiteral("readingBar"));
    m_label->setObjectName(QStringLiteral("readingLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelReading"));
    m_bar->setRange(0, 0); // the number of rows is known only at the end
    m_bar->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();

    connect(m_loader, &TableLoader::progressed, this, &ReadingBar::showRows);
    connect(m_loader, &TableLoader::finished, this, [this](const LoadedTable& loaded) {
        hide();
        Q_EMIT finished(loaded);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ReadingBar::cancel);
}

void ReadingBar::start(const QString& path, const entre::ImportOptions& options)
{
    showRows(0);
    show();
    m_loader->start(path, options);
}

void ReadingBar::cancel()
{
    if (isHidden())
        return;
    m_loader->cancel();
    hide();
    Q_EMIT cancelled();
}

void ReadingBar::showRows(qint64 rows)
{
    m_label->setText(rows == 0 ? tr("Reading the list…")
                               : tr("Reading the list… %1 rows").arg(QLocale().toString(rows)));
}

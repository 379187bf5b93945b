#include "welcomepage.h"

#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto* title = new QLabel(tr("Entré"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle =
        new QLabel(tr("Check-in desk for events. Open an event file or create a new one."), this);

    auto* newButton = new QPushButton(tr("New Event…"), this);
    auto* openButton = new QPushButton(tr("Open Event…"), this);
    auto* demoButton = new QPushButton(tr("Open the Demo Event"), this);
    demoButton->setObjectName(QStringLiteral("demoButton"));
    m_recent->setObjectName(QStringLiteral("recentFiles"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Recent events:"), this));
    layout->addWidget(m_recent, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newEventRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openEventRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString());
    });
    refreshRecentFiles();
}

void WelcomePage::refreshRecentFiles()
{
    m_recent->clear();
    for (const QString& path : RecentFiles::list()) {
        auto* item =
            new QListWidgetItem(QFileInfo(path).completeBaseName() + QStringLiteral("  —  ") +
                                    QDir::toNativeSeparators(path),
                                m_recent);
        item->setData(Qt::UserRole, path);
    }
}

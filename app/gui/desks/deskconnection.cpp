#include "deskconnection.h"

#include "connectdesksdialog.h"
#include "desks/desklink.h"
#include "deskstatusindicator.h"
#include "event/event.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

DeskConnection::DeskConnection(QMenu* menu, MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_action(menu->addAction(tr("Connect &Desks…"), this, [this] { run(); }))
    , m_indicator(new DeskStatusIndicator(window))
{
    setObjectName(QStringLiteral("deskConnection"));
    m_action->setObjectName(QStringLiteral("connectDesksAction"));
    window->statusBar()->addPermanentWidget(m_indicator);
}

DeskConnection::~DeskConnection()
{
    detach();
}

void DeskConnection::attach(entre::Event* event)
{
    detach();
    m_event = event;
    if (!event || event->isReadOnly())
        return;
    auto status = event->deskStatus();
    if (status && !status->link.eventId.isEmpty())
        startLink(status->link.server);
}

void DeskConnection::detach()
{
    m_link.reset();
    m_indicator->hide();
}

void DeskConnection::startLink(const QString& server)
{
    m_link.reset();
    m_link = std::make_unique<entre::DeskLink>(m_event.data(), m_passwords.value(server));
    m_indicator->setDeskState(entre::DeskLink::State::Connecting, 0, {});
    connect(m_link.get(), &entre::DeskLink::stateChanged, this,
            [this](entre::DeskLink::State state, int pending) {
                m_indicator->setDeskState(state, pending, m_link->problem());
            });
}

bool DeskConnection::run()
{
    ConnectDesksDialog dialog(m_event.data(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const entre::DeskAddress address = dialog.address();
    m_passwords.insert(address.toString(), address.password);
    switch (dialog.outcome()) {
    case ConnectDesksDialog::Outcome::Shared:
        startLink(address.toString());
        m_window->statusBar()->showMessage(
            tr("Shared on %1. Other desks join it with Event → Connect Desks…")
                .arg(address.place()),
            15000);
        break;
    case ConnectDesksDialog::Outcome::Reconnected:
        startLink(address.toString());
        break;
    case ConnectDesksDialog::Outcome::Joined:
        // The window opens the new file, and attach() connects it.
        m_window->openEvent(dialog.joinedPath());
        break;
    }
    if (!dialog.warning().isEmpty())
        QMessageBox::warning(
            m_window, tr("Connect Desks"),
            tr("Connected, but the password was not remembered: %1").arg(dialog.warning()));
    return true;
}

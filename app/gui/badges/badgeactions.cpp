#include "badgeactions.h"

#include "badgebatchdialog.h"
#include "badgepreview.h"
#include "badgeprintservice.h"
#include "badgesettings.h"
#include "badgesettingsdialog.h"
#include "calibrationdialog.h"
#include "checkin/checkinpage.h"
#include "checkin/noticebanner.h"
#include "eventsession.h"
#include "search/attendeelistmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

BadgeActions::BadgeActions(QMenu* menu, QMainWindow* window, SessionSource session, PageSource page)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
    , m_page(std::move(page))
    , m_failure(new QLabel(window))
{
    setObjectName(QStringLiteral("badgeActions"));
    m_printSelected = menu->addAction(tr("&Print Badge"), this, &BadgeActions::printSelected);
    m_printSelected->setObjectName(QStringLiteral("printBadge"));
    m_printSelected->setShortcut(QKeySequence::Print);
    QAction* batch = menu->addAction(tr("Print &Batch…"), this, &BadgeActions::printBatch);
    batch->setObjectName(QStringLiteral("printBatch"));
    QAction* preview = menu->addAction(tr("Pre&view…"), this, &BadgeActions::preview);
    m_reprintFailed = menu->addAction(tr("Print &Failed Badges Again"), this, [this] {
        clearFailure();
        if (auto* service = BadgePrintService::forSession(m_session()))
            service->retryFailed();
    });
    m_reprintFailed->setObjectName(QStringLiteral("reprintFailed"));
    menu->addSeparator();
    QAction* settings = menu->addAction(tr("Badge &Settings…"), this, &BadgeActions::editSettings);
    menu->addAction(tr("&Calibrate Printer…"), this, &BadgeActions::calibrate);
    m_eventActions = {m_printSelected, batch, preview, settings};

    m_failure->setObjectName(QStringLiteral("badgeFailure"));
    m_failure->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b02e2e; "
                                            "padding: 2px 8px; font-weight: bold; }"));
    m_failure->hide();
    window->statusBar()->addPermanentWidget(m_failure);
    // Disabled while the menu shows without an event; enabled again after, so that Ctrl+P
    // works as soon as an event is open.
    connect(menu, &QMenu::aboutToShow, this, &BadgeActions::updateActions);
    connect(menu, &QMenu::aboutToHide, this, [this] {
        for (QAction* action : std::as_const(m_eventActions))
            action->setEnabled(true);
    });
    m_reprintFailed->setEnabled(false);
}

void BadgeActions::updateActions()
{
    EventSession* session = m_session();
    for (QAction* action : std::as_const(m_eventActions))
        action->setEnabled(session != nullptr);
    auto* service = BadgePrintService::forSession(session);
    m_reprintFailed->setEnabled(service && !service->failed().isEmpty());
    connectService();
}

void BadgeActions::connectService()
{
    EventSession* session = m_session();
    if (session == m_connected)
        return;
    m_connected = session;
    clearFailure();
    auto* service = BadgePrintService::forSession(session);
    if (!service)
        return;
    connect(service, &BadgePrintService::printFailed, this, &BadgeActions::showFailure);
    connect(service, &BadgePrintService::badgePrinted, this, [this](const entre::Attendee& who) {
        m_window->statusBar()->showMessage(tr("Badge printed for %1.").arg(who.fullName()), 5000);
        if (auto* s = BadgePrintService::forSession(m_session()); s && s->failed().isEmpty())
            clearFailure();
    });
}

void BadgeActions::attach(CheckInPage* page)
{
    connectService();
    auto* service = BadgePrintService::forSession(m_session());
    if (!page || !service)
        return;
    connect(page, &CheckInPage::attendeeCheckedIn, service, &BadgePrintService::onCheckedInId);
}

QList<entre::Attendee> BadgeActions::selectedAttendees() const
{
    QList<entre::Attendee> people;
    CheckInPage* page = m_page();
    if (!page || !page->attendeeView()->selectionModel())
        return people;
    const QModelIndexList rows = page->attendeeView()->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        people.append(page->model()->attendeeAt(index.row()));
    if (people.isEmpty()) {
        if (auto highlighted = page->selectedAttendee())
            people.append(*highlighted);
    }
    return people;
}

void BadgeActions::printSelected()
{
    connectService();
    auto* service = BadgePrintService::forSession(m_session());
    if (!service)
        return;
    const QList<entre::Attendee> people = selectedAttendees();
    if (people.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select a person first."), 5000);
        return;
    }
    for (const entre::Attendee& person : people)
        service->printBadge(person);
}

void BadgeActions::printBatch()
{
    EventSession* session = m_session();
    if (!session)
        return;
    QList<qint64> ids;
    const QList<entre::Attendee> selected = selectedAttendees();
    for (const entre::Attendee& person : selected)
        ids.append(person.id);
    BadgeBatchDialog dialog(session, ids, m_window);
    dialog.exec();
}

void BadgeActions::preview()
{
    EventSession* session = m_session();
    if (!session)
        return;
    QList<entre::Attendee> people = selectedAttendees();
    if (people.isEmpty())
        if (auto everyone = entre::BadgeSelection{}.resolve(session->database()))
            people = everyone.value();
    auto job = BadgeSettings::job(session->database(), BadgeSettings::printerName());
    if (!job || people.isEmpty())
        return;
    showBadgePreview(m_window, job.value(),
                     BadgeSettings::contents(people, session->eventInfo().name),
                     BadgeSettings::printerName());
}

void BadgeActions::editSettings()
{
    if (EventSession* session = m_session()) {
        BadgeSettingsDialog dialog(session, m_window);
        dialog.exec();
    }
}

void BadgeActions::calibrate()
{
    CalibrationDialog dialog(m_window);
    dialog.exec();
}

void BadgeActions::showFailure(const entre::Attendee& attendee, const QString& message)
{
    // Short enough for the status bar; the reason is in the tooltip and on the page's notice.
    m_failure->setText(
        tr("Badge not printed: %1 (Badges ▸ Print Failed Badges Again)").arg(attendee.fullName()));
    m_failure->setToolTip(message);
    m_failure->show();
    m_reprintFailed->setEnabled(true);
    if (CheckInPage* page = m_page())
        page->banner()->showNotice(
            NoticeBanner::Kind::Error,
            tr("Badge for %1 not printed: %2").arg(attendee.fullName(), message));
}

void BadgeActions::clearFailure()
{
    m_failure->hide();
    m_failure->clear();
}

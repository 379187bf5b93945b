#include "badgeactions.h"

#include "badgebatchdialog.h"
#include "badgepreview.h"
#include "badgeprintservice.h"
#include "badgesettingsdialog.h"
#include "calibrationdialog.h"
#include "checkin/checkinpage.h"
#include "checkin/noticebanner.h"
#include "event/attendeelistmodel.h"
#include "event/event.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

BadgeActions::BadgeActions(QMenu* menu, QMainWindow* window, EventSource event, PageSource page)
    : QObject(window)
    , m_window(window)
    , m_event(std::move(event))
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
        if (auto* service = BadgePrintService::forEvent(m_event()))
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
    entre::Event* event = m_event();
    for (QAction* action : std::as_const(m_eventActions))
        action->setEnabled(event != nullptr);
    auto* service = BadgePrintService::forEvent(event);
    m_reprintFailed->setEnabled(service && !service->failed().isEmpty());
    connectService();
}

void BadgeActions::connectService()
{
    entre::Event* event = m_event();
    if (event == m_connected)
        return;
    m_connected = event;
    clearFailure();
    auto* service = BadgePrintService::forEvent(event);
    if (!service)
        return;
    connect(service, &BadgePrintService::printFailed, this, &BadgeActions::showFailure);
    connect(service, &BadgePrintService::badgePrinted, this, [this](const entre::Attendee& who) {
        m_window->statusBar()->showMessage(tr("Badge printed for %1.").arg(who.fullName()), 5000);
        if (auto* s = BadgePrintService::forEvent(m_event()); s && s->failed().isEmpty())
            clearFailure();
    });
}

void BadgeActions::attach(CheckInPage* page)
{
    connectService();
    auto* service = BadgePrintService::forEvent(m_event());
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
    auto* service = BadgePrintService::forEvent(m_event());
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
    entre::Event* event = m_event();
    if (!event)
        return;
    QList<qint64> ids;
    const QList<entre::Attendee> selected = selectedAttendees();
    for (const entre::Attendee& person : selected)
        ids.append(person.id);
    BadgeBatchDialog dialog(event, ids, m_window);
    dialog.exec();
}

void BadgeActions::preview()
{
    entre::Event* event = m_event();
    if (!event)
        return;
    QList<entre::Attendee> people = selectedAttendees();
    if (people.isEmpty())
        if (auto everyone = event->badgeRecipients({}))
            people = everyone.value();
    if (!people.isEmpty())
        previewBadges(m_window, *event, people);
}

void BadgeActions::editSettings()
{
    if (entre::Event* event = m_event()) {
        BadgeSettingsDialog dialog(event, m_window);
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

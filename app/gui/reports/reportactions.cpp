#include "reportactions.h"

#include "checkin/arrivalschartwidget.h"
#include "event/event.h"
#include "reportpreviewdialog.h"
#include "reports/attendancereport.h"
#include "reports/noshowreport.h"
#include "reports/signinsheet.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

namespace {

struct ReportKind {
    QString title;
    QString fileName; // with %1 for the event file's name
    void (*paint)(QPagedPaintDevice&, const entre::EventInfo&, const QList<entre::Attendee>&,
                  const QDateTime&);
};

ReportKind kindOf(ReportActions::Report report)
{
    switch (report) {
    case ReportActions::Report::SignInSheet:
        return {ReportActions::tr("Sign-in sheet"), ReportActions::tr("%1 - sign-in sheet.pdf"),
                &entre::paintSignInSheet};
    case ReportActions::Report::NoShows:
        return {ReportActions::tr("No-show list"), ReportActions::tr("%1 - no-shows.pdf"),
                &entre::paintNoShowReport};
    case ReportActions::Report::Attendance:
        break;
    }
    return {ReportActions::tr("Attendance list"), ReportActions::tr("%1 - attendance list.pdf"),
            &entre::paintAttendanceReport};
}

// A window that shows the open event goes when the event is closed.
void closeWithEvent(QWidget* window, const entre::Event* event)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(event, &QObject::destroyed, window, [window] { delete window; });
}

} // namespace

ReportActions::ReportActions(QMenu* menu, QMainWindow* window, EventSource event)
    : QObject(window)
    , m_window(window)
    , m_event(std::move(event))
{
    setObjectName(QStringLiteral("reportActions"));
    const auto add = [this, menu](const QString& text, const char* name, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(false);
        m_actions.append(action);
    };
    add(tr("&Attendance List…"), "reportAttendance", [this] { preview(Report::Attendance); });
    add(tr("&Sign-in Sheet…"), "reportSignInSheet", [this] { preview(Report::SignInSheet); });
    add(tr("&No-Show List…"), "reportNoShows", [this] { preview(Report::NoShows); });
    menu->addSeparator();
    add(tr("Arrivals &Over Time…"), "reportArrivals", [this] { showArrivals(); });
    connect(menu, &QMenu::aboutToShow, this, [this] {
        for (QAction* action : std::as_const(m_actions))
            action->setEnabled(m_event() != nullptr);
    });
}

entre::ReportPreviewDialog* ReportActions::preview(Report report)
{
    const entre::Event* event = m_event();
    if (!event)
        return nullptr;
    const ReportKind kind = kindOf(report);
    auto people = event->attendees();
    if (!people) {
        QMessageBox::warning(m_window, tr("Cannot Show the Report"), people.error().message);
        return nullptr;
    }
    // What is previewed is what is printed or saved: the list as it is now.
    const entre::EventInfo info = event->info();
    const QDateTime generatedAt = QDateTime::currentDateTime();
    const QFileInfo eventFile(event->path());
    auto* dialog = new entre::ReportPreviewDialog(
        kind.title,
        QDir(eventFile.absolutePath()).filePath(kind.fileName.arg(eventFile.completeBaseName())),
        [info, everyone = people.value(), generatedAt, paint = kind.paint](
            QPagedPaintDevice& device) { paint(device, info, everyone, generatedAt); },
        m_window);
    closeWithEvent(dialog, event);
    dialog->open();
    return dialog;
}

QDialog* ReportActions::showArrivals()
{
    const entre::Event* event = m_event();
    if (!event)
        return nullptr;
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("arrivalsWindow"));
    dialog->setWindowTitle(tr("Arrivals Over Time – %1").arg(event->info().name));
    auto* layout = new QVBoxLayout(dialog);
    auto* chart = new ArrivalsChartWidget(event, dialog);
    // Larger type for a chart meant to be read across the room.
    QFont font = chart->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    chart->setFont(font);
    layout->addWidget(chart);
    dialog->resize(900, 520);
    closeWithEvent(dialog, event);
    dialog->show();
    return dialog;
}

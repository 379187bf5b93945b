#include "exportactions.h"

#include "event/event.h"
#include "reports/attendancereport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

ExportActions::ExportActions(QMenu* menu, QMainWindow* window, EventSource event)
    : QObject(window)
    , m_window(window)
    , m_event(std::move(event))
{
    setObjectName(QStringLiteral("exportActions"));
    QAction* attendance = menu->addAction(tr("&Attendance List (CSV)…"), this, [this] {
        chooseAndExport(entre::AttendeeList::Attendance);
    });
    attendance->setObjectName(QStringLiteral("exportAttendanceCsv"));
    QAction* noShows = menu->addAction(tr("&No-Shows (CSV)…"), this,
                                       [this] { chooseAndExport(entre::AttendeeList::NoShows); });
    noShows->setObjectName(QStringLiteral("exportNoShowsCsv"));
    QAction* report = menu->addAction(tr("Attendance &Report (PDF)…"), this,
                                      &ExportActions::chooseAndExportReport);
    report->setObjectName(QStringLiteral("exportAttendancePdf"));
    m_actions = {attendance, noShows, report};
    connect(menu, &QMenu::aboutToShow, this, [this] {
        for (QAction* action : std::as_const(m_actions))
            action->setEnabled(m_event() != nullptr);
    });
}

void ExportActions::chooseAndExport(entre::AttendeeList list)
{
    const entre::Event* event = m_event();
    if (!event)
        return;
    const QFileInfo eventFile(event->path());
    const QString name = list == entre::AttendeeList::Attendance
                             ? tr("%1 - attendance list.csv").arg(eventFile.completeBaseName())
                             : tr("%1 - no-shows.csv").arg(eventFile.completeBaseName());
    const QString semicolons = tr("CSV for Excel, semicolons (*.csv)");
    const QString commas = tr("CSV, commas (*.csv)");
    QString chosenFilter = semicolons;
    const QString path = QFileDialog::getSaveFileName(
        m_window,
        list == entre::AttendeeList::Attendance ? tr("Export the Attendance List")
                                                : tr("Export the No-Shows"),
        QDir(eventFile.absolutePath()).filePath(name), semicolons + QLatin1String(";;") + commas,
        &chosenFilter);
    if (!path.isEmpty())
        exportTo(list, path, chosenFilter == commas ? u',' : u';');
}

bool ExportActions::exportTo(entre::AttendeeList list, const QString& path, QChar delimiter)
{
    const entre::Event* event = m_event();
    if (!event)
        return false;
    if (auto written = entre::exportAttendeeListCsv(*event, list, path, delimiter); !written) {
        QMessageBox::warning(m_window, tr("Cannot Export"), written.error().message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                       8000);
    return true;
}

void ExportActions::chooseAndExportReport()
{
    const entre::Event* event = m_event();
    if (!event)
        return;
    const QFileInfo eventFile(event->path());
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the Attendance Report"),
        QDir(eventFile.absolutePath())
            .filePath(tr("%1 - attendance report.pdf").arg(eventFile.completeBaseName())),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = entre::exportAttendanceReportPdf(*event, path); !written) {
        QMessageBox::warning(m_window, tr("Cannot Export"), written.error().message);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                       8000);
}

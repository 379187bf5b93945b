#include "event/event.h"
#include "import/csvparser.h"
#include "mainwindow.h"
#include "reports/exportactions.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// File → Export in the window, offscreen: the menu, the file dialog, the file written and what
// the user is told.
class TestExports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void attendanceListThroughTheMenu();
    void noShowsWithCommas();
    void attendanceReportAsPdf();
    void failureIsShown();
    void disabledWithoutAnEvent();

private:
    // Triggers the export action with this object name and saves as path in the file dialog,
    // with the file type whose name contains filter.
    void exportThroughDialog(const QString& action, const QString& path,
                             const QString& filter = {});
    QList<QStringList> readCsv(const QString& path, QChar delimiter) const;

    QTemporaryDir m_dir;
    QString m_eventPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exports"));
    QVERIFY(m_dir.isValid());
    m_eventPath = m_dir.filePath(QStringLiteral("uppstart.entre"));
    auto event =
        entre::Event::create(m_eventPath, {QStringLiteral("Uppstart"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    const QString list = m_dir.filePath(QStringLiteral("list.csv"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Förnamn;Efternamn;Organisation\n"
               "Åsa;Öberg;Umeå kommun\n"
               "=Kalle;Ek;\"Lind; Berg AB\"\n");
    file.close();
    QVERIFY(event.value()->import(list));
    const auto people = event.value()->attendees();
    QVERIFY(people);
    for (const entre::Attendee& person : people.value()) {
        if (person.firstName == QStringLiteral("Åsa"))
            QVERIFY(event.value()->checkIn(person.id));
    }
    QCOMPARE(event.value()->count(entre::ArrivalFilter::Arrived).value(), 1);
}

void TestExports::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openEvent(m_eventPath));
}

void TestExports::cleanup()
{
    m_window.reset();
}

void TestExports::exportThroughDialog(const QString& action, const QString& path,
                                      const QString& filter)
{
    auto* trigger = m_window->findChild<QAction*>(action);
    QVERIFY(trigger);
    QTimer::singleShot(0, this, [path, filter] {
        auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(files);
        if (!filter.isEmpty()) {
            for (const QString& name : files->nameFilters()) {
                if (name.contains(filter))
                    files->selectNameFilter(name);
            }
        }
        files->selectFile(path);
        static_cast<QDialog*>(files)->done(QDialog::Accepted); // no overwrite question
    });
    m_window->statusBar()->clearMessage();
    trigger->trigger();
}

QList<QStringList> TestExports::readCsv(const QString& path, QChar delimiter) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    const auto records = entre::CsvParser::parse(QString::fromUtf8(bytes.mid(3)), delimiter);
    if (!records)
        return {};
    QList<QStringList> rows;
    for (const entre::TextRecord& record : records.value())
        rows.append(record.cells);
    return rows;
}

void TestExports::attendanceListThroughTheMenu()
{
    const QString path = m_dir.filePath(QStringLiteral("attendance.csv"));
    exportThroughDialog(QStringLiteral("exportAttendanceCsv"), path);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    const QList<QStringList> rows = readCsv(path, u';');
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].size(), 6);
    QStringList names{rows[1][0] + u'|' + rows[1][1] + u'|' + rows[1][3],
                      rows[2][0] + u'|' + rows[2][1] + u'|' + rows[2][3]};
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("'=Kalle Ek|Lind; Berg AB|No"),
                                 QStringLiteral("Åsa Öberg|Umeå kommun|Yes")}));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("attendance.csv")));
}

void TestExports::noShowsWithCommas()
{
    const QString path = m_dir.filePath(QStringLiteral("no-shows.csv"));
    exportThroughDialog(QStringLiteral("exportNoShowsCsv"), path, QStringLiteral("commas"));
    QTRY_VERIFY(QFile::exists(path));
    const QList<QStringList> rows = readCsv(path, u',');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1],
             (QStringList{QStringLiteral("'=Kalle Ek"), QStringLiteral("Lind; Berg AB"),
                          entre::organisationTypeLabel(entre::OrganisationType::Company)}));
}

void TestExports::attendanceReportAsPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    exportThroughDialog(QStringLiteral("exportAttendancePdf"), path);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
}

void TestExports::failureIsShown()
{
    auto* actions = m_window->findChild<ExportActions*>(QStringLiteral("exportActions"));
    QVERIFY(actions);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->done(QMessageBox::Ok);
    });
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/list.csv"));
    QVERIFY(!actions->exportTo(entre::AttendeeList::Attendance, path));
    QVERIFY2(shown.contains(path), qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

void TestExports::disabledWithoutAnEvent()
{
    auto* attendance = m_window->findChild<QAction*>(QStringLiteral("exportAttendanceCsv"));
    QVERIFY(attendance);
    QMenu* menu = nullptr;
    for (QMenu* candidate : m_window->findChildren<QMenu*>()) {
        if (candidate->actions().contains(attendance))
            menu = candidate;
    }
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QVERIFY(attendance->isEnabled());
    m_window->closeCurrentEvent();
    Q_EMIT menu->aboutToShow();
    QVERIFY(!attendance->isEnabled());
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"

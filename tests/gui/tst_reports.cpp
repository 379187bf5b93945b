// The Reports menu, the report preview and the arrivals chart on the check-in page, offscreen.
#include "checkin/arrivalschartwidget.h"
#include "checkin/checkinpage.h"
#include "desklock/desklock.h"
#include "event/event.h"
#include "mainwindow.h"
#include "reportpreviewdialog.h"
#include "reports/attendancereport.h"
#include "reports/signinsheet.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <tuple>

namespace {

// The pages of a PDF as Qt writes them: one "/Type /Page" object each.
int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reportsMenuNeedsAnEvent();
    void previewShowsEveryPage_data();
    void previewShowsEveryPage();
    void previewOfALongListMatchesThePdf();
    void savesAPrivatePdfAndSaysWhenItCannot();
    void lockingTheDeskClosesThePreview();
    void chartFollowsCheckInsOnceABurstIsOver();
    void arrivalsWindowGoesWithTheEvent();

private:
    QString createEvent(const QString& name, int organisations, int perOrganisation);
    QAction* action(const char* name) const;
    QMenu* reportsMenu() const;
    entre::ReportPreviewDialog* openPreview(const char* actionName);

    QTemporaryDir m_dir;
    QString m_smallEvent; // four organisations of three, one of each checked in
    QString m_largeEvent; // four organisations of sixty
    std::unique_ptr<MainWindow> m_window;
};

QString TestReports::createEvent(const QString& name, int organisations, int perOrganisation)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".entre"));
    auto event = entre::Event::create(path, {name, QDate(2026, 6, 15), QStringLiteral("Lycksele")});
    if (!event)
        return {};
    const QString list = m_dir.filePath(name + QStringLiteral(".csv"));
    QFile file(list);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QStringList places = {QStringLiteral("Umeå kommun"),
                                QStringLiteral("Region Västerbotten"),
                                QStringLiteral("Skellefteå kommun"), QStringLiteral("Malå kommun")};
    file.write("Förnamn;Efternamn;Organisation\n");
    for (int o = 0; o < organisations; ++o) {
        for (int p = 0; p < perOrganisation; ++p)
            file.write(QStringLiteral("Person%1;Efternamn%2;%3\n")
                           .arg(p)
                           .arg(QChar(u'A' + o))
                           .arg(places.at(o))
                           .toUtf8());
    }
    file.close();
    if (!event.value()->import(list))
        return {};
    const auto people = event.value()->attendees();
    for (const entre::Attendee& person : people.value()) {
        if (person.firstName == QStringLiteral("Person0"))
            event.value()->checkIn(person.id);
    }
    return path;
}

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reports"));
    QVERIFY(m_dir.isValid());
    m_smallEvent = createEvent(QStringLiteral("Liten"), 4, 3);
    m_largeEvent = createEvent(QStringLiteral("Stor"), 4, 60);
    QVERIFY(!m_smallEvent.isEmpty());
    QVERIFY(!m_largeEvent.isEmpty());
}

void TestReports::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReports::cleanup()
{
    m_window.reset();
}

QAction* TestReports::action(const char* name) const
{
    return m_window->findChild<QAction*>(QLatin1String(name));
}

QMenu* TestReports::reportsMenu() const
{
    const QList<QAction*> menus = m_window->menuBar()->actions();
    for (QAction* menu : menus) {
        if (menu->menu() && menu->menu()->actions().contains(action("reportAttendance")))
            return menu->menu();
    }
    return nullptr;
}

entre::ReportPreviewDialog* TestReports::openPreview(const char* actionName)
{
    Q_EMIT reportsMenu()->aboutToShow();
    QAction* trigger = action(actionName);
    if (!trigger || !trigger->isEnabled())
        return nullptr;
    trigger->trigger();
    auto* dialog = m_window->findChild<entre::ReportPreviewDialog*>();
    if (dialog)
        std::ignore = QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestReports::reportsMenuNeedsAnEvent()
{
    QMenu* menu = reportsMenu();
    QVERIFY(menu);
    // Between Event and Badges.
    const QList<QAction*> bar = m_window->menuBar()->actions();
    const auto at = bar.indexOf(menu->menuAction());
    QCOMPARE(bar.at(at - 1)->text(), QStringLiteral("Eve&nt"));
    QCOMPARE(bar.at(at + 1)->text(), QStringLiteral("&Badges"));

    const char* names[] = {"reportAttendance", "reportSignInSheet", "reportNoShows",
                           "reportArrivals"};
    Q_EMIT menu->aboutToShow();
    for (const char* name : names) {
        QVERIFY2(action(name), name);
        QVERIFY2(!action(name)->isEnabled(), name);
    }
    QVERIFY(m_window->openEvent(m_smallEvent));
    Q_EMIT menu->aboutToShow();
    for (const char* name : names)
        QVERIFY2(action(name)->isEnabled(), name);
    m_window->closeCurrentEvent();
    Q_EMIT menu->aboutToShow();
    for (const char* name : names)
        QVERIFY2(!action(name)->isEnabled(), name);
}

void TestReports::previewShowsEveryPage_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("pages"); // 0: as many as the PDF has
    // The list itself fits on one page; the arrivals chart follows it.
    QTest::newRow("attendance list, as in the PDF") << QStringLiteral("reportAttendance") << 0;
    QTest::newRow("sign-in sheet, a page per organisation")
        << QStringLiteral("reportSignInSheet") << 4;
    QTest::newRow("no-shows on one page") << QStringLiteral("reportNoShows") << 1;
}

void TestReports::previewShowsEveryPage()
{
    QFETCH(QString, action);
    QFETCH(int, pages);
    QVERIFY(m_window->openEvent(m_smallEvent));
    if (pages == 0) {
        const auto people = m_window->event()->attendees();
        QVERIFY(people);
        pages = pdfPageCount(entre::attendanceReportPdf(m_window->event()->info(), people.value()));
        QVERIFY(pages >= 1);
    }
    entre::ReportPreviewDialog* dialog = openPreview(action.toLatin1().constData());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->preview(), dialog->findChild<QPrintPreviewWidget*>());
    QTRY_COMPARE(dialog->preview()->pageCount(), pages);
    QPointer<entre::ReportPreviewDialog> watched(dialog);
    dialog->close();
    QTRY_VERIFY(!watched); // deleted once closed
}

void TestReports::previewOfALongListMatchesThePdf()
{
    QVERIFY(m_window->openEvent(m_largeEvent));
    const auto people = m_window->event()->attendees();
    QVERIFY(people);
    const int attendancePages =
        pdfPageCount(entre::attendanceReportPdf(m_window->event()->info(), people.value()));
    const int sheetPages =
        pdfPageCount(entre::signInSheetPdf(m_window->event()->info(), people.value()));
    QVERIFY(attendancePages > 1);
    QVERIFY(sheetPages >= 4);

    entre::ReportPreviewDialog* dialog = openPreview("reportAttendance");
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->preview()->pageCount(), attendancePages);
    dialog->close();
    dialog = nullptr;
    QTRY_VERIFY(!m_window->findChild<entre::ReportPreviewDialog*>());
    dialog = openPreview("reportSignInSheet");
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->preview()->pageCount(), sheetPages);
    dialog->close();
}

void TestReports::savesAPrivatePdfAndSaysWhenItCannot()
{
    QVERIFY(m_window->openEvent(m_largeEvent));
    entre::ReportPreviewDialog* dialog = openPreview("reportAttendance");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->preview()->pageCount() > 1);
    const QString path = m_dir.filePath(QStringLiteral("deltagarlista.pdf"));
    QVERIFY(dialog->savePdf(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdfPageCount(pdf), dialog->preview()->pageCount());
    QCOMPARE(file.permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("deltagarlista.pdf")));

    // Into a folder that is not there: a message says why, and nothing is written.
    const QString nowhere = m_dir.filePath(QStringLiteral("no such folder/report.pdf"));
    QString said;
    QTimer::singleShot(0, this, [&said] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        said = box->text();
        box->reject();
    });
    QVERIFY(!dialog->savePdf(nowhere));
    QVERIFY(!said.isEmpty());
    QCOMPARE(dialog->statusLabel()->text(), said);
    QVERIFY(!QFile::exists(nowhere));
    dialog->close();
}

void TestReports::lockingTheDeskClosesThePreview()
{
    QVERIFY(m_window->openEvent(m_smallEvent));
    QPointer<entre::ReportPreviewDialog> dialog = openPreview("reportAttendance");
    QVERIFY(dialog);
    m_window->deskLock()->lock();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(m_window->deskLock()->unlock({}));
}

void TestReports::chartFollowsCheckInsOnceABurstIsOver()
{
    QVERIFY(m_window->openEvent(m_largeEvent));
    auto* chart = m_window->checkInPage()->findChild<ArrivalsChartWidget*>();
    QVERIFY(chart);
    QVERIFY(chart->isVisible());
    QVERIFY(chart->height() >= 140);
    QVERIFY(!chart->accessibleName().isEmpty());
    QCOMPARE(chart->series().arrived, 4);
    QCOMPARE(chart->series().registered, 240);
    const QImage before = chart->grab().toImage();

    const auto people = m_window->event()->attendees(entre::ArrivalFilter::Missing);
    QVERIFY(people);
    for (int i = 0; i < 30; ++i)
        QVERIFY(m_window->event()->checkIn(people.value().at(i).id));
    // A burst is drawn once, a moment after it ends, not at every check-in.
    QCOMPARE(chart->series().arrived, 4);
    QTRY_COMPARE(chart->series().arrived, 34);
    const QImage after = chart->grab().toImage();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    QVERIFY(chart->accessibleDescription().contains(QStringLiteral("34 of 240")));
}

void TestReports::arrivalsWindowGoesWithTheEvent()
{
    QVERIFY(m_window->openEvent(m_smallEvent));
    Q_EMIT reportsMenu()->aboutToShow();
    action("reportArrivals")->trigger();
    QPointer<QDialog> window = m_window->findChild<QDialog*>(QStringLiteral("arrivalsWindow"));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto* chart = window->findChild<ArrivalsChartWidget*>();
    QVERIFY(chart);
    QCOMPARE(chart->series().arrived, 4);
    m_window->closeCurrentEvent();
    QVERIFY(!window);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"

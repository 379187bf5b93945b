// A ticket platform's list through the import wizard, then its tickets scanned at the desk:
// the wizard says which column is scanned, and any of a person's numbers checks them in.
#include "checkin/checkinpage.h"
#include "event/event.h"
#include "import/importwizard.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

class TestScanIdentifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardShowsTheScanCodeAndSharedAddresses();
    void scanningAnyIdentifierChecksInTheRightPerson();

private:
    static QString dataFile(const QString& name)
    {
        return QDir(qEnvironmentVariable("ENTRE_TEST_DATA")).filePath(name);
    }
    QString importedEvent();
    QList<CheckInLogEntry> log(MainWindow& window, const QString& code);

    QTemporaryDir m_dir;
    int m_events = 0;
};

void TestScanIdentifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scanidentifier"));
    QSettings().clear();
}

// A new event with the ticket platform's list imported through the wizard, as a user does.
QString TestScanIdentifier::importedEvent()
{
    const QString path = m_dir.filePath(QStringLiteral("event%1.entre").arg(++m_events));
    auto event = Event::create(path, {QStringLiteral("Kick-off"), QDate(2016, 6, 15), {}});
    if (!event)
        qFatal("cannot create the event: %s", qPrintable(event.error().message));
    ImportWizard wizard(event->get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/identity/ticket-platform/list.csv")));
    wizard.button(QWizard::NextButton)->click();
    if (!QTest::qWaitFor([&wizard] { return wizard.currentId() == ImportWizard::MappingPage; },
                         15000))
        return {};
    wizard.button(QWizard::CommitButton)->click();
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    const bool done = QTest::qWaitFor(
        [summary] { return summary->text().contains(QStringLiteral("added")); }, 15000);
    return done ? path : QString();
}

QList<CheckInLogEntry> TestScanIdentifier::log(MainWindow& window, const QString& code)
{
    auto found = window.event()->findByCode(code);
    if (!found || !found->has_value())
        return {};
    auto entries = window.event()->checkInLog(found->value().id);
    return entries ? entries.value() : QList<CheckInLogEntry>();
}

void TestScanIdentifier::wizardShowsTheScanCodeAndSharedAddresses()
{
    auto event = Event::create(m_dir.filePath(QStringLiteral("wizard.entre")),
                               {QStringLiteral("Kick-off"), QDate(2016, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    ImportWizard wizard(event->get());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))
        ->setText(dataFile(QStringLiteral("import/identity/ticket-platform/list.csv")));
    wizard.button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::MappingPage), 15000);

    const QString scan = wizard.findChild<QLabel*>(QStringLiteral("scanCodeLabel"))->text();
    QVERIFY2(scan.contains(QStringLiteral("“Barcode #”")), qPrintable(scan));
    QVERIFY2(scan.contains(QStringLiteral("“Attendee #”")), qPrintable(scan));
    QVERIFY2(scan.contains(QStringLiteral("“Order #”")), qPrintable(scan));
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QString barcodeHeader;
    for (int c = 0; c < preview->columnCount(); ++c) {
        if (preview->horizontalHeaderItem(c)->text().startsWith(QStringLiteral("Barcode #")))
            barcodeHeader = preview->horizontalHeaderItem(c)->text();
    }
    QCOMPARE(barcodeHeader, QStringLiteral("Barcode #\n→ Scan code"));

    wizard.button(QWizard::CommitButton)->click();
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("added")), 15000);
    // Örjan was registered with Åsa's address: imported, and said so.
    auto* shared = wizard.findChild<QListWidget*>(QStringLiteral("sharedEmailList"));
    QCOMPARE(shared->count(), 1);
    QVERIFY2(shared->item(0)->text().contains(QStringLiteral("Åsa Hägglund")),
             qPrintable(shared->item(0)->text()));
    QCOMPARE(wizard.findChild<QTableWidget*>(QStringLiteral("rejectedTable"))->rowCount(), 1);
}

void TestScanIdentifier::scanningAnyIdentifierChecksInTheRightPerson()
{
    const QString path = importedEvent();
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(window.openEvent(path));
    CheckInPage* page = window.checkInPage();
    QTRY_VERIFY(page->searchField()->hasFocus());

    // The ticket's barcode, scanned with Enter: Zoë, and nobody else.
    QTest::keyClicks(page->searchField(), QStringLiteral("7340011031001"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QCOMPARE(log(window, QStringLiteral("7340011031001")).size(), 1);
    Event* people = window.event();
    QCOMPARE(people->count(ArrivalFilter::Arrived).value(), 1);
    QVERIFY(people->findByCode(QStringLiteral("7340011031001"))->value().isCheckedIn());
    QCOMPARE(people->findByCode(QStringLiteral("7340011031001"))->value().fullName(),
             QStringLiteral("Zoë Öberg"));

    // An attendee number read by a scanner that sends no Enter: Åsa.
    QTest::keyClicks(page->searchField(), QStringLiteral("734001101"));
    QTRY_COMPARE(log(window, QStringLiteral("734001101")).size(), 1);
    QCOMPARE(people->findByCode(QStringLiteral("734001101"))->value().fullName(),
             QStringLiteral("Åsa Hägglund"));
    QCOMPARE(people->count(ArrivalFilter::Arrived).value(), 2);

    // The order Åsa and Örjan share is nobody's ticket: scanned, it checks in no one.
    QTest::keyClicks(page->searchField(), QStringLiteral("5512034001"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTest::qWait(400);
    QCOMPARE(people->count(ArrivalFilter::Arrived).value(), 2);
}

QTEST_MAIN(TestScanIdentifier)
#include "tst_scanidentifier.moc"

#include "badgeprintrun.h"
#include "badges/printercalibration.h"
#include "event/event.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

// The one way badges are printed: one fallback policy for stock and template, one error for an
// unknown name, the calibration unless an offset is given, and a print recorded where it went.
class TestBadgePrintRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unknownStockAndTemplateAreTheSameError();
    void emptyNamesChooseTheDefaults();
    void theEventsOwnTemplateIsFound();
    void pdfRunWritesEveryBadge();
    void pdfIsRecordedOnlyWhenAsked();
    void givenOffsetBeatsCalibration();
    void unknownPrinterQueueIsAnError();
    void nobodyToPrintIsBadInput();
    void startOffTheSheetIsRefusedBeforeDrawing();
    void cancelledRunLeavesNoFileAndNoRecord();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static qsizetype pageCount(const QString& pdfPath);
    static bool isPdf(const QString& filePath);

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Event> m_event;
    QList<Attendee> m_people;
};

qsizetype TestBadgePrintRun::pageCount(const QString& pdfPath)
{
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // Page objects are "/Type /Page"; the page tree is "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    const QString text = QString::fromLatin1(file.readAll());
    qsizetype pages = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages;
    return pages;
}

bool TestBadgePrintRun::isPdf(const QString& filePath)
{
    QFile file(filePath);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

void TestBadgePrintRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("entre-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_badgeprintrun"));
}

void TestBadgePrintRun::init()
{
    QSettings().clear();
    ++m_count;
    auto event = Event::create(path(QStringLiteral("event%1.entre").arg(m_count)),
                               {QStringLiteral("Kick-off"), QDate(2016, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    m_event = std::move(event).value();
    m_event->setStation(QStringLiteral("Desk 1"));
    const QString list = path(QStringLiteral("list%1.csv").arg(m_count));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Förnamn;Efternamn;E-post;Organisation\n"
               "Åsa;Lindgren;asa@example.se;Region Västerbotten\n"
               "Örjan;Nygren;orjan@example.se;Umeå kommun\n"
               "Emil;Hägglund;emil@example.se;Hotell Lappland\n");
    file.close();
    auto imported = m_event->import(list);
    QVERIFY2(imported, qPrintable(imported.error().message));
    m_people = m_event->attendees().value();
    QCOMPARE(m_people.size(), 3);
}

void TestBadgePrintRun::cleanup()
{
    m_event.reset();
}

void TestBadgePrintRun::unknownStockAndTemplateAreTheSameError()
{
    const QList<PrintTarget> targets{PrintTarget::pdf(path(QStringLiteral("unknown.pdf"))),
                                     PrintTarget::printer(QStringLiteral("desk-queue"))};
    for (const PrintTarget& target : targets) {
        BadgeRequest stock;
        stock.stockId = QStringLiteral("no-such-stock");
        auto noStock = BadgePrintRun::prepare(*m_event, m_people, stock, target);
        QVERIFY(!noStock);
        QCOMPARE(noStock.error().kind, ErrorKind::BadInput);
        QVERIFY2(noStock.error().message.contains(QLatin1String("\"no-such-stock\"")),
                 qPrintable(noStock.error().message));

        BadgeRequest badgeTemplate;
        badgeTemplate.templateName = QStringLiteral("No such template");
        auto noTemplate = BadgePrintRun::prepare(*m_event, m_people, badgeTemplate, target);
        QVERIFY(!noTemplate);
        QCOMPARE(noTemplate.error().kind, ErrorKind::BadInput);
        QVERIFY2(noTemplate.error().message.contains(QLatin1String("\"No such template\"")),
                 qPrintable(noTemplate.error().message));

        // Choosing alone (what a dialog shows) says the same.
        QCOMPARE(chooseBadgeJob(*m_event, stock, target).error().message, noStock.error().message);
        QCOMPARE(chooseBadgeJob(*m_event, badgeTemplate, target).error().message,
                 noTemplate.error().message);
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("unknown.pdf"))));
}

void TestBadgePrintRun::emptyNamesChooseTheDefaults()
{
    for (const QString& blank : {QString(), QStringLiteral("  ")}) {
        BadgeRequest request;
        request.stockId = blank;
        request.templateName = blank;
        auto job = chooseBadgeJob(*m_event, request, PrintTarget::pdf(path(QStringLiteral("x"))));
        QVERIFY2(job, qPrintable(job.error().message));
        QCOMPARE(job->stock.id, QStringLiteral("avery-l4785"));
        QCOMPARE(job->badgeTemplate.name, QStringLiteral("Standard"));
    }
    // Names ignore case; a stock may be named by its name as well as its id.
    BadgeRequest named;
    named.stockId = QStringLiteral("A6 page");
    named.templateName = QStringLiteral("name ONLY");
    auto job = chooseBadgeJob(*m_event, named, PrintTarget::printer());
    QVERIFY2(job, qPrintable(job.error().message));
    QCOMPARE(job->stock.id, QStringLiteral("a6"));
    QCOMPARE(job->badgeTemplate.name, QStringLiteral("Name only"));
}

void TestBadgePrintRun::theEventsOwnTemplateIsFound()
{
    BadgeTemplate ribbon;
    ribbon.name = QStringLiteral("Kick-off ribbon");
    ribbon.showQrCode = false;
    QVERIFY(m_event->saveBadgeTemplate(ribbon));
    BadgeTemplate ownStandard;
    ownStandard.name = QStringLiteral("Standard");
    ownStandard.band = BadgeTemplate::Band::None;
    QVERIFY(m_event->saveBadgeTemplate(ownStandard));

    BadgeRequest request;
    request.templateName = QStringLiteral("kick-off RIBBON");
    const QString pdf = path(QStringLiteral("ribbon.pdf"));
    auto run = BadgePrintRun::run(*m_event, m_people, request, PrintTarget::pdf(pdf));
    QVERIFY2(run, qPrintable(run.error().message));
    QCOMPARE(run->job().badgeTemplate.name, QStringLiteral("Kick-off ribbon"));
    QCOMPARE(run->job().badgeTemplate.showQrCode, false);
    QVERIFY(isPdf(pdf));

    // The event's own template of a built-in name is the one the default means.
    auto standard = chooseBadgeJob(*m_event, {}, PrintTarget::printer());
    QVERIFY2(standard, qPrintable(standard.error().message));
    QCOMPARE(standard->badgeTemplate.band, BadgeTemplate::Band::None);
}

void TestBadgePrintRun::pdfRunWritesEveryBadge()
{
    // One badge a page: three pages.
    BadgeRequest single;
    single.stockId = QStringLiteral("single-90x54");
    const QString singles = path(QStringLiteral("singles.pdf"));
    auto prepared = BadgePrintRun::prepare(*m_event, m_people, single, PrintTarget::pdf(singles));
    QVERIFY2(prepared, qPrintable(prepared.error().message));
    QCOMPARE(prepared->size(), 3);
    QCOMPARE(prepared->destination(), singles);
    QCOMPARE(prepared->badges().at(0).eventName, QStringLiteral("Kick-off"));
    auto written = prepared->execute();
    QVERIFY2(written, qPrintable(written.error().message));
    QCOMPARE(written.value(), 3);
    QVERIFY(isPdf(singles));
    QCOMPARE(pageCount(singles), 3);

    // Ten labels a sheet, starting at the ninth: two on the first page, one on the next.
    BadgeRequest sheet;
    sheet.startPosition = 9;
    const QString sheets = path(QStringLiteral("sheets.pdf"));
    auto run = BadgePrintRun::run(*m_event, m_people, sheet, PrintTarget::pdf(sheets));
    QVERIFY2(run, qPrintable(run.error().message));
    QCOMPARE(run->size(), 3);
    QCOMPARE(run->attendeeIds().size(), 3);
    QCOMPARE(pageCount(sheets), 2);

    // Not asked to: a PDF is not a printed badge.
    QVERIFY(m_event->badgeLog()->isEmpty());
    QVERIFY(!m_event->attendee(m_people.at(0).id)->badgePrintedAt.isValid());
}

void TestBadgePrintRun::pdfIsRecordedOnlyWhenAsked()
{
    BadgeRequest request;
    request.recordPdf = true;
    const QString pdf = path(QStringLiteral("recorded.pdf"));
    const QList<Attendee> two = m_people.mid(0, 2);
    auto run = BadgePrintRun::run(*m_event, two, request, PrintTarget::pdf(pdf));
    QVERIFY2(run, qPrintable(run.error().message));
    QVERIFY(isPdf(pdf));
    const QList<BadgeLogEntry> log = m_event->badgeLog().value();
    QCOMPARE(log.size(), 2);
    for (const BadgeLogEntry& entry : log) {
        QCOMPARE(entry.target, pdf);
        QCOMPARE(entry.station, QStringLiteral("Desk 1"));
    }
    QVERIFY(m_event->attendee(two.at(0).id)->badgePrintedAt.isValid());
    QVERIFY(m_event->attendee(two.at(1).id)->badgePrintedAt.isValid());
    QVERIFY(!m_event->attendee(m_people.at(2).id)->badgePrintedAt.isValid());
}

void TestBadgePrintRun::givenOffsetBeatsCalibration()
{
    PrinterCalibration::setOffsetFor(QStringLiteral("desk-queue"), QPointF(1.5, -0.5));
    PrinterCalibration::setOffsetFor(QString(), QPointF(2.0, 2.0));
    const PrintTarget queue = PrintTarget::printer(QStringLiteral("desk-queue"));
    QCOMPARE(chooseBadgeJob(*m_event, {}, queue)->offset, QPointF(1.5, -0.5));
    QCOMPARE(chooseBadgeJob(*m_event, {}, PrintTarget::printer())->offset, QPointF(2.0, 2.0));

    BadgeRequest given;
    given.offset = QPointF(0.0, 3.0);
    QCOMPARE(chooseBadgeJob(*m_event, given, queue)->offset, QPointF(0.0, 3.0));
    BadgeRequest zero;
    zero.offset = QPointF();
    QCOMPARE(chooseBadgeJob(*m_event, zero, queue)->offset, QPointF());

    // A PDF is printed later, on whatever printer: no calibration unless given.
    // Not even one saved under the file's own name.
    const QString pdf = path(QStringLiteral("offset.pdf"));
    PrinterCalibration::setOffsetFor(pdf, QPointF(-1.0, 1.0));
    QCOMPARE(chooseBadgeJob(*m_event, {}, PrintTarget::pdf(pdf))->offset, QPointF());
    auto run = BadgePrintRun::run(*m_event, m_people, given, PrintTarget::pdf(pdf));
    QVERIFY2(run, qPrintable(run.error().message));
    QCOMPARE(run->job().offset, QPointF(0.0, 3.0));
    QVERIFY(isPdf(pdf));
}

void TestBadgePrintRun::unknownPrinterQueueIsAnError()
{
    auto missing = findPrinterQueue(QStringLiteral("no-such-queue"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::BadInput);
    QCOMPARE(missing.error().message,
             QStringLiteral("There is no printer queue \"no-such-queue\"."));

    // The run stops before drawing anything and records nothing.
    auto run = BadgePrintRun::run(*m_event, m_people, {},
                                  PrintTarget::printer(QStringLiteral("no-such-queue")));
    QVERIFY(!run);
    QCOMPARE(run.error().message, missing.error().message);
    QVERIFY(m_event->badgeLog()->isEmpty());

    // The default printer is the system's (by its name), or an error that says there is none.
    auto standard = findPrinterQueue(QString());
    if (standard) {
        QVERIFY(!standard->isEmpty());
    } else {
        QCOMPARE(standard.error().kind, ErrorKind::BadInput);
        QVERIFY2(standard.error().message.startsWith(QLatin1String("No printer is set up")),
                 qPrintable(standard.error().message));
    }
}

void TestBadgePrintRun::nobodyToPrintIsBadInput()
{
    auto run = BadgePrintRun::prepare(*m_event, {}, {},
                                      PrintTarget::pdf(path(QStringLiteral("nobody.pdf"))));
    QVERIFY(!run);
    QCOMPARE(run.error().kind, ErrorKind::BadInput);
    QCOMPARE(run.error().message, QStringLiteral("Nobody matches: there are no badges to make."));
}

void TestBadgePrintRun::startOffTheSheetIsRefusedBeforeDrawing()
{
    BadgeRequest request;
    request.startPosition = 11; // Avery L4785 has ten labels
    const QString pdf = path(QStringLiteral("offsheet.pdf"));
    auto run = BadgePrintRun::prepare(*m_event, m_people, request, PrintTarget::pdf(pdf));
    QVERIFY(!run);
    QCOMPARE(run.error().kind, ErrorKind::BadInput);
    QVERIFY2(run.error().message.contains(QLatin1String("between 1 and 10")),
             qPrintable(run.error().message));
    QVERIFY(!QFile::exists(pdf));
}

void TestBadgePrintRun::cancelledRunLeavesNoFileAndNoRecord()
{
    BadgeRequest request;
    request.recordPdf = true;
    const QString pdf = path(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    auto run = BadgePrintRun::run(*m_event, m_people, request, PrintTarget::pdf(pdf),
                                  [&calls](int done, int total) {
                                      ++calls;
                                      return done < 2 && total == 3;
                                  });
    QVERIFY(!run);
    QCOMPARE(run.error().kind, ErrorKind::Refused);
    QCOMPARE(calls, 2);
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(m_event->badgeLog()->isEmpty());
}

QTEST_MAIN(TestBadgePrintRun)
#include "tst_badgeprintrun.moc"

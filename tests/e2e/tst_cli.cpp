#include "../unit/privacynumbers.h"
#include "clirun.h"
#include "commandtable.h"
#include "import/csvparser.h"
#include "store/attendeerepository.h"
#include "store/eventstore.h"
#include "store/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

const QStringList personKeys = {QStringLiteral("id"),
                                QStringLiteral("code"),
                                QStringLiteral("first_name"),
                                QStringLiteral("last_name"),
                                QStringLiteral("email"),
                                QStringLiteral("organisation"),
                                QStringLiteral("organisation_type"),
                                QStringLiteral("title"),
                                QStringLiteral("diet"),
                                QStringLiteral("checked_in"),
                                QStringLiteral("checked_in_at")};

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewListsEveryCommand();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void newEvent();
    void desksWithoutAServer();
    void listAndSearch();
    void checkInAndUndo();
    void stats();
    void statsByType();
    void badInput_data();
    void badInput();
    void importSampleAndMergeAgain();
    void importRefusalLeavesEventUntouched();
    void importLeavesPersonalIdentityNumbersOut();
    void dryRunNeedsNoWritableEvent_data();
    void dryRunNeedsNoWritableEvent();
    void codesIgnoreCase();
    void lockLeftBehindIsTakenOverOnlyWithTheFlag_data();
    void lockLeftBehindIsTakenOverOnlyWithTheFlag();
    void lockHeldByALiveDeskIsRefusedEvenWithTheFlag();
    void exportWhileADeskHasTheEventOpen();

private:
    // A new event holding one person, "LK-1".
    QString eventWithOnePerson(const QString& name);
    QString eventPath() const { return m_dir.filePath(QStringLiteral("event.entre")); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(entreCli({QStringLiteral("new"), eventPath(), QStringLiteral("--name"),
                       QStringLiteral("Digitala Västerbotten"), QStringLiteral("--date"),
                       QStringLiteral("2016-06-15"), QStringLiteral("--venue"),
                       QStringLiteral("Lycksele")})
                 .exitCode,
             0);
    // People added through the core, as any importer would.
    auto store = EventStore::open(eventPath());
    QVERIFY(store.ok());
    Transaction transaction(store.value()->database());
    AttendeeRepository attendees(store.value()->database());
    const QList<QStringList> people = {
        {QStringLiteral("DV-1"), QStringLiteral("Åsa"), QStringLiteral("Hägglund"),
         QStringLiteral("Umeå kommun")},
        {QStringLiteral("DV-2"), QStringLiteral("Örjan"), QStringLiteral("Öberg"),
         QStringLiteral("Malå kommun")},
        {QStringLiteral("DV-3"), QStringLiteral("Anna"), QStringLiteral("Zetterlund"),
         QStringLiteral("Umeå kommun")},
    };
    for (const QStringList& p : people) {
        AttendeeDetails details;
        details.code = p[0];
        details.firstName = p[1];
        details.lastName = p[2];
        details.organisation = p[3];
        QVERIFY(attendees.insert(details).ok());
    }
    QVERIFY(transaction.commit().ok());
}

QString TestCli::eventWithOnePerson(const QString& name)
{
    const QString path = m_dir.filePath(name + QLatin1String(".entre"));
    auto store = EventStore::create(path, {name, QDate(2016, 6, 15), {}});
    if (!store)
        return {};
    Transaction transaction(store.value()->database());
    AttendeeDetails details;
    details.code = QStringLiteral("LK-1");
    details.firstName = QStringLiteral("Åsa");
    details.lastName = QStringLiteral("Lind");
    if (!AttendeeRepository(store.value()->database()).insert(details) || !transaction.commit())
        return {};
    return path;
}

void TestCli::overviewListsEveryCommand()
{
    const CliRun run = entreCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    // The lines between "Commands:" and the blank line: one per command, in the table's order.
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const qsizetype first = lines.indexOf(QStringLiteral("Commands:")) + 1;
    QVERIFY(first > 0);
    QStringList listed;
    for (qsizetype i = first; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        listed.append(lines.at(i).trimmed());
    const auto table = entre::cli::commandTable();
    QVERIFY(!table.empty());
    QCOMPARE(listed.size(), qsizetype(table.size()));
    for (std::size_t i = 0; i < table.size(); ++i) {
        const QString line = listed.at(qsizetype(i));
        QVERIFY2(line.startsWith(QLatin1String(table[i].name) + QLatin1Char(' ')),
                 qPrintable(line));
        QVERIFY2(line.endsWith(QString::fromUtf8(table[i].summary)), qPrintable(line));
    }
}

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    const auto table = entre::cli::commandTable();
    QVERIFY(!table.empty());
    for (const entre::cli::Command& command : table)
        QTest::newRow(command.name) << QString::fromLatin1(command.name);
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QString, command);
    const entre::cli::Command* entry = entre::cli::findCommand(command);
    QVERIFY(entry);
    const CliRun run = entreCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const bool takesFile = entry->eventUse != entre::cli::EventUse::None;
    QCOMPARE(run.out.contains(QLatin1String(" FILE")), takesFile);
    const entre::cli::Syntax syntax = entry->syntax();
    QVERIFY2(run.out.contains(syntax.description.left(30)), qPrintable(run.out));
    for (const entre::cli::Argument& argument : syntax.arguments)
        QVERIFY2(run.out.contains(argument.name), qPrintable(argument.name));
    for (const QCommandLineOption& option : syntax.options)
        QVERIFY2(run.out.contains(QLatin1String("--") + option.names().constLast()),
                 qPrintable(option.names().constLast()));
    const QList<std::pair<unsigned, QString>> shared = {
        {entre::cli::JsonOption, QStringLiteral("--json")},
        {entre::cli::StationOption, QStringLiteral("--station")},
        {entre::cli::TakeOverOption, QStringLiteral("--take-over")}};
    for (const auto& [flag, name] : shared)
        QCOMPARE(run.out.contains(name), (entry->sharedOptions & flag) != 0);
}

void TestCli::newEvent()
{
    const CliRun again = entreCli(
        {QStringLiteral("new"), eventPath(), QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains(QLatin1String("already exists")));
    const QString other = m_dir.filePath(QStringLiteral("nameless.entre"));
    QCOMPARE(entreCli({QStringLiteral("new"), other}).exitCode, 2);
    QVERIFY(!QFile::exists(other));
    QCOMPARE(entreCli({QStringLiteral("new"), other, QStringLiteral("--name"), QStringLiteral("x"),
                       QStringLiteral("--date"), QStringLiteral("15 June")})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(other));
}

// The desks commands where no server is needed to say no: usage, a malformed address, an event
// that is not shared, a closed port. None of them changes the event file.
void TestCli::desksWithoutAServer()
{
    // A copy with a tick and an undo in its log: not shared, so nothing is waiting to be sent.
    const QString event = m_dir.filePath(QStringLiteral("desks.entre"));
    QVERIFY(QFile::copy(eventPath(), event));
    QCOMPARE(entreCli({QStringLiteral("checkin"), event, QStringLiteral("DV-3")}).exitCode, 0);
    QCOMPARE(entreCli({QStringLiteral("undo"), event, QStringLiteral("DV-3")}).exitCode, 0);
    QFile file(event);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QString desks = QStringLiteral("desks");
    QCOMPARE(entreCli({desks}).exitCode, 2);
    QCOMPARE(entreCli({desks, QStringLiteral("publish"), event}).exitCode, 2);
    const CliRun badUrl = entreCli({desks, QStringLiteral("publish"), event,
                                    QStringLiteral("--server"), QStringLiteral("http://x/y")});
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY2(badUrl.err.contains(QLatin1String("postgresql://")), qPrintable(badUrl.err));
    const CliRun sync = entreCli({desks, QStringLiteral("sync"), event});
    QCOMPARE(sync.exitCode, 3);
    QVERIFY2(sync.err.contains(QLatin1String("not shared")), qPrintable(sync.err));
    const CliRun closed =
        entreCli({desks, QStringLiteral("publish"), event, QStringLiteral("--server"),
                  QStringLiteral("postgresql://entre@127.0.0.1:1/entre")});
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.err.contains(QLatin1String("Cannot reach")), qPrintable(closed.err));
    const CliRun status =
        entreCli({desks, QStringLiteral("status"), event, QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.json().object()[QStringLiteral("shared")].toBool(true), false);
    QCOMPARE(status.json().object()[QStringLiteral("pending")].toInt(-1), 0);
    const QString joined = m_dir.filePath(QStringLiteral("joined.entre"));
    QCOMPARE(entreCli({desks, QStringLiteral("join"), joined, QStringLiteral("--server"),
                       QStringLiteral("postgresql://entre@127.0.0.1:1/entre")})
                 .exitCode,
             1);
    QVERIFY(!QFile::exists(joined));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCli::listAndSearch()
{
    const CliRun list = entreCli({QStringLiteral("list"), eventPath(), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray people = list.json().array();
    QCOMPARE(people.size(), 3);
    // Swedish order by last name: Hägglund, Zetterlund, Öberg.
    QCOMPARE(people.at(0)[QStringLiteral("last_name")].toString(), QStringLiteral("Hägglund"));
    QCOMPARE(people.at(1)[QStringLiteral("last_name")].toString(), QStringLiteral("Zetterlund"));
    QCOMPARE(people.at(2)[QStringLiteral("last_name")].toString(), QStringLiteral("Öberg"));
    QStringList keys = people.at(0).toObject().keys();
    keys.sort();
    QStringList expected = personKeys + QStringList{QStringLiteral("identifiers")};
    expected.sort();
    QCOMPARE(keys, expected);
    QVERIFY(people.at(0)[QStringLiteral("checked_in")].isBool());
    QVERIFY(people.at(0)[QStringLiteral("checked_in_at")].isNull());

    const CliRun search = entreCli(
        {QStringLiteral("search"), eventPath(), QStringLiteral("hagg"), QStringLiteral("--json")});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.json().array().size(), 1);
    QCOMPARE(search.json().array().at(0)[QStringLiteral("code")].toString(),
             QStringLiteral("DV-1"));
    const CliRun two = entreCli(
        {QStringLiteral("search"), eventPath(), QStringLiteral("ume"), QStringLiteral("--json")});
    QCOMPARE(two.json().array().size(), 2);
    const CliRun hostile = entreCli({QStringLiteral("search"), eventPath(),
                                     QStringLiteral("\"* OR NOT -( ^:"), QStringLiteral("--json")});
    QCOMPARE(hostile.exitCode, 0);
    QCOMPARE(hostile.json().array().size(), 0);
    const CliRun plain = entreCli({QStringLiteral("search"), eventPath(), QStringLiteral("orjan")});
    QVERIFY(plain.out.contains(QStringLiteral("Örjan Öberg")));
}

void TestCli::checkInAndUndo()
{
    const CliRun first =
        entreCli({QStringLiteral("checkin"), eventPath(), QStringLiteral("DV-2"),
                  QStringLiteral("--station"), QStringLiteral("desk 1"), QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject person = first.json().object();
    QCOMPARE(person[QStringLiteral("checked_in")].toBool(), true);
    const QDateTime at = QDateTime::fromString(person[QStringLiteral("checked_in_at")].toString(),
                                               Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QCOMPARE(at.timeSpec(), Qt::UTC);

    const CliRun second =
        entreCli({QStringLiteral("checkin"), eventPath(), QStringLiteral("DV-2")});
    QCOMPARE(second.exitCode, 3);
    const QString hhmm = at.toLocalTime().toString(QStringLiteral("HH:mm"));
    QVERIFY2(second.err.contains(QStringLiteral("already checked in at ") + hhmm),
             qPrintable(second.err));

    const CliRun arrived = entreCli({QStringLiteral("list"), eventPath(),
                                     QStringLiteral("--arrived"), QStringLiteral("--json")});
    QCOMPARE(arrived.json().array().size(), 1);
    QCOMPARE(entreCli({QStringLiteral("list"), eventPath(), QStringLiteral("--missing"),
                       QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             2);

    const CliRun undo = entreCli({QStringLiteral("undo"), eventPath(), QStringLiteral("DV-2")});
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(entreCli({QStringLiteral("undo"), eventPath(), QStringLiteral("DV-2")}).exitCode, 3);
    // By numeric id as well as by code.
    const QString id = QString::number(person[QStringLiteral("id")].toInteger());
    QCOMPARE(entreCli({QStringLiteral("checkin"), eventPath(), id}).exitCode, 0);
}

void TestCli::stats()
{
    const CliRun run = entreCli({QStringLiteral("stats"), eventPath(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = run.json().object();
    QCOMPARE(stats[QStringLiteral("registered")].toInt(), 3);
    QCOMPARE(stats[QStringLiteral("arrived")].toInt(), 1);
    const QJsonArray rows = stats[QStringLiteral("by_organisation")].toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject mala = rows.at(0).toObject();
    QCOMPARE(mala[QStringLiteral("organisation")].toString(), QStringLiteral("Malå kommun"));
    QCOMPARE(mala[QStringLiteral("arrived")].toInt(), 1);
    QCOMPARE(mala[QStringLiteral("registered")].toInt(), 1);
    QVERIFY(mala[QStringLiteral("type")].isString());
    QCOMPARE(rows.at(1)[QStringLiteral("registered")].toInt(), 2);
}

void TestCli::statsByType()
{
    const QString path = m_dir.filePath(QStringLiteral("types.entre"));
    const QString list = m_dir.filePath(QStringLiteral("types.csv"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kod;Förnamn;Efternamn;Organisation\n"
               "T-1;Emil;Hägglund;Umeå kommun\n"
               "T-2;Åsa;Lind;Lycksele kommun\n"
               "T-3;Anna;Öberg;Region Västerbotten\n"
               "T-4;Hanna;Berg;Västerbottens läns landsting\n"
               "T-5;Kim;Ek;Trafikverket\n"
               "T-6;Per;Sand;Hotell Lappland\n");
    file.close();
    QCOMPARE(entreCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("T")})
                 .exitCode,
             0);
    const CliRun imported = entreCli({QStringLiteral("import"), path, list, QStringLiteral("--map"),
                                      QStringLiteral("code=Kod")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    for (const char* code : {"T-1", "T-2", "T-4"})
        QCOMPARE(entreCli({QStringLiteral("checkin"), path, QString::fromLatin1(code)}).exitCode,
                 0);

    struct Row {
        const char* type;
        const char* label;
        int registered;
        int arrived;
    };
    // Counted by hand from the list above; types nobody comes from are left out.
    const QList<Row> expected = {{"municipality", "Municipality", 2, 2},
                                 {"region", "Region", 1, 0},
                                 {"county_council", "County council", 1, 1},
                                 {"agency", "State agency", 1, 0},
                                 {"other", "Other", 1, 0}};
    const CliRun run = entreCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray types = run.json().object()[QStringLiteral("by_type")].toArray();
    QVERIFY(!types.isEmpty());
    QCOMPARE(types.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject row = types.at(i).toObject();
        QCOMPARE(row[QStringLiteral("type")].toString(), QString::fromLatin1(expected[i].type));
        QCOMPARE(row[QStringLiteral("label")].toString(), QString::fromLatin1(expected[i].label));
        QCOMPARE(row[QStringLiteral("registered")].toInt(), expected[i].registered);
        QCOMPARE(row[QStringLiteral("arrived")].toInt(), expected[i].arrived);
    }

    const CliRun text = entreCli({QStringLiteral("stats"), path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("3 of 6 arrived")), qPrintable(text.out));
    const qsizetype heading = text.out.indexOf(QStringLiteral("By type of organisation:"));
    QVERIFY2(heading > 0, qPrintable(text.out));
    static const QRegularExpression row(QStringLiteral(R"(^\s*(\d+) / (\d+)\s+(.+)$)"));
    QStringList subtotals;
    for (const QString& line : text.out.mid(heading).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            subtotals.append(match.captured(3).trimmed() + QLatin1Char(' ') + match.captured(1) +
                             QLatin1Char('/') + match.captured(2));
    }
    QCOMPARE(subtotals,
             (QStringList{QStringLiteral("Municipality 2/2"), QStringLiteral("Region 0/1"),
                          QStringLiteral("County council 1/1"), QStringLiteral("State agency 0/1"),
                          QStringLiteral("Other 0/1")}));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString missing = QStringLiteral("/nonexistent/event.entre");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << 2;
    QTest::newRow("missing file arg") << QStringList{QStringLiteral("list")} << 2;
    QTest::newRow("file not there") << QStringList{QStringLiteral("list"), missing} << 2;
    QTest::newRow("unknown code") << QStringList{QStringLiteral("checkin"),
                                                 QStringLiteral("@EVENT@"), QStringLiteral("NOPE")}
                                  << 2;
    QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("@EVENT@"),
                                              QStringLiteral("a"), QStringLiteral("--limit"),
                                              QStringLiteral("x")}
                               << 2;
    QTest::newRow("both filters") << QStringList{QStringLiteral("list"), QStringLiteral("@EVENT@"),
                                                 QStringLiteral("--arrived"),
                                                 QStringLiteral("--missing")}
                                  << 2;
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("@EVENT@"), eventPath());
    const CliRun run = entreCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (!arguments.isEmpty())
        QVERIFY2(!run.err.trimmed().isEmpty(), "an error says why on stderr");
}

void TestCli::importSampleAndMergeAgain()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.entre"));
    const QString sample = qEnvironmentVariable("ENTRE_TEST_DATA") +
                           QStringLiteral("/samples/digitala-vasterbotten-2016.csv");
    QCOMPARE(entreCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("DV")})
                 .exitCode,
             0);
    const CliRun imported =
        entreCli({QStringLiteral("import"), path, sample, QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject report = imported.json().object();
    QCOMPARE(report[QStringLiteral("added")].toInt(), 148);
    QCOMPARE(report[QStringLiteral("encoding")].toString(), QStringLiteral("UTF-8"));
    QCOMPARE(report[QStringLiteral("delimiter")].toString(), QStringLiteral(";"));
    QVERIFY(report[QStringLiteral("rejected")].toArray().isEmpty());
    QCOMPARE(report[QStringLiteral("mapping")].toObject()[QStringLiteral("first_name")].toString(),
             QStringLiteral("Förnamn"));

    const QJsonArray people =
        entreCli({QStringLiteral("list"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(people.size(), 148);
    QStringList lastNames;
    for (const QJsonValue& person : people)
        lastNames << person[QStringLiteral("last_name")].toString();
    QVERIFY(lastNames.contains(QStringLiteral("Östlund")));
    QVERIFY(std::any_of(lastNames.cbegin(), lastNames.cend(), [](const QString& name) {
        return name.contains(u'ä') || name.contains(u'å');
    }));
    QVERIFY(lastNames.constLast().startsWith(u'Ö')); // Swedish order: Ö last

    // Tick one person, import the same list again: nobody added, the tick kept.
    const QString code = people.at(0)[QStringLiteral("code")].toString();
    QCOMPARE(entreCli({QStringLiteral("checkin"), path, code}).exitCode, 0);
    const QJsonObject again =
        entreCli({QStringLiteral("import"), path, sample, QStringLiteral("--json")})
            .json()
            .object();
    QCOMPARE(again[QStringLiteral("added")].toInt(), 0);
    QCOMPARE(again[QStringLiteral("unchanged")].toInt(), 148);
    QCOMPARE(entreCli({QStringLiteral("list"), path, QStringLiteral("--arrived"),
                       QStringLiteral("--json")})
                 .json()
                 .array()
                 .at(0)[QStringLiteral("code")]
                 .toString(),
             code);
}

void TestCli::importLeavesPersonalIdentityNumbersOut()
{
    const QString list = qEnvironmentVariable("ENTRE_TEST_DATA") +
                         QStringLiteral("/import/privacy/personnummer.csv");
    const QString dropped = m_dir.filePath(QStringLiteral("privacy-dropped.entre"));
    const QString kept = m_dir.filePath(QStringLiteral("privacy-kept.entre"));
    for (const QString& path : {dropped, kept}) {
        QCOMPARE(entreCli({QStringLiteral("new"), path, QStringLiteral("--name"),
                           QStringLiteral("Privat")})
                     .exitCode,
                 0);
    }

    const CliRun run = entreCli({QStringLiteral("import"), dropped, list});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Personnummer: looks like personal identity "
                                             "numbers")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Medlemsnummer")));
    QCOMPARE(personnummerInEventFiles(dropped), QStringList());
    const QJsonArray people =
        entreCli({QStringLiteral("list"), dropped, QStringLiteral("--json")}).json().array();
    QCOMPARE(people.size(), 6);

    const CliRun keep = entreCli({QStringLiteral("import"), kept, list, QStringLiteral("--keep"),
                                  QStringLiteral("Personnummer"), QStringLiteral("--drop"),
                                  QStringLiteral("Medlemsnummer"), QStringLiteral("--json")});
    QVERIFY2(keep.exitCode == 0, qPrintable(keep.err));
    const QJsonArray droppedColumns =
        keep.json().object()[QStringLiteral("dropped_columns")].toArray();
    QCOMPARE(droppedColumns.size(), 1);
    QCOMPARE(droppedColumns.at(0)[QStringLiteral("column")].toString(),
             QStringLiteral("Medlemsnummer"));
    const QStringList found = personnummerInEventFiles(kept);
    for (const char* written :
         {"811218-9876", "198507092396", "9001010017", "19640823-3234", "750567-1235"})
        QVERIFY2(found.contains(QString::fromLatin1(written)), written);

    // A column that is not there is an error that names the columns.
    const CliRun typo = entreCli({QStringLiteral("import"), kept, list, QStringLiteral("--drop"),
                                  QStringLiteral("Skostorlek")});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY(typo.err.contains(QStringLiteral("Personnummer")));
}

void TestCli::importRefusalLeavesEventUntouched()
{
    const QString bad = m_dir.filePath(QStringLiteral("binary.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // The length comes from the array: the bytes include NULs, and a count by hand read past it.
    static constexpr char binary[] = "\x00\x01\x02PK\x03\x04\xff\xfe\x00\x00garbage";
    file.write(binary, sizeof binary - 1);
    file.close();
    QFile event(eventPath());
    QVERIFY(event.open(QIODevice::ReadOnly));
    const QByteArray before = event.readAll();
    event.close();
    const CliRun run = entreCli({QStringLiteral("import"), eventPath(), bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(event.open(QIODevice::ReadOnly));
    QCOMPARE(event.readAll(), before);
}

void TestCli::dryRunNeedsNoWritableEvent_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("invalid UTF-8") << QStringLiteral("import/invalid-utf8.csv") << 0
                                   << QStringLiteral("invalid characters in");
    QTest::newRow("NUL bytes") << QStringLiteral("import/nul-bytes.csv") << 0
                               << QStringLiteral("NUL characters removed");
    QTest::newRow("over a limit") << QStringLiteral("import/limits/ods-spaces.ods") << 2
                                  << QStringLiteral("limit");
}

void TestCli::dryRunNeedsNoWritableEvent()
{
    QFETCH(QString, list);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    // A fuzzer's finding replayed against an event nobody may write to.
    static int events = 0;
    const QString path = eventWithOnePerson(QStringLiteral("readonly-%1").arg(++events));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QFile event(path);
    QVERIFY(event.open(QIODevice::ReadOnly));
    const QByteArray before = event.readAll();
    event.close();
    const QString file =
        QString::fromLocal8Bit(qgetenv("ENTRE_TEST_DATA")) + QLatin1Char('/') + list;
    const CliRun run =
        entreCli({QStringLiteral("import"), path, file, QStringLiteral("--dry-run")});
    const QString output = run.out + run.err;
    QVERIFY2(run.exitCode == exitCode, qPrintable(output));
    QVERIFY2(output.contains(said), qPrintable(output));
    QVERIFY(event.open(QIODevice::ReadOnly));
    QCOMPARE(event.readAll(), before);
    event.close();
    // Without --dry-run the read-only event is refused before the list is read.
    QCOMPARE(entreCli({QStringLiteral("import"), path, file}).exitCode, 3);
}

void TestCli::codesIgnoreCase()
{
    const QString path = eventWithOnePerson(QStringLiteral("codes"));
    QVERIFY(!path.isEmpty());
    const CliRun checkIn = entreCli({QStringLiteral("checkin"), path, QStringLiteral(" lk-1 ")});
    QCOMPARE(checkIn.exitCode, 0);
    QVERIFY2(checkIn.out.contains(QStringLiteral("Åsa Lind")), qPrintable(checkIn.out));
    const QString pdf = m_dir.filePath(QStringLiteral("codes.pdf"));
    const CliRun badges = entreCli({QStringLiteral("badges"), path, QStringLiteral("--codes"),
                                    QStringLiteral("Lk-1"), QStringLiteral("-o"), pdf});
    QVERIFY2(badges.exitCode == 0, qPrintable(badges.err));
    QVERIFY(QFileInfo(pdf).size() > 0);
}

void TestCli::lockLeftBehindIsTakenOverOnlyWithTheFlag_data()
{
    QTest::addColumn<QByteArray>("lockContents");
    QTest::addColumn<QString>("shownHolder");
    QTest::newRow("another computer") << QByteArray("4242\nentre\nother-laptop\n")
                                      << QStringLiteral("process 4242 on other-laptop");
    QTest::newRow("damaged lock file")
        << QByteArray("\x01\x02garbage") << QStringLiteral("cannot be read");
}

void TestCli::lockLeftBehindIsTakenOverOnlyWithTheFlag()
{
    QFETCH(QByteArray, lockContents);
    QFETCH(QString, shownHolder);
    const QString path = eventWithOnePerson(
        QStringLiteral("left-") +
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(!path.isEmpty());
    const QString lockPath = path + QLatin1String(".lock");
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(lockContents);
    lock.close();

    const CliRun refused = entreCli({QStringLiteral("checkin"), path, QStringLiteral("LK-1")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(shownHolder), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("--take-over")), qPrintable(refused.err));
    QCOMPARE(entreCli({QStringLiteral("list"), path, QStringLiteral("--arrived"),
                       QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
    QVERIFY(lock.open(QIODevice::ReadOnly));
    QCOMPARE(lock.readAll(), lockContents);
    lock.close();

    const CliRun taken = entreCli(
        {QStringLiteral("checkin"), path, QStringLiteral("LK-1"), QStringLiteral("--take-over")});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    QCOMPARE(entreCli({QStringLiteral("list"), path, QStringLiteral("--arrived"),
                       QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             1);
    // Closed cleanly, so the next command needs no flag.
    QVERIFY(!QFile::exists(lockPath));
    QCOMPARE(entreCli({QStringLiteral("undo"), path, QStringLiteral("LK-1")}).exitCode, 0);
}

void TestCli::lockHeldByALiveDeskIsRefusedEvenWithTheFlag()
{
    const QString path = eventWithOnePerson(QStringLiteral("held"));
    QVERIFY(!path.isEmpty());
    auto held = EventStore::open(path);
    QVERIFY(held);
    const CliRun refused = entreCli(
        {QStringLiteral("checkin"), path, QStringLiteral("LK-1"), QStringLiteral("--take-over")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("already open")), qPrintable(refused.err));
    // The same file by another name is the same file.
    const QString link = m_dir.filePath(QStringLiteral("held-link.entre"));
    QVERIFY(QFile::link(path, link));
    const CliRun viaLink = entreCli(
        {QStringLiteral("checkin"), link, QStringLiteral("LK-1"), QStringLiteral("--take-over")});
    QCOMPARE(viaLink.exitCode, 3);
    QVERIFY2(viaLink.err.contains(QStringLiteral("already open")), qPrintable(viaLink.err));
    held.value().reset();
    QCOMPARE(entreCli({QStringLiteral("checkin"), link, QStringLiteral("LK-1")}).exitCode, 0);
}

namespace {

// The rows of a CSV file entre-cli wrote, after its byte order mark.
QList<QStringList> csvRows(const QString& path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    const auto records = CsvParser::parse(QString::fromUtf8(bytes.mid(3)), delimiter);
    QList<QStringList> rows;
    for (const TextRecord& record : records.value())
        rows.append(record.cells);
    return rows;
}

} // namespace

void TestCli::exportWhileADeskHasTheEventOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("export.entre"));
    QCOMPARE(entreCli({QStringLiteral("new"), path, QStringLiteral("--name"),
                       QStringLiteral("Uppstart")})
                 .exitCode,
             0);
    const QString list = m_dir.filePath(QStringLiteral("export.csv"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kod;F\xC3\xB6rnamn;Efternamn;Organisation\n"
               "X-1;\xC3\x85sa;\xC3\x96"
               "berg;Ume\xC3\xA5 kommun\n"
               "X-2;\"Kalle \"\"Kula\"\"\";Ek;\"Lind; Berg AB\"\n"
               "X-3;@Olle;Berg;Region V\xC3\xA4sterbotten\n");
    file.close();
    QCOMPARE(entreCli({QStringLiteral("import"), path, list}).exitCode, 0);
    QCOMPARE(entreCli({QStringLiteral("checkin"), path, QStringLiteral("X-1")}).exitCode, 0);
    auto desk = EventStore::open(path); // a desk holds the event open for writing
    QVERIFY(desk);

    const QString attendance = m_dir.filePath(QStringLiteral("attendance.csv"));
    const CliRun run = entreCli({QStringLiteral("export"), path, QStringLiteral("--attendance"),
                                 QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("-o"), attendance});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QFileInfo(attendance).permissions() &
                 ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                   QFileDevice::WriteUser),
             QFileDevice::Permissions());
    const QList<QStringList> rows = csvRows(attendance, u';');
    QCOMPARE(rows.size(), 4);
    QStringList names;
    for (const QStringList& row : rows.mid(1)) {
        QCOMPARE(row.size(), 6);
        names.append(row[0] + u'|' + row[1] + u'|' + row[3]);
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("'@Olle Berg|Region Västerbotten|No"),
                                 QStringLiteral("Kalle \"Kula\" Ek|Lind; Berg AB|No"),
                                 QStringLiteral("Åsa Öberg|Umeå kommun|Yes")}));

    const QString noShows = m_dir.filePath(QStringLiteral("no-shows.csv"));
    QCOMPARE(entreCli({QStringLiteral("export"), path, QStringLiteral("--no-shows"),
                       QStringLiteral("--delimiter"), QStringLiteral(","), QStringLiteral("-o"),
                       noShows})
                 .exitCode,
             0);
    const QList<QStringList> missing = csvRows(noShows, u',');
    QCOMPARE(missing.size(), 3);
    for (const QStringList& row : missing.mid(1))
        QVERIFY(!row[0].contains(QStringLiteral("Åsa")));

    const QString report = m_dir.filePath(QStringLiteral("attendance.pdf"));
    QCOMPARE(
        entreCli({QStringLiteral("export"), path, QStringLiteral("--attendance"),
                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), report})
            .exitCode,
        0);
    QFile pdf(report);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    QCOMPARE(pdf.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--attendance"), QStringLiteral("--no-shows")},
          QStringList{QStringLiteral("--sign-in-sheet"), QStringLiteral("--format"),
                      QStringLiteral("csv")},
          QStringList{QStringLiteral("--attendance"), QStringLiteral("--delimiter"),
                      QStringLiteral("|")}}) {
        const QString out = m_dir.filePath(QStringLiteral("wrong.csv"));
        QCOMPARE(entreCli(QStringList{QStringLiteral("export"), path} + wrong +
                          QStringList{QStringLiteral("-o"), out})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(out));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

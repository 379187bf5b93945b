#include "event/event.h"
#include "event/eventbackups.h"
#include "store/personaldataeraser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace entre;

namespace {

// Words made up for this test, so that finding one in a file can only mean it was not erased.
// They are lower case ASCII: the search index stores its tokens folded, and the files are read
// folded too.
const QList<QByteArray> secrets = {
    "zorbaxelina",
    "quillbrandtsson",
    "zorbax.quill@kvistmejl.se",
    "0701234987",
    "brandvaktare",
    "glutenfritt-ostron",
    "ringerbaklucka",
    "tkt-quill-5521",
    "dv-zorbax-771",
    "undonewilhelmina",
    "backstrommaria",
    "undone.w@kvistmejl.se",
    "editedtirsa",
    "lindqvistedit",
    "hemligtillagg",
    "tshirt-xxxl-plommon",
    "bokningsordet",
    "walkinfridolina",
    "walkin.f@kvistmejl.se",
    "kvistmejl",
};

// The registration list: one who arrives, one who arrives and is undone, one edited at the desk,
// one who never comes. Every personal column holds a word of `secrets`.
const QByteArray registrationList =
    "Förnamn;Efternamn;E-post;Telefon;Organisation;Befattning;Specialkost;Övrigt;Kod;"
    "Biljettnummer;Tröjstorlek\n"
    "Zorbaxelina;Quillbrandtsson;zorbax.quill@kvistmejl.se;0701234987;Umeå kommun;Brandvaktare;"
    "Glutenfritt-ostron;Ringerbaklucka;DV-ZORBAX-771;TKT-QUILL-5521;tshirt-xxxl-plommon\n"
    "Undonewilhelmina;Backstrommaria;undone.w@kvistmejl.se;;Region Västerbotten;;;;DV-2;;\n"
    "Editedtirsa;Lindqvistedit;;;Umeå kommun;;;;DV-3;;\n"
    "Nils;Nokomma;;;Lycksele kommun;;;;DV-4;;\n";

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Every secret found in any byte of any file under the folders, as "file: secret".
QStringList secretsFound(const QStringList& folders, const QList<QByteArray>& words)
{
    QStringList found;
    for (const QString& folder : folders) {
        for (const QString& path : filesUnder(folder)) {
            if (path.endsWith(QLatin1String(".csv")))
                continue; // the registration lists the test wrote
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {QStringLiteral("cannot read ") + path};
            const QByteArray bytes = file.readAll().toLower();
            for (const QByteArray& word : words) {
                if (bytes.contains(word))
                    found.append(path + QStringLiteral(": ") + QString::fromLatin1(word));
            }
        }
    }
    return found;
}

// The words of `words` that are found somewhere, sorted.
QStringList wordsFound(const QStringList& folders, const QList<QByteArray>& words)
{
    QStringList found;
    for (const QString& hit : secretsFound(folders, words)) {
        const QString word = hit.section(QStringLiteral(": "), -1);
        if (!found.contains(word))
            found.append(word);
    }
    found.sort();
    return found;
}

QStringList sorted(const QList<QByteArray>& words)
{
    QStringList list;
    for (const QByteArray& word : words)
        list.append(QString::fromLatin1(word));
    list.sort();
    return list;
}

struct Numbers {
    int registered = 0;
    int arrived = 0;
    QStringList byOrganisation; // "organisation arrived/registered"
    QStringList checkIns;       // "id action time station"
    friend bool operator==(const Numbers&, const Numbers&) = default;
};

Numbers numbersOf(const Event& event)
{
    Numbers numbers;
    const auto stats = event.attendance();
    if (!stats)
        return numbers;
    numbers.registered = stats->registered;
    numbers.arrived = stats->arrived;
    for (const OrganisationAttendance& row : stats->byOrganisation)
        numbers.byOrganisation.append(
            QStringLiteral("%1 %2/%3").arg(row.organisation).arg(row.arrived).arg(row.registered));
    const auto log = event.checkInLog();
    if (!log)
        return numbers;
    for (const CheckInLogEntry& entry : log.value())
        numbers.checkIns.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(entry.attendeeId)
                .arg(entry.action, entry.at.toString(Qt::ISODateWithMs), entry.station));
    return numbers;
}

} // namespace

// Erasing an event's personal data when it is over: none of it is left in any byte of the event's
// files or its backups, while the numbers the funder's report needs stay the same.
class TestPersonalDataErasure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingPersonalIsLeftInTheFileOrItsBackups();
    void reportNumbersCheckInsAndStationsSurvive();
    void theErasureIsRecordedAndTheEventStaysUsable();
    void aReadOnlyEventIsRefused();
    void aLargeEventLeavesNothingInTheSearchIndex();

private:
    QString writeList(const QByteArray& csv);
    void fillEvent();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_backupRoot;
    std::unique_ptr<Event> m_event;
};

QString TestPersonalDataErasure::writeList(const QByteArray& csv)
{
    const QString path = m_dir->filePath(QStringLiteral("list.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return path;
}

void TestPersonalDataErasure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backupRoot = std::make_unique<QTemporaryDir>();
    auto event = Event::create(m_dir->filePath(QStringLiteral("kickoff.entre")),
                               {QStringLiteral("Kick-off"), QDate(2026, 6, 15), {}});
    QVERIFY2(event, qPrintable(event.error().message));
    m_event = std::move(event).value();
    m_event->setStation(QStringLiteral("Desk 1"));
}

void TestPersonalDataErasure::cleanup()
{
    m_event.reset();
}

// The registration list imported, a backup taken, then the day: check-ins, an undo, an edit at
// the desk and a walk-in, and another backup.
void TestPersonalDataErasure::fillEvent()
{
    auto imported = m_event->import(writeList(registrationList));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported->added, 4);
    QVERIFY(EventBackups(m_event->path(), m_backupRoot->path()).take(*m_event));

    const auto byCode = [this](const char* code) {
        return m_event->findByCode(QString::fromLatin1(code))->value_or(Attendee{}).id;
    };
    QVERIFY(m_event->checkIn(byCode("DV-ZORBAX-771")));
    QVERIFY(m_event->checkIn(byCode("DV-2")));
    QVERIFY(m_event->undoCheckIn(byCode("DV-2")));
    m_event->setStation(QStringLiteral("Desk 2"));
    auto edited = m_event->attendee(byCode("DV-3")).value();
    AttendeeDetails details;
    details.code = edited.code;
    details.firstName = edited.firstName;
    details.lastName = edited.lastName + QStringLiteral("-Nyman");
    details.organisation = edited.organisation;
    details.notes = QStringLiteral("Hemligtillagg");
    QVERIFY(m_event->edit(edited.id, details));
    QVERIFY(m_event->checkIn(edited.id));
    AttendeeDetails walkIn;
    walkIn.firstName = QStringLiteral("Walkinfridolina");
    walkIn.email = QStringLiteral("walkin.f@kvistmejl.se");
    walkIn.organisation = QStringLiteral("Region Västerbotten");
    walkIn.identifiers = {{QStringLiteral("booking_number"), QStringLiteral("Bokningsordet")}};
    QVERIFY(m_event->addWalkIn(walkIn));
    QVERIFY(EventBackups(m_event->path(), m_backupRoot->path()).take(*m_event));
}

void TestPersonalDataErasure::nothingPersonalIsLeftInTheFileOrItsBackups()
{
    fillEvent();
    // The words are really there before: the test would find them if they were left.
    QCOMPARE(wordsFound({m_dir->path(), m_backupRoot->path()}, secrets), sorted(secrets));

    auto erased = m_event->erasePersonalData(m_backupRoot->path());
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
    QCOMPARE(erased->people, 5);
    QCOMPARE(erased->backups, 2);

    // While the event is still open: the file, its log (cut to nothing) and its index.
    QCOMPARE(QFileInfo(m_event->path() + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(secretsFound({m_dir->path(), m_backupRoot->path()}, secrets), QStringList());
    m_event.reset();
    QCOMPARE(secretsFound({m_dir->path(), m_backupRoot->path()}, secrets), QStringList());

    // The backups are left as they were made: one file each, private, no journal or lock beside.
    const QStringList backupFiles = filesUnder(m_backupRoot->path());
    QCOMPARE(backupFiles.size(), 2);
    for (const QString& path : backupFiles) {
        QVERIFY2(path.endsWith(QLatin1String(".entre")), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
    const auto listed =
        EventBackups(m_dir->filePath(QStringLiteral("kickoff.entre")), m_backupRoot->path()).list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).registered, 5);
    QCOMPARE(listed->at(0).arrived, 3);
    QCOMPARE(listed->at(0).unreadable, QString());
}

void TestPersonalDataErasure::reportNumbersCheckInsAndStationsSurvive()
{
    fillEvent();
    const Numbers before = numbersOf(*m_event);
    QCOMPARE(before.registered, 5);
    QCOMPARE(before.arrived, 3);
    QCOMPARE(before.checkIns.size(), 5);

    QSignalSpy people(m_event.get(), &Event::attendeesChanged);
    QSignalSpy counts(m_event.get(), &Event::countsChanged);
    QVERIFY(m_event->erasePersonalData(m_backupRoot->path()));
    QCOMPARE(people.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(numbersOf(*m_event), before);

    const auto everyone = m_event->attendees().value();
    QCOMPARE(everyone.size(), 5);
    QStringList stations;
    for (const Attendee& a : everyone) {
        QCOMPARE(a.fullName(), QString());
        QCOMPARE(a.email, QString());
        QCOMPARE(a.notes, QString());
        QVERIFY(a.extra.isEmpty());
        QVERIFY(a.identifiers.isEmpty());
        QCOMPARE(a.code, PersonalDataEraser::placeholderCode(a.id));
        if (a.isCheckedIn())
            stations.append(a.checkedInStation);
    }
    stations.sort();
    QCOMPARE(stations, QStringList({QStringLiteral("Desk 1"), QStringLiteral("Desk 2"),
                                    QStringLiteral("Desk 2")}));
    // The edit is still in the log, without what it changed.
    const qint64 edited = everyone.at(2).id;
    const auto edits = m_event->editLog(edited).value();
    QVERIFY(!edits.isEmpty());
}

void TestPersonalDataErasure::theErasureIsRecordedAndTheEventStaysUsable()
{
    fillEvent();
    QVERIFY(!m_event->personalDataErasedAt().isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_event->erasePersonalData(m_backupRoot->path()));
    QVERIFY(m_event->personalDataErasedAt() >= before);

    AuditFilter filter;
    filter.kinds = {AuditKind::Erase};
    const auto history = m_event->history(filter);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).station, QStringLiteral("Desk 2"));

    // Erasing again finds nothing more to erase and still adds up.
    QVERIFY(m_event->erasePersonalData(m_backupRoot->path()));
    QCOMPARE(m_event->count(ArrivalFilter::Arrived).value(), 3);

    // The one who never came can still be checked in by the placeholder code.
    const auto missing = m_event->attendees(ArrivalFilter::Missing).value();
    QCOMPARE(missing.size(), 2);
    const auto found = m_event->findByCode(missing.at(0).code).value();
    QVERIFY(found.has_value());
    QVERIFY(m_event->checkIn(found->id));
    QCOMPARE(m_event->count(ArrivalFilter::Arrived).value(), 4);
}

void TestPersonalDataErasure::aReadOnlyEventIsRefused()
{
    fillEvent();
    const QString path = m_event->path();
    m_event.reset();
    auto reader = Event::open(path, Event::Access::ReadOnly);
    QVERIFY(reader);
    const auto erased = reader.value()->erasePersonalData(m_backupRoot->path());
    QVERIFY(!erased);
    QCOMPARE(erased.error().kind, ErrorKind::Refused);
    const auto kept = reader.value()->findByCode(QStringLiteral("DV-ZORBAX-771"));
    QVERIFY(kept && kept->has_value());
    QCOMPARE(kept->value().firstName, QStringLiteral("Zorbaxelina"));
}

// Thousands of people, so that the search index writes many segments and pages of its own.
void TestPersonalDataErasure::aLargeEventLeavesNothingInTheSearchIndex()
{
    QByteArray csv = "Förnamn;Efternamn;E-post;Organisation;Kod;Biljettnummer\n";
    const char* const organisations[] = {"Umeå kommun", "Skellefteå kommun", "Region Västerbotten"};
    for (int i = 0; i < 3000; ++i) {
        csv += QStringLiteral("Xylofornamn%1;Xyloefternamn%1;xylo%1@xylomejl.se;%2;XC-%1;"
                              "XYLOTICKET%1\n")
                   .arg(i)
                   .arg(QString::fromUtf8(organisations[i % 3]))
                   .toUtf8();
    }
    auto imported = m_event->import(writeList(csv));
    QVERIFY(imported);
    QCOMPARE(imported->added, 3000);
    for (int i = 0; i < 3000; i += 7)
        QVERIFY(m_event->checkIn(m_event->findByCode(QStringLiteral("XC-%1").arg(i))->value().id));
    QVERIFY(EventBackups(m_event->path(), m_backupRoot->path()).take(*m_event));
    const QList<QByteArray> words = {"xylofornamn", "xyloefternamn", "xylomejl", "xyloticket",
                                     "xc-1"};
    QCOMPARE(wordsFound({m_dir->path(), m_backupRoot->path()}, words), sorted(words));
    const Numbers before = numbersOf(*m_event);

    QVERIFY(m_event->erasePersonalData(m_backupRoot->path()));
    QCOMPARE(numbersOf(*m_event), before);
    QCOMPARE(secretsFound({m_dir->path(), m_backupRoot->path()}, words), QStringList());
    QCOMPARE(m_event->search(QStringLiteral("xylo")).value().size(), 0);
}

QTEST_GUILESS_MAIN(TestPersonalDataErasure)
#include "tst_personaldataerasure.moc"

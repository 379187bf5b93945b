#include "importrun.h"

#include "importfields.h"
#include "importkeys.h"
#include "importrow.h"
#include "store/attendeeeditor.h"
#include "store/attendeerepository.h"
#include "store/bulkattendeewriter.h"
#include "store/eventjournal.h"
#include "store/organisationrepository.h"
#include "store/transaction.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct RegistrationImporterText {
    Q_DECLARE_TR_FUNCTIONS(entre::RegistrationImporter)
};

class ImportRun {
public:
    ImportRun(QSqlDatabase db, const RegistrationTable& table)
        : m_db(std::move(db))
        , m_table(table)
        , m_mapper(table)
        , m_writer(m_db)
    {
        const QList<QString> used = table.mapping.values();
        for (const QString& header : table.headers) {
            if (!used.contains(header))
                m_extraHeaders.append(header);
        }
        // A group's code and a placeholder e-mail are set aside into the extra fields.
        for (const char* field : {"code", "email"}) {
            const QString header = table.mapping.value(QString::fromLatin1(field));
            if (!header.isEmpty() && !m_extraHeaders.contains(header))
                m_extraHeaders.append(header);
        }
        const QString codeHeader = table.mapping.value(QStringLiteral("code"));
        const QString kind = ImportFields::recognise(codeHeader);
        m_codeKind = ImportFields::identifierKeys().contains(kind) ? kind : QStringLiteral("code");
    }

    Result<ImportReport> run(RowSource& rows, bool dryRun, const ImportProgress& progress,
                             const QString& station)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.beginError();
        for (auto step : {&ImportRun::loadEvent, &ImportRun::findSharedCodes}) {
            if (auto done = (this->*step)(rows); !done)
                return done.error();
        }
        if (auto begun = m_writer.begin(rows.size()); !begun)
            return begun.error();
        if (auto imported = importAll(rows, progress); !imported)
            return imported.error();
        listMissing();
        if (dryRun)
            return m_report;
        if (auto finished = m_writer.finish(); !finished)
            return finished.error();
        if (auto journaled = journal(station); !journaled)
            return journaled.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return m_report;
    }

private:
    static Error cancelled() { return refused(RegistrationImporterText::tr("Import cancelled")); }

    // One pass over the rows, one row in memory at a time.
    Result<void> importAll(RowSource& rows, const ImportProgress& progress)
    {
        if (auto rewound = rows.rewind(); !rewound)
            return rewound;
        const int total = int(rows.size());
        TextRecord record;
        for (int done = 0;; ++done) {
            if (progress && done % 50 == 0 && !progress(done, total))
                return cancelled();
            auto more = rows.next(record);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            ImportRow row = m_mapper.map(record);
            setAsideSharedCode(row);
            if (auto imported = importRow(row); !imported)
                return imported;
        }
        if (progress && !progress(total, total))
            return cancelled();
        return {};
    }

    void listMissing()
    {
        for (qsizetype i = 0; i < m_event.people.size(); ++i) {
            if (!m_seen.byPerson.contains(i)) {
                const Attendee& a = m_event.people.at(i);
                m_report.missingFromList.append(
                    QStringLiteral("%1 (%2)").arg(a.fullName(), a.code));
            }
        }
    }

    // Counts and the list's file name only: the history holds no personal data.
    Result<void> journal(const QString& station) const
    {
        if (m_report.added == 0 && m_report.updated == 0)
            return {};
        const QJsonObject detail{{QStringLiteral("list"), m_table.sourceName},
                                 {QStringLiteral("added"), m_report.added},
                                 {QStringLiteral("updated"), m_report.updated},
                                 {QStringLiteral("unchanged"), m_report.unchanged},
                                 {QStringLiteral("rejected"), int(m_report.rejected.size())}};
        return EventJournal::record(m_db, EventJournal::Kind::Import, station, 0, detail);
    }

    Result<void> loadEvent(RowSource&)
    {
        auto people = AttendeeRepository(m_db).list();
        if (!people)
            return people.error();
        m_event.people = std::move(people.value());
        for (qsizetype i = 0; i < m_event.people.size(); ++i)
            m_event.add(i);
        auto organisations = OrganisationRepository(m_db).all();
        if (!organisations)
            return organisations.error();
        for (const Organisation& org : organisations.value())
            m_organisationSpelling.insert(foldForMatching(org.name), org.name);
        return {};
    }

    // A booking or order number shared by several people (a group booking) identifies none of
    // them: it is kept as an extra field and an identifier, and each person gets a code of
    // their own. An identifier shared that way is kept but matches nobody. Which they are takes
    // a pass over the whole list before the first row is imported.
    Result<void> findSharedCodes(RowSource& rows)
    {
        QHash<quint64, quint64> nameByKey;
        auto note = [&](const QString& value, quint64 name) {
            const quint64 key = ImportKeys::hash(ImportKeys::id(value));
            auto it = nameByKey.constFind(key);
            if (it == nameByKey.cend())
                nameByKey.insert(key, name);
            else if (it.value() != name)
                m_sharedInFile.insert(key);
        };
        TextRecord record;
        for (;;) {
            auto more = rows.next(record);
            if (!more)
                return more.error();
            if (!more.value())
                return {};
            const ImportRow row = m_mapper.map(record);
            const quint64 name =
                ImportKeys::hash(ImportKeys::person(row.details.firstName, row.details.lastName));
            if (!row.details.code.isEmpty())
                note(row.details.code, name);
            for (const AttendeeIdentifier& identifier : row.details.identifiers)
                note(identifier.value, name);
        }
    }

    bool sharedInFile(const QString& key) const
    {
        return m_sharedInFile.contains(ImportKeys::hash(key));
    }

    void setAsideSharedCode(ImportRow& row) const
    {
        if (row.details.code.isEmpty() || !sharedInFile(ImportKeys::id(row.details.code)))
            return;
        row.details.extra.insert(m_table.mapping.value(QStringLiteral("code")), row.details.code);
        row.details.identifiers.append({m_codeKind, row.details.code});
        row.details.code.clear();
    }

    // "Umeå Universitet" and "UMEÅ UNIVERSITET" are the organisation already known as "Umeå
    // universitet", not two more: the first spelling the event or this list has is used.
    QString knownSpelling(const QString& organisation)
    {
        const QString name = organisation.simplified();
        if (name.isEmpty())
            return name;
        const QString key = foldForMatching(name);
        auto it = m_organisationSpelling.constFind(key);
        if (it != m_organisationSpelling.cend())
            return it.value();
        m_organisationSpelling.insert(key, name);
        return name;
    }

    void reject(int line, const QString& reason) { m_report.rejected.append({line, reason}); }

    // The code and identifiers that are this row's alone, as keys.
    QStringList keysOf(const ImportRow& row) const
    {
        QStringList keys;
        if (!row.details.code.isEmpty())
            keys.append(ImportKeys::id(row.details.code));
        for (const AttendeeIdentifier& identifier : row.details.identifiers) {
            const QString key = ImportKeys::id(identifier.value);
            if (!sharedInFile(key) && !keys.contains(key))
                keys.append(key);
        }
        return keys;
    }

    static quint64 emailNameHash(const ImportRow& row)
    {
        return ImportKeys::hash(ImportKeys::emailAndName(
            row.details.email, ImportKeys::person(row.details.firstName, row.details.lastName)));
    }

    // The earlier row of this file that lists the same person, or 0.
    int earlierRow(const ImportRow& row, const QStringList& keys, const QString& name) const
    {
        for (const QString& key : keys) {
            if (auto it = m_seen.byKey.constFind(ImportKeys::hash(key)); it != m_seen.byKey.cend())
                return it.value();
        }
        if (!row.details.email.isEmpty())
            return m_seen.byEmailAndName.value(emailNameHash(row), 0);
        if (keys.isEmpty())
            return m_seen.byName.value(ImportKeys::hash(name), 0);
        return 0;
    }

    // The person in the event this row is: by code or identifier, else by e-mail address and
    // name, else by name and organisation when no e-mail address says otherwise.
    qsizetype match(const ImportRow& row, const QStringList& keys, const QString& name) const
    {
        for (const QString& key : keys) {
            if (const qsizetype person = m_event.byKey(key); person >= 0)
                return person;
        }
        const QString email = row.details.email;
        if (!email.isEmpty()) {
            const QString person = ImportKeys::person(row.details.firstName, row.details.lastName);
            auto it = m_event.byEmailAndName.constFind(ImportKeys::emailAndName(email, person));
            if (it != m_event.byEmailAndName.cend())
                return it.value();
        }
        const qsizetype person = m_event.byName.value(name, -1);
        if (person < 0 || email.isEmpty())
            return person;
        const QString known = m_event.people.at(person).email;
        return isEmailAddress(known) && known.compare(email, Qt::CaseInsensitive) != 0 ? -1
                                                                                       : person;
    }

    Result<void> importRow(ImportRow& row)
    {
        if (!row.hasName()) {
            reject(row.line, RegistrationImporterText::tr("no name"));
            return {};
        }
        row.details.organisation = knownSpelling(row.details.organisation);
        auto organisation = m_writer.organisationId(row.details.organisation);
        if (!organisation)
            return organisation.error();
        const QString name = ImportKeys::nameAndOrganisation(row.details, organisation.value());
        const QStringList keys = keysOf(row);
        if (const int earlier = earlierRow(row, keys, name); earlier > 0) {
            reject(row.line, RegistrationImporterText::tr("duplicate of row %1").arg(earlier));
            return {};
        }
        const qsizetype person = match(row, keys, name);
        if (person >= 0 && m_seen.byPerson.contains(person)) {
            reject(row.line, RegistrationImporterText::tr("duplicate of row %1")
                                 .arg(m_seen.byPerson.value(person)));
            return {};
        }
        remember(row, keys, name, person);
        auto id =
            person < 0 ? add(row) : merge(m_event.people.at(person), row, organisation.value());
        if (!id)
            return id.error();
        return noteSharedEmail(row, person, id.value());
    }

    void remember(const ImportRow& row, const QStringList& keys, const QString& name,
                  qsizetype person)
    {
        for (const QString& key : keys)
            m_seen.byKey.insert(ImportKeys::hash(key), row.line);
        if (!row.details.email.isEmpty())
            m_seen.byEmailAndName.insert(emailNameHash(row), row.line);
        else if (keys.isEmpty())
            m_seen.byName.insert(ImportKeys::hash(name), row.line);
        if (person >= 0)
            m_seen.byPerson.insert(person, row.line);
    }

    // Lists a row whose address an earlier row, or another person in the event, has with
    // another name. `id` is whom this row became.
    Result<void> noteSharedEmail(const ImportRow& row, qsizetype person, qint64 id)
    {
        const QString email = row.details.email.toLower();
        if (email.isEmpty())
            return {};
        const QString name = ImportKeys::person(row.details.firstName, row.details.lastName);
        const quint64 emailKey = ImportKeys::hash(email);
        auto owner = m_seen.emailOwner.constFind(emailKey);
        if (owner != m_seen.emailOwner.cend()) {
            if (owner->name == ImportKeys::hash(name))
                return {};
            auto first = AttendeeRepository(m_db).existing(owner->attendeeId);
            if (!first)
                return first.error();
            m_report.sharedEmails.append({row.line, row.details.email, first->fullName()});
            return {};
        }
        m_seen.emailOwner.insert(emailKey, {ImportKeys::hash(name), id});
        const QList<qsizetype> others = m_event.byEmail.values(email);
        for (qsizetype other : others) {
            const Attendee& a = m_event.people.at(other);
            if (other != person && ImportKeys::person(a.firstName, a.lastName) != name) {
                m_report.sharedEmails.append({row.line, row.details.email, a.fullName()});
                return {};
            }
        }
        return {};
    }

    Result<qint64> add(const ImportRow& row)
    {
        auto organisation = m_writer.organisationId(row.details.organisation);
        if (!organisation)
            return organisation.error();
        auto inserted = m_writer.insert(row.details, organisation.value());
        if (!inserted)
            return inserted.error();
        ++m_report.added;
        return inserted;
    }

    Result<qint64> merge(const Attendee& existing, const ImportRow& row, qint64 organisationId)
    {
        AttendeeDetails merged = mergedDetails(existing, row, m_extraHeaders);
        if (organisationId == existing.organisationId)
            merged.organisation = existing.organisation;
        // The code this list gives them is one more way to find them: their own stays.
        QList<AttendeeIdentifier> identifiers = row.details.identifiers;
        if (!row.details.code.isEmpty() &&
            ImportKeys::id(row.details.code) != ImportKeys::id(existing.code))
            identifiers.append({m_codeKind, row.details.code});
        auto added = m_writer.addIdentifiers(existing.id, identifiers);
        if (!added)
            return added.error();
        if (sameDetails(merged, detailsOf(existing))) {
            ++(added.value() > 0 ? m_report.updated : m_report.unchanged);
            return existing.id;
        }
        auto mergedOrganisation = m_writer.organisationId(merged.organisation);
        if (!mergedOrganisation)
            return mergedOrganisation.error();
        if (auto updated = m_writer.update(existing.id, merged, mergedOrganisation.value());
            !updated)
            return updated.error();
        ++m_report.updated;
        return existing.id;
    }

    QSqlDatabase m_db;
    const RegistrationTable& m_table;
    ImportRowMapper m_mapper;
    BulkAttendeeWriter m_writer;
    QStringList m_extraHeaders;
    QString m_codeKind;           // the identifier kind of the code column
    QSet<quint64> m_sharedInFile; // codes and identifiers of several people in this file
    EventIndex m_event;
    QHash<QString, QString> m_organisationSpelling; // folded name -> name
    SeenRows m_seen;
    ImportReport m_report;
};

} // namespace

Result<ImportReport> mergeRegistrations(QSqlDatabase db, const RegistrationTable& table,
                                        RowSource& rows, bool dryRun,
                                        const ImportProgress& progress, const QString& station)
{
    return ImportRun(std::move(db), table).run(rows, dryRun, progress, station);
}

} // namespace entre

#include "importrun.h"

#include "importfeed.h"
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
        , m_writer(m_db)
        , m_codeKind(codeKindOf(table))
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
    }

    Result<ImportReport> run(RowSource& rows, bool dryRun, const ImportProgress& progress,
                             const QString& station)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.beginError();
        const int total = int(rows.size());
        // From here on the list is read on the feed's thread while this one writes.
        ImportFeed feed(m_table, rows);
        if (auto loaded = loadEvent(); !loaded)
            return loaded.error();
        if (auto begun = m_writer.begin(total); !begun)
            return begun.error();
        if (auto imported = importAll(feed, total, progress); !imported)
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

    // Every row of the list as the feed hands it over, one at a time.
    Result<void> importAll(ImportFeed& feed, int total, const ImportProgress& progress)
    {
        FedRow row;
        for (int done = 0;; ++done) {
            if (progress && done % 50 == 0 && !progress(done, total))
                return cancelled();
            auto more = feed.next(row);
            if (!more)
                return more.error();
            if (!more.value())
                break;
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

    Result<void> loadEvent()
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

    // "Umeå Universitet" and "UMEÅ UNIVERSITET" are the organisation already known as "Umeå
    // universitet", not two more: the first spelling the event or this list has is used.
    // `name` comes simplified, `key` is it folded.
    QString knownSpelling(const QString& name, const QString& key)
    {
        if (name.isEmpty())
            return name;
        auto it = m_organisationSpelling.constFind(key);
        if (it != m_organisationSpelling.cend())
            return it.value();
        m_organisationSpelling.insert(key, name);
        return name;
    }

    void reject(int line, const QString& reason) { m_report.rejected.append({line, reason}); }

    // The earlier row of this list that lists the same person, or 0.
    int earlierRow(const FedRow& fed, const QString& name) const
    {
        for (const QString& key : fed.keys) {
            if (auto it = m_seen.byKey.constFind(ImportKeys::hash(key)); it != m_seen.byKey.cend())
                return it.value();
        }
        if (!fed.emailAndName.isEmpty())
            return m_seen.byEmailAndName.value(ImportKeys::hash(fed.emailAndName), 0);
        if (fed.keys.isEmpty())
            return m_seen.byName.value(ImportKeys::hash(name), 0);
        return 0;
    }

    // The person in the event this row is: by code or identifier, else by e-mail address and
    // name, else by name and organisation when no e-mail address says otherwise.
    qsizetype match(const FedRow& fed, const QString& name) const
    {
        for (const QString& key : fed.keys) {
            if (const qsizetype person = m_event.byKey(key); person >= 0)
                return person;
        }
        if (!fed.emailAndName.isEmpty()) {
            auto it = m_event.byEmailAndName.constFind(fed.emailAndName);
            if (it != m_event.byEmailAndName.cend())
                return it.value();
        }
        const qsizetype person = m_event.byName.value(name, -1);
        const QString& email = fed.row.details.email;
        if (person < 0 || email.isEmpty())
            return person;
        const QString known = m_event.people.at(person).email;
        return isEmailAddress(known) && known.compare(email, Qt::CaseInsensitive) != 0 ? -1
                                                                                       : person;
    }

    Result<void> importRow(FedRow& fed)
    {
        ImportRow& row = fed.row;
        if (!row.hasName()) {
            reject(row.line, RegistrationImporterText::tr("no name"));
            return {};
        }
        row.details.organisation = knownSpelling(row.details.organisation, fed.organisationKey);
        auto organisation = m_writer.organisationId(row.details.organisation);
        if (!organisation)
            return organisation.error();
        const QString name = ImportKeys::withOrganisation(fed.names, organisation.value());
        if (const int earlier = earlierRow(fed, name); earlier > 0) {
            reject(row.line, RegistrationImporterText::tr("duplicate of row %1").arg(earlier));
            return {};
        }
        const qsizetype person = match(fed, name);
        if (person >= 0 && m_seen.byPerson.contains(person)) {
            reject(row.line, RegistrationImporterText::tr("duplicate of row %1")
                                 .arg(m_seen.byPerson.value(person)));
            return {};
        }
        remember(fed, name, person);
        auto id = person < 0 ? add(fed, organisation.value())
                             : merge(m_event.people.at(person), row, organisation.value());
        if (!id)
            return id.error();
        return noteSharedEmail(fed, person, id.value());
    }

    void remember(const FedRow& fed, const QString& name, qsizetype person)
    {
        const int line = fed.row.line;
        for (const QString& key : fed.keys)
            m_seen.byKey.insert(ImportKeys::hash(key), line);
        if (!fed.emailAndName.isEmpty())
            m_seen.byEmailAndName.insert(ImportKeys::hash(fed.emailAndName), line);
        else if (fed.keys.isEmpty())
            m_seen.byName.insert(ImportKeys::hash(name), line);
        if (person >= 0)
            m_seen.byPerson.insert(person, line);
    }

    // Lists a row whose address an earlier row, or another person in the event, has with
    // another name. `id` is whom this row became.
    Result<void> noteSharedEmail(const FedRow& fed, qsizetype person, qint64 id)
    {
        const ImportRow& row = fed.row;
        const QString email = row.details.email.toLower();
        if (email.isEmpty())
            return {};
        const quint64 emailKey = ImportKeys::hash(email);
        const quint64 name = ImportKeys::hash(fed.person);
        auto owner = m_seen.emailOwner.constFind(emailKey);
        if (owner != m_seen.emailOwner.cend()) {
            if (owner->name == name)
                return {};
            auto first = AttendeeRepository(m_db).existing(owner->attendeeId);
            if (!first)
                return first.error();
            m_report.sharedEmails.append({row.line, row.details.email, first->fullName()});
            return {};
        }
        m_seen.emailOwner.insert(emailKey, {name, id});
        const QList<qsizetype> others = m_event.byEmail.values(email);
        for (qsizetype other : others) {
            const Attendee& a = m_event.people.at(other);
            if (other != person && ImportKeys::person(a.firstName, a.lastName) != fed.person) {
                m_report.sharedEmails.append({row.line, row.details.email, a.fullName()});
                return {};
            }
        }
        return {};
    }

    Result<qint64> add(FedRow& fed, qint64 organisationId)
    {
        fed.values[AttendeeRepository::organisationIndex] =
            AttendeeRepository::organisationValue(organisationId);
        auto inserted = m_writer.insert(fed.row.details, fed.values);
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
    BulkAttendeeWriter m_writer;
    QStringList m_extraHeaders;
    const QString m_codeKind; // the identifier kind of the code column
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

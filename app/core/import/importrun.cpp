#include "importrun.h"

#include "importrow.h"
#include "store/attendeeeditor.h"
#include "store/attendeerepository.h"
#include "store/organisationrepository.h"
#include "store/transaction.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace entre {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("entre::RegistrationImporter", text);
}

QString nameKey(const AttendeeDetails& details, qint64 organisationId)
{
    return foldForMatching(details.firstName) + QLatin1Char('\x1f') +
           foldForMatching(details.lastName) + QLatin1Char('\x1f') +
           QString::number(organisationId);
}

// Who is already in the event, by each of the keys a row can match on.
struct EventIndex {
    QList<Attendee> people;
    QHash<QString, qsizetype> byCode;
    QHash<QString, qsizetype> byEmail;
    QHash<QString, qsizetype> byName;

    void add(qsizetype index)
    {
        const Attendee& a = people.at(index);
        byCode.insert(a.code, index);
        if (!a.email.isEmpty())
            byEmail.insert(a.email.toLower(), index);
        byName.insert(nameKey(detailsOf(a), a.organisationId), index);
    }
};

// Rows seen so far in this file, to reject a person listed twice.
struct SeenRows {
    QHash<QString, int> byCode;
    QHash<QString, int> byEmail;
    QHash<QString, int> byName; // only rows without an e-mail of their own
    QHash<qsizetype, int> byPerson;
};

class ImportRun {
public:
    ImportRun(QSqlDatabase db, const RegistrationTable& table)
        : m_db(std::move(db))
        , m_table(table)
        , m_attendees(m_db)
        , m_organisations(m_db)
    {
        const QList<QString> used = table.mapping.values();
        for (const QString& header : table.headers) {
            if (!used.contains(header))
                m_extraHeaders.append(header);
        }
    }

    Result<ImportReport> run(bool dryRun, const std::function<bool(int, int)>& progress)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.beginError();
        if (auto loaded = loadEvent(); !loaded)
            return loaded.error();
        QList<ImportRow> rows;
        rows.reserve(m_table.rows.size());
        for (const TextRecord& record : m_table.rows)
            rows.append(importRowFrom(m_table, record));
        setAsideSharedCodes(rows);
        const int total = int(rows.size());
        for (int i = 0; i < total; ++i) {
            if (progress && i % 50 == 0 && !progress(i, total))
                return refused(tr("Import cancelled"));
            if (auto done = importRow(rows[i]); !done)
                return done.error();
        }
        if (progress && !progress(total, total))
            return refused(tr("Import cancelled"));
        for (qsizetype i = 0; i < m_event.people.size(); ++i) {
            if (!m_seen.byPerson.contains(i)) {
                const Attendee& a = m_event.people.at(i);
                m_report.missingFromList.append(
                    QStringLiteral("%1 (%2)").arg(a.fullName(), a.code));
            }
        }
        if (!dryRun) {
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
        }
        return m_report;
    }

private:
    Result<void> loadEvent()
    {
        auto people = m_attendees.list();
        if (!people)
            return people.error();
        m_event.people = std::move(people.value());
        for (qsizetype i = 0; i < m_event.people.size(); ++i)
            m_event.add(i);
        auto organisations = m_organisations.all();
        if (!organisations)
            return organisations.error();
        for (const Organisation& org : organisations.value())
            m_organisationSpelling.insert(foldForMatching(org.name), org.name);
        return {};
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

    // The earlier row of this file that lists the same person, or 0.
    int earlierRow(const ImportRow& row, const QString& name) const
    {
        if (!row.details.code.isEmpty() && m_seen.byCode.contains(row.details.code))
            return m_seen.byCode.value(row.details.code);
        const QString email = row.details.email.toLower();
        if (!email.isEmpty() && m_seen.byEmail.contains(email))
            return m_seen.byEmail.value(email);
        if (email.isEmpty() && row.details.code.isEmpty() && m_seen.byName.contains(name))
            return m_seen.byName.value(name);
        return 0;
    }

    qsizetype match(const ImportRow& row, const QString& name) const
    {
        if (!row.details.code.isEmpty()) {
            if (auto it = m_event.byCode.constFind(row.details.code); it != m_event.byCode.cend())
                return it.value();
        }
        if (!row.details.email.isEmpty()) {
            auto it = m_event.byEmail.constFind(row.details.email.toLower());
            if (it != m_event.byEmail.cend())
                return it.value();
        }
        return m_event.byName.value(name, -1);
    }

    // A booking or order number shared by several people (a group booking) identifies none of
    // them: it is kept as an extra field and each person gets a code of their own.
    void setAsideSharedCodes(QList<ImportRow>& rows) const
    {
        QHash<QString, QString> nameByCode;
        QSet<QString> shared;
        for (const ImportRow& row : rows) {
            if (row.details.code.isEmpty())
                continue;
            const QString name = foldForMatching(
                QString(row.details.firstName + QLatin1Char(' ') + row.details.lastName));
            auto it = nameByCode.constFind(row.details.code);
            if (it == nameByCode.cend())
                nameByCode.insert(row.details.code, name);
            else if (it.value() != name)
                shared.insert(row.details.code);
        }
        if (shared.isEmpty())
            return;
        const QString header = m_table.mapping.value(QStringLiteral("code"));
        for (ImportRow& row : rows) {
            if (shared.contains(row.details.code)) {
                row.details.extra.insert(header, row.details.code);
                row.details.code.clear();
            }
        }
    }

    Result<void> importRow(ImportRow& row)
    {
        if (!row.hasName()) {
            reject(row.line, tr("no name"));
            return {};
        }
        row.details.organisation = knownSpelling(row.details.organisation);
        auto organisation = m_organisations.resolve(row.details.organisation);
        if (!organisation)
            return organisation.error();
        const QString name = nameKey(row.details, organisation.value());
        if (const int earlier = earlierRow(row, name); earlier > 0) {
            reject(row.line, tr("duplicate of row %1").arg(earlier));
            return {};
        }
        const qsizetype person = match(row, name);
        if (person >= 0 && m_seen.byPerson.contains(person)) {
            reject(row.line, tr("duplicate of row %1").arg(m_seen.byPerson.value(person)));
            return {};
        }
        remember(row, name, person);
        if (person < 0)
            return add(row);
        return merge(m_event.people.at(person), row, organisation.value());
    }

    void remember(const ImportRow& row, const QString& name, qsizetype person)
    {
        if (!row.details.code.isEmpty())
            m_seen.byCode.insert(row.details.code, row.line);
        if (!row.details.email.isEmpty())
            m_seen.byEmail.insert(row.details.email.toLower(), row.line);
        else if (row.details.code.isEmpty())
            m_seen.byName.insert(name, row.line);
        if (person >= 0)
            m_seen.byPerson.insert(person, row.line);
    }

    Result<void> add(const ImportRow& row)
    {
        auto inserted = m_attendees.insert(row.details);
        if (!inserted)
            return inserted.error();
        ++m_report.added;
        return {};
    }

    Result<void> merge(const Attendee& existing, const ImportRow& row, qint64 organisationId)
    {
        AttendeeDetails merged = mergedDetails(existing, row, m_extraHeaders);
        if (organisationId == existing.organisationId)
            merged.organisation = existing.organisation;
        if (sameDetails(merged, detailsOf(existing))) {
            ++m_report.unchanged;
            return {};
        }
        if (auto updated = m_attendees.update(existing.id, merged); !updated)
            return updated;
        ++m_report.updated;
        return {};
    }

    QSqlDatabase m_db;
    const RegistrationTable& m_table;
    AttendeeRepository m_attendees;
    OrganisationRepository m_organisations;
    QStringList m_extraHeaders;
    EventIndex m_event;
    QHash<QString, QString> m_organisationSpelling; // folded name -> name
    SeenRows m_seen;
    ImportReport m_report;
};

} // namespace

Result<ImportReport> runImport(QSqlDatabase db, const RegistrationTable& table, bool dryRun,
                               const std::function<bool(int, int)>& progress)
{
    return ImportRun(std::move(db), table).run(dryRun, progress);
}

} // namespace entre

#include "importrun.h"

#include "importfields.h"
#include "importrow.h"
#include "store/attendeeeditor.h"
#include "store/attendeerepository.h"
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

QString nameKey(const AttendeeDetails& details, qint64 organisationId)
{
    return foldForMatching(details.firstName) + QLatin1Char('\x1f') +
           foldForMatching(details.lastName) + QLatin1Char('\x1f') +
           QString::number(organisationId);
}

// The name alone, folded: with the same e-mail address it makes the same person.
QString personName(const QString& firstName, const QString& lastName)
{
    return foldForMatching(QString(firstName + QLatin1Char(' ') + lastName)).simplified();
}

QString emailNameKey(const QString& email, const QString& name)
{
    return email.toLower() + QLatin1Char('\x1f') + name;
}

// Codes and identifiers are compared as the desk looks them up: case aside.
QString idKey(const QString& value)
{
    return value.simplified().toLower();
}

// Who is already in the event, by each of the keys a row can match on.
struct EventIndex {
    QList<Attendee> people;
    QHash<QString, qsizetype> byCode;
    QHash<QString, qsizetype> byIdentifier; // only those one person has
    QSet<QString> sharedIdentifiers;
    QHash<QString, qsizetype> byEmailAndName;
    QMultiHash<QString, qsizetype> byEmail;
    QHash<QString, qsizetype> byName;

    void add(qsizetype index)
    {
        const Attendee& a = people.at(index);
        byCode.insert(idKey(a.code), index);
        for (const AttendeeIdentifier& identifier : a.identifiers) {
            const QString key = idKey(identifier.value);
            auto it = byIdentifier.constFind(key);
            if (it != byIdentifier.cend() && it.value() != index)
                sharedIdentifiers.insert(key);
            byIdentifier.insert(key, index);
        }
        if (isEmailAddress(a.email)) {
            byEmailAndName.insert(emailNameKey(a.email, personName(a.firstName, a.lastName)),
                                  index);
            byEmail.insert(a.email.toLower(), index);
        }
        byName.insert(nameKey(detailsOf(a), a.organisationId), index);
    }

    qsizetype byKey(const QString& key) const
    {
        if (auto it = byCode.constFind(key); it != byCode.cend())
            return it.value();
        if (sharedIdentifiers.contains(key))
            return -1;
        return byIdentifier.value(key, -1);
    }
};

// Rows seen so far in this file, to reject a person listed twice.
struct SeenRows {
    QHash<QString, int> byKey;          // code or identifier
    QHash<QString, int> byEmailAndName; // a real address and the name
    QHash<QString, int> byName;         // only rows with neither of the above
    QHash<qsizetype, int> byPerson;
    QHash<QString, QString> emailOwner; // address -> the name of the first row with it
    QHash<QString, QString> emailOwnerKey;
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

    Result<ImportReport> run(bool dryRun, const std::function<bool(int, int)>& progress,
                             const QString& station)
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
                return refused(RegistrationImporterText::tr("Import cancelled"));
            if (auto done = importRow(rows[i]); !done)
                return done.error();
        }
        if (progress && !progress(total, total))
            return refused(RegistrationImporterText::tr("Import cancelled"));
        for (qsizetype i = 0; i < m_event.people.size(); ++i) {
            if (!m_seen.byPerson.contains(i)) {
                const Attendee& a = m_event.people.at(i);
                m_report.missingFromList.append(
                    QStringLiteral("%1 (%2)").arg(a.fullName(), a.code));
            }
        }
        if (!dryRun) {
            if (auto journaled = journal(station); !journaled)
                return journaled.error();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
        }
        return m_report;
    }

private:
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

    // The code and identifiers that are this row's alone, as keys.
    QStringList keysOf(const ImportRow& row) const
    {
        QStringList keys;
        if (!row.details.code.isEmpty())
            keys.append(idKey(row.details.code));
        for (const AttendeeIdentifier& identifier : row.details.identifiers) {
            const QString key = idKey(identifier.value);
            if (!m_sharedInFile.contains(key) && !keys.contains(key))
                keys.append(key);
        }
        return keys;
    }

    // The earlier row of this file that lists the same person, or 0.
    int earlierRow(const ImportRow& row, const QStringList& keys, const QString& name) const
    {
        for (const QString& key : keys) {
            if (auto it = m_seen.byKey.constFind(key); it != m_seen.byKey.cend())
                return it.value();
        }
        const QString email = row.details.email;
        const QString person = personName(row.details.firstName, row.details.lastName);
        if (!email.isEmpty())
            return m_seen.byEmailAndName.value(emailNameKey(email, person), 0);
        if (keys.isEmpty())
            return m_seen.byName.value(name, 0);
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
            const QString person = personName(row.details.firstName, row.details.lastName);
            auto it = m_event.byEmailAndName.constFind(emailNameKey(email, person));
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

    // A booking or order number shared by several people (a group booking) identifies none of
    // them: it is kept as an extra field and an identifier, and each person gets a code of
    // their own. An identifier shared that way is kept but matches nobody.
    void setAsideSharedCodes(QList<ImportRow>& rows)
    {
        QHash<QString, QString> nameByKey;
        auto note = [&](const QString& value, const QString& name) {
            const QString key = idKey(value);
            auto it = nameByKey.constFind(key);
            if (it == nameByKey.cend())
                nameByKey.insert(key, name);
            else if (it.value() != name)
                m_sharedInFile.insert(key);
        };
        for (const ImportRow& row : std::as_const(rows)) {
            const QString name = personName(row.details.firstName, row.details.lastName);
            if (!row.details.code.isEmpty())
                note(row.details.code, name);
            for (const AttendeeIdentifier& identifier : row.details.identifiers)
                note(identifier.value, name);
        }
        if (m_sharedInFile.isEmpty())
            return;
        const QString header = m_table.mapping.value(QStringLiteral("code"));
        for (ImportRow& row : rows) {
            if (!row.details.code.isEmpty() && m_sharedInFile.contains(idKey(row.details.code))) {
                row.details.extra.insert(header, row.details.code);
                row.details.identifiers.append({m_codeKind, row.details.code});
                row.details.code.clear();
            }
        }
    }

    Result<void> importRow(ImportRow& row)
    {
        if (!row.hasName()) {
            reject(row.line, RegistrationImporterText::tr("no name"));
            return {};
        }
        row.details.organisation = knownSpelling(row.details.organisation);
        auto organisation = m_organisations.resolve(row.details.organisation);
        if (!organisation)
            return organisation.error();
        const QString name = nameKey(row.details, organisation.value());
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
        noteSharedEmail(row, person);
        if (person < 0)
            return add(row);
        return merge(m_event.people.at(person), row, organisation.value());
    }

    void remember(const ImportRow& row, const QStringList& keys, const QString& name,
                  qsizetype person)
    {
        for (const QString& key : keys)
            m_seen.byKey.insert(key, row.line);
        if (!row.details.email.isEmpty()) {
            m_seen.byEmailAndName.insert(
                emailNameKey(row.details.email,
                             personName(row.details.firstName, row.details.lastName)),
                row.line);
        } else if (keys.isEmpty()) {
            m_seen.byName.insert(name, row.line);
        }
        if (person >= 0)
            m_seen.byPerson.insert(person, row.line);
    }

    // Lists a row whose address an earlier row, or another person in the event, has with
    // another name.
    void noteSharedEmail(const ImportRow& row, qsizetype person)
    {
        const QString email = row.details.email.toLower();
        if (email.isEmpty())
            return;
        const QString name = personName(row.details.firstName, row.details.lastName);
        const QString displayName = joinName(row.details.firstName, row.details.lastName);
        auto owner = m_seen.emailOwnerKey.constFind(email);
        if (owner != m_seen.emailOwnerKey.cend()) {
            if (owner.value() != name)
                m_report.sharedEmails.append(
                    {row.line, row.details.email, m_seen.emailOwner.value(email)});
            return;
        }
        m_seen.emailOwnerKey.insert(email, name);
        m_seen.emailOwner.insert(email, displayName);
        const QList<qsizetype> others = m_event.byEmail.values(email);
        for (qsizetype other : others) {
            const Attendee& a = m_event.people.at(other);
            if (other != person && personName(a.firstName, a.lastName) != name) {
                m_report.sharedEmails.append({row.line, row.details.email, a.fullName()});
                return;
            }
        }
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
        // The code this list gives them is one more way to find them: their own stays.
        QList<AttendeeIdentifier> identifiers = row.details.identifiers;
        if (!row.details.code.isEmpty() && idKey(row.details.code) != idKey(existing.code))
            identifiers.append({m_codeKind, row.details.code});
        auto added = m_attendees.addIdentifiers(existing.id, identifiers);
        if (!added)
            return added.error();
        if (sameDetails(merged, detailsOf(existing))) {
            ++(added.value() > 0 ? m_report.updated : m_report.unchanged);
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
    QString m_codeKind;           // the identifier kind of the code column
    QSet<QString> m_sharedInFile; // codes and identifiers of several people in this file
    EventIndex m_event;
    QHash<QString, QString> m_organisationSpelling; // folded name -> name
    SeenRows m_seen;
    ImportReport m_report;
};

} // namespace

Result<ImportReport> mergeRegistrations(QSqlDatabase db, const RegistrationTable& table,
                                        bool dryRun, const std::function<bool(int, int)>& progress,
                                        const QString& station)
{
    return ImportRun(std::move(db), table).run(dryRun, progress, station);
}

} // namespace entre

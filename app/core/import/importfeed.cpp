#include "importfeed.h"

#include "importfields.h"
#include "importkeys.h"
#include "store/attendeerepository.h"
#include "util/simplifiedtext.h"
#include "util/textfold.h"

#include <QHash>

namespace entre {

QString codeKindOf(const RegistrationTable& table)
{
    const QString kind = ImportFields::recognise(table.mapping.value(QStringLiteral("code")));
    return ImportFields::identifierKeys().contains(kind) ? kind : QStringLiteral("code");
}

ImportFeed::ImportFeed(const RegistrationTable& table, RowSource& rows)
    : m_table(table)
    , m_rows(rows)
    , m_mapper(table)
    , m_codeKind(codeKindOf(table))
    , m_feed([this](Out& out) { return read(out); })
{}

Result<void> ImportFeed::read(Out& out)
{
    // A list without codes or identifiers has none to share, nor has one whose codes and
    // identifiers reading the table found in one row each: either is read once.
    if (mayShareCodes()) {
        auto found = findSharedCodes(out);
        if (!found)
            return found.error();
        if (!found.value())
            return {}; // nobody is waiting any more
        if (auto rewound = m_rows.rewind(); !rewound)
            return rewound;
    }
    TextRecord record;
    for (;;) {
        auto more = m_rows.next(record);
        if (!more)
            return more.error();
        if (!more.value() || !out.put(fed(m_mapper.map(record))))
            return {};
    }
}

// True when the whole list was read; false when the import stopped waiting first.
Result<bool> ImportFeed::findSharedCodes(const Out& out)
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
    for (qint64 read = 0;; ++read) {
        if (read % 4096 == 0 && !out.wanted())
            return false;
        auto more = m_rows.next(record);
        if (!more)
            return more.error();
        if (!more.value())
            return true;
        const ImportRow row = m_mapper.mapIdentity(record);
        const quint64 name =
            ImportKeys::hash(ImportKeys::person(row.details.firstName, row.details.lastName));
        if (!row.details.code.isEmpty())
            note(row.details.code, name);
        for (const AttendeeIdentifier& identifier : row.details.identifiers)
            note(identifier.value, name);
    }
}

bool ImportFeed::mayShareCodes() const
{
    const QList<int> columns = m_mapper.keyColumns();
    if (columns.isEmpty())
        return false;
    if (m_table.keyValuesRepeat)
        return true;
    return std::any_of(columns.cbegin(), columns.cend(),
                       [this](int column) { return !m_table.keyColumnsScanned.contains(column); });
}

bool ImportFeed::sharedInFile(const QString& key) const
{
    return m_sharedInFile.contains(ImportKeys::hash(key));
}

FedRow ImportFeed::fed(ImportRow row) const
{
    FedRow fed;
    AttendeeDetails& details = row.details;
    if (!details.code.isEmpty()) {
        QString code = ImportKeys::id(details.code);
        if (!sharedInFile(code)) {
            fed.keys.append(std::move(code));
        } else {
            details.extra.insert(m_table.mapping.value(QStringLiteral("code")), details.code);
            details.identifiers.append({m_codeKind, details.code});
            details.code.clear();
        }
    }
    for (const AttendeeIdentifier& identifier : std::as_const(details.identifiers)) {
        const QString key = ImportKeys::id(identifier.value);
        if (!sharedInFile(key) && !fed.keys.contains(key))
            fed.keys.append(key);
    }
    const ImportKeys::FoldedName folded(details);
    fed.person = folded.person();
    fed.names = folded.names();
    if (!details.email.isEmpty())
        fed.emailAndName = ImportKeys::emailAndName(details.email, fed.person);
    details.organisation = simplifiedText(details.organisation);
    fed.organisationKey = foldForMatching(details.organisation);
    fed.values = AttendeeRepository::detailValues(details, 0);
    fed.row = std::move(row);
    return fed;
}

} // namespace entre

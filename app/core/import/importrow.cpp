#include "importrow.h"

#include "importfields.h"
#include "namesplitter.h"
#include "store/attendeeeditor.h"
#include "util/simplifiedtext.h"

namespace entre {
namespace {

const QString firstNameKey = QStringLiteral("first_name");
const QString lastNameKey = QStringLiteral("last_name");
const QString fullNameKey = QStringLiteral("full_name");
const QString codeKey = QStringLiteral("code");

QString* fieldOf(AttendeeDetails& details, const QString& key)
{
    if (key == firstNameKey)
        return &details.firstName;
    if (key == lastNameKey)
        return &details.lastName;
    if (key == QLatin1String("email"))
        return &details.email;
    if (key == QLatin1String("organisation"))
        return &details.organisation;
    if (key == QLatin1String("title"))
        return &details.title;
    if (key == QLatin1String("diet"))
        return &details.diet;
    if (key == codeKey)
        return &details.code;
    if (key == QLatin1String("phone"))
        return &details.phone;
    if (key == QLatin1String("notes"))
        return &details.notes;
    return nullptr;
}

} // namespace

bool ImportRow::hasName() const
{
    return !details.firstName.isEmpty() || !details.lastName.isEmpty();
}

ImportRowMapper::ImportRowMapper(const RegistrationTable& table)
    : m_emailHeader(table.mapping.value(QStringLiteral("email")))
{
    for (auto it = table.mapping.cbegin(); it != table.mapping.cend(); ++it) {
        m_fieldKeys.insert(it.key());
        m_fields.append({it.key(), table.columnOf(it.value())});
        if (it.key() == firstNameKey || it.key() == lastNameKey || it.key() == codeKey)
            m_identity.append(m_fields.constLast());
    }
    const QString codeHeader = table.mapping.value(QStringLiteral("code"));
    for (const QString& kind : ImportFields::identifierKeys()) {
        const QString header = table.mapping.value(kind);
        if (!header.isEmpty() && header != codeHeader)
            m_identifiers.append({kind, table.columnOf(header)});
    }
    if (m_fieldKeys.contains(fullNameKey)) {
        m_fieldKeys.insert(firstNameKey);
        m_fieldKeys.insert(lastNameKey);
        m_fullNameColumn = table.columnOf(table.mapping.value(fullNameKey));
    }
    const QList<QString> used = table.mapping.values();
    for (int column = 0; column < table.headers.size(); ++column) {
        const QString& header = table.headers.at(column);
        if (!used.contains(header) && table.keeps(header))
            m_extra.append({header, column});
    }
}

QString ImportRowMapper::cell(const TextRecord& record, int column)
{
    return column >= 0 && column < record.cells.size() ? record.cells.at(column).trimmed()
                                                       : QString();
}

ImportRow ImportRowMapper::map(const TextRecord& record) const
{
    ImportRow row;
    row.line = record.line;
    row.fields = m_fieldKeys;
    for (const Field& field : m_fields) {
        if (QString* target = fieldOf(row.details, field.key)) {
            const QString value = cell(record, field.column);
            // Notes may hold several lines; everything else is one line of text.
            *target = field.key == QLatin1String("notes") ? value : simplifiedText(value);
        }
    }
    if (!row.details.email.isEmpty() && !isEmailAddress(row.details.email)) {
        row.details.extra.insert(m_emailHeader, row.details.email);
        row.details.email.clear();
    }
    mapIdentifiersAndFullName(record, row);
    for (const Field& extra : m_extra) {
        const QString value = cell(record, extra.column);
        if (!value.isEmpty())
            row.details.extra.insert(extra.key, value);
    }
    return row;
}

ImportRow ImportRowMapper::mapIdentity(const TextRecord& record) const
{
    ImportRow row;
    row.line = record.line;
    for (const Field& field : m_identity)
        *fieldOf(row.details, field.key) = simplifiedText(cell(record, field.column));
    mapIdentifiersAndFullName(record, row);
    return row;
}

QList<int> ImportRowMapper::keyColumns() const
{
    QList<int> columns;
    for (const Field& field : m_fields) {
        if (field.key == codeKey)
            columns.append(field.column);
    }
    for (const Field& identifier : m_identifiers)
        columns.append(identifier.column);
    return columns;
}

void ImportRowMapper::mapIdentifiersAndFullName(const TextRecord& record, ImportRow& row) const
{
    for (const Field& identifier : m_identifiers) {
        const QString value = simplifiedText(cell(record, identifier.column));
        if (!value.isEmpty())
            row.details.identifiers.append({identifier.key, value});
    }
    if (m_fullNameColumn >= 0 && row.details.firstName.isEmpty() &&
        row.details.lastName.isEmpty()) {
        const PersonName name = splitFullName(cell(record, m_fullNameColumn));
        row.details.firstName = name.first;
        row.details.lastName = name.last;
    }
}

ImportRow importRowFrom(const RegistrationTable& table, const TextRecord& record)
{
    return ImportRowMapper(table).map(record);
}

AttendeeDetails mergedDetails(const Attendee& existing, const ImportRow& row,
                              const QStringList& extraHeaders)
{
    AttendeeDetails merged = detailsOf(existing);
    AttendeeDetails incoming = row.details;
    for (const QString& key : row.fields) {
        QString* target = fieldOf(merged, key);
        // The code a person was registered with stays: tickets are already printed.
        if (target && key != QLatin1String("code"))
            *target = *fieldOf(incoming, key);
    }
    for (const QString& header : extraHeaders) {
        if (row.details.extra.contains(header))
            merged.extra.insert(header, row.details.extra.value(header));
        else
            merged.extra.remove(header);
    }
    for (auto it = row.details.extra.cbegin(); it != row.details.extra.cend(); ++it) {
        if (!extraHeaders.contains(it.key()))
            merged.extra.insert(it.key(), it.value());
    }
    merged.identifiers.clear(); // added on their own: the store never drops one
    return merged;
}

bool sameDetails(const AttendeeDetails& a, const AttendeeDetails& b)
{
    auto same = [](const QString& x, const QString& y) { return x.simplified() == y.simplified(); };
    return same(a.firstName, b.firstName) && same(a.lastName, b.lastName) &&
           same(a.email, b.email) && same(a.phone, b.phone) &&
           same(a.organisation, b.organisation) && same(a.title, b.title) && same(a.diet, b.diet) &&
           same(a.notes, b.notes) && a.extra == b.extra;
}

} // namespace entre

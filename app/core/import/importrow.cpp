#include "importrow.h"

#include "importfields.h"
#include "namesplitter.h"
#include "store/attendeeeditor.h"

namespace entre {
namespace {

const QString firstNameKey = QStringLiteral("first_name");
const QString lastNameKey = QStringLiteral("last_name");
const QString fullNameKey = QStringLiteral("full_name");

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
    if (key == QLatin1String("code"))
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

ImportRow importRowFrom(const RegistrationTable& table, const TextRecord& record)
{
    ImportRow row;
    row.line = record.line;
    for (auto it = table.mapping.cbegin(); it != table.mapping.cend(); ++it) {
        row.fields.insert(it.key());
        if (QString* field = fieldOf(row.details, it.key())) {
            const QString value = table.cell(record, it.value());
            // Notes may hold several lines; everything else is one line of text.
            *field = it.key() == QLatin1String("notes") ? value : value.simplified();
        }
    }
    const QString emailHeader = table.mapping.value(QStringLiteral("email"));
    if (!row.details.email.isEmpty() && !isEmailAddress(row.details.email)) {
        row.details.extra.insert(emailHeader, row.details.email);
        row.details.email.clear();
    }
    const QString codeHeader = table.mapping.value(QStringLiteral("code"));
    const QStringList kinds = ImportFields::identifierKeys();
    for (const QString& kind : kinds) {
        const QString header = table.mapping.value(kind);
        const QString value = header.isEmpty() || header == codeHeader
                                  ? QString()
                                  : table.cell(record, header).simplified();
        if (!value.isEmpty())
            row.details.identifiers.append({kind, value});
    }
    if (row.fields.contains(fullNameKey)) {
        row.fields.insert(firstNameKey);
        row.fields.insert(lastNameKey);
        if (row.details.firstName.isEmpty() && row.details.lastName.isEmpty()) {
            const PersonName name =
                splitFullName(table.cell(record, table.mapping.value(fullNameKey)));
            row.details.firstName = name.first;
            row.details.lastName = name.last;
        }
    }
    const QList<QString> used = table.mapping.values();
    for (int column = 0; column < table.headers.size(); ++column) {
        const QString& header = table.headers.at(column);
        if (used.contains(header) || !table.keeps(header))
            continue;
        const QString value =
            column < record.cells.size() ? record.cells.at(column).trimmed() : QString();
        if (!value.isEmpty())
            row.details.extra.insert(header, value);
    }
    return row;
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

#include "clioutput.h"

#include "util/isotime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace entre::cli {

void printLine(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream out(stdout);
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

QJsonObject attendeeToJson(const Attendee& a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("code"), a.code},
        {QStringLiteral("first_name"), a.firstName},
        {QStringLiteral("last_name"), a.lastName},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("organisation"), a.organisation},
        {QStringLiteral("organisation_type"), organisationTypeKey(a.organisationType)},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("diet"), a.diet},
        {QStringLiteral("checked_in"), a.isCheckedIn()},
        {QStringLiteral("checked_in_at"),
         a.isCheckedIn() ? QJsonValue(toIsoUtc(a.checkedInAt)) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace entre::cli

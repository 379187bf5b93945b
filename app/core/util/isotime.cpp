#include "isotime.h"

#include <QTimeZone>

namespace entre {

QString toIsoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString nowIsoUtc()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace entre

#pragma once

#include <QString>
#include <QVariantMap>

namespace entre {

// A person's extra fields (the columns of their list kept beside the known ones) as the JSON
// object the attendees table stores: keys in order, written compactly.
QString extraFieldsToJson(const QVariantMap& extra);
QVariantMap extraFieldsFromJson(const QString& json);

} // namespace entre

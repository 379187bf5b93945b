#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace entre {

Error sqlFailure(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const bool busy = error.nativeErrorCode() == QLatin1String("5") ||
                      error.nativeErrorCode() == QLatin1String("6");
    const bool readOnly = error.nativeErrorCode() == QLatin1String("8");
    if (busy)
        return refused(QCoreApplication::translate("entre::EventStore",
                                                   "The event file is busy in another program: %1")
                           .arg(text));
    if (readOnly)
        return refused(QCoreApplication::translate("entre::EventStore",
                                                   "The event file cannot be written to: %1")
                           .arg(text));
    return failed(QCoreApplication::translate("entre::EventStore", "Database error: %1").arg(text));
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlFailure(query);
    for (const QVariant& value : values) {
        // A null QString would bind as SQL NULL; text columns hold '' for "nothing". Real NULLs
        // are bound as an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return sqlFailure(query);
    return query;
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql,
                           std::initializer_list<QVariant> values)
{
    return runQuery(db, sql, QVariantList(values));
}

} // namespace entre

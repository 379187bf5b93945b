#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace entre {
namespace {

// SQLite's primary result codes. Qt reports the extended code (778 is a failed write, 517 a
// busy snapshot), whose low byte is the primary one.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteFull = 13,
    SqliteCantOpen = 14,
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

} // namespace

// What went wrong in words the desk can act on; the caller says what was not done.
Error sqlFailure(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return refused(QCoreApplication::translate(
            "entre::EventStore",
            "The event file is busy: another program is writing to it. Wait a "
            "moment and try again; if it stays busy, close the other program."));
    case SqliteReadOnly:
        return refused(QCoreApplication::translate(
            "entre::EventStore",
            "The event file has become read-only. Make it writable again, or use "
            "File → Save a Copy and open the copy."));
    case SqliteFull:
        return failed(QCoreApplication::translate(
            "entre::EventStore", "The disk is full. Free some space on it, then try again."));
    case SqliteIoError:
        return failed(QCoreApplication::translate(
            "entre::EventStore",
            "The disk could not be read or written. Check that the disk or USB "
            "stick is still connected, then try again."));
    case SqliteCantOpen:
        return failed(QCoreApplication::translate(
            "entre::EventStore",
            "A file could not be opened or created. Check that the folder exists "
            "and that you may write to it."));
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return failed(QCoreApplication::translate("entre::EventStore", "Database error: %1").arg(text));
}

Error sqlFailure(const QSqlQuery& query)
{
    return sqlFailure(query.lastError());
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

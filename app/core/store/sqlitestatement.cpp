#include "sqlitestatement.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace entre {
namespace {

// The texts of this file, in the context lupdate files them under.
struct SqliteStatementText {
    Q_DECLARE_TR_FUNCTIONS(entre::SqliteStatement)
};

} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<void> SqliteStatement::prepare(const QSqlDatabase& db, const QString& sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3* const*>(handle.data()))
        return failed(SqliteStatementText::tr("The event's database is not open."));
    m_db = *static_cast<sqlite3* const*>(handle.data());
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK)
        return failure();
    return {};
}

Result<void> SqliteStatement::bind(int parameter, const QVariant& value)
{
    int status = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::QString: {
        // Bound as it is: the value lives until the statement has run. A null text has no
        // characters to point at, and SQLite would take a null pointer for NULL.
        static const char16_t none = 0;
        const QString& text = *static_cast<const QString*>(value.constData());
        const void* characters = text.isNull() ? static_cast<const void*>(&none) : text.constData();
        status = sqlite3_bind_text16(m_statement, parameter, characters,
                                     int(text.size() * qsizetype(sizeof(char16_t))), SQLITE_STATIC);
        break;
    }
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
        status = sqlite3_bind_blob(m_statement, parameter, bytes.constData(), int(bytes.size()),
                                   SQLITE_STATIC);
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        status = sqlite3_bind_int64(m_statement, parameter, value.toLongLong());
        break;
    case QMetaType::UnknownType:
        status = sqlite3_bind_null(m_statement, parameter);
        break;
    default:
        return failed(SqliteStatementText::tr("A value of type %1 cannot be stored.")
                          .arg(QString::fromLatin1(value.typeName())));
    }
    return status == SQLITE_OK ? Result<void>() : failure();
}

Result<void> SqliteStatement::bindAll(const QVariantList& values)
{
    if (!m_statement)
        return failed(SqliteStatementText::tr("The event's database is not open."));
    for (int i = 0; i < values.size(); ++i) {
        if (auto bound = bind(i + 1, values.at(i)); !bound) {
            sqlite3_clear_bindings(m_statement);
            return bound;
        }
    }
    return {};
}

Result<void> SqliteStatement::exec(const QVariantList& values)
{
    if (auto bound = bindAll(values); !bound)
        return bound;
    const int status = sqlite3_step(m_statement);
    Result<void> done = status == SQLITE_DONE ? Result<void>() : failure();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // nothing points at values that are gone
    return done;
}

Result<bool> SqliteStatement::hasRow(const QVariantList& values)
{
    if (auto bound = bindAll(values); !bound)
        return bound.error();
    const int status = sqlite3_step(m_statement);
    Result<bool> found = status == SQLITE_ROW    ? Result<bool>(true)
                         : status == SQLITE_DONE ? Result<bool>(false)
                                                 : Result<bool>(failure());
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return found;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

// Worded as every other database failure (sqlFailure), from SQLite's own code and message.
Error SqliteStatement::failure() const
{
    return sqlFailure(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                QSqlError::StatementError,
                                QString::number(sqlite3_extended_errcode(m_db))));
}

} // namespace entre

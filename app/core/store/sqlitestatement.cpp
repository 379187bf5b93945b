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
    m_parameters = sqlite3_bind_parameter_count(m_statement);
    return {};
}

Result<void> SqliteStatement::bind(int parameter, const QVariant& value)
{
    int status = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::QString:
        return bindText(parameter, *static_cast<const QString*>(value.constData()));
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

// Written into m_utf8, which bindAll() made large enough for every text of the row: what is
// bound stays where it is until the next row. A null text is bound as '' (a null pointer would be
// NULL). Text with a surrogate (outside the Basic Multilingual Plane, or broken) is left to SQLite
// to convert, so that it is stored exactly as every other write stores it.
Result<void> SqliteStatement::bindText(int parameter, const QString& text)
{
    char* const start = m_utf8.data() + m_utf8Used;
    char* out = start;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80) {
            *out++ = char(unit);
        } else if (unit < 0x800) {
            *out++ = char(0xc0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *out++ = char(0xe0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3f));
            *out++ = char(0x80 | (unit & 0x3f));
        } else {
            return sqlite3_bind_text16(m_statement, parameter, text.constData(),
                                       int(text.size() * qsizetype(sizeof(char16_t))),
                                       SQLITE_STATIC) == SQLITE_OK
                       ? Result<void>()
                       : failure();
        }
    }
    m_utf8Used += size_t(out - start);
    return sqlite3_bind_text(m_statement, parameter, start, int(out - start), SQLITE_STATIC) ==
                   SQLITE_OK
               ? Result<void>()
               : failure();
}

Result<void> SqliteStatement::bindAll(const QVariantList& values)
{
    if (!m_statement)
        return failed(SqliteStatementText::tr("The event's database is not open."));
    // Every parameter is bound on every run: none keeps a value of a row before.
    if (values.size() != m_parameters)
        return failed(SqliteStatementText::tr("The statement takes %1 values, not %2.")
                          .arg(m_parameters)
                          .arg(values.size()));
    // Room for every text in UTF-8 (at most three bytes for each UTF-16 unit), so that nothing
    // bound moves while the rest is written.
    size_t room = 0;
    for (const QVariant& value : values) {
        if (value.typeId() == QMetaType::QString)
            room += 3 * size_t(static_cast<const QString*>(value.constData())->size());
    }
    if (m_utf8.size() < room + 1)
        m_utf8.resize(room + 1);
    m_utf8Used = 0;
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
    // What is bound may point at values that are gone: the next run binds every parameter
    // before it steps.
    sqlite3_reset(m_statement);
    return done;
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

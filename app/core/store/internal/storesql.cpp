#include "storesql.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace ArchDeck::StoreSql {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QSqlError execute(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    if (!exec(query, sql, values))
        return query.lastError();
    return {};
}

Diagnostic couldNot(const QString &action, const QSqlError &error)
{
    QString reason = error.databaseText();
    if (reason.isEmpty())
        reason = error.driverText();
    if (reason.isEmpty())
        reason = u"unknown error"_s;
    return Diagnostic::failure(u"Could not %1: %2."_s.arg(action, reason),
        u"%1 (SQLite code %2; driver: %3)"_s.arg(
            error.databaseText(), error.nativeErrorCode(), error.driverText()));
}

Diagnostic noCollectionOpen(const QString &action)
{
    return Diagnostic::failure(u"Could not %1: no collection is open."_s.arg(action));
}

bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary code of an extended one
    constexpr int sqliteCorrupt = 11;
    constexpr int sqliteNotADatabase = 26;
    return ok && (code == sqliteCorrupt || code == sqliteNotADatabase);
}

QVariant fromDateTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Connection::Connection(const QString &path, Access access)
    : m_path(path)
{
    static std::atomic<int> counter {0};
    m_name = u"archdeck-store-%1"_s.arg(++counter);
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_database.setDatabaseName(path);
    // Another connection holding the write lock (a backup, a second window) is waited for.
    m_database.setConnectOptions(access == Access::ReadOnly
            ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
            : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
}

Connection::~Connection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlError Connection::open()
{
    if (m_database.open())
        return {};
    return m_database.lastError();
}

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Transaction::~Transaction()
{
    if (m_open)
        execute(m_database, u"ROLLBACK"_s);
}

QSqlError Transaction::begin()
{
    QSqlError error = execute(m_database, u"BEGIN IMMEDIATE"_s);
    m_open = !error.isValid();
    return error;
}

QSqlError Transaction::commit()
{
    QSqlError error = execute(m_database, u"COMMIT"_s);
    if (!error.isValid())
        m_open = false;
    return error;
}

} // namespace ArchDeck::StoreSql

// The store's few SQL building blocks: run a statement with bound values, turn a driver error into
// a Diagnostic, tell corruption from other failures, and one write transaction. Only the
// collection store's own files include this header.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ArchDeck::StoreSql {

/// Prepares \a sql on \a query's connection, binds \a values to its `?` in order and runs it.
/// Forward-only: the store reads each result once.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

/// Runs a statement that returns nothing; the error, if any.
QSqlError execute(
    const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

/// "Could not <action>: <SQLite's text>." — SQLite's text, its code and the driver's text are
/// kept in `detail`. A store failure is about no place in a file: `file` stays empty.
Diagnostic couldNot(const QString &action, const QSqlError &error);

/// "Could not <action>: no collection is open."
Diagnostic noCollectionOpen(const QString &action);

/// A failed Result (or Status, with T = void) carrying couldNot(action, error).
template<typename T> Result<T> failure(const QString &action, const QSqlError &error)
{
    return Result<T>::failure(couldNot(action, error));
}

/// A failed Result (or Status) carrying noCollectionOpen(action).
template<typename T> Result<T> notOpen(const QString &action)
{
    return Result<T>::failure(noCollectionOpen(action));
}

/// True for SQLite's "database disk image is malformed" and "file is not a database" — the
/// errors that mean the file is damaged, as opposed to busy, read-only or full.
bool isCorruption(const QSqlError &error);

/// Times are stored as UTC milliseconds since the epoch; an invalid QDateTime is NULL.
QVariant fromDateTime(const QDateTime &time);
QDateTime toDateTime(const QVariant &value);

/// A named QSqlDatabase connection of its own to one SQLite file, removed again when this goes
/// out of scope — so several stores, checks and threads never share or collide on a connection.
/// Queries made on it must be gone before it is.
class Connection
{
public:
    enum class Access { ReadWrite, ReadOnly };

    explicit Connection(const QString &path, Access access = Access::ReadWrite);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Opens the file (creating it when missing) with a 5 s busy timeout.
    QSqlError open();
    QSqlDatabase database() const { return m_database; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_database;
};

/// One write transaction: BEGIN IMMEDIATE (takes the write lock up front, so two connections never
/// deadlock upgrading a read lock), COMMIT on commit(), ROLLBACK when it goes out of scope before.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    QSqlError begin();
    QSqlError commit();

private:
    QSqlDatabase m_database;
    bool m_open = false;
};

} // namespace ArchDeck::StoreSql

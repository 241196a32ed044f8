// The collection's dated backups in `<data dir>/backups`: the store writes one on every start,
// keeps the newest seven and restores the newest sound one when the collection file is damaged.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace ArchDeck {

class StoreBackups
{
public:
    static constexpr int keptCount = 7;

    explicit StoreBackups(const QString &collectionDirectory);

    QString directory() const { return m_directory; }

    /// Backup files, newest first, by the UTC time in their names:
    /// collection-20250125-171500.sqlite3, then -2, -3 … when one second holds several.
    QStringList files() const;

    /// Writes a consistent copy of \a database with `VACUUM INTO` (compact, and readers and
    /// writers carry on meanwhile) to a file named for \a now; returns its path. The copy is
    /// written under a temporary name and renamed, so a crash never leaves half a backup in the
    /// list.
    Result<QString> create(const QSqlDatabase &database, const QDateTime &now) const;

    /// Deletes all but the newest keptCount backups, and leftovers of interrupted ones.
    void prune() const;

    /// The newest backup that passes quick_check; empty when there is none.
    QString newestHealthy() const;

private:
    QString m_directory;
};

} // namespace ArchDeck

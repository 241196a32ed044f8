// Setting a damaged collection file aside and putting the newest sound backup in its place. Used
// by CollectionStore::open(); the damaged file is never deleted.
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QString>

namespace ArchDeck {

class StoreBackups;

struct StoreRecovery
{
    QString setAsidePath; ///< <dir>/collection.corrupt-20250125-171500.sqlite3
    QString restoredFrom; ///< empty when no backup was sound: the collection starts empty
    StoreError error;
};

/// Renames \a databasePath with its -wal and -shm files to
/// `collection.corrupt-<UTC time>.sqlite3[-wal|-shm]` beside it (the WAL must move with its
/// database: replayed over a restored copy it would damage that too), then copies the newest
/// backup that passes quick_check to \a databasePath.
StoreRecovery recoverCollection(
    const QString &databasePath, const StoreBackups &backups, const QDateTime &now);

} // namespace ArchDeck

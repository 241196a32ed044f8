// Setting a damaged collection file aside and putting the newest sound backup in its place. Used
// by CollectionStore::open(); the damaged file is never deleted.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace ArchDeck {

class StoreBackups;

/// What recovering a damaged collection did. Default-constructed: nothing (the file was sound).
struct StoreRecovery
{
    QString problem; ///< what was wrong with the file: quick_check's complaint, "the file is empty"
    QString setAsidePath; ///< <dir>/collection.corrupt-20250125-171500.sqlite3
    QString restoredFrom; ///< empty when no backup was sound: the collection starts empty

    bool isRecovered() const { return !setAsidePath.isEmpty(); }
    /// The sentences the UI shows after a recovery; empty when there was none.
    QString notice() const;
};

/// Renames \a databasePath with its -wal and -shm files to
/// `collection.corrupt-<UTC time>.sqlite3[-wal|-shm]` beside it (the WAL must move with its
/// database: replayed over a restored copy it would damage that too), then copies the newest
/// backup that passes quick_check to \a databasePath. \a problem is why the file counts as
/// damaged. Fails, in a sentence for the user, when the file cannot be moved or the backup copied.
Result<StoreRecovery> recoverCollection(const QString &databasePath, const QString &problem,
    const StoreBackups &backups, const QDateTime &now);

} // namespace ArchDeck

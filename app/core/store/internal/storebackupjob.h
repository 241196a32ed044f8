// StoreBackupJob — the backup on start, made on a thread and a connection of its own, so opening a
// large collection does not wait for the copy (VACUUM INTO reads one consistent snapshot while
// the user reviews). Owned by CollectionStore, which waits for it when it closes.
#pragma once

#include "result.h"
#include "storebackups.h"

#include <QDateTime>
#include <QString>

#include <thread>

namespace ArchDeck {

class StoreBackupJob
{
public:
    /// Starts backing up \a databasePath into \a backups, then prunes them.
    StoreBackupJob(const QString &databasePath, const StoreBackups &backups, const QDateTime &now);
    ~StoreBackupJob();
    StoreBackupJob(const StoreBackupJob &) = delete;
    StoreBackupJob &operator=(const StoreBackupJob &) = delete;

    /// Waits for the backup; its path, or why it could not be made.
    Result<QString> wait();

private:
    std::thread m_thread;
    Result<QString> m_result; ///< written by the thread, read after joining it
};

} // namespace ArchDeck

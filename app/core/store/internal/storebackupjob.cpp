#include "storebackupjob.h"

#include "storesql.h"

using namespace Qt::StringLiterals;

namespace ArchDeck {

StoreBackupJob::StoreBackupJob(
    const QString &databasePath, const StoreBackups &backups, const QDateTime &now)
{
    m_thread = std::thread([this, databasePath, backups, now] {
        StoreSql::Connection connection(databasePath);
        if (const QSqlError error = connection.open(); error.isValid()) {
            m_result = StoreSql::failure<QString>(u"back up the collection"_s, error);
            return;
        }
        m_result = backups.create(connection.database(), now);
        if (m_result.isOk())
            backups.prune();
    });
}

StoreBackupJob::~StoreBackupJob()
{
    wait();
}

Result<QString> StoreBackupJob::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

} // namespace ArchDeck

#include "storerecovery.h"

#include "storebackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

const QStringList &companionSuffixes()
{
    static const QStringList suffixes {u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

QString setAsideName(const QString &directory, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = QDir(directory).filePath(u"collection.corrupt-%1.sqlite3"_s.arg(stamp));
    for (int n = 2; QFile::exists(path); ++n) {
        path = QDir(directory).filePath(u"collection.corrupt-%1-%2.sqlite3"_s.arg(stamp).arg(n));
    }
    return path;
}

} // namespace

StoreRecovery recoverCollection(
    const QString &databasePath, const StoreBackups &backups, const QDateTime &now)
{
    StoreRecovery recovery;
    recovery.setAsidePath = setAsideName(QFileInfo(databasePath).absolutePath(), now);
    if (!QFile::rename(databasePath, recovery.setAsidePath)) {
        recovery.error = {u"Your collection file %1 is damaged, and it could not be moved aside "
                          u"to %2; close other programs using it and start ArchDeck again."_s.arg(
                              databasePath, recovery.setAsidePath),
            {}};
        return recovery;
    }
    for (const QString &suffix : companionSuffixes()) {
        if (QFile::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, recovery.setAsidePath + suffix);
    }

    const QString backup = backups.newestHealthy();
    if (backup.isEmpty())
        return recovery;
    const QString restoring = databasePath + u".restoring"_s;
    QFile::remove(restoring);
    if (!QFile::copy(backup, restoring) || !QFile::rename(restoring, databasePath)) {
        QFile::remove(restoring);
        recovery.error = {u"Your collection file was damaged and moved to %1, but the backup %2 "
                          u"could not be copied in its place."_s.arg(recovery.setAsidePath, backup),
            {}};
        return recovery;
    }
    recovery.restoredFrom = backup;
    return recovery;
}

} // namespace ArchDeck

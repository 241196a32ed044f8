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

QString StoreRecovery::notice() const
{
    if (!isRecovered())
        return {};
    QString notice
        = u"Your collection file was damaged (%1). It was moved to %2 and kept there."_s.arg(
            problem, setAsidePath);
    if (restoredFrom.isEmpty()) {
        notice += u" No sound backup was found, so ArchDeck started a new, empty collection."_s;
    } else {
        notice += u" ArchDeck restored the newest sound backup, %1; reviews made after that "
                  u"backup are not in it."_s.arg(QFileInfo(restoredFrom).fileName());
    }
    return notice;
}

Result<StoreRecovery> recoverCollection(const QString &databasePath, const QString &problem,
    const StoreBackups &backups, const QDateTime &now)
{
    StoreRecovery recovery;
    recovery.problem = problem;
    recovery.setAsidePath = setAsideName(QFileInfo(databasePath).absolutePath(), now);
    if (!QFile::rename(databasePath, recovery.setAsidePath)) {
        return Result<StoreRecovery>::failure(Diagnostic::failure(
            u"Your collection file %1 is damaged, and it could not be moved aside to %2; close "
            u"other programs using it and start ArchDeck again."_s.arg(
                databasePath, recovery.setAsidePath)));
    }
    for (const QString &suffix : companionSuffixes()) {
        if (QFile::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, recovery.setAsidePath + suffix);
    }

    const QString backup = backups.newestHealthy();
    if (backup.isEmpty())
        return Result<StoreRecovery>::success(recovery);
    const QString restoring = databasePath + u".restoring"_s;
    QFile::remove(restoring);
    if (!QFile::copy(backup, restoring) || !QFile::rename(restoring, databasePath)) {
        QFile::remove(restoring);
        return Result<StoreRecovery>::failure(Diagnostic::failure(
            u"Your collection file was damaged and moved to %1, but the backup %2 could not be "
            u"copied in its place."_s.arg(recovery.setAsidePath, backup)));
    }
    recovery.restoredFrom = backup;
    return Result<StoreRecovery>::success(recovery);
}

} // namespace ArchDeck

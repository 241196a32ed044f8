#include "storebackups.h"

#include "storeintegrity.h"
#include "storesql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(
        u"^collection-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite3$"_s);
    return pattern;
}

/// "20250125-171500-0000000002": sorts as the backups were made.
QString sortKey(const QString &fileName)
{
    const QRegularExpressionMatch match = backupName().match(fileName);
    return match.captured(1) + u'-' + match.captured(2).rightJustified(10, u'0');
}

} // namespace

StoreBackups::StoreBackups(const QString &collectionDirectory)
    : m_directory(QDir(collectionDirectory).filePath(u"backups"_s))
{ }

QStringList StoreBackups::files() const
{
    QStringList names;
    const QStringList entries
        = QDir(m_directory).entryList({u"collection-*.sqlite3"_s}, QDir::Files);
    for (const QString &name : entries) {
        if (backupName().match(name).hasMatch())
            names.append(name);
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return sortKey(a) > sortKey(b); });
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(QDir(m_directory).filePath(name));
    return paths;
}

Result<QString> StoreBackups::create(const QSqlDatabase &database, const QDateTime &now) const
{
    if (!QDir().mkpath(m_directory))
        return Result<QString>::failure(
            Diagnostic::failure(u"Could not create the backup folder %1."_s.arg(m_directory)));

    const QString stamp = now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = QDir(m_directory).filePath(u"collection-%1.sqlite3"_s.arg(stamp));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_directory).filePath(u"collection-%1-%2.sqlite3"_s.arg(stamp).arg(n));

    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    const QSqlError error = StoreSql::execute(database, u"VACUUM INTO ?"_s, {partial});
    if (error.isValid()) {
        QFile::remove(partial);
        return StoreSql::failure<QString>(u"back up the collection to %1"_s.arg(path), error);
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Result<QString>::failure(Diagnostic::failure(
            u"Could not back up the collection: renaming %1 failed."_s.arg(partial)));
    }
    return Result<QString>::success(path);
}

void StoreBackups::prune() const
{
    const QStringList backups = files();
    for (qsizetype i = keptCount; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
    const QStringList leftovers
        = QDir(m_directory).entryList({u"collection-*.partial"_s}, QDir::Files);
    for (const QString &name : leftovers)
        QFile::remove(QDir(m_directory).filePath(name));
}

QString StoreBackups::newestHealthy() const
{
    const QStringList backups = files();
    for (const QString &path : backups) {
        if (checkDatabaseFile(path).isHealthy())
            return path;
    }
    return {};
}

} // namespace ArchDeck

#include "storeintegrity.h"

#include "storesql.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ArchDeck {

StoreCheck checkFromError(const QSqlError &error)
{
    StoreCheck check;
    check.verdict = StoreSql::isCorruption(error) ? StoreCheck::Verdict::Damaged
                                                  : StoreCheck::Verdict::Failed;
    check.problem = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    check.errorText = error.text();
    return check;
}

StoreCheck checkDatabase(const QSqlDatabase &database, StoreCheckDepth depth)
{
    QSqlQuery query(database);
    const QString pragma
        = depth == StoreCheckDepth::Quick ? u"PRAGMA quick_check"_s : u"PRAGMA integrity_check"_s;
    if (!StoreSql::exec(query, pragma))
        return checkFromError(query.lastError());
    QStringList complaints;
    while (query.next())
        complaints.append(query.value(0).toString());
    if (query.lastError().isValid())
        return checkFromError(query.lastError());
    if (complaints == QStringList {u"ok"_s})
        return {};
    StoreCheck check;
    check.verdict = StoreCheck::Verdict::Damaged;
    check.problem = complaints.isEmpty() ? pragma + u" returned nothing"_s : complaints.first();
    return check;
}

StoreCheck checkDatabaseFile(const QString &path, StoreCheckDepth depth)
{
    if (const QFileInfo info(path); !info.isFile()) {
        StoreCheck check;
        check.verdict = StoreCheck::Verdict::Failed;
        check.problem
            = info.exists() ? u"%1 is not a file"_s.arg(path) : u"%1 does not exist"_s.arg(path);
        return check;
    }
    StoreSql::Connection connection(path, StoreSql::Connection::Access::ReadOnly);
    if (const QSqlError error = connection.open(); error.isValid())
        return checkFromError(error);
    return checkDatabase(connection.database(), depth);
}

} // namespace ArchDeck

// CollectionStore: statistics over time — reviews per day for the calendar heatmap, cards due per
// day for the forecast, and which of the deck's cards the store has not seen yet.
#include "collectionstore.h"

#include "storesql.h"

#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

/// "WITH bound(i, at) AS (VALUES (0, ?), (1, ?), …)" for \a count boundaries, and their values.
/// Each interval is then one correlated COUNT over an index range, so a year of days costs one
/// statement and touches each row in range once.
QString boundsClause(const QList<qint64> &boundaries, QVariantList *values)
{
    QStringList rows;
    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        rows.append(u"(%1, ?)"_s.arg(i));
        values->append(boundaries.at(i));
    }
    return u"WITH bound(i, at) AS (VALUES %1) "_s.arg(rows.join(u", "_s));
}

QList<qint64> toMilliseconds(const QList<QDateTime> &times)
{
    QList<qint64> result;
    result.reserve(times.size());
    for (const QDateTime &time : times)
        result.append(time.toMSecsSinceEpoch());
    return result;
}

/// Runs a statement whose rows are one count each, in order.
Result<QList<int>> counts(const QSqlDatabase &database, const QString &action, const QString &sql,
    const QVariantList &values)
{
    QSqlQuery query(database);
    if (!StoreSql::exec(query, sql, values))
        return StoreSql::failure<QList<int>>(action, query.lastError());
    QList<int> result;
    while (query.next())
        result.append(query.value(0).toInt());
    if (query.lastError().isValid())
        return StoreSql::failure<QList<int>>(action, query.lastError());
    return {result, {}};
}

} // namespace

Result<QList<int>> CollectionStore::reviewCountsBetween(const QList<QDateTime> &boundaries) const
{
    const QString action = u"count the reviews per day"_s;
    if (!isOpen())
        return StoreSql::notOpen<QList<int>>(action);
    if (boundaries.size() < 2)
        return {{}, {}};
    QVariantList values;
    // Uses the index review_log_by_time for each range.
    const QString sql = boundsClause(toMilliseconds(boundaries), &values)
        + uR"(SELECT (SELECT COUNT(*) FROM review_log
        WHERE reviewed_ms >= b.at AND reviewed_ms < e.at)
FROM bound b JOIN bound e ON e.i = b.i + 1 ORDER BY b.i)"_s;
    return counts(database(), action, sql, values);
}

Result<QList<int>> CollectionStore::dueCountsUntil(const QList<QDateTime> &ends) const
{
    const QString action = u"count the cards due per day"_s;
    if (!isOpen())
        return StoreSql::notOpen<QList<int>>(action);
    if (ends.isEmpty())
        return {{}, {}};
    // A first boundary before any time, so the first interval takes every overdue card.
    QList<qint64> boundaries {std::numeric_limits<qint64>::min()};
    boundaries += toMilliseconds(ends);
    QVariantList values;
    // "phase <> 0" lets SQLite use the partial index card_due.
    const QString sql = boundsClause(boundaries, &values) + uR"(SELECT (SELECT COUNT(*) FROM card
        WHERE phase <> 0 AND due_ms > b.at AND due_ms <= e.at)
FROM bound b JOIN bound e ON e.i = b.i + 1 ORDER BY b.i)"_s;
    return counts(database(), action, sql, values);
}

Result<int> CollectionStore::unseenCardCount(const QStringList &cardIds) const
{
    const QString action = u"count the cards not studied yet"_s;
    if (!isOpen())
        return StoreSql::notOpen<int>(action);
    const QStringList ids(QSet<QString>(cardIds.cbegin(), cardIds.cend()).values());
    // In chunks: SQLite builds before 3.32 allow at most 999 bound values in one statement.
    constexpr qsizetype chunkSize = 500;
    qsizetype stored = 0;
    for (qsizetype first = 0; first < ids.size(); first += chunkSize) {
        const QStringList chunk = ids.mid(first, chunkSize);
        QStringList marks;
        QVariantList values;
        for (const QString &id : chunk) {
            marks.append(u"?"_s);
            values.append(id);
        }
        QSqlQuery query(database());
        if (!StoreSql::exec(query,
                u"SELECT COUNT(*) FROM card WHERE card_id IN (%1)"_s.arg(marks.join(u", "_s)),
                values)
            || !query.next())
            return StoreSql::failure<int>(action, query.lastError());
        stored += query.value(0).toInt();
    }
    return {int(ids.size() - stored), {}};
}

} // namespace ArchDeck

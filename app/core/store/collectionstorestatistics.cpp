// CollectionStore: the counts the statistics screen and `archdeck stats` start from.
#include "collectionstore.h"

#include "storesql.h"

using namespace Qt::StringLiterals;

namespace ArchDeck {

Result<PhaseCounts> CollectionStore::countsByPhase() const
{
    const QString action = u"count the cards"_s;
    if (!isOpen())
        return StoreSql::notOpen<PhaseCounts>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, u"SELECT phase, COUNT(*) FROM card GROUP BY phase"_s))
        return StoreSql::failure<PhaseCounts>(action, query.lastError());
    PhaseCounts counts;
    while (query.next()) {
        const int count = query.value(1).toInt();
        switch (static_cast<CardPhase>(query.value(0).toInt())) {
        case CardPhase::New:
            counts.newCards = count;
            break;
        case CardPhase::Learning:
            counts.learning = count;
            break;
        case CardPhase::Review:
            counts.review = count;
            break;
        case CardPhase::Relearning:
            counts.relearning = count;
            break;
        }
    }
    return {counts, {}};
}

Result<int> CollectionStore::dueCount(const QDateTime &time) const
{
    const QString action = u"count the due cards"_s;
    if (!isOpen())
        return StoreSql::notOpen<int>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, u"SELECT COUNT(*) FROM card WHERE phase <> 0 AND due_ms <= ?"_s,
            {StoreSql::fromDateTime(time)})
        || !query.next())
        return StoreSql::failure<int>(action, query.lastError());
    return {query.value(0).toInt(), {}};
}

Result<ReviewSummary> CollectionStore::reviewSummary(
    const QDateTime &from, const QDateTime &to) const
{
    const QString action = u"summarise the reviews"_s;
    if (!isOpen())
        return StoreSql::notOpen<ReviewSummary>(action);
    // One pass over the range (index review_log_by_time). "Review" is phase 2; Again is rating 1.
    const QString sql = uR"(SELECT COUNT(*),
    COALESCE(SUM(rating = 1), 0), COALESCE(SUM(rating = 2), 0),
    COALESCE(SUM(rating = 3), 0), COALESCE(SUM(rating = 4), 0),
    COALESCE(SUM(phase_before = 0), 0),
    COALESCE(SUM(phase_before = 2 AND scheduled_days_before < %1), 0),
    COALESCE(SUM(phase_before = 2 AND scheduled_days_before < %1 AND rating > 1), 0),
    COALESCE(SUM(phase_before = 2 AND scheduled_days_before >= %1), 0),
    COALESCE(SUM(phase_before = 2 AND scheduled_days_before >= %1 AND rating > 1), 0),
    COALESCE(SUM(duration_ms), 0)
FROM review_log WHERE reviewed_ms >= ? AND reviewed_ms < ?)"_s.arg(ReviewSummary::matureDays);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, sql, {StoreSql::fromDateTime(from), StoreSql::fromDateTime(to)})
        || !query.next())
        return StoreSql::failure<ReviewSummary>(action, query.lastError());
    ReviewSummary summary;
    int column = 0;
    for (int *field : {&summary.reviews, &summary.again, &summary.hard, &summary.good,
             &summary.easy, &summary.newCardsStudied, &summary.youngReviews, &summary.youngPassed,
             &summary.matureReviews, &summary.maturePassed})
        *field = query.value(column++).toInt();
    summary.totalDurationMs = query.value(column).toLongLong();
    return {summary, {}};
}

} // namespace ArchDeck

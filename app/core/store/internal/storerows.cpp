#include "storerows.h"

#include "storesql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ArchDeck::StoreRows {

QString schedulingColumns(const QString &suffix)
{
    const QStringList names {u"phase%1"_s, u"due%1_ms"_s, u"stability%1"_s, u"difficulty%1"_s,
        u"elapsed_days%1"_s, u"scheduled_days%1"_s, u"learning_steps%1"_s, u"reps%1"_s,
        u"lapses%1"_s, u"last_review%1_ms"_s};
    QStringList columns;
    for (const QString &name : names)
        columns.append(name.arg(suffix));
    return columns.join(u", "_s);
}

QString reviewColumns()
{
    return u"card.card_id, review_log.id, reviewed_ms, rating, duration_ms, %1, %2"_s.arg(
        schedulingColumns(u"_before"_s), schedulingColumns(u"_after"_s));
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

QVariantList schedulingValues(const SchedulingState &state)
{
    return {static_cast<int>(state.phase), StoreSql::fromDateTime(state.due), state.stability,
        state.difficulty, state.elapsedDays, state.scheduledDays, state.learningSteps, state.reps,
        state.lapses, StoreSql::fromDateTime(state.lastReview)};
}

SchedulingState readScheduling(const QSqlQuery &query, int first)
{
    SchedulingState state;
    state.phase = static_cast<CardPhase>(query.value(first).toInt());
    state.due = StoreSql::toDateTime(query.value(first + 1));
    state.stability = query.value(first + 2).toDouble();
    state.difficulty = query.value(first + 3).toDouble();
    state.elapsedDays = query.value(first + 4).toInt();
    state.scheduledDays = query.value(first + 5).toInt();
    state.learningSteps = query.value(first + 6).toInt();
    state.reps = query.value(first + 7).toInt();
    state.lapses = query.value(first + 8).toInt();
    state.lastReview = StoreSql::toDateTime(query.value(first + 9));
    return state;
}

ReviewRecord readReview(const QSqlQuery &query)
{
    ReviewRecord review;
    review.cardId = query.value(0).toString();
    review.id = query.value(1).toLongLong();
    review.reviewedAt = StoreSql::toDateTime(query.value(2));
    review.rating = static_cast<Rating>(query.value(3).toInt());
    review.durationMs = query.value(4).toLongLong();
    review.before = readScheduling(query, 5);
    review.after = readScheduling(query, 5 + schedulingColumnCount);
    return review;
}

} // namespace ArchDeck::StoreRows

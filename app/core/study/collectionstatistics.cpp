#include "collectionstatistics.h"

#include "collectionstore.h"
#include "studyday.h"

#include <algorithm>

namespace ArchDeck {

namespace {

void countPhase(PhaseCounts &counts, CardPhase phase)
{
    switch (phase) {
    case CardPhase::New:
        ++counts.newCards;
        break;
    case CardPhase::Learning:
        ++counts.learning;
        break;
    case CardPhase::Review:
        ++counts.review;
        break;
    case CardPhase::Relearning:
        ++counts.relearning;
        break;
    }
}

} // namespace

Result<CollectionStatistics> CollectionStatistics::gather(
    const CollectionStore &store, const QStringList &cardIds, const QDateTime &now)
{
    const StudyDay day = StudyDay::containing(now);
    const auto states = store.allCardStates();
    const auto today = store.reviewSummary(day.start(), day.end());
    const auto recent = store.reviewSummary(day.addDays(1 - recentDays).start(), day.end());
    for (const Diagnostics &diagnostics :
        {states.diagnostics, today.diagnostics, recent.diagnostics})
        if (hasErrors(diagnostics))
            return {{}, diagnostics};

    CollectionStatistics statistics;
    statistics.today = today.value;
    statistics.recent = recent.value;
    for (const QString &id : cardIds) {
        const SchedulingState state = states.value.value(id); // New when the store has not seen it
        countPhase(statistics.cards, state.phase);
        switch (StudyDay::due(state, now)) {
        case StudyDay::Due::Now:
            ++statistics.dueNow;
            break;
        case StudyDay::Due::LaterToday:
            ++statistics.dueLaterToday;
            if (!statistics.nextDueToday.isValid() || state.due < statistics.nextDueToday)
                statistics.nextDueToday = state.due;
            break;
        case StudyDay::Due::AfterToday:
        case StudyDay::Due::Unscheduled:
            break;
        }
    }
    return Result<CollectionStatistics>::success(statistics);
}

Result<QList<int>> CollectionStatistics::dueForecast(
    const CollectionStore &store, const QStringList &cardIds, const QDateTime &now, int days)
{
    const auto states = store.allCardStates();
    if (!states.isOk())
        return {{}, states.diagnostics};
    const QDate today = StudyDay::containing(now).date();
    const QList<QDateTime> ends = StudyDay::boundaries(today, today.addDays(days - 1)).mid(1);
    QList<int> counts(days, 0);
    for (const QString &id : cardIds) {
        const auto state = states.value.constFind(id);
        if (state == states.value.cend() || state->phase == CardPhase::New)
            continue;
        // The first day whose end is at or after the due time: a card due as a day ends is due
        // that day, as the queue counts it.
        const auto day = std::lower_bound(ends.cbegin(), ends.cend(), state->due);
        if (day != ends.cend())
            ++counts[day - ends.cbegin()];
    }
    return Result<QList<int>>::success(counts);
}

} // namespace ArchDeck

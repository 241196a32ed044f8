// CollectionStatistics — the figures the statistics screen and `archdeck stats` both show, computed
// in one place: cards by state, what is due today (now and later today, by the review queue's own
// rule, StudyDay::due), reviews today, and true retention and time per review over the last 30
// study days. Also the due forecast, over the same cards; the heatmap is the screen's business.
#pragma once

#include "result.h"
#include "storevalues.h"

#include <QDateTime>
#include <QStringList>

namespace ArchDeck {

class CollectionStore;

struct CollectionStatistics
{
    /// The window for retention and time per review: this many study days, today included.
    static constexpr int recentDays = 30;

    PhaseCounts cards; ///< the cards asked about; those the store has not seen count as new
    int dueNow = 0; ///< in the review queue now: steps due by now, reviews due by the day's end
    int dueLaterToday = 0; ///< learning and relearning steps falling due later this study day
    QDateTime nextDueToday; ///< UTC, the first of those; invalid when there are none
    ReviewSummary today; ///< grades given this study day
    ReviewSummary recent; ///< grades given in the last recentDays study days

    /// Cards past New due by the end of the study day, overdue ones included (`due_today`).
    int dueToday() const { return dueNow + dueLaterToday; }

    /// Reads the figures for \a cardIds (the deck's questions: cards the store keeps but the deck
    /// no longer has are never asked, so they do not count) as they stand at \a now.
    static Result<CollectionStatistics> gather(
        const CollectionStore &store, const QStringList &cardIds, const QDateTime &now);

    /// How many of \a cardIds fall due on each of the \a days study days from today's: [0] counts
    /// those due by the end of today (overdue ones too, so it equals dueToday()), [i] those due on
    /// the i-th day after. For the statistics screen's forecast.
    static Result<QList<int>> dueForecast(
        const CollectionStore &store, const QStringList &cardIds, const QDateTime &now, int days);
};

} // namespace ArchDeck

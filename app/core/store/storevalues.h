// Values the CollectionStore returns besides the shared review types: a card with its stored
// state, a filter for finding cards by state, and the counts the statistics screen starts from.
#pragma once

#include "reviewtypes.h"

#include <QList>

#include <optional>

namespace ArchDeck {

/// A card the store knows, with its scheduling state now.
struct StoredCard
{
    QString cardId; ///< "q04-outbox-pattern"
    QDateTime addedAt; ///< when the store first saw it; new cards are introduced in this order
    SchedulingState state;
};

/// Which stored cards to find: every set condition must hold. The text of cards lives in the
/// deck, not here — the browser's word search narrows by id through its own index.
struct StoredCardFilter
{
    enum class Order { ByCardId, ByDue, ByStability, ByDifficulty, ByLapses };

    QString idContains; ///< case-insensitive substring of the card id
    QList<CardPhase> phases; ///< any of these; empty means all
    QDateTime dueAtOrBefore; ///< invalid means no bound
    std::optional<double> minStability, maxStability; ///< inclusive, days
    std::optional<double> minDifficulty, maxDifficulty; ///< inclusive, 1–10
    std::optional<int> minLapses;
    Order order = Order::ByCardId;
    int limit = 100;
};

struct PhaseCounts
{
    int newCards = 0;
    int learning = 0;
    int review = 0;
    int relearning = 0;

    int total() const { return newCards + learning + review + relearning; }
};

/// Reviews in a time range, for the statistics screen and `archdeck stats`.
struct ReviewSummary
{
    /// A review card counts as mature when the interval before the grade was this long or longer.
    static constexpr int matureDays = 21;

    int reviews = 0;
    int again = 0, hard = 0, good = 0, easy = 0;
    int newCardsStudied = 0; ///< reviews of cards that were New: today's share of the new limit
    int youngReviews = 0, youngPassed = 0; ///< of cards in Review before the grade, interval < 21 d
    int matureReviews = 0, maturePassed = 0; ///< … interval ≥ 21 d; passed = Hard, Good or Easy
    qint64 totalDurationMs = 0;

    /// True retention: the share of review-phase grades that were not Again; 0 with none.
    double passRate() const
    {
        const int graded = youngReviews + matureReviews;
        return graded == 0 ? 0.0 : double(youngPassed + maturePassed) / graded;
    }
    double averageDurationMs() const
    {
        return reviews == 0 ? 0.0 : double(totalDurationMs) / reviews;
    }
};

/// How the open collection is set up, for diagnostics and tests.
struct StoreStatus
{
    QString journalMode; ///< "wal"
    bool foreignKeys = false;
    int synchronous = 0; ///< 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    int schemaVersion = 0;
};

} // namespace ArchDeck

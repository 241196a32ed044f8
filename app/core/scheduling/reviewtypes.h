// Spaced-repetition value types shared by the scheduler (FSRS-6), the collection store and the
// review screen. Field meanings follow ts-fsrs 5.4 (the reference implementation ArchDeck matches).
#pragma once

#include <QDateTime>
#include <QString>

namespace ArchDeck {

/// The four grades, numbered as FSRS numbers them.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

/// Where a card is in its life (ts-fsrs `State`).
enum class CardPhase { New = 0, Learning = 1, Review = 2, Relearning = 3 };

/// A card's scheduling state after its latest review (ts-fsrs `Card`). Times are UTC.
struct SchedulingState
{
    CardPhase phase = CardPhase::New;
    QDateTime due;           ///< when the card is next due; invalid for a card never scheduled
    double stability = 0;    ///< S, days
    double difficulty = 0;   ///< D, 1–10
    int elapsedDays = 0;     ///< days between the last two reviews
    int scheduledDays = 0;   ///< interval given by the last review, days (0 for learning steps)
    int learningSteps = 0;   ///< index into the (re)learning steps
    int reps = 0;
    int lapses = 0;
    QDateTime lastReview;    ///< invalid before the first review
};

/// One row of the review log: a grade given to a card, with the state before and after.
struct ReviewRecord
{
    qint64 id = 0; ///< assigned by the store
    QString cardId;
    QDateTime reviewedAt; ///< UTC
    Rating rating = Rating::Good;
    qint64 durationMs = 0; ///< time the user spent on the card
    SchedulingState before;
    SchedulingState after;
};

} // namespace ArchDeck

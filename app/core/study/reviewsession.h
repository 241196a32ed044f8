// ReviewSession — today's review queue and what grading does to it. Learning and relearning cards
// come first when due, then review cards due today, then new cards up to the daily limit (the
// collection setting `new_cards_per_day`, default 10); "today" is the study day (StudyDay). Grading
// schedules the card with FSRS-6, saves it through the store and moves on; undo puts the last grade
// back. Time comes from a Clock so tests run a day in microseconds. Used by the review screen; no
// widgets.
#pragma once

#include "fsrsscheduler.h"
#include "result.h"
#include "reviewtypes.h"

#include <QList>
#include <optional>

namespace ArchDeck {

class Clock;
class CollectionStore;
class Deck;
struct Card;

class ReviewSession
{
public:
    /// What is left of today's queue, by kind (StudyDay::due decides what is due now).
    struct Counts
    {
        int learning = 0; ///< learning and relearning cards due now
        int review = 0; ///< review cards due today
        int fresh = 0; ///< new cards still allowed today
        int learningLater = 0; ///< learning and relearning steps due later today: not yet asked

        /// Cards to answer now; learningLater is not part of it.
        int total() const { return learning + review + fresh; }
    };

    /// The grades given since the session began (undone ones taken back), for the summary the
    /// finished screen shows.
    struct Tally
    {
        int cards = 0; ///< different cards graded
        int reviews = 0; ///< grades given: a card asked again after Again counts twice
        int again = 0, hard = 0, good = 0, easy = 0;
        qint64 durationMs = 0; ///< time spent on the cards, as given to grade()
    };

    static constexpr int defaultNewCardsPerDay = 10;

    ReviewSession(CollectionStore *store, const Deck *deck, const Clock *clock);

    /// Registers the deck's questions with the store and builds today's queue. Call again to
    /// refresh (after a settings change, or when learning cards come due).
    Status rebuild();

    /// The card to show now, or nullptr when nothing is due now.
    const Card *current() const;
    SchedulingState currentState() const { return m_currentState; }
    /// What each grade would do to the current card (the buttons' intervals).
    FsrsPreview preview() const;
    Counts counts() const { return m_counts; }

    /// Grades the current card and moves on; `durationMs` is the time the user spent on it.
    Status grade(Rating rating, qint64 durationMs);
    bool canUndo() const { return !m_graded.isEmpty(); }
    /// Puts the latest grade back: the card is current again, in its state before.
    Status undo();

    /// When the next card not due now falls due (invalid when the deck is empty or every card is
    /// new): the first of the learning steps due later today, when there are some.
    QDateTime nextDue() const { return m_nextDue; }
    /// Grades given this study day, in this session or before: the current card is number
    /// reviewsToday() + 1 of reviewsToday() + counts().total().
    int reviewsToday() const { return m_reviewsToday; }
    Tally tally() const;

    const FsrsScheduler &scheduler() const { return m_scheduler; }

    /// Grades `cardId` outside the queue (a mock interview's review) as grade() would: FSRS-6 with
    /// the collection's desired retention, from the card's stored state (a card never added is
    /// added first), saved as one review. Returns what was saved.
    static Result<ReviewRecord> gradeCard(CollectionStore *store, const QString &cardId,
        Rating rating, const QDateTime &now, qint64 durationMs);

private:
    struct Entry
    {
        QString cardId;
        SchedulingState state;
    };
    struct Graded
    {
        QString cardId;
        Rating rating;
        qint64 durationMs;
    };

    Status loadSettings();
    /// The default parameters with the collection's desired retention, when it holds a valid one.
    static Result<FsrsParameters> parametersFrom(const CollectionStore &store);

    CollectionStore *m_store;
    const Deck *m_deck;
    const Clock *m_clock;
    FsrsScheduler m_scheduler;
    int m_newPerDay = defaultNewCardsPerDay;
    std::optional<Entry> m_current;
    SchedulingState m_currentState;
    Counts m_counts;
    QDateTime m_nextDue;
    int m_reviewsToday = 0;
    QList<Graded> m_graded; ///< this session's grades, oldest first; undo takes the last back
};

} // namespace ArchDeck

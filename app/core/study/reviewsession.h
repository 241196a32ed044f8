// ReviewSession — today's review queue and what grading does to it. Learning and relearning cards
// come first when due, then review cards due today, then new cards up to the daily limit (the
// collection setting `new_cards_per_day`, default 10). Grading schedules the card with FSRS-6,
// saves it through the store and moves on; undo puts the last grade back. Time comes from a
// Clock so tests run a day in microseconds. Used by the review screen; no widgets.
#pragma once

#include "fsrsscheduler.h"
#include "reviewtypes.h"
#include "storeerror.h"

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
    struct Counts
    {
        int learning = 0; ///< learning and relearning cards due now
        int review = 0; ///< review cards due today
        int fresh = 0; ///< new cards still allowed today

        int total() const { return learning + review + fresh; }
    };

    static constexpr int defaultNewCardsPerDay = 10;

    ReviewSession(CollectionStore *store, const Deck *deck, const Clock *clock);

    /// Registers the deck's questions with the store and builds today's queue. Call again to
    /// refresh (after a settings change, or when learning cards come due).
    StoreError rebuild();

    /// The card to show now, or nullptr when nothing is due now.
    const Card *current() const;
    SchedulingState currentState() const { return m_currentState; }
    /// What each grade would do to the current card (the buttons' intervals).
    FsrsPreview preview() const;
    Counts counts() const { return m_counts; }

    /// Grades the current card and moves on; `durationMs` is the time the user spent on it.
    StoreError grade(Rating rating, qint64 durationMs);
    bool canUndo() const { return m_undoable > 0; }
    /// Puts the latest grade back: the card is current again, in its state before.
    StoreError undo();

    /// When the next card falls due, once nothing is due now (invalid when the deck is empty
    /// or every card is new and today's new cards are done).
    QDateTime nextDue() const { return m_nextDue; }

    /// The end of the study day containing `time`: the next 4 a.m., local time (as Anki counts
    /// days, so a late-night session still belongs to "today").
    static QDateTime dayEnd(const QDateTime &time);

    const FsrsScheduler &scheduler() const { return m_scheduler; }

private:
    struct Entry
    {
        QString cardId;
        SchedulingState state;
    };

    StoreError loadSettings();

    CollectionStore *m_store;
    const Deck *m_deck;
    const Clock *m_clock;
    FsrsScheduler m_scheduler;
    int m_newPerDay = defaultNewCardsPerDay;
    std::optional<Entry> m_current;
    SchedulingState m_currentState;
    Counts m_counts;
    QDateTime m_nextDue;
    int m_undoable = 0; ///< grades given in this session that can still be undone
};

} // namespace ArchDeck

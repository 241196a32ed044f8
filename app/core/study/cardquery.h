// CardQuery — ArchDeck's one card search language, used by the card browser and the study
// window's filter. Parsed once, matched against many cards.
//
//   dlq retry                 both words (title, answer or tags), any order
//   "visibility timeout"      the exact phrase
//   -lambda                   without the word (any term, or a group, can be negated)
//   section:messaging         section name contains "messaging" (quote names with spaces)
//   tag:sqs                   has the tag
//   is:new  is:learning  is:review  is:relearning  is:due
//   prop:s>10  prop:d<5  prop:r<0.9  prop:lapses>=2  prop:reps=0  prop:ivl>30
//   prop:wb<0.8  prop:wblast>=0.5   best / last whiteboard score (0–1); never drawn: no match
//   a b or c                  (a AND b) OR c — AND binds tighter; ( ) group
//
// Text is compared after normalized(): case, accents, hyphens and punctuation do not matter, so
// `dead-letter`, `"dead letter"` and `Dead Letter` all find "dead-letter queue". A query with an
// error matches no card; its error says where (to underline it) and what, in a sentence.
#pragma once

#include "card.h"
#include "diagnostic.h"
#include "reviewtypes.h"
#include "whiteboardvalues.h"

#include <QString>

#include <memory>
#include <optional>

namespace ArchDeck {

class FsrsScheduler;

/// A card's review state at one moment, as is: and prop: terms see it.
struct CardReviewFacts
{
    SchedulingState state;
    double retrievability = 0; ///< probability of recall at that moment; 0 for new cards
    bool isDue = false; ///< due at that moment or earlier (learning cards included)

    static CardReviewFacts at(
        const SchedulingState &state, const QDateTime &now, const FsrsScheduler &scheduler);
};

/// What a query is matched against: one card and what is known about it.
struct CardQueryInput
{
    const Card &card;
    const QString &searchText; ///< CardQuery::searchText(card); callers with many cards cache it
    /// nullptr when the card has no review state (a reference page, or no collection is open):
    /// is: and prop: terms then never match it.
    const CardReviewFacts *review = nullptr;
    /// nullptr when the card was never drawn from memory: prop:wb and prop:wblast never match it.
    const WhiteboardScore *whiteboard = nullptr;
};

/// What is wrong with a query, and where: `start` and `length` index the query text (as QString
/// positions) so a search box can underline the bad term. "prop:x>1" →
/// {0, 8, "unknown property 'x' — use s, d, r, lapses, reps, ivl, wb or wblast"}.
struct CardQueryError
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString message;

    /// The same error as a Diagnostic (column = start + 1, 1-based like compilers count).
    Diagnostic toDiagnostic() const;
};

class CardQuery
{
public:
    struct Node;

    /// Whether the cards searched come with review states. Without them is: and prop: terms are
    /// errors ("is:due needs your review collection, which is not open").
    enum class ReviewStates { Available, Unavailable };

    CardQuery();
    ~CardQuery();
    CardQuery(CardQuery &&) noexcept;
    CardQuery &operator=(CardQuery &&) noexcept;

    static CardQuery parse(
        const QString &text, ReviewStates reviewStates = ReviewStates::Available);

    /// No terms at all (blank text): every card matches.
    bool isEmpty() const { return !m_root && !m_error; }
    bool hasError() const { return m_error.has_value(); }
    /// The first problem found, if any. A query with an error matches nothing.
    std::optional<CardQueryError> error() const { return m_error; }
    bool matches(const CardQueryInput &input) const;

    /// The text a card is matched against: normalized title, answer and tags.
    static QString searchText(const Card &card);
    /// Case-folded, accents dropped, apostrophes dropped, every other run of punctuation and
    /// space one space: "At-least-once (SQS)" → "at least once sqs", "Don't" → "dont".
    static QString normalized(const QString &text);

private:
    std::unique_ptr<Node> m_root;
    std::optional<CardQueryError> m_error;
};

} // namespace ArchDeck

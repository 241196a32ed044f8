// CardQuery — the card browser's search language, parsed once and matched against many cards.
//
//   dlq retry                 both words (title, answer or tags), any order
//   "visibility timeout"      the exact phrase
//   -lambda                   without the word (any term can be negated)
//   section:messaging         section name contains "messaging" (quote names with spaces)
//   tag:sqs                   has the tag
//   is:new  is:learning  is:review  is:relearning  is:due
//   prop:s>10  prop:d<5  prop:r<0.9  prop:lapses>=2  prop:reps=0  prop:ivl>30
//   a b or c                  (a AND b) OR c — AND binds tighter; ( ) group
//
// Used by the card browser's model; pure, table-tested.
#pragma once

#include "card.h"
#include "reviewtypes.h"

#include <QString>
#include <memory>

namespace ArchDeck {

/// What a query is matched against: one card, its scheduling state, and values computed once.
struct CardQueryInput
{
    const Card &card;
    const SchedulingState &state;
    QString searchText; ///< lower-cased title, answer and tags
    double retrievability = 0; ///< now; 0 for new cards
    bool isDue = false; ///< due now or earlier (learning cards included)
};

class CardQuery
{
public:
    struct Node;

    CardQuery();
    ~CardQuery();
    CardQuery(CardQuery &&) noexcept;
    CardQuery &operator=(CardQuery &&) noexcept;

    /// Parses `text`. On a syntax error returns an empty query and sets `error` to a sentence
    /// naming the problem ("unknown property 'x' — use s, d, r, lapses, reps or ivl").
    static CardQuery parse(const QString &text, QString *error = nullptr);

    bool isEmpty() const { return !m_root; }
    bool matches(const CardQueryInput &input) const;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace ArchDeck

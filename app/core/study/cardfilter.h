// CardFilter — the study window's "type to narrow" filter: every word typed must occur in the
// card's title, answer or tags (case-insensitive, prefix-free substring match).
//   "dlq poison" matches Q21 ("SQS DLQ growing fast…", whose answer mentions poison messages).
#pragma once

#include "card.h"

#include <QStringList>

namespace ArchDeck {

class CardFilter
{
public:
    CardFilter() = default;
    explicit CardFilter(const QString &query);

    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const Card &card) const;

    /// The lower-cased text a card is matched against; callers with many cards cache it.
    static QString searchText(const Card &card);
    bool matchesSearchText(const QString &searchText) const;

private:
    QStringList m_words;
};

} // namespace ArchDeck

#include "cardfilter.h"

#include <algorithm>

namespace ArchDeck {

CardFilter::CardFilter(const QString &query)
    : m_words(query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
{ }

bool CardFilter::matches(const Card &card) const
{
    return isEmpty() || matchesSearchText(searchText(card));
}

QString CardFilter::searchText(const Card &card)
{
    return (card.title + QLatin1Char('\n') + card.answer + QLatin1Char('\n')
        + card.tags.join(QLatin1Char(' ')))
        .toLower();
}

bool CardFilter::matchesSearchText(const QString &searchText) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&](const QString &word) { return searchText.contains(word); });
}

} // namespace ArchDeck

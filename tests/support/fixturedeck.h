// The small deck GUI tests run on (tests/data/fixture-deck): 6 questions in 3 sections and a
// reference page, each question with a diagram. GUI tests use it instead of the bundled deck, so
// editing a bundled card never breaks them.
#pragma once

#include "deck.h"

#include <QString>

inline QString fixtureDeckPath()
{
    return QStringLiteral(ARCHDECK_TEST_DATA "/fixture-deck");
}

inline ArchDeck::Deck loadFixtureDeck()
{
    return ArchDeck::Deck::load(fixtureDeckPath(), QStringLiteral("fixture-deck/"));
}

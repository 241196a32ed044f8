// The bundled diagrams as the benchmarks feed them to the engine: each question card's DOT with
// its file name. Shared by bench_layout and bench_whiteboard.
#pragma once

#include "deck.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct BenchDiagram
{
    QString name;
    QByteArray dot;
};

inline QList<BenchDiagram> bundledDiagrams(const ArchDeck::Deck &deck)
{
    QList<BenchDiagram> diagrams;
    for (const ArchDeck::Card &card : deck.cards())
        if (card.isQuestion())
            diagrams.append({card.diagram, deck.readDiagram(card).value});
    return diagrams;
}

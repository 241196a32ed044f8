// Values the CollectionStore keeps for the whiteboard: the user's own versions of a card's
// diagram, and the attempts at drawing it from memory with their scores. The diagram editor saves
// versions; the whiteboard challenge records attempts; the card, the browser and `prop:wb` read
// the scores.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ArchDeck {

/// One of the user's versions of a card's diagram. Editing starts a version and autosaves into
/// it; restoring an old one starts a new version with its text. The bundled reference is never a
/// version: a card with no current version shows the reference.
struct DiagramVersion
{
    int version = 0; ///< 1, 2, 3… per card, in the order they were started
    QByteArray dot; ///< UTF-8 DOT text
    QDateTime savedAt; ///< the last autosave into it (UTC)
    bool isCurrent = false; ///< what the card shows; at most one version per card is
    QDateTime startedAt; ///< when the editing session that made it began (UTC)
};

/// One attempt at drawing a card's diagram from memory, checked against the reference.
struct WhiteboardAttempt
{
    qint64 id = 0; ///< assigned by the store
    QString cardId;
    QDateTime startedAt; ///< the empty canvas was shown (UTC)
    QDateTime finishedAt; ///< Check was pressed (UTC)
    QByteArray drawing; ///< what the user drew, as DOT
    double score = 0; ///< F1 over nodes and edges, 0–1
    /// "you missed", one entry a line: {"Outbox relay", "Relay → Topic"}. Line breaks inside an
    /// entry are stored as spaces.
    QStringList missed;

    qint64 durationMs() const { return startedAt.msecsTo(finishedAt); }
};

/// A card's whiteboard record, for the card, the browser's columns and `prop:wb`.
struct WhiteboardScore
{
    double best = 0; ///< the highest score of any attempt
    double last = 0; ///< the score of the attempt started last
    int attempts = 0;
    QDateTime lastAt; ///< when the last attempt was checked (UTC)
};

} // namespace ArchDeck

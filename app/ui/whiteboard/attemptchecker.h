// AttemptChecker — one attempt at drawing a card's diagram from memory, from the canvas it starts
// on to its verdict: the drawing compared with the card's reference (DiagramDiff, with the user's
// synonyms) and saved as a WhiteboardAttempt with its score, what was missed and the time taken by
// the injected clock. The Whiteboard's Draw It Yourself and review by drawing both start and
// check attempts through it, so a drawing scores the same wherever it was made.
//
//   AttemptChecker checker(clock);
//   checker.setCollection(store);
//   checker.setSynonymsFile(dataDir + u"/synonyms.txt"_s);          // "payments = billing"
//   document->load(AttemptChecker::startingDrawing(reference, AttemptChecker::Start::Empty));
//   checker.start(u"q04-outbox-pattern"_s);                        // the canvas is on screen
//   …
//   const AttemptCheck checked = checker.check(reference, document->graph(), document->text());
//   // checked.diff.score 0.78, checked.attempt.durationMs() 95000, checked.problem empty
#pragma once

#include "diagramdiff.h"
#include "diagramgraph.h"
#include "labelsynonyms.h"
#include "result.h"
#include "whiteboardvalues.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ArchDeck {

class Clock;
class CollectionStore;

/// What checking a drawing gives: the diff, and the attempt as saved (its id 0 when it was not).
struct AttemptCheck
{
    DiagramDiff diff;
    WhiteboardAttempt attempt;
    /// What the user should hear of: the attempt was not saved ("the attempt was not saved: disk
    /// full"), or the synonyms file was read only in part. Empty when all went well.
    QString problem;
};

class AttemptChecker
{
public:
    /// What the canvas shows when an attempt starts.
    enum class Start {
        Empty, ///< nothing
        StarterNodes, ///< the reference's clients and actors, where a flow begins
    };

    explicit AttemptChecker(const Clock &clock);

    /// Where attempts are saved; nullptr: they are checked but not kept.
    void setCollection(CollectionStore *store) { m_store = store; }
    /// The user's own synonym groups for the diff, beside the built-in ones (a file that does not
    /// exist adds none).
    void setSynonymsFile(const QString &path) { m_synonymsFile = path; }
    QString synonymsFile() const { return m_synonymsFile; }

    /// An attempt at `cardId` starts now: the canvas is on screen.
    void start(const QString &cardId);
    QString cardId() const { return m_cardId; }
    QDateTime startedAt() const { return m_startedAt; }

    /// Compares `drawing` (its DOT `drawingText`) with `reference` and saves the attempt, finished
    /// now, to the collection.
    AttemptCheck check(
        const DiagramGraph &reference, const DiagramGraph &drawing, const QByteArray &drawingText);

    /// The built-in synonyms and those of the synonyms file; its errors (the good lines still
    /// count) as diagnostics.
    Result<LabelSynonyms> synonyms() const;

    /// What an attempt starts from: an empty graph with the reference's direction (digraph or
    /// graph) and rankdir (LR when it sets none), so the two lay out alike — with `start`
    /// StarterNodes, the reference's clients and actors on it, with their ids, kinds and labels.
    static QByteArray startingDrawing(const DiagramGraph &reference, Start start);
    /// The same before the reference is read: the empty drawing `referenceDot` most likely gives
    /// (left to right), for the moment until startingDrawing() can say.
    static QByteArray emptyDrawing(const QByteArray &referenceDot);
    /// The kinds a starter node has: "client", "actor".
    static bool isStarterKind(const QString &kind);

private:
    const Clock &m_clock;
    CollectionStore *m_store = nullptr;
    QString m_synonymsFile;
    QString m_cardId;
    QDateTime m_startedAt;
};

} // namespace ArchDeck

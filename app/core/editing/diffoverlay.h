// DiffOverlay — what whiteboard practice draws after you press Check: your drawing with what you
// left out drawn into it as ghosts, and a status for every element on both sides. Built from a
// DiagramDiff; the diff view lays out `graph` and marks each element by its status.
//
//   reference: client -> api -> db   (api, db in cluster_orders "Orders")
//   attempt:   Client -> API, cache  (API in cluster_o "Orders")
//   → graph: the attempt plus ghost node db [label, kind of the reference's] inside cluster_o and
//     ghost edge api -> db; attempt marks: client, api matched, cache extra, db missing,
//     client→api matched, api→db missing, cluster_o matched; reference marks: db and api→db
//     missing, the rest matched; missed: "Orders DB" (reference db, ghost db), "API → Orders DB".
#pragma once

#include "diagramdiff.h"
#include "diagramgraph.h"
#include "diagramlayout.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ArchDeck {

struct DiffOverlay
{
    enum class Status {
        Matched, ///< in both drawings
        Missing, ///< in the reference only (a ghost on the attempt's side)
        Extra, ///< in the attempt only
        Reversed, ///< an edge drawn the other way
    };

    /// The statuses of one side's elements: nodes and clusters by id, edges by their index in
    /// that side's graph (parallel edges have no id of their own).
    struct Marks
    {
        QHash<QString, Status> nodes;
        QList<Status> edges;
        QHash<QString, Status> clusters;
    };

    /// One line of "you missed", with where it sits on each side, so a click can show it.
    struct Missed
    {
        QString text; ///< DiagramDiff::youMissed's line: "Outbox relay", "Relay → Topic"
        Status status = Status::Missing; ///< Missing, or Reversed for an edge drawn the other way
        LayoutElement::Type type = LayoutElement::Type::Node;
        QString referenceId; ///< the node or cluster in the reference; empty for an edge
        int referenceEdge = -1; ///< an edge: its index in the reference's edges
        QString attemptId; ///< the ghost node or ghost cluster in `graph`; empty when none
        int attemptEdge = -1; ///< an edge: its index in `graph.edges` (ghost or reversed)
    };

    /// The attempt with every missing reference node added as a ghost: a fresh id (the
    /// reference's when free), the reference's label and kind, inside the attempt cluster paired
    /// with its reference cluster. A missing reference cluster that holds ghosts comes along as a
    /// ghost cluster. Every missing reference edge joins the partners of its ends (or their
    /// ghosts), with the reference edge's attributes. The attempt's own elements are unchanged
    /// and keep their order; ghosts come after them.
    DiagramGraph graph;
    Marks attempt; ///< statuses of everything in `graph`
    Marks reference; ///< Matched, Missing or Reversed for everything in the reference
    QList<Missed> missed; ///< in the order of DiagramDiff::youMissed
    QHash<QString, QString> attemptNodeFor; ///< reference node id → its partner or ghost in `graph`

    static DiffOverlay build(
        const DiagramGraph &reference, const DiagramGraph &attempt, const DiagramDiff &diff);

    /// "matched", "missing", "extra", "reversed": how tests and tooltips name a status.
    static QString statusName(Status status);
};

} // namespace ArchDeck

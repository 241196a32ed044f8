// DiagramDiff — what whiteboard practice tells you after you draw: your diagram (the attempt)
// against the card's (the reference), compared by structure. Nodes pair up by what their labels
// mean and their kind, never by DOT id; edges by their paired ends; clusters by who is inside.
//
//   reference: client -> api -> "Orders DB"      attempt: Client -> API, "orders database" -> API
//   → nodes all matched, edge client→api matched, api→"Orders DB" reversed,
//     score = 2·(3 + 1 + ½) / (5 + 5) = 0.9, youMissed ["API → Orders DB (drawn the other way)"]
#pragma once

#include "diagramgraph.h"
#include "labelsynonyms.h"

namespace ArchDeck {

struct DiagramDiff
{
    struct NodeMatch
    {
        QString referenceId;
        QString attemptId;
        double similarity = 0; ///< label similarity, 0 … 1 (LabelSynonyms::similarity)
    };
    struct EdgeMatch
    {
        DiagramEdge reference;
        DiagramEdge attempt;
    };
    struct ClusterMatch
    {
        QString referenceId;
        QString attemptId;
    };

    QList<NodeMatch> matchedNodes; ///< in the reference's node order
    QStringList missingNodes; ///< reference ids with no partner
    QStringList extraNodes; ///< attempt ids with no partner
    QList<EdgeMatch> matchedEdges;
    QList<EdgeMatch> reversedEdges; ///< A→B drawn B→A (directed graphs only)
    QList<DiagramEdge> missingEdges; ///< reference edges
    QList<DiagramEdge> extraEdges; ///< attempt edges
    QList<ClusterMatch> matchedClusters;
    QStringList missingClusters; ///< reference cluster ids
    QStringList extraClusters; ///< attempt cluster ids

    /// F1 over nodes and edges together: 2·TP / (reference items + attempt items), where TP
    /// counts matched nodes and edges, and reversed edges as half. 1 for identical graphs (and
    /// for two empty ones), 0 for an empty attempt. Clusters do not count.
    double score = 0;
    /// What to tell the learner, in reference order with the reference's labels: missing nodes
    /// ("Relay"), missing edges ("Relay → Topic"), reversed edges ("Relay → Topic (drawn the
    /// other way)"), missing clusters ("VPC (group)").
    QStringList youMissed;

    /// A DOT label as a reader says it, escapes as spaces: "Orders\nDB" → "Orders DB".
    static QString readableLabel(const QString &label);

    /// The attempt node paired with reference node `referenceId`, or empty.
    QString attemptIdFor(const QString &referenceId) const;
    bool isPerfect() const;

    /// Node pairing: every (reference, attempt) pair scores its label similarity (the better of
    /// the whole labels and, at 0.95, the labels without their asides in parentheses:
    /// "Broker" pairs with "Broker (SNS / Kafka)"; a label cut to its head noun reads 0.7:
    /// "clients" for "Web / mobile clients"), plus 0.15
    /// when both have the same non-empty kind; pairs scoring 0.66 or more (ties broken by equal id)
    /// are taken best first, each node at most once (greedy, O(n² log n): not always the optimal
    /// assignment, but labels that mean the same thing score far above the rest, so the greedy
    /// choice is the one a reader would make). Two two-word labels sharing one word and the kind
    /// ("Orders DB", "Users DB": 0.5 + 0.15) stay apart.
    static DiagramDiff compare(const DiagramGraph &reference, const DiagramGraph &attempt,
        const LabelSynonyms &synonyms = LabelSynonyms::builtIn());

    static constexpr double matchThreshold = 0.66;
    static constexpr double sameKindBonus = 0.15;
};

} // namespace ArchDeck

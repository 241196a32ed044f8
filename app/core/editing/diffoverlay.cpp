#include "diffoverlay.h"

#include "diagramedits.h"

#include <QSet>

namespace ArchDeck {

namespace {

using Status = DiffOverlay::Status;

/// Finds edges given by value (as DiagramDiff lists them) by their index, each index once, so
/// that two identical parallel edges land on two indexes.
class EdgeIndexes
{
public:
    explicit EdgeIndexes(const QList<DiagramEdge> &edges)
        : m_edges(edges)
        , m_taken(edges.size(), false)
    { }

    int take(const DiagramEdge &edge)
    {
        for (int i = 0; i < m_edges.size(); ++i) {
            if (!m_taken[i] && m_edges[i] == edge) {
                m_taken[i] = true;
                return i;
            }
        }
        return -1;
    }

private:
    const QList<DiagramEdge> &m_edges;
    QList<bool> m_taken;
};

/// "cluster_db" → "db": the words a ghost cluster's id is made from when it has no label.
QString clusterWords(const DiagramCluster &cluster)
{
    if (!cluster.label().isEmpty())
        return cluster.label();
    QString id = cluster.id;
    return id.startsWith(QLatin1String("cluster")) ? id.mid(7) : id;
}

DotAttributes labelAndKind(const DotAttributes &attributes)
{
    DotAttributes kept;
    for (const QString &name : {QStringLiteral("label"), QStringLiteral("kind")}) {
        if (attributes.contains(name))
            kept.insert(name, attributes.value(name));
    }
    return kept;
}

/// Which missing reference clusters come along as ghost clusters: those between a ghost node
/// and the innermost cluster of its that has a partner (all of them when none has).
QSet<QString> clustersNeedingGhosts(const DiagramGraph &reference, const DiagramDiff &diff,
    const QHash<QString, QString> &clusterPartner)
{
    QSet<QString> needed;
    for (const QString &nodeId : diff.missingNodes) {
        const QString inner = reference.clusterOf(nodeId);
        if (inner.isEmpty())
            continue;
        for (const QString &clusterId : reference.clusterPath(inner)) {
            if (clusterPartner.contains(clusterId))
                break;
            needed.insert(clusterId);
        }
    }
    return needed;
}

} // namespace

QString DiffOverlay::statusName(Status status)
{
    switch (status) {
    case Status::Matched:
        return QStringLiteral("matched");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Extra:
        return QStringLiteral("extra");
    case Status::Reversed:
        return QStringLiteral("reversed");
    }
    return {};
}

DiffOverlay DiffOverlay::build(
    const DiagramGraph &reference, const DiagramGraph &attempt, const DiagramDiff &diff)
{
    DiffOverlay overlay;
    overlay.graph = attempt;
    DiagramGraph &graph = overlay.graph;

    // Clusters: partners first, so that ghosts can be placed inside them.
    QHash<QString, QString> clusterPartner; // reference cluster → attempt or ghost cluster
    for (const DiagramDiff::ClusterMatch &m : diff.matchedClusters) {
        clusterPartner.insert(m.referenceId, m.attemptId);
        overlay.attempt.clusters.insert(m.attemptId, Status::Matched);
        overlay.reference.clusters.insert(m.referenceId, Status::Matched);
    }
    for (const QString &id : diff.extraClusters)
        overlay.attempt.clusters.insert(id, Status::Extra);
    for (const QString &id : diff.missingClusters)
        overlay.reference.clusters.insert(id, Status::Missing);
    const QSet<QString> ghostClusters = clustersNeedingGhosts(reference, diff, clusterPartner);
    for (const DiagramCluster &cluster : reference.clusters) { // parents before their children
        if (!ghostClusters.contains(cluster.id))
            continue;
        const QString id = DiagramEdits::newClusterId(graph, clusterWords(cluster));
        graph.clusters.append(
            {id, labelAndKind(cluster.attributes), clusterPartner.value(cluster.parent), {}});
        clusterPartner.insert(cluster.id, id);
        overlay.attempt.clusters.insert(id, Status::Missing);
    }

    // Nodes: partners, then a ghost for each missing one.
    for (const DiagramDiff::NodeMatch &m : diff.matchedNodes) {
        overlay.attemptNodeFor.insert(m.referenceId, m.attemptId);
        overlay.attempt.nodes.insert(m.attemptId, Status::Matched);
        overlay.reference.nodes.insert(m.referenceId, Status::Matched);
    }
    for (const QString &id : diff.extraNodes)
        overlay.attempt.nodes.insert(id, Status::Extra);
    for (const QString &referenceId : diff.missingNodes) {
        const DiagramNode *node = reference.node(referenceId);
        const QString id = DiagramEdits::newNodeId(graph, referenceId);
        graph = DiagramEdits::addNode(graph, {id, labelAndKind(node->attributes)},
            clusterPartner.value(reference.clusterOf(referenceId)));
        overlay.attemptNodeFor.insert(referenceId, id);
        overlay.attempt.nodes.insert(id, Status::Missing);
        overlay.reference.nodes.insert(referenceId, Status::Missing);
    }

    // Edges: the attempt's by index, then a ghost for each missing one.
    overlay.attempt.edges = QList<Status>(attempt.edges.size(), Status::Extra);
    overlay.reference.edges = QList<Status>(reference.edges.size(), Status::Missing);
    EdgeIndexes attemptEdges(attempt.edges);
    EdgeIndexes referenceEdges(reference.edges);
    for (const DiagramDiff::EdgeMatch &m : diff.matchedEdges) {
        if (const int a = attemptEdges.take(m.attempt); a >= 0)
            overlay.attempt.edges[a] = Status::Matched;
        if (const int r = referenceEdges.take(m.reference); r >= 0)
            overlay.reference.edges[r] = Status::Matched;
    }
    QList<int> reversedReference;
    QList<int> reversedAttempt;
    for (const DiagramDiff::EdgeMatch &m : diff.reversedEdges) {
        const int a = attemptEdges.take(m.attempt);
        const int r = referenceEdges.take(m.reference);
        if (a >= 0)
            overlay.attempt.edges[a] = Status::Reversed;
        if (r >= 0)
            overlay.reference.edges[r] = Status::Reversed;
        reversedAttempt << a;
        reversedReference << r;
    }
    QList<int> missingReference;
    QList<int> ghostEdges;
    for (const DiagramEdge &edge : diff.missingEdges) {
        missingReference << referenceEdges.take(edge);
        const DiagramEdge ghost {overlay.attemptNodeFor.value(edge.tail),
            overlay.attemptNodeFor.value(edge.head), edge.attributes};
        const qsizetype before = graph.edges.size();
        graph = DiagramEdits::addEdge(graph, ghost);
        ghostEdges << (graph.edges.size() > before ? int(before) : -1);
        if (graph.edges.size() > before)
            overlay.attempt.edges << Status::Missing;
    }

    // "You missed", in DiagramDiff::youMissed's order: nodes, edges, reversed edges, clusters.
    int line = 0;
    const auto add = [&](Missed missed) {
        missed.text = diff.youMissed.value(line++);
        overlay.missed << missed;
    };
    constexpr auto Node = LayoutElement::Type::Node;
    constexpr auto Edge = LayoutElement::Type::Edge;
    for (const QString &id : diff.missingNodes)
        add({{}, Status::Missing, Node, id, -1, overlay.attemptNodeFor.value(id), -1});
    for (int i = 0; i < diff.missingEdges.size(); ++i)
        add({{}, Status::Missing, Edge, {}, missingReference[i], {}, ghostEdges[i]});
    for (int i = 0; i < diff.reversedEdges.size(); ++i)
        add({{}, Status::Reversed, Edge, {}, reversedReference[i], {}, reversedAttempt[i]});
    for (const QString &id : diff.missingClusters) {
        add({{}, Status::Missing, LayoutElement::Type::Cluster, id, -1, clusterPartner.value(id),
            -1});
    }
    return overlay;
}

} // namespace ArchDeck

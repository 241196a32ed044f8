#include "diagramedits.h"

#include <QSet>

#include <algorithm>

namespace ArchDeck::DiagramEdits {

namespace {

/// "Orders\nDB (primary)" → "orders_db_primary".
QString slug(const QString &label)
{
    QString text = label;
    text.replace(QLatin1String("\\n"), QLatin1String(" "))
        .replace(QLatin1String("\\l"), QLatin1String(" "))
        .replace(QLatin1String("\\r"), QLatin1String(" "));
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    if (!out.isEmpty() && out.front().isDigit())
        out.prepend(QLatin1String("n_"));
    return out;
}

bool idTaken(const DiagramGraph &graph, const QString &id)
{
    return graph.node(id) || graph.cluster(id)
        || std::any_of(graph.subgraphs.cbegin(), graph.subgraphs.cend(),
            [&](const DiagramSubgraph &s) { return s.id == id; });
}

QString unique(const DiagramGraph &graph, const QString &base)
{
    if (!idTaken(graph, base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'_' + QString::number(n);
        if (!idTaken(graph, candidate))
            return candidate;
    }
}

void setOrRemove(DotAttributes &attributes, const QString &name, const QString &value)
{
    if (value.isEmpty())
        attributes.remove(name);
    else
        attributes.insert(name, value);
}

void leaveClusters(DiagramGraph &graph, const QString &nodeId)
{
    for (DiagramCluster &cluster : graph.clusters)
        cluster.nodes.removeAll(nodeId);
}

} // namespace

QString newNodeId(const DiagramGraph &graph, const QString &label)
{
    const QString base = slug(label);
    return unique(graph, base.isEmpty() ? QStringLiteral("node") : base);
}

QString newClusterId(const DiagramGraph &graph, const QString &label)
{
    const QString base = slug(label);
    return unique(graph,
        QStringLiteral("cluster_") + (base.isEmpty() ? QStringLiteral("group") : base));
}

DiagramGraph addNode(DiagramGraph graph, const DiagramNode &node, const QString &clusterId)
{
    if (node.id.isEmpty() || graph.node(node.id))
        return graph;
    graph.nodes.append(node);
    if (DiagramCluster *cluster = graph.cluster(clusterId))
        cluster->nodes.append(node.id);
    return graph;
}

DiagramGraph addEdge(DiagramGraph graph, const DiagramEdge &edge)
{
    if (graph.node(edge.tail) && graph.node(edge.head))
        graph.edges.append(edge);
    return graph;
}

DiagramGraph removeElements(DiagramGraph graph, const QStringList &nodeIds,
    const QList<int> &edgeIndexes, const QStringList &clusterIds)
{
    const QSet<QString> nodes(nodeIds.cbegin(), nodeIds.cend());
    const QSet<int> edges(edgeIndexes.cbegin(), edgeIndexes.cend());
    QList<DiagramEdge> keptEdges;
    for (int i = 0; i < graph.edges.size(); ++i) {
        const DiagramEdge &e = graph.edges.at(i);
        if (!edges.contains(i) && !nodes.contains(e.tail) && !nodes.contains(e.head))
            keptEdges.append(e);
    }
    graph.edges = keptEdges;
    graph.nodes.erase(std::remove_if(graph.nodes.begin(), graph.nodes.end(),
                          [&](const DiagramNode &n) { return nodes.contains(n.id); }),
        graph.nodes.end());
    for (DiagramCluster &cluster : graph.clusters)
        cluster.nodes.erase(std::remove_if(cluster.nodes.begin(), cluster.nodes.end(),
                                [&](const QString &id) { return nodes.contains(id); }),
            cluster.nodes.end());
    for (DiagramSubgraph &subgraph : graph.subgraphs)
        subgraph.nodes.erase(std::remove_if(subgraph.nodes.begin(), subgraph.nodes.end(),
                                 [&](const QString &id) { return nodes.contains(id); }),
            subgraph.nodes.end());

    for (const QString &clusterId : clusterIds) {
        const int index = graph.clusterIndex(clusterId);
        if (index < 0)
            continue;
        const DiagramCluster removed = graph.clusters.takeAt(index);
        if (DiagramCluster *parent = graph.cluster(removed.parent))
            parent->nodes += removed.nodes;
        for (DiagramCluster &child : graph.clusters)
            if (child.parent == removed.id)
                child.parent = removed.parent;
        for (DiagramSubgraph &subgraph : graph.subgraphs)
            if (subgraph.parent == removed.id)
                subgraph.parent = removed.parent;
    }
    graph.subgraphs.erase(std::remove_if(graph.subgraphs.begin(), graph.subgraphs.end(),
                              [](const DiagramSubgraph &s) { return s.nodes.isEmpty(); }),
        graph.subgraphs.end());
    return graph;
}

DiagramGraph setNodeAttribute(
    DiagramGraph graph, const QString &nodeId, const QString &name, const QString &value)
{
    if (DiagramNode *node = graph.node(nodeId))
        setOrRemove(node->attributes, name, value);
    return graph;
}

DiagramGraph setEdgeAttribute(
    DiagramGraph graph, int edgeIndex, const QString &name, const QString &value)
{
    if (edgeIndex >= 0 && edgeIndex < graph.edges.size())
        setOrRemove(graph.edges[edgeIndex].attributes, name, value);
    return graph;
}

DiagramGraph setClusterAttribute(
    DiagramGraph graph, const QString &clusterId, const QString &name, const QString &value)
{
    if (DiagramCluster *cluster = graph.cluster(clusterId))
        setOrRemove(cluster->attributes, name, value);
    return graph;
}

DiagramGraph moveToCluster(
    DiagramGraph graph, const QStringList &nodeIds, const QString &clusterId)
{
    const int target = graph.clusterIndex(clusterId);
    for (const QString &id : nodeIds) {
        if (!graph.node(id))
            continue;
        leaveClusters(graph, id);
        if (target >= 0)
            graph.clusters[target].nodes.append(id);
    }
    return graph;
}

DiagramGraph groupInCluster(DiagramGraph graph, const QStringList &nodeIds,
    const QString &clusterId, const DotAttributes &attributes)
{
    QStringList members;
    for (const QString &id : nodeIds)
        if (graph.node(id) && !members.contains(id))
            members.append(id);
    if (members.isEmpty() || clusterId.isEmpty() || idTaken(graph, clusterId))
        return graph;
    // The innermost cluster on every member's path: the new one nests inside it.
    QStringList common = graph.clusterPath(graph.clusterOf(members.constFirst()));
    for (const QString &id : std::as_const(members)) {
        const QStringList path = graph.clusterPath(graph.clusterOf(id));
        common.erase(std::remove_if(common.begin(), common.end(),
                         [&](const QString &c) { return !path.contains(c); }),
            common.end());
    }
    DiagramCluster cluster;
    cluster.id = clusterId;
    cluster.attributes = attributes;
    cluster.parent = common.value(0);
    // Parents come before their children in graph.clusters: append after the parent's subtree.
    graph.clusters.append(cluster);
    return moveToCluster(graph, members, clusterId);
}

} // namespace ArchDeck::DiagramEdits

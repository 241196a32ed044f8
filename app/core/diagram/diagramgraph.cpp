#include "diagramgraph.h"

namespace ArchDeck {

QString DiagramNode::displayLabel() const
{
    const QString text = label();
    return text.isEmpty() ? id : text;
}

const DiagramNode *DiagramGraph::node(const QString &id) const
{
    for (const DiagramNode &n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const DiagramCluster *DiagramGraph::cluster(const QString &id) const
{
    for (const DiagramCluster &c : clusters)
        if (c.id == id)
            return &c;
    return nullptr;
}

DiagramNode *DiagramGraph::node(const QString &id)
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &nodes[i];
}

DiagramCluster *DiagramGraph::cluster(const QString &id)
{
    const int i = clusterIndex(id);
    return i < 0 ? nullptr : &clusters[i];
}

int DiagramGraph::nodeIndex(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            return i;
    return -1;
}

int DiagramGraph::clusterIndex(const QString &id) const
{
    for (int i = 0; i < clusters.size(); ++i)
        if (clusters.at(i).id == id)
            return i;
    return -1;
}

QStringList DiagramGraph::clusterPath(const QString &clusterId) const
{
    QStringList path;
    for (const DiagramCluster *c = cluster(clusterId); c && !path.contains(c->id);
         c = cluster(c->parent))
        path += c->id;
    return path;
}

QString DiagramGraph::clusterOf(const QString &id) const
{
    for (const DiagramCluster &c : clusters)
        if (c.nodes.contains(id))
            return c.id;
    return {};
}

bool operator==(const DiagramNode &a, const DiagramNode &b)
{
    return a.id == b.id && a.attributes == b.attributes;
}

bool operator==(const DiagramEdge &a, const DiagramEdge &b)
{
    return a.tail == b.tail && a.head == b.head && a.attributes == b.attributes;
}

bool operator==(const DiagramCluster &a, const DiagramCluster &b)
{
    return a.id == b.id && a.attributes == b.attributes && a.parent == b.parent
        && a.nodes == b.nodes;
}

bool operator==(const DiagramGraph &a, const DiagramGraph &b)
{
    return a.name == b.name && a.directed == b.directed && a.strict == b.strict
        && a.leadingComment == b.leadingComment && a.graphAttributes == b.graphAttributes
        && a.nodeDefaults == b.nodeDefaults && a.edgeDefaults == b.edgeDefaults
        && a.nodes == b.nodes && a.edges == b.edges && a.clusters == b.clusters
        && a.subgraphs == b.subgraphs;
}

} // namespace ArchDeck

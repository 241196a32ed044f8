// DiagramGraph — a diagram's structure as a value: graph attributes, nodes, edges and clusters
// with their DOT attributes, in the order the file gives them, plus what shapes the layout without
// being drawn: plain subgraphs (`{ rank=same; a; b; }`) and the graph's `node [...]` /
// `edge [...]` defaults. What the diagram document edits,
// what the DOT writer writes and what the structural diff compares. It carries no geometry (that is
// DiagramLayout, from the layout worker) and no styling: `kind` says what a node is.
//
//   digraph g { subgraph cluster_vpc { kind=vpc; label="VPC"; api [kind=service]; }
//               client -> api [label="HTTPS"]; }
//   → clusters {cluster_vpc: label "VPC", kind vpc, nodes [api]}, nodes [api, client],
//     edges [client -> api, label "HTTPS"]
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ArchDeck {

/// DOT attributes by name, kept sorted so that writing them is deterministic. Values are stored as
/// DOT writes them inside quotes (escapes such as `\n` kept, quotes removed); an HTML-like label is
/// stored with its outer brackets, `<<B>API</B>>` (DotWriter::isHtmlLabel: one balanced `<…>`).
using DotAttributes = QMap<QString, QString>;

struct DiagramNode
{
    QString id; ///< the DOT node id ("orders_db")
    DotAttributes attributes; ///< label, kind and every other attribute, as written

    QString label() const { return attributes.value(QStringLiteral("label")); }
    QString kind() const { return attributes.value(QStringLiteral("kind")); }
    /// What a reader sees: the label, else the id (DOT draws the id when there is no label).
    QString displayLabel() const;
};

struct DiagramEdge
{
    QString tail; ///< node id
    QString head; ///< node id
    DotAttributes attributes;

    QString label() const { return attributes.value(QStringLiteral("label")); }
};

struct DiagramCluster
{
    QString id; ///< "cluster_vpc" (the name DOT needs to draw it as a box)
    DotAttributes attributes; ///< label, kind, …
    QString parent; ///< the enclosing cluster's id; empty at the top level
    QStringList nodes; ///< ids of the nodes directly inside, in file order

    QString label() const { return attributes.value(QStringLiteral("label")); }
    QString kind() const { return attributes.value(QStringLiteral("kind")); }
};

/// A subgraph that is not a cluster: no box is drawn, its attributes (`rank=same`) steer the
/// layout of the nodes it names. Anonymous ones (`{ … }`) have an empty id.
struct DiagramSubgraph
{
    QString id;
    DotAttributes attributes;
    QString parent; ///< the enclosing cluster's id; empty at the top level
    QStringList nodes; ///< ids, in file order

    friend bool operator==(const DiagramSubgraph &a, const DiagramSubgraph &b)
    {
        return a.id == b.id && a.attributes == b.attributes && a.parent == b.parent
            && a.nodes == b.nodes;
    }
};

struct DiagramGraph
{
    QString name; ///< the graph's id ("q04_outbox_pattern"); may be empty
    bool directed = true; ///< digraph (->) or graph (--)
    bool strict = false;
    QString leadingComment; ///< comment lines before the graph, without the "// " markers
    DotAttributes graphAttributes; ///< rankdir, nodesep, …
    DotAttributes nodeDefaults; ///< the top-level `node [...]`
    DotAttributes edgeDefaults; ///< the top-level `edge [...]`
    QList<DiagramNode> nodes;
    QList<DiagramEdge> edges;
    QList<DiagramCluster> clusters; ///< parents before their children
    QList<DiagramSubgraph> subgraphs; ///< plain subgraphs that set something, in file order

    const DiagramNode *node(const QString &id) const;
    const DiagramCluster *cluster(const QString &id) const;
    DiagramNode *node(const QString &id);
    DiagramCluster *cluster(const QString &id);
    /// Index of node `id` in `nodes`, or -1.
    int nodeIndex(const QString &id) const;
    int clusterIndex(const QString &id) const;
    /// The clusters `id` sits in, innermost first ("cluster_db", "cluster_orders").
    QStringList clusterPath(const QString &clusterId) const;
    /// The cluster directly holding node `id`, or empty.
    QString clusterOf(const QString &id) const;

    friend bool operator==(const DiagramGraph &a, const DiagramGraph &b);
    friend bool operator!=(const DiagramGraph &a, const DiagramGraph &b) { return !(a == b); }
};

bool operator==(const DiagramNode &a, const DiagramNode &b);
bool operator==(const DiagramEdge &a, const DiagramEdge &b);
bool operator==(const DiagramCluster &a, const DiagramCluster &b);

} // namespace ArchDeck

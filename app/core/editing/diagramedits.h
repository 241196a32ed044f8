// DiagramEdits — every change the diagram editor makes, as a function from one DiagramGraph to the
// next. Pure and total: an id that does not exist changes nothing, so a command can be replayed
// on any state. DiagramDocument wraps each in an undo command; the tests table-test them alone.
//
//   addNode(g, {"orders", {{"kind","service"}, {"label","Orders"}}}, "cluster_vpc")
//   removeElements(g, {"orders"}, {}, {})        → orders, its edges and memberships gone
//   groupInCluster(g, {"a","b"}, "cluster_az_a", {{"kind","az"}, {"label","AZ a"}})
#pragma once

#include "diagramgraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ArchDeck::DiagramEdits {

/// An id for a new node labelled `label` that `graph` does not use yet: words in lower case
/// joined by '_' ("Orders DB" → "orders_db"), "node" when the label has no letter or digit, a
/// numeric suffix on a clash ("orders_db_2").
QString newNodeId(const DiagramGraph &graph, const QString &label);
/// The same for a cluster: "cluster_" + the words ("AZ a" → "cluster_az_a").
QString newClusterId(const DiagramGraph &graph, const QString &label);

/// `node` appended (unless its id exists), inside `clusterId` when that cluster exists.
DiagramGraph addNode(DiagramGraph graph, const DiagramNode &node, const QString &clusterId = {});
/// `edge` appended when both ends exist.
DiagramGraph addEdge(DiagramGraph graph, const DiagramEdge &edge);

/// Removes the nodes (with their edges, cluster and subgraph memberships), the edges at
/// `edgeIndexes` (indexes into graph.edges) and the clusters (their nodes and child clusters move
/// to the parent; no node is removed with its cluster). A plain subgraph left without nodes goes.
DiagramGraph removeElements(DiagramGraph graph, const QStringList &nodeIds,
    const QList<int> &edgeIndexes, const QStringList &clusterIds);

/// Sets an attribute; an empty value removes it (a label of "" is not a label).
DiagramGraph setNodeAttribute(
    DiagramGraph graph, const QString &nodeId, const QString &name, const QString &value);
DiagramGraph setEdgeAttribute(
    DiagramGraph graph, int edgeIndex, const QString &name, const QString &value);
DiagramGraph setClusterAttribute(
    DiagramGraph graph, const QString &clusterId, const QString &name, const QString &value);

/// Moves the nodes into `clusterId` (out of whatever cluster held them), or to the top level when
/// `clusterId` is empty or unknown.
DiagramGraph moveToCluster(
    DiagramGraph graph, const QStringList &nodeIds, const QString &clusterId);

/// A new cluster `clusterId` around the nodes: nested in the innermost cluster that holds all of
/// them (top level when none does), the nodes moved into it. Nothing happens when the id is taken
/// or no node exists.
DiagramGraph groupInCluster(DiagramGraph graph, const QStringList &nodeIds,
    const QString &clusterId, const DotAttributes &attributes);

} // namespace ArchDeck::DiagramEdits

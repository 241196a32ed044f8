// What the editing suites share: a small diagram to edit and a one-line summary of a graph that a
// failing comparison prints readably.
#pragma once

#include "diagramgraph.h"

#include <QStringList>

namespace ArchDeck::EditingTests {

/// client → api → db, api → queue; api and db in the "Orders" boundary; {rank=same; client; api}.
inline DiagramGraph sampleGraph()
{
    DiagramGraph g;
    g.name = QStringLiteral("sample");
    g.graphAttributes = {{QStringLiteral("rankdir"), QStringLiteral("LR")}};
    const auto node = [](const char *id, const char *kind, const char *label) {
        DotAttributes a {{QStringLiteral("kind"), QString::fromUtf8(kind)}};
        if (*label)
            a.insert(QStringLiteral("label"), QString::fromUtf8(label));
        return DiagramNode {QString::fromUtf8(id), a};
    };
    g.nodes = {node("client", "client", "Client"), node("api", "service", "Orders API"),
        node("db", "database", "Orders DB"), node("queue", "queue", "")};
    g.edges = {{QStringLiteral("client"), QStringLiteral("api"), {}},
        {QStringLiteral("api"), QStringLiteral("db"), {{QStringLiteral("label"), QStringLiteral("INSERT")}}},
        {QStringLiteral("api"), QStringLiteral("queue"), {}}};
    g.clusters = {{QStringLiteral("cluster_orders"),
        {{QStringLiteral("kind"), QStringLiteral("boundary")}, {QStringLiteral("label"), QStringLiteral("Orders")}},
        {}, {QStringLiteral("api"), QStringLiteral("db")}}};
    g.subgraphs = {{{}, {{QStringLiteral("rank"), QStringLiteral("same")}}, {},
        {QStringLiteral("client"), QStringLiteral("api")}}};
    return g;
}

/// "client:client(Client) api:service(Orders API) | client>api api>db[INSERT] |
///  cluster_orders(Orders){api db} | same{client api}"
inline QString summary(const DiagramGraph &g)
{
    QStringList nodes, edges, clusters, subgraphs;
    for (const DiagramNode &n : g.nodes)
        nodes += n.id + u':' + n.kind() + (n.label().isEmpty() ? QString() : u'(' + n.label() + u')');
    for (const DiagramEdge &e : g.edges)
        edges += e.tail + u'>' + e.head + (e.label().isEmpty() ? QString() : u'[' + e.label() + u']');
    for (const DiagramCluster &c : g.clusters)
        clusters += c.id + (c.parent.isEmpty() ? QString() : u'<' + c.parent) + u'('
            + c.label() + QStringLiteral("){") + c.nodes.join(u' ') + u'}';
    for (const DiagramSubgraph &s : g.subgraphs)
        subgraphs += s.attributes.value(QStringLiteral("rank")) + u'{' + s.nodes.join(u' ') + u'}';
    QStringList parts {nodes.join(u' '), edges.join(u' ')};
    if (!clusters.isEmpty() || !subgraphs.isEmpty())
        parts += clusters.join(u' ');
    if (!subgraphs.isEmpty())
        parts += subgraphs.join(u' ');
    return parts.join(QStringLiteral(" | "));
}

} // namespace ArchDeck::EditingTests

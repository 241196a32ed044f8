#include "graphreader.h"

#include <graphviz/cgraph.h>

#include <QHash>
#include <QList>

#include <algorithm>

namespace ArchDeck::GraphReader {

namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value ? value : "");
}

/// A value as DiagramGraph stores it: an HTML-like label in its brackets; text with its quotes
/// escaped again (cgraph's reader unescapes `\"`, and keeps every other escape as written).
QString stored(char *value)
{
    if (aghtmlstr(value))
        return u'<' + text(value) + u'>';
    return text(value).replace(u'"', QLatin1String("\\\""));
}

/// Anonymous graphs and subgraphs get internal names ("%3"); DOT has no such id.
QString nameOf(void *object)
{
    const QString name = text(agnameof(object));
    return name.startsWith(u'%') ? QString() : name;
}

/// Attributes of `object` (of `kind`) whose values differ from `reference`'s value for the same
/// attribute, or from the root's default when `reference` is null.
DotAttributes attributesOf(Agraph_t *root, int kind, void *object, void *reference)
{
    DotAttributes attributes;
    for (Agsym_t *sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym)) {
        char *value = agxget(object, sym);
        const char *base = reference ? agxget(reference, sym) : sym->defval;
        if (!value || qstrcmp(value, base ? base : "") == 0)
            continue;
        attributes.insert(text(sym->name), stored(value));
    }
    return attributes;
}

template<typename T> QList<T *> bySequence(QList<T *> objects)
{
    std::sort(objects.begin(), objects.end(), [](T *a, T *b) { return AGSEQ(a) < AGSEQ(b); });
    return objects;
}

QList<Agraph_t *> subgraphsOf(Agraph_t *graph)
{
    QList<Agraph_t *> subgraphs;
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub))
        subgraphs.append(sub);
    return bySequence(subgraphs); // cgraph orders named subgraphs by id, not as written
}

/// cgraph declares `label="\N"` (draw the node's name) for every graph: not the file's default.
bool isBuiltInDefault(Agsym_t *sym)
{
    return qstrcmp(sym->name, "label") == 0 && qstrcmp(sym->defval, "\\N") == 0;
}

bool isCluster(Agraph_t *graph)
{
    return QByteArray(agnameof(graph)).startsWith("cluster");
}

QStringList nodeIdsOf(Agraph_t *graph)
{
    QStringList ids;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n))
        ids += text(agnameof(n));
    return ids;
}

/// Collects the clusters under `graph` (parents first), which cluster holds each node, and the
/// plain subgraphs that set an attribute (`{ rank=same; … }`; the `{ b c }` of `a -> { b c }`
/// sets none and is only a way to write edges). Nodes of a plain subgraph belong to the cluster
/// around it; a plain subgraph inside another is kept beside it, with all of its nodes.
void collectClusters(Agraph_t *root, Agraph_t *graph, Agraph_t *enclosing,
    DiagramGraph &result, QHash<Agnode_t *, int> &clusterOfNode)
{
    for (Agraph_t *sub : subgraphsOf(graph)) {
        if (!isCluster(sub)) {
            DiagramSubgraph plain;
            plain.id = nameOf(sub);
            plain.attributes = attributesOf(root, AGRAPH, sub, agparent(sub));
            plain.parent = enclosing ? text(agnameof(enclosing)) : QString();
            plain.nodes = nodeIdsOf(sub);
            if (!plain.attributes.isEmpty() || !plain.id.isEmpty())
                result.subgraphs.append(std::move(plain));
            collectClusters(root, sub, enclosing, result, clusterOfNode);
            continue;
        }
        DiagramCluster cluster;
        cluster.id = text(agnameof(sub));
        cluster.attributes = attributesOf(root, AGRAPH, sub, agparent(sub));
        cluster.parent = enclosing ? text(agnameof(enclosing)) : QString();
        const int index = int(result.clusters.size());
        result.clusters.append(cluster);
        // The innermost cluster wins: children are visited after their parent claimed the nodes.
        for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
            clusterOfNode.insert(n, index);
        collectClusters(root, sub, sub, result, clusterOfNode);
    }
}

} // namespace

QString leadingComment(const QByteArray &source)
{
    QStringList lines;
    for (const QByteArray &raw : source.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!line.startsWith("//"))
            break; // the graph keyword, or a comment of another form: the header ends
        QByteArray comment = line.mid(2);
        if (comment.startsWith(' '))
            comment.remove(0, 1);
        lines.append(QString::fromUtf8(comment));
    }
    return lines.join(u'\n');
}

DiagramGraph read(Agraph_t *graph, const QByteArray &source)
{
    DiagramGraph result;
    result.name = nameOf(graph);
    result.directed = agisdirected(graph);
    result.strict = agisstrict(graph);
    result.leadingComment = leadingComment(source);
    // The root's value of a graph attribute is its default too: set means not empty.
    for (Agsym_t *sym = agnxtattr(graph, AGRAPH, nullptr); sym;
         sym = agnxtattr(graph, AGRAPH, sym)) {
        char *value = agxget(graph, sym);
        if (value && *value)
            result.graphAttributes.insert(text(sym->name), stored(value));
    }
    for (const auto &[kind, defaults] :
        {std::pair{AGNODE, &result.nodeDefaults}, std::pair{AGEDGE, &result.edgeDefaults}}) {
        for (Agsym_t *sym = agnxtattr(graph, kind, nullptr); sym; sym = agnxtattr(graph, kind, sym))
            if (sym->defval && *sym->defval && qstrcmp(sym->name, "key") != 0
                && !isBuiltInDefault(sym))
                defaults->insert(text(sym->name), stored(sym->defval));
    }

    QList<Agedge_t *> edges;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        result.nodes.append({text(agnameof(n)), attributesOf(graph, AGNODE, n, nullptr)});
        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e))
            edges.append(e);
    }
    for (Agedge_t *e : bySequence(edges)) {
        DotAttributes attributes = attributesOf(graph, AGEDGE, e, nullptr);
        attributes.remove(QStringLiteral("key")); // cgraph's edge name, not an attribute
        result.edges.append(
            {text(agnameof(agtail(e))), text(agnameof(aghead(e))), std::move(attributes)});
    }

    QHash<Agnode_t *, int> clusterOfNode;
    collectClusters(graph, graph, nullptr, result, clusterOfNode);
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        if (const auto it = clusterOfNode.constFind(n); it != clusterOfNode.cend())
            result.clusters[*it].nodes.append(text(agnameof(n)));
    }
    return result;
}

} // namespace ArchDeck::GraphReader

#include "dotwriter.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ArchDeck {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kLabel = QStringLiteral("label");

bool isKeyword(const QString &id)
{
    static const QStringList keywords
        = {QStringLiteral("node"), QStringLiteral("edge"), QStringLiteral("graph"),
            QStringLiteral("digraph"), QStringLiteral("subgraph"), QStringLiteral("strict")};
    for (const QString &keyword : keywords)
        if (id.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// DOT's unquoted ids take any byte from \200 up, so every non-ASCII character passes.
bool isIdStart(QChar c)
{
    return c.unicode() >= 0x80 || c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isPlainId(const QString &id)
{
    if (id.isEmpty() || !isIdStart(id.front()))
        return false;
    for (QChar c : id)
        if (!isIdStart(c) && !(c >= u'0' && c <= u'9'))
            return false;
    return !isKeyword(id);
}

bool isNumeral(const QString &id)
{
    static const QRegularExpression numeral(
        QStringLiteral("\\A-?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)\\z"));
    return numeral.match(id).hasMatch();
}

// Values are stored as DOT wrote them between the quotes, so `\n`, `\l`, `\"` stay as they are.
// A bare `"` gains its backslash, and a lone backslash at the end is doubled so that it cannot
// swallow the closing quote.
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            out += c;
            out += i + 1 < text.size() ? text.at(++i) : QChar(u'\\');
        } else {
            if (c == u'"')
                out += u'\\';
            out += c;
        }
    }
    out += u'"';
    return out;
}

bool isAlwaysQuoted(const QString &name)
{
    return name == kKind || name.endsWith(kLabel);
}

/// `kind` and `label` first (what a reader looks for), the rest in the map's name order.
QStringList attributeOrder(const DotAttributes &attributes)
{
    QStringList names;
    for (const QString &first : {kKind, kLabel})
        if (attributes.contains(first))
            names += first;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        if (it.key() != kKind && it.key() != kLabel)
            names += it.key();
    return names;
}

QString assignment(const QString &name, const QString &value)
{
    return DotWriter::idToken(name) + u'=' + DotWriter::valueToken(name, value);
}

QString attributeList(const DotAttributes &attributes)
{
    if (attributes.isEmpty())
        return {};
    QStringList parts;
    for (const QString &name : attributeOrder(attributes))
        parts += assignment(name, attributes.value(name));
    return QStringLiteral(" [") + parts.join(QStringLiteral(", ")) + u']';
}

class Writer
{
public:
    explicit Writer(const DiagramGraph &graph)
        : m_graph(graph)
    { }

    QString text()
    {
        writeComment();
        QString header = m_graph.strict ? QStringLiteral("strict ") : QString();
        header += m_graph.directed ? QStringLiteral("digraph") : QStringLiteral("graph");
        if (!m_graph.name.isEmpty())
            header += u' ' + DotWriter::idToken(m_graph.name);
        line(0, header + QStringLiteral(" {"));
        writeSections();
        line(0, QStringLiteral("}"));
        return m_out;
    }

private:
    void line(int depth, const QString &text) { m_out += QString(depth * 2, u' ') + text + u'\n'; }

    void writeComment()
    {
        if (m_graph.leadingComment.isEmpty())
            return;
        for (const QString &text : m_graph.leadingComment.split(u'\n'))
            line(0, text.isEmpty() ? QStringLiteral("//") : QStringLiteral("// ") + text);
    }

    // One blank line between the sections that have something in them.
    void startSection()
    {
        if (m_sectionWritten)
            m_out += u'\n';
        m_sectionWritten = true;
    }

    void writeSections()
    {
        if (!m_graph.graphAttributes.isEmpty()) {
            startSection();
            writeAttributeStatements(1, m_graph.graphAttributes);
        }
        if (!m_graph.nodeDefaults.isEmpty() || !m_graph.edgeDefaults.isEmpty()) {
            startSection();
            if (!m_graph.nodeDefaults.isEmpty())
                line(1, QStringLiteral("node") + attributeList(m_graph.nodeDefaults) + u';');
            if (!m_graph.edgeDefaults.isEmpty())
                line(1, QStringLiteral("edge") + attributeList(m_graph.edgeDefaults) + u';');
        }
        writeNodesAndClusters();
        writeSubgraphs(1, QString(), true);
        if (!m_graph.edges.isEmpty()) {
            startSection();
            const QString op = m_graph.directed ? QStringLiteral(" -> ") : QStringLiteral(" -- ");
            for (const DiagramEdge &edge : m_graph.edges)
                line(1,
                    DotWriter::idToken(edge.tail) + op + DotWriter::idToken(edge.head)
                        + attributeList(edge.attributes) + u';');
        }
    }

    // Nodes in the graph's order, each cluster as a block where its first node comes (the order
    // nodes are created in steers dot's layout, so a rewrite keeps it). A run of loose nodes and
    // each top-level cluster are sections of their own.
    void writeNodesAndClusters()
    {
        bool inLooseRun = false;
        for (const DiagramNode &node : m_graph.nodes) {
            if (m_writtenNodes.contains(node.id))
                continue;
            const QStringList path = m_graph.clusterPath(m_graph.clusterOf(node.id));
            if (path.isEmpty()) {
                if (!inLooseRun)
                    startSection();
                inLooseRun = true;
                writeNode(1, node.id);
                continue;
            }
            inLooseRun = false;
            startSection();
            writeCluster(1, *m_graph.cluster(path.last()));
        }
        // Empty clusters, and any whose parent is missing or sits in a parent cycle.
        for (const DiagramCluster &cluster : m_graph.clusters) {
            if (m_writtenClusters.contains(cluster.id))
                continue;
            const QStringList path = m_graph.clusterPath(cluster.id);
            const QString top = m_graph.cluster(cluster.parent) && !path.contains(cluster.parent)
                ? path.last()
                : cluster.id;
            if (m_writtenClusters.contains(top))
                continue;
            startSection();
            writeCluster(1, *m_graph.cluster(top));
        }
        for (const DiagramCluster &cluster : m_graph.clusters) {
            if (!m_writtenClusters.contains(cluster.id)) {
                startSection();
                writeCluster(1, cluster);
            }
        }
    }

    // `{ rank=same; a; b; }` on one line: what a reader of the file expects of it.
    void writeSubgraphs(int depth, const QString &parent, bool ownSection)
    {
        bool first = true;
        for (const DiagramSubgraph &subgraph : m_graph.subgraphs) {
            if (subgraph.parent != parent && !(parent.isEmpty() && !m_graph.cluster(subgraph.parent)))
                continue;
            if (first && ownSection)
                startSection();
            first = false;
            QString text = subgraph.id.isEmpty()
                ? QStringLiteral("{")
                : QStringLiteral("subgraph ") + DotWriter::idToken(subgraph.id) + QStringLiteral(" {");
            for (const QString &name : attributeOrder(subgraph.attributes))
                text += u' ' + assignment(name, subgraph.attributes.value(name)) + u';';
            for (const QString &id : subgraph.nodes)
                text += u' ' + DotWriter::idToken(id) + u';';
            line(depth, text + QStringLiteral(" }"));
        }
    }

    void writeAttributeStatements(int depth, const DotAttributes &attributes)
    {
        for (const QString &name : attributeOrder(attributes))
            line(depth, assignment(name, attributes.value(name)) + u';');
    }

    // Inside a cluster too the graph's node order decides: a member node where it comes, a child
    // cluster where its first node comes. A node listed in this cluster and another one is
    // mentioned in both (its attributes only once).
    void writeCluster(int depth, const DiagramCluster &cluster)
    {
        if (m_writtenClusters.contains(cluster.id))
            return;
        m_writtenClusters.insert(cluster.id);
        line(depth,
            QStringLiteral("subgraph ") + DotWriter::idToken(cluster.id) + QStringLiteral(" {"));
        writeAttributeStatements(depth + 1, cluster.attributes);
        QSet<QString> mentioned;
        const auto mention = [&](const QString &id) {
            if (!mentioned.contains(id)) {
                mentioned.insert(id);
                writeNode(depth + 1, id);
            }
        };
        for (const DiagramNode &node : m_graph.nodes) {
            if (cluster.nodes.contains(node.id)) {
                mention(node.id);
                continue;
            }
            if (m_writtenNodes.contains(node.id))
                continue;
            const QStringList path = m_graph.clusterPath(m_graph.clusterOf(node.id));
            if (const qsizetype at = path.indexOf(cluster.id); at > 0)
                writeCluster(depth + 1, *m_graph.cluster(path.at(at - 1)));
        }
        for (const QString &id : cluster.nodes)
            mention(id); // members the graph has no node for
        for (const DiagramCluster &child : m_graph.clusters)
            if (child.parent == cluster.id)
                writeCluster(depth + 1, child);
        writeSubgraphs(depth + 1, cluster.id, false);
        line(depth, QStringLiteral("}"));
    }

    // A node listed in two clusters carries its attributes at its first mention only.
    void writeNode(int depth, const QString &id)
    {
        const DiagramNode *node = m_writtenNodes.contains(id) ? nullptr : m_graph.node(id);
        m_writtenNodes.insert(id);
        line(depth,
            DotWriter::idToken(id) + (node ? attributeList(node->attributes) : QString()) + u';');
    }

    const DiagramGraph &m_graph;
    QString m_out;
    QSet<QString> m_writtenClusters;
    QSet<QString> m_writtenNodes;
    bool m_sectionWritten = false;
};

} // namespace

QByteArray DotWriter::write(const DiagramGraph &graph)
{
    return Writer(graph).text().toUtf8();
}

QString DotWriter::idToken(const QString &id)
{
    return isPlainId(id) || isNumeral(id) ? id : quoted(id);
}

QString DotWriter::valueToken(const QString &name, const QString &value)
{
    if (isHtmlLabel(value))
        return value;
    if (isAlwaysQuoted(name))
        return quoted(value);
    return idToken(value);
}

bool DotWriter::isHtmlLabel(const QString &value)
{
    if (value.size() < 2 || value.front() != u'<' || value.back() != u'>')
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'<')
            ++depth;
        else if (value.at(i) == u'>' && --depth == 0 && i + 1 < value.size())
            return false;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace ArchDeck

// DotWriter — the DOT text the editor saves and `archdeck fmt` prints. Ids are quoted exactly
// when DOT needs it; values keep their escapes; the statement and attribute order is fixed, so
// the same graph gives the same bytes; and what comes out is a graph Graphviz reads silently.
#include "dotwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

DiagramNode node(const QString &id, const DotAttributes &attributes = {})
{
    return DiagramNode {id, attributes};
}

DiagramEdge edge(const QString &tail, const QString &head, const DotAttributes &attributes = {})
{
    return DiagramEdge {tail, head, attributes};
}

DiagramCluster cluster(const QString &id, const DotAttributes &attributes, const QString &parent,
    const QStringList &nodes)
{
    return DiagramCluster {id, attributes, parent, nodes};
}

/// Everything the writer handles at once: comment, attributes of all sorts, clusters two deep, a
/// node in no cluster, ids that need quotes, an HTML label, escapes.
DiagramGraph richGraph()
{
    DiagramGraph graph;
    graph.name = u"q04_outbox_pattern"_s;
    graph.leadingComment = u"Transactional outbox\nrelay publishes \"OrderPlaced\""_s;
    graph.graphAttributes = {{u"rankdir"_s, u"TB"_s}, {u"nodesep"_s, u"0.5"_s}};
    graph.nodes = {
        node(u"client"_s, {{u"kind"_s, u"client"_s}, {u"label"_s, u"Client"_s}}),
        node(u"orders svc"_s, {{u"label"_s, u"Order\\nhandler"_s}, {u"kind"_s, u"service"_s}}),
        node(u"outbox"_s,
            {{u"kind"_s, u"database"_s}, {u"label"_s, u"<<b>outbox</b><br/>table>"_s}}),
        node(u"node"_s, {{u"kind"_s, u"note"_s}, {u"label"_s, u"say \"once\"\\l"_s}}),
        node(u"数据库"_s, {{u"kind"_s, u"database"_s}, {u"label"_s, u"ends in \\"_s}}),
    };
    graph.clusters = {
        cluster(u"cluster_orders"_s, {{u"kind"_s, u"boundary"_s}, {u"label"_s, u"Orders"_s}}, {},
            {u"orders svc"_s}),
        cluster(u"cluster_db"_s, {{u"label"_s, u"one transaction"_s}, {u"style"_s, u"dashed"_s}},
            u"cluster_orders"_s, {u"outbox"_s}),
    };
    graph.edges = {
        edge(u"client"_s, u"orders svc"_s, {{u"label"_s, u"POST /orders"_s}}),
        edge(u"orders svc"_s, u"outbox"_s,
            {{u"constraint"_s, u"false"_s}, {u"style"_s, u"dashed"_s}}),
        edge(u"node"_s, u"outbox"_s, {{u"arrowhead"_s, u"none"_s}, {u"style"_s, u"dotted"_s}}),
        edge(u"outbox"_s, u"数据库"_s),
    };
    return graph;
}

} // namespace

class TestDotWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesIdsOnlyWhenNeeded_data();
    void quotesIdsOnlyWhenNeeded();
    void writesValues_data();
    void writesValues();
    void ordersAttributes_data();
    void ordersAttributes();
    void writesGraphs_data();
    void writesGraphs();
    void writesTheSameBytesTwice();
    void graphvizReadsTheOutput();
};

void TestDotWriter::quotesIdsOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"orders_db"_s << u"orders_db"_s;
    QTest::newRow("leading underscore") << u"_x1"_s << u"_x1"_s;
    QTest::newRow("keyword") << u"node"_s << u"\"node\""_s;
    QTest::newRow("keyword, any case") << u"SubGraph"_s << u"\"SubGraph\""_s;
    QTest::newRow("keyword prefix") << u"nodes"_s << u"nodes"_s;
    QTest::newRow("strict") << u"strict"_s << u"\"strict\""_s;
    QTest::newRow("integer") << u"42"_s << u"42"_s;
    QTest::newRow("negative decimal") << u"-1.5"_s << u"-1.5"_s;
    QTest::newRow("leading dot") << u".5"_s << u".5"_s;
    QTest::newRow("trailing dot") << u"1."_s << u"1."_s;
    QTest::newRow("negative leading dot") << u"-.5"_s << u"-.5"_s;
    QTest::newRow("digit first") << u"1a"_s << u"\"1a\""_s;
    QTest::newRow("two dots") << u"1.2.3"_s << u"\"1.2.3\""_s;
    QTest::newRow("minus alone") << u"-"_s << u"\"-\""_s;
    QTest::newRow("hyphen") << u"a-b"_s << u"\"a-b\""_s;
    QTest::newRow("spaces") << u"orders db"_s << u"\"orders db\""_s;
    QTest::newRow("unicode") << u"café"_s << u"café"_s;
    QTest::newRow("unicode only") << u"数据库"_s << u"数据库"_s;
    QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \\\"hi\\\"\""_s;
    QTest::newRow("escaped quote kept") << u"a\\\"b"_s << u"\"a\\\"b\""_s;
    QTest::newRow("backslash escape kept") << u"a\\nb"_s << u"\"a\\nb\""_s;
    QTest::newRow("escaped backslash kept") << u"a\\\\b"_s << u"\"a\\\\b\""_s;
    QTest::newRow("trailing backslash doubled") << u"a\\"_s << u"\"a\\\\\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
}

void TestDotWriter::quotesIdsOnlyWhenNeeded()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(DotWriter::idToken(id), expected);
}

void TestDotWriter::writesValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain value bare") << u"rankdir"_s << u"LR"_s << u"LR"_s;
    QTest::newRow("number bare") << u"nodesep"_s << u"0.5"_s << u"0.5"_s;
    QTest::newRow("colour quoted") << u"color"_s << u"#ff0000"_s << u"\"#ff0000\""_s;
    QTest::newRow("kind always quoted") << u"kind"_s << u"service"_s << u"\"service\""_s;
    QTest::newRow("label always quoted") << u"label"_s << u"API"_s << u"\"API\""_s;
    QTest::newRow("xlabel always quoted") << u"xlabel"_s << u"n"_s << u"\"n\""_s;
    QTest::newRow("label escapes kept") << u"label"_s << u"a\\nb\\lc\\r"_s << u"\"a\\nb\\lc\\r\""_s;
    QTest::newRow("html label") << u"label"_s << u"<<b>API</b>>"_s << u"<<b>API</b>>"_s;
    QTest::newRow("html, plain text") << u"label"_s << u"<API>"_s << u"<API>"_s;
    QTest::newRow("not one html label") << u"label"_s << u"<b>x</b>"_s << u"\"<b>x</b>\""_s;
    QTest::newRow("unbalanced") << u"label"_s << u"<a"_s << u"\"<a\""_s;
    QTest::newRow("unclosed inside") << u"label"_s << u"<<a>"_s << u"\"<<a>\""_s;
    QTest::newRow("empty label") << u"label"_s << QString() << u"\"\""_s;
}

void TestDotWriter::writesValues()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(DotWriter::valueToken(name, value), expected);
}

void TestDotWriter::ordersAttributes_data()
{
    QTest::addColumn<DotAttributes>("attributes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << DotAttributes() << u"a;"_s;
    QTest::newRow("kind before label") << DotAttributes {{u"label"_s, u"API"_s},
        {u"kind"_s, u"service"_s}} << u"a [kind=\"service\", label=\"API\"];"_s;
    QTest::newRow("others by name after")
        << DotAttributes {{u"style"_s, u"dashed"_s}, {u"label"_s, u"L"_s},
               {u"arrowhead"_s, u"none"_s}, {u"kind"_s, u"note"_s}, {u"zeta"_s, u"1"_s}}
        << u"a [kind=\"note\", label=\"L\", arrowhead=none, style=dashed, zeta=1];"_s;
    QTest::newRow("label without kind") << DotAttributes {{u"width"_s, u"2"_s},
        {u"label"_s, u"L"_s}} << u"a [label=\"L\", width=2];"_s;
    QTest::newRow("unknown attribute kept")
        << DotAttributes {{u"owner team"_s, u"payments"_s}} << u"a [\"owner team\"=payments];"_s;
}

void TestDotWriter::ordersAttributes()
{
    QFETCH(DotAttributes, attributes);
    QFETCH(QString, expected);
    DiagramGraph graph;
    graph.nodes = {node(u"a"_s, attributes)};
    const QString text = QString::fromUtf8(DotWriter::write(graph));
    QCOMPARE(text, u"digraph {\n  "_s + expected + u"\n}\n"_s);
}

void TestDotWriter::writesGraphs_data()
{
    QTest::addColumn<DiagramGraph>("graph");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << DiagramGraph() << u"digraph {\n}\n"_s;

    DiagramGraph small;
    small.name = u"g"_s;
    small.graphAttributes = {{u"rankdir"_s, u"LR"_s}};
    small.nodes = {node(u"api"_s, {{u"label"_s, u"API"_s}, {u"kind"_s, u"service"_s}}),
        node(u"client"_s, {{u"kind"_s, u"client"_s}})};
    small.clusters = {
        cluster(u"cluster_vpc"_s, {{u"label"_s, u"VPC"_s}, {u"kind"_s, u"vpc"_s}}, {}, {u"api"_s})};
    small.edges = {edge(u"client"_s, u"api"_s, {{u"label"_s, u"HTTPS"_s}})};
    QTest::newRow("small graph") << small << uR"(digraph g {
  rankdir=LR;

  subgraph cluster_vpc {
    kind="vpc";
    label="VPC";
    api [kind="service", label="API"];
  }

  client [kind="client"];

  client -> api [label="HTTPS"];
}
)"_s;

    DiagramGraph nested;
    nested.nodes = {node(u"a"_s), node(u"b"_s), node(u"c"_s), node(u"d"_s)};
    nested.clusters = {
        cluster(u"cluster_region"_s, {{u"kind"_s, u"region"_s}}, {}, {u"a"_s}),
        cluster(u"cluster_az"_s, {{u"kind"_s, u"az"_s}}, u"cluster_region"_s, {u"b"_s}),
        cluster(u"cluster_subnet"_s, {}, u"cluster_az"_s, {u"c"_s}),
        cluster(u"cluster_other"_s, {}, {}, {}),
    };
    QTest::newRow("clusters nested two deep") << nested << uR"(digraph {
  subgraph cluster_region {
    kind="region";
    a;
    subgraph cluster_az {
      kind="az";
      b;
      subgraph cluster_subnet {
        c;
      }
    }
  }

  d;

  subgraph cluster_other {
  }
}
)"_s;

    DiagramGraph orphan;
    orphan.nodes = {node(u"a"_s, {{u"kind"_s, u"step"_s}})};
    orphan.clusters = {cluster(u"cluster_x"_s, {}, u"cluster_gone"_s, {u"a"_s, u"b"_s}),
        cluster(u"cluster_y"_s, {}, {}, {u"a"_s})};
    QTest::newRow("missing parent, node in two clusters, unknown node") << orphan << uR"(digraph {
  subgraph cluster_x {
    a [kind="step"];
    b;
  }

  subgraph cluster_y {
    a;
  }
}
)"_s;

    DiagramGraph ordered;
    ordered.nodeDefaults = {{u"fontsize"_s, u"9"_s}};
    ordered.edgeDefaults = {{u"color"_s, u"#336699"_s}};
    ordered.nodes = {node(u"client"_s), node(u"api"_s), node(u"worker"_s), node(u"db"_s)};
    ordered.clusters = {cluster(u"cluster_vpc"_s, {}, {}, {u"api"_s, u"worker"_s})};
    ordered.subgraphs = {DiagramSubgraph {{}, {{u"rank"_s, u"same"_s}}, {}, {u"client"_s, u"api"_s}},
        DiagramSubgraph {u"inner"_s, {{u"rank"_s, u"min"_s}}, u"cluster_vpc"_s, {u"worker"_s}}};
    QTest::newRow("file order, defaults, plain subgraphs") << ordered << uR"(digraph {
  node [fontsize=9];
  edge [color="#336699"];

  client;

  subgraph cluster_vpc {
    api;
    worker;
    subgraph inner { rank=min; worker; }
  }

  db;

  { rank=same; client; api; }
}
)"_s;

    DiagramGraph undirected;
    undirected.name = u"mesh"_s;
    undirected.directed = false;
    undirected.strict = true;
    undirected.nodes = {node(u"a"_s), node(u"b"_s)};
    undirected.edges = {edge(u"a"_s, u"b"_s), edge(u"b"_s, u"a"_s, {{u"style"_s, u"dotted"_s}})};
    QTest::newRow("undirected strict") << undirected << uR"(strict graph mesh {
  a;
  b;

  a -- b;
  b -- a [style=dotted];
}
)"_s;

    DiagramGraph html;
    html.name = u"graph"_s;
    html.nodes = {node(u"t"_s, {{u"label"_s, u"<<table><tr><td>Orders</td></tr></table>>"_s}})};
    QTest::newRow("html label, keyword name") << html << uR"(digraph "graph" {
  t [label=<<table><tr><td>Orders</td></tr></table>>];
}
)"_s;

    DiagramGraph commented;
    commented.leadingComment = u"What it shows\n\nsecond paragraph"_s;
    QTest::newRow("leading comment") << commented << uR"(// What it shows
//
// second paragraph
digraph {
}
)"_s;
}

void TestDotWriter::writesGraphs()
{
    QFETCH(DiagramGraph, graph);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromUtf8(DotWriter::write(graph)), expected);
}

void TestDotWriter::writesTheSameBytesTwice()
{
    const DiagramGraph graph = richGraph();
    const QByteArray first = DotWriter::write(graph);
    QVERIFY(!first.isEmpty());
    QCOMPARE(DotWriter::write(graph), first);
    const DiagramGraph copy = graph;
    QCOMPARE(DotWriter::write(copy), first);
}

void TestDotWriter::graphvizReadsTheOutput()
{
    const QString dot = QStandardPaths::findExecutable(u"dot"_s);
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    const QByteArray text = DotWriter::write(richGraph());

    QProcess process;
    process.start(dot, {u"-Tcanon"_s});
    QVERIFY(process.waitForStarted());
    process.write(text);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.isEmpty(), errors.constData());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    // What Graphviz read back is the graph we wrote: the clusters nest, the names and values
    // that needed quotes or escapes arrive intact.
    const QString canon = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(canon.contains(u"subgraph cluster_orders"_s), qPrintable(canon));
    QVERIFY(canon.indexOf(u"subgraph cluster_db"_s) > canon.indexOf(u"subgraph cluster_orders"_s));
    QVERIFY(canon.contains(u"\"orders svc\" -> outbox"_s));
    QVERIFY(canon.contains(u"\"node\" -> outbox"_s));
    QVERIFY(canon.contains(u"outbox -> 数据库"_s));
    QVERIFY(canon.contains(u"label=<<b>outbox</b><br/>table>"_s));
    QVERIFY(canon.contains(u"label=\"say \\\"once\\\"\\l\""_s));
    QVERIFY(canon.contains(u"label=\"Order\\nhandler\""_s));
    QVERIFY(canon.contains(u"label=\"ends in \\\\\""_s)); // a lone \ at the end, doubled
}

QTEST_GUILESS_MAIN(TestDotWriter)
#include "tst_dotwriter.moc"

// Parsing through the real archdeck-layout worker: the DiagramGraph Graphviz's reader gives for
// DOT (clusters, HTML labels, escapes, undirected strict graphs), errors with their lines, the
// async parsed() signal, and parse → DotWriter::write → parse over every bundled diagram.
#include "dotwriter.h"
#include "layoutengine.h"
#include "testdiagrams.h"

#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>


using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

QString describe(const DotAttributes &attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return u'[' + parts.join(u", ") + u']';
}

/// The first place two graphs differ, for a failure message.
QString firstDifference(const DiagramGraph &a, const DiagramGraph &b)
{
    if (a.name != b.name || a.directed != b.directed || a.strict != b.strict)
        return u"header"_s;
    if (a.leadingComment != b.leadingComment)
        return u"leading comment: «%1» vs «%2»"_s.arg(a.leadingComment, b.leadingComment);
    if (a.graphAttributes != b.graphAttributes)
        return u"graph attributes %1 vs %2"_s.arg(
            describe(a.graphAttributes), describe(b.graphAttributes));
    if (a.nodeDefaults != b.nodeDefaults || a.edgeDefaults != b.edgeDefaults)
        return u"defaults node %1 edge %2 vs node %3 edge %4"_s.arg(describe(a.nodeDefaults),
            describe(a.edgeDefaults), describe(b.nodeDefaults), describe(b.edgeDefaults));
    for (qsizetype i = 0; i < std::max(a.nodes.size(), b.nodes.size()); ++i) {
        const DiagramNode x = a.nodes.value(i);
        const DiagramNode y = b.nodes.value(i);
        if (!(x == y))
            return u"node %1: %2 %3 vs %4 %5"_s.arg(i).arg(
                x.id, describe(x.attributes), y.id, describe(y.attributes));
    }
    for (qsizetype i = 0; i < std::max(a.edges.size(), b.edges.size()); ++i) {
        const DiagramEdge x = a.edges.value(i);
        const DiagramEdge y = b.edges.value(i);
        if (!(x == y))
            return u"edge %1: %2->%3 %4 vs %5->%6 %7"_s.arg(i).arg(
                x.tail, x.head, describe(x.attributes), y.tail, y.head, describe(y.attributes));
    }
    for (qsizetype i = 0; i < std::max(a.clusters.size(), b.clusters.size()); ++i) {
        const DiagramCluster x = a.clusters.value(i);
        const DiagramCluster y = b.clusters.value(i);
        if (!(x == y))
            return u"cluster %1: %2 in '%3' %4 {%5} vs %6 in '%7' %8 {%9}"_s.arg(i).arg(x.id,
                x.parent, describe(x.attributes), x.nodes.join(u' '), y.id, y.parent,
                describe(y.attributes), y.nodes.join(u' '));
    }
    for (qsizetype i = 0; i < std::max(a.subgraphs.size(), b.subgraphs.size()); ++i) {
        const DiagramSubgraph x = a.subgraphs.value(i);
        const DiagramSubgraph y = b.subgraphs.value(i);
        if (!(x == y))
            return u"subgraph %1: '%2' in '%3' %4 {%5} vs '%6' in '%7' %8 {%9}"_s.arg(i).arg(x.id,
                x.parent, describe(x.attributes), x.nodes.join(u' '), y.id, y.parent,
                describe(y.attributes), y.nodes.join(u' '));
    }
    return {};
}

QString diagramsDir()
{
    return QStringLiteral(ARCHDECK_DIAGRAMS_DIR);
}

} // namespace

class TestGraphReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsStructure();
    void keepsNodeAndEdgeOrder();
    void readsSubgraphsAndDefaults();
    void errorsHaveLines_data();
    void errorsHaveLines();
    void parseIsAsynchronous();
    void roundTripsBundledDiagrams_data();
    void roundTripsBundledDiagrams();

private:
    LayoutEngine *m_engine = nullptr;
};

void TestGraphReader::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE)), ARCHDECK_LAYOUT_WORKER_EXE);
    m_engine = new LayoutEngine(TestDiagrams::workerOptions(), this);
}

void TestGraphReader::readsStructure()
{
    const QByteArray dot = "// Two clusters deep\n"
                           "//\n"
                           "// third line\n"
                           "strict graph \"nested g\" {\n"
                           "  label=\"Top\";\n"
                           "  node [shape=box];\n"
                           "  subgraph cluster_outer {\n"
                           "    label=\"Outer\";\n"
                           "    a [label=<<b>A</b> &amp; B>, kind=\"service\"];\n"
                           "    subgraph cluster_inner {\n"
                           "      kind=\"vpc\";\n"
                           "      b [label=\"line\\nbreak \\\"quoted\\\"\"];\n"
                           "    }\n"
                           "  }\n"
                           "  c;\n"
                           "  a -- b [label=\"x\\ly\"];\n"
                           "  b -- c;\n"
                           "  b -- c;\n" // strict: merged into the edge above
                           "}\n";
    const Result<DiagramGraph> parsed = m_engine->parseNow(dot, u"in.dot"_s);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.errorMessage()));
    const DiagramGraph &g = parsed.value;

    DiagramGraph expected;
    expected.name = u"nested g"_s;
    expected.directed = false;
    expected.strict = true;
    expected.leadingComment = u"Two clusters deep\n\nthird line"_s;
    expected.graphAttributes = {{u"label"_s, u"Top"_s}};
    // `node [shape=box]` at the top is a default, not a node's own attribute.
    expected.nodeDefaults = {{u"shape"_s, u"box"_s}};
    expected.nodes = {{u"a"_s, {{u"kind"_s, u"service"_s}, {u"label"_s, u"<<b>A</b> &amp; B>"_s}}},
        {u"b"_s, {{u"label"_s, u"line\\nbreak \\\"quoted\\\""_s}}}, {u"c"_s, {}}};
    expected.edges = {{u"a"_s, u"b"_s, {{u"label"_s, u"x\\ly"_s}}}, {u"b"_s, u"c"_s, {}}};
    // The inner cluster does not take the outer's label as its own.
    expected.clusters = {{u"cluster_outer"_s, {{u"label"_s, u"Outer"_s}}, {}, {u"a"_s}},
        {u"cluster_inner"_s, {{u"kind"_s, u"vpc"_s}}, u"cluster_outer"_s, {u"b"_s}}};
    QVERIFY2(g == expected, qPrintable(firstDifference(g, expected)));
    QCOMPARE(g.clusterOf(u"b"_s), u"cluster_inner"_s);

    // What the writer makes of it reads back the same.
    const Result<DiagramGraph> again = m_engine->parseNow(DotWriter::write(g), u"in.dot"_s);
    QVERIFY2(again.isOk(), qPrintable(again.errorMessage()));
    QVERIFY2(again.value == g, qPrintable(firstDifference(again.value, g)));
}

void TestGraphReader::keepsNodeAndEdgeOrder()
{
    // Named subgraphs and nodes are stored by id inside cgraph; the reader gives file order.
    const QByteArray dot = "digraph {\n  zeta; alpha; subgraph cluster_z { m } subgraph cluster_a"
                           " { k }\n  zeta -> alpha; k -> m; alpha -> zeta [color=red]\n}\n";
    const Result<DiagramGraph> parsed = m_engine->parseNow(dot, u"in.dot"_s);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.errorMessage()));
    const DiagramGraph &g = parsed.value;
    QCOMPARE(g.name, QString()); // anonymous
    QVERIFY(g.directed);
    QVERIFY(!g.strict);
    QStringList nodes;
    for (const DiagramNode &n : g.nodes)
        nodes.append(n.id);
    QCOMPARE(nodes, (QStringList {u"zeta"_s, u"alpha"_s, u"m"_s, u"k"_s}));
    QStringList edges;
    for (const DiagramEdge &e : g.edges)
        edges.append(e.tail + u"->"_s + e.head + describe(e.attributes));
    QCOMPARE(edges, (QStringList {u"zeta->alpha[]"_s, u"k->m[]"_s, u"alpha->zeta[color=red]"_s}));
    QCOMPARE(g.clusters.size(), 2);
    QCOMPARE(g.clusters[0].id, u"cluster_z"_s);
    QCOMPARE(g.clusters[1].id, u"cluster_a"_s);
}

void TestGraphReader::readsSubgraphsAndDefaults()
{
    const QByteArray dot = "digraph {\n"
                           "  node [fontsize=9]; edge [color=\"#336699\"];\n"
                           "  a; subgraph cluster_x { b; c; { rank=same; b; c; } }\n"
                           "  { rank=same; a; d [kind=\"queue\"]; }\n"
                           "  subgraph keep { e; }\n"
                           "  a -> { b c };\n" // sets nothing: edges only, no subgraph kept
                           "}\n";
    const Result<DiagramGraph> parsed = m_engine->parseNow(dot, u"in.dot"_s);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.errorMessage()));
    const DiagramGraph &g = parsed.value;
    QCOMPARE(g.nodeDefaults, (DotAttributes {{u"fontsize"_s, u"9"_s}}));
    QCOMPARE(g.edgeDefaults, (DotAttributes {{u"color"_s, u"#336699"_s}}));
    QCOMPARE(g.subgraphs.size(), 3);
    const DotAttributes same {{u"rank"_s, u"same"_s}};
    QCOMPARE(g.subgraphs[0], (DiagramSubgraph {{}, same, u"cluster_x"_s, {u"b"_s, u"c"_s}}));
    QCOMPARE(g.subgraphs[1], (DiagramSubgraph {{}, same, {}, {u"a"_s, u"d"_s}}));
    QCOMPARE(g.subgraphs[2], (DiagramSubgraph {u"keep"_s, {}, {}, {u"e"_s}}));
    QCOMPARE(g.node(u"d"_s)->kind(), u"queue"_s);
    QCOMPARE(g.edges.size(), 2); // a -> b, a -> c
    // The file's node order survives a write: a before the cluster, d and e after it.
    const QByteArray written = DotWriter::write(g);
    const Result<DiagramGraph> again = m_engine->parseNow(written, u"in.dot"_s);
    QVERIFY2(again.isOk(), qPrintable(again.errorMessage()));
    QVERIFY2(again.value == g, qPrintable(firstDifference(again.value, g) + u"\n"_s + QString::fromUtf8(written)));
}

void TestGraphReader::errorsHaveLines_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("error");

    QTest::newRow("syntax error") << QByteArray("digraph G {\n  a -> b\n  c -> ;\n}\n")
                                  << u"in.dot:3: syntax error near ';'"_s;
    QTest::newRow("wrong edge operator")
        << QByteArray("graph G {\n  a -> b\n}\n") << u"in.dot:2: syntax error near '->'"_s;
    QTest::newRow("unclosed graph")
        << QByteArray("digraph G {\n  a -> b\n") << u"in.dot:3: syntax error"_s;
    QTest::newRow("empty file") << QByteArray() << u"in.dot: no graph found"_s;
    QTest::newRow("NUL byte") << QByteArray("digraph G {\n  a", 15) + QByteArray(1, '\0') + "}\n"
                              << u"in.dot:2:4: the file contains a NUL byte; is it text?"_s;
    // The sanitizer's limits hold for a parse as for a render.
    QByteArray longLabel = "digraph G {\n  a [label=\"" + QByteArray(2500, 'x') + "\"]\n}\n";
    QTest::newRow("label over the limit") << longLabel << QString();
}

void TestGraphReader::errorsHaveLines()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, error);
    const Result<DiagramGraph> parsed = m_engine->parseNow(dot, u"in.dot"_s);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.value, DiagramGraph {});
    if (error.isEmpty()) { // only that it failed, on the line of the label
        QVERIFY2(parsed.errorMessage().contains(u"label"_s), qPrintable(parsed.errorMessage()));
        return;
    }
    QStringList errors;
    for (const Diagnostic &d : parsed.diagnostics)
        if (d.isError())
            errors.append(d.toString());
    QCOMPARE(errors.value(0), error);
}

void TestGraphReader::parseIsAsynchronous()
{
    LayoutEngine engine(TestDiagrams::workerOptions());
    QSignalSpy parsedSpy(&engine, &LayoutEngine::parsed);
    QSignalSpy renderedSpy(&engine, &LayoutEngine::rendered);
    const quint64 first = engine.parse("digraph { a -> b }", u"one.dot"_s);
    const quint64 second = engine.parse("digraph { a -> }", u"two.dot"_s);
    QVERIFY(first != second);
    QCOMPARE(parsedSpy.size(), 0); // nothing before the event loop runs
    QTRY_COMPARE_WITH_TIMEOUT(parsedSpy.size(), 2, 20000);
    QCOMPARE(parsedSpy[0][0].toULongLong(), first);
    const auto one = parsedSpy[0][1].value<Result<DiagramGraph>>();
    QVERIFY(one.isOk());
    QCOMPARE(one.value.edges.size(), 1);
    QCOMPARE(parsedSpy[1][0].toULongLong(), second);
    const auto two = parsedSpy[1][1].value<Result<DiagramGraph>>();
    QVERIFY(!two.isOk());
    QCOMPARE(two.diagnostics.constFirst().file, u"two.dot"_s);
    QCOMPARE(renderedSpy.size(), 0); // a parse is not a render
}

void TestGraphReader::roundTripsBundledDiagrams_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(diagramsDir()).entryList({u"*.dot"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 44);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QDir(diagramsDir()).filePath(file);
}

void TestGraphReader::roundTripsBundledDiagrams()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray dot = file.readAll();
    const Result<DiagramGraph> first = m_engine->parseNow(dot, path);
    QVERIFY2(first.isOk(), qPrintable(first.errorMessage()));
    QVERIFY(!first.value.nodes.isEmpty());
    const QByteArray written = DotWriter::write(first.value);
    const Result<DiagramGraph> second = m_engine->parseNow(written, path);
    QVERIFY2(second.isOk(), qPrintable(second.errorMessage()));
    // Everything comes back unchanged: attributes, nodes and edges in order, clusters with parents
    // and members, rank=same subgraphs, the leading comment.
    QVERIFY2(second.value == first.value, qPrintable(firstDifference(first.value, second.value)));
    // And from then on the text is stable: writing what was read back gives the same bytes.
    QCOMPARE(DotWriter::write(second.value), written);
}

QTEST_GUILESS_MAIN(TestGraphReader)
#include "tst_graphreader.moc"

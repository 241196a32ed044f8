// Tests for what LayoutEngine (and its archdeck-layout worker) says about a diagram: syntax
// errors with lines, warnings for unknown colours and kinds, and the size limits; also that one
// render leaves nothing behind in the long-lived worker for the next.
#include "layoutengine.h"
#include "testdiagrams.h"

#include <QFile>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;
using namespace TestDiagrams;

class TestLayoutDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void syntaxErrorsCarryLines_data();
    void syntaxErrorsCarryLines();
    void syntaxErrorAfterGoodRender();
    void graphvizOwnWordsAreTheDetail();
    void nothingCarriesOverBetweenRenders();
    void badHtmlLabelFallsBackToText();
    void unknownValuesWarn_data();
    void unknownValuesWarn();
    void sourceAtByteLimitIsAccepted();
    void tooManyElements_data();
    void tooManyElements();
    void labelLength_data();
    void labelLength();

private:
    /// One engine (one worker) for most cases, so each also checks that the renders before it
    /// — failed or not — left nothing behind in Graphviz.
    LayoutEngine *m_shared = nullptr;
};

void TestLayoutDiagnostics::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE)), ARCHDECK_LAYOUT_WORKER_EXE);
    m_shared = new LayoutEngine(workerOptions(), this);
}

void TestLayoutDiagnostics::cleanupTestCase()
{
    delete m_shared;
    m_shared = nullptr;
}

void TestLayoutDiagnostics::syntaxErrorsCarryLines_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("expected"); // the first diagnostic, as toString() prints it

    QTest::newRow("missing edge head") << QByteArray("digraph G {\n  a -> b\n  b -> ;\n}\n")
                                       << u"in.dot:3: syntax error near ';'"_s;
    QTest::newRow("undirected edge in digraph")
        << QByteArray("digraph {\n\n\n  a -- b\n}\n") << u"in.dot:4: syntax error near '--'"_s;
    QTest::newRow("directed edge in graph")
        << QByteArray("graph G {\n  a -> b\n}\n") << u"in.dot:2: syntax error near '->'"_s;
    QTest::newRow("missing closing brace")
        << QByteArray("digraph G {\n  a -> b\n") << u"in.dot:3: syntax error"_s;
    QTest::newRow("unterminated string")
        << QByteArray("digraph G {\n  a [label=\"x\n")
        << u"in.dot:2: syntax error scanning a quoted string (missing endquote? longer than "
           "16384?) String starting:\"x"_s;
    QTest::newRow("empty file") << QByteArray() << u"in.dot: no graph found"_s;
    QTest::newRow("only a comment") << QByteArray("/* nothing */\n") << u"in.dot: no graph found"_s;
    QTest::newRow("NUL byte") << QByteArrayLiteral("digraph G {\n  a\n  b\0\n}\n")
                              << u"in.dot:3:4: the file contains a NUL byte; is it text?"_s;
    QTest::newRow("stray closing brace after the graph")
        << QByteArray("digraph G {\n  a -> b\n}\n}\n") << u"in.dot:4: syntax error near '}'"_s;
    QTest::newRow("text after the graph") << QByteArray("digraph G { a }\n\nleftover ;\n")
                                          << u"in.dot:3: syntax error near 'leftover'"_s;
    QTest::newRow("error deep in a file")
        << QByteArray("digraph G {\n" + QByteArray("  a -> b\n").repeated(40) + "  ] \n}\n")
        << u"in.dot:42: syntax error near ']'"_s;
}

void TestLayoutDiagnostics::syntaxErrorsCarryLines()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, expected);
    LayoutEngine engine(workerOptions()); // a fresh worker: see syntaxErrorAfterGoodRender()
    const RenderResult result = engine.renderNow(source(dot));
    QVERIFY(!result.isOk());
    QVERIFY(result.svg.isEmpty());
    QVERIFY(hasErrors(result.diagnostics));
    QCOMPARE(messages(result).value(0), expected);
    QCOMPARE(result.diagnostics.constFirst().file, u"in.dot"_s);

    // The worker survives a refused diagram and renders the next one.
    QVERIFY(engine.renderNow(source(numbered(1))).isOk());
    QCOMPARE(engine.workerStarts(), 1);
}

void TestLayoutDiagnostics::syntaxErrorAfterGoodRender()
{
    LayoutEngine engine(workerOptions());
    const QByteArray broken = "digraph G {\n  a -> b\n  b -> ;\n}\n";
    QCOMPARE(
        messages(engine.renderNow(source(broken))).value(0), u"in.dot:3: syntax error near ';'"_s);
    QVERIFY(engine.renderNow(source(good())).isOk());
    // Not the cached answer: the same error in a different text.
    const RenderResult again = engine.renderNow(source(broken + "\n"));
    QCOMPARE(messages(again).value(0), u"in.dot:3: syntax error near ';'"_s);
}

void TestLayoutDiagnostics::graphvizOwnWordsAreTheDetail()
{
    // The message is rephrased for the user; what Graphviz said crosses the pipe as the detail,
    // for logs and bug reports. Diagnostics of ArchDeck's own carry none.
    const RenderResult broken = m_shared->renderNow(source("digraph G {\n  a -> b\n  b -> ;\n}\n"));
    QCOMPARE(broken.diagnostics.size(), 1);
    QCOMPARE(broken.diagnostics.constFirst().message, u"syntax error near ';'"_s);
    QCOMPARE(broken.diagnostics.constFirst().detail, u"Error: syntax error in line 3 near ';'"_s);

    const RenderResult colour = m_shared->renderNow(
        source("digraph G {\n  subgraph cluster_x {\n    pencolor=bogus\n    c\n  }\n}\n"));
    QCOMPARE(messages(colour), QStringList {u"in.dot:3: warning: bogus is not a known color."_s});
    QCOMPARE(colour.diagnostics.constFirst().detail, u"Warning: bogus is not a known color."_s);

    const RenderResult nul = m_shared->renderNow(source(QByteArrayLiteral("digraph G { a\0 }")));
    QCOMPARE(nul.diagnostics.size(), 1);
    QCOMPARE(nul.diagnostics.constFirst().column, 14);
    QCOMPARE(nul.diagnostics.constFirst().detail, QString());
}

void TestLayoutDiagnostics::nothingCarriesOverBetweenRenders()
{
    LayoutEngine engine(workerOptions());
    // Valid DOT: a file may hold several graphs; ArchDeck draws the first and says so.
    const RenderResult first = engine.renderNow(
        source("digraph G { a [kind=\"service\"] }\n// H:\ndigraph H { leaked }\n"));
    QVERIFY2(first.isOk(), qPrintable(joined(first)));
    QCOMPARE(messages(first),
        QStringList {u"in.dot:3: warning: the file holds more than one graph; ArchDeck draws "
                     "only the first"_s});
    QVERIFY(!first.svg.contains("leaked"));
    const RenderResult second = engine.renderNow(source("digraph X {\n  mine\n}\n"));
    QVERIFY2(second.isOk(), qPrintable(joined(second)));
    QStringList nodes;
    for (const LayoutElement &e : second.layout.elements)
        nodes.append(e.id);
    QCOMPARE(nodes, QStringList {u"mine"_s});
    QCOMPARE(messages(second), QStringList());

    // Comments and blank lines after the graph are nothing to mention.
    const RenderResult third
        = engine.renderNow(source("digraph X {\n  mine\n}\n\n/* the end */\n# and\n"));
    QVERIFY2(third.isOk(), qPrintable(joined(third)));
    QCOMPARE(messages(third), QStringList());
}

void TestLayoutDiagnostics::badHtmlLabelFallsBackToText()
{
    const RenderResult result
        = m_shared->renderNow(source("digraph G {\n  b\n  a [label=<<B>x</I>>]\n}\n"));
    QVERIFY2(result.isOk(), qPrintable(joined(result))); // Graphviz shows the text instead
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.constFirst();
    QVERIFY2(d.message.contains(u"in label of node a"_s), qPrintable(d.message));
    QCOMPARE(d.line, 3);
}

void TestLayoutDiagnostics::unknownValuesWarn_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("expected"); // one of the diagnostics, as toString() prints it

    QTest::newRow("cluster pencolor") << QByteArray(
        "digraph G {\n  a -> b\n  subgraph cluster_x {\n    pencolor=\"bogus1\"\n"
        "    c\n  }\n}\n") << u"in.dot:4: warning: bogus1 is not a known color."_s;
    QTest::newRow("edge labelfontcolor")
        << QByteArray("digraph G {\n  a -> b\n  a -> c [headlabel=h labelfontcolor=bogus2]\n}\n")
        << u"in.dot:3: warning: bogus2 is not a known color."_s;
    QTest::newRow("node kind, quoted")
        << QByteArray("digraph G {\n  a\n  b [kind=\"databse\"]\n}\n")
        << u"in.dot:3: warning: unknown kind 'databse' on node 'b' (known: client, actor, "
           "gateway, loadbalancer, endpoint, router, service, function, queue, topic, stream, "
           "database, cache, storage, scheduler, worker, external, identity, secrets, firewall, "
           "monitor, decision, state, step, note)"_s;
    QTest::newRow("cluster kind, quoted")
        << QByteArray("digraph G {\n  subgraph cluster_1 {\n    kind=\"regoin\"\n    b\n  }\n}\n")
        << u"in.dot:3: warning: unknown cluster kind 'regoin' in 'cluster_1' (known: region, az, "
           "vpc, subnet, boundary, lane, group)"_s;
    QTest::newRow("node kind, unquoted")
        << QByteArray("digraph G {\n  a\n  b [kind=databse]\n}\n")
        << u"in.dot:3: warning: unknown kind 'databse' on node 'b' (known: client, actor, "
           "gateway, loadbalancer, endpoint, router, service, function, queue, topic, stream, "
           "database, cache, storage, scheduler, worker, external, identity, secrets, firewall, "
           "monitor, decision, state, step, note)"_s;
    QTest::newRow("cluster kind, unquoted")
        << QByteArray("digraph G {\n  subgraph cluster_1 {\n    kind=regoin\n    b\n  }\n}\n")
        << u"in.dot:3: warning: unknown cluster kind 'regoin' in 'cluster_1' (known: region, az, "
           "vpc, subnet, boundary, lane, group)"_s;
}

void TestLayoutDiagnostics::unknownValuesWarn()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, expected);
    const RenderResult result = m_shared->renderNow(source(dot));
    QVERIFY2(result.isOk(), qPrintable(joined(result)));
    QVERIFY(!hasErrors(result.diagnostics));
    QVERIFY(result.warningCount() >= 1);
    QVERIFY2(messages(result).contains(expected), qPrintable(joined(result)));
}

void TestLayoutDiagnostics::sourceAtByteLimitIsAccepted()
{
    QByteArray dot = "digraph G {\n  a\n/*";
    dot += QByteArray(1024 * 1024 - dot.size() - 4, 'x');
    dot += "*/}\n";
    QCOMPARE(dot.size(), 1024 * 1024);
    const RenderResult result = m_shared->renderNow(source(dot));
    QVERIFY2(result.isOk(), qPrintable(joined(result)));
}

void TestLayoutDiagnostics::tooManyElements_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<QString>("expected"); // empty: renders

    QTest::newRow("60 nodes") << 60 << 0
                              << u"in.dot: the diagram has 60 nodes and 0 edges; the limit is 50 "
                                 "of each"_s;
    QTest::newRow("10 nodes, 51 edges")
        << 10 << 51 << u"in.dot: the diagram has 10 nodes and 51 edges; the limit is 50 of each"_s;
    QTest::newRow("50 nodes, 50 edges") << 50 << 50 << QString();
}

void TestLayoutDiagnostics::tooManyElements()
{
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(QString, expected);
    LayoutEngine::Options options = workerOptions();
    options.limits.maxElements = 50;
    LayoutEngine engine(options);

    QByteArray dot = "digraph G {\n";
    for (int i = 0; i < nodes; ++i)
        dot += "  n" + QByteArray::number(i) + "\n";
    for (int i = 0; i < edges; ++i) // a chain, wrapping around: parallel edges count too
        dot += "  n" + QByteArray::number(i % nodes) + " -> n" + QByteArray::number((i + 1) % nodes)
            + "\n";
    dot += "}\n";
    const RenderResult result = engine.renderNow(source(dot));
    if (expected.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(joined(result)));
        return;
    }
    QVERIFY(!result.isOk());
    QCOMPARE(messages(result), QStringList {expected});
}

void TestLayoutDiagnostics::labelLength_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected"); // empty: renders

    QTest::newRow("2000 characters") << QString(2000, u'x') << QString();
    QTest::newRow("2001 characters") << QString(
        2001, u'x') << u"in.dot:3: the label of node 'b' has 2001 characters; the limit is 2000"_s;
    QString emoji;
    for (int i = 0; i < 1500; ++i)
        emoji += QString::fromUcs4(U"\U0001F680", 1);
    QTest::newRow("1500 emoji") << emoji << QString(); // characters, not UTF-16 units
}

void TestLayoutDiagnostics::labelLength()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    const QByteArray dot = "digraph G {\n  a -> b\n  b [label=\"" + label.toUtf8() + "\"]\n}\n";
    const RenderResult result = m_shared->renderNow(source(dot));
    if (expected.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(joined(result).left(300)));
        return;
    }
    QVERIFY(!result.isOk());
    QCOMPARE(messages(result), QStringList {expected});
}

QTEST_GUILESS_MAIN(TestLayoutDiagnostics)
#include "tst_layoutdiagnostics.moc"

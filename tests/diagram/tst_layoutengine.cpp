// Tests for LayoutEngine over the real archdeck-layout worker: what a good render gives back
// (SVG, layout, ids, bounds), and supervision: crash, timeout, recycling, a worker that cannot
// start. How requests are ordered, superseded, cancelled and cached is in tst_layoutrequests;
// diagnostics and limits are in tst_layoutdiagnostics.
#include "layoutengine.h"
#include "testdiagrams.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ArchDeck;
using namespace Qt::StringLiterals;
using namespace TestDiagrams;

namespace {

const LayoutElement *findElement(
    const DiagramLayout &layout, LayoutElement::Type type, const QString &id)
{
    for (const LayoutElement &e : layout.elements)
        if (e.type == type && e.id == id)
            return &e;
    return nullptr;
}

int countOf(const DiagramLayout &layout, LayoutElement::Type type)
{
    return int(std::count_if(layout.elements.cbegin(), layout.elements.cend(),
        [type](const LayoutElement &e) { return e.type == type; }));
}

} // namespace

class TestLayoutEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void goodDiagramRenders();
    void boundsEqualViewBox_data();
    void boundsEqualViewBox();
    void rerenderingGivesTheSameDrawing();
    void labelsReadAsDrawn_data();
    void labelsReadAsDrawn();

    void crashedWorkerIsReplaced();
    void flatEdgeLabelsLeaveTheWorkerWhole();
    void timeoutKillsAndRecovers();

    void sourceOverByteLimitIsRefusedWithoutWorker();

    void workerRecycledAfterRenders();
    void workerRecycledWithQueuedRequests();
    void missingWorkerIsAnError();

private:
    LayoutEngine *m_shared = nullptr; ///< for cases that need no engine of their own
};

void TestLayoutEngine::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE)), ARCHDECK_LAYOUT_WORKER_EXE);
    m_shared = new LayoutEngine(workerOptions(), this);
}

void TestLayoutEngine::cleanupTestCase()
{
    delete m_shared;
    m_shared = nullptr;
}

void TestLayoutEngine::goodDiagramRenders()
{
    const RenderResult result = m_shared->renderNow(source(TestDiagrams::good()));
    QVERIFY2(result.isOk(), qPrintable(joined(result)));
    QCOMPARE(messages(result), QStringList());

    const TestDiagrams::Svg svg = TestDiagrams::inspect(result.svg);
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    QVERIFY(!result.svg.contains("<!DOCTYPE"));
    QVERIFY(!result.svg.contains("<!--"));

    const DiagramLayout &layout = result.layout;
    QCOMPARE(countOf(layout, LayoutElement::Type::Node), 3);
    QCOMPARE(countOf(layout, LayoutElement::Type::Edge), 2);
    QCOMPARE(countOf(layout, LayoutElement::Type::Cluster), 1);

    QSet<QString> svgIds;
    for (const LayoutElement &e : layout.elements) {
        const QString prefix = e.type == LayoutElement::Type::Node ? u"ad-node-"_s
            : e.type == LayoutElement::Type::Edge                  ? u"ad-edge-"_s
                                                                   : u"ad-cluster-"_s;
        QVERIFY2(e.svgId.startsWith(prefix), qPrintable(e.id + u": "_s + e.svgId));
        QVERIFY2(svg.ids.contains(e.svgId), qPrintable(e.svgId));
        svgIds.insert(e.svgId);
        QVERIFY2(layout.bounds.contains(e.box.center()), qPrintable(e.id));
        QCOMPARE(layout.element(e.svgId), &e);
    }
    QCOMPARE(svgIds.size(), layout.elements.size());

    const struct
    {
        const char *id;
        const char *label;
        const char *kind;
        const char *shape;
    } nodes[] = {{"client", "Browser", "client", "box"}, {"api", "Orders API", "service", "box"},
        {"db", "Orders DB", "database", "cylinder"}};
    for (const auto &expected : nodes) {
        const LayoutElement *node
            = findElement(layout, LayoutElement::Type::Node, QString::fromLatin1(expected.id));
        QVERIFY2(node, expected.id);
        QCOMPARE(node->label, QString::fromLatin1(expected.label));
        QCOMPARE(node->kind, QString::fromLatin1(expected.kind));
        QCOMPARE(node->shape, QString::fromLatin1(expected.shape));
        QVERIFY(node->box.width() > 0 && node->box.height() > 0);
        QVERIFY2(svg.texts.contains(node->label), qPrintable(node->label));
    }

    const LayoutElement *cluster
        = findElement(layout, LayoutElement::Type::Cluster, u"cluster_vpc"_s);
    QVERIFY(cluster);
    QCOMPARE(cluster->label, u"VPC"_s);
    QCOMPARE(cluster->kind, u"vpc"_s);
    for (const char *inside : {"api", "db"})
        QVERIFY(cluster->box.contains(
            findElement(layout, LayoutElement::Type::Node, QString::fromLatin1(inside))->box));

    const LayoutElement *labelled
        = findElement(layout, LayoutElement::Type::Edge, u"client->api"_s);
    QVERIFY(labelled);
    QCOMPARE(labelled->tail, u"client"_s);
    QCOMPARE(labelled->head, u"api"_s);
    QCOMPARE(labelled->label, u"HTTPS"_s);
    QVERIFY(findElement(layout, LayoutElement::Type::Edge, u"api->db"_s));
    for (const LayoutElement &e : layout.elements) {
        if (e.type != LayoutElement::Type::Edge)
            continue;
        QVERIFY2(e.path.size() >= 4 && (e.path.size() - 1) % 3 == 0,
            qPrintable(u"%1 has %2 points"_s.arg(e.id).arg(e.path.size())));
        QVERIFY(e.shape.isEmpty());
    }

    QCOMPARE(layout.bounds.topLeft(), QPointF(0, 0));
    QVERIFY(!svg.viewBoxSize.isEmpty());
    QVERIFY2(qAbs(layout.bounds.width() - svg.viewBoxSize.width()) < 0.01
            && qAbs(layout.bounds.height() - svg.viewBoxSize.height()) < 0.01,
        qPrintable(u"bounds %1×%2, viewBox %3×%4"_s.arg(layout.bounds.width())
                       .arg(layout.bounds.height())
                       .arg(svg.viewBoxSize.width())
                       .arg(svg.viewBoxSize.height())));
}

void TestLayoutEngine::boundsEqualViewBox_data()
{
    QTest::addColumn<QByteArray>("graphAttributes");

    QTest::newRow("defaults") << QByteArray();
    QTest::newRow("pad=0.5") << QByteArray("pad=0.5");
    QTest::newRow("pad=0") << QByteArray("pad=0");
    QTest::newRow("pad=\"0.5,0.25\"") << QByteArray("pad=\"0.5,0.25\"");
    QTest::newRow("margin=1") << QByteArray("margin=1");
}

void TestLayoutEngine::boundsEqualViewBox()
{
    QFETCH(QByteArray, graphAttributes);
    QByteArray dot = TestDiagrams::good();
    dot.replace("rankdir=LR", "rankdir=LR\n  " + graphAttributes);
    const RenderResult result = m_shared->renderNow(source(dot));
    QVERIFY2(result.isOk(), qPrintable(joined(result)));
    const TestDiagrams::Svg svg = TestDiagrams::inspect(result.svg);
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    const QSizeF bounds = result.layout.bounds.size();
    const QString detail = u"bounds %1×%2, viewBox %3×%4"_s.arg(bounds.width())
                               .arg(bounds.height())
                               .arg(svg.viewBoxSize.width())
                               .arg(svg.viewBoxSize.height());
    QVERIFY2(qAbs(bounds.width() - svg.viewBoxSize.width()) < 0.01
            && qAbs(bounds.height() - svg.viewBoxSize.height()) < 0.01,
        qPrintable(detail));
}

void TestLayoutEngine::rerenderingGivesTheSameDrawing()
{
    // The worker remembers text measurements between renders (TextMetricsCache): a repeat, in
    // the same worker and in a fresh one, must lay out and draw exactly as the first time did.
    const QByteArray dot = "digraph G {\n"
                           "  a [label=\"Orders API\" kind=service]\n"
                           "  b [label=<<B>bold</B> and <I>italic</I><BR/>two lines>]\n"
                           "  c [label=\"big\" fontsize=30 fontname=\"DejaVu Serif\"]\n"
                           "  a -> b [label=\"publishes\"]\n  b -> c [label=\"publishes\"]\n}\n";
    LayoutEngine::Options options = workerOptions();
    options.cacheEntries = 0; // every render is a real layout
    LayoutEngine first(options);
    const RenderResult cold = first.renderNow(source(dot));
    QVERIFY2(cold.isOk(), qPrintable(joined(cold)));
    const RenderResult warm = first.renderNow(source(dot));
    LayoutEngine second(options);
    const RenderResult fresh = second.renderNow(source(dot));
    for (const RenderResult *again : {&warm, &fresh}) {
        QCOMPARE(again->svg, cold.svg);
        QCOMPARE(again->layout.elements.size(), cold.layout.elements.size());
        for (qsizetype i = 0; i < cold.layout.elements.size(); ++i)
            QCOMPARE(again->layout.elements[i].box, cold.layout.elements[i].box);
    }
}

void TestLayoutEngine::labelsReadAsDrawn_data()
{
    // Statements inside `digraph Shop { … }`, the element by its DOT id, the label as the layout
    // gives it (lines joined by '\n'), and whether the DOT file writes it as HTML.
    QTest::addColumn<QByteArray>("statements");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("html");

    // Plain labels: Graphviz's escapes.
    QTest::newRow("plain") << QByteArray(R"(a [label="Orders API"])") << u"a"_s << u"Orders API"_s
                           << false;
    QTest::newRow("\\n: centred lines")
        << QByteArray(R"(a [label="Order\nhandler"])") << u"a"_s << u"Order\nhandler"_s << false;
    QTest::newRow("\\l, \\r: justified lines") << QByteArray(R"(a [label="left\lright\rend\l"])")
                                               << u"a"_s << u"left\nright\nend"_s << false;
    QTest::newRow("a final \\n adds no line")
        << QByteArray(R"(a [label="one line\n"])") << u"a"_s << u"one line"_s << false;
    QTest::newRow("\\\\: a backslash")
        << QByteArray(R"(a [label="C:\\temp"])") << u"a"_s << u"C:\\temp"_s << false;
    QTest::newRow("\\\": a quote")
        << QByteArray(R"(a [label="say \"hi\""])") << u"a"_s << u"say \"hi\""_s << false;
    QTest::newRow("another escape: the character")
        << QByteArray(R"(a [label="a\qb"])") << u"a"_s << u"aqb"_s << false;
    QTest::newRow("a newline in the string")
        << QByteArray("a [label=\"two\nlines\"]") << u"a"_s << u"two\nlines"_s << false;
    QTest::newRow("no label: the name")
        << QByteArray("orders") << u"orders"_s << u"orders"_s << false;
    QTest::newRow("\\N") << QByteArray(R"(orders [label="\N service"])") << u"orders"_s
                         << u"orders service"_s << false;
    QTest::newRow("\\G") << QByteArray(R"(a [label="in \G"])") << u"a"_s << u"in Shop"_s << false;
    QTest::newRow("\\E") << QByteArray(R"(a -> b [label="\E"])") << u"a->b"_s << u"a->b"_s << false;
    QTest::newRow("\\T, \\H") << QByteArray(R"(a -> b [label="\T to \H"])") << u"a->b"_s
                              << u"a to b"_s << false;
    QTest::newRow("an entity") << QByteArray(R"(a [label="R&amp;D"])") << u"a"_s << u"R&D"_s
                               << false;
    QTest::newRow("markup in quotes is text")
        << QByteArray(R"(a [label="<b>List<T></b>"])") << u"a"_s << u"<b>List<T></b>"_s << false;
    QTest::newRow("empty") << QByteArray(R"(a [label=""])") << u"a"_s << QString() << false;
    QTest::newRow("invisible: nothing drawn")
        << QByteArray(R"(a [style=invis label="hidden"])") << u"a"_s << QString() << false;
    QTest::newRow("record fields") << QByteArray(R"(a [shape=record label="{id|name\nfull}"])")
                                   << u"a"_s << u"id\nname\nfull"_s << false;

    // HTML-like labels: the words drawn; <BR/> and table cells start lines.
    QTest::newRow("html <B>, <BR/>")
        << QByteArray("a [label=<<B>API</B><BR/>gateway>]") << u"a"_s << u"API\ngateway"_s << true;
    QTest::newRow("html fonts on one line")
        << QByteArray("a [label=<<B>API</B> gateway <I>v2</I>>]") << u"a"_s << u"API gateway v2"_s
        << true;
    QTest::newRow("html table") << QByteArray(R"(a [shape=plain label=<<TABLE BORDER="0">)"
                                              "<TR><TD>Orders</TD></TR>"
                                              "<TR><TD><I>Postgres</I> 15</TD></TR></TABLE>>]")
                                << u"a"_s << u"Orders\nPostgres 15"_s << true;
    QTest::newRow("html cells side by side")
        << QByteArray("a [shape=plain label=<<TABLE><TR><TD>id</TD><TD>bigint</TD></TR>"
                      "</TABLE>>]")
        << u"a"_s << u"id\nbigint"_s << true;
    QTest::newRow("html entities")
        << QByteArray("a [label=<R&amp;D &rarr; QA>]") << u"a"_s << u"R&D → QA"_s << true;

    // Edges and clusters.
    QTest::newRow("edge") << QByteArray(R"(a -> b [label="POST\n/orders"])") << u"a->b"_s
                          << u"POST\n/orders"_s << false;
    QTest::newRow("edge, html") << QByteArray("a -> b [label=<<I>publish</I><BR/>OrderPlaced>]")
                                << u"a->b"_s << u"publish\nOrderPlaced"_s << true;
    QTest::newRow("edge without a label")
        << QByteArray("a -> b") << u"a->b"_s << QString() << false;
    QTest::newRow("cluster") << QByteArray(R"(subgraph cluster_c { label="Orders\nservice"; a })")
                             << u"cluster_c"_s << u"Orders\nservice"_s << false;
    QTest::newRow("cluster, html")
        << QByteArray("subgraph cluster_c { label=<<B>VPC</B> eu-west-1>; a }") << u"cluster_c"_s
        << u"VPC eu-west-1"_s << true;

    // Only the label: not the xlabel, head or tail labels, and once when drawn twice.
    QTest::newRow("node with an xlabel")
        << QByteArray(R"(a [label="main" xlabel="extra"])") << u"a"_s << u"main"_s << false;
    QTest::newRow("node with an html xlabel")
        << QByteArray("a [label=<<B>main</B>> xlabel=<<I>extra</I>>]") << u"a"_s << u"main"_s
        << true;
    QTest::newRow("edge with head, tail and xlabels")
        << QByteArray(R"(a -> b [label="calls" headlabel="1" taillabel="*" xlabel="sync"])")
        << u"a->b"_s << u"calls"_s << false;
    QTest::newRow("drawn on two layers")
        << QByteArray(R"(layers="back:front"; a [layer="all" label="once"])") << u"a"_s << u"once"_s
        << false;
}

void TestLayoutEngine::labelsReadAsDrawn()
{
    QFETCH(QByteArray, statements);
    QFETCH(QString, element);
    QFETCH(QString, label);
    QFETCH(bool, html);

    const RenderResult result
        = m_shared->renderNow(source("digraph Shop {\n  " + statements + "\n}\n"));
    QVERIFY2(result.isOk(), qPrintable(joined(result)));
    const auto found = std::find_if(result.layout.elements.cbegin(), result.layout.elements.cend(),
        [&](const LayoutElement &e) { return e.id == element; });
    QVERIFY2(found != result.layout.elements.cend(), qPrintable(element));
    QCOMPARE(found->label, label);
    QCOMPARE(found->labelFormat,
        html ? LayoutElement::LabelFormat::Html : LayoutElement::LabelFormat::Plain);
}

void TestLayoutEngine::crashedWorkerIsReplaced()
{
    LayoutEngine engine(workerOptions());
    QVERIFY(engine.renderNow(source(TestDiagrams::numbered(1))).isOk());
    const int startsBefore = engine.workerStarts();

    const RenderResult crashed = engine.renderNow(source(TestDiagrams::crashing()));
    QVERIFY(!crashed.isOk());
    QCOMPARE(
        messages(crashed), QStringList {u"in.dot: the layout engine crashed on this diagram"_s});
    QCOMPARE(
        crashed.diagnostics.constFirst().message, u"the layout engine crashed on this diagram"_s);

    const RenderResult after = engine.renderNow(source(TestDiagrams::numbered(2)));
    QVERIFY2(after.isOk(), qPrintable(joined(after)));
    QVERIFY(engine.workerStarts() > startsBefore);
}

void TestLayoutEngine::flatEdgeLabelsLeaveTheWorkerWhole()
{
    // dot grows a rank with realloc for a flat edge's label and later frees the old block again;
    // under a realloc that always moves, the worker used to abort after its first answer, and the
    // next diagram was reported as the one that crashed it.
    QFile file(QStringLiteral(ARCHDECK_TEST_DATA "/flat-edge-labels.dot"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray dot = file.readAll();
    LayoutEngine engine(workerOptions());
    for (int round = 0; round < 3; ++round) {
        if (round == 0)
            qputenv("LD_PRELOAD", ARCHDECK_MOVING_REALLOC); // the worker starts with it
        const RenderResult result = engine.renderNow(source(dot));
        qunsetenv("LD_PRELOAD");
        QVERIFY2(result.isOk(), qPrintable(joined(result)));
        const RenderResult next = engine.renderNow(source(TestDiagrams::numbered(round)));
        QVERIFY2(next.isOk(), qPrintable(joined(next)));
    }
    QCOMPARE(engine.workerStarts(), 1);
}

void TestLayoutEngine::timeoutKillsAndRecovers()
{
    LayoutEngine::Options options = workerOptions();
    options.timeoutMs = 300;
    LayoutEngine engine(options);

    const RenderResult slow = engine.renderNow(source(TestDiagrams::slow()));
    QVERIFY(!slow.isOk());
    QCOMPARE(messages(slow), QStringList {u"in.dot: layout took longer than 0.3 s"_s});
    QVERIFY(!engine.isBusy());

    const int startsBefore = engine.workerStarts();
    const RenderResult after = engine.renderNow(source(TestDiagrams::good()));
    QVERIFY2(after.isOk(), qPrintable(joined(after)));
    QCOMPARE(engine.workerStarts(), startsBefore + 1); // the killed worker was replaced
}

void TestLayoutEngine::sourceOverByteLimitIsRefusedWithoutWorker()
{
    LayoutEngine engine(workerOptions());
    QByteArray dot = "digraph G {\n  a\n/*";
    dot += QByteArray(1024 * 1024 - dot.size() - 3, 'x');
    dot += "*/}\n"; // 1 MiB + 1 byte
    QCOMPARE(dot.size(), 1024 * 1024 + 1);
    const RenderResult result = engine.renderNow(source(dot));
    QVERIFY(!result.isOk());
    QCOMPARE(messages(result),
        QStringList {u"in.dot: the diagram is 1025 KiB; the limit is 1024 KiB"_s});
    QCOMPARE(engine.workerStarts(), 0); // refused before it crossed the pipe
}

void TestLayoutEngine::workerRecycledAfterRenders()
{
    LayoutEngine::Options options = workerOptions();
    options.recycleAfter = 2;
    LayoutEngine engine(options);
    for (int i = 1; i <= 5; ++i) {
        const RenderResult result = engine.renderNow(source(TestDiagrams::numbered(i)));
        QVERIFY2(result.isOk(), qPrintable(joined(result)));
        QVERIFY(result.svg.contains("a" + QByteArray::number(i)));
    }
    QCOMPARE(engine.workerStarts(), 3);
}

void TestLayoutEngine::workerRecycledWithQueuedRequests()
{
    LayoutEngine::Options options = workerOptions();
    options.recycleAfter = 2;
    LayoutEngine engine(options);
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    for (int i = 1; i <= 5; ++i)
        engine.render(u"view-%1"_s.arg(i), source(TestDiagrams::numbered(i)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 5, kPatienceMs);
    for (const Delivery &d : deliveries(spy)) {
        QVERIFY2(d.result.isOk(), qPrintable(d.view + u": "_s + joined(d.result)));
        QVERIFY(d.result.svg.contains("a" + d.view.mid(5).toUtf8()));
    }
    QCOMPARE(engine.workerStarts(), 3);
}

void TestLayoutEngine::missingWorkerIsAnError()
{
    LayoutEngine::Options options;
    options.workerPath = u"/nonexistent/archdeck-layout"_s;
    LayoutEngine engine(options);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const RenderResult result = engine.renderNow(source(TestDiagrams::numbered(attempt)));
        QVERIFY(!result.isOk());
        QCOMPARE(result.diagnostics.size(), 1);
        const QString message = messages(result).constFirst();
        QVERIFY2(message.startsWith(
                     u"in.dot: the layout engine could not start (/nonexistent/archdeck-layout: "_s)
                && message.endsWith(u')'),
            qPrintable(message));
        QVERIFY(!engine.isBusy());
    }
}

QTEST_GUILESS_MAIN(TestLayoutEngine)
#include "tst_layoutengine.moc"

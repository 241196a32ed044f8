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

    void crashedWorkerIsReplaced();
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

// Tests for how LayoutEngine handles requests, over the real archdeck-layout worker: a newer
// request for a view supersedes an older one, the cache answers repeats per theme, cancel stops a
// running layout, background layouts give way to visible ones, and busyChanged follows.
// Where a test must show that something is NOT delivered, it sends one more request and waits for
// its answer (awaitLaterRequest): the worker answers in order and queued deliveries run in order,
// so anything stale would have arrived before it. No test sleeps.
#include "dotwriter.h"
#include "layoutengine.h"
#include "testdiagrams.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;
using namespace TestDiagrams;

namespace {

/// Renders a diagram no test has rendered (through the worker, not the cache) for a view of its
/// own, and waits for it; true when it is the last delivery `spy` recorded.
bool awaitLaterRequest(LayoutEngine &engine, const QSignalSpy &spy)
{
    static int marker = 1000;
    const quint64 id = engine.render(u"later"_s, source(TestDiagrams::numbered(++marker)));
    return QTest::qWaitFor(
               [&] { return !spy.isEmpty() && spy.constLast().at(0).toULongLong() == id; },
               kPatienceMs)
        && spy.constLast().at(1).toString() == u"later"_s;
}

} // namespace

class TestLayoutRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newerRequestSupersedesOlder();
    void newerRequestSupersedesCachedOlder();
    void cacheServesRepeatsPerTheme();
    void cancelStopsRunningLayout();
    void visibleRequestStopsSlowBackgroundLayout();
    void visibleRequestsGoAheadOfQueuedBackground();
    void busyChangedFollowsIsBusy();
    void renderAfterParseJoinsTheWorkersLayout();
    void unclaimedLayoutAfterParseIsCachedNotDelivered();
    void parseThatFailsLaysNothingOut();
};

void TestLayoutRequests::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE)), ARCHDECK_LAYOUT_WORKER_EXE);
}

void TestLayoutRequests::newerRequestSupersedesOlder()
{
    LayoutEngine engine(workerOptions());
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    const quint64 older = engine.render(u"v"_s, source(TestDiagrams::numbered(1)));
    const quint64 newer = engine.render(u"v"_s, source(TestDiagrams::numbered(2)));
    const quint64 other = engine.render(u"w"_s, source(TestDiagrams::numbered(3)));
    QVERIFY(older != newer && newer != other);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kPatienceMs);
    QVERIFY(awaitLaterRequest(engine, spy)); // a late, stale delivery would come before it
    QList<Delivery> got = deliveries(spy);
    QCOMPARE(got.size(), 3);
    got.removeLast();
    for (const Delivery &d : got) {
        QVERIFY2(d.result.isOk(), qPrintable(joined(d.result)));
        if (d.view == u"v"_s) {
            QCOMPARE(d.id, newer);
            QVERIFY(d.result.svg.contains("a2"));
        } else {
            QCOMPARE(d.view, u"w"_s);
            QCOMPARE(d.id, other);
            QVERIFY(d.result.svg.contains("a3"));
        }
    }
}

void TestLayoutRequests::newerRequestSupersedesCachedOlder()
{
    LayoutEngine engine(workerOptions());
    QVERIFY(engine.renderNow(source(TestDiagrams::numbered(1))).isOk()); // now cached
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.render(u"v"_s, source(TestDiagrams::numbered(1)));
    const quint64 newer = engine.render(u"v"_s, source(TestDiagrams::numbered(2)));
    QTRY_VERIFY_WITH_TIMEOUT(
        !spy.isEmpty() && spy.constLast().at(0).toULongLong() == newer, kPatienceMs);
    QCOMPARE(spy.count(), 1);
}

void TestLayoutRequests::cacheServesRepeatsPerTheme()
{
    LayoutEngine::Options options = workerOptions();
    options.recycleAfter = 1; // every real render after the first would start a worker
    LayoutEngine engine(options);

    const RenderResult first = engine.renderNow(source(TestDiagrams::good()));
    QVERIFY2(first.isOk(), qPrintable(joined(first)));
    QCOMPARE(engine.workerStarts(), 1);

    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.render(u"v"_s, source(TestDiagrams::good()));
    QVERIFY(!engine.isBusy()); // answered from the cache, nothing queued
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kPatienceMs);
    const RenderResult second = deliveries(spy).constFirst().result;
    QCOMPARE(second.svg, first.svg);
    QCOMPARE(second.layout.elements.size(), first.layout.elements.size());
    QCOMPARE(engine.workerStarts(), 1);

    const RenderResult dark = engine.renderNow(source(TestDiagrams::good(), DiagramTheme::Dark));
    QVERIFY2(dark.isOk(), qPrintable(joined(dark)));
    QCOMPARE(engine.workerStarts(), 2); // a different theme is a different render
    QVERIFY(dark.svg != first.svg);
    QVERIFY(dark.svg.contains("#1d1f22"));
    QVERIFY(!first.svg.contains("#1d1f22"));
    QVERIFY(first.svg.contains("#ffffff"));
}

void TestLayoutRequests::cancelStopsRunningLayout()
{
    LayoutEngine engine(workerOptions());
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    const quint64 id = engine.render(u"v"_s, source(TestDiagrams::slow()));
    QVERIFY(engine.isBusy());
    engine.cancel(u"v"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kPatienceMs);
    const Delivery cancelled = deliveries(spy).constFirst();
    QCOMPARE(cancelled.id, id);
    QCOMPARE(cancelled.view, u"v"_s);
    QCOMPARE(messages(cancelled.result), QStringList {u"in.dot: layout cancelled"_s});
    QVERIFY(!engine.isBusy());

    const RenderResult after = engine.renderNow(source(TestDiagrams::good()));
    QVERIFY2(after.isOk(), qPrintable(joined(after)));

    engine.cancel(u"nothing-running"_s); // harmless
    QVERIFY(engine.renderNow(source(TestDiagrams::numbered(7))).isOk());
}

void TestLayoutRequests::visibleRequestStopsSlowBackgroundLayout()
{
    // The next card's diagram is slow (seconds); the card on screen must not wait for it.
    LayoutEngine engine(workerOptions());
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.render(u"ahead"_s, source(TestDiagrams::slow()), LayoutEngine::Priority::Background);
    QVERIFY(engine.isBusy());
    const quint64 shown = engine.render(u"screen"_s, source(TestDiagrams::good()));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kPatienceMs);
    const Delivery delivered = deliveries(spy).constFirst();
    QCOMPARE(delivered.id, shown);
    QVERIFY2(delivered.result.isOk(), qPrintable(joined(delivered.result)));
    QCOMPARE(engine.workerStarts(), 2); // the background layout was stopped, not waited for
    QVERIFY(!engine.isBusy());

    // It was dropped quietly: no "crashed" or "cancelled" for anyone, and nothing cached.
    QVERIFY(awaitLaterRequest(engine, spy));
    QCOMPARE(spy.count(), 2); // the card on screen, then the later request: nothing between
    const RenderResult again = engine.renderNow(source(TestDiagrams::good()));
    QVERIFY(again.isOk());
    QCOMPARE(engine.workerStarts(), 2);
    engine.render(u"ahead"_s, source(TestDiagrams::slow()), LayoutEngine::Priority::Background);
    QVERIFY(engine.isBusy()); // laid out again: the stopped layout left nothing in the cache
}

void TestLayoutRequests::visibleRequestsGoAheadOfQueuedBackground()
{
    LayoutEngine engine(workerOptions());
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.render(u"a"_s, source(TestDiagrams::numbered(1)), LayoutEngine::Priority::Background);
    engine.render(u"b"_s, source(TestDiagrams::numbered(2)), LayoutEngine::Priority::Background);
    engine.render(u"c"_s, source(TestDiagrams::numbered(3)));
    engine.render(u"d"_s, source(TestDiagrams::numbered(4)));
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), kPatienceMs);
    QStringList order;
    for (const Delivery &d : deliveries(spy)) {
        QVERIFY2(d.result.isOk(), qPrintable(joined(d.result)));
        order.append(d.view);
    }
    // "a" was already running: it finishes, or gives way if the worker is slow to start.
    order.removeAll(u"a"_s);
    QCOMPARE(order, (QStringList {u"c"_s, u"d"_s, u"b"_s}));
}

void TestLayoutRequests::busyChangedFollowsIsBusy()
{
    LayoutEngine engine(workerOptions());
    QStringList mismatches;
    connect(&engine, &LayoutEngine::busyChanged, this, [&](bool busy) {
        if (busy != engine.isBusy())
            mismatches.append(
                busy ? u"busyChanged(true) while idle"_s : u"busyChanged(false) while busy"_s);
    });
    // A follow-up request made from the rendered() slot, as a view showing the next card would.
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    connect(&engine, &LayoutEngine::rendered, this, [&](quint64, const QString &view) {
        if (view == u"first"_s)
            engine.render(u"second"_s, source(TestDiagrams::numbered(2)));
    });
    engine.render(u"first"_s, source(TestDiagrams::numbered(1)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kPatienceMs);
    QVERIFY(!engine.isBusy());
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"; "_s)));
}

void TestLayoutRequests::renderAfterParseJoinsTheWorkersLayout()
{
    // An editor's keystroke: parse the text; from parsed(), lay out the graph as DotWriter writes
    // it. One request reaches the worker, and the layout is the one a render of its own gives.
    LayoutEngine engine(workerOptions());
    const QByteArray dot = TestDiagrams::numbered(41);
    quint64 renderId = 0;
    QByteArray written;
    connect(&engine, &LayoutEngine::parsed, this, [&](quint64, const Result<DiagramGraph> &r) {
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        written = DotWriter::write(r.value);
        renderId = engine.render(u"v"_s, {written, u"in.dot"_s, DiagramTheme::Dark});
    });
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.parse(dot, u"in.dot"_s, DiagramTheme::Dark);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kPatienceMs);
    const Delivery got = deliveries(spy).constFirst();
    QCOMPARE(got.id, renderId);
    QCOMPARE(got.view, u"v"_s);
    QVERIFY2(got.result.isOk(), qPrintable(joined(got.result)));
    QCOMPARE(engine.requestsSent(), 1);
    QVERIFY(!engine.isBusy());

    LayoutEngine fresh(workerOptions());
    const RenderResult alone = fresh.renderNow({written, u"in.dot"_s, DiagramTheme::Dark});
    QCOMPARE(got.result.svg, alone.svg);
    QVERIFY(got.result.svg.contains("#1d1f22")); // in the theme the parse asked for
}

void TestLayoutRequests::unclaimedLayoutAfterParseIsCachedNotDelivered()
{
    // The text moved on before the parse came back: nobody renders its graph. The layout the
    // worker made anyway is delivered to no one, holds up no one, and answers a later repeat.
    LayoutEngine engine(workerOptions());
    QSignalSpy parses(&engine, &LayoutEngine::parsed);
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.parse(TestDiagrams::numbered(42), u"in.dot"_s, DiagramTheme::Light);
    const quint64 other = engine.render(u"w"_s, source(TestDiagrams::numbered(43)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kPatienceMs);
    QCOMPARE(parses.count(), 1);
    QCOMPARE(deliveries(spy).constFirst().id, other);
    QVERIFY(awaitLaterRequest(engine, spy));
    QCOMPARE(spy.count(), 2);

    const auto parsed = parses.constFirst().at(1).value<Result<DiagramGraph>>();
    QVERIFY(parsed.isOk());
    const int sent = engine.requestsSent();
    engine.render(u"v"_s, {DotWriter::write(parsed.value), u"in.dot"_s, DiagramTheme::Light});
    QVERIFY(!engine.isBusy()); // a cache hit
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, kPatienceMs);
    QVERIFY(deliveries(spy).constLast().result.isOk());
    QCOMPARE(engine.requestsSent(), sent);
}

void TestLayoutRequests::parseThatFailsLaysNothingOut()
{
    LayoutEngine engine(workerOptions());
    QSignalSpy parses(&engine, &LayoutEngine::parsed);
    QSignalSpy spy(&engine, &LayoutEngine::rendered);
    engine.parse("digraph { a -> }", u"bad.dot"_s, DiagramTheme::Light);
    QTRY_COMPARE_WITH_TIMEOUT(parses.count(), 1, kPatienceMs);
    QVERIFY(!parses.constFirst().at(1).value<Result<DiagramGraph>>().isOk());
    QVERIFY(!engine.isBusy()); // no layout follows an error
    // The worker is in step: the next request's answer is its own.
    QVERIFY(awaitLaterRequest(engine, spy));
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestLayoutRequests)
#include "tst_layoutrequests.moc"

// bench_whiteboard — what editing a diagram costs, beside the bare render it builds on:
//   * bare render: LayoutEngine::render of a bundled diagram (worker process, cache off);
//   * keystroke → repainted preview: one letter typed into a node's label in the real
//     DiagramEditor's text view, until the canvas has painted the new layout (the document asks
//     the worker to parse the text, then lays out what it read), with the time each step takes
//     and what the text view spent repainting meanwhile; then a second key 100 ms after the
//     first, while the canvas still glides to the first one's layout (typing at 10 keys a second);
//   * canvas action → animation starts: a quick-add ("Replay worker -> <node>") until the nodes
//     start gliding (DiagramCanvas::animationStarted); undone between rounds; and what one
//     frame of the glide costs to paint;
//   * DiagramDiff::compare of two generated 60-node diagrams, and of the largest bundled diagram
//     against itself.
// Every round of every bundled diagram runs each of them once, in a rotating order, so machine
// noise falls on all alike. Figures: median, p95, max over all diagrams and rounds (one warm-up
// round per diagram is left out), and each figure's ratio to the bare render's.
//
//   bench_whiteboard [ROUNDS]     (default 5; uses $QT_QPA_PLATFORM or $DISPLAY, else offscreen)
#include "applicationidentity.h"
#include "benchdiagrams.h"
#include "clock.h"
#include "deck.h"
#include "diagramcanvas.h"
#include "diagramdiff.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "dottexteditor.h"
#include "layoutengine.h"
#include "theme.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>
#include <utility>

namespace {

QTextStream out(stdout);
const QString kBareView = QStringLiteral("bench-bare");
constexpr int kQuietMs = 40; ///< the event loop runs this long between measurements
/// Typing at ten keys a second: the next key comes while the canvas glides (animationMs).
constexpr double kTypingIntervalMs = 100;

using Diagram = BenchDiagram;

// ---- figures ------------------------------------------------------------------------------

struct Figures
{
    double median = 0, p95 = 0, max = 0;
};

Figures figures(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(n))) - 1; // nearest rank
    return {median, ms.at(std::clamp<qsizetype>(rank, 0, n - 1)), ms.last()};
}

void printFigures(
    const QString &label, const QList<double> &ms, const Figures &bare, const QString &goal = {})
{
    const Figures f = figures(ms);
    out << QStringLiteral("%1 %2 %3 %4   %5x %6x   %7\n")
               .arg(label, -44)
               .arg(f.median, 7, 'f', 2)
               .arg(f.p95, 7, 'f', 2)
               .arg(f.max, 7, 'f', 2)
               .arg(bare.median > 0 ? f.median / bare.median : 0, 5, 'f', 2)
               .arg(bare.p95 > 0 ? f.p95 / bare.p95 : 0, 5, 'f', 2)
               .arg(goal);
}

// ---- the moments one measurement goes through --------------------------------------------

enum class Mark {
    KeyHandled, ///< the key event returned: text view, document, parse request sent
    ActionApplied, ///< quickAdd() returned: the edit pushed, the render request sent
    Parsed, ///< the worker's parse arrived
    Rendered, ///< the editor's layout arrived from the worker
    BareRendered,
    AnimationStarted,
    Shown, ///< DiagramEditor::layoutShown
    Painted, ///< the canvas viewport finished its first paint after Shown
    Count
};

/// Nanosecond time stamps of the marks since start(), each the first after start(); runs the
/// event loop until a mark is reached (blocking in the loop, never sleeping, so a reply from the
/// worker is handled as soon as it arrives). It times the canvas paint by painting from its
/// event filter, ahead of the view, and noting the time after.
class Timeline : public QObject
{
public:
    Timeline()
    {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        m_clock.start();
        start();
    }

    void start()
    {
        m_marks.fill(-1);
        m_bareId = 0;
        m_textViewPaintNs = 0;
        m_start = m_clock.nsecsElapsed();
    }
    /// The bare render request whose reply is BareRendered.
    void setBareRequest(quint64 id) { m_bareId = id; }
    void mark(Mark mark)
    {
        if (has(mark))
            return;
        m_marks.at(size_t(mark)) = m_clock.nsecsElapsed();
        if (mark == m_until)
            m_loop.quit();
    }
    bool has(Mark mark) const { return m_marks.at(size_t(mark)) >= 0; }
    /// Milliseconds from start() to `mark` (or from `from`).
    double ms(Mark mark) const { return double(m_marks.at(size_t(mark)) - m_start) / 1e6; }
    double ms(Mark from, Mark to) const
    {
        return double(m_marks.at(size_t(to)) - m_marks.at(size_t(from))) / 1e6;
    }

    bool runUntil(Mark mark, int timeoutMs = 15000)
    {
        if (has(mark))
            return true;
        m_until = mark;
        m_timeout.start(timeoutMs);
        m_loop.exec();
        m_timeout.stop();
        m_until = {};
        return has(mark);
    }

    void watch(ArchDeck::LayoutEngine *engine)
    {
        // Connected before any editor connects, so these run first: the arrival, not the
        // editor's handling of it.
        connect(engine, &ArchDeck::LayoutEngine::parsed, this, [this] { mark(Mark::Parsed); });
        connect(engine, &ArchDeck::LayoutEngine::rendered, this,
            [this](quint64 id, const QString &view) {
                if (view == kBareView && id == m_bareId)
                    mark(Mark::BareRendered);
                else if (view.startsWith(QLatin1String("editor-")))
                    mark(Mark::Rendered);
            });
    }
    void watch(ArchDeck::DiagramEditor *editor)
    {
        connect(editor, &ArchDeck::DiagramEditor::layoutShown, this, [this] { mark(Mark::Shown); });
        connect(editor->canvas(), &ArchDeck::DiagramCanvas::animationStarted, this,
            [this] { mark(Mark::AnimationStarted); });
        m_canvas = editor->canvas();
        m_textViewport = editor->textEditor()->viewport();
        m_canvas->viewport()->installEventFilter(this);
        m_textViewport->installEventFilter(this);
    }

    /// Milliseconds the text view spent painting since start().
    double textViewPaintMs() const { return double(m_textViewPaintNs) / 1e6; }
    /// The canvas paints while it glides (one per animation frame) since the last call.
    QList<double> takeFramePaints() { return std::exchange(m_framePaints, {}); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_painting)
            return false;
        m_painting = true;
        const qint64 begin = m_clock.nsecsElapsed();
        QCoreApplication::sendEvent(watched, event); // the widget paints now, inside our timing
        const qint64 end = m_clock.nsecsElapsed();
        m_painting = false;
        if (watched == m_textViewport)
            m_textViewPaintNs += end - begin;
        else if (has(Mark::Shown) && !has(Mark::Painted))
            mark(Mark::Painted);
        else if (m_canvas->isAnimating())
            m_framePaints.append(double(end - begin) / 1e6);
        return true;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_start = 0;
    std::array<qint64, size_t(Mark::Count)> m_marks {};
    std::optional<Mark> m_until;
    quint64 m_bareId = 0;
    QEventLoop m_loop;
    QTimer m_timeout;
    bool m_painting = false;
    ArchDeck::DiagramCanvas *m_canvas = nullptr;
    QObject *m_textViewport = nullptr;
    qint64 m_textViewPaintNs = 0;
    QList<double> m_framePaints;
};

// ---- the diagrams the diff compares -------------------------------------------------------

struct Part
{
    QString kind;
    QString word; ///< in the reference's labels
    QString synonym; ///< the attempt's word for it
};

const QList<Part> &parts()
{
    static const QList<Part> list = {
        {QStringLiteral("service"), QStringLiteral("service"), QStringLiteral("microservice")},
        {QStringLiteral("database"), QStringLiteral("DB"), QStringLiteral("database")},
        {QStringLiteral("queue"), QStringLiteral("queue"), QStringLiteral("SQS queue")},
        {QStringLiteral("topic"), QStringLiteral("topic"), QStringLiteral("SNS topic")},
        {QStringLiteral("worker"), QStringLiteral("consumer"), QStringLiteral("worker")},
        {QStringLiteral("cache"), QStringLiteral("cache"), QStringLiteral("Redis")},
        {QStringLiteral("function"), QStringLiteral("Lambda"), QStringLiteral("function")},
        {QStringLiteral("storage"), QStringLiteral("bucket"), QStringLiteral("S3 bucket")},
        {QStringLiteral("stream"), QStringLiteral("event stream"), QStringLiteral("Kinesis")},
        {QStringLiteral("gateway"), QStringLiteral("API gateway"), QStringLiteral("ingress")},
    };
    return list;
}

ArchDeck::DiagramNode makeNode(const QString &id, const QString &kind, const QString &label)
{
    return {id, {{QStringLiteral("kind"), kind}, {QStringLiteral("label"), label}}};
}

/// 60 nodes ("Orders DB", "Payments event stream", …), 80 edges, three clusters and one nested.
ArchDeck::DiagramGraph referenceDiagram()
{
    const QStringList domains = {QStringLiteral("Orders"), QStringLiteral("Payments"),
        QStringLiteral("Users"), QStringLiteral("Inventory"), QStringLiteral("Shipping"),
        QStringLiteral("Billing"), QStringLiteral("Catalog"), QStringLiteral("Search"),
        QStringLiteral("Notifications"), QStringLiteral("Sessions"), QStringLiteral("Carts"),
        QStringLiteral("Reviews"), QStringLiteral("Pricing"), QStringLiteral("Analytics"),
        QStringLiteral("Audit"), QStringLiteral("Reports"), QStringLiteral("Email"),
        QStringLiteral("Media"), QStringLiteral("Profiles"), QStringLiteral("Refunds")};
    QRandomGenerator random(9);
    ArchDeck::DiagramGraph g;
    g.name = QStringLiteral("reference");
    g.graphAttributes.insert(QStringLiteral("rankdir"), QStringLiteral("LR"));
    for (int i = 0; i < 60; ++i) {
        const Part &part = parts().at((7 * i + i / 20) % parts().size()); // 60 distinct pairs
        g.nodes.append(makeNode(QStringLiteral("n%1").arg(i), part.kind,
            domains.at(i % domains.size()) + QLatin1Char(' ') + part.word));
    }
    const QStringList edgeLabels = {QString(), QStringLiteral("HTTPS"), QStringLiteral("publish"),
        QStringLiteral("reads"), QString(), QStringLiteral("writes")};
    const auto addEdge = [&](int tail, int head) {
        for (const ArchDeck::DiagramEdge &e : std::as_const(g.edges))
            if (e.tail == g.nodes.at(tail).id && e.head == g.nodes.at(head).id)
                return false;
        ArchDeck::DotAttributes attributes;
        if (const QString label = edgeLabels.at(random.bounded(int(edgeLabels.size())));
            !label.isEmpty())
            attributes.insert(QStringLiteral("label"), label);
        g.edges.append({g.nodes.at(tail).id, g.nodes.at(head).id, attributes});
        return true;
    };
    for (int i = 1; i < 60; ++i) // connected
        addEdge(random.bounded(i), i);
    while (g.edges.size() < 80) {
        const int a = random.bounded(60), b = random.bounded(60);
        if (a != b)
            addEdge(a, b);
    }
    const auto cluster = [&](const QString &id, const QString &kind, const QString &label,
                             const QString &parent, int from, int to) {
        ArchDeck::DiagramCluster c {
            id, {{QStringLiteral("kind"), kind}, {QStringLiteral("label"), label}}, parent, {}};
        for (int i = from; i < to; ++i)
            c.nodes.append(g.nodes.at(i).id);
        g.clusters.append(c);
    };
    cluster(QStringLiteral("cluster_edge"), QStringLiteral("vpc"), QStringLiteral("Edge VPC"), {},
        0, 8);
    cluster(QStringLiteral("cluster_core"), QStringLiteral("boundary"),
        QStringLiteral("Core services"), {}, 8, 24);
    cluster(QStringLiteral("cluster_data"), QStringLiteral("group"), QStringLiteral("Data tier"),
        QStringLiteral("cluster_core"), 24, 32);
    cluster(QStringLiteral("cluster_async"), QStringLiteral("az"),
        QStringLiteral("Async processing"), {}, 40, 52);
    return g;
}

/// A drawing of `reference` from memory: its own ids and order, a third of the labels said
/// another way (a synonym, or the words turned round), 10 nodes forgotten, 5 added, 5 edges
/// drawn the wrong way round.
ArchDeck::DiagramGraph attemptDiagram(const ArchDeck::DiagramGraph &reference)
{
    QRandomGenerator random(44);
    QList<int> order(reference.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    const QList<int> dropped = order.mid(0, 10);
    QHash<QString, QString> idOf; // reference id → attempt id
    ArchDeck::DiagramGraph g;
    g.name = QStringLiteral("attempt");
    for (int k = 10; k < order.size(); ++k) {
        ArchDeck::DiagramNode node = reference.nodes.at(order.at(k));
        const QString id = QStringLiteral("a%1").arg(k);
        idOf.insert(node.id, id);
        node.id = id;
        if (k % 3 == 0) { // "Orders DB" → "database for orders" or "Orders database"
            const QString label = node.label();
            for (const Part &part : parts()) {
                if (!label.endsWith(part.word))
                    continue;
                const QString domain = label.chopped(part.word.size()).trimmed();
                node.attributes[QStringLiteral("label")] = k % 2
                    ? part.synonym + QStringLiteral(" for ") + domain.toLower()
                    : domain + QLatin1Char(' ') + part.synonym;
            }
        }
        g.nodes.append(node);
    }
    int reversed = 0;
    for (const ArchDeck::DiagramEdge &e : reference.edges) {
        if (!idOf.contains(e.tail) || !idOf.contains(e.head))
            continue;
        const bool reverse = reversed < 5 && random.bounded(6) == 0;
        reversed += reverse ? 1 : 0;
        g.edges.append({idOf.value(reverse ? e.head : e.tail),
            idOf.value(reverse ? e.tail : e.head), e.attributes});
    }
    const QList<ArchDeck::DiagramNode> added = {
        makeNode(
            QStringLiteral("fraud"), QStringLiteral("service"), QStringLiteral("Fraud scorer")),
        makeNode(
            QStringLiteral("tax"), QStringLiteral("function"), QStringLiteral("Tax calculator")),
        makeNode(
            QStringLiteral("limiter"), QStringLiteral("gateway"), QStringLiteral("Rate limiter")),
        makeNode(QStringLiteral("flags"), QStringLiteral("cache"), QStringLiteral("Feature flags")),
        makeNode(
            QStringLiteral("hooks"), QStringLiteral("worker"), QStringLiteral("Webhook sender")),
    };
    for (const ArchDeck::DiagramNode &node : added) {
        g.edges.append({g.nodes.at(random.bounded(int(g.nodes.size()))).id, node.id, {}});
        g.nodes.append(node);
    }
    for (const ArchDeck::DiagramCluster &c : reference.clusters) {
        ArchDeck::DiagramCluster mine = c;
        mine.id = c.id + QStringLiteral("_mine");
        mine.parent = c.parent.isEmpty() ? QString() : c.parent + QStringLiteral("_mine");
        mine.nodes.clear();
        for (const QString &id : c.nodes)
            if (idOf.contains(id))
                mine.nodes.append(idOf.value(id));
        g.clusters.append(mine);
    }
    return g;
}

// ---- the GUI measurements -------------------------------------------------------------------

struct Samples
{
    QList<double> bare;
    QList<double> keystroke, keyHandling, parse, render, show, paint, textViewPaint;
    QList<double> keystrokeWhileGliding;
    QList<double> framePaint; ///< one canvas paint while nodes glide
    QList<double> action, actionApplying, actionRender, actionShow, actionPainted;
    QList<double> diff60, diffLargest;
    QHash<QString, QList<double>> keystrokeByDiagram;
};

/// Before the closing quote of the first node label in `text` ("  client [kind=…,
/// label="Client|"]").
int labelEnd(const QString &text)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(QLatin1String("label=\""), from);
        if (at < 0)
            return -1;
        from = at + 7;
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
        if (!text.mid(lineStart, at - lineStart).contains(QLatin1Char('[')))
            continue; // a cluster's or the graph's label
        for (qsizetype i = from; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('\\'))
                ++i;
            else if (text.at(i) == QLatin1Char('"'))
                return int(i);
        }
        return -1;
    }
}

class WhiteboardBench
{
public:
    WhiteboardBench(
        ArchDeck::LayoutEngine *engine, ArchDeck::DiagramEditor *editor, Timeline *timeline)
        : m_engine(engine)
        , m_editor(editor)
        , m_timeline(timeline)
    { }

    bool bare(const Diagram &d, Samples *samples)
    {
        m_timeline->start();
        m_timeline->setBareRequest(
            m_engine->render(kBareView, {d.dot, d.name, ArchDeck::DiagramTheme::Light}));
        if (!m_timeline->runUntil(Mark::BareRendered))
            return false;
        if (samples)
            samples->bare.append(m_timeline->ms(Mark::BareRendered));
        return true;
    }

    /// One letter typed at the end of the first node label; then, kTypingIntervalMs after it,
    /// one more while the canvas still glides to the first one's layout.
    bool keystroke(const Diagram &d, int round, Samples *samples)
    {
        ArchDeck::DotTextEditor *text = m_editor->textEditor();
        const int at = labelEnd(text->toPlainText());
        if (at < 0)
            return false;
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(at);
        text->setTextCursor(cursor);
        text->setFocus();
        m_timeline->start();
        QTest::keyClick(text, char('a' + round % 26)); // a new text every round: nothing remembered
        m_timeline->mark(Mark::KeyHandled);
        if (!m_timeline->runUntil(Mark::Painted))
            return false;
        const Timeline &t = *m_timeline;
        if (samples) {
            samples->keystroke.append(t.ms(Mark::Painted));
            samples->keystrokeByDiagram[d.name].append(t.ms(Mark::Painted));
            samples->keyHandling.append(t.ms(Mark::KeyHandled));
            samples->parse.append(t.ms(Mark::KeyHandled, Mark::Parsed));
            samples->render.append(t.ms(Mark::Parsed, Mark::Rendered));
            samples->show.append(t.ms(Mark::Rendered, Mark::Shown));
            samples->paint.append(t.ms(Mark::Shown, Mark::Painted));
            samples->textViewPaint.append(t.textViewPaintMs());
        }

        runFor(int(std::max(0.0, kTypingIntervalMs - t.ms(Mark::Painted))));
        const bool gliding = m_editor->canvas()->isAnimating();
        m_timeline->start();
        QTest::keyClick(text, char('0' + round % 10));
        if (!m_timeline->runUntil(Mark::Painted))
            return false;
        if (samples && gliding)
            samples->keystrokeWhileGliding.append(t.ms(Mark::Painted));
        if (!settle())
            return false;
        keepFramePaints(samples);
        return true;
    }

    bool canvasAction(Samples *samples)
    {
        ArchDeck::DiagramDocument *document = m_editor->document();
        QString target;
        for (const ArchDeck::DiagramNode &n : document->graph().nodes)
            if (n.kind() != QLatin1String("note")) {
                target = n.id;
                break;
            }
        m_timeline->start();
        if (!m_editor->quickAdd(QStringLiteral("Replay worker -> %1").arg(target)))
            return false;
        m_timeline->mark(Mark::ActionApplied);
        if (!m_timeline->runUntil(Mark::Painted) || !m_timeline->has(Mark::AnimationStarted)
            || !settle())
            return false;
        keepFramePaints(samples);
        if (samples) {
            const Timeline &t = *m_timeline;
            samples->action.append(t.ms(Mark::AnimationStarted));
            samples->actionApplying.append(t.ms(Mark::ActionApplied));
            samples->actionRender.append(t.ms(Mark::ActionApplied, Mark::Rendered));
            samples->actionShow.append(t.ms(Mark::Rendered, Mark::AnimationStarted));
            samples->actionPainted.append(t.ms(Mark::Painted));
        }
        m_timeline->start(); // back to the diagram as typed, for the next round
        document->undoStack()->undo();
        if (!m_timeline->runUntil(Mark::Shown) || !settle())
            return false;
        keepFramePaints(samples);
        return true;
    }

    void keepFramePaints(Samples *samples)
    {
        const QList<double> frames = m_timeline->takeFramePaints();
        if (samples)
            samples->framePaint += frames;
    }

    /// Waits for the canvas to finish gliding and for what follows (the whole diagram painted
    /// again, the scene's index rebuilt), so that no measurement pays for the one before.
    bool settle()
    {
        ArchDeck::DiagramCanvas *canvas = m_editor->canvas();
        QDeadlineTimer deadline(5000);
        while (canvas->isAnimating() && !deadline.hasExpired()) {
            QEventLoop loop; // not a Timeline mark: a glide cut short by the next also "finishes"
            QObject::connect(
                canvas, &ArchDeck::DiagramCanvas::animationFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        runFor(kQuietMs);
        return !canvas->isAnimating();
    }

    /// Runs the event loop for `ms`: blocking in it, never sleeping.
    static void runFor(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }

    /// Loads `d` into a fresh document in the editor and waits for its first layout.
    bool open(ArchDeck::DiagramDocument *document, const Diagram &d)
    {
        m_editor->setDocument(document, d.name); // lays out the empty graph first
        document->load(d.dot);
        for (int shown = 0; shown < 3; ++shown) {
            m_timeline->start();
            if (!m_timeline->runUntil(Mark::Shown) || !settle())
                return false;
            if (document->isTextParsed() && !m_editor->isLayoutPending())
                return true;
        }
        return false;
    }

private:
    ArchDeck::LayoutEngine *m_engine;
    ArchDeck::DiagramEditor *m_editor;
    Timeline *m_timeline;
};

/// The diagram with the most nodes and edges, as the worker parses it.
ArchDeck::DiagramGraph largestDiagram(
    ArchDeck::LayoutEngine *engine, const QList<Diagram> &diagrams, QString *name)
{
    ArchDeck::DiagramGraph largest;
    for (const Diagram &d : diagrams) {
        const ArchDeck::Result<ArchDeck::DiagramGraph> parsed = engine->parseNow(d.dot, d.name);
        if (parsed.isOk()
            && parsed.value.nodes.size() + parsed.value.edges.size()
                > largest.nodes.size() + largest.edges.size()) {
            largest = parsed.value;
            *name = d.name;
        }
    }
    return largest;
}

double timeDiff(const ArchDeck::DiagramGraph &reference, const ArchDeck::DiagramGraph &attempt,
    double *score = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const ArchDeck::DiagramDiff diff = ArchDeck::DiagramDiff::compare(reference, attempt);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (score)
        *score = diff.score;
    return ms;
}

void report(const Samples &s, int diagrams, int rounds, const QString &largestName,
    const ArchDeck::DiagramGraph &largest, double diffScore)
{
    const Figures bare = figures(s.bare);
    out << QStringLiteral("\n%1 diagrams x %2 rounds; ms; ratio = this median / bare median, "
                          "this p95 / bare p95\n")
               .arg(diagrams)
               .arg(rounds);
    out << QStringLiteral("%1  median     p95     max   ratio (median, p95)\n").arg(QString(), -44);
    printFigures(QStringLiteral("bare render (LayoutEngine, worker, cache off)"), s.bare, bare);
    printFigures(QStringLiteral("keystroke -> repainted preview"), s.keystroke, bare,
        QStringLiteral("goal p95 <= 16 ms"));
    printFigures(QStringLiteral("  key event (text view, document, request)"), s.keyHandling, bare);
    printFigures(QStringLiteral("  parse: request -> reply arrives"), s.parse, bare);
    printFigures(QStringLiteral("  render: parse reply -> layout arrives"), s.render, bare);
    printFigures(QStringLiteral("  canvas shows the layout (showLayout)"), s.show, bare);
    printFigures(QStringLiteral("  -> canvas painted"), s.paint, bare);
    printFigures(QStringLiteral("  (text view repainting, all of it)"), s.textViewPaint, bare);
    printFigures(QStringLiteral("keystroke 100 ms after the last, mid-glide"),
        s.keystrokeWhileGliding, bare,
        QStringLiteral("%1 samples").arg(s.keystrokeWhileGliding.size()));
    printFigures(QStringLiteral("canvas action -> animation starts"), s.action, bare,
        QStringLiteral("goal p95 <= 30 ms"));
    printFigures(
        QStringLiteral("  quickAdd() (edit, DOT written, request)"), s.actionApplying, bare);
    printFigures(QStringLiteral("  render: request -> layout arrives"), s.actionRender, bare);
    printFigures(QStringLiteral("  layout arrives -> animation starts"), s.actionShow, bare);
    printFigures(QStringLiteral("canvas action -> first frame painted"), s.actionPainted, bare);
    printFigures(QStringLiteral("one animation frame (canvas paint)"), s.framePaint, bare,
        QStringLiteral("%1 frames; a frame is 16.7 ms").arg(s.framePaint.size()));
    printFigures(QStringLiteral("diff, two 60-node diagrams"), s.diff60, bare,
        QStringLiteral("goal <= 5 ms; score %1").arg(diffScore, 0, 'f', 2));
    printFigures(QStringLiteral("diff, largest bundled against itself"), s.diffLargest, bare,
        QStringLiteral("%1: %2 nodes, %3 edges")
            .arg(largestName)
            .arg(largest.nodes.size())
            .arg(largest.edges.size()));

    QList<std::pair<double, QString>> slowest;
    for (auto it = s.keystrokeByDiagram.cbegin(); it != s.keystrokeByDiagram.cend(); ++it)
        slowest.append({figures(it.value()).median, it.key()});
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    out << "slowest keystroke -> preview, by median:";
    for (qsizetype i = 0; i < std::min<qsizetype>(3, slowest.size()); ++i)
        out << QStringLiteral(" %1 %2 ms;")
                   .arg(slowest.at(i).second)
                   .arg(slowest.at(i).first, 0, 'f', 1);
    out << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME",
        scratch.filePath(QStringLiteral("config")).toUtf8()); // not the user's settings
    QApplication app(argc, argv);
    ArchDeck::setApplicationIdentity(QStringLiteral("0.0.0-bench"));
    ArchDeck::Theme::apply(ArchDeck::Theme::Kind::Light);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;

    const ArchDeck::Deck deck = ArchDeck::Deck::bundled();
    const QList<Diagram> diagrams = bundledDiagrams(deck);
    out << "diagrams: " << diagrams.size() << ", rounds: " << rounds
        << ", platform: " << QGuiApplication::platformName() << "\n";
    out.flush();

    ArchDeck::LayoutEngine::Options options;
    options.workerPath = QStringLiteral(LAYOUT_WORKER_EXE);
    options.cacheEntries = 0; // measure layouts, not cache hits
    ArchDeck::LayoutEngine engine(options);
    Timeline timeline;
    timeline.watch(&engine); // ahead of the editor's own connections
    for (const Diagram &d : diagrams) // start the worker, warm fontconfig
        engine.renderNow({d.dot, d.name, ArchDeck::DiagramTheme::Light});
    QString largestName;
    const ArchDeck::DiagramGraph largest = largestDiagram(&engine, diagrams, &largestName);
    const ArchDeck::DiagramGraph reference = referenceDiagram();
    const ArchDeck::DiagramGraph attempt = attemptDiagram(reference);
    double diffScore = 0;
    timeDiff(reference, attempt, &diffScore);

    ArchDeck::DiagramEditor editor(&engine);
    timeline.watch(&editor);
    editor.resize(1400, 900);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor)) {
        out << "the editor window was not shown\n";
        return 2;
    }

    ArchDeck::SystemClock clock;
    WhiteboardBench bench(&engine, &editor, &timeline);
    Samples samples;
    int failures = 0;
    for (const Diagram &d : diagrams) {
        ArchDeck::DiagramDocument document(clock);
        if (!bench.open(&document, d)) {
            out << "  " << d.name << ": did not open\n";
            ++failures;
            continue;
        }
        for (int round = 0; round <= rounds; ++round) {
            Samples *into = round == 0 ? nullptr : &samples; // round 0 warms up
            for (int step = 0; step < 3; ++step) {
                bool ok = true;
                switch ((step + round) % 3) {
                case 0:
                    ok = bench.bare(d, into);
                    break;
                case 1:
                    ok = bench.keystroke(d, round, into);
                    break;
                case 2:
                    ok = bench.canvasAction(into);
                    break;
                }
                if (!ok) {
                    out << "  " << d.name << ": round " << round << " step " << step
                        << " did not finish\n";
                    ++failures;
                }
            }
            const double diff60 = timeDiff(reference, attempt);
            const double diffLargest = timeDiff(largest, largest);
            if (into) {
                into->diff60.append(diff60);
                into->diffLargest.append(diffLargest);
            }
        }
        editor.setDocument(nullptr, {});
    }
    report(samples, int(diagrams.size()), rounds, largestName, largest, diffScore);
    if (failures)
        out << failures << " measurements did not finish\n";
    return 0;
}

// DiagramLint over hand-made layouts: a node without edges, a detached group and a lane's own flow;
// how much of a 16:9 slide a drawing fills (a 16:9 grid, a tall column, an L-shape).
#include "diagramlint.h"

#include <QTest>

Q_DECLARE_METATYPE(ArchDeck::DiagramLayout)

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

LayoutElement node(const QString &id, const QRectF &box, const QString &kind = u"service"_s)
{
    LayoutElement e;
    e.type = LayoutElement::Type::Node;
    e.id = id;
    e.kind = kind;
    e.box = box;
    return e;
}

LayoutElement edge(const QString &tail, const QString &head, const QList<QPointF> &path = {})
{
    LayoutElement e;
    e.type = LayoutElement::Type::Edge;
    e.id = tail + u"->"_s + head;
    e.tail = tail;
    e.head = head;
    e.path = path;
    return e;
}

LayoutElement lane(const QString &id, const QRectF &box)
{
    LayoutElement e;
    e.type = LayoutElement::Type::Cluster;
    e.id = id;
    e.kind = u"lane"_s;
    e.box = box;
    return e;
}

/// Nodes of 100 × 50 on a `columns` × `rows` grid with 60 pt between them, each joined to the next.
DiagramLayout grid(int columns, int rows)
{
    DiagramLayout layout;
    QString previous;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QString id = u"n%1_%2"_s.arg(r).arg(c);
            const QRectF box(c * 160, r * 110, 100, 50);
            layout.elements.append(node(id, box));
            if (!previous.isEmpty())
                layout.elements.append(edge(previous, id, {box.center()}));
            previous = id;
        }
    }
    layout.bounds = QRectF(0, 0, columns * 160 - 60, rows * 110 - 60);
    return layout;
}

/// "a.dot:4: error: …; …" for a failure message.
QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u"; "_s);
}

#define QVERIFY_CLEAN(expression)                                                                  \
    do {                                                                                           \
        const Diagnostics found = (expression);                                                    \
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));                                    \
    } while (false)

const QByteArray kSource = "digraph g {\n"
                           "  a [kind=\"client\"];\n"
                           "  b;\n"
                           "  lonely [kind=\"service\"];\n"
                           "  a -> b;\n"
                           "}\n";

} // namespace

class TestDiagramLint : public QObject
{
    Q_OBJECT

private slots:
    void connectedFlowIsClean();
    void nodeWithoutEdgeIsFlaggedOnItsLine();
    void notesStandAlone();
    void detachedGroupIsAnIsland();
    void eachLaneHasItsOwnFlow();
    void slideFill_data();
    void slideFill();
    void lowFillIsReported();
};

void TestDiagramLint::connectedFlowIsClean()
{
    const DiagramLayout layout = grid(4, 3);
    QVERIFY_CLEAN(DiagramLint::check(layout, {}, u"g.dot"_s));
}

void TestDiagramLint::nodeWithoutEdgeIsFlaggedOnItsLine()
{
    DiagramLayout layout = grid(4, 3);
    layout.elements.append(node(u"lonely"_s, QRectF(0, 0, 10, 10)));
    const Diagnostics problems = DiagramLint::check(layout, kSource, u"g.dot"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
        u"g.dot:4: node 'lonely' has no edge: connect it to the flow, or make it a note"_s);
}

void TestDiagramLint::notesStandAlone()
{
    DiagramLayout layout = grid(4, 3);
    layout.elements.append(node(u"aside"_s, QRectF(0, 0, 10, 10), u"note"_s));
    layout.elements.append(node(u"legend_queue"_s, QRectF(0, 0, 10, 10), u"queue"_s));
    // A note's leader does not make the note part of the flow, nor a node it points at.
    layout.elements.append(node(u"pointed"_s, QRectF(0, 0, 10, 10)));
    layout.elements.append(edge(u"aside"_s, u"pointed"_s));
    const Diagnostics problems = DiagramLint::check(layout, {}, u"g.dot"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(u"'pointed' has no edge"_s),
        qPrintable(problems.first().toString()));
}

void TestDiagramLint::detachedGroupIsAnIsland()
{
    DiagramLayout layout = grid(4, 3);
    layout.elements.append(node(u"closed"_s, QRectF(0, 0, 10, 10), u"state"_s));
    layout.elements.append(node(u"open"_s, QRectF(0, 0, 10, 10), u"state"_s));
    layout.elements.append(edge(u"closed"_s, u"open"_s));
    layout.elements.append(edge(u"open"_s, u"closed"_s));
    const Diagnostics problems = DiagramLint::check(layout, {}, u"g.dot"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.startsWith(
                 u"'closed', 'open' form an island detached from the main flow"_s),
        qPrintable(problems.first().toString()));

    // Joined to the flow, the same states are clean.
    layout.elements.append(edge(u"n0_0"_s, u"closed"_s));
    QVERIFY_CLEAN(DiagramLint::check(layout, {}, u"g.dot"_s));
}

void TestDiagramLint::eachLaneHasItsOwnFlow()
{
    // A comparison: two lanes side by side, each with its own two-node flow.
    DiagramLayout layout;
    layout.bounds = QRectF(0, 0, 520, 300);
    layout.elements = {lane(u"cluster_a"_s, QRectF(0, 0, 250, 300)),
        lane(u"cluster_b"_s, QRectF(270, 0, 250, 300)), node(u"a1"_s, QRectF(0, 0, 250, 120)),
        node(u"a2"_s, QRectF(0, 180, 250, 120)), node(u"b1"_s, QRectF(270, 0, 250, 120)),
        node(u"b2"_s, QRectF(270, 180, 250, 120)), edge(u"a1"_s, u"a2"_s, {{125, 150}}),
        edge(u"b1"_s, u"b2"_s, {{395, 150}})};
    QVERIFY_CLEAN(DiagramLint::check(layout, {}, u"g.dot"_s));

    // The same second flow outside any lane is an island.
    layout.elements.removeAt(1);
    QCOMPARE(DiagramLint::check(layout, {}, u"g.dot"_s).size(), 1);
}

void TestDiagramLint::slideFill_data()
{
    QTest::addColumn<DiagramLayout>("layout");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("below");
    QTest::newRow("a wide grid fills most of the slide") << grid(6, 4) << 0.5 << 1.01;
    QTest::newRow("a tall column fills a sliver") << grid(1, 8) << 0.0 << 0.2;
    QTest::newRow("a long row fills a strip") << grid(12, 1) << 0.0 << 0.3;

    // An L: a row along the top and a column down the left, the rest of the box empty.
    DiagramLayout l;
    QString previous;
    for (int i = 0; i < 8; ++i) {
        const QRectF box = i < 5 ? QRectF(i * 160, 0, 100, 50) : QRectF(0, (i - 4) * 160, 100, 50);
        const QString id = u"l%1"_s.arg(i);
        l.elements.append(node(id, box));
        if (!previous.isEmpty())
            l.elements.append(edge(previous, id));
        previous = id;
    }
    l.bounds = QRectF(0, 0, 740, 530);
    QTest::newRow("an L leaves most of its box empty") << l << 0.0 << 0.4;
}

void TestDiagramLint::slideFill()
{
    QFETCH(DiagramLayout, layout);
    QFETCH(double, atLeast);
    QFETCH(double, below);
    const DiagramLint::SlideFill fill = DiagramLint::slideFill(layout);
    QVERIFY2(fill.share() >= atLeast && fill.share() < below,
        qPrintable(u"share %1 (shape %2, empty block %3)"_s.arg(fill.share())
                       .arg(fill.aspect)
                       .arg(fill.emptyBlock)));
}

void TestDiagramLint::lowFillIsReported()
{
    const Diagnostics problems = DiagramLint::check(grid(1, 8), {}, u"tall.dot"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.startsWith(u"the drawing fills "_s),
        qPrintable(problems.first().toString()));
    QVERIFY(problems.first().toString().startsWith(u"tall.dot: the drawing fills "_s));
}

QTEST_GUILESS_MAIN(TestDiagramLint)
#include "tst_diagramlint.moc"

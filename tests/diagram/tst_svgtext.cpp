// SvgText over the worker's own SVG and over hand-written lines: which runs it takes out (plain,
// positioned ones) and which it leaves for Qt SVG (text on a path, decorations, markup), the
// groups they belong to, entities, and the graph transform.
#include "layoutengine.h"
#include "svgtext.h"

#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray wrap(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
           "<svg width=\"100pt\" height=\"50pt\"\n viewBox=\"0 0 100 50\">\n"
           "<g id=\"graph0\" class=\"graph\" transform=\"scale(1 1) rotate(0) translate(4 46)\">\n"
        + body + "</g>\n</svg>\n";
}

} // namespace

class TestSvgText : public QObject
{
    Q_OBJECT

private slots:
    void takesPlainRunsWithTheirGroup();
    void leavesWhatItDoesNotDraw_data();
    void leavesWhatItDoesNotDraw();
    void unknownTransformKeepsEverything();
    void workerSvgLosesAllItsTextAndNothingElse();
};

void TestSvgText::takesPlainRunsWithTheirGroup()
{
    const QByteArray svg = wrap(
        "<g id=\"ad-node-1\" class=\"node\">\n"
        "<path fill=\"#e0f2fe\" d=\"M0,0\"/>\n"
        "<text text-anchor=\"middle\" x=\"33\" y=\"-18.5\" font-family=\"DejaVu Sans\" "
        "font-size=\"14\" fill=\"#1f2937\">A &amp; B &lt;3 &#233;</text>\n"
        "</g>\n"
        "<g id=\"ad-node-2\" class=\"node\">\n"
        "<g id=\"a_ad-node-2\"><a xlink:href=\"https://example.com/\">\n"
        "<text text-anchor=\"middle\" x=\"5\" y=\"-5\" fill=\"#1f2937\">linked</text>\n"
        "</a>\n</g>\n"
        "</g>\n"
        "<g id=\"ad-edge-1\" class=\"edge\">\n"
        "<text text-anchor=\"start\" x=\"1\" y=\"-2\" font-family=\"Sans,Arial\" "
        "font-weight=\"bold\" font-style=\"italic\" font-size=\"10\" fill=\"#475569\" "
        "fill-opacity=\"0.5\">edge</text>\n"
        "</g>\n");
    const SvgText::Split split = SvgText::split(svg);
    QCOMPARE(split.runs.size(), 3);
    const SvgText::Run &node = split.runs.at(0);
    QCOMPARE(node.groupId, u"ad-node-1"_s);
    QCOMPARE(node.text, u"A & B <3 é"_s);
    QCOMPARE(node.anchor, SvgText::Run::Anchor::Middle);
    QCOMPARE(node.baseline, QPointF(33, -18.5));
    QCOMPARE(node.family, u"DejaVu Sans"_s);
    QCOMPARE(node.size, 14.0);
    QCOMPARE(node.color, u"#1f2937"_s);
    QVERIFY(!node.bold && !node.italic);
    QCOMPARE(split.runs.at(1).groupId, u"ad-node-2"_s); // a link's text is its element's
    QCOMPARE(split.runs.at(1).text, u"linked"_s);
    const SvgText::Run &edge = split.runs.at(2);
    QCOMPARE(edge.groupId, u"ad-edge-1"_s);
    QCOMPARE(edge.anchor, SvgText::Run::Anchor::Start);
    QCOMPARE(edge.family, u"Sans"_s);
    QVERIFY(edge.bold && edge.italic);
    QCOMPARE(edge.opacity, 0.5);
    // Run coordinates → the document's: translate(4 46).
    QCOMPARE(split.toDocument.map(node.baseline), QPointF(37, 27.5));
    QVERIFY(!split.svg.contains("<text"));
    QVERIFY(split.svg.contains("<path fill=\"#e0f2fe\" d=\"M0,0\"/>\n</g>\n"));
}

void TestSvgText::leavesWhatItDoesNotDraw_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("text on a path")
        << QByteArray("<text text-anchor=\"middle\" fill=\"#000000\"><textPath xlink:href=\"#p\" "
                      "startOffset=\"50%\"><tspan x=\"0\" dy=\"-3\">along</tspan></textPath></text>");
    QTest::newRow("a decoration") << QByteArray(
        "<text text-anchor=\"middle\" x=\"1\" y=\"2\" font-size=\"14\" fill=\"#000000\" "
        "text-decoration=\"underline\">under</text>");
    QTest::newRow("a stretch") << QByteArray(
        "<text text-anchor=\"middle\" x=\"1\" y=\"2\" font-stretch=\"condensed\" "
        "fill=\"#000000\">narrow</text>");
    QTest::newRow("no position")
        << QByteArray("<text text-anchor=\"middle\" fill=\"#000000\">where</text>");
    QTest::newRow("an unknown entity") << QByteArray(
        "<text text-anchor=\"middle\" x=\"1\" y=\"2\" fill=\"#000000\">&nbsp;</text>");
    QTest::newRow("a named colour")
        << QByteArray("<text text-anchor=\"middle\" x=\"1\" y=\"2\" fill=\"black\">c</text>");
    QTest::newRow("a bad number")
        << QByteArray("<text text-anchor=\"middle\" x=\"1e\" y=\"2\" fill=\"#000000\">n</text>");
}

void TestSvgText::leavesWhatItDoesNotDraw()
{
    QFETCH(QByteArray, line);
    const QByteArray svg = wrap("<g id=\"ad-node-1\" class=\"node\">\n" + line + "\n</g>\n");
    const SvgText::Split split = SvgText::split(svg);
    QCOMPARE(split.runs.size(), 0);
    QCOMPARE(split.svg, svg);
}

void TestSvgText::unknownTransformKeepsEverything()
{
    QByteArray svg = wrap("<text text-anchor=\"middle\" x=\"1\" y=\"2\" fill=\"#000000\">t</text>\n");
    svg.replace("rotate(0)", "rotate(90)");
    const SvgText::Split split = SvgText::split(svg);
    QCOMPARE(split.runs.size(), 0);
    QCOMPARE(split.svg, svg);
}

void TestSvgText::workerSvgLosesAllItsTextAndNothingElse()
{
    LayoutEngine::Options options;
    options.workerPath = QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE);
    LayoutEngine engine(options);
    DiagramSource source;
    source.fileName = u"in.dot"_s;
    source.dot = "digraph G {\n"
                 "  subgraph cluster_a { label=\"Orders & co\"; api [kind=\"service\", "
                 "label=\"Orders\\nAPI\"]; }\n"
                 "  db [kind=\"database\", label=<<B>Orders</B> DB>];\n"
                 "  api -> db [label=\"INSERT\"];\n"
                 "}\n";
    const RenderResult result = engine.renderNow(source);
    QVERIFY(result.isOk());
    const SvgText::Split split = SvgText::split(result.svg);
    QCOMPARE(split.svg.count("<text"), 0);
    QStringList texts;
    for (const SvgText::Run &run : split.runs)
        texts.append(run.groupId.section(u'-', 1, 1) + u':' + run.text);
    texts.sort();
    // The HTML label is two spans, "Orders" in bold and " DB".
    QCOMPARE(texts, (QStringList {u"cluster:Orders & co"_s, u"edge:INSERT"_s, u"node: DB"_s,
                        u"node:API"_s, u"node:Orders"_s, u"node:Orders"_s}));
    // Everything but the text lines is the worker's SVG, byte for byte.
    QByteArray expected;
    for (const QByteArray &line : result.svg.split('\n'))
        if (!line.startsWith("<text "))
            expected += line + '\n';
    expected.chop(1);
    QCOMPARE(split.svg, expected);
    // Each run's baseline, in document coordinates, sits inside the box of what it labels.
    for (const SvgText::Run &run : split.runs) {
        const LayoutElement *element = result.layout.element(run.groupId);
        QVERIFY(element);
        if (element->type != LayoutElement::Type::Edge)
            QVERIFY2(element->box.adjusted(-1, -1, 1, 1)
                         .contains(split.toDocument.map(run.baseline) - QPointF(0, 1)),
                qPrintable(run.text));
    }
}

QTEST_GUILESS_MAIN(TestSvgText)
#include "tst_svgtext.moc"

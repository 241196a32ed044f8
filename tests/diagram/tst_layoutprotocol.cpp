// LayoutProtocol — the frames between LayoutEngine and the archdeck-layout worker. A reply
// survives the round trip field for field; a payload that is cut short, from another protocol
// version, claims more items than it holds or holds a value no enum has is refused (the engine
// then treats the worker as broken) instead of being half-read or allocating what a corrupt
// count asks for.
#include "layoutprotocol.h"

#include <QDataStream>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

LayoutReply sampleReply()
{
    LayoutReply reply;
    reply.id = 42;
    reply.result.svg = "<svg>…</svg>";
    reply.result.diagnostics = {Diagnostic::warning(u"a.dot"_s, 3, u"removed 'image'"_s, 7),
        Diagnostic::error(u"a.dot"_s, 0, u"too large"_s),
        Diagnostic::failure(u"the layout engine crashed"_s, u"signal 11"_s)};
    reply.result.layout.bounds = QRectF(0, 0, 824, 465.15);
    LayoutElement node;
    node.id = u"orders_svc"_s;
    node.svgId = u"ad-node-2"_s;
    node.label = u"Order\nhandler"_s;
    node.labelFormat = LayoutElement::LabelFormat::Html;
    node.kind = u"service"_s;
    node.shape = u"box"_s;
    node.box = QRectF(193, 47, 80, 42);
    LayoutElement edge;
    edge.type = LayoutElement::Type::Edge;
    edge.id = u"client->orders_svc"_s;
    edge.svgId = u"ad-edge-1"_s;
    edge.label = u"POST /orders"_s;
    edge.tail = u"client"_s;
    edge.head = u"orders_svc"_s;
    edge.path = {{66.03, 68}, {98.31, 68}, {147.83, 68}, {184.57, 68}};
    edge.box = QRectF(66, 60, 120, 20);
    LayoutElement cluster;
    cluster.type = LayoutElement::Type::Cluster;
    cluster.id = u"cluster_orders"_s;
    cluster.label = u"Orders service"_s;
    reply.result.layout.elements = {node, edge, cluster};
    return reply;
}

bool sameElement(const LayoutElement &a, const LayoutElement &b)
{
    return a.type == b.type && a.id == b.id && a.svgId == b.svgId && a.label == b.label
        && a.labelFormat == b.labelFormat && a.kind == b.kind && a.shape == b.shape
        && a.box == b.box && a.path == b.path && a.tail == b.tail && a.head == b.head;
}

/// A reply written field by field as the worker writes one (no diagnostics, one element with no
/// path), with the counts and enum bytes given: what a broken or foreign worker could send.
struct WireReply
{
    quint32 diagnosticCount = 0;
    quint32 elementCount = 1;
    quint8 type = 0;
    quint8 labelFormat = 0;
    quint32 pointCount = 0;
};

QByteArray written(const WireReply &wire)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(LayoutProtocol::encode(LayoutReply {}).at(0)) << quint64(1)
        << QByteArray("<svg/>") << wire.diagnosticCount << QRectF(0, 0, 10, 10) << wire.elementCount
        << wire.type << u"a"_s << u"ad-node-1"_s << u"a"_s << wire.labelFormat << QString()
        << QString() << QRectF() << QString() << QString() << wire.pointCount
        << false; // no graph: a render's reply
    return payload;
}

/// A parse's answer: a strict undirected graph with attributes, an HTML label, nested clusters.
LayoutReply graphReply()
{
    DiagramGraph g;
    g.name = u"g"_s;
    g.directed = false;
    g.strict = true;
    g.leadingComment = u"first\n\nthird"_s;
    g.graphAttributes = {{u"rankdir"_s, u"LR"_s}};
    g.nodeDefaults = {{u"fontsize"_s, u"9"_s}};
    g.edgeDefaults = {{u"color"_s, u"#336699"_s}};
    g.nodes = {{u"a"_s, {{u"label"_s, u"<<b>A</b>>"_s}, {u"kind"_s, u"service"_s}}}, {u"b"_s, {}}};
    g.subgraphs = {{{}, {{u"rank"_s, u"same"_s}}, u"cluster_outer"_s, {u"a"_s, u"b"_s}}};
    g.edges = {{u"a"_s, u"b"_s, {{u"label"_s, u"x\\ny"_s}}}};
    g.clusters = {{u"cluster_outer"_s, {{u"label"_s, u"Outer"_s}}, {}, {u"a"_s}},
        {u"cluster_inner"_s, {}, u"cluster_outer"_s, {u"b"_s}}};
    LayoutReply reply;
    reply.id = 9;
    reply.result.diagnostics.append(Diagnostic::warning(u"g.dot"_s, 2, u"removed 'URL'"_s));
    reply.graph = g;
    return reply;
}

} // namespace

Q_DECLARE_METATYPE(WireReply)

class TestLayoutProtocol : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip();
    void replyRoundTrip();
    void parseRequestRoundTrip();
    void graphReplyRoundTrip();
    void truncatedGraphReplyIsRefused();
    void impossibleClusterMemberCountIsRefused();
    void smallestItemsRoundTrip();
    void truncatedReplyIsRefused();
    void otherVersionIsRefused();
    void writtenReplies_data();
    void writtenReplies();
    void framesSplitAnywhere();
    void oversizedFrameMarksStreamCorrupt();
};

void TestLayoutProtocol::requestRoundTrip()
{
    LayoutRequest request;
    request.id = 7;
    request.source = {"digraph { a -> b }", u"diagrams/q04.dot"_s, DiagramTheme::Dark};
    request.limits.maxBytes = 12345;
    request.limits.maxElements = 99;
    request.limits.maxLabelLength = 17;
    const auto decoded = LayoutProtocol::decodeRequest(LayoutProtocol::encode(request));
    QVERIFY(decoded);
    QCOMPARE(decoded->id, 7u);
    QCOMPARE(decoded->source.dot, request.source.dot);
    QCOMPARE(decoded->source.fileName, request.source.fileName);
    QCOMPARE(decoded->source.theme, DiagramTheme::Dark);
    QCOMPARE(decoded->limits.maxBytes, 12345);
    QCOMPARE(decoded->limits.maxElements, 99);
    QCOMPARE(decoded->limits.maxLabelLength, 17);
}

void TestLayoutProtocol::replyRoundTrip()
{
    const LayoutReply reply = sampleReply();
    const auto decoded = LayoutProtocol::decodeReply(LayoutProtocol::encode(reply));
    QVERIFY(decoded);
    QCOMPARE(decoded->id, reply.id);
    QCOMPARE(decoded->result.svg, reply.result.svg);
    QCOMPARE(decoded->result.diagnostics.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const Diagnostic &sent = reply.result.diagnostics[i];
        const Diagnostic &received = decoded->result.diagnostics[i];
        QCOMPARE(received.severity, sent.severity);
        QCOMPARE(received.file, sent.file);
        QCOMPARE(received.line, sent.line);
        QCOMPARE(received.column, sent.column);
        QCOMPARE(received.message, sent.message);
        QCOMPARE(received.detail, sent.detail);
    }
    QCOMPARE(decoded->result.diagnostics[0].toString(), u"a.dot:3:7: warning: removed 'image'"_s);
    QCOMPARE(decoded->result.layout.bounds, reply.result.layout.bounds);
    QCOMPARE(decoded->result.layout.elements.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(sameElement(decoded->result.layout.elements[i], reply.result.layout.elements[i]));
}

void TestLayoutProtocol::parseRequestRoundTrip()
{
    LayoutRequest request;
    request.id = 3;
    request.kind = LayoutRequest::Kind::Parse;
    request.source.dot = "graph { a -- b }";
    const auto decoded = LayoutProtocol::decodeRequest(LayoutProtocol::encode(request));
    QVERIFY(decoded);
    QCOMPARE(decoded->kind, LayoutRequest::Kind::Parse);
    QCOMPARE(decoded->source.dot, request.source.dot);
    // A render request says so too, and so does parse-then-render, with the theme its layout
    // takes; a kind the worker does not know is refused.
    QCOMPARE(LayoutProtocol::decodeRequest(LayoutProtocol::encode(LayoutRequest {}))->kind,
        LayoutRequest::Kind::Render);
    LayoutRequest both = request;
    both.kind = LayoutRequest::Kind::ParseThenRender;
    both.source.theme = DiagramTheme::Dark;
    const auto decodedBoth = LayoutProtocol::decodeRequest(LayoutProtocol::encode(both));
    QVERIFY(decodedBoth);
    QCOMPARE(decodedBoth->kind, LayoutRequest::Kind::ParseThenRender);
    QCOMPARE(decodedBoth->source.theme, DiagramTheme::Dark);
    QByteArray unknownKind = LayoutProtocol::encode(request);
    unknownKind[1 + 8] = char(3); // after the version byte and the id
    QVERIFY(!LayoutProtocol::decodeRequest(unknownKind));
}

void TestLayoutProtocol::graphReplyRoundTrip()
{
    const LayoutReply reply = graphReply();
    const auto decoded = LayoutProtocol::decodeReply(LayoutProtocol::encode(reply));
    QVERIFY(decoded);
    QCOMPARE(decoded->id, 9u);
    QVERIFY(decoded->graph);
    QVERIFY(*decoded->graph == *reply.graph);
    QCOMPARE(decoded->graph->clusters.at(1).parent, u"cluster_outer"_s);
    QCOMPARE(decoded->result.diagnostics.size(), 1);
    // A render's reply has no graph, and says so.
    QVERIFY(!LayoutProtocol::decodeReply(LayoutProtocol::encode(sampleReply()))->graph);
}

void TestLayoutProtocol::truncatedGraphReplyIsRefused()
{
    const QByteArray payload = LayoutProtocol::encode(graphReply());
    for (qsizetype cut = 0; cut < payload.size(); ++cut)
        QVERIFY2(!LayoutProtocol::decodeReply(payload.left(cut)), qPrintable(QString::number(cut)));
    QVERIFY(!LayoutProtocol::decodeReply(payload + "x"));
}

void TestLayoutProtocol::impossibleClusterMemberCountIsRefused()
{
    LayoutReply reply;
    reply.graph = DiagramGraph {};
    reply.graph->clusters = {{u"cluster_a"_s, {}, {}, {u"n"_s}}};
    QByteArray payload = LayoutProtocol::encode(reply);
    QVERIFY(LayoutProtocol::decodeReply(payload));
    // The member count sits before the last string ("n": 4 bytes of length, 2 of UTF-16) and
    // the count of plain subgraphs (4 bytes, none).
    const qsizetype countAt = payload.size() - 4 - 6 - 4;
    QCOMPARE(payload.mid(countAt, 4), QByteArray::fromHex("00000001"));
    payload.replace(countAt, 4, QByteArray::fromHex("fffffff0"));
    QVERIFY(!LayoutProtocol::decodeReply(payload));
}

void TestLayoutProtocol::smallestItemsRoundTrip()
{
    // Null strings and no path: each item takes exactly the least the count check allows. Forty
    // of them, and only the bounds and a count after them: a check that asked even one byte
    // more of each would refuse the reply.
    LayoutReply diagnostics;
    diagnostics.result.diagnostics = Diagnostics(40);
    auto decoded = LayoutProtocol::decodeReply(LayoutProtocol::encode(diagnostics));
    QVERIFY(decoded);
    QCOMPARE(decoded->result.diagnostics.size(), 40);

    LayoutReply elements;
    elements.result.layout.elements = QList<LayoutElement>(40);
    decoded = LayoutProtocol::decodeReply(LayoutProtocol::encode(elements));
    QVERIFY(decoded);
    QCOMPARE(decoded->result.layout.elements.size(), 40);
}

void TestLayoutProtocol::truncatedReplyIsRefused()
{
    const QByteArray payload = LayoutProtocol::encode(sampleReply());
    for (qsizetype cut = 0; cut < payload.size(); ++cut)
        QVERIFY2(!LayoutProtocol::decodeReply(payload.left(cut)), qPrintable(QString::number(cut)));
    QVERIFY(!LayoutProtocol::decodeReply(payload + "x")); // trailing bytes: not our frame
}

void TestLayoutProtocol::otherVersionIsRefused()
{
    QByteArray payload = LayoutProtocol::encode(sampleReply());
    payload[0] = char(payload[0] + 1);
    QVERIFY(!LayoutProtocol::decodeReply(payload));
    QByteArray request = LayoutProtocol::encode(LayoutRequest {});
    request[0] = char(request[0] + 1);
    QVERIFY(!LayoutProtocol::decodeRequest(request));
}

void TestLayoutProtocol::writtenReplies_data()
{
    QTest::addColumn<WireReply>("wire");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("as the worker writes it") << WireReply {} << true;
    QTest::newRow("an edge with an HTML label") << WireReply {0, 1, 1, 1, 0} << true;
    QTest::newRow("a cluster") << WireReply {0, 1, 2, 0, 0} << true;
    QTest::newRow("unknown element type") << WireReply {0, 1, 3, 0, 0} << false;
    QTest::newRow("unknown label format") << WireReply {0, 1, 0, 2, 0} << false;
    QTest::newRow("label format byte 255") << WireReply {0, 1, 0, 255, 0} << false;
    // Counts claiming four billion entries in a few bytes.
    QTest::newRow("impossible diagnostics count") << WireReply {0xFFFFFFF0, 1, 0, 0, 0} << false;
    QTest::newRow("impossible element count") << WireReply {0, 0xFFFFFFF0, 0, 0, 0} << false;
    QTest::newRow("impossible path count") << WireReply {0, 1, 0, 0, 0xFFFFFFF0} << false;
    QTest::newRow("one element more than written") << WireReply {0, 2, 0, 0, 0} << false;
}

void TestLayoutProtocol::writtenReplies()
{
    QFETCH(WireReply, wire);
    QFETCH(bool, accepted);
    const auto decoded = LayoutProtocol::decodeReply(written(wire));
    QCOMPARE(bool(decoded), accepted);
    if (decoded) {
        QCOMPARE(decoded->result.layout.elements.size(), 1);
        const LayoutElement &e = decoded->result.layout.elements.constFirst();
        QCOMPARE(int(e.type), int(wire.type));
        QCOMPARE(int(e.labelFormat), int(wire.labelFormat));
        QCOMPARE(e.svgId, u"ad-node-1"_s);
    }
}

void TestLayoutProtocol::framesSplitAnywhere()
{
    const QByteArray one = LayoutProtocol::encode(sampleReply());
    const QByteArray stream = LayoutProtocol::frame(one) + LayoutProtocol::frame("second");
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        LayoutProtocol::FrameReader reader;
        QList<QByteArray> frames;
        reader.append(stream.left(split));
        while (const auto f = reader.next())
            frames.append(*f);
        reader.append(stream.mid(split));
        while (const auto f = reader.next())
            frames.append(*f);
        QCOMPARE(frames, (QList<QByteArray> {one, "second"}));
        QVERIFY(!reader.isCorrupt());
    }
}

void TestLayoutProtocol::oversizedFrameMarksStreamCorrupt()
{
    LayoutProtocol::FrameReader reader;
    reader.append(QByteArray::fromHex("7fffffff") + "abc");
    QVERIFY(!reader.next());
    QVERIFY(reader.isCorrupt());
}

QTEST_GUILESS_MAIN(TestLayoutProtocol)
#include "tst_layoutprotocol.moc"

// LayoutProtocol — the frames between LayoutEngine and the archdeck-layout worker. A reply
// survives the round trip field for field; a payload that is cut short, from another protocol
// version, or claims more items than it holds is refused (the engine then treats the worker as
// broken) instead of being half-read or allocating what a corrupt count asks for.
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
    reply.result.diagnostics = {Diagnostic::warning(u"a.dot"_s, 3, u"removed 'image'"_s),
        Diagnostic::error(u"a.dot"_s, 0, u"too large"_s)};
    reply.result.layout.bounds = QRectF(0, 0, 824, 465.15);
    LayoutElement node;
    node.id = u"orders_svc"_s;
    node.svgId = u"ad-node-2"_s;
    node.label = u"Order\nhandler"_s;
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
        && a.kind == b.kind && a.shape == b.shape && a.box == b.box && a.path == b.path
        && a.tail == b.tail && a.head == b.head;
}

} // namespace

class TestLayoutProtocol : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip();
    void replyRoundTrip();
    void truncatedReplyIsRefused();
    void otherVersionIsRefused();
    void impossibleCountIsRefused();
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
    QCOMPARE(decoded->result.diagnostics.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(decoded->result.diagnostics[i].severity, reply.result.diagnostics[i].severity);
        QCOMPARE(decoded->result.diagnostics[i].toString(), reply.result.diagnostics[i].toString());
    }
    QCOMPARE(decoded->result.layout.bounds, reply.result.layout.bounds);
    QCOMPARE(decoded->result.layout.elements.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(sameElement(decoded->result.layout.elements[i], reply.result.layout.elements[i]));
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

void TestLayoutProtocol::impossibleCountIsRefused()
{
    // A reply whose diagnostics count claims four billion entries in a few bytes.
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(LayoutProtocol::encode(LayoutReply {}).at(0)) << quint64(1)
        << QByteArray("<svg/>") << quint32(0xFFFFFFF0);
    QVERIFY(!LayoutProtocol::decodeReply(payload));
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

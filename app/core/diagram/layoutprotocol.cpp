#include "layoutprotocol.h"

#include <functional>

#include <QBuffer>
#include <QDataStream>
#include <QtEndian>

namespace ArchDeck::LayoutProtocol {

namespace {

// Payloads are QDataStream records behind a version byte: a reply holds ~50 strings and a few
// hundred numbers, and reading them straight into the structs costs a fifth of what a CBOR
// value tree did (bench_layout). A worker built from other sources answers with another version
// and is treated as broken. Reply version 3: labels as drawn with their format; diagnostics with
// column and detail. Request 3 / reply 4: the request's kind, and a parse's DiagramGraph. Reply
// 5: the graph's node and edge defaults and plain subgraphs. Request 4: parse, then render.
constexpr quint8 kRequestVersion = 4;
constexpr quint8 kReplyVersion = 5;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

// The fewest bytes one item of a list takes on the wire (a QString at least 4, a QRectF 32), so
// a count can be checked against the bytes left before anything is allocated for it.
// Diagnostic: severity; file; line; message; column; detail.
constexpr qsizetype kMinimumDiagnosticSize = 1 + 4 + 4 + 4 + 4 + 4;
// LayoutElement: type; id, svgId, label; label format; kind, shape; box; tail, head; path count.
constexpr qsizetype kMinimumElementSize = 1 + 3 * 4 + 1 + 2 * 4 + 32 + 2 * 4 + 4;
constexpr qsizetype kPointSize = 2 * sizeof(double);
// DotAttributes: a count, then name and value per entry.
constexpr qsizetype kMinimumAttributeSize = 2 * 4;
// DiagramNode: id; attribute count. DiagramEdge: tail, head; attribute count.
constexpr qsizetype kMinimumNodeSize = 4 + 4;
constexpr qsizetype kMinimumEdgeSize = 2 * 4 + 4;
// DiagramCluster: id; attribute count; parent; node count. A node id in a cluster: a QString.
constexpr qsizetype kMinimumClusterSize = 4 + 4 + 4 + 4;
constexpr qsizetype kMinimumStringSize = 4;

QByteArray encoded(quint8 version, const std::function<void(QDataStream &)> &write)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << version;
    write(out);
    return bytes;
}

/// Reads the version byte: true when it is `expectedVersion` (the stream is then at the record).
bool openPayload(QDataStream &in, quint8 expectedVersion)
{
    in.setVersion(kStreamVersion);
    quint8 version = 0;
    in >> version;
    return in.status() == QDataStream::Ok && version == expectedVersion;
}

/// A list of items `readItem` reads one by one; nullopt when the stream fails or its count
/// claims more items than the bytes left could hold (each takes at least `minimumItemSize`),
/// so a corrupt count fails the decode instead of asking for gigabytes.
template<typename T, typename ReadItem>
std::optional<QList<T>> readList(QDataStream &in, qsizetype minimumItemSize, ReadItem readItem)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok
        || qint64(count) * minimumItemSize > in.device()->bytesAvailable())
        return std::nullopt;
    QList<T> items;
    items.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        std::optional<T> item = readItem(in);
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

/// An enum sent as its underlying byte, or nullopt for a value it does not have.
template<typename Enum> std::optional<Enum> readEnum(QDataStream &in, Enum last)
{
    quint8 value = 0;
    in >> value;
    if (in.status() != QDataStream::Ok || value > quint8(last))
        return std::nullopt;
    return Enum(value);
}

void write(QDataStream &out, const Diagnostic &d)
{
    out << d.isError() << d.file << qint32(d.line) << d.message << qint32(d.column) << d.detail;
}

std::optional<Diagnostic> readDiagnostic(QDataStream &in)
{
    bool isError = false;
    qint32 line = 0;
    qint32 column = 0;
    Diagnostic d;
    in >> isError >> d.file >> line >> d.message >> column >> d.detail;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    d.severity = isError ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    d.line = line;
    d.column = column;
    return d;
}

void write(QDataStream &out, const LayoutElement &e)
{
    out << quint8(e.type) << e.id << e.svgId << e.label << quint8(e.labelFormat) << e.kind
        << e.shape << e.box << e.tail << e.head << quint32(e.path.size());
    for (const QPointF &p : e.path)
        out << p.x() << p.y();
}

std::optional<QPointF> readPoint(QDataStream &in)
{
    double x = 0;
    double y = 0;
    in >> x >> y;
    return in.status() == QDataStream::Ok ? std::optional(QPointF(x, y)) : std::nullopt;
}

std::optional<LayoutElement> readElement(QDataStream &in)
{
    LayoutElement e;
    const auto type = readEnum(in, LayoutElement::Type::Cluster);
    in >> e.id >> e.svgId >> e.label;
    const auto labelFormat = readEnum(in, LayoutElement::LabelFormat::Html);
    in >> e.kind >> e.shape >> e.box >> e.tail >> e.head;
    std::optional<QList<QPointF>> path = readList<QPointF>(in, kPointSize, readPoint);
    if (!type || !labelFormat || !path || in.status() != QDataStream::Ok)
        return std::nullopt;
    e.type = *type;
    e.labelFormat = *labelFormat;
    e.path = std::move(*path);
    return e;
}

void write(QDataStream &out, const DotAttributes &attributes)
{
    out << quint32(attributes.size());
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        out << it.key() << it.value();
}

std::optional<DotAttributes> readAttributes(QDataStream &in)
{
    using Entry = std::pair<QString, QString>;
    const auto entries = readList<Entry>(in, kMinimumAttributeSize, [](QDataStream &s) {
        Entry entry;
        s >> entry.first >> entry.second;
        return s.status() == QDataStream::Ok ? std::optional(entry) : std::nullopt;
    });
    if (!entries)
        return std::nullopt;
    DotAttributes attributes;
    for (const Entry &entry : *entries)
        attributes.insert(entry.first, entry.second);
    return attributes;
}

std::optional<QString> readString(QDataStream &in)
{
    QString text;
    in >> text;
    return in.status() == QDataStream::Ok ? std::optional(text) : std::nullopt;
}

void write(QDataStream &out, const DiagramGraph &g)
{
    out << g.name << g.directed << g.strict << g.leadingComment;
    write(out, g.graphAttributes);
    write(out, g.nodeDefaults);
    write(out, g.edgeDefaults);
    out << quint32(g.nodes.size());
    for (const DiagramNode &n : g.nodes) {
        out << n.id;
        write(out, n.attributes);
    }
    out << quint32(g.edges.size());
    for (const DiagramEdge &e : g.edges) {
        out << e.tail << e.head;
        write(out, e.attributes);
    }
    out << quint32(g.clusters.size());
    for (const DiagramCluster &c : g.clusters) {
        out << c.id;
        write(out, c.attributes);
        out << c.parent << c.nodes;
    }
    out << quint32(g.subgraphs.size());
    for (const DiagramSubgraph &s : g.subgraphs) {
        out << s.id;
        write(out, s.attributes);
        out << s.parent << s.nodes;
    }
}

std::optional<DiagramNode> readNode(QDataStream &in)
{
    DiagramNode n;
    in >> n.id;
    std::optional<DotAttributes> attributes = readAttributes(in);
    if (!attributes || in.status() != QDataStream::Ok)
        return std::nullopt;
    n.attributes = std::move(*attributes);
    return n;
}

std::optional<DiagramEdge> readEdge(QDataStream &in)
{
    DiagramEdge e;
    in >> e.tail >> e.head;
    std::optional<DotAttributes> attributes = readAttributes(in);
    if (!attributes || in.status() != QDataStream::Ok)
        return std::nullopt;
    e.attributes = std::move(*attributes);
    return e;
}

std::optional<DiagramCluster> readCluster(QDataStream &in)
{
    DiagramCluster c;
    in >> c.id;
    std::optional<DotAttributes> attributes = readAttributes(in);
    in >> c.parent;
    // The member list goes through readList too, so a corrupt count cannot allocate gigabytes.
    std::optional<QList<QString>> nodes = readList<QString>(in, kMinimumStringSize, readString);
    if (!attributes || !nodes || in.status() != QDataStream::Ok)
        return std::nullopt;
    c.attributes = std::move(*attributes);
    c.nodes = std::move(*nodes);
    return c;
}

std::optional<DiagramSubgraph> readSubgraph(QDataStream &in)
{
    std::optional<DiagramCluster> c = readCluster(in); // the same record
    if (!c)
        return std::nullopt;
    return DiagramSubgraph{c->id, c->attributes, c->parent, c->nodes};
}

std::optional<DiagramGraph> readGraph(QDataStream &in)
{
    DiagramGraph g;
    in >> g.name >> g.directed >> g.strict >> g.leadingComment;
    std::optional<DotAttributes> attributes = readAttributes(in);
    std::optional<DotAttributes> nodeDefaults = readAttributes(in);
    std::optional<DotAttributes> edgeDefaults = readAttributes(in);
    if (!attributes || !nodeDefaults || !edgeDefaults)
        return std::nullopt;
    std::optional<QList<DiagramNode>> nodes = readList<DiagramNode>(in, kMinimumNodeSize, readNode);
    if (!nodes)
        return std::nullopt;
    std::optional<QList<DiagramEdge>> edges = readList<DiagramEdge>(in, kMinimumEdgeSize, readEdge);
    if (!edges)
        return std::nullopt;
    std::optional<QList<DiagramCluster>> clusters
        = readList<DiagramCluster>(in, kMinimumClusterSize, readCluster);
    std::optional<QList<DiagramSubgraph>> subgraphs
        = readList<DiagramSubgraph>(in, kMinimumClusterSize, readSubgraph);
    if (!clusters || !subgraphs || in.status() != QDataStream::Ok)
        return std::nullopt;
    g.graphAttributes = std::move(*attributes);
    g.nodeDefaults = std::move(*nodeDefaults);
    g.edgeDefaults = std::move(*edgeDefaults);
    g.subgraphs = std::move(*subgraphs);
    g.nodes = std::move(*nodes);
    g.edges = std::move(*edges);
    g.clusters = std::move(*clusters);
    return g;
}

} // namespace

QByteArray encode(const LayoutRequest &request)
{
    return encoded(kRequestVersion, [&](QDataStream &out) {
        out << request.id << quint8(request.kind) << request.source.dot << request.source.fileName
            << quint8(request.source.theme) << request.limits.maxBytes
            << qint32(request.limits.maxElements) << qint32(request.limits.maxLabelLength);
    });
}

QByteArray encode(const LayoutReply &reply)
{
    return encoded(kReplyVersion, [&](QDataStream &out) {
        const RenderResult &r = reply.result;
        out << reply.id << r.svg << quint32(r.diagnostics.size());
        for (const Diagnostic &d : r.diagnostics)
            write(out, d);
        out << r.layout.bounds << quint32(r.layout.elements.size());
        for (const LayoutElement &e : r.layout.elements)
            write(out, e);
        out << reply.graph.has_value();
        if (reply.graph)
            write(out, *reply.graph);
    });
}

std::optional<LayoutRequest> decodeRequest(const QByteArray &payload)
{
    QDataStream in(payload);
    if (!openPayload(in, kRequestVersion))
        return std::nullopt;
    LayoutRequest request;
    quint8 theme = 0;
    qint32 maxElements = 0;
    qint32 maxLabel = 0;
    in >> request.id;
    const auto kind = readEnum(in, LayoutRequest::Kind::ParseThenRender);
    in >> request.source.dot >> request.source.fileName >> theme >> request.limits.maxBytes
        >> maxElements >> maxLabel;
    if (!kind || in.status() != QDataStream::Ok)
        return std::nullopt;
    request.kind = *kind;
    request.source.theme
        = theme == quint8(DiagramTheme::Dark) ? DiagramTheme::Dark : DiagramTheme::Light;
    request.limits.maxElements = maxElements;
    request.limits.maxLabelLength = maxLabel;
    return request;
}

std::optional<LayoutReply> decodeReply(const QByteArray &payload)
{
    QDataStream in(payload);
    if (!openPayload(in, kReplyVersion))
        return std::nullopt;
    LayoutReply reply;
    RenderResult &r = reply.result;
    in >> reply.id >> r.svg;
    std::optional<Diagnostics> diagnostics
        = readList<Diagnostic>(in, kMinimumDiagnosticSize, readDiagnostic);
    if (!diagnostics)
        return std::nullopt;
    r.diagnostics = std::move(*diagnostics);
    in >> r.layout.bounds;
    std::optional<QList<LayoutElement>> elements
        = readList<LayoutElement>(in, kMinimumElementSize, readElement);
    if (!elements || in.status() != QDataStream::Ok)
        return std::nullopt;
    r.layout.elements = std::move(*elements);
    bool hasGraph = false;
    in >> hasGraph;
    if (hasGraph) {
        std::optional<DiagramGraph> graph = readGraph(in);
        if (!graph)
            return std::nullopt;
        reply.graph = std::move(*graph);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return reply;
}

QByteArray frame(const QByteArray &payload)
{
    QByteArray framed(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), framed.data());
    return framed + payload;
}

std::optional<QByteArray> FrameReader::next()
{
    if (m_corrupt || m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (qint64(length) > kMaxFrameBytes) {
        m_corrupt = true;
        return std::nullopt;
    }
    if (m_buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    return payload;
}

} // namespace ArchDeck::LayoutProtocol

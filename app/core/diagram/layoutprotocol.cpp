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
// and is treated as broken.
constexpr quint8 kRequestVersion = 2;
constexpr quint8 kReplyVersion = 2;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

QByteArray encoded(quint8 version, const std::function<void(QDataStream &)> &write)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << version;
    write(out);
    return bytes;
}

/// Reads a count and checks it against the bytes left (each item takes at least `minimumSize`),
/// so a corrupt count fails the decode instead of asking for gigabytes.
bool readCount(QDataStream &in, qsizetype minimumSize, quint32 *count)
{
    in >> *count;
    const qint64 left = in.device()->bytesAvailable();
    return in.status() == QDataStream::Ok && qint64(*count) * minimumSize <= left;
}

void write(QDataStream &out, const LayoutElement &e)
{
    out << quint8(e.type) << e.id << e.svgId << e.label << e.kind << e.shape << e.box << e.tail
        << e.head << quint32(e.path.size());
    for (const QPointF &p : e.path)
        out << p.x() << p.y();
}

bool read(QDataStream &in, LayoutElement *e)
{
    quint8 type = 0;
    in >> type >> e->id >> e->svgId >> e->label >> e->kind >> e->shape >> e->box >> e->tail
        >> e->head;
    e->type = type == 1 ? LayoutElement::Type::Edge
        : type == 2     ? LayoutElement::Type::Cluster
                        : LayoutElement::Type::Node;
    quint32 points = 0;
    if (!readCount(in, 2 * sizeof(double), &points))
        return false;
    e->path.reserve(points);
    for (quint32 i = 0; i < points; ++i) {
        double x = 0;
        double y = 0;
        in >> x >> y;
        e->path.append(QPointF(x, y));
    }
    return in.status() == QDataStream::Ok;
}

/// A stream over `payload` positioned after its version byte, or nullopt on another version.
bool openPayload(QDataStream &in, quint8 expectedVersion)
{
    in.setVersion(kStreamVersion);
    quint8 version = 0;
    in >> version;
    return in.status() == QDataStream::Ok && version == expectedVersion;
}

} // namespace

QByteArray encode(const LayoutRequest &request)
{
    return encoded(kRequestVersion, [&](QDataStream &out) {
        out << request.id << request.source.dot << request.source.fileName
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
            out << d.isError() << d.file << qint32(d.line) << d.message;
        out << r.layout.bounds << quint32(r.layout.elements.size());
        for (const LayoutElement &e : r.layout.elements)
            write(out, e);
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
    in >> request.id >> request.source.dot >> request.source.fileName >> theme
        >> request.limits.maxBytes >> maxElements >> maxLabel;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
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
    quint32 count = 0;
    in >> reply.id >> r.svg;
    if (!readCount(in, 13, &count)) // severity, two empty strings, line
        return std::nullopt;
    for (quint32 i = 0; i < count; ++i) {
        bool isError = false;
        Diagnostic d;
        qint32 line = 0;
        in >> isError >> d.file >> line >> d.message;
        d.severity = isError ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
        d.line = line;
        r.diagnostics.append(d);
    }
    in >> r.layout.bounds;
    if (!readCount(in, 1 + 8 * 4 + 32 + 4, &count)) // type, eight strings, box, path count
        return std::nullopt;
    r.layout.elements.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        LayoutElement e;
        if (!read(in, &e))
            return std::nullopt;
        r.layout.elements.append(std::move(e));
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

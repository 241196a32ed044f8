#include "layoutprotocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

namespace ArchDeck::LayoutProtocol {

namespace {

// CBOR map keys, short because every render sends them.
const QString kId = QStringLiteral("id");
const QString kDot = QStringLiteral("dot");
const QString kFile = QStringLiteral("file");
const QString kTheme = QStringLiteral("theme");
const QString kMaxBytes = QStringLiteral("maxBytes");
const QString kMaxElements = QStringLiteral("maxElements");
const QString kMaxLabel = QStringLiteral("maxLabel");
const QString kSvg = QStringLiteral("svg");
const QString kDiagnostics = QStringLiteral("diagnostics");
const QString kBounds = QStringLiteral("bounds");
const QString kElements = QStringLiteral("elements");

QCborArray rectToCbor(const QRectF &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

QRectF rectFromCbor(const QCborValue &v)
{
    const QCborArray a = v.toArray();
    return a.size() == 4
        ? QRectF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble())
        : QRectF();
}

QCborMap elementToCbor(const LayoutElement &e)
{
    QCborArray path;
    for (const QPointF &p : e.path) {
        path.append(p.x());
        path.append(p.y());
    }
    return QCborMap {{QStringLiteral("t"), int(e.type)}, {kId, e.id},
        {QStringLiteral("svgId"), e.svgId}, {QStringLiteral("label"), e.label},
        {QStringLiteral("kind"), e.kind}, {QStringLiteral("shape"), e.shape},
        {QStringLiteral("box"), rectToCbor(e.box)}, {QStringLiteral("path"), path},
        {QStringLiteral("tail"), e.tail}, {QStringLiteral("head"), e.head}};
}

LayoutElement elementFromCbor(const QCborMap &m)
{
    LayoutElement e;
    const qint64 type = m.value(QStringLiteral("t")).toInteger();
    e.type = type == 1 ? LayoutElement::Type::Edge
        : type == 2    ? LayoutElement::Type::Cluster
                       : LayoutElement::Type::Node;
    e.id = m.value(kId).toString();
    e.svgId = m.value(QStringLiteral("svgId")).toString();
    e.label = m.value(QStringLiteral("label")).toString();
    e.kind = m.value(QStringLiteral("kind")).toString();
    e.shape = m.value(QStringLiteral("shape")).toString();
    e.box = rectFromCbor(m.value(QStringLiteral("box")));
    const QCborArray path = m.value(QStringLiteral("path")).toArray();
    for (qsizetype i = 0; i + 1 < path.size(); i += 2)
        e.path.append(QPointF(path[i].toDouble(), path[i + 1].toDouble()));
    e.tail = m.value(QStringLiteral("tail")).toString();
    e.head = m.value(QStringLiteral("head")).toString();
    return e;
}

} // namespace

QByteArray encode(const LayoutRequest &request)
{
    const QCborMap map {{kId, qint64(request.id)}, {kDot, request.source.dot},
        {kFile, request.source.fileName}, {kTheme, themeName(request.source.theme)},
        {kMaxBytes, request.limits.maxBytes}, {kMaxElements, request.limits.maxElements},
        {kMaxLabel, request.limits.maxLabelLength}};
    return map.toCborValue().toCbor();
}

QByteArray encode(const LayoutReply &reply)
{
    QCborArray diagnostics;
    for (const Diagnostic &d : reply.result.diagnostics)
        diagnostics.append(
            QCborMap {{QStringLiteral("error"), d.isError()}, {QStringLiteral("file"), d.file},
                {QStringLiteral("line"), d.line}, {QStringLiteral("message"), d.message}});
    QCborArray elements;
    for (const LayoutElement &e : reply.result.layout.elements)
        elements.append(elementToCbor(e));
    const QCborMap map {{kId, qint64(reply.id)}, {kSvg, reply.result.svg},
        {kDiagnostics, diagnostics}, {kBounds, rectToCbor(reply.result.layout.bounds)},
        {kElements, elements}};
    return map.toCborValue().toCbor();
}

std::optional<LayoutRequest> decodeRequest(const QByteArray &payload)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(payload, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    LayoutRequest request;
    request.id = quint64(map.value(kId).toInteger());
    request.source.dot = map.value(kDot).toByteArray();
    request.source.fileName = map.value(kFile).toString();
    request.source.theme = map.value(kTheme).toString() == QLatin1String("dark")
        ? DiagramTheme::Dark
        : DiagramTheme::Light;
    request.limits.maxBytes = map.value(kMaxBytes).toInteger(request.limits.maxBytes);
    request.limits.maxElements = int(map.value(kMaxElements).toInteger(request.limits.maxElements));
    request.limits.maxLabelLength
        = int(map.value(kMaxLabel).toInteger(request.limits.maxLabelLength));
    return request;
}

std::optional<LayoutReply> decodeReply(const QByteArray &payload)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(payload, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    LayoutReply reply;
    reply.id = quint64(map.value(kId).toInteger());
    reply.result.svg = map.value(kSvg).toByteArray();
    const QCborArray diagnostics = map.value(kDiagnostics).toArray();
    for (const QCborValue &d : diagnostics) {
        const QCborMap m = d.toMap();
        reply.result.diagnostics.append(
            {m.value(QStringLiteral("error")).toBool() ? Diagnostic::Severity::Error
                                                       : Diagnostic::Severity::Warning,
                m.value(QStringLiteral("file")).toString(),
                int(m.value(QStringLiteral("line")).toInteger()),
                m.value(QStringLiteral("message")).toString()});
    }
    reply.result.layout.bounds = rectFromCbor(map.value(kBounds));
    const QCborArray elements = map.value(kElements).toArray();
    for (const QCborValue &e : elements)
        reply.result.layout.elements.append(elementFromCbor(e.toMap()));
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

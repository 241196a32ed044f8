// LayoutProtocol — the framed messages between the app and the layout worker process.
//
// A frame is a 4-byte big-endian length followed by that many bytes of payload: a version byte,
// then a QDataStream record. The app sends a LayoutRequest, the worker answers with a LayoutReply
// carrying the same id. Used by LayoutEngine (app side) and by archdeck-layout (worker side);
// both link archdeck_diagram. Three kinds of request: "render" (SVG and geometry), "parse" (the
// file's structure as a DiagramGraph, read by Graphviz's own parser so the app never links it),
// and "parse, then render": two replies with the same id, the parse's and then — when the text
// reads — the render of the graph as DotWriter writes it (what an editor lays out next), so a
// keystroke costs the app one round trip to the worker instead of two.
#pragma once

#include "diagramgraph.h"
#include "renderresult.h"

#include <QByteArray>
#include <optional>

namespace ArchDeck {

/// Limits that protect the app from inputs too large to lay out in time.
struct LayoutLimits
{
    qint64 maxBytes = 1024 * 1024; ///< DOT source size
    int maxElements = 5000; ///< nodes, and separately edges
    int maxLabelLength = 2000; ///< characters in one label
};

struct LayoutRequest
{
    enum class Kind : quint8 {
        Render, ///< lay out and draw: the reply's result holds the SVG and geometry
        Parse, ///< read only: the reply's graph holds the structure, its result the diagnostics
        /// A Parse reply; then, if the text read, a Render reply for DotWriter::write(graph) in
        /// the source's theme.
        ParseThenRender,
    };

    quint64 id = 0;
    Kind kind = Kind::Render;
    DiagramSource source;
    LayoutLimits limits;
};

struct LayoutReply
{
    quint64 id = 0;
    RenderResult result; ///< for a parse: only the diagnostics
    std::optional<DiagramGraph> graph; ///< a parse's graph; empty for a render or a failed parse
};

namespace LayoutProtocol {

constexpr qint64 kMaxFrameBytes = 256 * 1024 * 1024;

QByteArray encode(const LayoutRequest &request);
QByteArray encode(const LayoutReply &reply);
std::optional<LayoutRequest> decodeRequest(const QByteArray &payload);
std::optional<LayoutReply> decodeReply(const QByteArray &payload);

/// Prefixes `payload` with its length.
QByteArray frame(const QByteArray &payload);

/// Collects bytes as they arrive and hands out whole frames.
class FrameReader
{
public:
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    /// The next complete payload, or nullopt when more bytes are needed.
    std::optional<QByteArray> next();
    /// True when the stream announced a frame larger than kMaxFrameBytes: the peer is broken.
    bool isCorrupt() const { return m_corrupt; }

private:
    QByteArray m_buffer;
    bool m_corrupt = false;
};

} // namespace LayoutProtocol

} // namespace ArchDeck

// archdeck-layout — the layout worker. Reads LayoutRequest frames on stdin, answers LayoutReply
// frames on stdout, until stdin closes; a request renders a diagram, only parses it, or parses it
// and then renders what it read (two replies). Started and
// supervised by LayoutEngine; if Graphviz crashes or hangs here, only this process goes.
#include "dotwriter.h"
#include "graphvizrenderer.h"
#include "layoutprotocol.h"

#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <optional>

namespace {

bool readExactly(int fd, char *buffer, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, buffer, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        buffer += n;
        size -= size_t(n);
    }
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    size_t size = size_t(bytes.size());
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace

int main()
{
    // Keep the protocol on private descriptors: whatever Graphviz or a plugin prints to stdout
    // must not corrupt a frame, so fd 1 is pointed at stderr and fd 0 at /dev/null.
    const int in = ::dup(STDIN_FILENO);
    const int out = ::dup(STDOUT_FILENO);
    const int null = ::open("/dev/null", O_RDONLY);
    if (in < 0 || out < 0 || null < 0 || ::dup2(null, STDIN_FILENO) < 0
        || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return 2;

    ArchDeck::GraphvizRenderer renderer;
    for (;;) {
        char header[4];
        if (!readExactly(in, header, sizeof header))
            return 0; // the app closed the pipe: recycle or shutdown
        const quint32 length = qFromBigEndian<quint32>(header);
        if (qint64(length) > ArchDeck::LayoutProtocol::kMaxFrameBytes)
            return 2;
        QByteArray payload(qsizetype(length), Qt::Uninitialized);
        if (!readExactly(in, payload.data(), length))
            return 2;
        const auto request = ArchDeck::LayoutProtocol::decodeRequest(payload);
        if (!request)
            return 2;
        using Kind = ArchDeck::LayoutRequest::Kind;
        ArchDeck::LayoutReply reply;
        reply.id = request->id;
        std::optional<ArchDeck::DiagramSource> thenRender;
        if (request->kind == Kind::Parse || request->kind == Kind::ParseThenRender) {
            ArchDeck::Result<ArchDeck::DiagramGraph> parsed
                = renderer.parse(request->source, request->limits);
            if (parsed.isOk() && request->kind == Kind::ParseThenRender)
                thenRender = ArchDeck::DiagramSource {ArchDeck::DotWriter::write(parsed.value),
                    request->source.fileName, request->source.theme};
            if (parsed.isOk())
                reply.graph = std::move(parsed.value);
            reply.result.diagnostics = std::move(parsed.diagnostics);
        } else {
            reply.result = renderer.render(request->source, request->limits);
        }
        if (!writeAll(
                out, ArchDeck::LayoutProtocol::frame(ArchDeck::LayoutProtocol::encode(reply))))
            return 2;
        if (thenRender) {
            // The app reads the parse while this lays out what its editor will ask for next.
            ArchDeck::LayoutReply rendered;
            rendered.id = request->id;
            rendered.result = renderer.render(*thenRender, request->limits);
            if (!writeAll(out,
                    ArchDeck::LayoutProtocol::frame(ArchDeck::LayoutProtocol::encode(rendered))))
                return 2;
        }
        renderer.releaseLastGraph(); // while the app reads the reply
    }
}

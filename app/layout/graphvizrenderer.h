// GraphvizRenderer — parse → sanitize → style → lay out → render, in-process with libgvc.
// Lives only inside the archdeck-layout worker process: Graphviz 2.42 is not thread-safe, leaks,
// and may crash or exit on hostile input, so the app never calls it directly (see LayoutEngine).
#pragma once

#include "layoutprotocol.h"
#include "result.h"

#include <memory>

namespace ArchDeck {

class GraphvizRenderer
{
public:
    GraphvizRenderer();
    ~GraphvizRenderer();
    GraphvizRenderer(const GraphvizRenderer &) = delete;
    GraphvizRenderer &operator=(const GraphvizRenderer &) = delete;

    RenderResult render(const DiagramSource &source, const LayoutLimits &limits);

    /// Reads `source` with the same parser, checks and limits as render(), without laying it
    /// out: the structure with the sanitizer's warnings, or the errors.
    Result<DiagramGraph> parse(const DiagramSource &source, const LayoutLimits &limits);

    /// Frees the graph of the last render. render() keeps it so the worker can answer first and
    /// free while the app reads the answer (a tenth of a render, bench_layout); the next
    /// render() and the destructor free it too.
    void releaseLastGraph();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace ArchDeck

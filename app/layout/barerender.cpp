#include "barerender.h"

#include "graphvizcontext.h"

#include <graphviz/gvc.h>

namespace ArchDeck {

struct BareRender::Context
{
    GVC_t *gvc = createGraphvizContext(GraphvizPlugins::GraphvizOnly);
    ~Context() { gvFreeContext(gvc); }
};

BareRender::BareRender()
    : m_context(std::make_unique<Context>())
{ }

BareRender::~BareRender() = default;

QByteArray BareRender::svg(const QByteArray &dot)
{
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph)
        return {};
    QByteArray result;
    if (gvLayout(m_context->gvc, graph, "dot") == 0) {
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(m_context->gvc, graph, "svg", &data, &length) == 0)
            result = QByteArray(data, int(length));
        gvFreeRenderData(data);
        gvFreeLayout(m_context->gvc, graph);
    }
    agclose(graph);
    return result;
}

} // namespace ArchDeck

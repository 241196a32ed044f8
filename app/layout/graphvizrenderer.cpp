#include "graphvizrenderer.h"

#include "graphreader.h"
#include "graphsanitizer.h"
#include "graphvizcontext.h"
#include "graphvizmessages.h"
#include "kindstyles.h"
#include "svgrenderplugin.h"

#include <graphviz/gvc.h>

#include <QRegularExpression>

#include <cmath>
#include <utility>

#include <functional>

extern "C" void aglexbad(void); // exported by libcgraph 2.42, not declared in its headers

namespace ArchDeck {

namespace {

/// Maps Graphviz coordinates (points, y up) to the SVG's (points, y down, `pad` margins).
struct Frame
{
    boxf bb;
    QPointF pad;
    QPointF map(pointf p) const { return {p.x - bb.LL.x + pad.x(), bb.UR.y - p.y + pad.y()}; }
    QRectF box(pointf center, double width, double height) const
    {
        const QPointF c = map(center);
        return {c.x() - width / 2, c.y() - height / 2, width, height};
    }
};

/// `pad` in points: "0.5" pads both ways, "0.5,0.25" x then y; Graphviz's default is 4 points.
QPointF padOf(Agraph_t *graph)
{
    const QList<QByteArray> parts = QByteArray(agget(graph, const_cast<char *>("pad"))).split(',');
    bool okX = false;
    bool okY = false;
    const double x = parts.value(0).toDouble(&okX);
    const double y = parts.size() > 1 ? parts.value(1).toDouble(&okY) : x;
    if (!okX)
        return {4.0, 4.0};
    return {x * 72.0, (parts.size() > 1 && okY ? y : x) * 72.0};
}

LayoutElement::LabelFormat formatOf(const textlabel_t *label)
{
    return label && label->html ? LayoutElement::LabelFormat::Html
                                : LayoutElement::LabelFormat::Plain;
}

void setId(void *object, const QByteArray &id)
{
    agsafeset(object, const_cast<char *>("id"), const_cast<char *>(id.constData()),
        const_cast<char *>(""));
}

/// Names every element's SVG group "ad-node-N", "ad-edge-N", "ad-cluster-N" so views can find
/// it, whatever the DOT names contain.
void assignSvgIds(Agraph_t *graph)
{
    int nodes = 0;
    int edges = 0;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        setId(n, "ad-node-" + QByteArray::number(++nodes));
        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e))
            setId(e, "ad-edge-" + QByteArray::number(++edges));
    }
    int clusters = 0;
    std::function<void(Agraph_t *)> visit = [&](Agraph_t *g) {
        for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
            if (QByteArray(agnameof(sub)).startsWith("cluster"))
                setId(sub, "ad-cluster-" + QByteArray::number(++clusters));
            visit(sub);
        }
    };
    visit(graph);
}

void collectClusters(
    Agraph_t *graph, const Frame &frame, const DrawnLabels &labels, QList<LayoutElement> &out)
{
    for (int i = 1; i <= GD_n_cluster(graph); ++i) {
        Agraph_t *cluster = GD_clust(graph)[i];
        const boxf bb = GD_bb(cluster);
        LayoutElement e;
        e.type = LayoutElement::Type::Cluster;
        e.id = QString::fromUtf8(agnameof(cluster));
        e.svgId = QString::fromUtf8(agget(cluster, const_cast<char *>("id")));
        e.label = labels.text(cluster);
        e.labelFormat = formatOf(GD_label(cluster));
        e.kind = QString::fromUtf8(agget(cluster, const_cast<char *>("kind")));
        e.box = QRectF(frame.map({bb.LL.x, bb.UR.y}), frame.map({bb.UR.x, bb.LL.y}));
        out.append(e);
        collectClusters(cluster, frame, labels, out);
    }
}

DiagramLayout geometry(Agraph_t *graph, const DrawnLabels &labels)
{
    DiagramLayout layout;
    const Frame frame {GD_bb(graph), padOf(graph)};
    layout.bounds = QRectF(0, 0, frame.bb.UR.x - frame.bb.LL.x + 2 * frame.pad.x(),
        frame.bb.UR.y - frame.bb.LL.y + 2 * frame.pad.y());
    collectClusters(graph, frame, labels, layout.elements);
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        LayoutElement node;
        node.type = LayoutElement::Type::Node;
        node.id = QString::fromUtf8(agnameof(n));
        node.svgId = QString::fromUtf8(agget(n, const_cast<char *>("id")));
        node.label = labels.text(n);
        node.labelFormat = formatOf(ND_label(n));
        node.kind = QString::fromUtf8(agget(n, const_cast<char *>("kind")));
        node.shape = QString::fromUtf8(agget(n, const_cast<char *>("shape")));
        node.box = frame.box(ND_coord(n), ND_width(n) * 72.0, ND_height(n) * 72.0);
        layout.elements.append(node);
        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
            LayoutElement edge;
            edge.type = LayoutElement::Type::Edge;
            edge.tail = node.id;
            edge.head = QString::fromUtf8(agnameof(aghead(e)));
            edge.id = edge.tail + QLatin1String("->") + edge.head;
            edge.svgId = QString::fromUtf8(agget(e, const_cast<char *>("id")));
            edge.label = labels.text(e);
            edge.labelFormat = formatOf(ED_label(e));
            if (splines *spl = ED_spl(e)) {
                for (int b = 0; b < spl->size; ++b)
                    for (int p = 0; p < spl->list[b].size; ++p)
                        edge.path.append(frame.map(spl->list[b].list[p]));
            }
            QRectF box;
            for (const QPointF &p : std::as_const(edge.path))
                box = box.united(QRectF(p, QSizeF(0.01, 0.01)));
            if (textlabel_t *label = ED_label(e); label && label->set)
                box = box.united(frame.box(label->pos, label->dimen.x, label->dimen.y));
            edge.box = box;
            layout.elements.append(edge);
        }
    }
    return layout;
}

/// The DOT text as a stream cgraph reads from, a line at a time like agmemread(); unlike
/// agmemread() the same stream can be read again, to find a second graph after the first.
struct MemoryInput
{
    const QByteArray &text;
    qsizetype at = 0;

    static int read(void *channel, char *buffer, int size)
    {
        auto *input = static_cast<MemoryInput *>(channel);
        int n = 0;
        while (n < size && input->at < input->text.size()) {
            const char c = input->text.at(input->at++);
            buffer[n++] = c;
            if (c == '\n')
                break;
        }
        return n;
    }
};

/// The line where graph `name` starts ("digraph H {", "graph \"H\""); 0 when not found.
int lineOfGraph(const QByteArray &source, const QByteArray &name)
{
    const QRegularExpression header(QStringLiteral("\\b(?:di)?graph\\s+\"?%1(?=[\"\\s{])")
                                        .arg(QRegularExpression::escape(QString::fromUtf8(name))));
    const QString text = QString::fromUtf8(source);
    const QRegularExpressionMatch match = header.match(text);
    return match.hasMatch() ? int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1
                            : 0;
}

/// Parses the first graph of `source`; null, with the reason in `diagnostics`, when there is none
/// or it does not parse. What follows it is read too: nothing, a syntax error (a stray '}' left
/// by an edit, which fails `dot` too), or another graph, which `dot` would draw as a second
/// picture and ArchDeck leaves out with a warning.
Agraph_t *readFirstGraph(const DiagramSource &source, Diagnostics &diagnostics)
{
    const QString &file = source.fileName;
    GraphvizMessages::begin();
    // The reader keeps unread input and its line count between calls in this long-lived
    // process; without a reset, text after one graph would be read as the start of the next,
    // and a syntax error would be reported below the lines of the previous diagram.
    aglexbad();
    agreadline(1);
    // Static, as agmemread()'s are: the graph keeps pointers to its disciplines.
    static Agiodisc_t io = {&MemoryInput::read, AgIoDisc.putstr, AgIoDisc.flush};
    static Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
    MemoryInput input {source.dot};
    Agraph_t *graph = agread(&input, &disc);
    diagnostics += GraphvizMessages::take(file, source.dot);
    if (!graph) {
        if (!hasErrors(diagnostics))
            diagnostics.append(Diagnostic::error(file, 0, QStringLiteral("no graph found")));
        return nullptr;
    }
    GraphvizMessages::begin();
    if (Agraph_t *next = agread(&input, &disc)) {
        const QByteArray name(agnameof(next));
        agclose(next);
        GraphvizMessages::take(file, source.dot); // the second graph's own warnings
        diagnostics.append(Diagnostic::warning(file,
            name.startsWith('%') ? 0 : lineOfGraph(source.dot, name),
            QStringLiteral("the file holds more than one graph; ArchDeck draws only the first")));
    } else {
        diagnostics += GraphvizMessages::take(file, source.dot);
    }
    if (hasErrors(diagnostics)) {
        agclose(graph);
        return nullptr;
    }
    return graph;
}

/// The first graph of `source` after the checks every request makes (size, NUL bytes, syntax);
/// null, with the reason in `diagnostics`, when there is none.
Agraph_t *openGraph(
    const DiagramSource &source, const LayoutLimits &limits, Diagnostics &diagnostics)
{
    const QString &file = source.fileName;
    if (source.dot.size() > limits.maxBytes) {
        diagnostics.append(Diagnostic::error(file, 0,
            QStringLiteral("the diagram is %1 KiB; the limit is %2 KiB")
                .arg(std::ceil(source.dot.size() / 1024.0))
                .arg(limits.maxBytes / 1024)));
        return nullptr;
    }
    if (const GraphvizMessages::Place nul
        = GraphvizMessages::placeOf(source.dot, QByteArray(1, '\0'));
        nul.line > 0) {
        diagnostics.append(Diagnostic::error(file, nul.line,
            QStringLiteral("the file contains a NUL byte; is it text?"), nul.column));
        return nullptr;
    }
    return readFirstGraph(source, diagnostics);
}

/// dot 2.42/2.43 places the label of a flat edge (both ends on one rank) as a node on the rank
/// above, growing that rank's node list with realloc (flat.c, make_vn_slot) but leaving `av`,
/// the pointer dot_cleanup() frees, at the old block. When realloc moves the block,
/// gvFreeLayout() frees it a second time: the heap is corrupt and the worker crashes on a later
/// diagram (valgrind: "Invalid free" under gvFreeLayout; glibc mostly grows the block in place,
/// so it shows only now and then). Point `av` at the live block before anything frees it.
void repairReallocatedRanks(Agraph_t *graph)
{
    if (!GD_rank(graph))
        return; // nothing was ranked: an empty graph
    for (int r = GD_minrank(graph); r <= GD_maxrank(graph); ++r) {
        rank_t &rank = GD_rank(graph)[r];
        if (rank.av != rank.v)
            rank.av = rank.v;
    }
}

} // namespace

struct GraphvizRenderer::Context
{
    GVC_t *gvc = createGraphvizContext();
    Agraph_t *laidOut = nullptr; ///< the last render's graph, until releaseLastGraph()
    ~Context() { gvFreeContext(gvc); }
};

GraphvizRenderer::GraphvizRenderer()
    : m_context(std::make_unique<Context>())
{ }

GraphvizRenderer::~GraphvizRenderer()
{
    releaseLastGraph();
}

void GraphvizRenderer::releaseLastGraph()
{
    if (Agraph_t *graph = std::exchange(m_context->laidOut, nullptr)) {
        gvFreeLayout(m_context->gvc, graph);
        agclose(graph);
    }
}

RenderResult GraphvizRenderer::render(const DiagramSource &source, const LayoutLimits &limits)
{
    releaseLastGraph();
    RenderResult result;
    const QString &file = source.fileName;
    Agraph_t *graph = openGraph(source, limits, result.diagnostics);
    if (!graph)
        return result;
    result.diagnostics += GraphSanitizer::sanitize(graph, source.dot, file, limits);
    if (hasErrors(result.diagnostics)) {
        agclose(graph);
        return result;
    }
    result.diagnostics += KindStyles::apply(graph, source.theme, source.dot, file);
    assignSvgIds(graph);

    GraphvizMessages::begin();
    if (gvLayout(m_context->gvc, graph, "dot") != 0) {
        result.diagnostics += GraphvizMessages::take(file, source.dot);
        result.diagnostics.append(
            Diagnostic::error(file, 0, QStringLiteral("Graphviz could not lay out this diagram")));
        agclose(graph);
        return result;
    }
    repairReallocatedRanks(graph);
    std::optional<SvgRenderPlugin::Drawing> drawing
        = SvgRenderPlugin::render(m_context->gvc, graph);
    result.layout = geometry(graph, drawing ? drawing->labels : DrawnLabels());
    m_context->laidOut = graph;
    result.diagnostics += GraphvizMessages::take(file, source.dot);
    if (!drawing) {
        result.diagnostics.append(
            Diagnostic::error(file, 0, QStringLiteral("Graphviz could not render this diagram")));
        return result;
    }
    result.svg = std::move(drawing->svg);
    return result;
}

Result<DiagramGraph> GraphvizRenderer::parse(
    const DiagramSource &source, const LayoutLimits &limits)
{
    Diagnostics diagnostics;
    Agraph_t *graph = openGraph(source, limits, diagnostics);
    if (!graph)
        return Result<DiagramGraph>::failure(diagnostics);
    // Read before the sanitizer runs: it removes unsafe values from what is drawn, but the
    // structure is the file's own, for editing and diffing. The sanitizer still runs for its
    // limits and warnings, so a parse reports what a render would.
    DiagramGraph structure = GraphReader::read(graph, source.dot);
    diagnostics += GraphSanitizer::sanitize(graph, source.dot, source.fileName, limits);
    agclose(graph);
    if (hasErrors(diagnostics))
        return Result<DiagramGraph>::failure(diagnostics);
    return Result<DiagramGraph>::success(std::move(structure), diagnostics);
}

} // namespace ArchDeck

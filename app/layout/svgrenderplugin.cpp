#include "svgrenderplugin.h"

#include "svgmarkup.h"
#include "svgwriter.h"

#include <graphviz/gvc.h>
#include <graphviz/gvcjob.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_render.h>

namespace ArchDeck::SvgRenderPlugin {

namespace {

/// The document being written and the text of the labels drawn into it. Graphviz calls the
/// plugin through plain function pointers with no user data, and the layout boundary is
/// single-threaded by design (Graphviz is not thread-safe), so the render in progress is a pair
/// of file-level pointers set by render().
SvgWriter *out = nullptr;
DrawnLabels *labels = nullptr;

// --- Graphviz callbacks ---------------------------------------------------------------------

void beginJob(GVJ_t *)
{
    if (out)
        out->put("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
}

void beginGraph(GVJ_t *job)
{
    if (!out)
        return;
    out->put("<svg width=\"");
    out->integer(job->width);
    out->put("pt\" height=\"");
    out->integer(job->height);
    out->put("pt\"\n viewBox=\"");
    out->number(job->canvasBox.LL.x);
    out->put(" ");
    out->number(job->canvasBox.LL.y);
    out->put(" ");
    out->number(job->canvasBox.UR.x);
    out->put(" ");
    out->number(job->canvasBox.UR.y);
    out->put(
        "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
}

void endGroup(GVJ_t *)
{
    if (out)
        out->put("</g>\n");
}

void endGraph(GVJ_t *)
{
    if (out)
        out->put("</svg>\n");
}

void beginLayer(GVJ_t *job, char *name, int, int)
{
    if (out)
        out->openGroup(name, "layer", job->obj->u.g);
}

bool isNamed(Agraph_t *graph)
{
    const char *name = agnameof(graph);
    return name && name[0] && name[0] != '%'; // '%' starts the names Graphviz makes up
}

void beginPage(GVJ_t *job)
{
    if (!out)
        return;
    const obj_state_t *obj = job->obj;
    out->put("<g id=\"");
    out->escaped(obj->id);
    out->put("\" class=\"graph\" transform=\"scale(");
    out->number(job->scale.x);
    out->put(" ");
    out->number(job->scale.y);
    out->put(") rotate(");
    out->integer(-job->rotation);
    out->put(") translate(");
    out->number(job->translation.x);
    out->put(" ");
    out->number(-job->translation.y);
    out->put(")\">\n");
    if (isNamed(obj->u.g))
        out->title(agnameof(obj->u.g));
}

void beginCluster(GVJ_t *job)
{
    if (!out)
        return;
    labels->beginObject(job);
    out->openGroup(job->obj->id, "cluster", job->obj->u.sg);
    out->title(agnameof(job->obj->u.sg));
}

void beginNode(GVJ_t *job)
{
    if (!out)
        return;
    labels->beginObject(job);
    out->openGroup(job->obj->id, "node", job->obj->u.n, job->layerNum);
    out->title(agnameof(job->obj->u.n));
}

void beginEdge(GVJ_t *job)
{
    if (!out)
        return;
    labels->beginObject(job);
    Agedge_t *edge = job->obj->u.e;
    out->openGroup(job->obj->id, "edge", edge);
    out->put("<title>");
    out->escaped(agnameof(agtail(edge)));
    out->put(agisdirected(agraphof(edge)) ? "-&gt;" : "--");
    out->escaped(agnameof(aghead(edge)));
    out->put("</title>\n");
}

void beginAnchor(GVJ_t *, char *href, char *tooltip, char *target, char *id)
{
    if (!out)
        return;
    out->put("<g");
    if (id) {
        out->put(" id=\"a_");
        out->escaped(id);
        out->put("\"");
    }
    out->put("><a");
    if (href && href[0] && SvgMarkup::isSafeLink(href)) {
        out->put(" xlink:href=\"");
        out->escaped(href);
        out->put("\"");
    }
    if (tooltip && tooltip[0]) {
        out->put(" xlink:title=\"");
        out->escaped(tooltip);
        out->put("\"");
    }
    if (target && target[0]) {
        out->put(" target=\"");
        out->escaped(target);
        out->put("\"");
    }
    out->put(">\n");
}

void endAnchor(GVJ_t *)
{
    if (out)
        out->put("</a>\n</g>\n");
}

void beginLabel(GVJ_t *, label_type type)
{
    if (labels)
        labels->beginBlock(type);
}

void textSpan(GVJ_t *job, pointf p, textspan_t *span)
{
    if (!out || !span->str)
        return;
    labels->addSpan(job, p, span);
    const obj_state_t *obj = job->obj;
    out->put("<text text-anchor=\"");
    out->put(span->just == 'l' ? "start" : span->just == 'r' ? "end" : "middle");
    out->put("\"");
    p.y += span->yoffset_centerline;
    if (!obj->labeledgealigned) {
        out->put(" x=\"");
        out->number(p.x);
        out->put("\" y=\"");
        out->number(-p.y);
        out->put("\"");
    }
    if (span->font)
        out->fontAttributes(span->font);
    out->put(" fill=\"");
    out->color(obj->pencolor);
    out->put("\"");
    out->opacity("fill-opacity", obj->pencolor);
    out->put(">");
    if (obj->labeledgealigned) {
        out->put("<textPath xlink:href=\"#");
        out->escaped(obj->id);
        out->put("_p\" startOffset=\"50%\"><tspan x=\"0\" dy=\"");
        out->number(-p.y);
        out->put("\">");
    }
    out->escaped(span->str);
    if (obj->labeledgealigned)
        out->put("</tspan></textPath>");
    out->put("</text>\n");
}

void ellipse(GVJ_t *job, pointf *corners, int filled)
{
    if (!out)
        return;
    const int id = out->gradientFor(job, corners, 2, filled);
    out->put("<ellipse");
    out->paintStyle(job, filled, id);
    out->put(" cx=\"");
    out->number(corners[0].x);
    out->put("\" cy=\"");
    out->number(-corners[0].y);
    out->put("\" rx=\"");
    out->number(corners[1].x - corners[0].x);
    out->put("\" ry=\"");
    out->number(corners[1].y - corners[0].y);
    out->put("\"/>\n");
}

void polygon(GVJ_t *job, pointf *corners, int count, int filled)
{
    if (!out || count < 1)
        return;
    const int id = out->gradientFor(job, corners, count, filled);
    out->put("<polygon");
    out->paintStyle(job, filled, id);
    out->put(" points=\"");
    out->points(corners, count);
    out->put(" ");
    out->point(corners[0]); // closed explicitly, as Graphviz writes it
    out->put("\"/>\n");
}

void bezier(GVJ_t *job, pointf *controls, int count, int, int, int filled)
{
    if (!out || count < 1)
        return;
    const int id = out->gradientFor(job, controls, count, filled);
    out->put("<path");
    if (job->obj->labeledgealigned) {
        out->put(" id=\"");
        out->escaped(job->obj->id);
        out->put("_p\"");
    }
    out->paintStyle(job, filled, id);
    out->put(" d=\"M");
    out->point(controls[0]);
    for (int i = 1; i < count; ++i) {
        out->put(i == 1 ? "C" : " ");
        out->point(controls[i]);
    }
    out->put("\"/>\n");
}

void polyline(GVJ_t *job, pointf *corners, int count)
{
    if (!out)
        return;
    out->put("<polyline");
    out->paintStyle(job, 0, 0);
    out->put(" points=\"");
    out->points(corners, count);
    out->put("\"/>\n");
}

gvrender_engine_t engine = {
    beginJob, nullptr, // end_job
    beginGraph, endGraph, beginLayer, endGroup, // end_layer
    beginPage, endGroup, // end_page
    beginCluster, endGroup, // end_cluster
    nullptr, nullptr, nullptr, nullptr, // begin/end nodes, begin/end edges
    beginNode, endGroup, beginEdge, endGroup, beginAnchor, endAnchor, beginLabel,
    nullptr, // end_label
    textSpan, nullptr, // resolve_color
    ellipse, polygon, bezier, polyline,
    nullptr, // comment: never written, comments echo names from the input
    nullptr, // library_shape
};

gvrender_features_t renderFeatures = {
    GVRENDER_Y_GOES_DOWN | GVRENDER_DOES_TRANSFORM | GVRENDER_DOES_LABELS | GVRENDER_DOES_MAPS
        | GVRENDER_DOES_TARGETS | GVRENDER_DOES_TOOLTIPS,
    4.0, // default pad, points
    nullptr,
    0, // no known colour names: every colour resolves to RGBA
    RGBA_BYTE,
};

gvdevice_features_t deviceFeatures = {
    GVDEVICE_DOES_TRUECOLOR | GVDEVICE_DOES_LAYERS, {0., 0.}, // margin
    {0., 0.}, // page size
    {72., 72.}, // dpi
};

gvplugin_installed_t renderTypes[] = {
    {0, kFormat, 1, &engine, &renderFeatures},
    {0, nullptr, 0, nullptr, nullptr},
};

gvplugin_installed_t deviceTypes[] = {
    {0, "archdeck_svg:archdeck_svg", 1, nullptr, &deviceFeatures},
    {0, nullptr, 0, nullptr, nullptr},
};

gvplugin_api_t apis[] = {
    {API_render, renderTypes},
    {API_device, deviceTypes},
    {api_t(0), nullptr},
};

gvplugin_library_t pluginLibrary = {const_cast<char *>("archdeck"), apis};

} // namespace

void *library()
{
    return &pluginLibrary;
}

std::optional<Drawing> render(GVC_s *context, Agraph_s *graph)
{
    SvgWriter writer;
    writer.reserve(32 * 1024);
    Drawing drawing;
    out = &writer;
    labels = &drawing.labels;
    char *unused = nullptr; // the device writes nothing; the callbacks fill `writer`
    unsigned int length = 0;
    const int status = gvRenderData(context, graph, kFormat, &unused, &length);
    gvFreeRenderData(unused);
    out = nullptr;
    labels = nullptr;
    if (status != 0)
        return std::nullopt;
    drawing.svg = QByteArray(writer.text().data(), qsizetype(writer.text().size()));
    return drawing;
}

} // namespace ArchDeck::SvgRenderPlugin

#include "svgrenderplugin.h"

#include "svgmarkup.h"

#include <graphviz/gvc.h>
#include <graphviz/gvcjob.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_render.h>

#include <cmath>
#include <string>

// Exported by libgvc 2.42 for its own SVG and cairo writers, not declared in its headers.
extern "C" void get_gradient_points(pointf *A, pointf *G, int n, float angle, int flags);

namespace ArchDeck::SvgRenderPlugin {

namespace {

// Fill codes Graphviz passes to the drawing callbacks (lib/common/const.h, not installed).
constexpr int kLinearGradient = 2;
constexpr int kRadialGradient = 3;

/// The document being written. Graphviz calls the plugin through plain function pointers with
/// no user data, and the layout boundary is single-threaded by design (Graphviz is not
/// thread-safe), so the render in progress is a file-level pointer set by render().
struct Document
{
    std::string text;
    int gradients = 0;
};
Document *current = nullptr;

void put(std::string_view text)
{
    current->text += text;
}

void number(double value)
{
    SvgMarkup::appendNumber(current->text, value);
}

void integer(long long value)
{
    current->text += std::to_string(value);
}

void escaped(const char *text)
{
    if (text)
        SvgMarkup::appendEscaped(current->text, text);
}

void point(pointf p)
{
    number(p.x);
    put(",");
    number(-p.y);
}

void points(const pointf *list, int count)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            put(" ");
        point(list[i]);
    }
}

bool isTransparent(const gvcolor_t &color)
{
    return color.type == RGBA_BYTE && color.u.rgba[3] == 0;
}

/// "#rrggbb", or "none" when fully transparent (colours resolve to RGBA: no known-colour list).
void color(const gvcolor_t &color)
{
    if (color.type != RGBA_BYTE) {
        escaped(color.u.string);
        return;
    }
    if (isTransparent(color)) {
        put("none");
        return;
    }
    static const char digits[] = "0123456789abcdef";
    char hex[8] = {'#'};
    for (int i = 0; i < 3; ++i) {
        hex[1 + 2 * i] = digits[color.u.rgba[i] >> 4];
        hex[2 + 2 * i] = digits[color.u.rgba[i] & 0xf];
    }
    put(std::string_view(hex, 7));
}

/// ` NAME="0.5"` for a partly transparent colour; nothing for an opaque or invisible one.
void opacity(std::string_view attribute, const gvcolor_t &color)
{
    if (color.type == RGBA_BYTE && color.u.rgba[3] > 0 && color.u.rgba[3] < 255) {
        put(" ");
        put(attribute);
        put("=\"");
        number(color.u.rgba[3] / 255.0);
        put("\"");
    }
}

/// `<g id="…" class="KIND …">` with the object's own `class` attribute appended.
void openGroup(const char *id, std::string_view kind, void *object, int layer = 0)
{
    put("<g id=\"");
    escaped(id);
    if (layer > 1) {
        put("_");
        integer(layer);
    }
    put("\" class=\"");
    put(kind);
    if (const char *extra = object ? agget(object, const_cast<char *>("class")) : nullptr;
        extra && *extra) {
        put(" ");
        escaped(extra);
    }
    put("\">\n");
}

void title(const char *text)
{
    put("<title>");
    escaped(text);
    put("</title>\n");
}

void stop(std::string_view offset, const gvcolor_t &stopColor)
{
    put("<stop offset=\"");
    put(offset);
    put("\" style=\"stop-color:");
    color(stopColor);
    put(";stop-opacity:");
    if (stopColor.type == RGBA_BYTE && stopColor.u.rgba[3] < 255)
        number(stopColor.u.rgba[3] / 255.0);
    else
        put("1");
    put(";\"/>\n");
}

/// Writes the gradient a shape is filled with and returns its number.
int gradient(GVJ_t *job, pointf *shape, int count, int filled)
{
    const obj_state_t *obj = job->obj;
    const int id = current->gradients++;
    const double angle = obj->gradient_angle * M_PI / 180.0;
    if (filled == kLinearGradient) {
        pointf ends[2] = {{0, 0}, {0, 0}};
        get_gradient_points(shape, ends, count, float(angle), 0);
        put("<defs>\n<linearGradient id=\"l_");
        integer(id);
        put("\" gradientUnits=\"userSpaceOnUse\" x1=\"");
        number(ends[0].x);
        put("\" y1=\"");
        number(ends[0].y);
        put("\" x2=\"");
        number(ends[1].x);
        put("\" y2=\"");
        number(ends[1].y);
        put("\">\n");
        std::string first = "0";
        std::string second = "1";
        if (obj->gradient_frac > 0) {
            first.clear();
            second.clear();
            SvgMarkup::appendNumber(first, obj->gradient_frac - 0.001);
            SvgMarkup::appendNumber(second, obj->gradient_frac);
        }
        stop(first, obj->fillcolor);
        stop(second, obj->stopcolor);
        put("</linearGradient>\n</defs>\n");
    } else {
        // The focus moves along the gradient angle, as in Graphviz's writer.
        const int fx = angle == 0 ? 50 : int(50 * (1 + std::cos(angle)));
        const int fy = angle == 0 ? 50 : int(50 * (1 - std::sin(angle)));
        put("<defs>\n<radialGradient id=\"r_");
        integer(id);
        put("\" cx=\"50%\" cy=\"50%\" r=\"75%\" fx=\"");
        integer(fx);
        put("%\" fy=\"");
        integer(fy);
        put("%\">\n");
        stop("0", obj->fillcolor);
        stop("1", obj->stopcolor);
        put("</radialGradient>\n</defs>\n");
    }
    return id;
}

/// ` fill="…" stroke="…"` and the pen's width, dashes and opacity.
void paintStyle(GVJ_t *job, int filled, int gradientId)
{
    const obj_state_t *obj = job->obj;
    put(" fill=\"");
    if (filled == kLinearGradient || filled == kRadialGradient) {
        put(filled == kLinearGradient ? "url(#l_" : "url(#r_");
        integer(gradientId);
        put(")\"");
    } else if (filled) {
        color(obj->fillcolor);
        put("\"");
        opacity("fill-opacity", obj->fillcolor);
    } else {
        put("none\"");
    }
    put(" stroke=\"");
    color(obj->pencolor);
    put("\"");
    if (obj->penwidth != PENWIDTH_NORMAL) {
        put(" stroke-width=\"");
        number(obj->penwidth);
        put("\"");
    }
    if (obj->pen == PEN_DASHED)
        put(" stroke-dasharray=\"5,2\"");
    else if (obj->pen == PEN_DOTTED)
        put(" stroke-dasharray=\"1,5\"");
    opacity("stroke-opacity", obj->pencolor);
}

int gradientFor(GVJ_t *job, pointf *shape, int count, int filled)
{
    return filled == kLinearGradient || filled == kRadialGradient
        ? gradient(job, shape, count, filled)
        : 0;
}

// --- Graphviz callbacks ---------------------------------------------------------------------

void beginJob(GVJ_t *)
{
    if (current)
        put("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
}

void beginGraph(GVJ_t *job)
{
    if (!current)
        return;
    put("<svg width=\"");
    integer(job->width);
    put("pt\" height=\"");
    integer(job->height);
    put("pt\"\n viewBox=\"");
    number(job->canvasBox.LL.x);
    put(" ");
    number(job->canvasBox.LL.y);
    put(" ");
    number(job->canvasBox.UR.x);
    put(" ");
    number(job->canvasBox.UR.y);
    put("\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
}

void endGroup(GVJ_t *)
{
    if (current)
        put("</g>\n");
}

void endGraph(GVJ_t *)
{
    if (current)
        put("</svg>\n");
}

void beginLayer(GVJ_t *job, char *name, int, int)
{
    if (current)
        openGroup(name, "layer", job->obj->u.g);
}

bool isNamed(Agraph_t *graph)
{
    const char *name = agnameof(graph);
    return name && name[0] && name[0] != '%'; // '%' starts the names Graphviz makes up
}

void beginPage(GVJ_t *job)
{
    if (!current)
        return;
    const obj_state_t *obj = job->obj;
    put("<g id=\"");
    escaped(obj->id);
    put("\" class=\"graph\" transform=\"scale(");
    number(job->scale.x);
    put(" ");
    number(job->scale.y);
    put(") rotate(");
    integer(-job->rotation);
    put(") translate(");
    number(job->translation.x);
    put(" ");
    number(-job->translation.y);
    put(")\">\n");
    if (isNamed(obj->u.g))
        title(agnameof(obj->u.g));
}

void beginCluster(GVJ_t *job)
{
    if (!current)
        return;
    openGroup(job->obj->id, "cluster", job->obj->u.sg);
    title(agnameof(job->obj->u.sg));
}

void beginNode(GVJ_t *job)
{
    if (!current)
        return;
    openGroup(job->obj->id, "node", job->obj->u.n, job->layerNum);
    title(agnameof(job->obj->u.n));
}

void beginEdge(GVJ_t *job)
{
    if (!current)
        return;
    Agedge_t *edge = job->obj->u.e;
    openGroup(job->obj->id, "edge", edge);
    put("<title>");
    escaped(agnameof(agtail(edge)));
    put(agisdirected(agraphof(edge)) ? "-&gt;" : "--");
    escaped(agnameof(aghead(edge)));
    put("</title>\n");
}

void beginAnchor(GVJ_t *, char *href, char *tooltip, char *target, char *id)
{
    if (!current)
        return;
    put("<g");
    if (id) {
        put(" id=\"a_");
        escaped(id);
        put("\"");
    }
    put("><a");
    if (href && href[0] && SvgMarkup::isSafeLink(href)) {
        put(" xlink:href=\"");
        escaped(href);
        put("\"");
    }
    if (tooltip && tooltip[0]) {
        put(" xlink:title=\"");
        escaped(tooltip);
        put("\"");
    }
    if (target && target[0]) {
        put(" target=\"");
        escaped(target);
        put("\"");
    }
    put(">\n");
}

void endAnchor(GVJ_t *)
{
    if (current)
        put("</a>\n</g>\n");
}

void fontAttributes(const textfont_t *font)
{
    const char *weight = nullptr;
    const char *style = nullptr;
    put(" font-family=\"");
    if (const PostscriptAlias *alias = font->postscript_alias) {
        escaped(alias->family);
        if (alias->svg_font_family) {
            put(",");
            escaped(alias->svg_font_family);
        }
        put("\"");
        weight = alias->weight;
        style = alias->style;
        for (auto [name, value] : {std::pair {" font-weight=\"", weight},
                 {" font-stretch=\"", alias->stretch}, {" font-style=\"", style}}) {
            if (value) {
                put(name);
                escaped(value);
                put("\"");
            }
        }
    } else {
        escaped(font->name);
        put("\"");
    }
    const unsigned flags = font->flags;
    if ((flags & HTML_BF) && !weight)
        put(" font-weight=\"bold\"");
    if ((flags & HTML_IF) && !style)
        put(" font-style=\"italic\"");
    if (flags & (HTML_UL | HTML_S | HTML_OL)) {
        std::string decoration;
        for (auto [flag, name] :
            {std::pair {HTML_UL, "underline"}, {HTML_OL, "overline"}, {HTML_S, "line-through"}}) {
            if (flags & unsigned(flag))
                decoration += (decoration.empty() ? "" : " ") + std::string(name);
        }
        put(" text-decoration=\"");
        put(decoration);
        put("\"");
    }
    if (flags & HTML_SUP)
        put(" baseline-shift=\"super\"");
    if (flags & HTML_SUB)
        put(" baseline-shift=\"sub\"");
    put(" font-size=\"");
    number(font->size);
    put("\"");
}

void textSpan(GVJ_t *job, pointf p, textspan_t *span)
{
    if (!current || !span->str)
        return;
    const obj_state_t *obj = job->obj;
    put("<text text-anchor=\"");
    put(span->just == 'l' ? "start" : span->just == 'r' ? "end" : "middle");
    put("\"");
    p.y += span->yoffset_centerline;
    if (!obj->labeledgealigned) {
        put(" x=\"");
        number(p.x);
        put("\" y=\"");
        number(-p.y);
        put("\"");
    }
    if (span->font)
        fontAttributes(span->font);
    put(" fill=\"");
    color(obj->pencolor);
    put("\"");
    opacity("fill-opacity", obj->pencolor);
    put(">");
    if (obj->labeledgealigned) {
        put("<textPath xlink:href=\"#");
        escaped(obj->id);
        put("_p\" startOffset=\"50%\"><tspan x=\"0\" dy=\"");
        number(-p.y);
        put("\">");
    }
    escaped(span->str);
    if (obj->labeledgealigned)
        put("</tspan></textPath>");
    put("</text>\n");
}

void ellipse(GVJ_t *job, pointf *corners, int filled)
{
    if (!current)
        return;
    const int id = gradientFor(job, corners, 2, filled);
    put("<ellipse");
    paintStyle(job, filled, id);
    put(" cx=\"");
    number(corners[0].x);
    put("\" cy=\"");
    number(-corners[0].y);
    put("\" rx=\"");
    number(corners[1].x - corners[0].x);
    put("\" ry=\"");
    number(corners[1].y - corners[0].y);
    put("\"/>\n");
}

void polygon(GVJ_t *job, pointf *corners, int count, int filled)
{
    if (!current || count < 1)
        return;
    const int id = gradientFor(job, corners, count, filled);
    put("<polygon");
    paintStyle(job, filled, id);
    put(" points=\"");
    points(corners, count);
    put(" ");
    point(corners[0]); // closed explicitly, as Graphviz writes it
    put("\"/>\n");
}

void bezier(GVJ_t *job, pointf *controls, int count, int, int, int filled)
{
    if (!current || count < 1)
        return;
    const int id = gradientFor(job, controls, count, filled);
    put("<path");
    if (job->obj->labeledgealigned) {
        put(" id=\"");
        escaped(job->obj->id);
        put("_p\"");
    }
    paintStyle(job, filled, id);
    put(" d=\"M");
    point(controls[0]);
    for (int i = 1; i < count; ++i) {
        put(i == 1 ? "C" : " ");
        point(controls[i]);
    }
    put("\"/>\n");
}

void polyline(GVJ_t *job, pointf *corners, int count)
{
    if (!current)
        return;
    put("<polyline");
    paintStyle(job, 0, 0);
    put(" points=\"");
    points(corners, count);
    put("\"/>\n");
}

gvrender_engine_t engine = {
    beginJob, nullptr, // end_job
    beginGraph, endGraph, beginLayer, endGroup, // end_layer
    beginPage, endGroup, // end_page
    beginCluster, endGroup, // end_cluster
    nullptr, nullptr, nullptr, nullptr, // begin/end nodes, begin/end edges
    beginNode, endGroup, beginEdge, endGroup, beginAnchor, endAnchor, nullptr,
    nullptr, // begin/end label
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

bool render(GVC_s *context, Agraph_s *graph, QByteArray *svg)
{
    Document document;
    document.text.reserve(32 * 1024);
    current = &document;
    char *unused = nullptr; // the device writes nothing; the callbacks fill `document`
    unsigned int length = 0;
    const int status = gvRenderData(context, graph, kFormat, &unused, &length);
    gvFreeRenderData(unused);
    current = nullptr;
    *svg = QByteArray(document.text.data(), qsizetype(document.text.size()));
    return status == 0;
}

} // namespace ArchDeck::SvgRenderPlugin

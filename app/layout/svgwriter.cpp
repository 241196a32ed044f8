#include "svgwriter.h"

#include "svgmarkup.h"

#include <cmath>
#include <utility>

// Exported by libgvc 2.42 for its own SVG and cairo writers, not declared in its headers.
extern "C" void get_gradient_points(pointf *A, pointf *G, int n, float angle, int flags);

namespace ArchDeck {

namespace {

// Fill codes Graphviz passes to the drawing callbacks (lib/common/const.h, not installed).
constexpr int kLinearGradient = 2;
constexpr int kRadialGradient = 3;

bool isTransparent(const gvcolor_t &color)
{
    return color.type == RGBA_BYTE && color.u.rgba[3] == 0;
}

} // namespace

void SvgWriter::put(std::string_view text)
{
    m_text += text;
}

void SvgWriter::number(double value)
{
    SvgMarkup::appendNumber(m_text, value);
}

void SvgWriter::integer(long long value)
{
    m_text += std::to_string(value);
}

void SvgWriter::escaped(const char *text)
{
    if (text)
        SvgMarkup::appendEscaped(m_text, text);
}

void SvgWriter::point(pointf p)
{
    number(p.x);
    put(",");
    number(-p.y);
}

void SvgWriter::points(const pointf *list, int count)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            put(" ");
        point(list[i]);
    }
}

void SvgWriter::color(const gvcolor_t &color)
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

void SvgWriter::opacity(std::string_view attribute, const gvcolor_t &color)
{
    if (color.type == RGBA_BYTE && color.u.rgba[3] > 0 && color.u.rgba[3] < 255) {
        put(" ");
        put(attribute);
        put("=\"");
        number(color.u.rgba[3] / 255.0);
        put("\"");
    }
}

void SvgWriter::openGroup(const char *id, std::string_view kind, void *object, int layer)
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

void SvgWriter::title(const char *text)
{
    put("<title>");
    escaped(text);
    put("</title>\n");
}

void SvgWriter::stop(std::string_view offset, const gvcolor_t &stopColor)
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
int SvgWriter::gradient(GVJ_t *job, pointf *shape, int count, int filled)
{
    const obj_state_t *obj = job->obj;
    const int id = m_gradients++;
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

void SvgWriter::paintStyle(GVJ_t *job, int filled, int gradientId)
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
    else if (obj->pen == PEN_DOTTED) // round dots a pen wide, ~1.5 pen widths apart: Graphviz
        put(" stroke-dasharray=\"0.1,4.5\" stroke-linecap=\"round\""); // 1,5 nearly vanished

    opacity("stroke-opacity", obj->pencolor);
}

int SvgWriter::gradientFor(GVJ_t *job, pointf *shape, int count, int filled)
{
    return filled == kLinearGradient || filled == kRadialGradient
        ? gradient(job, shape, count, filled)
        : 0;
}

void SvgWriter::fontAttributes(const textfont_t *font)
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

} // namespace ArchDeck

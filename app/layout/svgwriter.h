// SvgWriter — the SVG text SvgRenderPlugin writes for each Graphviz drawing call: numbers and
// escaped strings, colours and opacity, groups and titles, gradients, pen and font styles.
// Every string it writes is escaped, so the document is valid XML by construction.
// Used by SvgRenderPlugin only (the Graphviz boundary: it takes Graphviz's drawing state).
#pragma once

#include <graphviz/gvc.h>
#include <graphviz/gvcjob.h>

#include <string>
#include <string_view>

namespace ArchDeck {

class SvgWriter
{
public:
    const std::string &text() const { return m_text; }
    void reserve(size_t bytes) { m_text.reserve(bytes); }

    void put(std::string_view text);
    /// At most two decimals, as Graphviz prints them (SvgMarkup::appendNumber).
    void number(double value);
    void integer(long long value);
    /// XML-escaped; nothing for null.
    void escaped(const char *text);
    /// "x,-y": Graphviz's y goes up, the SVG's down.
    void point(pointf p);
    void points(const pointf *list, int count);

    /// "#rrggbb", or "none" when fully transparent (colours resolve to RGBA: no known-colour list).
    void color(const gvcolor_t &color);
    /// ` NAME="0.5"` for a partly transparent colour; nothing for an opaque or invisible one.
    void opacity(std::string_view attribute, const gvcolor_t &color);

    /// `<g id="…" class="KIND …">` with the object's own `class` attribute appended.
    void openGroup(const char *id, std::string_view kind, void *object, int layer = 0);
    void title(const char *text);

    /// The gradient `filled` asks for (written into <defs>), and its number; 0 for a plain fill.
    int gradientFor(GVJ_t *job, pointf *shape, int count, int filled);
    /// ` fill="…" stroke="…"` and the pen's width, dashes and opacity.
    void paintStyle(GVJ_t *job, int filled, int gradientId);
    /// ` font-family="…"` and weight, style, decoration, baseline shift and size.
    void fontAttributes(const textfont_t *font);

private:
    void stop(std::string_view offset, const gvcolor_t &stopColor);
    int gradient(GVJ_t *job, pointf *shape, int count, int filled);

    std::string m_text;
    int m_gradients = 0;
};

} // namespace ArchDeck

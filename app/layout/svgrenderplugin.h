// SvgRenderPlugin — ArchDeck's own Graphviz render plugin, registered beside dot_layout, core
// and pango (graphvizcontext.cpp). Graphviz still lays out and walks the graph; this writes the
// SVG. It exists for two reasons, both measured (bench_layout): Graphviz 2.42's SVG writer
// spends half its time in snprintf, and its output needed a full XML parse on every render
// (it writes `href` unescaped and passes unknown `&name;` through). Ours escapes every string
// it writes, so the SVG is valid XML and self-contained by construction: no DOCTYPE, no
// comments, no images, and only fragment, http(s) and mailto links. On the way it notes the text
// of every label it draws (DrawnLabels), which is what the user reads.
#pragma once

#include "drawnlabels.h"

#include <QByteArray>

#include <optional>

namespace ArchDeck::SvgRenderPlugin {

/// The format name the plugin registers ("-T" in `dot` terms).
inline constexpr char kFormat[] = "archdeck_svg";

/// The plugin library, for gvContextPlugins (a gvplugin_library_t).
void *library();

/// What rendering a laid-out graph gives: the SVG, and the text its labels were drawn with.
struct Drawing
{
    QByteArray svg;
    DrawnLabels labels;
};

/// Renders a laid-out graph; nullopt when Graphviz refused to render.
std::optional<Drawing> render(GVC_s *context, Agraph_s *graph);

} // namespace ArchDeck::SvgRenderPlugin

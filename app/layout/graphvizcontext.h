// A Graphviz context with the dot layout, core renderers, pango text metrics (behind our
// TextMetricsCache) and our SVG writer (SvgRenderPlugin) registered by hand (gvContextPlugins):
// layout never depends on a plugin configuration file, and text is measured exactly as `dot`
// measures it. Free with gvFreeContext().
#pragma once

struct GVC_s;

namespace ArchDeck {

enum class GraphvizPlugins {
    WithOurs, ///< what the engine renders with
    GraphvizOnly, ///< plain libgvc, for the benchmark's bare loop
};

GVC_s *createGraphvizContext(GraphvizPlugins which = GraphvizPlugins::WithOurs);

} // namespace ArchDeck

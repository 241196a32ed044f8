// A Graphviz context with the dot layout, core renderers and pango text metrics registered by
// hand (gvContextPlugins): layout never depends on a plugin configuration file, and text is
// measured exactly as `dot` measures it. Free with gvFreeContext().
#pragma once

struct GVC_s;

namespace ArchDeck {

GVC_s *createGraphvizContext();

} // namespace ArchDeck

#include "graphvizcontext.h"

#include "svgrenderplugin.h"
#include "textmetricscache.h"

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace ArchDeck {

GVC_s *createGraphvizContext(GraphvizPlugins which)
{
    static const lt_symlist_t graphvizOnly[] = {
        {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
        {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
        {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
        {nullptr, nullptr},
    };
    static const lt_symlist_t withOurs[] = {
        {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
        {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
        {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
        {"gvplugin_archdeck_svg_LTX_library", SvgRenderPlugin::library()},
        {"gvplugin_archdeck_textmetrics_LTX_library", TextMetricsCache::library()},
        {nullptr, nullptr},
    };
    return gvContextPlugins(which == GraphvizPlugins::GraphvizOnly ? graphvizOnly : withOurs, 0);
}

} // namespace ArchDeck

#include "graphvizcontext.h"

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace ArchDeck {

namespace {

lt_symlist_t kPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};

} // namespace

GVC_s *createGraphvizContext()
{
    return gvContextPlugins(kPlugins, 0);
}

} // namespace ArchDeck

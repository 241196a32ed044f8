#include "textmetricscache.h"

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>

#include <cstring>
#include <string>
#include <unordered_map>

extern "C" {
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace ArchDeck::TextMetricsCache {

namespace {

/// Bounds memory for a long editing session; the worker is recycled long before this matters.
constexpr size_t kMaxEntries = 20000;

struct Metrics
{
    pointf size;
    double yoffsetLayout = 0;
    double yoffsetCenterline = 0;
    bool measured = false; ///< pango's verdict: false makes Graphviz fall back to its estimate
};

std::unordered_map<std::string, Metrics> cache;
Counts totals;

gvtextlayout_engine_t *pangoEngine()
{
    static gvtextlayout_engine_t *engine = []() -> gvtextlayout_engine_t * {
        for (gvplugin_api_t *api = gvplugin_pango_LTX_library.apis; api->types; ++api)
            if (api->api == API_textlayout)
                return static_cast<gvtextlayout_engine_t *>(api->types[0].engine);
        return nullptr;
    }();
    return engine;
}

std::string keyOf(const textspan_t *span)
{
    const textfont_t *font = span->font;
    std::string key(font->name ? font->name : "");
    key += '\0';
    key.append(reinterpret_cast<const char *>(&font->size), sizeof font->size);
    key += char(font->flags);
    key += span->str;
    return key;
}

boolean measure(textspan_t *span, char **fontpath)
{
    gvtextlayout_engine_t *pango = pangoEngine();
    if (!pango || !span->font || !span->str)
        return FALSE;
    if (fontpath) // `-v` wants pango to name the font file: nothing to remember
        return pango->textlayout(span, fontpath);
    std::string key = keyOf(span);
    if (const auto found = cache.find(key); found != cache.end()) {
        ++totals.hits;
        const Metrics &m = found->second;
        span->size = m.size;
        span->yoffset_layout = m.yoffsetLayout;
        span->yoffset_centerline = m.yoffsetCenterline;
        span->layout = nullptr; // only the cairo renderers draw with it; we write SVG
        span->free_layout = nullptr;
        return m.measured ? TRUE : FALSE;
    }
    ++totals.misses;
    const boolean measured = pango->textlayout(span, nullptr);
    if (cache.size() >= kMaxEntries)
        cache.clear();
    cache.emplace(std::move(key),
        Metrics {span->size, span->yoffset_layout, span->yoffset_centerline, measured != FALSE});
    return measured;
}

gvtextlayout_engine_t engine = {measure};

gvplugin_installed_t types[] = {
    {0, "textlayout", 100, &engine, nullptr}, // pango's is 10: ours is chosen
    {0, nullptr, 0, nullptr, nullptr},
};

gvplugin_api_t apis[] = {
    {API_textlayout, types},
    {api_t(0), nullptr},
};

gvplugin_library_t pluginLibrary = {const_cast<char *>("archdeck_textmetrics"), apis};

} // namespace

void *library()
{
    return &pluginLibrary;
}

void clear()
{
    cache.clear();
}

Counts counts()
{
    return totals;
}

} // namespace ArchDeck::TextMetricsCache

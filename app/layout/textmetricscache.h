// TextMetricsCache — a Graphviz text-layout plugin that remembers what pango measured. Laying
// out a diagram measures every label with pango (a third of a render, bench_layout); the
// worker lives across renders and a diagram being edited re-measures the same labels on every
// keystroke, so the answers are kept, keyed by everything pango's measurement reads (font name,
// size, HTML font flags, text). A miss asks pango exactly as Graphviz would.
#pragma once

namespace ArchDeck::TextMetricsCache {

/// The plugin library, for gvContextPlugins (a gvplugin_library_t); it outranks pango's own
/// text-layout plugin, which must be registered too (it does the measuring).
void *library();

/// Forgets every measurement (the tests use it; the cache also empties itself when full).
void clear();

/// How many measurements were answered from memory and how many by pango, since start.
struct Counts
{
    long long hits = 0;
    long long misses = 0;
};
Counts counts();

} // namespace ArchDeck::TextMetricsCache

// GraphSanitizer — removes from a parsed graph everything that would make Graphviz read a file,
// point outside the diagram, or write active or invalid SVG; enforces size limits.
// Runs in the layout worker between agmemread() and gvLayout(). Each removal is a warning.
#pragma once

#include "diagnostic.h"
#include "layoutprotocol.h"

#include <QByteArray>

struct Agraph_s;

namespace ArchDeck::GraphSanitizer {

/// Cleans `graph` in place. Returns warnings for what was removed and errors for exceeded limits
/// (after an error the graph must not be laid out). `source` is the DOT text, for line numbers.
Diagnostics sanitize(
    Agraph_s *graph, const QByteArray &source, const QString &fileName, const LayoutLimits &limits);

/// True when a URL-like value would be unsafe in our SVG: anything but an absolute http(s) or
/// mailto link (relative paths point at local files), characters Graphviz 2.42 writes unescaped
/// ('&', '<', '>', quotes), or a "\\N"-style escape that expands after this check.
///   "https://example.com/a" → false; "javascript:alert(1)" → true; "docs/a.html" → true
bool isUnsafeLink(const QByteArray &value);

/// True when a link's text (tooltip, target) holds characters 2.42 would write unescaped, or a
/// "\\N"-style escape that expands later.
bool isUnsafeText(const QByteArray &value);

} // namespace ArchDeck::GraphSanitizer

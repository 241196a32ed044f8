// SvgMarkup — the text half of our SVG writer: numbers the way Graphviz prints them and strings
// that are always valid XML, whatever bytes a diagram holds. No Graphviz here, so it is
// table-tested on its own (tst_svgmarkup).
#pragma once

#include <string>
#include <string_view>

namespace ArchDeck::SvgMarkup {

/// Appends `value` with at most two decimals and no trailing zeros: 12.5 → "12.5",
/// -461.149 → "-461.15", 4.0 → "4", -0.001 → "0". Infinity and NaN print as "0"; beyond
/// ±10^13, whole numbers.
void appendNumber(std::string &out, double value);

/// Appends `text` escaped for XML text and attribute values: & < > " ' become entities, and
/// bytes that are not valid UTF-8 or not XML characters (controls other than tab, newline,
/// return; U+FFFE, U+FFFF) become U+FFFD. "a<b & \xff" → "a&lt;b &amp; \u{FFFD}".
void appendEscaped(std::string &out, std::string_view text);

/// Whether a link may stay in the SVG: same-document fragments and http(s)/mailto only.
bool isSafeLink(std::string_view href);

} // namespace ArchDeck::SvgMarkup

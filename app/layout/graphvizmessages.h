// GraphvizMessages — collects what Graphviz reports through agseterrf() (it arrives in pieces:
// "Error: ", then the text, then the rest) and turns it into diagnostics with line numbers.
//   "Error: <stdin>: syntax error in line 12 near ';'\n" → {error, 12, "syntax error near ';'"}
#pragma once

#include "diagnostic.h"

#include <QByteArray>

namespace ArchDeck::GraphvizMessages {

/// Starts collecting (installs the callback); clears what was collected before.
void begin();

/// Everything collected since begin(), as diagnostics for `fileName`; `source` is searched to
/// give warnings that name a value ("bogus is not a known color") the line they come from.
/// Each keeps Graphviz's own words as its detail ("Error: <stdin>: syntax error in line 3 …").
Diagnostics take(const QString &fileName, const QByteArray &source);

/// 1-based line of the first line of `source` that contains `needle`, or 0.
int lineContaining(const QByteArray &source, const QByteArray &needle);

/// Where `needle` first occurs in `source`: 1-based line and column (in characters, as
/// Diagnostic counts them); both 0 when it does not.
struct Place
{
    int line = 0;
    int column = 0;
};
Place placeOf(const QByteArray &source, const QByteArray &needle);

/// 1-based line where `name` is set to `value` (quoted or not): `kind=databse` or
/// `kind = "databse"`; falls back to the first line containing `value`, then 0.
int lineOfAttribute(const QByteArray &source, const char *name, const QByteArray &value);

} // namespace ArchDeck::GraphvizMessages

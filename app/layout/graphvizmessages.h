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
Diagnostics take(const QString &fileName, const QByteArray &source);

/// 1-based line of the first line of `source` that contains `needle`, or 0.
int lineContaining(const QByteArray &source, const QByteArray &needle);

} // namespace ArchDeck::GraphvizMessages

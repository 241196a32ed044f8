// The diagram verbs: `archdeck render -o OUT.svg|png|pdf … IN.dot` and `archdeck check`.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::DiagramVerbs {

/// `render -o OUT [--theme light|dark] [--scale F] [--timeout S] IN.dot` — exit 1 with
/// `IN.dot:LINE: message` on stderr for bad input; never crashes, whatever the input.
int render(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `check [--deck DIR] [--timeout S]` — every card and its diagram: parses, renders with zero
/// warnings, every node has a kind, fits a 1920×1080 slide with text ≥ 14 px. Prints each problem
/// and a summary line; exit 1 when there is any problem.
int check(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::DiagramVerbs

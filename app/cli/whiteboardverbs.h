// The whiteboard verbs: `archdeck fmt IN.dot [-o OUT.dot]`, the DOT the diagram editor writes for a
// file, and `archdeck diff REFERENCE.dot ATTEMPT.dot [--json]`, the structural diff whiteboard
// practice shows.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::WhiteboardVerbs {

/// `fmt [-o OUT.dot] [--timeout S] IN.dot` — reads IN (`-` for stdin) as Graphviz does and writes
/// it back as DotWriter writes it: one statement per line, fixed order, ids quoted only when
/// needed. Idempotent; the nodes, edges, clusters and attributes are the input's. Prints to
/// stdout without -o. Exit 1 with `IN.dot:LINE: message` for a file Graphviz rejects.
int fmt(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `diff [--json] [--synonyms FILE] [--timeout S] REFERENCE.dot ATTEMPT.dot` — the score, the
/// matched, missing and extra nodes and edges, the reversed edges and "you missed". `--json`:
///   {"score": 0.9, "nodes": {"matched": [["Client", "client"]], "missing": [], "extra": []},
///    "edges": {"matched": [["Client -> API", "client -> API"]], "missing": ["API -> DB"],
///              "extra": [], "reversed": ["API -> DB"]},
///    "clusters": {…the same three lists…}, "you_missed": ["API → DB (drawn the other way)"]}
/// Labels as a reader says them ("Orders\nDB" → "Orders DB"). `--synonyms` adds the groups of a
/// synonym file (LabelSynonyms::fromText) to the built-in ones.
int diff(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::WhiteboardVerbs

// GraphReader — turns a graph cgraph has parsed into a DiagramGraph: what the worker answers to a
// "parse" request, so the app gets the file's structure without linking Graphviz.
//
// cgraph keeps no record of which attributes a statement set, only each object's value, so an
// attribute counts as set on a node or edge when its value differs from the root graph's default
// for it, and on a cluster when it differs from the enclosing graph's value. Hence: a value set
// explicitly to that same default is not seen (`node [shape=box]; a [shape=box]` gives `a` no
// shape), and a default from `node [...]` / `edge [...]` inside a subgraph shows up on each node
// or edge created there. Graphviz drops comments, so the leading `//` lines are read from the text.
#pragma once

#include "diagramgraph.h"

#include <QByteArray>

struct Agraph_s;

namespace ArchDeck::GraphReader {

/// The structure of `graph`; `source` is its DOT text, for the leading comment.
DiagramGraph read(Agraph_s *graph, const QByteArray &source);

/// The `//` lines before the graph keyword, without their markers, joined by newlines:
///   "// Client calls the API\n//\n// v2\ndigraph g {" → "Client calls the API\n\nv2"
QString leadingComment(const QByteArray &source);

} // namespace ArchDeck::GraphReader

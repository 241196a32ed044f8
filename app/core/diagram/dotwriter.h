// DotWriter — turns a DiagramGraph back into DOT text, the same bytes for the same graph, in the
// layout diagrams/README.md describes. What the diagram editor saves and `archdeck fmt` prints.
//
//   // Client calls the API
//   digraph g {
//     rankdir=LR;
//
//     client [kind="client"];
//
//     subgraph cluster_vpc {
//       kind="vpc";
//       label="VPC";
//       api [kind="service", label="API"];
//     }
//
//     { rank=same; client; api; }
//
//     client -> api [label="HTTPS"];
//   }
//
// Order: graph attributes, `node [...]` / `edge [...]` defaults, nodes in the graph's own order with
// each cluster written whole where its first node comes (its attributes, its nodes, its child
// clusters, its plain subgraphs), the top-level plain subgraphs (`{ rank=same; a; b; }`, one per
// line), edges in the graph's order. In a statement
// `kind` and `label` come first, the other attributes by name. Values are the graph's: text is
// written inside quotes as DOT wrote it (escapes such as \n kept), a value that is one balanced
// `<…>` is an HTML-like label and is written unquoted. `kind` and every *label are always quoted;
// other values and all ids only when DOT needs it.
#pragma once

#include "diagramgraph.h"

#include <QByteArray>
#include <QString>

namespace ArchDeck {

class DotWriter
{
public:
    /// The whole graph as UTF-8 DOT text, ending in a newline.
    static QByteArray write(const DiagramGraph &graph);

    /// An id as DOT must spell it: `api`, `-1.5`, `"node"` (a keyword), `"orders db"`, `""`.
    static QString idToken(const QString &id);

    /// An attribute value as DOT must spell it: `LR`, `"Order\nhandler"`, `<<b>API</b>>`.
    /// Text is kept as written; only a `"` not already escaped gains a backslash.
    static QString valueToken(const QString &name, const QString &value);

    /// True when `value` is one HTML-like label: `<` … `>` with the brackets balanced and the
    /// first closing only at the end (`<<b>x</b>>` yes, `<b>x</b>` and `<a` no).
    static bool isHtmlLabel(const QString &value);
};

} // namespace ArchDeck

// QuickAdd — the quick-add bar's little language, for drawing at talking speed:
//
//   client -> alb -> orders -> db:database        four nodes, three edges, in one step
//   orders -> "Orders queue":queue; queue -> worker
//
// A chain is names joined by `->` (`--` in an undirected graph); chains are separated by `;` or
// new lines. A name is what stands between the arrows, spaces and all ("orders service"), or a
// quoted phrase (which may hold ':' or '->'); `:kind` after it sets its kind. A name that is
// an existing node's id or label (ignoring case) means that node; any other name adds a node with
// that label, its kind from `:kind`, else guessed from its words ("orders db" → database), else
// `service`. Edges that exist already are not added twice.
#pragma once

#include "diagramgraph.h"
#include "labelsynonyms.h"
#include "result.h"

#include <QList>
#include <QString>

namespace ArchDeck::QuickAdd {

struct Term
{
    QString name; ///< as typed, without quotes
    QString kind; ///< after ':'; empty when not given
    int column = 0; ///< 1-based, where the name starts
};

/// Chains of terms; a chain of one term adds (or re-kinds) a node.
using Plan = QList<QList<Term>>;

/// The chains in `text`. Errors carry line and column (file ""): a missing name around an arrow,
/// an unclosed quote, an unknown kind ("unknown kind 'databse' — did you mean 'database'?").
Result<Plan> parse(const QString &text, bool directed = true);

/// The node kind a name suggests, from its words after synonyms ("SQS" → queue, "Orders DB" →
/// database, "ALB" → loadbalancer); the last word that names a kind wins ("Redis cache" →
/// cache). Empty when no word does.
QString guessKind(const QString &name, const LabelSynonyms &synonyms = LabelSynonyms::builtIn());

/// `graph` with the text's nodes and edges added; the diagnostics of parse() on error (and the
/// graph unchanged).
Result<DiagramGraph> apply(const DiagramGraph &graph, const QString &text,
    const LabelSynonyms &synonyms = LabelSynonyms::builtIn());

} // namespace ArchDeck::QuickAdd

// The content verbs: `archdeck cards`, `archdeck show ID`, `archdeck import-qa FILE.md --out DIR`.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::ContentVerbs {

/// `cards [--json] [--deck DIR]` — one row per card (tab-separated: id, section, title, diagram,
/// tags joined by ","), or a JSON array of {id, section, title, diagram, tags[]}. Exit 1 when any
/// content file is malformed (the good cards are still listed).
int cards(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `show ID [--deck DIR]` — question and answer as plain text; exit 1 for an unknown id.
int show(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `import-qa FILE.md --out DIR [--force]` — writes DIR/<id>.md per question and
/// DIR/reference/<id>.md per reference page. Refuses to overwrite a changed file without --force.
int importQa(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::ContentVerbs

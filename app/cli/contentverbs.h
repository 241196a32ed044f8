// The content verbs: `archdeck cards`, `archdeck show ID`, `archdeck import-qa --out DIR FILE.md`.
#pragma once

#include "deck.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineOption;

namespace ArchDeck {
class VerbParser;
}

namespace ArchDeck::ContentVerbs {

/// The deck a verb reads: the folder given with `deckOption`, else the bundled one. Nullopt after
/// printing the one error when the folder cannot be a deck ("archdeck: /missing: no such
/// folder"): what would follow from it ("no card with id …") is noise. Other diagnostics are the
/// caller's to print.
std::optional<Deck> openDeck(
    const VerbParser &parser, const QCommandLineOption &deckOption, QTextStream &err);

/// `cards [--json] [--deck DIR]` — one row per card (tab-separated: id, section, title, diagram,
/// tags joined by ","), or a JSON array of {id, section, title, diagram, tags[]}. Exit 1 when any
/// content file is malformed (the good cards are still listed).
int cards(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `show [--deck DIR] ID` — question and answer as plain text; exit 1 for an unknown id (with
/// the id meant, when one is close: "q04" → "q04-outbox-pattern").
int show(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// `import-qa --out DIR [--force] FILE.md` — writes DIR/<id>.md per question and
/// DIR/reference/<id>.md per reference page. Refuses to overwrite a changed file without --force.
int importQa(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::ContentVerbs

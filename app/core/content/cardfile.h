// CardFile — reads and writes one content file: a small front-matter header and a Markdown body.
//
//     ---
//     id: q04-outbox-pattern
//     section: Architecture & System Design
//     title: What is the “outbox pattern” and when do you need it?
//     diagram: diagrams/q04-outbox-pattern.dot
//     tags: [architecture, messaging, outbox]
//     ---
//     Persist “to-be-published events” in the same DB transaction as …
//
// Reference pages carry `kind: reference` and no diagram. Used by Deck (loading) and by the
// seed importer (writing).
#pragma once

#include "card.h"
#include "diagnostic.h"

#include <QByteArray>
#include <optional>

namespace ArchDeck {

namespace CardFile {

struct ParseResult
{
    std::optional<Card> card; ///< empty when the file has errors
    int idLine = 0; ///< line of the `id:` key, for duplicate-id diagnostics
    Diagnostics diagnostics;
};

/// Parses `bytes`; `fileName` is used in diagnostics and stored as the card's sourceFile.
ParseResult parse(const QByteArray &bytes, const QString &fileName);

/// The file text for `card`; parse(serialize(c)) gives c back.
QByteArray serialize(const Card &card);

} // namespace CardFile

} // namespace ArchDeck

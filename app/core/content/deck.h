// Deck — the cards of one content folder (the bundled ":/content" or a folder on disk), in study
// order. Loading never fails as a whole: a bad file becomes a diagnostic naming file and line, and
// the other cards still load. Used by the GUI, the CLI and the tests.
#pragma once

#include "card.h"
#include "diagnostic.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace ArchDeck {

class Deck
{
public:
    /// The content compiled into the binary (content/*.md, content/reference/*.md).
    static Deck bundled();

    /// Every `*.md` in `directory` and its `reference/` subfolder. Diagnostics name files as
    /// `displayPrefix` + relative path, e.g. "content/q04-outbox-pattern.md", and the folder as
    /// the prefix without its slash: "mydeck: no such folder", "mydeck: no card files (*.md) in
    /// this folder" (then hasCardFiles() is false).
    static Deck load(const QString &directory, const QString &displayPrefix);

    const QList<Card> &cards() const { return m_cards; }
    const Card *card(const QString &id) const;
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    qsizetype questionCount() const;

    /// Section names in study order (the order their first card appears).
    QStringList sections() const;

    const Diagnostics &diagnostics() const { return m_diagnostics; }

    /// Whether the folder held card files, good or bad. False when it does not exist, is not a
    /// folder or holds no `*.md`: diagnostics() then says which, and nothing more can go wrong.
    bool hasCardFiles() const { return m_hasCardFiles; }

    /// The DOT file a card names: card.diagram ("diagrams/q04-outbox-pattern.dot") inside the
    /// deck folder (mydeck/diagrams/…), else beside it, as in this repository (content/ and
    /// diagrams/ side by side). An error names the file as diagramFileName() does
    /// ("diagrams/q03.dot: no such file (nor mydeck/diagrams/q03.dot)"), or the card file when
    /// its `diagram:` points outside the deck.
    Result<QByteArray> readDiagram(const Card &card) const;

    /// The card's diagram as messages name it, from where readDiagram() reads it: the bundled
    /// deck's "diagrams/q04-outbox-pattern.dot", or "mydeck/diagrams/q04-….dot" for `--deck
    /// mydeck`.
    QString diagramFileName(const Card &card) const;

private:
    QList<Card> m_cards;
    QHash<QString, qsizetype> m_index;
    Diagnostics m_diagnostics;
    QString m_folder; ///< the folder of card files: ":/content" for the bundled deck
    QString m_root; ///< the folder above it: ":/" for the bundled deck
    QString m_displayPrefix; ///< how messages name m_folder: "content/", "mydeck/"
    bool m_hasCardFiles = false;

    bool isDiagramInFolder(const Card &card) const;
    QString diagramPath(const Card &card) const;
};

} // namespace ArchDeck

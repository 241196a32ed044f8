// Deck — the cards of one content folder (the bundled ":/content" or a folder on disk), in study
// order. Loading never fails as a whole: a bad file becomes a diagnostic naming file and line, and
// the other cards still load. Used by the GUI, the CLI and the tests.
#pragma once

#include "card.h"
#include "diagnostic.h"

#include <QHash>
#include <QList>

namespace ArchDeck {

class Deck
{
public:
    /// The content compiled into the binary (content/*.md, content/reference/*.md).
    static Deck bundled();

    /// Every `*.md` in `directory` and its `reference/` subfolder. Diagnostics name files as
    /// `displayPrefix` + relative path, e.g. "content/q04-outbox-pattern.md".
    static Deck load(const QString &directory, const QString &displayPrefix);

    const QList<Card> &cards() const { return m_cards; }
    const Card *card(const QString &id) const;
    qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    qsizetype questionCount() const;

    /// Section names in study order (the order their first card appears).
    QStringList sections() const;

    const Diagnostics &diagnostics() const { return m_diagnostics; }

    /// Reads the DOT file a card names (card.diagram, relative to the folder above the cards:
    /// "diagrams/q04-outbox-pattern.dot"). Empty with `error` set when it cannot be read.
    QByteArray readDiagram(const Card &card, QString *error) const;

private:
    QList<Card> m_cards;
    QHash<QString, qsizetype> m_index;
    Diagnostics m_diagnostics;
    QString m_root; ///< the folder card paths are relative to: ":/" for the bundled deck
};

} // namespace ArchDeck

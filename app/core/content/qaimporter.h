// QaImporter — reads the seed's interview Q&A format and turns it into cards.
//
//     ## 3) Messaging, Events & Data            ← a section
//     ### Q12. How do you handle retries…?      ← a question
//     **Answer:** Use …                          ← answer body, up to the next `---` or heading
//
// Numbered sections without questions, and unnumbered ones ("## Closing Advice"), become reference
// pages. Used by `archdeck import-qa` and by tests; the app itself loads the generated card files.
#pragma once

#include "card.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QList>

namespace ArchDeck {

struct QaImport
{
    struct Section
    {
        int number = 0; ///< 0 for unnumbered sections
        QString name;
        int line = 0;
    };

    QList<Section> sections; ///< numbered sections, in order
    QList<Card> cards; ///< questions and reference pages, in order
    Diagnostics diagnostics;

    qsizetype questionCount() const;
};

namespace QaImporter {

/// Parses seed-format Markdown; `fileName` names the input in diagnostics ("seed.md:12: …").
/// Errors drop the affected question only; everything else is still imported.
QaImport parse(const QByteArray &bytes, const QString &fileName);

} // namespace QaImporter

} // namespace ArchDeck

// LabelSynonyms — how the structural diff reads a label: lower case, punctuation and DOT `\n`
// escapes as spaces, camelCase split, a light plural rule, then phrases mapped to one word per
// synonym group. Built in: AWS service names to their kinds (SQS ≈ queue, Postgres ≈ database, …);
// users add their own groups from a plain text file (fromText). Used by DiagramDiff.
//
//   tokens("Orders\nDB")         → ["order", "database"]
//   tokens("SQS message queue")  → ["queue"]
//   fromText("SQS = queue = message queue  # AWS\n") → one group of three phrases
#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ArchDeck {

class LabelSynonyms
{
public:
    /// The groups ArchDeck knows: cloud service names, abbreviations and the kind vocabulary of
    /// diagrams/README.md.
    static const LabelSynonyms &builtIn();

    /// Parses one group per line, phrases separated by '=' ("SQS = queue = message queue"); '#'
    /// starts a comment. A line with fewer than two phrases, or an empty phrase, is an error
    /// naming `fileName` and its line; the groups of the good lines are returned alongside.
    static Result<LabelSynonyms> fromText(const QString &text, const QString &fileName = {});

    /// Makes every phrase of `phrases` equivalent (and equivalent to everything already
    /// equivalent to one of them: groups sharing a phrase merge).
    void addGroup(const QStringList &phrases);
    /// Adds all of `other`'s groups: `LabelSynonyms all = builtIn(); all.add(userFile.value);`
    void add(const LabelSynonyms &other);
    /// The groups as given, phrases as written.
    QList<QStringList> groups() const { return m_groups; }

    /// A label read for comparing: its words after synonyms, each with its weight (0 for filler
    /// words such as "the" and "of", 0.5 for generic ones such as "service", "api", "server",
    /// else 1). Read each label once; similarity() is then cheap.
    struct Tokens
    {
        QStringList words;
        QList<double> weights;
        double totalWeight = 0;
    };

    /// The label's words after normalising and mapping synonyms (longest phrase first), each once.
    Tokens read(const QString &label) const;
    QStringList tokens(const QString &label) const { return read(label).words; }

    /// Weighted Dice coefficient of two word sets: 2·shared / (weight of a + weight of b), where
    /// words pair up exactly (1) or nearly (0.8: one typo, or a shared stem of 5+ letters, as in
    /// "processor"/"processing"). 0 … 1; two labels without words score 0.
    static double similarity(const Tokens &a, const Tokens &b);
    double similarity(const QString &a, const QString &b) const
    {
        return similarity(read(a), read(b));
    }

private:
    /// Normalised words; a camelCase word is split unless it is a phrase as a whole.
    QStringList words(const QString &text) const;

    QList<QStringList> m_groups;
    QHash<QString, QString> m_canonical; ///< normalised phrase ("message queue") → group's word
    QHash<QString, int> m_longestPhraseFrom; ///< first word → longest phrase it starts, in words
};

} // namespace ArchDeck

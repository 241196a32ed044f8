// Card — the study content as the rest of the app sees it.
// Produced by CardFile (one Markdown file with front matter) and QaImporter (the seed format).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ArchDeck {

/// A question an interviewer asks next, with its model answer: "What happens if the relay
/// crashes after publishing but before marking the row sent?"
struct FollowUp
{
    QString question; ///< plain text
    QString answer; ///< Markdown, without the follow-ups
    QList<FollowUp> followUps; ///< in file order; none for reference pages and imported cards
    int line = 0; ///< line of the card file where the question's heading is

    bool operator==(const FollowUp &other) const
    {
        return question == other.question && answer == other.answer;
    }
};

/// One interview question with its answer (Markdown) and the diagram that explains it — or, for
/// kind Reference, a page of reference material (runbooks, closing advice): shown and searchable,
/// never reviewed, no diagram.
struct Card
{
    enum class Kind { Question, Reference };

    Kind kind = Kind::Question;
    QString id; ///< stable, "qNN-slug", e.g. "q04-outbox-pattern"
    QString section; ///< "Messaging, Events & Data"
    QString title; ///< the question, plain text
    QString diagram; ///< "diagrams/q04-outbox-pattern.dot"
    QStringList tags;
    QString answer; ///< Markdown, without the follow-ups
    QList<FollowUp> followUps; ///< in file order; none for reference pages and imported cards
    QString sourceFile; ///< where it was read from, for diagnostics
    int answerLine = 0; ///< line of sourceFile where the answer starts

    bool isQuestion() const { return kind == Kind::Question; }
};

} // namespace ArchDeck

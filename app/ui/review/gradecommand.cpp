#include "gradecommand.h"

#include "reviewpane.h"

namespace ArchDeck {

GradeCommand::GradeCommand(ReviewPane *pane, Rating rating)
    : QUndoCommand(QStringLiteral("Grade %1").arg(ratingName(rating)))
    , m_pane(pane)
    , m_rating(rating)
{ }

QString GradeCommand::ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return QStringLiteral("Again");
    case Rating::Hard:
        return QStringLiteral("Hard");
    case Rating::Good:
        return QStringLiteral("Good");
    case Rating::Easy:
        return QStringLiteral("Easy");
    }
    return {};
}

void GradeCommand::redo()
{
    // After an undo the card is back with its question showing: grade it as it was graded.
    if (!m_pane->isAnswerShown())
        m_pane->showAnswer();
    // A grade that could not be saved is no step at all: QUndoStack drops an obsolete command.
    setObsolete(!m_pane->grade(m_rating));
}

void GradeCommand::undo()
{
    m_pane->undo();
}

} // namespace ArchDeck

// GradeCommand — one grade given on the Review page, as an undoable step: redo grades the card
// (again, after an undo: the card comes back and is graded the same), undo puts the grade back
// in the store and the card back in the queue. Pushed by ReviewPage for the 1–4 keys and the grade
// buttons; Edit ▸ Undo / Redo (Ctrl+Z / Ctrl+Shift+Z) reach it through the window's undo group.
#pragma once

#include "reviewtypes.h"

#include <QUndoCommand>

namespace ArchDeck {

class ReviewPane;

class GradeCommand : public QUndoCommand
{
public:
    GradeCommand(ReviewPane *pane, Rating rating);

    void redo() override;
    void undo() override;

    /// "Again", "Hard", "Good", "Easy"
    static QString ratingName(Rating rating);

private:
    ReviewPane *m_pane;
    Rating m_rating;
};

} // namespace ArchDeck

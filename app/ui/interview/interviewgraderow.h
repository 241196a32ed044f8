// InterviewGradeRow — under a question's review in a mock interview: grade the card for spaced
// repetition at the same time, if you want to (Again, Hard, Good, Easy; Ctrl+Alt+1…4: the plain
// digits score the rubric, Alt+digits switch pages and Ctrl+1 is Actual Size). One grade per
// question: once given, the row says which and the buttons rest. Without a collection the row says
// why it cannot grade.
#pragma once

#include "reviewtypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QAbstractButton;
class QAction;

namespace ArchDeck {

class InterviewGradeRow : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewGradeRow(QWidget *parent = nullptr);

    /// Shows the row for a question: `given` is the grade already saved for it, if any.
    void showFor(std::optional<Rating> given);
    /// Without a collection to grade into the buttons rest and `reason` says why.
    void setAvailable(bool available, const QString &reason = {});
    /// The grade was not saved: `problem` is shown and the buttons work again.
    void showProblem(const QString &problem);

    QAbstractButton *button(Rating rating) const;
    /// Grade Card Again … Easy, Ctrl+Alt+1…4, enabled with the buttons: for the session view to
    /// add (its whole area answers the keys) and the page to list.
    QList<QAction *> gradeActions() const { return {m_actions, m_actions + 4}; }
    QLabel *stateLabel() const { return m_state; }

signals:
    void gradeClicked(ArchDeck::Rating rating);

private:
    void setButtonsEnabled(bool enabled);

    QLabel *m_state;
    QAbstractButton *m_buttons[4] = {};
    QAction *m_actions[4] = {};
    bool m_available = true;
};

} // namespace ArchDeck

// InterviewSessionView's moves: the actions (P pause, N next follow-up, Ctrl+Right next phase,
// Ctrl+Shift+S skip, Ctrl+Shift+E end) and which of them make sense at each stage.
#include "interviewsessionview.h"

#include "diagrameditor.h"
#include "interviewgraderow.h"
#include "interviewsession.h"
#include "rubricpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QPlainTextEdit>

namespace ArchDeck {

void InterviewSessionView::createActions()
{
    const auto add = [this](const QString &text, const char *name, const QKeySequence &key,
                         const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
        return action;
    };
    m_pause = add(tr("&Pause"), "interviewPause", QKeySequence(Qt::Key_P),
        tr("Stop the clock; the time paused counts nowhere"), [this] {
            if (m_session)
                m_session->togglePause();
        });
    m_followUp = add(tr("&Next Follow-up"), "interviewFollowUp", QKeySequence(Qt::Key_N),
        tr("The interviewer asks the next follow-up question"), [this] {
            if (m_session && !m_session->nextFollowUp())
                say(tr("Note"), tr("No follow-up left for this question."));
        });
    m_nextPhase = add(tr("Next P&hase"), "interviewNextPhase",
        QKeySequence(Qt::CTRL | Qt::Key_Right), tr("Move on to the next phase"), [this] {
            if (!m_session)
                return;
            if (m_session->stage() == InterviewSession::Stage::Review) {
                if (!confirmPartialRubric())
                    return;
                m_session->nextQuestion();
            } else
                m_session->nextPhase();
        });
    // Ctrl+Right moves a word in the notes: Ctrl+Shift+N works wherever the focus is.
    m_nextPhase->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_nextPhase->setToolTip(tr("Move on to the next phase (Ctrl+Right or Ctrl+Shift+N)"));
    m_skip
        = add(tr("&Skip Question"), "interviewSkip", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
            tr("Leave this question and take the next one"), [this] {
                if (m_session)
                    m_session->skipQuestion();
            });
    m_end = add(tr("&End Session"), "interviewEnd", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Finish now and see the report"), [this] {
            if (m_session)
                m_session->end();
        });
}

void InterviewSessionView::updateActions()
{
    const InterviewSession::Stage stage
        = m_session ? m_session->stage() : InterviewSession::Stage::NotStarted;
    const bool inPhase = stage == InterviewSession::Stage::Phase;
    const bool live = inPhase || stage == InterviewSession::Stage::Review;
    m_pause->setEnabled(live);
    m_pause->setText(m_session && m_session->isPaused() ? tr("Resume (&P)") : tr("&Pause"));
    m_followUp->setEnabled(inPhase && m_session->currentPhase().followUps);
    m_nextPhase->setEnabled(live);
    m_nextPhase->setText(
        stage == InterviewSession::Stage::Review ? tr("Next &Question") : tr("Next P&hase"));
    m_skip->setEnabled(inPhase);
    m_end->setEnabled(live);
    // Grading: in a review, once, with a collection (the row's buttons say whether).
    const bool canGrade = stage == InterviewSession::Stage::Review
        && m_gradeRow->button(Rating::Good)->isEnabled();
    for (QAction *action : m_gradeRow->gradeActions())
        action->setEnabled(canGrade);
    m_editor->setEnabled(inPhase);
    m_notes->setReadOnly(!live);
}

bool InterviewSessionView::confirmPartialRubric()
{
    // A question counts in the score only with every criterion scored: leaving one half-scored
    // loses the scores given. Say so once, at the row; the next press goes on regardless.
    const int index = m_session->questionIndex();
    const QStringList unscored = m_rubricPanel->unscoredCriteria();
    const bool partly = !unscored.isEmpty() && unscored.size() < m_rubricPanel->criteria().size();
    if (!partly || m_partialRubricNoted == index)
        return true;
    m_partialRubricNoted = index;
    say(tr("Note"),
        tr("%1 not scored yet: a question counts only with every criterion scored. Score it, or "
           "press Next Question again to go on without a score.")
            .arg(unscored.join(QStringLiteral(", "))));
    m_rubricPanel->focusFirstUnscored();
    return false;
}

} // namespace ArchDeck

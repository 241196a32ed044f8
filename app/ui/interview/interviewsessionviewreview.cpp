// InterviewSessionView's review comparison: the card's diagram read by the worker, your drawing
// by the document, and the structural diff of the two with its score — or, when the card's
// diagram is broken, where and why, in the diff's place.
#include "interviewsessionview.h"

#include "attemptchecker.h"
#include "deck.h"
#include "diagramdiff.h"
#include "diagramdocument.h"
#include "diffview.h"
#include "interviewsession.h"
#include "layoutengine.h"
#include "theme.h"

#include <QBoxLayout>
#include <QLabel>

namespace ArchDeck {

void InterviewSessionView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The rubric and the grade side by side from this width of the whole view, else stacked.
    constexpr int kSideBySideWidth = 1100;
    m_scoringLayout->setDirection(
        width() >= kSideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void InterviewSessionView::placeStarterNodes(const Result<DiagramGraph> &reference)
{
    // Only onto a whiteboard still as it was given: never over what you drew meanwhile.
    if (!reference.isOk() || !m_session || m_session->stage() != InterviewSession::Stage::Phase
        || m_document->isLoading() || m_document->text() != m_startDrawing)
        return;
    m_startDrawing
        = AttemptChecker::startingDrawing(reference.value, AttemptChecker::Start::StarterNodes);
    m_document->load(m_startDrawing);
}

void InterviewSessionView::setStartWithClients(bool on)
{
    m_startWithClients = on;
}

void InterviewSessionView::compareWithReference(int index)
{
    m_reference.reset();
    m_referenceProblem->hide();
    const Card *card = m_deck->card(m_session->questions().at(index).cardId);
    // Not isVisible(): on a resume the view is not on screen yet.
    const bool hasDiagram = card && !card->diagram.isEmpty();
    m_diffView->setVisible(hasDiagram);
    if (!hasDiagram)
        return;
    const Result<QByteArray> dot = m_deck->readDiagram(*card);
    if (!dot.isOk()) {
        showReferenceProblem(
            tr("The card's diagram could not be read, so your drawing is not "
               "compared with it:\n%1")
                .arg(dot.diagnostics.isEmpty() ? dot.errorMessage()
                                               : dot.diagnostics.constFirst().toString()));
        return;
    }
    m_referenceQuestion = index;
    m_referenceRequest = m_engine->parse(dot.value, card->diagram);
}

void InterviewSessionView::showReferenceProblem(const QString &problem)
{
    m_diffView->hide();
    m_referenceProblem->setText(problem);
    m_referenceProblem->show();
    say(tr("Note"), problem);
}

void InterviewSessionView::showComparison()
{
    const int index = m_referenceQuestion;
    if (!m_reference || !m_session || m_document->isLoading() || index != m_session->questionIndex()
        || m_session->stage() != InterviewSession::Stage::Review)
        return; // not yet (the drawing is being read), or moved on meanwhile
    const DiagramGraph &attempt = m_document->graph();
    const DiagramDiff diff = DiagramDiff::compare(*m_reference, attempt);
    m_diffView->showDiff(
        *m_reference, attempt, diff, Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light);
    m_diffScores[index] = attempt.nodes.isEmpty() ? -1.0 : diff.score;
    m_reference.reset(); // shown: the review does not change the drawing
}

} // namespace ArchDeck

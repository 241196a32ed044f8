// InterviewPage's session from start to history: starting one from a plan, its snapshot in the
// collection (every few seconds and at each move), the offer to resume an interrupted one, and a
// finished one made into the record the history keeps — plus grading its cards for review.
#include "interviewpage.h"

#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "diagrameditor.h"
#include "interviewplanner.h"
#include "interviewreport.h"
#include "interviewreportview.h"
#include "interviewsession.h"
#include "interviewsessionview.h"
#include "interviewsetupview.h"
#include "interviewvoice.h"
#include "reviewsession.h"
#include "rubricpanel.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

namespace ArchDeck {

namespace {

const QString kStartedAtKey = QStringLiteral("startedAt");
const QString kCriteriaKey = QStringLiteral("rubricCriteria");

} // namespace

void InterviewPage::offerResume()
{
    m_resumeBar->hide();
    if (!m_store || isSessionLive())
        return;
    const Result<QJsonObject> snapshot = m_store->interviewSnapshot();
    if (!snapshot.isOk() || snapshot.value.isEmpty())
        return;
    const Result<std::unique_ptr<InterviewSession>> restored
        = InterviewSession::restore(*m_clock, snapshot.value);
    if (!restored.isOk()) {
        m_resumeLabel->setText(
            tr("An interrupted interview could not be read back: %1").arg(restored.errorMessage()));
    } else {
        const InterviewSession &session = *restored.value;
        const QString where = session.stage() == InterviewSession::Stage::Review
            ? tr("in the review of question %1 of %2")
                  .arg(session.questionIndex() + 1)
                  .arg(session.questionCount())
            : tr("question %1 of %2, %3")
                  .arg(session.questionIndex() + 1)
                  .arg(session.questionCount())
                  .arg(session.currentPhase().name.toLower());
        m_resumeLabel->setText(
            tr("<b>An interview was interrupted</b> — %1, %2 in. Resume it "
               "with the clock where it stopped, or discard it.")
                .arg(where, InterviewReport::duration(session.sessionElapsedMs())));
    }
    m_resumeBar->findChild<QPushButton *>(QStringLiteral("interviewResume"))
        ->setEnabled(restored.isOk());
    m_resumeBar->show();
    emit resumeOffered();
}

bool InterviewPage::isResumeOffered() const
{
    return !m_resumeBar->isHidden();
}

void InterviewPage::resumeInterrupted()
{
    if (!m_store)
        return;
    const Result<QJsonObject> snapshot = m_store->interviewSnapshot();
    if (!snapshot.isOk() || snapshot.value.isEmpty()) {
        m_resumeBar->hide();
        return;
    }
    Result<std::unique_ptr<InterviewSession>> restored
        = InterviewSession::restore(*m_clock, snapshot.value);
    if (!restored.isOk())
        return; // the bar says why; Discard stays
    const QJsonObject &saved = snapshot.value;
    m_startedAt = QDateTime::fromString(saved.value(kStartedAtKey).toString(), Qt::ISODateWithMs);
    if (!m_startedAt.isValid())
        m_startedAt = m_clock->now();
    QStringList criteria;
    for (const QJsonValue &criterion : saved.value(kCriteriaKey).toArray())
        criteria << criterion.toString();
    if (InterviewReport::checkedRubric(criteria).isOk())
        m_session->rubricPanel()->setCriteria(criteria);
    m_resumeBar->hide();
    m_stack->setCurrentWidget(m_session); // on screen first: the review lays out its diff
    m_session->setStartWithClients(m_setup->startersBox()->isChecked());
    m_session->run(std::move(restored.value), InterviewSessionView::drawingsOf(saved),
        InterviewSessionView::notesOf(saved));
    m_session->setRubricScores(InterviewSessionView::rubricOf(saved));
    m_session->setDiffScores(InterviewSessionView::diffScoresOf(saved));
    m_session->setGrades(InterviewSessionView::gradesOf(saved));
    updateActions();
    emit tabTextChanged();
}

void InterviewPage::discardInterrupted()
{
    if (m_store)
        m_store->clearInterviewSnapshot();
    m_resumeBar->hide();
}

void InterviewPage::start(const InterviewPlan &plan, bool voice)
{
    if (isSessionLive())
        return;
    discardInterrupted(); // a new session replaces the one that was not resumed
    const Result<QStringList> criteria = m_setup->rubric();
    if (!criteria.isOk())
        return; // the setup view says why, and Start is off
    m_session->rubricPanel()->setCriteria(criteria.value);
    if (m_store) {
        InterviewPlanner::rememberPhases(*m_store, plan.mode, plan.phases);
        InterviewReport::rememberRubric(*m_store, criteria.value);
    }
    if (voice)
        ensureVoice();
    m_startedAt = m_clock->now();
    auto session = std::make_unique<InterviewSession>(
        *m_clock, plan.mode, plan.phases, InterviewPlanner::questions(*m_deck, plan));
    m_stack->setCurrentWidget(m_session);
    m_session->setStartWithClients(m_setup->startersBox()->isChecked());
    m_session->run(std::move(session));
    m_session->editor()->setFocus();
    updateActions();
    emit tabTextChanged();
    emit statusTextChanged();
}

void InterviewPage::saveSnapshot()
{
    emit tabTextChanged(); // paused or running
    emit statusTextChanged();
    if (!m_store || !isSessionLive())
        return;
    QJsonObject snapshot = m_session->snapshot();
    snapshot.insert(kStartedAtKey, m_startedAt.toUTC().toString(Qt::ISODateWithMs));
    snapshot.insert(kCriteriaKey, QJsonArray::fromStringList(m_session->rubricPanel()->criteria()));
    m_store->saveInterviewSnapshot(snapshot);
}

void InterviewPage::saveNow()
{
    saveSnapshot();
}

void InterviewPage::finish()
{
    const InterviewSession *session = m_session->session();
    if (!session)
        return;
    if (m_voice)
        m_voice->stop();
    const QStringList criteria = m_session->rubricPanel()->criteria();
    const QList<QList<int>> rubric = m_session->rubricScores();
    const QList<double> diffScores = m_session->diffScores();
    const QStringList drawings = m_session->drawings();
    const QStringList notes = m_session->notes();
    const QList<InterviewSession::QuestionTiming> timings = session->timings();
    QList<InterviewReport::QuestionEntry> entries;
    for (int i = 0; i < session->questionCount(); ++i) {
        InterviewReport::QuestionEntry entry;
        const InterviewSession::QuestionTiming &timing = timings.at(i);
        const bool reached = !timing.skipped && timing.totalMs() > 0;
        const QList<int> scores = rubric.value(i);
        // Scores count when every criterion has one; a half-scored question is not scored.
        if (reached && scores.size() == criteria.size() && !scores.contains(-1))
            entry.rubric = scores;
        if (reached && diffScores.value(i, -1) >= 0)
            entry.diffScore = diffScores.at(i);
        entry.notes = notes.value(i);
        entry.drawing = drawings.value(i).toUtf8();
        entries << entry;
    }
    const Result<InterviewRecord> record
        = InterviewReport::record(*session, criteria, entries, m_startedAt, m_clock->now());
    if (!record.isOk()) {
        // Keep the snapshot: nothing is lost, and the problem is on screen.
        m_report->showRecord({}, tr("The report could not be made: %1").arg(record.errorMessage()));
        m_stack->setCurrentWidget(m_report);
        return;
    }
    QString problem;
    InterviewRecord saved = record.value;
    if (!m_store) {
        problem = tr("No collection is open: this report is not kept in the history. Export it "
                     "to keep it.");
    } else if (const Result<qint64> id = m_store->saveInterview(saved); !id.isOk()) {
        problem = tr("The report could not be kept in the history (%1). Export it to keep it.")
                      .arg(id.errorMessage());
    } else {
        saved.id = id.value;
        ++m_historyCount;
        m_store->clearInterviewSnapshot();
    }
    m_report->showRecord(saved, problem);
    m_stack->setCurrentWidget(m_report);
    updateActions();
    emit tabTextChanged();
    emit statusTextChanged();
    emit collectionEdited();
}

void InterviewPage::grade(int question, const QString &cardId, Rating rating)
{
    if (!m_store) {
        m_session->gradeSaved(question, rating, tr("No collection is open to grade into."));
        return;
    }
    const Result<ReviewRecord> saved
        = ReviewSession::gradeCard(m_store, cardId, rating, m_clock->now(), 0);
    m_session->gradeSaved(question, rating, saved.isOk() ? QString() : saved.errorMessage());
    if (saved.isOk())
        emit collectionEdited();
}

} // namespace ArchDeck

// InterviewSession — a mock interview running on a Clock: it plays the interviewer. Each question
// goes through the phases' time boxes (one "Answer" box in quick mode; requirements, estimation,
// design, deep dive and wrap-up in system design), then a review that the clock does not count.
// It speaks in turns (the question, each phase's prompt, follow-ups, time cues) and never stops
// the user: past a box the phase just runs into overtime. Time is read from the clock on demand,
// so getters are exact without tick(); tick() only announces the cues that came due. The
// interview screen drives it (tick() on a QTimer); tests drive it by advancing a FakeClock.
//
//   InterviewSession session(clock, InterviewMode::SystemDesign, {}, questions);
//   session.start();        // turns: the question, "Let's start with the requirements: …"
//   clock.advance(150);
//   session.tick();         // cue HalfTime: "Halfway through requirements."
//   session.nextPhase();    // turn: "Let's estimate: …"
//   session.snapshot();     // → restore() continues from here, paused
#pragma once

#include "interviewtypes.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace ArchDeck {

class Clock;

class InterviewSession : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        NotStarted,
        Phase, ///< answering: in phaseIndex() of questionIndex(), on the clock unless paused
        Review, ///< a question's phases are over; the clock does not count here
        Finished,
    };
    Q_ENUM(Stage)

    /// What the interviewer says about the time of the current phase, in this order.
    enum class Cue {
        HalfTime, ///< at half the box
        OneMinuteLeft, ///< a minute before the box ends; only in boxes longer than 2 minutes
        Overtime, ///< when the box runs out
    };
    Q_ENUM(Cue)

    /// One thing the interviewer says.
    struct Turn
    {
        enum class Kind { Question, PhasePrompt, FollowUp, Cue };

        Kind kind = Kind::Question;
        QString text;
        Cue cue = Cue::HalfTime; ///< which one, when kind is Kind::Cue
    };

    /// How one question went, for the report: time per phase (0 for a phase never reached),
    /// including the current phase up to now.
    struct QuestionTiming
    {
        QList<qint64> phaseMs;
        QList<qint64> overtimeMs; ///< of phaseMs, the part past the phase's box
        bool skipped = false;
        /// The question's first followUpsAsked follow-ups were asked (they go in order).
        int followUpsAsked = 0;

        qint64 totalMs() const;
    };

    /// `phases` are the time boxes of every question; empty: defaultPhases(mode).
    InterviewSession(const Clock &clock, InterviewMode mode, QList<InterviewPhase> phases,
        QList<InterviewQuestion> questions, QObject *parent = nullptr);

    /// Quick: one 5-minute "Answer" with follow-ups. System design: Requirements 5, Estimation 5,
    /// High-level design 15, Deep dive 15 (follow-ups), Wrap-up 5 — 45 minutes.
    static QList<InterviewPhase> defaultPhases(InterviewMode mode);

    /// Continues a session from snapshot(): where it was, with the time it had then (the time
    /// the app was closed does not count), paused. Refuses a damaged snapshot with a message.
    static Result<std::unique_ptr<InterviewSession>> restore(
        const Clock &clock, const QJsonObject &snapshot, QObject *parent = nullptr);
    /// Everything restore() needs to continue: the plan, where the session is, time so far.
    QJsonObject snapshot() const;

    /// Asks the first question (turns: the question, then the first phase's prompt). Finishes at
    /// once when there are no questions. Only from NotStarted.
    void start();
    /// Emits the cues of the current phase that came due since the last call, each at most once
    /// per phase and in order, however late the call. Cheap: call it as often as you like.
    void tick();

    /// Paused time counts nowhere. The pause lasts across moves between phases and questions
    /// until resume(). Only in a phase or the review.
    void pause();
    void resume();
    void togglePause();
    bool isPaused() const { return m_paused; }

    /// To the next phase (turn: its prompt); after the last phase, to the review.
    void nextPhase();
    /// To the next question's first phase, or Finished after the last question. From a phase,
    /// the question's remaining phases are left out; the time spent so far is kept.
    void nextQuestion();
    /// Marks the current question skipped and asks the next one (no review), or finishes. In a
    /// phase only: a question in its review has been answered.
    void skipQuestion();
    /// Asks the current question's next follow-up (a FollowUp turn). False, and no turn, when
    /// the phase has no follow-ups or none is left.
    bool nextFollowUp();
    /// Finishes at once; the current phase keeps its time.
    void end();

    InterviewMode mode() const { return m_mode; }
    Stage stage() const { return m_stage; }
    const QList<InterviewPhase> &phases() const { return m_phases; }
    int questionCount() const { return int(m_questions.size()); }
    const QList<InterviewQuestion> &questions() const { return m_questions; }
    /// The question being asked or reviewed; -1 before start() and once finished.
    int questionIndex() const { return m_questionIndex; }
    /// Empty before start() and once finished.
    InterviewQuestion currentQuestion() const;
    /// -1 outside Stage::Phase.
    int phaseIndex() const { return m_stage == Stage::Phase ? m_phaseIndex : -1; }
    /// Empty outside Stage::Phase.
    InterviewPhase currentPhase() const;

    /// The current phase's time so far; 0 outside a phase.
    qint64 phaseElapsedMs() const;
    /// What is left of the current phase's box: negative in overtime, 0 outside a phase.
    qint64 phaseRemainingMs() const;
    bool isOvertime() const { return phaseRemainingMs() < 0; }
    /// Time spent in phases, every question's.
    qint64 sessionElapsedMs() const;
    /// The planned time of the questions not skipped, minus sessionElapsedMs(); negative when
    /// the session runs over.
    qint64 sessionRemainingMs() const;
    /// The planned time of one question: the sum of the phases' boxes.
    qint64 questionPlannedMs() const;

    /// One per question, as of now.
    QList<QuestionTiming> timings() const;

signals:
    void turn(const ArchDeck::InterviewSession::Turn &turn);
    /// The same cues as the Cue turns, for a screen that flashes the timer.
    void cue(ArchDeck::InterviewSession::Cue cue);
    /// The stage, the question or the phase changed: read the getters again.
    void stageChanged();
    void pausedChanged(bool paused);

private:
    /// What the session keeps of one question; timings() adds the running time and overtime.
    struct Progress
    {
        QList<qint64> phaseMs;
        bool skipped = false;
        int followUpsAsked = 0;
    };

    bool isRunning() const { return m_stage == Stage::Phase && !m_paused; }
    qint64 runningMs() const;
    /// Adds the running stretch to the current phase's time and starts a new stretch from now.
    void bankRunningTime();
    void enterPhase(int phase);
    void enterQuestion(int question);
    void setPaused(bool paused);
    void say(Turn::Kind kind, const QString &text);
    QString cueText(Cue cue) const;

    const Clock &m_clock;
    InterviewMode m_mode;
    QList<InterviewPhase> m_phases;
    QList<InterviewQuestion> m_questions;
    QList<Progress> m_progress; ///< one per question
    Stage m_stage = Stage::NotStarted;
    int m_questionIndex = -1;
    int m_phaseIndex = -1;
    bool m_paused = false;
    /// Start of the stretch not yet in m_progress; meaningful while isRunning().
    QDateTime m_runningSince;
    QList<Cue> m_cuesGiven; ///< in the current phase
};

} // namespace ArchDeck

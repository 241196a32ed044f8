#include "interviewsession.h"

#include "clock.h"

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

qint64 boxMs(const InterviewPhase &phase)
{
    return phase.minutes * kMinuteMs;
}

struct ScheduledCue
{
    InterviewSession::Cue cue;
    qint64 atMs; ///< of the phase's time
};

/// When each cue of a `box`-long phase comes due, in order. One minute left is said only in
/// boxes longer than two minutes: in shorter ones it would come at or before half time. So half
/// time (box/2) is always more than a minute before one-minute-left, and the two never coincide.
QList<ScheduledCue> cueSchedule(qint64 box)
{
    using Cue = InterviewSession::Cue;
    QList<ScheduledCue> cues {{Cue::HalfTime, box / 2}};
    if (box > 2 * kMinuteMs)
        cues.append({Cue::OneMinuteLeft, box - kMinuteMs});
    cues.append({Cue::Overtime, box});
    return cues;
}

/// How the interviewer names a phase mid-sentence: "Halfway through the deep dive."
QString phaseReference(const QString &name)
{
    static const QList<std::pair<QString, QString>> known {
        {u"Answer"_s, u"your answer"_s},
        {u"Requirements"_s, u"requirements"_s},
        {u"Estimation"_s, u"estimation"_s},
        {u"High-level design"_s, u"the high-level design"_s},
        {u"Deep dive"_s, u"the deep dive"_s},
        {u"Wrap-up"_s, u"the wrap-up"_s},
    };
    for (const auto &[phase, reference] : known)
        if (name.compare(phase, Qt::CaseInsensitive) == 0)
            return reference;
    // A phase the user named: lower-case its first letter, but not an acronym's ("API design").
    if (name.size() > 1 && name.at(0).isUpper() && !name.at(1).isUpper())
        return name.at(0).toLower() + name.mid(1);
    return name;
}

} // namespace

qint64 InterviewSession::QuestionTiming::totalMs() const
{
    qint64 total = 0;
    for (const qint64 ms : phaseMs)
        total += ms;
    return total;
}

InterviewSession::InterviewSession(const Clock &clock, InterviewMode mode,
    QList<InterviewPhase> phases, QList<InterviewQuestion> questions, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_mode(mode)
    , m_phases(phases.isEmpty() ? defaultPhases(mode) : std::move(phases))
    , m_questions(std::move(questions))
{
    Progress blank;
    blank.phaseMs.fill(0, m_phases.size());
    m_progress.fill(blank, m_questions.size());
}

QList<InterviewPhase> InterviewSession::defaultPhases(InterviewMode mode)
{
    if (mode == InterviewMode::Quick)
        return {{u"Answer"_s, 5, u"Take it away — I'll follow up when you're done."_s, true}};
    return {
        {u"Requirements"_s, 5,
            u"Let's start with the requirements: what must the system do, for whom, and at what "
            "scale? Ask me anything you need to know."_s,
            false},
        {u"Estimation"_s, 5,
            u"Let's estimate: traffic, storage and bandwidth. Rough numbers are fine — just say "
            "what you assume."_s,
            false},
        {u"High-level design"_s, 15,
            u"Sketch the high-level design on the whiteboard: the main components and how a "
            "request flows through them."_s,
            false},
        {u"Deep dive"_s, 15,
            u"Let's move to the deep dive: pick the part you think is hardest to get right and "
            "take me through it in detail. I'll have some questions as we go."_s,
            true},
        {u"Wrap-up"_s, 5,
            u"Let's wrap up: what are the trade-offs, what would you do next, and what would "
            "break first?"_s,
            false},
    };
}

void InterviewSession::start()
{
    if (m_stage != Stage::NotStarted)
        return;
    bankRunningTime(); // nothing to bank yet: it starts the first stretch
    enterQuestion(0);
}

void InterviewSession::tick()
{
    if (m_stage != Stage::Phase)
        return;
    const int question = m_questionIndex;
    const int phase = m_phaseIndex;
    const qint64 elapsed = phaseElapsedMs();
    for (const ScheduledCue &scheduled : cueSchedule(boxMs(m_phases.at(phase)))) {
        if (elapsed < scheduled.atMs || m_cuesGiven.contains(scheduled.cue))
            continue;
        m_cuesGiven.append(scheduled.cue);
        emit turn({Turn::Kind::Cue, cueText(scheduled.cue), scheduled.cue});
        emit cue(scheduled.cue);
        // A listener may have moved on (nextPhase() on Overtime): the rest was about this phase.
        if (m_stage != Stage::Phase || m_questionIndex != question || m_phaseIndex != phase)
            return;
    }
}

void InterviewSession::pause()
{
    if (m_stage == Stage::Phase || m_stage == Stage::Review)
        setPaused(true);
}

void InterviewSession::resume()
{
    setPaused(false);
}

void InterviewSession::togglePause()
{
    if (m_paused)
        resume();
    else
        pause();
}

void InterviewSession::nextPhase()
{
    if (m_stage != Stage::Phase)
        return;
    bankRunningTime();
    if (m_phaseIndex + 1 < m_phases.size()) {
        enterPhase(m_phaseIndex + 1);
        return;
    }
    m_stage = Stage::Review;
    m_cuesGiven.clear();
    emit stageChanged();
}

void InterviewSession::nextQuestion()
{
    if (m_stage != Stage::Phase && m_stage != Stage::Review)
        return;
    bankRunningTime();
    enterQuestion(m_questionIndex + 1);
}

void InterviewSession::skipQuestion()
{
    if (m_stage != Stage::Phase)
        return;
    bankRunningTime();
    m_progress[m_questionIndex].skipped = true;
    enterQuestion(m_questionIndex + 1);
}

bool InterviewSession::nextFollowUp()
{
    if (m_stage != Stage::Phase || !m_phases.at(m_phaseIndex).followUps)
        return false;
    int &asked = m_progress[m_questionIndex].followUpsAsked;
    const QStringList &followUps = m_questions.at(m_questionIndex).followUps;
    if (asked >= followUps.size())
        return false;
    say(Turn::Kind::FollowUp, followUps.at(asked++));
    return true;
}

void InterviewSession::end()
{
    if (m_stage == Stage::Finished)
        return;
    bankRunningTime();
    enterQuestion(questionCount());
}

InterviewQuestion InterviewSession::currentQuestion() const
{
    return m_questionIndex >= 0 ? m_questions.at(m_questionIndex) : InterviewQuestion {};
}

InterviewPhase InterviewSession::currentPhase() const
{
    return m_stage == Stage::Phase ? m_phases.at(m_phaseIndex) : InterviewPhase {};
}

qint64 InterviewSession::phaseElapsedMs() const
{
    if (m_stage != Stage::Phase)
        return 0;
    return m_progress.at(m_questionIndex).phaseMs.at(m_phaseIndex) + runningMs();
}

qint64 InterviewSession::phaseRemainingMs() const
{
    if (m_stage != Stage::Phase)
        return 0;
    return boxMs(m_phases.at(m_phaseIndex)) - phaseElapsedMs();
}

qint64 InterviewSession::sessionElapsedMs() const
{
    qint64 elapsed = runningMs();
    for (const Progress &progress : m_progress)
        for (const qint64 ms : progress.phaseMs)
            elapsed += ms;
    return elapsed;
}

qint64 InterviewSession::sessionRemainingMs() const
{
    qint64 planned = 0;
    for (const Progress &progress : m_progress)
        if (!progress.skipped)
            planned += questionPlannedMs();
    return planned - sessionElapsedMs();
}

qint64 InterviewSession::questionPlannedMs() const
{
    qint64 planned = 0;
    for (const InterviewPhase &phase : m_phases)
        planned += boxMs(phase);
    return planned;
}

QList<InterviewSession::QuestionTiming> InterviewSession::timings() const
{
    QList<QuestionTiming> timings;
    for (qsizetype q = 0; q < m_progress.size(); ++q) {
        const Progress &progress = m_progress.at(q);
        QuestionTiming timing {progress.phaseMs, {}, progress.skipped, progress.followUpsAsked};
        if (q == m_questionIndex && m_stage == Stage::Phase)
            timing.phaseMs[m_phaseIndex] += runningMs();
        for (qsizetype p = 0; p < m_phases.size(); ++p)
            timing.overtimeMs.append(qMax<qint64>(0, timing.phaseMs.at(p) - boxMs(m_phases.at(p))));
        timings.append(timing);
    }
    return timings;
}

qint64 InterviewSession::runningMs() const
{
    // A wall clock set back (by the user or NTP) must not take time off the phase.
    return isRunning() ? qMax<qint64>(0, m_runningSince.msecsTo(m_clock.now())) : 0;
}

void InterviewSession::bankRunningTime()
{
    const QDateTime now = m_clock.now();
    if (isRunning())
        m_progress[m_questionIndex].phaseMs[m_phaseIndex]
            += qMax<qint64>(0, m_runningSince.msecsTo(now));
    m_runningSince = now;
}

void InterviewSession::enterPhase(int phase)
{
    m_phaseIndex = phase;
    m_cuesGiven.clear();
    emit stageChanged();
    say(Turn::Kind::PhasePrompt, m_phases.at(phase).prompt);
}

void InterviewSession::enterQuestion(int question)
{
    m_cuesGiven.clear();
    if (question >= questionCount()) {
        m_stage = Stage::Finished;
        m_questionIndex = -1;
        m_phaseIndex = -1;
        setPaused(false); // nothing is left to resume
        emit stageChanged();
        return;
    }
    m_stage = Stage::Phase;
    m_questionIndex = question;
    m_phaseIndex = 0;
    emit stageChanged();
    say(Turn::Kind::Question, m_questions.at(question).question);
    say(Turn::Kind::PhasePrompt, m_phases.at(0).prompt);
}

void InterviewSession::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    bankRunningTime();
    m_paused = paused;
    emit pausedChanged(paused);
}

void InterviewSession::say(Turn::Kind kind, const QString &text)
{
    emit turn({kind, text, Cue::HalfTime});
}

QString InterviewSession::cueText(Cue cue) const
{
    const QString phase = phaseReference(m_phases.at(m_phaseIndex).name);
    switch (cue) {
    case Cue::HalfTime:
        return tr("Halfway through %1.").arg(phase);
    case Cue::OneMinuteLeft:
        return tr("One minute left for %1.").arg(phase);
    case Cue::Overtime:
        return tr("We're over time on %1 — take your time to finish the thought.").arg(phase);
    }
    return {};
}

} // namespace ArchDeck

// The mock interview's session on a fake clock: default time boxes, the turns it speaks, the time
// cues (when, in which order, once each), pause, overtime, moving on, skipping, follow-ups, the
// review the clock does not count, ending early, and snapshot/restore — never sleeping.
#include "fakeclock.h"
#include "interviewsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

using Cue = InterviewSession::Cue;
using Stage = InterviewSession::Stage;

namespace {

constexpr qint64 kMinute = 60 * 1000;

QString cueName(Cue cue)
{
    return QString::fromLatin1(QMetaEnum::fromType<Cue>().valueToKey(int(cue)));
}

/// Everything the session says, one line per turn ("prompt: …", "cue HalfTime: …"), so a test
/// compares a whole conversation at once and a failure shows it.
class Transcript
{
public:
    explicit Transcript(InterviewSession &session)
    {
        m_connections.append(QObject::connect(&session, &InterviewSession::turn,
            [this](const InterviewSession::Turn &turn) { m_lines.append(describe(turn)); }));
        m_connections.append(QObject::connect(
            &session, &InterviewSession::cue, [this](Cue cue) { m_cues.append(cue); }));
    }
    ~Transcript()
    {
        for (const QMetaObject::Connection &connection : std::as_const(m_connections))
            QObject::disconnect(connection);
    }

    /// The lines since the last take().
    QStringList take() { return std::exchange(m_lines, {}); }
    /// The cue() signals since the last takeCues().
    QList<Cue> takeCues() { return std::exchange(m_cues, {}); }

private:
    static QString describe(const InterviewSession::Turn &turn)
    {
        switch (turn.kind) {
        case InterviewSession::Turn::Kind::Question:
            return u"question: "_s + turn.text;
        case InterviewSession::Turn::Kind::PhasePrompt:
            return u"prompt: "_s + turn.text;
        case InterviewSession::Turn::Kind::FollowUp:
            return u"follow-up: "_s + turn.text;
        case InterviewSession::Turn::Kind::Cue:
            return u"cue "_s + cueName(turn.cue) + u": "_s + turn.text;
        }
        return {};
    }

    QStringList m_lines;
    QList<Cue> m_cues;
    QList<QMetaObject::Connection> m_connections;
};

QList<InterviewQuestion> threeQuestions()
{
    return {
        {u"q01-url-shortener"_s, u"Design a URL shortener."_s,
            {u"How do you avoid two long URLs getting the same code?"_s,
                u"How would you expire links?"_s}},
        {u"q02-rate-limiter"_s, u"Design a rate limiter."_s,
            {u"What happens when the limiter's store is down?"_s}},
        {u"q03-news-feed"_s, u"Design a news feed."_s, {}},
    };
}

QStringList phaseNames(const QList<InterviewPhase> &phases)
{
    QStringList names;
    for (const InterviewPhase &phase : phases)
        names.append(phase.name);
    return names;
}

/// `root` with the value at `path` ("phases/0/minutes") replaced; an undefined value removes it.
QJsonValue replaced(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = replaced(object.value(key), path, value);
    return object;
}

} // namespace

class TestInterviewSession : public QObject
{
    Q_OBJECT

private slots:
    void defaultPhases_data();
    void defaultPhases();
    void emptyPhasesMeanTheModesDefaults();
    void startAsksTheQuestionThenThePrompt();
    void phasesFollowOneAnotherIntoTheReview();
    void cuesComeDueOnTime_data();
    void cuesComeDueOnTime();
    void lateTickGivesEveryPassedCueInOrder();
    void listenerMovingOnEndsTheTick();
    void cueSentencesNameThePhase_data();
    void cueSentencesNameThePhase();
    void eachPhaseHasItsOwnCues();
    void pausedTimeCountsNowhere();
    void pauseOnlyWhereThereIsAClock();
    void overtimeNeverStopsTheUser();
    void skippingMovesOnAndDropsThePlannedTime();
    void nextQuestionFromAPhaseKeepsItsTime();
    void followUpsOneByOne();
    void followUpsOnlyInTheirPhase();
    void reviewIsNotCounted();
    void endFromTheMiddle();
    void lastQuestionFinishes();
    void noQuestionsFinishesAtOnce();
    void snapshotRestoresMidPhase();
    void snapshotRestoresEveryStage_data();
    void snapshotRestoresEveryStage();
    void malformedSnapshotIsRefused_data();
    void malformedSnapshotIsRefused();

private:
    std::unique_ptr<InterviewSession> session(InterviewMode mode, QList<InterviewPhase> phases = {},
        QList<InterviewQuestion> questions = threeQuestions());

    FakeClock m_clock {QDateTime(QDate(2025, 3, 14), QTime(18, 30), Qt::UTC)};
};

std::unique_ptr<InterviewSession> TestInterviewSession::session(
    InterviewMode mode, QList<InterviewPhase> phases, QList<InterviewQuestion> questions)
{
    return std::make_unique<InterviewSession>(
        m_clock, mode, std::move(phases), std::move(questions));
}

void TestInterviewSession::defaultPhases_data()
{
    QTest::addColumn<InterviewMode>("mode");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<QList<bool>>("followUps");
    QTest::addColumn<int>("totalMinutes");

    QTest::newRow("quick") << InterviewMode::Quick << QStringList {u"Answer"_s} << QList<int> {5}
                           << QList<bool> {true} << 5;
    QTest::newRow("system design")
        << InterviewMode::SystemDesign
        << QStringList {u"Requirements"_s, u"Estimation"_s, u"High-level design"_s, u"Deep dive"_s,
               u"Wrap-up"_s}
        << QList<int> {5, 5, 15, 15, 5} << QList<bool> {false, false, false, true, false} << 45;
}

void TestInterviewSession::defaultPhases()
{
    QFETCH(InterviewMode, mode);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, minutes);
    QFETCH(QList<bool>, followUps);
    QFETCH(int, totalMinutes);

    const QList<InterviewPhase> phases = InterviewSession::defaultPhases(mode);
    QCOMPARE(phaseNames(phases), names);
    QList<int> actualMinutes;
    QList<bool> actualFollowUps;
    QStringList prompts;
    for (const InterviewPhase &phase : phases) {
        actualMinutes.append(phase.minutes);
        actualFollowUps.append(phase.followUps);
        QVERIFY2(phase.prompt.size() > 30, qPrintable(phase.name)); // a sentence, not a label
        QVERIFY2(!prompts.contains(phase.prompt), qPrintable(phase.name));
        prompts.append(phase.prompt);
    }
    QCOMPARE(actualMinutes, minutes);
    QCOMPARE(actualFollowUps, followUps);

    const auto running = session(mode);
    QCOMPARE(running->questionPlannedMs(), totalMinutes * kMinute);
    QCOMPARE(running->sessionRemainingMs(), 3 * totalMinutes * kMinute);
}

void TestInterviewSession::emptyPhasesMeanTheModesDefaults()
{
    const auto quick = session(InterviewMode::Quick);
    QCOMPARE(quick->phases(), InterviewSession::defaultPhases(InterviewMode::Quick));
    const QList<InterviewPhase> own {{u"Talk"_s, 2, u"Go on."_s, false}};
    QCOMPARE(session(InterviewMode::Quick, own)->phases(), own);
}

void TestInterviewSession::startAsksTheQuestionThenThePrompt()
{
    const auto interview = session(InterviewMode::SystemDesign);
    Transcript transcript(*interview);
    QSignalSpy stageChanges(interview.get(), &InterviewSession::stageChanged);
    QCOMPARE(interview->stage(), Stage::NotStarted);
    QCOMPARE(interview->questionIndex(), -1);
    QCOMPARE(interview->phaseIndex(), -1);

    interview->start();
    QCOMPARE(transcript.take(),
        QStringList({u"question: Design a URL shortener."_s,
            u"prompt: "_s
                + InterviewSession::defaultPhases(InterviewMode::SystemDesign)[0].prompt}));
    QCOMPARE(stageChanges.size(), 1);
    QCOMPARE(interview->stage(), Stage::Phase);
    QCOMPARE(interview->questionIndex(), 0);
    QCOMPARE(interview->phaseIndex(), 0);
    QCOMPARE(interview->currentQuestion().cardId, u"q01-url-shortener"_s);
    QCOMPARE(interview->currentPhase().name, u"Requirements"_s);
    QCOMPARE(interview->phaseElapsedMs(), 0);
    QCOMPARE(interview->phaseRemainingMs(), 5 * kMinute);

    m_clock.advanceMs(1234); // getters are exact without a tick
    QCOMPARE(interview->phaseElapsedMs(), 1234);
    QCOMPARE(interview->sessionElapsedMs(), 1234);
    QCOMPARE(interview->sessionRemainingMs(), 3 * 45 * kMinute - 1234);

    interview->start(); // once started, starting again does nothing
    QVERIFY(transcript.take().isEmpty());
    QCOMPARE(stageChanges.size(), 1);
}

void TestInterviewSession::phasesFollowOneAnotherIntoTheReview()
{
    const auto interview = session(InterviewMode::SystemDesign);
    const QList<InterviewPhase> phases = interview->phases();
    interview->start();
    Transcript transcript(*interview);
    QSignalSpy stageChanges(interview.get(), &InterviewSession::stageChanged);

    const QList<qint64> spent {4 * kMinute, 6 * kMinute, 15 * kMinute, 12 * kMinute, 5 * kMinute};
    for (int phase = 0; phase < phases.size(); ++phase) {
        QCOMPARE(interview->phaseIndex(), phase);
        QCOMPARE(interview->phaseElapsedMs(), 0);
        m_clock.advanceMs(spent[phase]);
        interview->nextPhase();
        if (phase + 1 < phases.size())
            QCOMPARE(transcript.take(), QStringList {u"prompt: "_s + phases[phase + 1].prompt});
    }
    QVERIFY(transcript.take().isEmpty()); // the review begins without a word
    QCOMPARE(stageChanges.size(), phases.size());
    QCOMPARE(interview->stage(), Stage::Review);
    QCOMPARE(interview->questionIndex(), 0);
    QCOMPARE(interview->phaseIndex(), -1);
    QCOMPARE(interview->phaseElapsedMs(), 0);
    QCOMPARE(interview->timings()[0].phaseMs, spent);
    QCOMPARE(interview->timings()[0].overtimeMs, (QList<qint64> {0, kMinute, 0, 0, 0}));
    QCOMPARE(interview->timings()[0].totalMs(), 42 * kMinute);
    QCOMPARE(interview->sessionElapsedMs(), 42 * kMinute);

    interview->nextPhase(); // nothing after the review but the next question
    QCOMPARE(interview->stage(), Stage::Review);
    interview->nextQuestion();
    QCOMPARE(transcript.take(),
        QStringList({u"question: Design a rate limiter."_s, u"prompt: "_s + phases[0].prompt}));
    QCOMPARE(interview->questionIndex(), 1);
    QCOMPARE(interview->phaseIndex(), 0);
}

void TestInterviewSession::cuesComeDueOnTime_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QList<qint64>>("tickAtMs");
    QTest::addColumn<QStringList>("cuesAtTick"); // per tick: the cues it gives, comma-separated

    QTest::newRow("5 minutes") << 5
                               << QList<qint64> {149'999, 150'000, 150'001, 239'999, 240'000,
                                      299'999, 300'000, 900'000}
                               << QStringList {{}, u"HalfTime"_s, {}, {}, u"OneMinuteLeft"_s, {},
                                      u"Overtime"_s, {}};
    QTest::newRow("15 minutes") << 15 << QList<qint64> {450'000, 840'000, 900'000}
                                << QStringList {u"HalfTime"_s, u"OneMinuteLeft"_s, u"Overtime"_s};
    QTest::newRow("3 minutes: the shortest box with a last minute")
        << 3 << QList<qint64> {89'999, 90'000, 119'999, 120'000, 180'000}
        << QStringList {{}, u"HalfTime"_s, {}, u"OneMinuteLeft"_s, u"Overtime"_s};
    QTest::newRow("2 minutes: no one-minute cue") << 2 << QList<qint64> {60'000, 119'999, 120'000}
                                                  << QStringList {u"HalfTime"_s, {}, u"Overtime"_s};
    QTest::newRow("1 minute") << 1 << QList<qint64> {30'000, 60'000}
                              << QStringList {u"HalfTime"_s, u"Overtime"_s};
}

void TestInterviewSession::cuesComeDueOnTime()
{
    QFETCH(int, minutes);
    QFETCH(QList<qint64>, tickAtMs);
    QFETCH(QStringList, cuesAtTick);

    const auto interview
        = session(InterviewMode::Quick, {{u"Answer"_s, minutes, u"Go ahead."_s, true}});
    interview->start();
    Transcript transcript(*interview);
    qint64 now = 0;
    for (int i = 0; i < tickAtMs.size(); ++i) {
        m_clock.advanceMs(tickAtMs[i] - now);
        now = tickAtMs[i];
        interview->tick();
        QStringList given;
        for (const Cue cue : transcript.takeCues())
            given.append(cueName(cue));
        QCOMPARE(given.join(u','), cuesAtTick[i]);
        QCOMPARE(transcript.take().size(), given.size()); // one Cue turn with each cue
    }
}

void TestInterviewSession::lateTickGivesEveryPassedCueInOrder()
{
    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    Transcript transcript(*interview);
    m_clock.advance(10 * 60);
    interview->tick();
    QCOMPARE(
        transcript.takeCues(), (QList<Cue> {Cue::HalfTime, Cue::OneMinuteLeft, Cue::Overtime}));
    QCOMPARE(transcript.take(),
        QStringList({u"cue HalfTime: Halfway through requirements."_s,
            u"cue OneMinuteLeft: One minute left for requirements."_s,
            u"cue Overtime: We're over time on requirements — take your time to finish the "
            "thought."_s}));
    interview->tick();
    m_clock.advance(60);
    interview->tick();
    QVERIFY(transcript.take().isEmpty());
    QVERIFY(transcript.takeCues().isEmpty());
}

void TestInterviewSession::listenerMovingOnEndsTheTick()
{
    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    Transcript transcript(*interview);
    const QMetaObject::Connection movesOn = connect(
        interview.get(), &InterviewSession::cue, interview.get(), &InterviewSession::nextPhase);
    m_clock.advance(10 * 60);
    interview->tick(); // the cues still due were about requirements: they are not said
    QCOMPARE(transcript.take(),
        QStringList({u"cue HalfTime: Halfway through requirements."_s,
            u"prompt: "_s + interview->phases()[1].prompt}));
    QCOMPARE(interview->currentPhase().name, u"Estimation"_s);
    disconnect(movesOn);
    m_clock.advance(150);
    interview->tick();
    QCOMPARE(transcript.takeCues(), (QList<Cue> {Cue::HalfTime, Cue::HalfTime}));
}

void TestInterviewSession::cueSentencesNameThePhase_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("halfTime");

    QTest::newRow("quick") << u"Answer"_s << u"Halfway through your answer."_s;
    QTest::newRow("requirements") << u"Requirements"_s << u"Halfway through requirements."_s;
    QTest::newRow("design") << u"High-level design"_s
                            << u"Halfway through the high-level design."_s;
    QTest::newRow("deep dive") << u"Deep dive"_s << u"Halfway through the deep dive."_s;
    QTest::newRow("wrap-up") << u"Wrap-up"_s << u"Halfway through the wrap-up."_s;
    QTest::newRow("a phase of one's own") << u"Caching"_s << u"Halfway through caching."_s;
    QTest::newRow("an acronym keeps its case")
        << u"API design"_s << u"Halfway through API design."_s;
}

void TestInterviewSession::cueSentencesNameThePhase()
{
    QFETCH(QString, phase);
    QFETCH(QString, halfTime);

    const auto interview = session(InterviewMode::Quick, {{phase, 4, u"Go ahead."_s, false}});
    interview->start();
    Transcript transcript(*interview);
    m_clock.advance(2 * 60);
    interview->tick();
    QCOMPARE(transcript.take(), QStringList {u"cue HalfTime: "_s + halfTime});
}

void TestInterviewSession::eachPhaseHasItsOwnCues()
{
    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    Transcript transcript(*interview);
    m_clock.advance(150);
    interview->tick();
    QCOMPARE(transcript.take(), QStringList {u"cue HalfTime: Halfway through requirements."_s});

    // One-minute-left came due in requirements but was never ticked: it is not carried over.
    m_clock.advance(100);
    interview->nextPhase();
    interview->tick();
    QCOMPARE(
        transcript.take(), QStringList {u"prompt: "_s + interview->phases()[1].prompt}); // no cue
    m_clock.advance(150);
    interview->tick();
    QCOMPARE(transcript.take(), QStringList {u"cue HalfTime: Halfway through estimation."_s});
}

void TestInterviewSession::pausedTimeCountsNowhere()
{
    const auto interview = session(InterviewMode::Quick);
    interview->start();
    Transcript transcript(*interview);
    QSignalSpy pauses(interview.get(), &InterviewSession::pausedChanged);

    m_clock.advance(60);
    interview->pause();
    QVERIFY(interview->isPaused());
    QCOMPARE(pauses.size(), 1);
    QCOMPARE(pauses.at(0).at(0).toBool(), true);
    interview->pause(); // already paused: no second signal
    QCOMPARE(pauses.size(), 1);

    m_clock.advance(10 * 60);
    interview->tick();
    QVERIFY(transcript.takeCues().isEmpty());
    QCOMPARE(interview->phaseElapsedMs(), kMinute);
    QCOMPARE(interview->sessionElapsedMs(), kMinute);
    QCOMPARE(interview->sessionRemainingMs(), 14 * kMinute);

    interview->togglePause();
    QVERIFY(!interview->isPaused());
    QCOMPARE(pauses.size(), 2);
    QCOMPARE(pauses.at(1).at(0).toBool(), false);
    m_clock.advance(89); // half time (2:30 of phase time) is 90 s away, not 89
    interview->tick();
    QVERIFY(transcript.takeCues().isEmpty());
    m_clock.advance(1);
    interview->tick();
    QCOMPARE(transcript.takeCues(), QList<Cue> {Cue::HalfTime});
    QCOMPARE(interview->phaseElapsedMs(), 150 * 1000);

    interview->togglePause();
    QVERIFY(interview->isPaused());
    m_clock.advance(3600);
    interview->nextPhase(); // into the review, still paused
    QVERIFY(interview->isPaused());
    interview->nextQuestion();
    m_clock.advance(3600);
    QCOMPARE(interview->phaseElapsedMs(), 0); // the next question waits for resume()
    interview->resume();
    m_clock.advance(10);
    QCOMPARE(interview->phaseElapsedMs(), 10 * 1000);
    QCOMPARE(interview->timings()[0].phaseMs, QList<qint64> {150 * 1000});
}

void TestInterviewSession::pauseOnlyWhereThereIsAClock()
{
    const auto interview = session(InterviewMode::Quick);
    QSignalSpy pauses(interview.get(), &InterviewSession::pausedChanged);
    interview->pause();
    interview->togglePause();
    QVERIFY(!interview->isPaused());
    QCOMPARE(pauses.size(), 0);

    interview->start();
    interview->pause();
    interview->end(); // a finished session is not paused: there is nothing to resume
    QVERIFY(!interview->isPaused());
    interview->pause();
    QVERIFY(!interview->isPaused());
    QCOMPARE(pauses.size(), 2);
}

void TestInterviewSession::overtimeNeverStopsTheUser()
{
    const auto interview = session(InterviewMode::Quick);
    interview->start();
    m_clock.advance(5 * 60 - 1);
    QVERIFY(!interview->isOvertime());
    QCOMPARE(interview->phaseRemainingMs(), 1000);
    m_clock.advance(2 * 60 + 1);
    interview->tick();
    QVERIFY(interview->isOvertime());
    QCOMPARE(interview->stage(), Stage::Phase);
    QCOMPARE(interview->phaseElapsedMs(), 7 * kMinute);
    QCOMPARE(interview->phaseRemainingMs(), -2 * kMinute);
    QCOMPARE(interview->timings()[0].overtimeMs, QList<qint64> {2 * kMinute});
    QCOMPARE(interview->sessionRemainingMs(), 8 * kMinute);
    m_clock.advance(60 * 60); // an hour over: still answering
    QCOMPARE(interview->stage(), Stage::Phase);
    QCOMPARE(interview->phaseRemainingMs(), -62 * kMinute);
    QCOMPARE(interview->sessionRemainingMs(), -52 * kMinute);
}

void TestInterviewSession::skippingMovesOnAndDropsThePlannedTime()
{
    const auto interview = session(InterviewMode::Quick);
    interview->start();
    Transcript transcript(*interview);
    m_clock.advance(2 * 60);
    QCOMPARE(interview->sessionRemainingMs(), 13 * kMinute);

    interview->skipQuestion();
    QCOMPARE(transcript.take(),
        QStringList({u"question: Design a rate limiter."_s,
            u"prompt: Take it away — I'll follow up when you're done."_s}));
    QCOMPARE(interview->stage(), Stage::Phase);
    QCOMPARE(interview->questionIndex(), 1);
    QCOMPARE(interview->phaseElapsedMs(), 0);
    QCOMPARE(interview->sessionElapsedMs(), 2 * kMinute); // the time spent still counts
    QCOMPARE(interview->sessionRemainingMs(), 8 * kMinute); // 13 minus the skipped 5
    QCOMPARE(interview->timings()[0].skipped, true);
    QCOMPARE(interview->timings()[0].phaseMs, QList<qint64> {2 * kMinute});
    QCOMPARE(interview->timings()[1].skipped, false);

    interview->nextPhase(); // into the review: skipping is for questions still being answered
    interview->skipQuestion();
    QCOMPARE(interview->stage(), Stage::Review);
    QCOMPARE(interview->timings()[1].skipped, false);

    interview->nextQuestion();
    interview->skipQuestion();
    QCOMPARE(interview->stage(), Stage::Finished);
    QCOMPARE(interview->timings()[2].skipped, true);
    QCOMPARE(interview->sessionRemainingMs(), 3 * kMinute); // question 2's 5 minutes, minus 2
}

void TestInterviewSession::nextQuestionFromAPhaseKeepsItsTime()
{
    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    QList<Stage> stages;
    connect(interview.get(), &InterviewSession::stageChanged, this,
        [&] { stages.append(interview->stage()); });
    m_clock.advance(3 * 60);
    interview->nextQuestion();
    QCOMPARE(stages, QList<Stage> {Stage::Phase}); // straight on, no review
    QCOMPARE(interview->questionIndex(), 1);
    QCOMPARE(interview->phaseIndex(), 0);
    QCOMPARE(interview->timings()[0].phaseMs, (QList<qint64> {3 * kMinute, 0, 0, 0, 0}));
    QCOMPARE(interview->timings()[0].skipped, false);
    QCOMPARE(interview->sessionRemainingMs(), 3 * 45 * kMinute - 3 * kMinute);
}

void TestInterviewSession::followUpsOneByOne()
{
    const auto interview = session(InterviewMode::Quick);
    interview->start();
    Transcript transcript(*interview);
    QVERIFY(interview->nextFollowUp());
    QCOMPARE(transcript.take(),
        QStringList {u"follow-up: How do you avoid two long URLs getting the same code?"_s});
    QVERIFY(interview->nextFollowUp());
    QCOMPARE(transcript.take(), QStringList {u"follow-up: How would you expire links?"_s});
    QVERIFY(!interview->nextFollowUp());
    QVERIFY(transcript.take().isEmpty());
    QCOMPARE(interview->timings()[0].followUpsAsked, 2);

    interview->nextQuestion();
    QVERIFY(interview->nextFollowUp());
    QCOMPARE(transcript.take(),
        QStringList({u"question: Design a rate limiter."_s,
            u"prompt: Take it away — I'll follow up when you're done."_s,
            u"follow-up: What happens when the limiter's store is down?"_s}));
    interview->nextQuestion();
    QVERIFY(!interview->nextFollowUp()); // the news feed has none
    QCOMPARE(interview->timings()[1].followUpsAsked, 1);
    QCOMPARE(interview->timings()[2].followUpsAsked, 0);
}

void TestInterviewSession::followUpsOnlyInTheirPhase()
{
    const auto interview = session(InterviewMode::SystemDesign);
    QVERIFY(!interview->nextFollowUp()); // not started
    interview->start();
    Transcript transcript(*interview);
    for (int phase = 0; phase < 3; ++phase) {
        QVERIFY2(!interview->nextFollowUp(), qPrintable(interview->currentPhase().name));
        interview->nextPhase();
    }
    transcript.take();
    QCOMPARE(interview->currentPhase().name, u"Deep dive"_s);
    QVERIFY(interview->nextFollowUp());
    QCOMPARE(transcript.take().size(), 1);
    interview->nextPhase(); // wrap-up: the second follow-up waits
    QVERIFY(!interview->nextFollowUp());
    interview->nextPhase();
    QVERIFY(!interview->nextFollowUp()); // in the review
    QCOMPARE(transcript.take(), QStringList {u"prompt: "_s + interview->phases()[4].prompt});
    QCOMPARE(interview->timings()[0].followUpsAsked, 1);
}

void TestInterviewSession::reviewIsNotCounted()
{
    const auto interview = session(InterviewMode::Quick);
    interview->start();
    Transcript transcript(*interview);
    m_clock.advance(4 * 60);
    interview->nextPhase();
    QCOMPARE(interview->stage(), Stage::Review);
    m_clock.advance(20 * 60);
    interview->tick();
    QVERIFY(transcript.takeCues().isEmpty());
    QCOMPARE(interview->sessionElapsedMs(), 4 * kMinute);
    QCOMPARE(interview->sessionRemainingMs(), 11 * kMinute);
    QCOMPARE(interview->phaseRemainingMs(), 0);
    QVERIFY(!interview->isOvertime());
    QCOMPARE(interview->timings()[0].phaseMs, QList<qint64> {4 * kMinute});

    interview->nextQuestion();
    QCOMPARE(interview->phaseElapsedMs(), 0);
    m_clock.advance(30);
    QCOMPARE(interview->sessionElapsedMs(), 4 * kMinute + 30 * 1000);
}

void TestInterviewSession::endFromTheMiddle()
{
    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    Transcript transcript(*interview);
    QSignalSpy stageChanges(interview.get(), &InterviewSession::stageChanged);
    m_clock.advance(5 * 60);
    interview->nextPhase();
    m_clock.advance(2 * 60);
    interview->end();
    QCOMPARE(interview->stage(), Stage::Finished);
    QCOMPARE(stageChanges.size(), 2);
    QCOMPARE(interview->questionIndex(), -1);
    QCOMPARE(interview->phaseIndex(), -1);
    QVERIFY(interview->currentQuestion().cardId.isEmpty());
    QCOMPARE(interview->timings()[0].phaseMs, (QList<qint64> {5 * kMinute, 2 * kMinute, 0, 0, 0}));
    QCOMPARE(interview->timings()[1].phaseMs, (QList<qint64> {0, 0, 0, 0, 0}));
    QCOMPARE(interview->timings()[1].skipped, false);

    m_clock.advance(60 * 60); // nothing runs or speaks any more
    transcript.take();
    interview->tick();
    interview->start();
    interview->nextPhase();
    interview->nextQuestion();
    interview->skipQuestion();
    interview->end();
    QVERIFY(!interview->nextFollowUp());
    QVERIFY(transcript.take().isEmpty());
    QCOMPARE(stageChanges.size(), 2);
    QCOMPARE(interview->sessionElapsedMs(), 7 * kMinute);
}

void TestInterviewSession::lastQuestionFinishes()
{
    const auto interview = session(InterviewMode::Quick);
    interview->start();
    for (int question = 0; question < 3; ++question) {
        QCOMPARE(interview->questionIndex(), question);
        m_clock.advance(60);
        interview->nextPhase();
        QCOMPARE(interview->stage(), Stage::Review);
        interview->nextQuestion();
    }
    QCOMPARE(interview->stage(), Stage::Finished);
    QCOMPARE(interview->sessionElapsedMs(), 3 * kMinute);
    QCOMPARE(interview->sessionRemainingMs(), 12 * kMinute);
}

void TestInterviewSession::noQuestionsFinishesAtOnce()
{
    const auto interview = session(InterviewMode::Quick, {}, {});
    Transcript transcript(*interview);
    interview->start();
    QCOMPARE(interview->stage(), Stage::Finished);
    QVERIFY(transcript.take().isEmpty());
    QCOMPARE(interview->sessionRemainingMs(), 0);
}

void TestInterviewSession::snapshotRestoresMidPhase()
{
    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    m_clock.advance(5 * 60);
    interview->nextPhase();
    m_clock.advance(5 * 60);
    interview->nextPhase();
    m_clock.advance(15 * 60);
    interview->nextPhase(); // the deep dive
    QVERIFY(interview->nextFollowUp());
    m_clock.advance(8 * 60);
    interview->tick(); // half time given
    m_clock.advanceMs(30'250);
    const qint64 phaseElapsed = 8 * kMinute + 30'250;
    QCOMPARE(interview->phaseElapsedMs(), phaseElapsed);

    // Through bytes, as the autosave keeps it.
    const QByteArray saved = QJsonDocument(interview->snapshot()).toJson();
    m_clock.advance(3 * 3600); // the app was closed for three hours

    auto restored = InterviewSession::restore(m_clock, QJsonDocument::fromJson(saved).object());
    QVERIFY2(restored.isOk(), qPrintable(restored.errorMessage()));
    InterviewSession &again = *restored.value;
    QVERIFY(again.isPaused());
    QCOMPARE(again.mode(), InterviewMode::SystemDesign);
    QCOMPARE(again.phases(), interview->phases());
    QCOMPARE(again.questionCount(), 3);
    QCOMPARE(again.currentQuestion().followUps, threeQuestions()[0].followUps);
    QCOMPARE(again.stage(), Stage::Phase);
    QCOMPARE(again.questionIndex(), 0);
    QCOMPARE(again.phaseIndex(), 3);
    QCOMPARE(again.phaseElapsedMs(), phaseElapsed);
    QCOMPARE(again.sessionElapsedMs(), 25 * kMinute + phaseElapsed);
    QCOMPARE(again.timings()[0].phaseMs,
        (QList<qint64> {5 * kMinute, 5 * kMinute, 15 * kMinute, phaseElapsed, 0}));

    Transcript transcript(again);
    again.tick(); // half time was given before the snapshot
    QVERIFY(transcript.takeCues().isEmpty());
    m_clock.advance(10 * 60);
    QCOMPARE(again.phaseElapsedMs(), phaseElapsed); // paused until the user resumes
    again.resume();
    m_clock.advanceMs(14 * kMinute - phaseElapsed);
    again.tick();
    QCOMPARE(transcript.takeCues(), QList<Cue> {Cue::OneMinuteLeft});
    QCOMPARE(again.phaseElapsedMs(), 14 * kMinute);
    QVERIFY(again.nextFollowUp()); // the first one was asked before: this is the second
    QVERIFY(!again.nextFollowUp());
    QCOMPARE(transcript.take(),
        QStringList({u"cue OneMinuteLeft: One minute left for the deep dive."_s,
            u"follow-up: How would you expire links?"_s}));
}

void TestInterviewSession::snapshotRestoresEveryStage_data()
{
    QTest::addColumn<int>("moves"); // nextPhase() calls after start(); -1: not started, 99: ended
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("paused");

    QTest::newRow("not started") << -1 << Stage::NotStarted << false;
    QTest::newRow("answering") << 0 << Stage::Phase << true;
    QTest::newRow("review") << 1 << Stage::Review << true;
    QTest::newRow("finished") << 99 << Stage::Finished << false;
}

void TestInterviewSession::snapshotRestoresEveryStage()
{
    QFETCH(int, moves);
    QFETCH(Stage, stage);
    QFETCH(bool, paused);

    const auto interview = session(InterviewMode::Quick);
    if (moves >= 0)
        interview->start();
    m_clock.advance(90);
    for (int i = 0; i < moves && i < 2; ++i)
        interview->nextPhase();
    if (moves == 99)
        interview->end();
    interview->skipQuestion(); // skips in a phase only: in the review and later, nothing

    auto restored = InterviewSession::restore(m_clock, interview->snapshot());
    QVERIFY2(restored.isOk(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored.value->stage(), stage);
    QCOMPARE(restored.value->isPaused(), paused);
    QCOMPARE(restored.value->questionIndex(), interview->questionIndex());
    QCOMPARE(restored.value->phaseIndex(), interview->phaseIndex());
    QCOMPARE(restored.value->sessionElapsedMs(), interview->sessionElapsedMs());
    QCOMPARE(restored.value->sessionRemainingMs(), interview->sessionRemainingMs());
    QCOMPARE(restored.value->timings()[0].skipped, interview->timings()[0].skipped);
    QCOMPARE(restored.value->timings()[0].phaseMs, interview->timings()[0].phaseMs);
    restored.value->resume();
    QCOMPARE(restored.value->snapshot(), interview->snapshot());
}

void TestInterviewSession::malformedSnapshotIsRefused_data()
{
    QTest::addColumn<QString>("path"); // into the snapshot, "phases/0/minutes"
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("problem");

    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("empty") << QString() << QJsonValue(QJsonObject()) << u"“version” is missing"_s;
    QTest::newRow("newer format") << u"version"_s << QJsonValue(2)
                                  << u"it was saved in format 2 by another version of ArchDeck, "
                                     "and this one reads format 1"_s;
    QTest::newRow("unknown mode") << u"mode"_s << QJsonValue(u"marathon"_s)
                                  << u"“mode” must be one of: quick, system-design"_s;
    QTest::newRow("no phases") << u"phases"_s << removed << u"“phases” is missing"_s;
    QTest::newRow("phases not a list")
        << u"phases"_s << QJsonValue(u"five"_s) << u"“phases” must be a list"_s;
    QTest::newRow("empty phases") << u"phases"_s << QJsonValue(QJsonArray())
                                  << u"“phases” must list at least one phase"_s;
    QTest::newRow("phase not an object")
        << u"phases/1"_s << QJsonValue(7) << u"“phases[1]” must be an object"_s;
    QTest::newRow("minutes as text")
        << u"phases/0/minutes"_s << QJsonValue(u"5"_s)
        << u"“phases[0].minutes” must be a whole number from 1 to 1440"_s;
    QTest::newRow("zero minutes") << u"phases/0/minutes"_s << QJsonValue(0)
                                  << u"“phases[0].minutes” must be a whole number from 1 to 1440"_s;
    QTest::newRow("fractional minutes")
        << u"phases/2/minutes"_s << QJsonValue(2.5)
        << u"“phases[2].minutes” must be a whole number from 1 to 1440"_s;
    QTest::newRow("no prompt") << u"phases/4/prompt"_s << removed
                               << u"“phases[4].prompt” is missing"_s;
    QTest::newRow("follow-ups flag as text") << u"phases/3/followUps"_s << QJsonValue(u"yes"_s)
                                             << u"“phases[3].followUps” must be true or false"_s;
    QTest::newRow("no questions") << u"questions"_s << removed << u"“questions” is missing"_s;
    QTest::newRow("question as a number")
        << u"questions/1/question"_s << QJsonValue(3) << u"“questions[1].question” must be text"_s;
    QTest::newRow("follow-up as a number") << u"questions/0/followUps/1"_s << QJsonValue(3)
                                           << u"“questions[0].followUps[1]” must be text"_s;
    QTest::newRow("unknown stage")
        << u"stage"_s << QJsonValue(u"thinking"_s)
        << u"“stage” must be one of: not-started, phase, review, finished"_s;
    QTest::newRow("question out of range")
        << u"question"_s << QJsonValue(3) << u"“question” must be a whole number from 0 to 2"_s;
    QTest::newRow("phase out of range")
        << u"phase"_s << QJsonValue(5) << u"“phase” must be a whole number from 0 to 4"_s;
    QTest::newRow("no phase while in one")
        << u"phase"_s << QJsonValue(-1) << u"“phase” must be a whole number from 0 to 4"_s;
    QTest::newRow("unknown cue") << u"cuesGiven/0"_s << QJsonValue(u"soon"_s)
                                 << u"“cuesGiven[0]” must be one of: half-time, "
                                    "one-minute-left, overtime"_s;
    QTest::newRow("progress of another plan")
        << u"progress/2"_s << removed
        << u"“progress” must have one entry per question (3, not 2)"_s;
    QTest::newRow("negative time")
        << u"progress/0/phaseMs/1"_s << QJsonValue(-5)
        << u"“progress[0].phaseMs[1]” must be a whole number from 0 to 9007199254740992"_s;
    QTest::newRow("time of another plan")
        << u"progress/1/phaseMs"_s << QJsonValue(QJsonArray {1, 2})
        << u"“progress[1].phaseMs” must have one entry per phase (5, not 2)"_s;
    QTest::newRow("more follow-ups asked than there are")
        << u"progress/0/followUpsAsked"_s << QJsonValue(3)
        << u"“progress[0].followUpsAsked” must be a whole number from 0 to 2"_s;
    QTest::newRow("skipped as a number") << u"progress/2/skipped"_s << QJsonValue(0)
                                         << u"“progress[2].skipped” must be true or false"_s;
}

void TestInterviewSession::malformedSnapshotIsRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);

    const auto interview = session(InterviewMode::SystemDesign);
    interview->start();
    interview->nextPhase();
    interview->nextPhase();
    interview->nextPhase();
    interview->nextFollowUp();
    m_clock.advance(8 * 60);
    interview->tick(); // half time: "cuesGiven" has one
    QVERIFY(InterviewSession::restore(m_clock, interview->snapshot()).isOk()); // unchanged: fine

    const QJsonObject damaged
        = replaced(interview->snapshot(), path.split(u'/', Qt::SkipEmptyParts), value).toObject();
    const auto restored = InterviewSession::restore(m_clock, damaged);
    QVERIFY(!restored.isOk());
    QVERIFY(!restored.value);
    QCOMPARE(
        restored.errorMessage(), u"This saved interview cannot be resumed: "_s + problem + u'.');
}

QTEST_GUILESS_MAIN(TestInterviewSession)
#include "tst_interviewsession.moc"

// The mock interview's session screen, offscreen, with the real layout worker and a fake clock:
// the interviewer's turns in the transcript, the countdown and overtime, P / N / Ctrl+Right /
// Ctrl+Shift+S / Ctrl+Shift+E, the model answer in review, each question's drawing and notes
// kept, and a snapshot that brings the session back, drawings and notes included, paused.
#include "deck.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "interviewclock.h"
#include "interviewhistoryview.h"
#include "interviewsession.h"
#include "interviewsessionview.h"
#include "interviewsetupview.h"
#include "queryfield.h"
#include "rubricpanel.h"
#include "diffview.h"
#include "layoutengine.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QChartView>
#include <QComboBox>
#include <QTreeWidget>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPatienceMs = 20000; // a cap for the worker, not a timing assertion

QList<InterviewQuestion> questionsFrom(const Deck &deck, const QStringList &ids)
{
    QList<InterviewQuestion> questions;
    for (const QString &id : ids) {
        const Card *card = deck.card(id);
        InterviewQuestion q {id, card->title, {}};
        for (const FollowUp &followUp : card->followUps)
            q.followUps << followUp.question;
        if (q.followUps.isEmpty())
            q.followUps = {u"What would break first?"_s, u"How would you test it?"_s};
        questions << q;
    }
    return questions;
}

bool contains(const QStringList &lines, const QString &part)
{
    for (const QString &line : lines)
        if (line.contains(part))
            return true;
    return false;
}

} // namespace

class TestInterviewView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aQuickRoundFromQuestionToFinish();
    void countdownTurnsIntoOvertime();
    void snapshotBringsTheSessionBack();
    void setupShowsThePlanLiveAndStartsIt();
    void setupSaysWhatIsWrongAndWillNotStart();
    void aBrokenReferenceDiagramIsNamedInTheReview();
    void historyChartsTheScoredSessions();
    void whiteboardsCanStartWithTheClients();

private:
    void press(QWidget *view, QKeySequence key);
    QTemporaryDir m_dir;
    Deck m_deck;
};

void TestInterviewView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(u"settings"_s));
    m_deck = loadFixtureDeck();
    Theme::apply(Theme::Kind::Light);
}

void TestInterviewView::press(QWidget *view, QKeySequence key)
{
    // Through the action the key is bound to, as the shortcut map would: offscreen windows
    // are never active, so window shortcuts do not reach them.
    for (QAction *action : view->actions())
        if (action->shortcut() == key) {
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
            action->trigger();
            return;
        }
    QFAIL(qPrintable(u"no action for "_s + key.toString()));
}

void TestInterviewView::aQuickRoundFromQuestionToFinish()
{
    FakeClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    LayoutEngine engine;
    InterviewSessionView view(&m_deck, &engine, &clock);
    view.resize(1200, 800);
    view.show();
    QSignalSpy finished(&view, &InterviewSessionView::finished);
    QSignalSpy snapshots(&view, &InterviewSessionView::snapshotDue);
    QSignalSpy spoken(&view, &InterviewSessionView::spoken);
    const QList<InterviewQuestion> questions
        = questionsFrom(m_deck, {u"f01-queue-basics"_s, u"f03-dead-letter"_s});
    view.run(std::make_unique<InterviewSession>(
        clock, InterviewMode::Quick, QList<InterviewPhase> {}, questions));

    // The question, then the phase's prompt, in the transcript and for the voice.
    QCOMPARE(view.findChild<QLabel *>(u"interviewQuestion"_s)->text(), questions.at(0).question);
    QVERIFY(contains(view.transcript(), questions.at(0).question));
    QCOMPARE(spoken.size(), 2);
    QVERIFY(!snapshots.isEmpty());

    // Draw on the whiteboard (once its empty drawing is read) and take notes.
    QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->document()->isLoading(), kPatienceMs);
    QVERIFY(view.editor()->quickAdd(u"producer -> queue:queue -> consumer"_s));
    view.notesEdit()->setPlainText(u"- decouples **rates**"_s);

    // P pauses: the clock stops counting.
    press(&view, QKeySequence(Qt::Key_P));
    QVERIFY(view.session()->isPaused());
    clock.advance(120);
    QCOMPARE(view.session()->phaseElapsedMs(), 0);
    press(&view, QKeySequence(Qt::Key_P));
    QVERIFY(!view.session()->isPaused());

    // N: the follow-ups one by one.
    press(&view, QKeySequence(Qt::Key_N));
    QVERIFY(contains(view.transcript(), questions.at(0).followUps.at(0)));

    // Half time comes as a cue on the view's own timer.
    clock.advance(150);
    QTRY_VERIFY_WITH_TIMEOUT(contains(view.transcript(), u"Halfway"_s), kPatienceMs);

    // Ctrl+Right: the review shows the model answer instead of the whiteboard.
    press(&view, QKeySequence(Qt::CTRL | Qt::Key_Right));
    QCOMPARE(view.session()->stage(), InterviewSession::Stage::Review);
    auto *work = view.findChild<QStackedWidget *>();
    QVERIFY(work);
    QCOMPARE(work->currentWidget()->objectName(), u"interviewReview"_s);
    QVERIFY(!view.editor()->isEnabled());

    // Score yourself with four keys: 3 on the first row moves on to the next row's 3.
    RubricPanel *rubric = view.rubricPanel();
    QCOMPARE(rubric->criteria().size(), 4);
    QCOMPARE(rubric->scores(), QList<int>({-1, -1, -1, -1}));
    auto *first = rubric->findChild<QWidget *>(u"rubric_0_3"_s);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    QVERIFY(!rubric->scoresComplete());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QCOMPARE(rubric->scores(), QList<int>({3, 2, 2, 1}));
    QVERIFY(rubric->scoresComplete());
    QCOMPARE(view.rubricScores().at(0), QList<int>({3, 2, 2, 1}));

    // Your drawing against the card's diagram, scored for the report.
    QTRY_VERIFY_WITH_TIMEOUT(view.diffScores().at(0) >= 0, kPatienceMs);
    QVERIFY(view.diffScores().at(0) <= 1);
    QVERIFY(view.diffView()->isVisible());

    // Next question: a clean whiteboard and notes; the first question's are kept.
    press(&view, QKeySequence(Qt::CTRL | Qt::Key_Right));
    QCOMPARE(view.session()->questionIndex(), 1);
    QCOMPARE(view.findChild<QLabel *>(u"interviewQuestion"_s)->text(), questions.at(1).question);
    QVERIFY(view.notesEdit()->toPlainText().isEmpty());
    QVERIFY(view.drawings().at(0).contains(u"consumer"_s));
    QCOMPARE(view.notes().at(0), u"- decouples **rates**"_s);
    QVERIFY(view.drawings().at(1).isEmpty());
    QCOMPARE(view.rubricScores().at(0), QList<int>({3, 2, 2, 1})); // kept for the report
    QVERIFY(view.rubricScores().at(1).isEmpty());
    QCOMPARE(view.diffScores().at(1), -1.0); // not reviewed
    QCOMPARE(InterviewSessionView::rubricOf(view.snapshot()).at(0), QList<int>({3, 2, 2, 1}));

    // Ctrl+Shift+E ends it.
    press(&view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(view.session()->stage(), InterviewSession::Stage::Finished);
    for (QAction *action : view.sessionActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
}

void TestInterviewView::countdownTurnsIntoOvertime()
{
    FakeClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    LayoutEngine engine;
    InterviewSessionView view(&m_deck, &engine, &clock);
    view.show();
    view.run(std::make_unique<InterviewSession>(clock, InterviewMode::SystemDesign,
        QList<InterviewPhase> {}, questionsFrom(m_deck, {u"f04-cache-aside"_s})));
    InterviewClockView *timer = view.clockView();
    timer->refresh();
    QCOMPARE(timer->phaseText(), u"5:00"_s);
    QCOMPARE(timer->sessionText(), u"Session: 45:00 left"_s);
    clock.advanceMs(4 * 60000 + 30500);
    timer->refresh();
    QCOMPARE(timer->phaseText(), u"0:30"_s);
    clock.advance(90);
    timer->refresh();
    QCOMPARE(timer->phaseText(), u"+1:00"_s); // over the box, still counting
    QVERIFY(timer->findChild<QLabel *>(u"interviewPhaseTime"_s)->palette().color(QPalette::WindowText)
        != view.palette().color(QPalette::WindowText));
    QCOMPARE(view.session()->stage(), InterviewSession::Stage::Phase); // nothing stops
    QCOMPARE(InterviewClockView::countdownText(-3723000), u"+1:02:03"_s);
    QCOMPARE(InterviewClockView::countdownText(1), u"0:01"_s);
}

void TestInterviewView::snapshotBringsTheSessionBack()
{
    FakeClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    LayoutEngine engine;
    QJsonObject saved;
    {
        InterviewSessionView view(&m_deck, &engine, &clock);
        view.show();
        view.run(std::make_unique<InterviewSession>(clock, InterviewMode::Quick,
            QList<InterviewPhase> {}, questionsFrom(m_deck, {u"f05-write-through"_s})));
        QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->document()->isLoading(), kPatienceMs);
        QVERIFY(view.editor()->quickAdd(u"app -> cache:cache -> db:database"_s));
        view.notesEdit()->setPlainText(u"write both, in order"_s);
        clock.advance(100);
        saved = view.snapshot();
    }
    clock.advance(3600); // the app was closed for an hour

    auto restored = InterviewSession::restore(clock, saved);
    QVERIFY2(restored.isOk(), qPrintable(restored.errorMessage()));
    InterviewSessionView view(&m_deck, &engine, &clock);
    view.show();
    view.run(std::move(restored.value), InterviewSessionView::drawingsOf(saved),
        InterviewSessionView::notesOf(saved));
    QVERIFY(view.session()->isPaused());
    QCOMPARE(view.session()->phaseElapsedMs(), 100000);
    QCOMPARE(view.notesEdit()->toPlainText(), u"write both, in order"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view.editor()->document()->graph().node(u"cache"_s), kPatienceMs);
    QVERIFY(contains(view.transcript(), u"Resumed"_s));
}

void TestInterviewView::setupShowsThePlanLiveAndStartsIt()
{
    InterviewSetupView setup(&m_deck);
    setup.show();
    QSignalSpy started(&setup, &InterviewSetupView::startRequested);
    setup.seedEdit()->setText(u"42"_s);
    setup.questionsBox()->setValue(4);
    QCOMPARE(setup.planList()->count(), 4);
    const InterviewPlan first = setup.plan().value;
    QCOMPARE(first.cardIds.size(), 4);
    // The same seed, the same plan: what InterviewPlanner gives for these settings.
    QCOMPARE(first.cardIds, InterviewPlanner::plan(m_deck, setup.settings(), {}).value.cardIds);
    QVERIFY(setup.planList()->item(0)->text().startsWith(u"1. "_s));

    // System design: five phases with their minutes; a changed box changes the plan's time.
    setup.modeBox()->setCurrentIndex(setup.modeBox()->findData(int(InterviewMode::SystemDesign)));
    QCOMPARE(setup.minuteBoxes().size(), 5);
    QCOMPARE(setup.plan().value.minutesPerQuestion(), 45);
    setup.minuteBoxes().at(2)->setValue(20);
    QCOMPARE(setup.plan().value.minutesPerQuestion(), 50);
    QCOMPARE(setup.plan().value.totalMinutes(), 200);

    // A section narrows it; the voice is off where it cannot speak, with the reason.
    setup.sectionsEdit()->setText(u"beta"_s);
    QCOMPARE(setup.planList()->count(), 2);
    setup.setVoiceAvailable(false, u"No audio output was found."_s);
    QVERIFY(!setup.findChild<QCheckBox *>(u"interviewVoice"_s)->isEnabled());
    QVERIFY(!setup.voiceWanted());

    setup.startButton()->click();
    QCOMPARE(started.size(), 1);
    const auto plan = started.constFirst().at(0).value<InterviewPlan>();
    QCOMPARE(plan.cardIds.size(), 2);
    QCOMPARE(plan.mode, InterviewMode::SystemDesign);
    QCOMPARE(plan.phases.at(2).minutes, 20);
}

void TestInterviewView::setupSaysWhatIsWrongAndWillNotStart()
{
    InterviewSetupView setup(&m_deck);
    setup.show();
    QSignalSpy started(&setup, &InterviewSetupView::startRequested);
    setup.sectionsEdit()->setText(u"astrology"_s);
    QVERIFY(!setup.startButton()->isEnabled());
    QVERIFY2(setup.problemLabel()->text().contains(u"no section is called 'astrology'"_s),
        qPrintable(setup.problemLabel()->text()));
    QCOMPARE(setup.planList()->count(), 0);
    setup.sectionsEdit()->clear();
    setup.queryField()->lineEdit()->setText(u"prop:zz>1"_s);
    QVERIFY(setup.queryField()->hasError()); // underlined where it is wrong
    QVERIFY(!setup.startButton()->isEnabled());
    setup.queryField()->lineEdit()->clear();
    setup.seedEdit()->setText(u"soon"_s);
    QVERIFY(setup.problemLabel()->text().contains(u"seed"_s));
    setup.startButton()->click();
    QCOMPARE(started.size(), 0);
    setup.seedEdit()->setText(u"7"_s);
    QVERIFY(setup.startButton()->isEnabled());
    QVERIFY(setup.problemLabel()->isHidden());
}

void TestInterviewView::aBrokenReferenceDiagramIsNamedInTheReview()
{
    // A deck of your own whose card diagram does not parse: the review says which file and line,
    // where the diff would be, and the session goes on.
    QTemporaryDir deckDir;
    QVERIFY(QDir().mkpath(deckDir.filePath(u"diagrams"_s)));
    QVERIFY(QFile::copy(fixtureDeckPath() + u"/f03-dead-letter.md"_s,
        deckDir.filePath(u"f03-dead-letter.md"_s)));
    QFile broken(deckDir.filePath(u"diagrams/f03-dead-letter.dot"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("digraph {\n  producer -> ;\n}\n");
    broken.close();
    const Deck deck = Deck::load(deckDir.path(), u"mine/"_s);
    QVERIFY(deck.card(u"f03-dead-letter"_s));

    FakeClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    LayoutEngine engine;
    InterviewSessionView view(&deck, &engine, &clock);
    view.resize(1200, 800);
    view.show();
    view.run(std::make_unique<InterviewSession>(clock, InterviewMode::Quick,
        QList<InterviewPhase> {}, questionsFrom(deck, {u"f03-dead-letter"_s})));
    QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->document()->isLoading(), kPatienceMs);
    QVERIFY(view.editor()->quickAdd(u"producer -> dlq:queue"_s));
    press(&view, QKeySequence(Qt::CTRL | Qt::Key_Right));
    QCOMPARE(view.session()->stage(), InterviewSession::Stage::Review);
    QTRY_VERIFY_WITH_TIMEOUT(view.referenceProblemLabel()->isVisible(), kPatienceMs);
    const QString problem = view.referenceProblemLabel()->text();
    QVERIFY2(problem.contains(u"f03-dead-letter.dot:2"_s), qPrintable(problem));
    QVERIFY(!view.diffView()->isVisible());
    QCOMPARE(view.diffScores().at(0), -1.0);
    QVERIFY(contains(view.transcript(), u"could not be read"_s));
    press(&view, QKeySequence(Qt::CTRL | Qt::Key_Right)); // and on: the session finishes
    QCOMPARE(view.session()->stage(), InterviewSession::Stage::Finished);
}

void TestInterviewView::historyChartsTheScoredSessions()
{
    const auto session = [](int day, QList<int> rubric) {
        InterviewRecord record;
        record.startedAt = QDateTime(QDate(2026, 11, day), QTime(18, 0), Qt::UTC);
        record.endedAt = record.startedAt.addSecs(300);
        record.mode = u"quick"_s;
        record.phaseNames = {u"Answer"_s};
        record.phaseMinutes = {5};
        record.rubric = {u"Requirements"_s, u"Design"_s, u"Trade-offs"_s, u"Communication"_s};
        InterviewQuestionRecord question;
        question.cardId = u"f01-queue-basics"_s;
        question.phaseMs = {240000};
        question.overtimeMs = {0};
        question.rubric = rubric;
        record.questions = {question};
        return record;
    };
    InterviewHistoryView view;
    view.resize(900, 600);
    view.show();
    // Nothing yet: no empty chart, a sentence instead.
    view.setHistory({});
    QVERIFY(!view.chartView()->isVisible());
    QVERIFY(view.chartNote()->text().contains(u"two scored sessions"_s));

    // Newest first, as the store gives them; the unscored one is listed but not charted.
    view.setHistory({session(20, {3, 3, 3, 3}), session(12, {}), session(5, {1, 2, 1, 2})});
    QCOMPARE(view.sessionList()->topLevelItemCount(), 3);
    QVERIFY(view.chartView()->isVisible());
    const QList<QPointF> points = view.chartPoints();
    QCOMPARE(points.size(), 2);
    QVERIFY(points.at(0).x() < points.at(1).x()); // oldest first
    QCOMPARE(points.at(0).y(), 50.0);
    QCOMPARE(points.at(1).y(), 100.0);
    QCOMPARE(view.sessionList()->topLevelItem(0)->text(5), u"Strong hire"_s);
    QCOMPARE(view.sessionList()->topLevelItem(1)->text(4), u"—"_s);

    // Enter on a row opens its report.
    QSignalSpy opened(&view, &InterviewHistoryView::recordOpened);
    view.sessionList()->setCurrentItem(view.sessionList()->topLevelItem(2));
    view.findChild<QPushButton *>(u"interviewHistoryOpen"_s)->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<InterviewRecord>().startedAt.date(), QDate(2026, 11, 5));
}

void TestInterviewView::whiteboardsCanStartWithTheClients()
{
    FakeClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    LayoutEngine engine;
    InterviewSessionView view(&m_deck, &engine, &clock);
    view.resize(1200, 800);
    view.show();
    view.setStartWithClients(true);
    view.run(std::make_unique<InterviewSession>(clock, InterviewMode::Quick,
        QList<InterviewPhase> {}, questionsFrom(m_deck, {u"f06-rate-limits"_s, u"f01-queue-basics"_s})));

    // The card's client is on the canvas, as the card names it; that alone is nothing drawn.
    QTRY_VERIFY_WITH_TIMEOUT(view.editor()->document()->text().contains("Partner"), kPatienceMs);
    QVERIFY(!view.editor()->document()->text().contains("gw")); // the rest is yours to draw
    QVERIFY(view.drawings().at(0).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->document()->isLoading(), kPatienceMs);
    QVERIFY(view.editor()->quickAdd(u"client -> limiter:gateway"_s));
    QVERIFY(view.drawings().at(0).contains(u"Partner"_s));
    QVERIFY(view.drawings().at(0).contains(u"limiter"_s));

    // A card without clients or actors: an empty whiteboard, laid out as its diagram is.
    press(&view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(view.session()->questionIndex(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->document()->isLoading(), kPatienceMs);
    QVERIFY(view.drawings().at(1).isEmpty());
    QVERIFY(view.drawings().at(0).contains(u"limiter"_s)); // kept
}

QTEST_MAIN(TestInterviewView)

#include "tst_interviewview.moc"

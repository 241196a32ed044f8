// The Interview page in the real window, offscreen, with the real layout worker, a collection in a
// temporary folder and a fake clock: a 2-question quick round from the setup to the saved report
// (a node drawn, rubric scored, a card graded, both questions in the report, Markdown and PDF
// exported), the history with its chart, resume after the window is destroyed mid-session with
// the clock where it stopped, focus mode, and the voice getting the interviewer's turns.
#include "cardview.h"
#include "collectionstore.h"
#include "deck.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "diffview.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "interviewgraderow.h"
#include "interviewhistoryview.h"
#include "interviewpage.h"
#include "interviewreportview.h"
#include "interviewsession.h"
#include "interviewsessionview.h"
#include "interviewsetupview.h"
#include "interviewvoice.h"
#include "mainwindow.h"
#include "rubricpanel.h"
#include "speechengine.h"
#include "studypage.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoGroup>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPatienceMs = 20000; // a cap for the worker, not a timing assertion

class FakeSpeechEngine : public SpeechEngine
{
public:
    VoiceAvailability availability() const override { return VoiceAvailability::yes(); }
    QStringList voiceNames() const override { return {u"kal"_s}; }
    void apply(const VoiceSettings &) override { }
    void speak(const QString &text) override
    {
        spoken.append(text);
        emit finished(); // at once: the next turn goes out
    }
    void stop() override { }

    QStringList spoken;
};

void trigger(QWidget *owner, const QString &name)
{
    auto *action = owner->findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    QVERIFY2(action->isEnabled(), qPrintable(name));
    action->trigger();
}

} // namespace

class TestInterviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void quickRoundFromSetupToTheSavedReport();
    void resumeAfterTheWindowIsDestroyedMidSession();
    void focusModeAndShortcuts();

private:
    /// A window on `store` showing the Interview page, a 2-question quick round set up.
    std::unique_ptr<MainWindow> openWindow(
        CollectionStore *store, FakeSpeechEngine **engine = nullptr);
    void startQuickRound(InterviewPage *page);

    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    Deck m_deck;
    std::unique_ptr<InterviewVoice> m_voice;
};

void TestInterviewPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(u"settings"_s));
    m_deck = loadFixtureDeck();
    QVERIFY(m_deck.diagnostics().isEmpty());
}

void TestInterviewPage::init()
{
    Theme::apply(Theme::Kind::Light);
}

std::unique_ptr<MainWindow> TestInterviewPage::openWindow(
    CollectionStore *store, FakeSpeechEngine **engine)
{
    auto window = std::make_unique<MainWindow>(&m_deck, &m_clock);
    auto fake = std::make_unique<FakeSpeechEngine>();
    if (engine)
        *engine = fake.get();
    m_voice = std::make_unique<InterviewVoice>(std::move(fake));
    window->interviewPage()->setVoice(m_voice.get());
    window->setCollection(store, QString());
    window->resize(1400, 900);
    window->show();
    return window;
}

void TestInterviewPage::startQuickRound(InterviewPage *page)
{
    InterviewSetupView *setup = page->setupView();
    setup->questionsBox()->setValue(2);
    setup->modeBox()->setCurrentIndex(setup->modeBox()->findData(int(InterviewMode::Quick)));
    setup->seedEdit()->setText(u"7"_s);
    QVERIFY(setup->plan().isOk());
    QCOMPARE(setup->plan().value.cardIds.size(), 2);
    QVERIFY(setup->startButton()->isEnabled());
    trigger(page, u"startInterviewAction"_s); // Ctrl+Return
    QVERIFY(!page->findChild<QAction *>(u"startInterviewAction"_s)->isEnabled()); // one at a time
    QCOMPARE(page->view(), InterviewPage::View::Session);
    QVERIFY(page->isSessionLive());
}

void TestInterviewPage::quickRoundFromSetupToTheSavedReport()
{
    QTemporaryDir data;
    CollectionStore store;
    QVERIFY(store.open(data.path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    FakeSpeechEngine *engine = nullptr;
    const auto window = openWindow(&store, &engine);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    InterviewPage *page = window->interviewPage();
    trigger(window.get(), u"goInterviewAction"_s);
    QCOMPARE(window->currentPage(), page);
    QVERIFY(!page->isResumeOffered());

    // The voice is on: it gets the question and the prompt.
    page->setupView()->findChild<QCheckBox *>(u"interviewVoice"_s)->setChecked(true);
    startQuickRound(page);
    InterviewSessionView *view = page->sessionView();
    const QList<InterviewQuestion> questions = view->session()->questions();
    QCOMPARE(questions.size(), 2);
    QTRY_VERIFY(engine->spoken.contains(questions.at(0).question));
    QCOMPARE(window->undoGroup()->activeStack(), view->undoStack());
    QVERIFY(page->tabText().contains(u"running"_s));

    // A node on the whiteboard, notes, two minutes on the clock.
    QTRY_VERIFY_WITH_TIMEOUT(!view->editor()->document()->isLoading(), kPatienceMs);
    QVERIFY(view->editor()->quickAdd(u"orders:service"_s));
    QTRY_VERIFY_WITH_TIMEOUT(view->drawings().at(0).contains(u"orders"_s), kPatienceMs);
    view->notesEdit()->setPlainText(u"Idempotency keys on **every** write."_s);
    m_clock.advance(120);

    // N: a follow-up, said under the question and given to the voice.
    trigger(page, u"interviewFollowUp"_s);
    QVERIFY(view->lastTurnLabel()->text().contains(questions.at(0).followUps.at(0)));
    QTRY_VERIFY(engine->spoken.contains(questions.at(0).followUps.at(0)));
    m_clock.advance(200); // past the box: the overtime cue goes to the transcript, not over it
    QTRY_VERIFY(view->transcript().constLast().contains(u"over time"_s));
    QVERIFY(view->lastTurnLabel()->text().contains(questions.at(0).followUps.at(0)));

    QVERIFY(!page->findChild<QAction *>(u"interviewGradeGoodAction"_s)->isEnabled()); // not yet
    // The review: score the rubric and grade the card Good for spaced repetition.
    trigger(page, u"interviewNextPhase"_s);
    QCOMPARE(view->session()->stage(), InterviewSession::Stage::Review);
    view->rubricPanel()->setScores({3, 2, 2, 3});
    QCOMPARE(view->rubricPanel()->findChild<QLabel *>(u"rubricTotal"_s)->text(),
        u"10 of 12 points (4 of 4 criteria scored)"_s);
    QVERIFY(view->answerView()->isAnswerRevealed());
    for (int i = 0; i < view->answerView()->followUpCount(); ++i)
        QVERIFY(view->answerView()->isFollowUpOpen(i));
    trigger(page, u"interviewGradeGoodAction"_s); // Ctrl+Alt+3
    const auto reviews = store.reviews(questions.at(0).cardId);
    QVERIFY(reviews.isOk());
    QCOMPARE(reviews.value.size(), 1);
    QCOMPARE(reviews.value.constFirst().rating, Rating::Good);
    QVERIFY(!view->gradeRow()->button(Rating::Good)->isEnabled()); // one grade a question
    QVERIFY(!page->findChild<QAction *>(u"interviewGradeEasyAction"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(view->diffScores().at(0) >= 0, kPatienceMs);

    // The second question: a minute, then its review, then the end.
    trigger(page, u"interviewNextPhase"_s);
    QCOMPARE(view->session()->questionIndex(), 1);
    m_clock.advance(60);
    trigger(page, u"interviewNextPhase"_s);
    // Half scored: the first press says so and stays; scored in full, it goes on.
    view->rubricPanel()->setScores({1, 1, -1, -1});
    trigger(page, u"interviewNextPhase"_s);
    QCOMPARE(view->session()->stage(), InterviewSession::Stage::Review);
    QVERIFY(view->transcript().constLast().contains(u"Trade-offs, Communication not scored yet"_s));
    view->rubricPanel()->setScores({1, 1, 2, 1});
    trigger(page, u"interviewNextPhase"_s); // after the last review: finished

    // The report: saved to the history, the snapshot gone, both questions shown.
    QCOMPARE(page->view(), InterviewPage::View::Report);
    QVERIFY(!page->isSessionLive());
    const auto history = store.interviewHistory();
    QVERIFY(history.isOk());
    QCOMPARE(history.value.size(), 1);
    QCOMPARE(history.value.constFirst().questions.size(), 2);
    QCOMPARE(history.value.constFirst().questions.at(0).rubric, QList<int>({3, 2, 2, 3}));
    QVERIFY(history.value.constFirst().questions.at(0).drawing.contains("orders"));
    QVERIFY(store.interviewSnapshot().value.isEmpty());
    InterviewReportView *report = page->reportView();
    QTRY_VERIFY_WITH_TIMEOUT(report->areDrawingsReady(), kPatienceMs);
    const QString shown = report->textView()->toPlainText();
    for (const InterviewQuestion &question : questions)
        QVERIFY2(shown.contains(m_deck.card(question.cardId)->title), qPrintable(question.cardId));
    QVERIFY(shown.contains(u"Idempotency keys"_s));
    // The report fits the view's width: tables and drawings wrap or shrink, nothing scrolls
    // sideways (Qt's collapsed table borders round to a pixel or two over; no scroll bar for that).
    QApplication::processEvents();
    QVERIFY(report->textView()->document()->idealWidth()
        <= report->textView()->viewport()->width() + 2);
    QCOMPARE(report->textView()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);

    // Exported as Markdown and as PDF.
    QTemporaryDir out;
    QVERIFY(report->exportMarkdown(out.filePath(u"report.md"_s)).isOk());
    QFile markdown(out.filePath(u"report.md"_s));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().contains("# Mock interview"));
    QVERIFY(report->exportPdf(out.filePath(u"report.pdf"_s)).isOk());
    QFile pdf(out.filePath(u"report.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    const Status refused = report->exportPdf(out.filePath(u"missing/folder/report.pdf"_s));
    QVERIFY(!refused.isOk());
    QVERIFY(refused.errorMessage().contains(u"missing/folder/report.pdf"_s));

    // The history lists it; its report opens from there.
    trigger(page, u"interviewHistoryAction"_s);
    QCOMPARE(page->view(), InterviewPage::View::History);
    QCOMPARE(page->historyView()->sessionList()->topLevelItemCount(), 1);
    QCOMPARE(page->historyView()->chartPoints().size(), 1);
    page->historyView()->findChild<QPushButton *>(u"interviewHistoryOpen"_s)->click();
    QCOMPARE(page->view(), InterviewPage::View::Report);
    QCOMPARE(report->record().id, history.value.constFirst().id);
}

void TestInterviewPage::resumeAfterTheWindowIsDestroyedMidSession()
{
    QTemporaryDir data;
    CollectionStore store;
    QVERIFY(store.open(data.path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    QStringList cardIds;
    qint64 elapsedAtCrash = 0;
    {
        const auto window = openWindow(&store);
        InterviewPage *page = window->interviewPage();
        window->showPage(page);
        startQuickRound(page);
        InterviewSessionView *view = page->sessionView();
        for (const InterviewQuestion &question : view->session()->questions())
            cardIds << question.cardId;
        QTRY_VERIFY_WITH_TIMEOUT(!view->editor()->document()->isLoading(), kPatienceMs);
        QVERIFY(view->editor()->quickAdd(u"ledger:database"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view->drawings().at(0).contains(u"ledger"_s), kPatienceMs);
        view->notesEdit()->setPlainText(u"double-entry"_s);
        m_clock.advance(95);
        elapsedAtCrash = view->session()->sessionElapsedMs();
        // Saved by the session's own timer (every few seconds), not by closing: then the window
        // goes away without a close event, as it would in a crash.
        QTRY_VERIFY_WITH_TIMEOUT(
            InterviewSessionView::notesOf(store.interviewSnapshot().value).value(0)
                == u"double-entry"_s,
            3 * InterviewSessionView::snapshotEveryMs);
        elapsedAtCrash = InterviewSession::restore(m_clock, store.interviewSnapshot().value)
                             .value->sessionElapsedMs();
    }
    QVERIFY(elapsedAtCrash >= 95000);

    // The next start, an hour later: the Interview page offers it; the hour does not count.
    m_clock.advance(3600);
    const auto window = openWindow(&store);
    InterviewPage *page = window->interviewPage();
    QCOMPARE(window->currentPage(), page);
    QVERIFY(page->isResumeOffered());
    QVERIFY(page->resumeLabel()->text().contains(u"question 1 of 2"_s));
    page->findChild<QPushButton *>(u"interviewResume"_s)->click();
    QVERIFY(!page->isResumeOffered());
    QCOMPARE(page->view(), InterviewPage::View::Session);
    InterviewSessionView *view = page->sessionView();
    QVERIFY(view->session()->isPaused());
    QCOMPARE(view->session()->sessionElapsedMs(), elapsedAtCrash);
    QStringList resumedIds;
    for (const InterviewQuestion &question : view->session()->questions())
        resumedIds << question.cardId;
    QCOMPARE(resumedIds, cardIds);
    QCOMPARE(view->notesEdit()->toPlainText(), u"double-entry"_s);
    QVERIFY(view->drawings().at(0).contains(u"ledger"_s));
    trigger(page, u"interviewPause"_s); // P: on with the clock
    QVERIFY(!view->session()->isPaused());
    m_clock.advance(10);
    QCOMPARE(view->session()->sessionElapsedMs(), elapsedAtCrash + 10000);

    // In the review, closed: closing saves it too. Resumed, the review compares the drawing with
    // the card's diagram again, once both are read, and keeps the rubric given.
    trigger(page, u"interviewNextPhase"_s);
    QCOMPARE(view->session()->stage(), InterviewSession::Stage::Review);
    view->rubricPanel()->setScores({2, 2, 1, 1});
    window->close();
    QVERIFY(!store.interviewSnapshot().value.isEmpty());
    {
        const auto again = openWindow(&store);
        InterviewPage *resumed = again->interviewPage();
        QVERIFY(resumed->resumeLabel()->text().contains(u"review of question 1 of 2"_s));
        resumed->resumeInterrupted();
        QCOMPARE(resumed->sessionView()->session()->stage(), InterviewSession::Stage::Review);
        QCOMPARE(resumed->sessionView()->rubricPanel()->scores(), QList<int>({2, 2, 1, 1}));
        QTRY_VERIFY_WITH_TIMEOUT(resumed->sessionView()->diffScores().at(0) >= 0, kPatienceMs);
        QVERIFY(resumed->sessionView()->diffView()->isVisible());
        resumed->saveNow(); // as closing would, without the close
    }

    // Discard on the next start throws it away.
    const auto again = openWindow(&store);
    QVERIFY(again->interviewPage()->isResumeOffered());
    again->interviewPage()->findChild<QPushButton *>(u"interviewDiscard"_s)->click();
    QVERIFY(store.interviewSnapshot().value.isEmpty());
    QVERIFY(!again->interviewPage()->isResumeOffered());
}

void TestInterviewPage::focusModeAndShortcuts()
{
    QTemporaryDir data;
    CollectionStore store;
    QVERIFY(store.open(data.path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    const auto window = openWindow(&store);
    InterviewPage *page = window->interviewPage();
    window->showPage(page);

    // The session fits a 1280 × 720 screen (a 2560 × 1440 one at 2×) with the window's menus,
    // tabs and status bar.
    QVERIFY(page->sessionView()->minimumSizeHint().height() <= 560);
    QVERIFY(page->sessionView()->minimumSizeHint().width() <= 1000);

    // F11: nothing but the page; again, everything back. Leaving the page leaves focus mode.
    trigger(page, u"interviewFocusAction"_s);
    QVERIFY(window->isFocusMode());
    QVERIFY(window->menuBar()->isHidden());
    QVERIFY(window->findChild<QTabBar *>()->isHidden());
    trigger(page, u"interviewFocusAction"_s);
    QVERIFY(!window->isFocusMode());
    QVERIFY(!window->menuBar()->isHidden());
    trigger(page, u"interviewFocusAction"_s);
    window->showPage(window->studyPage());
    QVERIFY(!window->isFocusMode());
    QVERIFY(!page->focusAction()->isChecked());

    // F1 lists the page's actions: the session's moves among them, each with its key.
    window->showPage(page);
    QStringList names;
    for (const QAction *action : page->actions())
        names << action->objectName();
    for (const QString &name : {u"interviewPause"_s, u"interviewFollowUp"_s,
             u"interviewNextPhase"_s, u"interviewSkip"_s, u"interviewEnd"_s,
             u"interviewFocusAction"_s, u"newInterviewAction"_s, u"interviewHistoryAction"_s,
             u"interviewGradeAgainAction"_s, u"startInterviewAction"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    // Nothing to move in before a session starts; off the page nothing answers at all.
    QVERIFY(!page->findChild<QAction *>(u"interviewPause"_s)->isEnabled());
    startQuickRound(page);
    QVERIFY(page->findChild<QAction *>(u"interviewPause"_s)->isEnabled());
    QVERIFY(!page->findChild<QAction *>(u"newInterviewAction"_s)->isEnabled()); // one at a time
    window->showPage(window->studyPage());
    QVERIFY(!page->findChild<QAction *>(u"interviewPause"_s)->isEnabled());
    window->showPage(page);
    QVERIFY(page->findChild<QAction *>(u"interviewPause"_s)->isEnabled());
}

QTEST_MAIN(TestInterviewPage)
#include "tst_interviewpage.moc"

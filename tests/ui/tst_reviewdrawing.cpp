// Review by drawing, in the real window over a temporary collection, the real layout worker and a
// fake clock: with the setting on a question comes up with a canvas (Space does not reveal), Check
// saves the attempt with its score and time, reveals the answer beside the diff and proposes a
// grade that only 1–4 gives; Ctrl+Z undoes drawing steps before grades; a refresh keeps the
// drawing; starter nodes; a card without a diagram reviews as usual. With it off, Show My Last
// Drawing is disabled (and says why) until the card has an attempt, then shows it. The score bands
// and the settings round trip, table-tested.
#include "attemptchecker.h"
#include "cardview.h"
#include "collectionstore.h"
#include "deck.h"
#include "diagramcanvas.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "diffview.h"
#include "drawingreview.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "gradecommand.h"
#include "guitestenvironment.h"
#include "mainwindow.h"
#include "reviewdiagramstack.h"
#include "reviewpage.h"
#include "reviewpane.h"
#include "reviewsettingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMorning(QDate(2025, 1, 25), QTime(9, 0), Qt::UTC);

/// A collection in a folder of its own, review by drawing set as asked, a fake clock at 09:00 and
/// the window over them, on screen and active, on the Review tab.
class DrawingWindow
{
public:
    bool open(const QString &folder, const Deck *deck, DrawingReview drawing)
    {
        if (!m_store.open(folder, {StoreOpenOptions::Backup::Skip, {}}).isOpen())
            return false;
        if (!drawing.write(m_store).isOk())
            return false;
        m_window = std::make_unique<MainWindow>(deck, &m_clock);
        m_window->resize(1400, 900);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->activateWindow();
        m_window->setCollection(&m_store);
        press(Qt::Key_2, Qt::AltModifier);
        return m_window->currentPage() == m_window->reviewPage();
    }
    CollectionStore &store() { return m_store; }
    FakeClock &clock() { return m_clock; }
    MainWindow &window() { return *m_window; }
    ReviewPane *pane() { return m_window->reviewPage()->pane(); }
    ReviewDiagramStack *stack() { return pane()->diagramStack(); }
    DiagramEditor *editor() { return stack()->editor(); }
    QString cardId() { return pane()->findChild<CardView *>(u"reviewCardView"_s)->card()->id; }

    /// A key as the user presses it: to the focused widget, through the window's shortcuts.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), Qt::Key(key), modifiers);
    }

private:
    CollectionStore m_store;
    FakeClock m_clock {kMorning};
    std::unique_ptr<MainWindow> m_window;
};

bool waitForLayout(DiagramEditor *editor)
{
    QSignalSpy shown(editor, &DiagramEditor::layoutShown);
    return shown.wait(15000) && shown.last().first().toBool();
}

/// The canvas has read its drawing (and laid it out, when there is anything to lay out).
bool waitForCanvas(DiagramEditor *editor)
{
    return QTest::qWaitFor(
        [editor] {
            return editor->document()->isTextParsed() && !editor->document()->isLoading()
                && !editor->isLayoutPending();
        },
        15000);
}

DrawingReview drawingOn(DrawingReview::Start start = DrawingReview::Start::Empty)
{
    DrawingReview drawing;
    drawing.enabled = true;
    drawing.start = start;
    return drawing;
}

QPushButton *gradeButton(ReviewPane *pane, Rating rating)
{
    return pane->findChild<QPushButton *>(u"grade"_s + GradeCommand::ratingName(rating));
}

} // namespace

class TestReviewDrawing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proposedRating_data();
    void proposedRating();
    void startingDrawingFollowsTheReference();
    void checkReadsTheUsersSynonymsAndTimesTheAttempt();
    void settingsRoundTripThroughTheDialog();
    void drawCheckAndConfirmTheGrade();
    void undoInDrawingThenTheLastGrade();
    void starterNodesAndSkipDrawing();
    void cardWithoutADiagramReviewsAsUsual();
    void lastDrawingToggleAfterAPlainReveal();
    void shortcutsListShowsTheDrawingActions();

private:
    QString folder(const QString &name) { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Deck m_deck;
};

void TestReviewDrawing::initTestCase()
{
    qputenv("TZ", "UTC");
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(u"settings"_s));
    m_deck = loadFixtureDeck();
    QVERIFY(m_deck.diagnostics().isEmpty());
}

void TestReviewDrawing::proposedRating_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<Rating>("rating");
    QTest::newRow("nothing") << 0.0 << Rating::Again;
    QTest::newRow("39 %") << 0.394 << Rating::Again;
    QTest::newRow("shows 40 %") << 0.395 << Rating::Hard;
    QTest::newRow("40 %") << 0.4 << Rating::Hard;
    QTest::newRow("69 %") << 0.69 << Rating::Hard;
    QTest::newRow("70 %") << 0.7 << Rating::Good;
    QTest::newRow("shows 89 %") << 0.894 << Rating::Good;
    QTest::newRow("shows 90 %") << 0.895 << Rating::Easy;
    QTest::newRow("9 of 10") << 2.0 * 9 / 20 << Rating::Easy;
    QTest::newRow("all") << 1.0 << Rating::Easy;
}

void TestReviewDrawing::proposedRating()
{
    QFETCH(double, score);
    QFETCH(Rating, rating);
    QCOMPARE(DrawingReview::proposedRating(score), rating);
}

void TestReviewDrawing::startingDrawingFollowsTheReference()
{
    DiagramGraph reference;
    reference.name = u"g"_s;
    reference.graphAttributes.insert(u"rankdir"_s, u"TB"_s);
    reference.nodes = {{u"web"_s, {{u"kind"_s, u"client"_s}, {u"label"_s, u"Web app"_s}}},
        {u"api"_s, {{u"kind"_s, u"service"_s}, {u"label"_s, u"API"_s}}},
        {u"ops"_s, {{u"kind"_s, u"actor"_s}}}};
    reference.edges = {{u"web"_s, u"api"_s, {}}};
    QCOMPARE(AttemptChecker::startingDrawing(reference, AttemptChecker::Start::StarterNodes),
        QByteArray("digraph drawing {\n  rankdir=TB;\n\n"
                   "  web [kind=\"client\", label=\"Web app\"];\n"
                   "  ops [kind=\"actor\"];\n}\n"));
    QCOMPARE(AttemptChecker::startingDrawing(reference, AttemptChecker::Start::Empty),
        QByteArray("digraph drawing {\n  rankdir=TB;\n}\n"));

    // No rankdir: left to right — what the placeholder guessed from the text, byte for byte.
    reference.graphAttributes.clear();
    QCOMPARE(AttemptChecker::startingDrawing(reference, AttemptChecker::Start::Empty),
        AttemptChecker::emptyDrawing("digraph g { api; }"));
    reference.directed = false;
    reference.nodes.removeAt(2);
    reference.nodes.removeAt(0);
    QCOMPARE(AttemptChecker::startingDrawing(reference, AttemptChecker::Start::StarterNodes),
        AttemptChecker::emptyDrawing("// a comment\ngraph g { api; }"));
    QCOMPARE(AttemptChecker::emptyDrawing("graph g { api; }"),
        QByteArray("graph drawing {\n  rankdir=LR;\n}\n"));
}

void TestReviewDrawing::checkReadsTheUsersSynonymsAndTimesTheAttempt()
{
    DiagramGraph reference;
    reference.nodes = {{u"client"_s, {{u"kind"_s, u"client"_s}, {u"label"_s, u"Client"_s}}},
        {u"api"_s, {{u"kind"_s, u"external"_s}, {u"label"_s, u"Flaky API"_s}}}};
    reference.edges = {{u"client"_s, u"api"_s, {}}};
    DiagramGraph drawing = reference;
    drawing.nodes[1] = {u"api"_s, {{u"kind"_s, u"external"_s}, {u"label"_s, u"Partner"_s}}};

    FakeClock clock(kMorning);
    AttemptChecker checker(clock);
    checker.start(u"f02-retry-code"_s);
    clock.advance(42);
    AttemptCheck checked = checker.check(reference, drawing, "digraph drawing {}");
    QCOMPARE(checked.attempt.durationMs(), 42000);
    QCOMPARE(checked.attempt.cardId, u"f02-retry-code"_s);
    QCOMPARE(checked.attempt.id, 0); // no collection: checked, not kept
    QVERIFY(checked.diff.score < 1);
    QVERIFY(checked.problem.isEmpty());

    // The user's file makes "Partner" mean the flaky API; its bad line is said, the rest counts.
    QFile file(folder(u"synonyms.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("partner = flaky api\njust one phrase\n");
    file.close();
    checker.setSynonymsFile(file.fileName());
    checked = checker.check(reference, drawing, "digraph drawing {}");
    QCOMPARE(checked.diff.score, 1.0);
    QVERIFY2(checked.problem.contains(u"read in part"_s), qPrintable(checked.problem));
}

void TestReviewDrawing::settingsRoundTripThroughTheDialog()
{
    CollectionStore store;
    QVERIFY(store.open(folder(u"settings-data"_s), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    const DrawingReview defaults = DrawingReview::read(store);
    QVERIFY(!defaults.enabled);
    QCOMPARE(defaults.start, DrawingReview::Start::Empty);

    ReviewSettingsDialog dialog(&store);
    auto *enabled = dialog.findChild<QCheckBox *>(u"reviewByDrawing"_s);
    auto *start = dialog.findChild<QComboBox *>(u"drawingStart"_s);
    QVERIFY(enabled && start);
    QVERIFY(!start->isEnabled()); // nothing to start while drawing is off
    enabled->setChecked(true);
    QVERIFY(start->isEnabled());
    start->setCurrentIndex(start->findData(int(DrawingReview::Start::StarterNodes)));
    QVERIFY(dialog.save());
    QCOMPARE(store.setting(DrawingReview::enabledKey).value, u"1"_s);
    QCOMPARE(store.setting(DrawingReview::startKey).value, u"starter"_s);
    const DrawingReview saved = DrawingReview::read(store);
    QVERIFY(saved.enabled);
    QCOMPARE(saved.start, DrawingReview::Start::StarterNodes);

    ReviewSettingsDialog again(&store); // shows what is stored
    QVERIFY(again.findChild<QCheckBox *>(u"reviewByDrawing"_s)->isChecked());
    QCOMPARE(again.findChild<QComboBox *>(u"drawingStart"_s)->currentData().toInt(),
        int(DrawingReview::Start::StarterNodes));
}

void TestReviewDrawing::drawCheckAndConfirmTheGrade()
{
    DrawingWindow review;
    QVERIFY(review.open(folder(u"data-check"_s), &m_deck, drawingOn()));
    ReviewPane *pane = review.pane();
    CollectionStore &store = review.store();
    const QString card = u"f01-queue-basics"_s;
    QCOMPARE(review.cardId(), card);

    // The question, and a canvas where the diagram goes: the Whiteboard's empty drawing.
    QCOMPARE(pane->stage(), ReviewPane::Stage::Drawing);
    QCOMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Drawing);
    QVERIFY(review.editor()->isVisible());
    QVERIFY(waitForCanvas(review.editor()));
    QCOMPARE(
        review.editor()->document()->text(), QByteArray("digraph drawing {\n  rankdir=LR;\n}\n"));
    QVERIFY(pane->findChild<QPushButton *>(u"reviewCheckDrawing"_s)->isVisible());
    QVERIFY(pane->findChild<QPushButton *>(u"reviewSkipDrawing"_s)->isVisible());
    QVERIFY(!pane->findChild<QPushButton *>(u"reviewShowAnswer"_s)->isVisible());
    auto *cardView = pane->findChild<CardView *>(u"reviewCardView"_s);
    QVERIFY2(cardView->toPlainText().contains(u"Check (Ctrl+Return)"_s),
        qPrintable(cardView->toPlainText()));

    // Space does not reveal, and no grade is taken before the answer.
    review.press(Qt::Key_Space);
    review.press(Qt::Key_3);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Drawing);
    QVERIFY(!cardView->isAnswerRevealed());
    QVERIFY(store.reviews(card).value.isEmpty());

    // Draw; leave the tab and come back: the drawing is still there.
    review.clock().advance(95);
    QVERIFY(review.editor()->quickAdd(u"producer -> queue:queue"_s));
    QVERIFY(waitForLayout(review.editor()));
    review.press(Qt::Key_1, Qt::AltModifier);
    review.press(Qt::Key_2, Qt::AltModifier);
    QCOMPARE(review.window().currentPage(), review.window().reviewPage());
    QCOMPARE(pane->stage(), ReviewPane::Stage::Drawing);
    QCOMPARE(review.editor()->document()->graph().nodes.size(), 2);

    // Check (Ctrl+Return): the attempt saved with its score and the time since the card came up.
    review.press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Checked);
    const auto attempts = store.whiteboardAttempts(card).value;
    QCOMPARE(attempts.size(), 1);
    const WhiteboardAttempt &attempt = attempts.first();
    QVERIFY2(attempt.score > 0 && attempt.score < 1, qPrintable(QString::number(attempt.score)));
    QCOMPARE(attempt.durationMs(), 95000);
    QVERIFY(attempt.drawing.contains("producer"));
    QVERIFY(!attempt.missed.isEmpty()); // the consumer

    // The answer, the reference beside the drawing, and the grade the score proposes.
    QVERIFY(cardView->isAnswerRevealed());
    QCOMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Diff);
    auto *score = review.stack()->diffView()->findChild<QLabel *>(u"diffScore"_s);
    const int percent = DrawingReview::percent(attempt.score);
    QTRY_VERIFY(score->text().contains(QString::number(percent)));
    const Rating proposed = DrawingReview::proposedRating(attempt.score);
    QCOMPARE(pane->proposedRating(), proposed);
    auto *proposal = pane->findChild<QLabel *>(u"reviewProposal"_s);
    QVERIFY(proposal->isVisible());
    const QString expected
        = u"Proposed: <b>%1</b> (score %2 %)"_s.arg(GradeCommand::ratingName(proposed))
              .arg(percent);
    QVERIFY2(proposal->text().contains(expected), qPrintable(proposal->text()));
    for (const Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
        QPushButton *button = gradeButton(pane, rating);
        QVERIFY(button->isVisible());
        QCOMPARE(button->property("proposed").toBool(), rating == proposed);
        QCOMPARE(button->font().bold(), rating == proposed);
    }

    // Nothing is graded until the user says so — and they may choose another grade.
    QVERIFY(store.reviews(card).value.isEmpty());
    const Rating chosen = proposed == Rating::Again ? Rating::Hard : Rating::Again;
    review.press(Qt::Key_0 + int(chosen));
    const auto log = store.reviews(card).value;
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().rating, chosen);
    QCOMPARE(log.first().durationMs, 95000);

    // The next card starts again from an empty canvas, with nothing proposed.
    QCOMPARE(review.cardId(), u"f02-retry-code"_s);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Drawing);
    QVERIFY(!pane->proposedRating());
    QVERIFY(!proposal->isVisible());
    QVERIFY(waitForCanvas(review.editor()));
    QVERIFY(review.editor()->document()->graph().nodes.isEmpty());
    for (const Rating rating : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
        QVERIFY(!gradeButton(pane, rating)->property("proposed").toBool());
}

void TestReviewDrawing::undoInDrawingThenTheLastGrade()
{
    DrawingWindow review;
    QVERIFY(review.open(folder(u"data-undo"_s), &m_deck, drawingOn()));
    ReviewPane *pane = review.pane();
    CollectionStore &store = review.store();
    auto *editUndo = review.window().findChild<QAction *>(u"undoAction"_s);

    // f01 skipped and graded; f02 comes up to be drawn.
    review.press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Answer);
    QVERIFY(store.whiteboardAttempts(u"f01-queue-basics"_s).value.isEmpty()); // skipped: none
    review.press(Qt::Key_3);
    QCOMPARE(store.reviews(u"f01-queue-basics"_s).value.size(), 1);
    QCOMPARE(review.cardId(), u"f02-retry-code"_s);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Drawing);
    QVERIFY(!editUndo->isEnabled()); // while drawing, Ctrl+Z is the drawing's

    QVERIFY(waitForCanvas(review.editor()));
    QVERIFY(review.editor()->quickAdd(u"client -> api"_s));
    QVERIFY(waitForLayout(review.editor()));
    QCOMPARE(pane->drawing()->graph().nodes.size(), 2);

    // Ctrl+Z takes back the drawing's step, not the grade of the card before.
    review.press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(pane->drawing()->graph().nodes.isEmpty());
    QCOMPARE(store.reviews(u"f01-queue-basics"_s).value.size(), 1);
    QCOMPARE(review.cardId(), u"f02-retry-code"_s);
    review.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane->drawing()->graph().nodes.size(), 2);
    review.press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(pane->drawing()->graph().nodes.isEmpty());

    // With no drawing step left, the last grade: f01 comes back.
    review.press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store.reviews(u"f01-queue-basics"_s).value.isEmpty());
    QCOMPARE(review.cardId(), u"f01-queue-basics"_s);
}

void TestReviewDrawing::starterNodesAndSkipDrawing()
{
    DrawingWindow review;
    QVERIFY(review.open(
        folder(u"data-starter"_s), &m_deck, drawingOn(DrawingReview::Start::StarterNodes)));
    ReviewPane *pane = review.pane();
    // f01 has no client: an empty canvas. Skip Drawing (the button) reveals as usual.
    QVERIFY(waitForCanvas(review.editor()));
    QVERIFY(pane->drawing()->graph().nodes.isEmpty());
    pane->findChild<QPushButton *>(u"reviewSkipDrawing"_s)->click();
    QCOMPARE(pane->stage(), ReviewPane::Stage::Answer);
    QCOMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Diagram);
    QVERIFY(!pane->proposedRating());
    review.press(Qt::Key_4);

    // f02's client is on the canvas when it comes up; its API is not.
    QCOMPARE(review.cardId(), u"f02-retry-code"_s);
    QTRY_VERIFY(pane->drawing()->graph().node(u"client"_s));
    QVERIFY(!pane->drawing()->graph().node(u"api"_s));
    QCOMPARE(pane->drawing()->undoStack()->count(), 0); // given, not drawn: nothing to undo
}

void TestReviewDrawing::cardWithoutADiagramReviewsAsUsual()
{
    // Every question names a diagram; in this copy of the fixture deck f01's file is missing, so
    // there is nothing to draw it against.
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const QDir source(fixtureDeckPath());
    QVERIFY(QDir(copy.path()).mkpath(u"diagrams"_s));
    for (const QString &name : source.entryList({u"*.md"_s}, QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), copy.filePath(name)));
    for (const QString &name : QDir(source.filePath(u"diagrams"_s)).entryList(QDir::Files))
        if (!name.startsWith(u"f01"_s))
            QVERIFY(QFile::copy(
                source.filePath(u"diagrams/"_s + name), copy.filePath(u"diagrams/"_s + name)));
    const Deck deck = Deck::load(copy.path(), u"copy/"_s);
    QVERIFY(deck.card(u"f01-queue-basics"_s));
    QVERIFY(!deck.readDiagram(*deck.card(u"f01-queue-basics"_s)).isOk());

    DrawingWindow review;
    QVERIFY(review.open(folder(u"data-nodiagram"_s), &deck, drawingOn()));
    ReviewPane *pane = review.pane();
    QCOMPARE(review.cardId(), u"f01-queue-basics"_s);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Question);
    QCOMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Diagram);
    QVERIFY(pane->findChild<QPushButton *>(u"reviewShowAnswer"_s)->isVisible());
    QVERIFY(!pane->findChild<QPushButton *>(u"reviewCheckDrawing"_s)->isVisible());
    review.press(Qt::Key_Space);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Answer);
    // No diagram: nothing to draw, so no last drawing to offer either.
    QVERIFY(!pane->findChild<QPushButton *>(u"reviewShowLastDrawing"_s)->isVisible());
    review.press(Qt::Key_3);
    QCOMPARE(review.cardId(), u"f02-retry-code"_s);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Drawing);
}

void TestReviewDrawing::lastDrawingToggleAfterAPlainReveal()
{
    DrawingWindow review;
    QVERIFY(review.open(folder(u"data-last"_s), &m_deck, DrawingReview {}));
    ReviewPane *pane = review.pane();
    CollectionStore &store = review.store();
    auto *toggle = pane->findChild<QPushButton *>(u"reviewShowLastDrawing"_s);
    auto *action = review.window().findChild<QAction *>(u"reviewShowLastDrawingAction"_s);

    // Off: the question as usual; the toggle waits for the answer.
    QCOMPARE(pane->stage(), ReviewPane::Stage::Question);
    QVERIFY(!toggle->isVisible());
    review.press(Qt::Key_Space);
    QCOMPARE(pane->stage(), ReviewPane::Stage::Answer);

    // f01 was never drawn: the toggle is there, disabled, and says why; D does nothing.
    QVERIFY(toggle->isVisible());
    QVERIFY(!toggle->isEnabled());
    QVERIFY(!action->isEnabled());
    QVERIFY2(
        toggle->toolTip().contains(u"not drawn this card yet"_s), qPrintable(toggle->toolTip()));
    review.press(Qt::Key_D);
    QVERIFY(!pane->isLastDrawingShown());
    QCOMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Diagram);
    review.press(Qt::Key_3);

    // f02 has an attempt: the toggle is enabled and D shows it beside the reference.
    WhiteboardAttempt attempt;
    attempt.cardId = u"f02-retry-code"_s;
    attempt.startedAt = kMorning.addDays(-1);
    attempt.finishedAt = attempt.startedAt.addSecs(60);
    attempt.drawing = "digraph drawing {\n  rankdir=LR;\n  client [kind=\"client\", "
                      "label=\"Client\"];\n  retry [kind=\"service\", label=\"Retrier\"];\n"
                      "  client -> retry;\n}\n";
    attempt.score = 0.4;
    QVERIFY(store.recordWhiteboardAttempt(attempt).isOk());
    QCOMPARE(review.cardId(), u"f02-retry-code"_s);
    review.press(Qt::Key_Space);
    QVERIFY(toggle->isEnabled());
    QVERIFY(action->isEnabled());
    QVERIFY2(toggle->toolTip().contains(u"score 40 %"_s), qPrintable(toggle->toolTip()));
    review.press(Qt::Key_D);
    QVERIFY(pane->isLastDrawingShown());
    QVERIFY(toggle->isChecked());
    QVERIFY(action->isChecked());
    QVERIFY(toggle->font().bold()); // marked "on" in both themes, not only by a sunken frame
    DiffView *diff = review.stack()->diffView();
    QTRY_COMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Diff);
    QVERIFY(diff->isVisible());
    QTRY_VERIFY(!diff->isBusy());
    // The drawing's client matches the reference's; its "Retrier" is extra.
    QCOMPARE(diff->overlayStatus(DiffView::Side::Attempt, u"client"_s), u"matched"_s);
    QCOMPARE(diff->overlayStatus(DiffView::Side::Attempt, u"retry"_s), u"extra"_s);

    // The button (keyboard: Tab to it, Space) takes it away again: the card's diagram is back.
    toggle->click();
    QVERIFY(!pane->isLastDrawingShown());
    QVERIFY(!action->isChecked());
    QVERIFY(!toggle->font().bold());
    QCOMPARE(review.stack()->showing(), ReviewDiagramStack::Showing::Diagram);
    // Grading moves on with the toggle off.
    review.press(Qt::Key_D);
    QVERIFY(pane->isLastDrawingShown());
    review.press(Qt::Key_3);
    QVERIFY(!pane->isLastDrawingShown());
    QVERIFY(!toggle->isVisible());
}

void TestReviewDrawing::shortcutsListShowsTheDrawingActions()
{
    DrawingWindow review;
    QVERIFY(review.open(folder(u"data-keys"_s), &m_deck, drawingOn()));
    QStringList rows;
    QTimer::singleShot(0, this, [&rows] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        for (int row = 0; table && row < table->rowCount(); ++row)
            rows << table->item(row, 0)->text() + u" = "_s + table->item(row, 1)->text();
        dialog->close();
    });
    review.press(Qt::Key_F1);
    const auto has = [&rows](const QString &action, const QKeySequence &keys) {
        return rows.contains(action + u" = "_s + keys.toString(QKeySequence::NativeText));
    };
    QVERIFY2(has(u"Check Drawing"_s, QKeySequence(Qt::CTRL | Qt::Key_Return)),
        qPrintable(rows.join(u'\n')));
    QVERIFY(has(u"Skip Drawing"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)));
    QVERIFY(has(u"Show My Last Drawing"_s, QKeySequence(Qt::Key_D)));
    QVERIFY(has(u"Undo in Drawing"_s, QKeySequence::Undo));
}

QTEST_MAIN(TestReviewDrawing)
#include "tst_reviewdrawing.moc"

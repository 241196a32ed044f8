// The main window as a user meets it, on the fixture deck: the Study page's keys and filter, the
// shell's pages (menus, status, undo), the window fitting the screen, the answer getting the room
// it needs, and problems loading a deck shown in the window.
#include "cardview.h"
#include "clock.h"
#include "deck.h"
#include "deckmodel.h"
#include "diagrampane.h"
#include "diagramview.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "mainwindow.h"
#include "page.h"
#include "problemsbanner.h"
#include "queryfield.h"
#include "studypage.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <QUndoGroup>
#include <QUndoStack>

using namespace ArchDeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnTheFirstCard();
    void spaceRevealsAndHidesTheAnswer();
    void jAndKMoveBetweenCards();
    void followUpsOpenOneByOne();
    void typingInTheFilterNarrowsTheTree();
    void filterWithNoMatchesSaysSo();
    void zoomFollowsTheDiagramOnScreen();
    void restoresStateAfterRestart();
    void windowFitsTheScreen();
    void theAnswerGetsTheRoomItNeeds();
    void pagesBringTheirMenusAndStatus();
    void undoFollowsThePage();
    void deckProblemsShowInTheWindow();
    void aMissingDeckFolderSaysSo();
    void linksAndImagesAreNeverLoaded();

private:
    static int questionLeaves(const QAbstractItemModel *model);
    static QWidget *keyTarget(QWidget *fallback);
    QTemporaryDir m_settingsDir;
    FakeClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    Deck m_deck;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    setUpGuiTestEnvironment(m_settingsDir.path());
    m_deck = loadFixtureDeck();
    QVERIFY2(m_deck.diagnostics().isEmpty(), qPrintable(m_deck.diagnostics().value(0).toString()));
    QCOMPARE(m_deck.questionCount(), 6);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

int TestMainWindow::questionLeaves(const QAbstractItemModel *model)
{
    int count = 0;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int r = 0; r < model->rowCount(section); ++r)
            count += model->index(r, 0, section).data(DeckModel::IsReferenceRole).toBool() ? 0 : 1;
    }
    return count;
}

QWidget *TestMainWindow::keyTarget(QWidget *fallback)
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
}

void TestMainWindow::opensOnTheFirstCard()
{
    MainWindow window(&m_deck, &m_clock);
    window.setDeckName(QStringLiteral("fixture-deck"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The title names the deck once; the platform adds "— ArchDeck".
    QCOMPARE(window.windowTitle(), QStringLiteral("fixture-deck"));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("deckTree"));
    QCOMPARE(questionLeaves(tree->model()), 6);
    QCOMPARE(tree->model()->rowCount(), 4); // three sections of questions, one of notes
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("f01-queue-basics"));
    QCOMPARE(window.currentPage(), window.studyPage());

    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    QVERIFY(view->toPlainText().contains(QLatin1String("What does a queue decouple?")));
    QVERIFY(view->toPlainText().contains(QLatin1String("Question 1 of 6")));
    QVERIFY(!window.problemsBanner()->isVisible());
}

void TestMainWindow::spaceRevealsAndHidesTheAnswer()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f02-retry-code")));
    QVERIFY(!view->isAnswerRevealed());
    QVERIFY(!view->toPlainText().contains(QLatin1String("withRetry")));

    QTest::keyClick(keyTarget(&window), Qt::Key_Space);
    QTRY_VERIFY(view->isAnswerRevealed());
    QVERIFY(view->toPlainText().contains(QLatin1String("async function withRetry(call")));
    QVERIFY(
        view->toHtml().contains(QLatin1String("DejaVu Sans Mono"))); // code keeps a monospace font
    auto *button = window.findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(button->text().startsWith(QLatin1String("Hide")));

    QTest::keyClick(keyTarget(&window), Qt::Key_Space);
    QTRY_VERIFY(!view->isAnswerRevealed());
    QVERIFY(!view->toPlainText().contains(QLatin1String("withRetry")));

    button->click();
    QVERIFY(view->isAnswerRevealed());
}

void TestMainWindow::followUpsOpenOneByOne()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    auto *action = window.findChild<QAction *>(QStringLiteral("followUpAction"));
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f03-dead-letter")));
    QCOMPARE(view->followUpCount(), 2);
    const QString question = QStringLiteral("Who moves a poison message aside?");
    const QString answer = QStringLiteral("once maxReceiveCount receives have failed");

    // F reveals the answer first: the questions show, their answers do not.
    QTest::keyClick(keyTarget(&window), Qt::Key_F);
    QTRY_VERIFY(view->isAnswerRevealed());
    QVERIFY(view->toPlainText().contains(question));
    QVERIFY(!view->toPlainText().contains(answer));
    // Then each F opens the next one.
    QTest::keyClick(keyTarget(&window), Qt::Key_F);
    QTRY_VERIFY(view->isFollowUpOpen(0));
    QVERIFY(view->toPlainText().contains(answer));
    QVERIFY(!view->toPlainText().contains(QLatin1String("quarantine period")));
    QVERIFY(action->isEnabled());
    QTest::keyClick(keyTarget(&window), Qt::Key_F);
    QTRY_VERIFY(view->isFollowUpOpen(1));
    QVERIFY(view->toPlainText().contains(QLatin1String("quarantine period")));
    QVERIFY(!action->isEnabled()); // all open

    // A click on a question's link closes it again (and enables F).
    emit view->anchorClicked(QUrl(QStringLiteral("archdeck-followup:0")));
    QVERIFY(!view->isFollowUpOpen(0));
    QVERIFY(!view->toPlainText().contains(answer));
    QVERIFY(action->isEnabled());

    // Another card starts with every follow-up closed; the filter searches follow-ups.
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f01-queue-basics")));
    QCOMPARE(view->followUpCount(), 0);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f03-dead-letter")));
    QVERIFY(!view->isFollowUpOpen(1));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("deckTree"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral("quarantine"));
    QTRY_COMPARE(questionLeaves(tree->model()), 1);
}

void TestMainWindow::jAndKMoveBetweenCards()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    StudyPage *study = window.studyPage();
    QVERIFY(study->selectCard(QStringLiteral("f03-dead-letter")));
    QTest::keyClick(keyTarget(&window), Qt::Key_J);
    // f04 opens the next section: J steps over the section row onto its first card.
    QCOMPARE(study->currentCardId(), QStringLiteral("f04-cache-aside"));
    QTest::keyClick(keyTarget(&window), Qt::Key_J);
    QCOMPARE(study->currentCardId(), QStringLiteral("f05-write-through"));
    QTest::keyClick(keyTarget(&window), Qt::Key_K);
    QTest::keyClick(keyTarget(&window), Qt::Key_K);
    QCOMPARE(study->currentCardId(), QStringLiteral("f03-dead-letter"));
    QTest::keyClick(keyTarget(&window), Qt::Key_Down);
    QCOMPARE(study->currentCardId(), QStringLiteral("f04-cache-aside"));
    QTest::keyClick(keyTarget(&window), Qt::Key_Up);
    QCOMPARE(study->currentCardId(), QStringLiteral("f03-dead-letter"));
}

void TestMainWindow::typingInTheFilterNarrowsTheTree()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("deckTree"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("caching"));
    QCOMPARE(filter->text(), QStringLiteral("caching")); // J/K/Space must not eat typed letters
    QCOMPARE(questionLeaves(tree->model()), 2);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f04-cache-aside")));
    QVERIFY(!window.studyPage()->selectCard(QStringLiteral("f01-queue-basics")));

    QTest::keyClicks(filter, QStringLiteral(" ttl"));
    QCOMPARE(questionLeaves(tree->model()), 1); // words are ANDed
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(questionLeaves(tree->model()), 6);

    // The filter is the browser's search language: tags, sections, phrases across hyphens.
    filter->setText(QStringLiteral("tag:dlq"));
    QCOMPARE(questionLeaves(tree->model()), 1);
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("f03-dead-letter"));
    filter->setText(QStringLiteral("\"dead letter\""));
    QCOMPARE(questionLeaves(tree->model()), 1);
    filter->setText(QStringLiteral("section:beta -ttl"));
    QCOMPARE(questionLeaves(tree->model()), 1);
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("f05-write-through"));

    // A mistake shows no cards, and says why under the box.
    auto *field = window.studyPage()->findChild<QueryField *>();
    filter->setText(QStringLiteral("(queue"));
    QCOMPARE(questionLeaves(tree->model()), 0);
    QVERIFY(field->hasError());
    QCOMPARE(field->errorStart(), 0);
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    QVERIFY2(view->toPlainText().contains(QLatin1String("No cards match")),
        qPrintable(view->toPlainText())); // not "This deck has no cards"
    filter->setText(QStringLiteral("queue"));
    QVERIFY(!field->hasError());
}

void TestMainWindow::filterWithNoMatchesSaysSo()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    filter->setText(QStringLiteral("zzzz"));
    QCOMPARE(window.findChild<QTreeView *>(QStringLiteral("deckTree"))->model()->rowCount(), 0);
    QVERIFY(view->toPlainText().contains(QLatin1String("No cards match")));
    QCOMPARE(window.studyPage()->currentCardId(), QString());
    // Nothing to move to, nothing to reveal; the status says so.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("nextCardAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("revealAction"))->isEnabled());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("nextButton"))->isEnabled());
    QCOMPARE(window.studyPage()->statusText(), QStringLiteral("0 of 6 questions match"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("zoomInAction"))->isEnabled());
}

void TestMainWindow::zoomFollowsTheDiagramOnScreen()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *zoomIn = window.findChild<QAction *>(QStringLiteral("zoomInAction"));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(!zoomIn->isEnabled()); // the answer, and with it the diagram, is hidden
    window.studyPage()->cardView()->setAnswerRevealed(true);
    QTRY_VERIFY_WITH_TIMEOUT(pane->hasDiagram(), 15000);
    QVERIFY(zoomIn->isEnabled());
    const double before = pane->view()->transform().m11();
    zoomIn->trigger();
    QVERIFY(pane->view()->transform().m11() > before);
    // A reference page has no diagram: nothing to zoom.
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("r01-fixture-notes")));
    QVERIFY(!pane->hasDiagram());
    QVERIFY(!zoomIn->isEnabled());
    // On Statistics there is no diagram at all.
    window.studyPage()->selectCard(QStringLiteral("f01-queue-basics"));
    window.studyPage()->cardView()->setAnswerRevealed(true);
    QTRY_VERIFY_WITH_TIMEOUT(zoomIn->isEnabled(), 15000);
    window.showPage(QStringLiteral("statisticsPage"));
    QVERIFY(!zoomIn->isEnabled());
}

void TestMainWindow::restoresStateAfterRestart()
{
    QList<int> sizes;
    QRect geometry;
    {
        MainWindow window(&m_deck, &m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        window.resize(available.width() * 3 / 4, available.height() * 3 / 4);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({200, 400});
        sizes = splitter->sizes();
        QVERIFY(window.studyPage()->selectCard(QStringLiteral("f05-write-through")));
        geometry = window.geometry();
        window.close();
    }
    MainWindow again(&m_deck, &m_clock);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.studyPage()->currentCardId(), QStringLiteral("f05-write-through"));
    QCOMPARE(again.size(), geometry.size());
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::windowFitsTheScreen()
{
    // First run: a comfortable size, but never bigger than the screen (at 2× a 2560×1440
    // screen has 1280×720 of room).
    QRect available;
    {
        MainWindow window(&m_deck, &m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("%1×%2 on %3×%4")
                           .arg(window.width())
                           .arg(window.height())
                           .arg(available.width())
                           .arg(available.height())));
        // Saved on a bigger screen: 2800×1720 at (500, 400).
        window.setGeometry(500, 400, 2800, 1720);
        window.close();
    }
    MainWindow again(&m_deck, &m_clock);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY2(available.contains(again.frameGeometry()),
        qPrintable(QStringLiteral("%1,%2 %3×%4")
                       .arg(again.frameGeometry().x())
                       .arg(again.frameGeometry().y())
                       .arg(again.frameGeometry().width())
                       .arg(again.frameGeometry().height())));
}

void TestMainWindow::theAnswerGetsTheRoomItNeeds()
{
    MainWindow window(&m_deck, &m_clock);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    auto *split = window.findChild<QSplitter *>(QStringLiteral("contentSplitter"));
    QCOMPARE(split->orientation(), Qt::Vertical); // not wide enough to put them side by side

    // A short answer shows whole, without a scrollbar.
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f01-queue-basics")));
    view->setAnswerRevealed(true);
    QTRY_VERIFY(!view->verticalScrollBar()->isVisible());

    // A long code answer gets most of the height; the diagram keeps at least a third.
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f02-retry-code")));
    view->setAnswerRevealed(true);
    QTRY_VERIFY(split->sizes().value(0) > split->sizes().value(1));
    QVERIFY(split->sizes().value(1) * 3 >= split->sizes().value(0) / 2);

    // The user's split stands once they drag the handle.
    split->setSizes({150, 450});
    emit split->splitterMoved(150, 1);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f03-dead-letter")));
    view->setAnswerRevealed(true);
    QTRY_COMPARE(split->sizes().value(0), 150);

    // Wide: side by side.
    window.resize(1800, 800);
    QTRY_COMPARE(split->orientation(), Qt::Horizontal);
}

void TestMainWindow::pagesBringTheirMenusAndStatus()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto menuVisible = [&window](const QString &title) {
        for (QAction *action : window.menuBar()->actions())
            if (action->text() == title)
                return action->isVisible();
        return false;
    };
    auto *status = window.statusBar()->findChild<QLabel *>();
    QVERIFY(menuVisible(QStringLiteral("&Study")));
    QVERIFY(!menuVisible(QStringLiteral("&Review")));
    QCOMPARE(status->text(), QStringLiteral("6 questions in 4 sections"));

    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    QVERIFY(!menuVisible(QStringLiteral("&Study")));
    QVERIFY(menuVisible(QStringLiteral("&Review")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("nextCardAction"))->isEnabled());
    QVERIFY(status->text() != QStringLiteral("6 questions in 4 sections"));

    QVERIFY(window.showPage(QStringLiteral("browsePage")));
    QVERIFY(!status->text().contains(QLatin1String("questions in")));
    // Alt+1 goes back to Study.
    window.findChild<QAction *>(QStringLiteral("goStudyAction"))->trigger();
    QCOMPARE(window.currentPage(), window.studyPage());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("nextCardAction"))->isEnabled());
}

void TestMainWindow::undoFollowsThePage()
{
    // Edit ▸ Undo acts on the current page's undo stack, and only while that page shows.
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled()); // the Study page has nothing to undo

    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    QUndoStack *stack = window.currentPage()->undoStack();
    QVERIFY(stack);
    QCOMPARE(window.undoGroup()->activeStack(), stack);
    int undone = 0;
    struct Probe : QUndoCommand
    {
        int *undone;
        explicit Probe(int *counter)
            : QUndoCommand(QStringLiteral("Probe"))
            , undone(counter)
        { }
        void undo() override { ++*undone; }
        void redo() override { }
    };
    stack->push(new Probe(&undone));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Probe"));

    window.showPage(window.studyPage());
    QVERIFY(!undo->isEnabled());
    window.showPage(QStringLiteral("reviewPage"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone, 1);
    // Ctrl+Shift+Z redoes (the action must not hold the same key twice: that never fires).
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(redo->isEnabled());
    QCOMPARE(QSet<QKeySequence>(redo->shortcuts().cbegin(), redo->shortcuts().cend()).size(),
        redo->shortcuts().size());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());
}

void TestMainWindow::deckProblemsShowInTheWindow()
{
    QTemporaryDir folder;
    QVERIFY(QDir().mkpath(folder.filePath(QStringLiteral("diagrams"))));
    QVERIFY(QFile::copy(fixtureDeckPath() + QStringLiteral("/f01-queue-basics.md"),
        folder.filePath(QStringLiteral("f01-queue-basics.md"))));
    QVERIFY(QFile::copy(fixtureDeckPath() + QStringLiteral("/diagrams/f01-queue-basics.dot"),
        folder.filePath(QStringLiteral("diagrams/f01-queue-basics.dot"))));
    QVERIFY(QFile::copy(QStringLiteral(ARCHDECK_TEST_DATA "/broken-card.md"),
        folder.filePath(QStringLiteral("broken-card.md"))));
    const Deck deck = Deck::load(folder.path(), QStringLiteral("mydeck/"));
    QCOMPARE(deck.cards().size(), 1);

    MainWindow window(&deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProblemsBanner *banner = window.problemsBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->summary().startsWith(QLatin1String("1 problem in this deck")),
        qPrintable(banner->summary()));
    QVERIFY2(banner->details().startsWith(QLatin1String("mydeck/broken-card.md:")),
        qPrintable(banner->details()));
    // The good card still loads and shows.
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("f01-queue-basics"));
    banner->findChild<QAbstractButton *>(QStringLiteral("problemsCloseButton"))->click();
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::aMissingDeckFolderSaysSo()
{
    const Deck deck
        = Deck::load(QStringLiteral("/nonexistent/deck"), QStringLiteral("/nonexistent/deck/"));
    MainWindow window(&deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.problemsBanner()->isVisible());
    QVERIFY2(window.problemsBanner()->summary().contains(QLatin1String("/nonexistent/deck")),
        qPrintable(window.problemsBanner()->summary()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("nextCardAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("revealAction"))->isEnabled());
    QVERIFY(!window.findChild<DiagramPane *>(QStringLiteral("diagramPane"))->view()->hasDiagram());
    // The one sentence is all there is to say: no Details button.
    QVERIFY(!window.problemsBanner()
                 ->findChild<QAbstractButton *>(QStringLiteral("problemsDetailsButton"))
                 ->isVisible());
}

void TestMainWindow::linksAndImagesAreNeverLoaded()
{
    CardView view;
    QCOMPARE(
        view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))),
        QVariant());
    QCOMPARE(view.loadResource(
                 QTextDocument::HtmlResource, QUrl(QStringLiteral("https://example.com/"))),
        QVariant());
    Card card;
    card.id = QStringLiteral("x");
    card.title = QStringLiteral("Links");
    card.answer
        = QStringLiteral("See [docs](https://example.com) and ![diagram](file:///etc/passwd)");
    view.showCard(card, 1, 1);
    view.setAnswerRevealed(true);
    QVERIFY(view.toPlainText().contains(QLatin1String("[image: diagram]")));
    QVERIFY(!view.toHtml().contains(QLatin1String("<img")));
    QVERIFY(!view.openLinks());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

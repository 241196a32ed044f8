// The whiteboard, driven offscreen through its real widgets and the real layout worker: the
// editor (palette clicks add nodes, a drag connects them, F2 renames in place; undo and redo
// through the stack, the DOT text matching at every step; quick add and its errors; typing in
// the text view; nodes gliding to their new place), the page (your version autosaved and shown
// on the study card with its marker, reset to the reference) and a challenge from an empty
// canvas to a score saved with the attempt.
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "diagramcanvas.h"
#include "diagramtextitem.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "diagrampane.h"
#include "diffview.h"
#include "dottexteditor.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "kindpalette.h"
#include "layoutengine.h"
#include "mainwindow.h"
#include "studypage.h"
#include "theme.h"
#include "whiteboardpage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kEmpty = "digraph drawing {\n  rankdir=LR;\n}\n";

/// A mouse event straight to the canvas viewport: QTest's own do not carry held buttons into
/// moves reliably.
void sendMouse(DiagramCanvas *canvas, QEvent::Type type, const QPointF &scenePos,
    Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPoint at = canvas->mapFromScene(scenePos);
    QMouseEvent event(type, at, canvas->viewport()->mapToGlobal(at),
        type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, modifiers);
    QApplication::sendEvent(canvas->viewport(), &event);
}

} // namespace

class TestWhiteboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void paletteConnectRenameUndoRedo();
    void quickAddAddsInOneStepAndReportsErrors();
    void typingUpdatesTheCanvasAndKeepsTheLastGoodDiagram();
    void nodesGlideToTheirNewPlace();
    void yourVersionIsSavedAndShownOnTheCard();
    void challengeFromAnEmptyCanvasToAScore();
    void challengeCanStartWithTheClients();

private:
    bool waitForLayout(DiagramEditor *editor);
    /// After DiagramDocument::load(): the parse, then the layout of what it read.
    bool waitForLoad(DiagramEditor *editor)
    {
        // Each finished layout is a chance: the first may still be of what was there before.
        QSignalSpy shown(editor, &DiagramEditor::layoutShown);
        const auto loaded = [editor] {
            return editor->document()->isTextParsed() && !editor->isLayoutPending()
                && editor->canvas()->hasDiagram();
        };
        for (int layouts = 0; layouts < 5 && !loaded(); ++layouts)
            if (!shown.wait(15000))
                return false;
        return loaded();
    }    void clickPalette(DiagramEditor *editor, const QString &kind);
    QString text(DiagramEditor *editor) const;

    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    Deck m_deck;
};

void TestWhiteboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(u"settings"_s));
    m_deck = loadFixtureDeck();
    QVERIFY(m_deck.diagnostics().isEmpty());
}

void TestWhiteboard::init()
{
    Theme::apply(Theme::Kind::Light);
}

bool TestWhiteboard::waitForLayout(DiagramEditor *editor)
{
    QSignalSpy shown(editor, &DiagramEditor::layoutShown);
    return shown.wait(15000) && shown.last().first().toBool();
}

void TestWhiteboard::clickPalette(DiagramEditor *editor, const QString &kind)
{
    KindPalette *palette = editor->palette();
    for (int row = 0; row < palette->count(); ++row) {
        if (palette->kindAt(row) == kind) {
            const QRect rect = palette->visualItemRect(palette->item(row));
            QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, rect.center());
            return;
        }
    }
    QFAIL(qPrintable(u"no palette entry "_s + kind));
}

QString TestWhiteboard::text(DiagramEditor *editor) const
{
    return QString::fromUtf8(editor->textEditor()->dotText());
}

void TestWhiteboard::paletteConnectRenameUndoRedo()
{
    LayoutEngine engine;
    DiagramDocument document(m_clock);
    DiagramEditor editor(&engine);
    editor.resize(1200, 700);
    editor.setDocument(&document, u"drawing.dot"_s);
    editor.canvas()->setAnimationEnabled(false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    document.load(kEmpty);
    QVERIFY(waitForLoad(&editor));
    QCOMPARE(text(&editor), QString::fromUtf8(kEmpty));

    // Two nodes from the palette; each opens its name for typing (Esc keeps the default).
    clickPalette(&editor, u"client"_s);
    QVERIFY(waitForLayout(&editor));
    QVERIFY(editor.canvas()->isRenaming());
    QTest::keyClick(editor.canvas()->renameEditor(), Qt::Key_Escape);
    const QString oneNode = u"digraph drawing {\n  rankdir=LR;\n\n"
                            "  client [kind=\"client\", label=\"Client\"];\n}\n"_s;
    QCOMPARE(text(&editor), oneNode);
    clickPalette(&editor, u"database"_s);
    QVERIFY(waitForLayout(&editor));
    QTest::keyClick(editor.canvas()->renameEditor(), Qt::Key_Escape);
    const QString twoNodes = u"digraph drawing {\n  rankdir=LR;\n\n"
                             "  client [kind=\"client\", label=\"Client\"];\n"
                             "  database [kind=\"database\", label=\"Database\"];\n}\n"_s;
    QCOMPARE(text(&editor), twoNodes);

    // Connect: drag from the client to the database.
    DiagramCanvas *canvas = editor.canvas();
    const QPointF from = canvas->nodeElement(u"client"_s)->box.center();
    const QPointF to = canvas->nodeElement(u"database"_s)->box.center();
    sendMouse(canvas, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseButtonRelease, to, Qt::NoButton);
    QVERIFY(waitForLayout(&editor));
    const QString connected = u"digraph drawing {\n  rankdir=LR;\n\n"
                              "  client [kind=\"client\", label=\"Client\"];\n"
                              "  database [kind=\"database\", label=\"Database\"];\n\n"
                              "  client -> database;\n}\n"_s;
    QCOMPARE(text(&editor), connected);

    // Rename the database in place: select it, F2, type, Enter.
    canvas->selectElement(canvas->nodeElement(u"database"_s)->svgId);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_F2);
    QVERIFY(canvas->isRenaming());
    QCOMPARE(canvas->renameEditor()->text(), u"Database"_s);
    canvas->renameEditor()->selectAll();
    QTest::keyClicks(canvas->renameEditor(), u"Orders DB"_s);
    QTest::keyClick(canvas->renameEditor(), Qt::Key_Return);
    QVERIFY(waitForLayout(&editor));
    const QString renamed = QString(connected).replace(u"\"Database\""_s, u"\"Orders DB\""_s);
    QCOMPARE(text(&editor), renamed);
    QCOMPARE(document.undoStack()->count(), 4);

    // Undo three times: back to the first node alone; redo brings the second back.
    QUndoStack *stack = document.undoStack();
    stack->undo();
    QCOMPARE(text(&editor), connected);
    stack->undo();
    QCOMPARE(text(&editor), twoNodes);
    stack->undo();
    QCOMPARE(text(&editor), oneNode);
    QVERIFY(waitForLayout(&editor));
    QVERIFY(canvas->nodeElement(u"client"_s));
    QVERIFY(!canvas->nodeElement(u"database"_s));
    stack->redo();
    QCOMPARE(text(&editor), twoNodes);
    QVERIFY(waitForLayout(&editor));
    QVERIFY(canvas->nodeElement(u"database"_s));
}

void TestWhiteboard::quickAddAddsInOneStepAndReportsErrors()
{
    LayoutEngine engine;
    DiagramDocument document(m_clock);
    DiagramEditor editor(&engine);
    editor.setDocument(&document, u"drawing.dot"_s);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    document.load(kEmpty);
    QVERIFY(waitForLoad(&editor));

    QLineEdit *bar = editor.quickAddField();
    bar->setFocus();
    QTest::keyClicks(bar, u"client -> alb -> orders -> db:databse"_s);
    QTest::keyClick(bar, Qt::Key_Return);
    QVERIFY(editor.quickAddError().contains(u"did you mean 'database'"_s));
    QCOMPARE(bar->text(), u"client -> alb -> orders -> db:databse"_s); // kept to fix
    QCOMPARE(document.undoStack()->count(), 0);

    for (int i = 0; i < 3; ++i)
        bar->backspace();
    QTest::keyClicks(bar, u"base"_s);
    QTest::keyClick(bar, Qt::Key_Return);
    QVERIFY(waitForLayout(&editor));
    QCOMPARE(editor.quickAddError(), QString());
    QCOMPARE(bar->text(), QString());
    QCOMPARE(document.undoStack()->count(), 1);
    const DiagramGraph &g = document.graph();
    QCOMPARE(g.nodes.size(), 4);
    QCOMPARE(g.edges.size(), 3);
    QCOMPARE(g.node(u"alb"_s)->kind(), u"loadbalancer"_s);
    QCOMPARE(g.node(u"orders"_s)->kind(), u"service"_s);
    QCOMPARE(g.node(u"db"_s)->kind(), u"database"_s);
    QVERIFY(editor.canvas()->nodeElement(u"db"_s));
}

void TestWhiteboard::typingUpdatesTheCanvasAndKeepsTheLastGoodDiagram()
{
    LayoutEngine engine;
    DiagramDocument document(m_clock);
    DiagramEditor editor(&engine);
    editor.setDocument(&document, u"drawing.dot"_s);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    document.load("digraph drawing {\n  a -> b;\n}\n");
    QVERIFY(waitForLoad(&editor));

    DotTextEditor *textView = editor.textEditor();
    textView->setFocus();
    QTextCursor cursor = textView->textCursor();
    cursor.movePosition(QTextCursor::End); // after the last newline
    cursor.movePosition(QTextCursor::Up, QTextCursor::MoveAnchor, 2); // "  a -> b;"
    cursor.movePosition(QTextCursor::EndOfLine);
    textView->setTextCursor(cursor);
    QTest::keyClick(textView, Qt::Key_Return);
    QTest::keyClicks(textView, u"b -> c;"_s);
    QVERIFY2(waitForLayout(&editor), document.text().constData());
    QTRY_VERIFY(editor.canvas()->nodeElement(u"c"_s));
    QCOMPARE(document.undoStack()->count(), 1); // one burst of typing, one step

    // A syntax error: the canvas keeps c, the banner says where.
    QTest::keyClicks(textView, u" ->"_s);
    auto *banner = editor.findChild<QLabel *>(u"editorError"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"drawing.dot:"_s), qPrintable(banner->text()));
    QVERIFY(editor.canvas()->nodeElement(u"c"_s));
    QVERIFY(!textView->diagnostics().isEmpty());
}

void TestWhiteboard::nodesGlideToTheirNewPlace()
{
    LayoutEngine engine;
    DiagramDocument document(m_clock);
    DiagramEditor editor(&engine);
    editor.setDocument(&document, u"drawing.dot"_s);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    document.load("digraph drawing {\n  rankdir=LR;\n  a -> b;\n}\n");
    QVERIFY(waitForLoad(&editor));
    QSignalSpy started(editor.canvas(), &DiagramCanvas::animationStarted);
    QSignalSpy finished(editor.canvas(), &DiagramCanvas::animationFinished);
    QVERIFY(editor.quickAdd(u"x -> a"_s)); // a moves right to make room for x
    QVERIFY(waitForLayout(&editor));
    QCOMPARE(started.size(), 1);
    QVERIFY(editor.canvas()->isAnimating());
    // Each gliding node carries its label ("a", "b", "x"); the diagram's own text waits hidden.
    int carried = 0;
    for (QGraphicsItem *item : editor.canvas()->scene()->items()) {
        if (item->type() != DiagramTextItem::Type)
            continue;
        if (item->parentItem())
            carried += static_cast<DiagramTextItem *>(item)->runCount();
        else
            QVERIFY(!item->isVisible());
    }
    QCOMPARE(carried, 3);
    QVERIFY(finished.wait(2000));
    QVERIFY(!editor.canvas()->isAnimating());

    // Another document while the nodes are still moving (a card switched, a version restored
    // within 150 ms of an edit): the animation ends with the old scene, nothing dangles.
    QVERIFY(editor.quickAdd(u"y -> a"_s));
    QVERIFY(waitForLayout(&editor));
    QVERIFY(editor.canvas()->isAnimating());
    DiagramDocument other(m_clock);
    editor.setDocument(&other, u"other.dot"_s);
    QVERIFY(!editor.canvas()->isAnimating());
    other.load("digraph { p -> q }");
    QVERIFY(waitForLoad(&editor));
    QVERIFY(editor.canvas()->nodeElement(u"q"_s));
    QVERIFY(!editor.canvas()->isAnimating()); // a fresh canvas: nothing glides, nothing dangles
}

void TestWhiteboard::yourVersionIsSavedAndShownOnTheCard()
{
    QTemporaryDir data;
    CollectionStore store;
    QVERIFY(store.open(data.path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    MainWindow window(&m_deck, &m_clock);
    window.setCollection(&store, QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WhiteboardPage *page = window.whiteboardPage();
    QVERIFY(page->editCard(u"f04-cache-aside"_s));
    window.showPage(page);
    QVERIFY(waitForLoad(page->editor()));

    QVERIFY(page->editor()->quickAdd(u"cache -> \"Warm-up job\":worker"_s));
    QVERIFY(waitForLayout(page->editor()));
    // Saved within a second, without a Save button.
    QTRY_VERIFY_WITH_TIMEOUT(store.currentDiagramVersion(u"f04-cache-aside"_s).value.has_value(), 1000);
    const auto saved = store.currentDiagramVersion(u"f04-cache-aside"_s).value;
    QVERIFY(saved->dot.contains("Warm-up job"));

    // The study card shows it, marked.
    window.showPage(window.studyPage());
    QVERIFY(window.studyPage()->showCard(u"f04-cache-aside"_s));
    window.findChild<QAction *>(u"revealAction"_s)->trigger();
    QTRY_VERIFY(window.studyPage()->diagramPane()->versionMarker().contains(u"your version"_s));

    // Reset to the reference: no version current; the card shows the reference again.
    window.showPage(page);
    page->findChild<QPushButton *>(u"resetButton"_s)->click();
    QVERIFY(!store.currentDiagramVersion(u"f04-cache-aside"_s).value.has_value());
    QVERIFY(!page->document()->text().contains("Warm-up job"));
    QCOMPARE(store.diagramVersions(u"f04-cache-aside"_s).value.size(), 1); // kept to restore
    window.showPage(window.studyPage());
    QTRY_COMPARE(window.studyPage()->diagramPane()->versionMarker(), QString());
}

void TestWhiteboard::challengeFromAnEmptyCanvasToAScore()
{
    QTemporaryDir data;
    CollectionStore store;
    QVERIFY(store.open(data.path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    MainWindow window(&m_deck, &m_clock);
    window.setCollection(&store, QString());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // From the study card: Draw It Yourself.
    QVERIFY(window.studyPage()->showCard(u"f01-queue-basics"_s));
    window.findChild<QAction *>(u"studyDrawDiagramAction"_s)->trigger();
    WhiteboardPage *page = window.whiteboardPage();
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(page->mode(), WhiteboardPage::Mode::Challenge);
    QVERIFY(waitForLoad(page->editor()));
    QVERIFY(page->document()->graph().nodes.isEmpty()); // the reference is hidden

    m_clock.advance(95);
    QVERIFY(page->editor()->quickAdd(u"producer -> queue:queue"_s));
    QVERIFY(waitForLayout(page->editor()));
    page->findChild<QPushButton *>(u"checkButton"_s)->click();
    QCOMPARE(page->mode(), WhiteboardPage::Mode::Result);
    const auto attempts = store.whiteboardAttempts(u"f01-queue-basics"_s).value;
    QCOMPARE(attempts.size(), 1);
    QVERIFY(attempts.first().score > 0 && attempts.first().score < 1);
    QCOMPARE(attempts.first().durationMs(), 95000);
    QVERIFY(attempts.first().drawing.contains("producer"));
    auto *score = page->diffView()->findChild<QLabel *>(u"diffScore"_s);
    QVERIFY(score);
    const QString percent = QString::number(qRound(attempts.first().score * 100));
    QTRY_VERIFY(score->text().contains(percent));

    // The study card says how it went.
    window.showPage(window.studyPage());
    QVERIFY(window.studyPage()->showCard(u"f01-queue-basics"_s));
    window.findChild<QAction *>(u"revealAction"_s)->trigger();
    QTRY_COMPARE(window.studyPage()->diagramPane()->scoreText(),
        u"drawn 1× · best %1 % · last %1 %"_s.arg(percent));
}

void TestWhiteboard::challengeCanStartWithTheClients()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WhiteboardPage *page = window.whiteboardPage();
    auto *starters = page->findChild<QAction *>(u"starterNodesAction"_s);
    QVERIFY(starters);
    starters->setChecked(true);
    QVERIFY(page->drawCard(u"f06-rate-limits"_s));
    QVERIFY(waitForLoad(page->editor()));
    const DiagramGraph &drawing = page->document()->graph();
    QCOMPARE(drawing.nodes.size(), 1);
    QCOMPARE(drawing.nodes.first().label(), u"Partner"_s);
    QVERIFY(drawing.edges.isEmpty());
    starters->setChecked(false);
    QVERIFY(page->drawCard(u"f06-rate-limits"_s));
    QVERIFY(waitForLoad(page->editor()));
    QVERIFY(page->document()->graph().nodes.isEmpty());
}

QTEST_MAIN(TestWhiteboard)
#include "tst_whiteboard.moc"

// The diagram beside the card, driven through the real study window: when it appears, switching
// cards, errors over the last good diagram, a crashing diagram, selection, zoom, theme, legend.
#include "cardfile.h"
#include "deck.h"
#include "diagrampane.h"
#include "diagramview.h"
#include "guitestenvironment.h"
#include "mainwindow.h"
#include "testdiagrams.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ArchDeck;

class TestDiagramPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void diagramAppearsWithTheAnswer();
    void settingShowsTheDiagramBeforeTheAnswer();
    void nextCardShowsItsDiagram();
    void errorsShowOverTheLastGoodDiagram();
    void crashingDiagramNeverHurtsTheApp();
    void slowLayoutShowsBusyBarWithCancel();
    void clickSelectsAndNamesAnElement();
    void zoomShortcuts();
    void followsTheTheme();
    void legendShowsEveryKind();

private:
    static bool waitForDiagram(DiagramPane *pane, bool expectOk = true);
    static void reveal(MainWindow &window);
    Deck makeDeck(const QList<QPair<QString, QByteArray>> &diagrams);

    QTemporaryDir m_dir;
    Deck m_bundled;
};

void TestDiagramPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(QStringLiteral("settings")));
    m_bundled = Deck::bundled();
}

void TestDiagramPane::init()
{
    QSettings().clear();
    Theme::apply(Theme::Kind::Light);
}

bool TestDiagramPane::waitForDiagram(DiagramPane *pane, bool expectOk)
{
    QSignalSpy spy(pane, &DiagramPane::diagramShown);
    if (!spy.wait(15000))
        return false;
    return spy.last().first().toBool() == expectOk;
}

void TestDiagramPane::reveal(MainWindow &window)
{
    window.findChild<QAction *>(QStringLiteral("revealAction"))->trigger();
}

/// A deck folder with one card per (id, DOT source): DIR/content/<id>.md, DIR/diagrams/<id>.dot.
Deck TestDiagramPane::makeDeck(const QList<QPair<QString, QByteArray>> &diagrams)
{
    static int counter = 0;
    QDir root(m_dir.filePath(QStringLiteral("deck%1").arg(++counter)));
    root.mkpath(QStringLiteral("content"));
    root.mkpath(QStringLiteral("diagrams"));
    for (const auto &[id, dot] : diagrams) {
        Card card;
        card.id = id;
        card.section = QStringLiteral("Test");
        card.title = QStringLiteral("Question %1").arg(id);
        card.diagram = QStringLiteral("diagrams/%1.dot").arg(id);
        card.tags = {QStringLiteral("test")};
        card.answer = QStringLiteral("Answer.");
        QFile cardFile(root.filePath(QStringLiteral("content/%1.md").arg(id)));
        cardFile.open(QIODevice::WriteOnly);
        cardFile.write(CardFile::serialize(card));
        QFile dotFile(root.filePath(card.diagram));
        dotFile.open(QIODevice::WriteOnly);
        dotFile.write(dot);
    }
    return Deck::load(root.filePath(QStringLiteral("content")), QStringLiteral("content/"));
}

void TestDiagramPane::diagramAppearsWithTheAnswer()
{
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q04-outbox-pattern")));
    auto *message = pane->findChild<QLabel *>(QStringLiteral("diagramMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("appears with the answer")));
    QVERIFY(!pane->view()->hasDiagram());

    reveal(window);
    QVERIFY(waitForDiagram(pane));
    QVERIFY(pane->view()->isVisible());
    QVERIFY(!message->isVisible());
    const DiagramLayout &layout = pane->view()->layout();
    int nodes = 0;
    bool database = false;
    for (const LayoutElement &e : layout.elements) {
        nodes += e.type == LayoutElement::Type::Node;
        database = database || e.kind == QLatin1String("database");
    }
    QVERIFY2(nodes >= 5, qPrintable(QString::number(nodes)));
    QVERIFY(database); // the outbox table sits in the database
    QCOMPARE(pane->errorText(), QString());
}

void TestDiagramPane::settingShowsTheDiagramBeforeTheAnswer()
{
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q12-retries-dlqs")));
    QVERIFY(!pane->view()->hasDiagram());
    window.findChild<QAction *>(QStringLiteral("diagramEarlyAction"))->setChecked(true);
    QVERIFY(waitForDiagram(pane));
    QVERIFY(QSettings().value(QStringLiteral("study/diagramBeforeAnswer")).toBool());
}

void TestDiagramPane::nextCardShowsItsDiagram()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q11-sqs-sns-kinesis")));
    QVERIFY(waitForDiagram(pane));
    const QRectF first = pane->view()->layout().bounds;
    QSignalSpy spy(pane, &DiagramPane::diagramShown);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QCOMPARE(window.currentCardId(), QStringLiteral("q12-retries-dlqs"));
    QVERIFY(spy.wait(15000) || !spy.isEmpty());
    QVERIFY(spy.last().first().toBool());
    QVERIFY(pane->view()->layout().bounds != first);
}

void TestDiagramPane::errorsShowOverTheLastGoodDiagram()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    const Deck deck
        = makeDeck({{QStringLiteral("q01-good"), "digraph { a [kind=\"service\"]; a -> b; }\n"},
            {QStringLiteral("q02-bad"), "digraph {\n  a -> b [label=\"x\"\n  b -> c;\n}\n"}});
    QVERIFY(deck.diagnostics().isEmpty());
    MainWindow window(&deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q01-good")));
    QVERIFY(waitForDiagram(pane));
    QVERIFY(window.selectCard(QStringLiteral("q02-bad")));
    QVERIFY(waitForDiagram(pane, false));
    QVERIFY(pane->view()->hasDiagram()); // never a blank pane
    QVERIFY(pane->view()->isVisible());
    // As the user reads it: "->", not "-&gt;".
    QVERIFY2(
        pane->errorText().contains(QLatin1String("diagrams/q02-bad.dot:3: syntax error near '->'")),
        qPrintable(pane->errorText()));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("diagramError"))->textFormat(), Qt::RichText);
}

void TestDiagramPane::crashingDiagramNeverHurtsTheApp()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    // Graphviz 2.42 segfaults on this graph (concentrate=true with a repeated edge pair).
    const Deck deck = makeDeck(
        {{QStringLiteral("q01-crash"),
             "digraph G {\n concentrate=true;\n  a -> 4 -> b\n  a -> b\n  a -> b\n  b -> a\n}\n"},
            {QStringLiteral("q02-fine"), "digraph { x [kind=\"queue\"]; x -> y; }\n"}});
    MainWindow window(&deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q01-crash")));
    QVERIFY(waitForDiagram(pane, false));
    QVERIFY(pane->errorText().contains(QLatin1String("the layout engine crashed on this diagram")));
    QVERIFY(window.selectCard(QStringLiteral("q02-fine")));
    QVERIFY(waitForDiagram(pane));
    QCOMPARE(pane->errorText(), QString());
    QCOMPARE(window.currentCardId(), QStringLiteral("q02-fine"));
}

void TestDiagramPane::slowLayoutShowsBusyBarWithCancel()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    const Deck deck = makeDeck({{QStringLiteral("q01-slow"), TestDiagrams::slow()}});
    MainWindow window(&deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    auto *busy = pane->findChild<QWidget *>(QStringLiteral("diagramBusy"));
    auto *message = pane->findChild<QLabel *>(QStringLiteral("diagramMessage"));
    QVERIFY(window.selectCard(QStringLiteral("q01-slow")));
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(pane->isBusy());
    QCOMPARE(message->text(), QStringLiteral("Laying out the diagram…"));

    QSignalSpy shown(pane, &DiagramPane::diagramShown);
    QTest::mouseClick(
        busy->findChild<QPushButton *>(QStringLiteral("cancelLayout")), Qt::LeftButton);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toBool(), false);
    QVERIFY(!busy->isVisible());
    QVERIFY2(pane->errorText().contains(QLatin1String("layout cancelled")),
        qPrintable(pane->errorText()));
    QCOMPARE(message->text(), QStringLiteral("No diagram to show: see the message above."));
}

void TestDiagramPane::clickSelectsAndNamesAnElement()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q04-outbox-pattern")));
    QVERIFY(waitForDiagram(pane));
    DiagramView *view = pane->view();
    const LayoutElement *target = nullptr;
    for (const LayoutElement &e : view->layout().elements)
        if (e.type == LayoutElement::Type::Node && e.kind == QLatin1String("database"))
            target = &e;
    QVERIFY(target);
    const QPoint at = view->mapFromScene(target->box.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(view->selectedElement());
    QCOMPARE(view->selectedElement()->svgId, target->svgId);
    auto *selection = pane->findChild<QLabel *>(QStringLiteral("diagramSelection"));
    QVERIFY2(selection->text().contains(QLatin1String("database")), qPrintable(selection->text()));
    // A click on empty canvas clears it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QVERIFY(!view->selectedElement());
}

void TestDiagramPane::zoomShortcuts()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q15-circuit-breakers-timeouts")));
    QVERIFY(waitForDiagram(pane));
    DiagramView *view = pane->view();
    QVERIFY(view->isFitToView());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view->zoom() > 1.0);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < 1.0);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(view->isFitToView());
}

void TestDiagramPane::followsTheTheme()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    QVERIFY(window.selectCard(QStringLiteral("q04-outbox-pattern")));
    QVERIFY(waitForDiagram(pane));
    QSignalSpy spy(pane, &DiagramPane::diagramShown);
    Theme::apply(Theme::Kind::Dark);
    QVERIFY(spy.wait(15000));
    QVERIFY(spy.last().first().toBool());
    QCOMPARE(pane->view()->backgroundBrush().color(), QColor(0x1d, 0x1f, 0x22));
    Theme::apply(Theme::Kind::Light);
    QVERIFY(spy.wait(15000));
    QCOMPARE(pane->view()->backgroundBrush().color(), QColor(Qt::white));
}

void TestDiagramPane::legendShowsEveryKind()
{
    MainWindow window(&m_bundled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<DiagramPane *>(QStringLiteral("diagramPane"));
    bool shown = false;
    int nodes = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *view = dialog->findChild<DiagramView *>();
        shown = QTest::qWaitFor([view] { return view->hasDiagram(); }, 15000);
        for (const LayoutElement &e : view->layout().elements)
            nodes += e.type == LayoutElement::Type::Node;
        dialog->reject();
    });
    pane->findChild<QToolButton *>(QStringLiteral("legendButton"))->click();
    QVERIFY(shown);
    QVERIFY2(nodes >= 20, qPrintable(QString::number(nodes))); // one per node kind, and more
}

QTEST_MAIN(TestDiagramPane)
#include "tst_diagrampane.moc"

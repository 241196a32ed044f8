// The diagram beside the card, driven through the real study window on the fixture deck
// (tests/data/fixture-deck) and on decks written here (a syntax error, a crashing diagram, a slow
// one): when it appears, switching cards, errors over the last good diagram, a crashing diagram,
// selection and hover named as the user reads them, zoom and its level, the no-diagram state,
// theme, legend.
#include "cardfile.h"
#include "clock.h"
#include "deck.h"
#include "diagramelementitem.h"
#include "diagramtextitem.h"
#include "diagrampane.h"
#include "diagramview.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "layoutengine.h"
#include "legenddialog.h"
#include "mainwindow.h"
#include "studypage.h"
#include "testdiagrams.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFontInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QPainter>
#include <QTest>
#include <QTextDocumentFragment>
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
    void readableText_data();
    void readableText();
    void selectionAndHoverReadAsLabels_data();
    void selectionAndHoverReadAsLabels();
    void labelsAreDrawnByTheView();
    void zoomShortcuts();
    void zoomLevelFollowsTheZoom();
    void messageDropsTheDiagram();
    void referencePagesAndNoMatchesHaveNoDiagram();
    void followsTheTheme();
    void legendShowsEveryKind();
    void legendReadsAtTheAppFontSize();

private:
    static bool waitForDiagram(DiagramPane *pane, bool expectOk = true);
    static void reveal(MainWindow &window);
    static DiagramPane *studyDiagram(const MainWindow &window);
    static QWidget *keyTarget(QWidget *fallback);
    Deck makeDeck(const QList<QPair<QString, QByteArray>> &diagrams);
    static QToolButton *zoomLevel(DiagramPane *pane);

    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    Deck m_deck; ///< the fixture deck
};

void TestDiagramPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(QStringLiteral("settings")));
    m_deck = loadFixtureDeck();
    QVERIFY2(m_deck.diagnostics().isEmpty(), qPrintable(m_deck.diagnostics().value(0).toString()));
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

QToolButton *TestDiagramPane::zoomLevel(DiagramPane *pane)
{
    return pane->findChild<QToolButton *>(QStringLiteral("zoomLevel"));
}

void TestDiagramPane::reveal(MainWindow &window)
{
    window.findChild<QAction *>(QStringLiteral("revealAction"))->trigger();
}

DiagramPane *TestDiagramPane::studyDiagram(const MainWindow &window)
{
    return window.studyPage()->diagramPane();
}

QWidget *TestDiagramPane::keyTarget(QWidget *fallback)
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
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
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f04-cache-aside")));
    auto *message = pane->findChild<QLabel *>(QStringLiteral("diagramMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("appears with the answer")));
    QVERIFY(!pane->view()->hasDiagram());

    reveal(window);
    QVERIFY(waitForDiagram(pane));
    QVERIFY(pane->view()->isVisible());
    QVERIFY(!message->isVisible());
    // f04-cache-aside.dot: the app, Redis and the database, with their kinds.
    QStringList nodes;
    for (const LayoutElement &e : pane->view()->layout().elements)
        if (e.type == LayoutElement::Type::Node)
            nodes.append(e.label + u'/' + e.kind);
    nodes.sort();
    QCOMPARE(nodes,
        (QStringList {QStringLiteral("App/service"), QStringLiteral("Database/database"),
            QStringLiteral("Redis/cache")}));
    QCOMPARE(pane->errorText(), QString());
}

void TestDiagramPane::settingShowsTheDiagramBeforeTheAnswer()
{
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f03-dead-letter")));
    QVERIFY(!pane->view()->hasDiagram());
    window.findChild<QAction *>(QStringLiteral("diagramEarlyAction"))->setChecked(true);
    QVERIFY(waitForDiagram(pane));
    QVERIFY(QSettings().value(QStringLiteral("study/diagramBeforeAnswer")).toBool());
}

void TestDiagramPane::nextCardShowsItsDiagram()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f01-queue-basics")));
    QVERIFY(waitForDiagram(pane));
    const QRectF first = pane->view()->layout().bounds;
    QSignalSpy spy(pane, &DiagramPane::diagramShown);
    QTest::keyClick(keyTarget(&window), Qt::Key_J);
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("f02-retry-code"));
    QVERIFY(spy.wait(15000) || !spy.isEmpty());
    QVERIFY(spy.last().first().toBool());
    QVERIFY(pane->view()->layout().bounds != first);
    // f02-retry-code.dot: the client calling the flaky API.
    QStringList labels;
    for (const LayoutElement &e : pane->view()->layout().elements)
        labels.append(e.label);
    QVERIFY2(labels.contains(QStringLiteral("Flaky API")), qPrintable(labels.join(u'|')));
}

void TestDiagramPane::errorsShowOverTheLastGoodDiagram()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    const Deck deck
        = makeDeck({{QStringLiteral("t01-good"), "digraph { a [kind=\"service\"]; a -> b; }\n"},
            {QStringLiteral("t02-bad"), "digraph {\n  a -> b [label=\"x\"\n  b -> c;\n}\n"}});
    QVERIFY(deck.diagnostics().isEmpty());
    MainWindow window(&deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("t01-good")));
    QVERIFY(waitForDiagram(pane));
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("t02-bad")));
    QVERIFY(waitForDiagram(pane, false));
    QVERIFY(pane->view()->hasDiagram()); // never a blank pane
    QVERIFY(pane->view()->isVisible());
    // As the user reads it: "->", not "-&gt;".
    QVERIFY2(
        pane->errorText().contains(QLatin1String("diagrams/t02-bad.dot:3: syntax error near '->'")),
        qPrintable(pane->errorText()));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("diagramError"))->textFormat(), Qt::RichText);
}

void TestDiagramPane::crashingDiagramNeverHurtsTheApp()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    // Graphviz 2.42 segfaults on this graph (concentrate=true with a repeated edge pair).
    const Deck deck = makeDeck({{QStringLiteral("t01-crash"), TestDiagrams::crashing()},
        {QStringLiteral("t02-fine"), "digraph { x [kind=\"queue\"]; x -> y; }\n"}});
    MainWindow window(&deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("t01-crash")));
    QVERIFY(waitForDiagram(pane, false));
    QVERIFY(pane->errorText().contains(QLatin1String("the layout engine crashed on this diagram")));
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("t02-fine")));
    QVERIFY(waitForDiagram(pane));
    QCOMPARE(pane->errorText(), QString());
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("t02-fine"));
}

void TestDiagramPane::slowLayoutShowsBusyBarWithCancel()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    const Deck deck = makeDeck({{QStringLiteral("t01-slow"), TestDiagrams::slow()}});
    MainWindow window(&deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    auto *busy = pane->findChild<QWidget *>(QStringLiteral("diagramBusy"));
    auto *message = pane->findChild<QLabel *>(QStringLiteral("diagramMessage"));
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("t01-slow")));
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
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f04-cache-aside")));
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
    QCOMPARE(QTextDocumentFragment::fromHtml(selection->text()).toPlainText(),
        QStringLiteral("Database — node, kind database"));
    // A click on empty canvas clears it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QVERIFY(!view->selectedElement());
}

void TestDiagramPane::readableText_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    // Labels arrive as drawn, lines joined by '\n' (escapes, \N and HTML are the worker's:
    // tst_layoutengine labelsReadAsDrawn); the pane puts them on one line.
    QTest::newRow("plain") << QStringLiteral("Client") << QStringLiteral("Client");
    QTest::newRow("two lines") << QStringLiteral("Outbox relay\n(poller / CDC)")
                               << QStringLiteral("Outbox relay (poller / CDC)");
    QTest::newRow("table cells") << QStringLiteral("Orders\nPostgres")
                                 << QStringLiteral("Orders Postgres");
    QTest::newRow("padded and blank lines")
        << QStringLiteral(" left \n\nright ") << QStringLiteral("left right");
    QTest::newRow("backslashes are text")
        << QStringLiteral("C:\\temp\\n") << QStringLiteral("C:\\temp\\n");
    QTest::newRow("markup is text")
        << QStringLiteral("<b>List<T></b> R&amp;D") << QStringLiteral("<b>List<T></b> R&amp;D");
    QTest::newRow("trailing backslash") << QStringLiteral("a\\") << QStringLiteral("a\\");
    QTest::newRow("empty") << QString() << QString();
}

void TestDiagramPane::readableText()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(DiagramElementItem::readableText(label), expected);
}

void TestDiagramPane::selectionAndHoverReadAsLabels_data()
{
    // A fixture card's diagram (tests/data/fixture-deck/diagrams), or `dot` when no card is given;
    // the element by its DOT id; the selection line and the tooltip as the user reads them.
    QTest::addColumn<QString>("card");
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("tip");
    const QString deadLetter = QStringLiteral("f03-dead-letter");
    const QString rateLimits = QStringLiteral("f06-rate-limits");
    QTest::newRow("edge, two-line labels")
        << deadLetter << QByteArray() << QStringLiteral("queue->dlq")
        << QStringLiteral("Main queue → Dead-letter queue — edge “redrive after maxReceiveCount”")
        << QStringLiteral("Main queue → Dead-letter queue — “redrive after maxReceiveCount”");
    QTest::newRow("edge without a label")
        << deadLetter << QByteArray() << QStringLiteral("dlq->alarm")
        << QStringLiteral("Dead-letter queue → Depth alarm — edge")
        << QStringLiteral("Dead-letter queue → Depth alarm");
    QTest::newRow("node, two-line label") << deadLetter << QByteArray() << QStringLiteral("dlq")
                                          << QStringLiteral("Dead-letter queue — node, kind queue")
                                          << QStringLiteral("Dead-letter queue");
    QTest::newRow("node, second line in brackets")
        << rateLimits << QByteArray() << QStringLiteral("gw")
        << QStringLiteral("API gateway (token bucket) — node, kind gateway")
        << QStringLiteral("API gateway (token bucket)");
    QTest::newRow("cluster") << rateLimits << QByteArray() << QStringLiteral("cluster_edge")
                             << QStringLiteral("Edge — boundary, kind boundary")
                             << QStringLiteral("Edge");
    // The word says what it is (a boundary), the kind what sort: they differ here.
    QTest::newRow("cluster of another kind")
        << QString()
        << QByteArrayLiteral("digraph {\n  subgraph cluster_tx {\n    kind=\"group\";\n"
                             "    label=\"one DB\\ntransaction\";\n"
                             "    orders [kind=\"database\", label=\"orders\\ntable\"];\n  }\n}\n")
        << QStringLiteral("cluster_tx")
        << QStringLiteral("one DB transaction — boundary, kind group")
        << QStringLiteral("one DB transaction");
}

void TestDiagramPane::selectionAndHoverReadAsLabels()
{
    QFETCH(QString, card);
    QFETCH(QByteArray, dot);
    QFETCH(QString, element);
    QFETCH(QString, selected);
    QFETCH(QString, tip);
    LayoutEngine engine;
    DiagramPane pane(&engine);
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy shown(&pane, &DiagramPane::diagramShown);
    if (card.isEmpty()) {
        pane.showDiagram(dot, QStringLiteral("labels.dot"));
    } else {
        QVERIFY(m_deck.card(card));
        pane.showCardDiagram(m_deck, m_deck.card(card), DiagramPane::Visibility::Shown);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QVERIFY2(shown.last().first().toBool(), qPrintable(pane.errorText()));

    DiagramView *view = pane.view();
    QString svgId;
    for (const LayoutElement &e : view->layout().elements)
        if (e.id == element)
            svgId = e.svgId;
    QVERIFY2(!svgId.isEmpty(), qPrintable(element));
    view->selectElement(svgId);
    auto *selection = pane.findChild<QLabel *>(QStringLiteral("diagramSelection"));
    QCOMPARE(QTextDocumentFragment::fromHtml(selection->text()).toPlainText(), selected);

    // Hovering shows the same names as tooltips: never an escape or a DOT id.
    QHash<QString, QString> tips;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (item->type() == DiagramElementItem::Type)
            tips.insert(static_cast<DiagramElementItem *>(item)->element().id, item->toolTip());
    }
    QCOMPARE(tips.value(element), tip);
    for (auto it = tips.cbegin(); it != tips.cend(); ++it)
        QVERIFY2(!it.value().contains(QLatin1Char('\\')) && !it.value().contains(QLatin1Char('\n')),
            qPrintable(it.key() + QStringLiteral(": ") + it.value()));
}

void TestDiagramPane::labelsAreDrawnByTheView()
{
    // The SVG item draws shapes and lines; the text item over it every label, where Qt SVG would.
    LayoutEngine engine;
    DiagramPane pane(&engine);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy shown(&pane, &DiagramPane::diagramShown);
    pane.showDiagram("digraph G {\n  rankdir=LR;\n  a [kind=\"service\", label=\"Orders\"];\n"
                     "  b [kind=\"database\", label=\"Ledger\"];\n  a -> b [label=\"INSERT\"];\n}\n",
        QStringLiteral("text.dot"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
    QVERIFY2(shown.last().first().toBool(), qPrintable(pane.errorText()));
    DiagramView *view = pane.view();
    QGraphicsItem *text = nullptr;
    for (QGraphicsItem *item : view->scene()->items())
        if (item->type() == DiagramTextItem::Type)
            text = item;
    QVERIFY(text);
    QCOMPARE(static_cast<DiagramTextItem *>(text)->runCount(), 3);

    // Inside each labelled box, the picture with the text differs from the one without it.
    const QRectF scene = view->scene()->sceneRect();
    const auto picture = [&] {
        QImage image(scene.size().toSize() * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view->scene()->render(&painter, QRectF(), scene);
        return image;
    };
    const QImage with = picture();
    text->setVisible(false);
    const QImage without = picture();
    text->setVisible(true);
    for (const LayoutElement &e : view->layout().elements) {
        if (e.type != LayoutElement::Type::Node)
            continue;
        const QRect box = QRectF((e.box.topLeft() - scene.topLeft()) * 2, e.box.size() * 2)
                              .toRect()
                              .intersected(with.rect());
        bool differs = false;
        for (int y = box.top(); y <= box.bottom() && !differs; ++y)
            for (int x = box.left(); x <= box.right() && !differs; ++x)
                differs = with.pixel(x, y) != without.pixel(x, y);
        QVERIFY2(differs, qPrintable(e.id + QStringLiteral(": no text drawn in its box")));
    }
}

void TestDiagramPane::zoomShortcuts()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f06-rate-limits")));
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

void TestDiagramPane::zoomLevelFollowsTheZoom()
{
    LayoutEngine engine;
    DiagramPane pane(&engine);
    pane.resize(360, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QToolButton *level = zoomLevel(&pane);
    QVERIFY(level);
    const QString nbsp(QChar(0x00A0));
    pane.showDiagram(TestDiagrams::good(), QStringLiteral("good.dot"));
    QVERIFY(waitForDiagram(&pane));
    DiagramView *view = pane.view();
    QVERIFY(view->isFitToView());
    QCOMPARE(level->text(), QString::number(qRound(view->zoom() * 100)) + nbsp + u'%');
    const QString fitted = level->text();

    // Resizing refits, and the level says so.
    pane.resize(720, 600);
    QTRY_VERIFY(level->text() != fitted);
    QCOMPARE(level->text(), QString::number(qRound(view->zoom() * 100)) + nbsp + u'%');

    QTest::mouseClick(level, Qt::LeftButton);
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(level->text(), QStringLiteral("100") + nbsp + u'%');
    pane.findChild<QToolButton *>(QStringLiteral("zoomIn"))->click();
    QCOMPARE(level->text(), QStringLiteral("125") + nbsp + u'%');
    pane.findChild<QToolButton *>(QStringLiteral("zoomOut"))->click();
    pane.findChild<QToolButton *>(QStringLiteral("zoomOut"))->click();
    QCOMPARE(level->text(), QStringLiteral("80") + nbsp + u'%');
    pane.findChild<QToolButton *>(QStringLiteral("fitDiagram"))->click();
    QVERIFY(view->isFitToView());
    QCOMPARE(level->text(), QString::number(qRound(view->zoom() * 100)) + nbsp + u'%');
}

void TestDiagramPane::messageDropsTheDiagram()
{
    LayoutEngine engine;
    DiagramPane pane(&engine);
    pane.resize(400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QList<QToolButton *> zoomButtons {pane.findChild<QToolButton *>(QStringLiteral("zoomIn")),
        pane.findChild<QToolButton *>(QStringLiteral("zoomOut")),
        pane.findChild<QToolButton *>(QStringLiteral("fitDiagram")), zoomLevel(&pane)};
    for (QToolButton *button : zoomButtons)
        QVERIFY(button && !button->isEnabled()); // nothing to zoom yet
    QVERIFY(!pane.hasDiagram());

    QSignalSpy changed(&pane, &DiagramPane::hasDiagramChanged);
    pane.showDiagram("digraph { a -> b; }", QStringLiteral("ab.dot"));
    QVERIFY(waitForDiagram(&pane));
    QVERIFY(pane.hasDiagram());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toBool(), true);
    for (QToolButton *button : zoomButtons)
        QVERIFY(button->isEnabled());

    pane.showMessage(QStringLiteral("Reference pages have no diagram."));
    QVERIFY(!pane.hasDiagram());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().toBool(), false);
    QVERIFY(pane.view()->scene()->items().isEmpty()); // dropped, not hidden
    QVERIFY(pane.view()->layout().elements.isEmpty());
    QVERIFY(!pane.view()->isVisible());
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("diagramMessage"))->text(),
        QStringLiteral("Reference pages have no diagram."));
    for (QToolButton *button : zoomButtons)
        QVERIFY(!button->isEnabled());
    QCOMPARE(zoomLevel(&pane)->text(), QStringLiteral("–")); // no diagram, no zoom level
    pane.showMessage(QStringLiteral("Still none."));
    QCOMPARE(changed.count(), 2); // only changes are signalled
}

void TestDiagramPane::referencePagesAndNoMatchesHaveNoDiagram()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f04-cache-aside")));
    QVERIFY(waitForDiagram(pane));
    QVERIFY(pane->hasDiagram());
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("r01-fixture-notes")));
    QVERIFY(!pane->hasDiagram());
    QVERIFY(!zoomLevel(pane)->isEnabled());

    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f05-write-through")));
    QVERIFY(waitForDiagram(pane));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("zzqxjv"));
    QTRY_VERIFY(!pane->hasDiagram());
    QVERIFY(pane->view()->scene()->items().isEmpty());
    QVERIFY(!zoomLevel(pane)->isEnabled());
}

void TestDiagramPane::followsTheTheme()
{
    QSettings().setValue(QStringLiteral("study/diagramBeforeAnswer"), true);
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f04-cache-aside")));
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
    MainWindow window(&m_deck, &m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramPane *pane = studyDiagram(window);
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

void TestDiagramPane::legendReadsAtTheAppFontSize()
{
    LayoutEngine engine;
    QWidget parent;
    parent.resize(600, 400);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    LegendDialog dialog(&engine, DiagramTheme::Dark, &parent);
    QSignalSpy ready(&dialog, &LegendDialog::ready);
    QVERIFY(ready.wait(15000));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    DiagramView *view = dialog.view();
    QVERIFY(view->hasDiagram());
    // Diagram labels are 14 pt in SVG units: at this zoom they are as tall as the app's text,
    // or on a screen too small for that (the offscreen one is 800×600) a little smaller.
    const QRect available = dialog.screen()->availableGeometry();
    const double labelPixels = view->zoom() * 14.0;
    const int textPixels = QFontInfo(dialog.font()).pixelSize();
    const bool fillsTheRoom = dialog.width() >= available.width() * 0.85
        || dialog.height() >= available.height() * 0.85;
    QVERIFY2(qAbs(labelPixels - textPixels) < 0.5
            || (fillsTheRoom && labelPixels < textPixels && labelPixels >= 0.75 * textPixels - 0.5),
        qPrintable(QStringLiteral("labels %1 px, text %2 px").arg(labelPixels).arg(textPixels)));
    QCOMPARE(view->backgroundBrush().color(), DiagramView::canvasColor(DiagramTheme::Dark));
    // Sized to the legend: no empty band beside or below it, and never off the screen.
    QVERIFY(available.contains(dialog.geometry()));
    QVERIFY2(view->width() <= view->diagramSize().width() + 1,
        qPrintable(QStringLiteral("%1 > %2").arg(view->width()).arg(view->diagramSize().width())));
    QVERIFY2(view->height() <= view->diagramSize().height() + 1,
        qPrintable(QStringLiteral("%1 > %2, dialog %3x%4 zoom %5")
                       .arg(view->height())
                       .arg(view->diagramSize().height())
                       .arg(dialog.width())
                       .arg(dialog.height())
                       .arg(view->zoom())));
    const bool scrolls
        = view->horizontalScrollBar()->isVisible() || view->verticalScrollBar()->isVisible();
    QVERIFY(!scrolls || fillsTheRoom); // only when the screen is too small
    QVERIFY(dialog.layout()->contentsMargins().left() <= dialog.fontMetrics().height());
}

QTEST_MAIN(TestDiagramPane)
#include "tst_diagrampane.moc"

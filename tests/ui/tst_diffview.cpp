// The whiteboard's diff view, offscreen with the real layout worker: the score and what it is
// made of, the "you missed" list, a mark with the right status on the right element on each side
// (ghosts in the attempt's layout, missed elements on the reference), a perfect attempt all
// green, missed lines found in both drawings from the keyboard, both views zooming together, a
// newer diff replacing an older one, and the dark canvas.
#include "diagramdiff.h"
#include "diagramtextitem.h"
#include "diagramview.h"
#include "diffview.h"
#include "guitestenvironment.h"
#include "layoutengine.h"

#include <QGraphicsSvgItem>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArchDeck::DiffSide)

namespace {

DiagramNode node(const QString &id, const QString &kind, const QString &label)
{
    return {id, {{u"kind"_s, kind}, {u"label"_s, label}}};
}

DiagramGraph graph(const QList<DiagramNode> &nodes, const QStringList &edges,
    const QList<DiagramCluster> &clusters = {})
{
    DiagramGraph g;
    g.name = u"g"_s;
    g.nodes = nodes;
    for (const QString &edge : edges)
        g.edges.append({edge.section(u'>', 0, 0), edge.section(u'>', 1, 1), {}});
    g.clusters = clusters;
    return g;
}

DiagramCluster boundary(const QString &id, const QString &label, const QStringList &nodes)
{
    return {id, {{u"kind"_s, u"boundary"_s}, {u"label"_s, label}}, {}, nodes};
}

/// client → api → db, api → queue → worker; api and db in the Orders boundary.
DiagramGraph reference()
{
    return graph(
        {node(u"client"_s, u"client"_s, u"Client"_s), node(u"api"_s, u"service"_s, u"Orders API"_s),
            node(u"db"_s, u"database"_s, u"Orders DB"_s),
            node(u"queue"_s, u"queue"_s, u"Jobs queue"_s),
            node(u"worker"_s, u"worker"_s, u"Mailer"_s)},
        {u"client>api"_s, u"api>db"_s, u"api>queue"_s, u"queue>worker"_s},
        {boundary(u"cluster_orders"_s, u"Orders"_s, {u"api"_s, u"db"_s})});
}

/// Client → API, the database drawn pointing at the API, an extra cache; no queue, no worker.
DiagramGraph attempt()
{
    return graph(
        {node(u"c"_s, u"client"_s, u"Client"_s), node(u"svc"_s, u"service"_s, u"Orders API"_s),
            node(u"store"_s, u"database"_s, u"Orders database"_s),
            node(u"cache"_s, u"cache"_s, u"Redis"_s)},
        {u"c>svc"_s, u"store>svc"_s, u"svc>cache"_s},
        {boundary(u"cluster_o"_s, u"Order side"_s, {u"svc"_s, u"store"_s})});
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scoreAndCountsReadRight();
    void missedListNamesWhatIsMissing();
    void marksSitOnTheirElements_data();
    void marksSitOnTheirElements();
    void perfectAttemptIsAllGreen();
    void missedLineIsFoundInBothDrawingsFromTheKeyboard();
    void bothViewsZoomTogether();
    void newerDiffReplacesOlder();
    void darkThemeHasTheDarkCanvas();

private:
    bool show(
        const DiagramGraph &ref, const DiagramGraph &att, DiagramTheme theme = DiagramTheme::Light);

    QTemporaryDir m_dir;
    LayoutEngine *m_engine = nullptr;
    QWidget *m_window = nullptr;
    DiffView *m_view = nullptr;
};

void TestDiffView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(u"settings"_s));
    m_engine = new LayoutEngine(this);
}

void TestDiffView::init()
{
    // In a plain window, as a page would hold it (a layout-less host keeps the offscreen
    // platform from warning at every change of the view's minimum size).
    m_window = new QWidget;
    m_window->resize(1200, 760);
    m_view = new DiffView(m_engine, m_window);
    m_view->resize(m_window->size());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window)); // for the view's shortcuts
}

void TestDiffView::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_view = nullptr;
}

bool TestDiffView::show(const DiagramGraph &ref, const DiagramGraph &att, DiagramTheme theme)
{
    QSignalSpy shown(m_view, &DiffView::diffShown);
    m_view->showDiff(ref, att, DiagramDiff::compare(ref, att), theme);
    return shown.wait(15000) && !m_view->isBusy()
        && m_view->view(DiffView::Side::Reference)->hasDiagram()
        && m_view->view(DiffView::Side::Attempt)->hasDiagram();
}

void TestDiffView::scoreAndCountsReadRight()
{
    QVERIFY(show(reference(), attempt()));
    // 3 nodes and 1 edge matched, 1 reversed (half): 2 · 4.5 / (5 + 4 + 4 + 3) = 0.5625.
    QCOMPARE(m_view->findChild<QLabel *>(u"diffScore"_s)->text(), u"56\u00A0%"_s);
    QCOMPARE(m_view->findChild<QLabel *>(u"diffCounts"_s)->text(),
        u"nodes 3/5 · edges 1/4 · 1 reversed · 2 extra"_s);
}

void TestDiffView::missedListNamesWhatIsMissing()
{
    QVERIFY(show(reference(), attempt()));
    const auto *list = m_view->findChild<QListWidget *>(u"diffMissedList"_s);
    QVERIFY(list->isVisible());
    QCOMPARE(listTexts(list),
        QStringList({u"Jobs queue"_s, u"Mailer"_s, u"Orders API → Jobs queue"_s,
            u"Jobs queue → Mailer"_s, u"Orders API → Orders DB (drawn the other way)"_s}));
    QCOMPARE(m_view->findChild<QLabel *>(u"diffMissedHeading"_s)->text(), u"You missed (5):"_s);
}

void TestDiffView::marksSitOnTheirElements_data()
{
    QTest::addColumn<DiffView::Side>("side");
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("status");

    const auto ref = DiffView::Side::Reference;
    const auto att = DiffView::Side::Attempt;
    QTest::newRow("reference node drawn") << ref << u"api"_s << u"matched"_s;
    QTest::newRow("reference node missed") << ref << u"queue"_s << u"missing"_s;
    QTest::newRow("reference edge drawn") << ref << u"client->api"_s << u"matched"_s;
    QTest::newRow("reference edge missed") << ref << u"queue->worker"_s << u"missing"_s;
    QTest::newRow("reference edge reversed") << ref << u"api->db"_s << u"reversed"_s;
    QTest::newRow("reference cluster") << ref << u"cluster_orders"_s << u"matched"_s;
    QTest::newRow("attempt node matched") << att << u"svc"_s << u"matched"_s;
    QTest::newRow("attempt node extra") << att << u"cache"_s << u"extra"_s;
    QTest::newRow("ghost node") << att << u"worker"_s << u"missing"_s;
    QTest::newRow("ghost edge between a partner and a ghost")
        << att << u"svc->queue"_s << u"missing"_s;
    QTest::newRow("attempt edge matched") << att << u"c->svc"_s << u"matched"_s;
    QTest::newRow("attempt edge reversed") << att << u"store->svc"_s << u"reversed"_s;
    QTest::newRow("attempt edge extra") << att << u"svc->cache"_s << u"extra"_s;
    QTest::newRow("attempt cluster") << att << u"cluster_o"_s << u"matched"_s;
    QTest::newRow("no element, no mark") << att << u"api"_s << QString();
}

void TestDiffView::marksSitOnTheirElements()
{
    QFETCH(DiffView::Side, side);
    QFETCH(QString, element);
    QFETCH(QString, status);

    QVERIFY(show(reference(), attempt()));
    QCOMPARE(m_view->overlayStatus(side, element), status);

    // The labels lie under the marks, as the drawing does: a ghost's fade covers its label too.
    const QList<QGraphicsItem *> stack = m_view->view(side)->scene()->items(Qt::AscendingOrder);
    qsizetype text = -1;
    qsizetype firstMark = -1;
    for (qsizetype i = 0; i < stack.size(); ++i) {
        if (stack.at(i)->type() == DiagramTextItem::Type)
            text = i;
        else if (firstMark < 0 && stack.at(i)->zValue() == 0
            && stack.at(i)->type() != QGraphicsSvgItem::Type)
            firstMark = i; // the diff marks: at z 0 too, added after the drawing
    }
    QVERIFY(text >= 0);
    QVERIFY2(firstMark < 0 || text < firstMark, qPrintable(u"%1 %2"_s.arg(text).arg(firstMark)));
}

void TestDiffView::perfectAttemptIsAllGreen()
{
    QVERIFY(show(reference(), reference()));
    QCOMPARE(m_view->findChild<QLabel *>(u"diffScore"_s)->text(), u"100\u00A0%"_s);
    QCOMPARE(m_view->findChild<QLabel *>(u"diffCounts"_s)->text(), u"nodes 5/5 · edges 4/4"_s);
    const auto *list = m_view->findChild<QListWidget *>(u"diffMissedList"_s);
    QCOMPARE(list->count(), 0);
    QVERIFY(!list->isVisible());
    QVERIFY(
        m_view->findChild<QLabel *>(u"diffMissedHeading"_s)->text().contains(u"Nothing missed"_s));
    for (const DiffView::Side side : {DiffView::Side::Reference, DiffView::Side::Attempt}) {
        const DiagramLayout &layout = m_view->view(side)->layout();
        QCOMPARE(layout.elements.size(), 5 + 4 + 1);
        for (const LayoutElement &element : layout.elements)
            QCOMPARE(m_view->overlayStatus(side, element.id), u"matched"_s);
    }
}

void TestDiffView::missedLineIsFoundInBothDrawingsFromTheKeyboard()
{
    QVERIFY(show(reference(), attempt()));
    auto *list = m_view->findChild<QListWidget *>(u"diffMissedList"_s);
    DiagramView *ref = m_view->view(DiffView::Side::Reference);
    DiagramView *att = m_view->view(DiffView::Side::Attempt);
    m_view->setFocus();
    QVERIFY(list->hasFocus()); // the list is where the keyboard lands

    QTest::keyClick(list, Qt::Key_Home); // "Jobs queue"
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(ref->selectedElement() && att->selectedElement());
    QCOMPARE(ref->selectedElement()->id, u"queue"_s);
    QCOMPARE(att->selectedElement()->id, u"queue"_s); // its ghost

    QTest::keyClick(list, Qt::Key_Down); // "Mailer"
    QCOMPARE(ref->selectedElement()->id, u"worker"_s);
    QCOMPARE(att->selectedElement()->id, u"worker"_s);

    QTest::keyClick(list, Qt::Key_End); // "Orders API → Orders DB (drawn the other way)"
    QCOMPARE(ref->selectedElement()->id, u"api->db"_s);
    QCOMPARE(att->selectedElement()->id, u"store->svc"_s);
}

void TestDiffView::bothViewsZoomTogether()
{
    QVERIFY(show(reference(), attempt()));
    DiagramView *ref = m_view->view(DiffView::Side::Reference);
    DiagramView *att = m_view->view(DiffView::Side::Attempt);
    QVERIFY(ref->isFitToView() && att->isFitToView());

    m_view->findChild<QToolButton *>(u"diffZoomIn"_s)->click();
    QVERIFY(!ref->isFitToView() && !att->isFitToView());
    QCOMPARE(att->zoom(), ref->zoom());
    const double zoomed = ref->zoom();
    att->zoomIn(); // a zoom on either side carries over
    QCOMPARE(ref->zoom(), att->zoom());
    QVERIFY(ref->zoom() > zoomed);

    QTest::keySequence(m_view, QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(ref->isFitToView() && att->isFitToView());
}

void TestDiffView::newerDiffReplacesOlder()
{
    const DiagramGraph ref = reference();
    const DiagramGraph att = attempt();
    QSignalSpy shown(m_view, &DiffView::diffShown);
    m_view->showDiff(ref, att, DiagramDiff::compare(ref, att), DiagramTheme::Light);
    m_view->showDiff(ref, ref, DiagramDiff::compare(ref, ref), DiagramTheme::Light);
    QVERIFY(shown.wait(15000));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(m_view->overlayStatus(DiffView::Side::Reference, u"queue"_s), u"matched"_s);
    QCOMPARE(m_view->overlayStatus(DiffView::Side::Attempt, u"cache"_s), QString());
}

void TestDiffView::darkThemeHasTheDarkCanvas()
{
    QVERIFY(show(reference(), attempt(), DiagramTheme::Dark));
    for (const DiffView::Side side : {DiffView::Side::Reference, DiffView::Side::Attempt}) {
        QCOMPARE(m_view->view(side)->backgroundBrush().color(),
            DiagramView::canvasColor(DiagramTheme::Dark));
    }
    QCOMPARE(m_view->overlayStatus(DiffView::Side::Attempt, u"worker"_s), u"missing"_s);
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"

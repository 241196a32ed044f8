#include "diagramcanvas.h"

#include "diagramelementitem.h"
#include "diagramtextitem.h"

#include <QEasingCurve>
#include <QGraphicsSvgItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QVariantAnimation>

namespace ArchDeck {

namespace {

bool isNode(const LayoutElement &e)
{
    return e.type == LayoutElement::Type::Node;
}

} // namespace

QString DiagramCanvas::kindMimeType()
{
    return QStringLiteral("application/x-archdeck-kind");
}

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : DiagramView(parent)
    , m_animation(new QVariantAnimation(this))
    , m_renameEditor(new QLineEdit(viewport()))
{
    setObjectName(QStringLiteral("diagramCanvas"));
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_animation->setDuration(animationMs);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
        [this](const QVariant &value) { stepAnimation(value.toDouble()); });
    connect(m_animation, &QVariantAnimation::finished, this, &DiagramCanvas::finishAnimation);

    m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
    m_renameEditor->setToolTip(
        tr("Enter renames, Esc cancels. \\n breaks the line; an empty name removes the label."));
    m_renameEditor->hide();
    m_renameEditor->installEventFilter(this);
    connect(m_renameEditor, &QLineEdit::returnPressed, this, &DiagramCanvas::commitRename);
    connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] {
        if (isRenaming() && !m_renameEditor->hasFocus())
            commitRename(); // clicked elsewhere: keep what was typed
    });
}

void DiagramCanvas::showLayout(const RenderResult &result, const QString &anchorNodeId)
{
    finishAnimation();
    cancelRename();
    const DiagramLayout previous = layout();
    QPointF anchorOnScreen;
    bool anchored = false;
    if (const LayoutElement *before = nodeElement(anchorNodeId)) {
        anchorOnScreen = mapFromScene(before->box.center());
        anchored = true;
    }
    setDiagram(result, previous.elements.isEmpty() ? ZoomPolicy::Refit : ZoomPolicy::KeepZoomIfItFits);
    if (const LayoutElement *after = nodeElement(anchorNodeId)) {
        if (anchored) {
            const QPointF moved = mapFromScene(after->box.center()) - anchorOnScreen;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
            verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
        } else {
            ensureVisible(after->box, 40, 40); // a new node: bring it into view
        }
    }
    if (m_animate && !previous.elements.isEmpty())
        startAnimation(previous);
}

bool DiagramCanvas::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

// While the animation runs, the whole-diagram SVG is hidden and each element is drawn alone
// (QGraphicsSvgItem with its element id, sharing the renderer): nodes move from their old centre
// to the new, edges, clusters and new nodes fade in. At the end the single SVG is back.
void DiagramCanvas::startAnimation(const DiagramLayout &previous)
{
    QHash<QString, QPointF> oldCentres;
    for (const LayoutElement &e : previous.elements)
        if (isNode(e))
            oldCentres.insert(e.id, e.box.center());
    QSvgRenderer *svg = renderer();
    for (const LayoutElement &e : layout().elements) {
        if (e.svgId.isEmpty() || !svg->elementExists(e.svgId))
            continue;
        auto *item = new QGraphicsSvgItem;
        item->setSharedRenderer(svg);
        item->setElementId(e.svgId);
        // Drawn once, then moved as a pixmap: Qt SVG's text is slow (~11 ms a frame uncached,
        // ~1.4 ms cached, bench_whiteboard); the cache redraws if the zoom changes.
        item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        const QRectF bounds
            = svg->transformForElement(e.svgId).mapRect(svg->boundsOnElement(e.svgId));
        const QPointF to = bounds.topLeft();
        const bool moves = isNode(e) && oldCentres.contains(e.id);
        const QPointF from = moves ? to + (oldCentres.value(e.id) - e.box.center()) : to;
        item->setZValue(isNode(e) ? 0.6 : e.type == LayoutElement::Type::Edge ? 0.4 : 0.2);
        item->setPos(from);
        item->setOpacity(moves ? 1.0 : 0.0);
        // The element's text travels with it: a child placed so that it lands where the whole
        // diagram's text would when the element arrives.
        auto *text = new DiagramTextItem(*textItem(), e.svgId, to);
        if (text->runCount() > 0) {
            text->setParentItem(item);
            text->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        } else {
            delete text;
        }
        scene()->addItem(item);
        m_moving.append({item, from, to, !moves});
    }
    if (m_moving.isEmpty())
        return;
    svgItem()->setVisible(false);
    textItem()->setVisible(false);
    m_animation->start();
    emit animationStarted();
}

void DiagramCanvas::stepAnimation(double progress)
{
    for (const Moving &m : std::as_const(m_moving)) {
        m.item->setPos(m.from + (m.to - m.from) * progress);
        if (m.fades)
            m.item->setOpacity(progress);
    }
}

void DiagramCanvas::finishAnimation()
{
    if (m_moving.isEmpty())
        return;
    m_animation->stop();
    for (const Moving &m : std::as_const(m_moving))
        delete m.item;
    m_moving.clear();
    if (svgItem())
        svgItem()->setVisible(true);
    if (textItem())
        textItem()->setVisible(true);
    emit animationFinished();
}

void DiagramCanvas::aboutToDropScene()
{
    // The animated items and the drag line belong to the scene about to be cleared.
    if (!m_moving.isEmpty()) {
        m_animation->stop();
        m_moving.clear();
        emit animationFinished();
    }
    m_dragLine = nullptr;
    m_dragging = false;
    m_pressedNode.clear();
    if (isRenaming())
        m_renameEditor->hide();
}

QList<LayoutElement> DiagramCanvas::selectedElements() const
{
    QList<LayoutElement> nodes;
    QList<LayoutElement> others;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (item->type() != DiagramElementItem::Type)
            continue;
        const LayoutElement &e = static_cast<const DiagramElementItem *>(item)->element();
        (isNode(e) ? nodes : others).append(e);
    }
    const auto byPlace = [](const LayoutElement &a, const LayoutElement &b) {
        return a.svgId < b.svgId;
    };
    std::sort(nodes.begin(), nodes.end(), byPlace);
    std::sort(others.begin(), others.end(), byPlace);
    return nodes + others;
}

QStringList DiagramCanvas::selectedNodeIds() const
{
    QStringList ids;
    for (const LayoutElement &e : selectedElements())
        if (isNode(e))
            ids.append(e.id);
    return ids;
}

QString DiagramCanvas::clusterAt(const QPointF &scenePos) const
{
    // Clusters nest: the smallest box holding the point is the innermost.
    QString best;
    double bestArea = 0;
    for (const LayoutElement &e : layout().elements) {
        if (e.type != LayoutElement::Type::Cluster || !e.box.contains(scenePos))
            continue;
        const double area = e.box.width() * e.box.height();
        if (best.isEmpty() || area < bestArea) {
            best = e.id;
            bestArea = area;
        }
    }
    return best;
}

const LayoutElement *DiagramCanvas::nodeElement(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const LayoutElement &e : layout().elements)
        if (isNode(e) && e.id == id)
            return &e;
    return nullptr;
}

const LayoutElement *DiagramCanvas::elementAt(const QPoint &viewPos, LayoutElement::Type type) const
{
    const QList<QGraphicsItem *> found = items(viewPos);
    for (const QGraphicsItem *item : found) {
        if (item->type() != DiagramElementItem::Type)
            continue;
        const LayoutElement &e = static_cast<const DiagramElementItem *>(item)->element();
        if (e.type == type)
            return &e;
    }
    return nullptr;
}

void DiagramCanvas::startRename(const QString &svgId, const QString &text)
{
    const LayoutElement *element = layout().element(svgId);
    if (!element)
        return;
    finishAnimation();
    m_renaming = *element;
    m_renameEditor->setText(text);
    placeRenameEditor();
    m_renameEditor->show();
    m_renameEditor->raise();
    m_renameEditor->setFocus();
    m_renameEditor->selectAll();
}

bool DiagramCanvas::isRenaming() const
{
    return m_renameEditor->isVisible();
}

void DiagramCanvas::placeRenameEditor()
{
    QRectF box = m_renaming.box;
    if (m_renaming.type == LayoutElement::Type::Edge && !m_renaming.path.isEmpty())
        box = QRectF(m_renaming.path.at(m_renaming.path.size() / 2), QSizeF()).adjusted(-1, -1, 1, 1);
    const QRect onScreen = mapFromScene(box).boundingRect();
    const int width = std::max(onScreen.width(), fontMetrics().averageCharWidth() * 24);
    const int height = m_renameEditor->sizeHint().height();
    QRect place(0, 0, width, height);
    place.moveCenter(m_renaming.type == LayoutElement::Type::Cluster
            ? QPoint(onScreen.center().x(), onScreen.top() + height / 2)
            : onScreen.center());
    m_renameEditor->setGeometry(place);
}

void DiagramCanvas::scrollContentsBy(int dx, int dy)
{
    DiagramView::scrollContentsBy(dx, dy);
    if (isRenaming())
        placeRenameEditor();
}

void DiagramCanvas::commitRename()
{
    if (!isRenaming())
        return;
    const LayoutElement element = m_renaming;
    const QString text = m_renameEditor->text();
    m_renameEditor->hide();
    setFocus();
    emit renameCommitted(element, text);
}

void DiagramCanvas::cancelRename()
{
    if (!isRenaming())
        return;
    m_renameEditor->hide();
    setFocus();
}

bool DiagramCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelRename();
        return true;
    }
    return DiagramView::eventFilter(watched, event);
}

} // namespace ArchDeck

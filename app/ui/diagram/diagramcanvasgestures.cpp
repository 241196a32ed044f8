// DiagramCanvas, its gestures: mouse, keys, context menu and drops turned into the requests the
// editor makes undo steps of (connect, move into a cluster, add, rename, delete).
#include "diagramcanvas.h"

#include "diagramelementitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>

namespace ArchDeck {

void DiagramCanvas::mousePressEvent(QMouseEvent *event)
{
    if (isRenaming())
        commitRename();
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    DiagramView::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const LayoutElement *node = elementAt(event->pos(), LayoutElement::Type::Node)) {
        m_pressedNode = node->id;
        m_pressPos = event->pos();
    }
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_pressedNode.isEmpty() || !(event->buttons() & Qt::LeftButton)) {
        DiagramView::mouseMoveEvent(event);
        return;
    }
    if (!m_dragging
        && (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const LayoutElement *from = nodeElement(m_pressedNode);
    if (!from)
        return;
    if (!m_dragging) {
        m_dragging = true;
        m_dragLine = new QGraphicsLineItem;
        QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_dragLine->setPen(pen);
        m_dragLine->setZValue(10);
        scene()->addItem(m_dragLine);
    }
    const bool intoCluster = event->modifiers() & Qt::ShiftModifier;
    m_dragLine->setLine(QLineF(from->box.center(), mapToScene(event->pos())));
    viewport()->setCursor(intoCluster ? Qt::DragMoveCursor : Qt::CrossCursor);
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        return;
    }
    if (!m_dragging) {
        m_pressedNode.clear();
        DiagramView::mouseReleaseEvent(event);
        return;
    }
    const QString tail = m_pressedNode;
    const bool intoCluster = event->modifiers() & Qt::ShiftModifier;
    const QPointF at = mapToScene(event->pos());
    const LayoutElement *target = elementAt(event->pos(), LayoutElement::Type::Node);
    endGesture();
    if (intoCluster) {
        QStringList moving = selectedNodeIds();
        if (!moving.contains(tail))
            moving = {tail};
        emit moveToClusterRequested(moving, clusterAt(at));
    } else if (target && target->id != tail) {
        emit connectRequested(tail, target->id);
    }
}

void DiagramCanvas::endGesture()
{
    m_pressedNode.clear();
    m_dragging = false;
    delete m_dragLine;
    m_dragLine = nullptr;
    viewport()->unsetCursor();
}

void DiagramCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    for (const auto type :
        {LayoutElement::Type::Node, LayoutElement::Type::Edge, LayoutElement::Type::Cluster}) {
        if (const LayoutElement *e = elementAt(event->pos(), type)) {
            emit renameRequested(*e);
            return;
        }
    }
    // Empty canvas: a new node right there, as on a whiteboard.
    emit addRequested(QStringLiteral("service"), clusterAt(mapToScene(event->pos())));
}

void DiagramCanvas::keyPressEvent(QKeyEvent *event)
{
    const QList<LayoutElement> selected = selectedElements();
    switch (event->key()) {
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selected.isEmpty()) {
            emit renameRequested(selected.constFirst());
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!selected.isEmpty()) {
            emit deleteRequested();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_dragging) {
            endGesture();
            return;
        }
        if (!selected.isEmpty()) {
            scene()->clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    DiagramView::keyPressEvent(event);
}

void DiagramCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-clicking an element that is not selected acts on it alone, as file managers do.
    QGraphicsItem *item = nullptr;
    const QList<QGraphicsItem *> found = items(event->pos());
    for (QGraphicsItem *candidate : found)
        if (candidate->type() == DiagramElementItem::Type) {
            item = candidate;
            break;
        }
    if (item && !item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(event->globalPos());
}

void DiagramCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()))
        event->acceptProposedAction();
}

void DiagramCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()))
        event->acceptProposedAction();
}

void DiagramCanvas::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(kindMimeType()))
        return;
    const QString kind = QString::fromUtf8(event->mimeData()->data(kindMimeType()));
    event->acceptProposedAction();
    emit addRequested(kind, clusterAt(mapToScene(event->position().toPoint())));
}

} // namespace ArchDeck

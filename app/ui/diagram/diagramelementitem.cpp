#include "diagramelementitem.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStringList>
#include <QStyleOptionGraphicsItem>

namespace ArchDeck {

namespace {

QPainterPath edgePath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    // Graphviz splines are cubic Béziers: a start point, then three points a segment.
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    return path;
}

} // namespace

QString DiagramElementItem::readableText(const QString &label)
{
    QStringList lines;
    for (const QStringView line : QStringView(label).split(u'\n')) {
        if (const QStringView words = line.trimmed(); !words.isEmpty())
            lines.append(words.toString());
    }
    return lines.join(QLatin1Char(' '));
}

DiagramElementItem::DiagramElementItem(const LayoutElement &element, const QString &toolTip)
    : m_element(element)
{
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable);
    setToolTip(toolTip);
    switch (element.type) {
    case LayoutElement::Type::Node:
        setZValue(3);
        if (element.shape == QLatin1String("ellipse") || element.shape == QLatin1String("circle"))
            m_outline.addEllipse(element.box.adjusted(-3, -3, 3, 3));
        else
            m_outline.addRoundedRect(element.box.adjusted(-3, -3, 3, 3), 6, 6);
        m_hitArea = m_outline;
        break;
    case LayoutElement::Type::Edge: {
        setZValue(2);
        m_outline = edgePath(element.path);
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        stroker.setCapStyle(Qt::RoundCap);
        m_hitArea = stroker.createStroke(m_outline);
        break;
    }
    case LayoutElement::Type::Cluster:
        setZValue(1);
        m_outline.addRoundedRect(element.box, 8, 8);
        // Only the rim and the label strip select a cluster; its inside belongs to its members.
        m_hitArea.addRect(element.box);
        m_hitArea = m_hitArea.subtracted([&] {
            QPainterPath inner;
            inner.addRect(element.box.adjusted(8, 26, -8, -8));
            return inner;
        }());
        break;
    }
}

QRectF DiagramElementItem::boundingRect() const
{
    return m_outline.boundingRect().united(m_hitArea.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath DiagramElementItem::shape() const
{
    return m_hitArea;
}

void DiagramElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_hovered && !isSelected())
        return;
    QColor accent = QApplication::palette().color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(accent, isSelected() ? 3.0 : 2.0);
    pen.setCosmetic(true); // the same on-screen width at every zoom
    painter->setPen(pen);
    if (m_element.type == LayoutElement::Type::Edge) {
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_outline);
        return;
    }
    accent.setAlpha(isSelected() ? 48 : 28);
    painter->setBrush(
        m_element.type == LayoutElement::Type::Cluster ? QBrush(Qt::NoBrush) : QBrush(accent));
    painter->drawPath(m_outline);
}

void DiagramElementItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void DiagramElementItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace ArchDeck

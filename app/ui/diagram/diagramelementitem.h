// DiagramElementItem — one node, edge or cluster of a laid-out diagram on the canvas, built from
// the layout geometry. It draws nothing of the diagram itself (the SVG does, crisply): it is the
// hit area that highlights on hover and shows selection, and what editing tools will grab later.
#pragma once

#include "diagramlayout.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace ArchDeck {

class DiagramElementItem : public QGraphicsItem
{
public:
    /// `toolTip` names the element as a user reads it (see DiagramView::elementName()).
    DiagramElementItem(const LayoutElement &element, const QString &toolTip);

    /// A label as the layout gives it (LayoutElement::label: the lines drawn, joined by '\n') on
    /// one line: "Order\nhandler" → "Order handler", " Orders \n\nPostgres" → "Orders Postgres".
    static QString readableText(const QString &label);

    const LayoutElement &element() const { return m_element; }

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    LayoutElement m_element;
    QPainterPath m_outline; ///< what is drawn when highlighted
    QPainterPath m_hitArea; ///< what the mouse finds (edges: a wide stroke)
    bool m_hovered = false;
};

} // namespace ArchDeck

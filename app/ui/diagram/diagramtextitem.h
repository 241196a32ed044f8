// DiagramTextItem — a diagram's label text, drawn by the view instead of by Qt SVG: each run a
// QStaticText laid out once, then painted from Qt's glyph cache (SvgText says why). The whole
// diagram's text sits over the SVG; while the canvas animates, each moving element carries its
// own runs as a child item.
#pragma once

#include "svgtext.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace ArchDeck {

class DiagramTextItem : public QGraphicsItem
{
public:
    /// The runs of `split`, placed in this item's coordinates: a document point p lands at
    /// (p − documentOrigin) × documentScale.
    DiagramTextItem(const SvgText::Split &split, QPointF documentOrigin, double documentScale);
    /// The runs of `whole` drawn in the group `groupId` (an element's <g>), moved by −offset:
    /// what a gliding element carries. The texts are shared, laid out once.
    DiagramTextItem(const DiagramTextItem &whole, const QString &groupId, QPointF offset);

    int runCount() const { return int(m_runs.size()); }

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Placed
    {
        QString group;
        QStaticText text;
        QFont font;
        QColor color;
        QPointF topLeft;
        QSizeF size;
        double stretch = 1; ///< the font's size over its whole-pixel size
    };
    QList<Placed> m_runs;
    QRectF m_bounds;
};

} // namespace ArchDeck

#include "diagramtextitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace ArchDeck {

DiagramTextItem::DiagramTextItem(const SvgText::Split &split, QPointF documentOrigin,
    double documentScale, QPointF offset, const QString &onlyGroup)
{
    setAcceptedMouseButtons(Qt::NoButton); // the element items under it take the mouse
    setAcceptHoverEvents(false);
    for (const SvgText::Run &run : split.runs) {
        if (!onlyGroup.isEmpty() && run.groupId != onlyGroup)
            continue;
        Placed placed;
        // Fonts come in whole pixels: draw the nearest and stretch the painter by what is left.
        const double pixels = run.size * split.toDocument.scale * documentScale;
        const int whole = std::max(1, int(std::lround(pixels)));
        placed.stretch = pixels / whole;
        placed.font = QFont(run.family);
        placed.font.setPixelSize(whole);
        placed.font.setBold(run.bold);
        placed.font.setItalic(run.italic);
        // Graphviz measured the text unhinted (pango): the same advances keep it centred.
        placed.font.setHintingPreference(QFont::PreferNoHinting);
        placed.color = QColor(run.color);
        placed.color.setAlphaF(float(std::clamp(run.opacity, 0.0, 1.0)));
        placed.text = QStaticText(run.text);
        placed.text.setTextFormat(Qt::PlainText);
        placed.text.setPerformanceHint(QStaticText::AggressiveCaching);
        placed.text.prepare(QTransform(), placed.font);

        const QFontMetricsF metrics(placed.font);
        const double width = metrics.horizontalAdvance(run.text) * placed.stretch;
        const QPointF at
            = (split.toDocument.map(run.baseline) - documentOrigin) * documentScale - offset;
        double left = at.x();
        if (run.anchor == SvgText::Run::Anchor::Middle)
            left -= width / 2;
        else if (run.anchor == SvgText::Run::Anchor::End)
            left -= width;
        placed.topLeft = QPointF(left, at.y() - metrics.ascent() * placed.stretch);
        m_bounds |= QRectF(placed.topLeft,
            QSizeF(width, metrics.height() * placed.stretch)).adjusted(-1, -1, 1, 1);
        m_runs.append(std::move(placed));
    }
}

void DiagramTextItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    for (const Placed &run : std::as_const(m_runs)) {
        painter->setFont(run.font);
        painter->setPen(run.color);
        if (run.stretch == 1) {
            painter->drawStaticText(run.topLeft, run.text);
            continue;
        }
        painter->save();
        painter->translate(run.topLeft);
        painter->scale(run.stretch, run.stretch);
        painter->drawStaticText(QPointF(), run.text);
        painter->restore();
    }
}

} // namespace ArchDeck

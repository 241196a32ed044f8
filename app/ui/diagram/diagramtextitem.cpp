#include "diagramtextitem.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <cmath>

namespace ArchDeck {

DiagramTextItem::DiagramTextItem(
    const SvgText::Split &split, QPointF documentOrigin, double documentScale)
{
    setAcceptedMouseButtons(Qt::NoButton); // the element items under it take the mouse
    struct Metrics
    {
        QFont font;
        QFontMetricsF metrics;
    };
    QHash<QString, Metrics> fonts; // a diagram has one or two fonts: resolve each once
    m_runs.reserve(split.runs.size());
    for (const SvgText::Run &run : split.runs) {
        Placed placed;
        placed.group = run.groupId;
        // Fonts come in whole pixels: draw the nearest and stretch the painter by what is left.
        const double pixels = run.size * split.toDocument.scale * documentScale;
        const int whole = std::max(1, int(std::lround(pixels)));
        placed.stretch = pixels / whole;
        const QString key = QStringLiteral("%1/%2/%3%4")
                                .arg(run.family)
                                .arg(whole)
                                .arg(run.bold ? u'b' : u'-')
                                .arg(run.italic ? u'i' : u'-');
        auto font = fonts.find(key);
        if (font == fonts.end()) {
            QFont f(run.family);
            f.setPixelSize(whole);
            f.setBold(run.bold);
            f.setItalic(run.italic);
            // Graphviz measured the text unhinted (pango): the same advances keep it centred.
            f.setHintingPreference(QFont::PreferNoHinting);
            font = fonts.insert(key, {f, QFontMetricsF(f)});
        }
        placed.font = font->font;
        placed.color = QColor(run.color);
        placed.color.setAlphaF(float(std::clamp(run.opacity, 0.0, 1.0)));
        placed.text = QStaticText(run.text);
        placed.text.setTextFormat(Qt::PlainText);
        placed.text.setPerformanceHint(QStaticText::AggressiveCaching);

        const double width = font->metrics.horizontalAdvance(run.text) * placed.stretch;
        const QPointF at = (split.toDocument.map(run.baseline) - documentOrigin) * documentScale;
        double left = at.x();
        if (run.anchor == SvgText::Run::Anchor::Middle)
            left -= width / 2;
        else if (run.anchor == SvgText::Run::Anchor::End)
            left -= width;
        placed.topLeft = QPointF(left, at.y() - font->metrics.ascent() * placed.stretch);
        placed.size = QSizeF(width, font->metrics.height() * placed.stretch);
        m_bounds |= QRectF(placed.topLeft, placed.size).adjusted(-1, -1, 1, 1);
        m_runs.append(std::move(placed));
    }
}

DiagramTextItem::DiagramTextItem(const DiagramTextItem &whole, const QString &groupId, QPointF offset)
{
    setAcceptedMouseButtons(Qt::NoButton);
    for (const Placed &run : whole.m_runs) {
        if (run.group != groupId)
            continue;
        Placed moved = run;
        moved.topLeft -= offset;
        m_bounds |= QRectF(moved.topLeft, moved.size).adjusted(-1, -1, 1, 1);
        m_runs.append(std::move(moved));
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

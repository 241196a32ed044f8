#include "diffmarks.h"

#include "diagramview.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ArchDeck {

namespace {

using DiffStatus = DiffOverlay::Status;

constexpr int kStatusKey = 0x4449; ///< QGraphicsItem::data() key of a mark's status name
constexpr int kElementKey = 0x444a; ///< … and of the element id it marks
constexpr double kArrowLength = 10; ///< Graphviz's arrowhead (arrowsize 1), past the spline's end
constexpr double kSceneMargin = 24; ///< room for cosmetic pens in boundingRect(), in points

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QPen markPen(const QColor &color, double width, bool cosmetic, bool dashed = false)
{
    QPen pen(
        color, width, dashed ? Qt::CustomDashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (dashed)
        pen.setDashPattern({3.0, 2.5});
    pen.setCosmetic(cosmetic); // the same width on screen at every zoom
    return pen;
}

/// The edge's spline, run on over its arrowhead (which the layout's path stops short of) so that
/// a stroke along it covers the whole arrow; `arrow` gets the arrowhead's triangle.
QPainterPath edgePath(const QList<QPointF> &points, bool arrowAtHead, QPolygonF *arrow)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    if (arrowAtHead && points.size() >= 2) {
        const QPointF end = points.last();
        const QPointF towards = end - points.at(points.size() - 2);
        if (const double length = std::hypot(towards.x(), towards.y()); length > 0.01) {
            const QPointF along = towards / length;
            const QPointF across(-along.y(), along.x());
            const QPointF tip = end + along * kArrowLength;
            path.lineTo(tip);
            *arrow = QPolygonF({tip, end + across * 4, end - across * 4});
        }
    }
    return path;
}

/// A node's outline `grow` points out from its box: an ellipse for round shapes, else a
/// rectangle with corners of `radius` (square ones cover a shape's corners, for the ghost's fade).
QPainterPath nodeOutline(const LayoutElement &element, double grow, double radius)
{
    QPainterPath path;
    const QRectF box = element.box.adjusted(-grow, -grow, grow, grow);
    if (element.shape == QLatin1String("ellipse") || element.shape == QLatin1String("circle"))
        path.addEllipse(box);
    else if (radius > 0)
        path.addRoundedRect(box, radius, radius);
    else
        path.addRect(box);
    return path;
}

/// How each status looks, for the marks on the canvas and the legend swatches. Widths are in
/// logical pixels: on the canvas the pens are cosmetic (the same at every zoom), and a cosmetic
/// width counts device pixels, so it is scaled by the screen's pixel ratio.
class MarkStyle
{
public:
    MarkStyle(const DiffColors &colors, DiffSide side, bool cosmetic)
        : m_colors(colors)
        , m_side(side)
        , m_cosmetic(cosmetic)
    { }

    void setPixelRatio(double ratio) { m_pixel = m_cosmetic ? ratio : 1.0; }

    void node(QPainter *painter, const QPainterPath &body, const QPainterPath &halo,
        DiffStatus status) const
    {
        const QColor color = m_colors.of(status, m_side);
        if (status == DiffStatus::Missing && m_side == DiffSide::Attempt) { // a faded ghost
            painter->fillPath(body, withAlpha(m_colors.canvas, 175));
            painter->strokePath(halo, pen(color, 1.8, true));
            return;
        }
        if (status == DiffStatus::Missing) { // where the reference has it
            painter->fillPath(halo, withAlpha(color, 26));
            painter->strokePath(halo, pen(color, 2.2, true));
            return;
        }
        painter->strokePath(halo, pen(withAlpha(color, 55), 7));
        painter->fillPath(halo, withAlpha(color, 22));
        painter->strokePath(halo, pen(color, 2.2));
    }

    /// `arrow`: the arrowhead, which a ghost draws anew over its faded one.
    void edge(QPainter *painter, const QPainterPath &path, const QPolygonF &arrow,
        DiffStatus status) const
    {
        const QColor color = m_colors.of(status, m_side);
        if (status == DiffStatus::Missing && m_side == DiffSide::Attempt) {
            painter->strokePath(path, pen(withAlpha(m_colors.canvas, 190), 6));
            painter->strokePath(path, pen(color, 2, true));
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(arrow);
            return;
        }
        if (status == DiffStatus::Missing) {
            painter->strokePath(path, pen(withAlpha(color, 50), 7));
            painter->strokePath(path, pen(color, 2, true));
            return;
        }
        painter->strokePath(path, pen(withAlpha(color, 110), 6));
    }

    void cluster(QPainter *painter, const QPainterPath &outline, DiffStatus status) const
    {
        const QColor color = m_colors.of(status, m_side);
        if (status == DiffStatus::Missing && m_side == DiffSide::Attempt)
            painter->fillPath(outline, withAlpha(m_colors.canvas, 110));
        painter->strokePath(outline, pen(color, 1.6, status == DiffStatus::Missing));
    }

private:
    QPen pen(const QColor &color, double width, bool dashed = false) const
    {
        return markPen(color, width * m_pixel, m_cosmetic, dashed);
    }

    DiffColors m_colors;
    DiffSide m_side;
    bool m_cosmetic;
    double m_pixel = 1.0;
};

/// "↔ reversed", beside an edge drawn the other way; the same size at every zoom.
class ReversedTag : public QGraphicsItem
{
public:
    ReversedTag(const QColor &color, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_color(color)
        , m_text(QStringLiteral("↔ reversed"))
    {
        setFlag(ItemIgnoresTransformations);
        m_font = QGuiApplication::font();
        m_font.setPointSizeF(m_font.pointSizeF() * 0.85);
        m_font.setBold(true);
        const QSizeF text = QFontMetricsF(m_font).size(Qt::TextSingleLine, m_text);
        m_box = QRectF(QPointF(-text.width() / 2 - 5, -text.height() / 2 - 1),
            QSizeF(text.width() + 10, text.height() + 2));
    }

    QRectF boundingRect() const override { return m_box; }
    QPainterPath shape() const override { return {}; } // the mouse finds the edge beneath

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawRoundedRect(m_box, m_box.height() / 2, m_box.height() / 2);
        painter->setPen(QColor(0x1c, 0x14, 0x00)); // dark on amber, in both themes
        painter->setFont(m_font);
        painter->drawText(m_box, Qt::AlignCenter, m_text);
    }

private:
    QColor m_color;
    QString m_text;
    QFont m_font;
    QRectF m_box;
};

/// One element's mark. It catches no mouse event: hover and selection stay the view's.
class DiffMarkItem : public QGraphicsItem
{
public:
    DiffMarkItem(const LayoutElement &element, DiffStatus status, DiffSide side,
        const DiffColors &colors, bool directed)
        : m_type(element.type)
        , m_status(status)
        , m_style(colors, side, true)
    {
        setData(kStatusKey, DiffOverlay::statusName(status));
        setData(kElementKey, element.id);
        switch (m_type) {
        case LayoutElement::Type::Node:
            m_body = nodeOutline(element, 2, 0);
            m_path = nodeOutline(element, 4, 6);
            break;
        case LayoutElement::Type::Edge:
            m_path = edgePath(element.path, directed, &m_arrow);
            if (status == DiffStatus::Reversed && side == DiffSide::Attempt && !m_path.isEmpty()) {
                auto *tag = new ReversedTag(colors.reversed, this);
                // A third of the way from the tail: edge labels sit mid-edge, nodes at the ends.
                tag->setPos(m_path.pointAtPercent(0.35));
            }
            break;
        case LayoutElement::Type::Cluster:
            m_path.addRoundedRect(element.box.adjusted(-3, -3, 3, 3), 8, 8);
            break;
        }
    }

    QRectF boundingRect() const override
    {
        return m_path.boundingRect().adjusted(
            -kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    }
    QPainterPath shape() const override { return {}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        m_style.setPixelRatio(painter->device()->devicePixelRatioF());
        switch (m_type) {
        case LayoutElement::Type::Node:
            m_style.node(painter, m_body, m_path, m_status);
            break;
        case LayoutElement::Type::Edge:
            m_style.edge(painter, m_path, m_arrow, m_status);
            break;
        case LayoutElement::Type::Cluster:
            m_style.cluster(painter, m_path, m_status);
            break;
        }
    }

private:
    LayoutElement::Type m_type;
    DiffStatus m_status;
    MarkStyle m_style;
    QPainterPath m_body; ///< nodes: what a ghost's fade covers
    QPainterPath m_path; ///< the halo, the edge's stroke or the cluster's rim
    QPolygonF m_arrow; ///< edges: the arrowhead
};

} // namespace

DiffColors DiffColors::forTheme(DiagramTheme theme)
{
    if (theme == DiagramTheme::Dark) {
        return {QColor(0x4a, 0xde, 0x80), QColor(0xfb, 0x92, 0x3c), QColor(0xfa, 0xcc, 0x15),
            QColor(0x9c, 0xa3, 0xaf), QColor(0xf8, 0x71, 0x71), DiagramView::canvasColor(theme)};
    }
    return {QColor(0x16, 0xa3, 0x4a), QColor(0xea, 0x58, 0x0c), QColor(0xca, 0x8a, 0x04),
        QColor(0x6b, 0x72, 0x80), QColor(0xdc, 0x26, 0x26), DiagramView::canvasColor(theme)};
}

QColor DiffColors::of(DiffStatus status, DiffSide side) const
{
    switch (status) {
    case DiffStatus::Matched:
        return matched;
    case DiffStatus::Extra:
        return extra;
    case DiffStatus::Reversed:
        return reversed;
    case DiffStatus::Missing:
        break;
    }
    return side == DiffSide::Attempt ? ghost : absent;
}

QList<const LayoutElement *> layoutEdges(const DiagramGraph &graph, const DiagramLayout &layout)
{
    QHash<QString, QList<const LayoutElement *>> byEnds;
    for (const LayoutElement &element : layout.elements) {
        if (element.type == LayoutElement::Type::Edge)
            byEnds[element.id] << &element;
    }
    QList<const LayoutElement *> edges;
    for (const DiagramEdge &edge : graph.edges) {
        QList<const LayoutElement *> &found = byEnds[edge.tail + QLatin1String("->") + edge.head];
        edges << (found.isEmpty() ? nullptr : found.takeFirst());
    }
    return edges;
}

void addDiffMarks(DiagramView *view, const DiagramGraph &graph, const DiffOverlay::Marks &marks,
    DiffSide side, const DiffColors &colors)
{
    // Clusters first, nodes last: marks of equal z stack in the order they are added.
    QList<QGraphicsItem *> items;
    for (const LayoutElement &element : view->layout().elements) {
        if (element.type == LayoutElement::Type::Cluster && marks.clusters.contains(element.id))
            items << new DiffMarkItem(
                element, marks.clusters.value(element.id), side, colors, graph.directed);
    }
    const QList<const LayoutElement *> edges = layoutEdges(graph, view->layout());
    for (int i = 0; i < edges.size() && i < marks.edges.size(); ++i) {
        if (edges[i])
            items << new DiffMarkItem(*edges[i], marks.edges[i], side, colors, graph.directed);
    }
    for (const LayoutElement &element : view->layout().elements) {
        if (element.type == LayoutElement::Type::Node && marks.nodes.contains(element.id))
            items << new DiffMarkItem(
                element, marks.nodes.value(element.id), side, colors, graph.directed);
    }
    // z 0, after the drawing: above it, below the view's element items (z 1–3), which the view
    // finds by their z above 0.
    for (QGraphicsItem *item : std::as_const(items)) {
        item->setZValue(0);
        view->scene()->addItem(item);
    }
}

QString markStatus(const DiagramView *view, const QString &elementId)
{
    const QList<QGraphicsItem *> items = view->scene()->items(Qt::AscendingOrder);
    for (const QGraphicsItem *item : items) {
        if (item->data(kElementKey).toString() == elementId)
            return item->data(kStatusKey).toString();
    }
    return {};
}

QPixmap diffSwatch(DiffStatus status, DiffSide side, LayoutElement::Type type,
    const DiffColors &colors, qreal devicePixelRatio)
{
    const QSize size(28, 16);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const MarkStyle style(colors, side, false);
    const QColor ink = withAlpha(colors.ghost, 150); // a stand-in for the drawing beneath
    if (type == LayoutElement::Type::Edge) {
        QPainterPath path(QPointF(4, 8));
        path.lineTo(20, 8);
        painter.strokePath(path, markPen(ink, 1.2, false));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawPolygon(QPolygonF({QPointF(20, 5), QPointF(25, 8), QPointF(20, 11)}));
        path.lineTo(25, 8);
        style.edge(
            &painter, path, QPolygonF({QPointF(25, 8), QPointF(20, 5), QPointF(20, 11)}), status);
    } else {
        QPainterPath body;
        body.addRoundedRect(QRectF(6, 4, 16, 8), 2, 2);
        painter.fillPath(body, withAlpha(colors.ghost, 90));
        painter.strokePath(body, markPen(ink, 1, false));
        QPainterPath halo;
        halo.addRoundedRect(QRectF(3, 1.5, 22, 13), 4, 4);
        style.node(&painter, body, halo, status);
    }
    return pixmap;
}

} // namespace ArchDeck

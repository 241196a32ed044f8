#include "diagramview.h"

#include "diagramelementitem.h"
#include "diagramtextitem.h"

#include <QGraphicsSvgItem>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QWheelEvent>

#include <cmath>

namespace ArchDeck {

namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kStep = 1.25;
constexpr double kCanvasMargin = 24; ///< room around the drawing, in SVG points

} // namespace

DiagramView::DiagramView(QWidget *parent)
    : QGraphicsView(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("diagramView"));
    setScene(new QGraphicsScene(this));
    setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignCenter);
    connect(scene(), &QGraphicsScene::selectionChanged, this,
        [this] { emit selectedElementChanged(selectedElement()); });
}

DiagramView::~DiagramView()
{
    // The scene (a child) dies after this view and deselects its items as it goes: that must
    // not reach listeners of a view that is no longer whole (they may be going too).
    disconnect(scene(), nullptr, this, nullptr);
}

QColor DiagramView::canvasColor(DiagramTheme theme)
{
    return theme == DiagramTheme::Dark ? QColor(0x1d, 0x1f, 0x22) : QColor(Qt::white);
}

void DiagramView::setDiagram(const RenderResult &result)
{
    setDiagram(result, ZoomPolicy::Refit);
}

void DiagramView::setDiagram(const RenderResult &result, ZoomPolicy policy)
{
    const bool had = hasDiagram();
    dropScene();
    m_layout = result.layout;
    for (const LayoutElement &element : std::as_const(m_layout.elements)) {
        if (element.type == LayoutElement::Type::Node)
            m_nodeNames.insert(element.id, elementName(element));
    }
    // The shapes from Qt SVG, the text from us: Qt SVG's text is most of a paint (SvgText).
    const SvgText::Split split = SvgText::split(result.svg);
    m_renderer->load(split.svg);
    m_svg = new QGraphicsSvgItem;
    m_svg->setSharedRenderer(m_renderer);
    m_svg->setCacheMode(QGraphicsItem::NoCache); // vectors on every paint: crisp when zoomed
    m_svg->setZValue(0);
    scene()->addItem(m_svg);
    // Right over the drawing (the same z, added after it) and under whatever a page lays over
    // the drawing later at z 0 (the diff view's marks fade a ghost's label with its shape).
    m_text = new DiagramTextItem(split, documentOrigin(), documentScale());
    m_text->setZValue(0);
    scene()->addItem(m_text);
    for (const LayoutElement &element : std::as_const(m_layout.elements)) {
        QString tip = elementName(element);
        if (const QString label = DiagramElementItem::readableText(element.label);
            element.type == LayoutElement::Type::Edge && !label.isEmpty())
            tip += QStringLiteral(" — “%1”").arg(label);
        scene()->addItem(new DiagramElementItem(element, tip));
    }
    const QRectF bounds = m_svg->boundingRect();
    scene()->setSceneRect(
        bounds.adjusted(-kCanvasMargin, -kCanvasMargin, kCanvasMargin, kCanvasMargin));
    const QSizeF room = viewport()->size();
    const QSizeF needed = sceneRect().size() * zoom();
    const bool fits = needed.width() <= room.width() + 1 && needed.height() <= room.height() + 1;
    if (m_fit && (policy == ZoomPolicy::Refit || !fits || !had))
        fitToView();
    if (!had)
        emit hasDiagramChanged(true);
}

void DiagramView::clear()
{
    const bool had = hasDiagram();
    dropScene();
    if (had)
        emit hasDiagramChanged(false);
}

void DiagramView::dropScene()
{
    aboutToDropScene();
    scene()->clear();
    m_svg = nullptr;
    m_text = nullptr;
    m_layout = {};
    m_nodeNames.clear();
    emit selectedElementChanged(nullptr);
}

QPointF DiagramView::documentOrigin() const
{
    return m_renderer->viewBoxF().topLeft();
}

double DiagramView::documentScale() const
{
    // The SVG item spans the document's size in pixels; its viewBox is in points.
    const QRectF viewBox = m_renderer->viewBoxF();
    return m_svg && viewBox.width() > 0 ? m_svg->boundingRect().width() / viewBox.width() : 1.0;
}

QString DiagramView::elementName(const LayoutElement &element) const
{
    if (element.type == LayoutElement::Type::Edge) {
        return QStringLiteral("%1 → %2").arg(m_nodeNames.value(element.tail, element.tail),
            m_nodeNames.value(element.head, element.head));
    }
    const QString label = DiagramElementItem::readableText(element.label);
    if (!label.isEmpty())
        return label;
    if (element.type == LayoutElement::Type::Cluster) { // "cluster_orders" → "orders"
        static const QRegularExpression prefix(QStringLiteral("^cluster_?"));
        return QString(element.id).remove(prefix);
    }
    return element.id;
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void DiagramView::setZoom(double zoom)
{
    m_fit = false;
    applyZoom(zoom);
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * kStep);
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / kStep);
}

void DiagramView::actualSize()
{
    setZoom(1.0);
}

QSize DiagramView::diagramSize() const
{
    if (!hasDiagram())
        return {};
    const QSizeF scaled = sceneRect().size() * zoom();
    const int frame = 2 * frameWidth();
    return {int(std::ceil(scaled.width())) + frame, int(std::ceil(scaled.height())) + frame};
}

void DiagramView::fitToView()
{
    m_fit = true;
    if (!m_svg)
        return;
    const QRectF target = scene()->sceneRect();
    const QSizeF room = viewport()->size();
    const double scale = std::min(room.width() / target.width(), room.height() / target.height());
    applyZoom(std::min(scale, 2.0)); // a small diagram is not blown up past 200 %
    centerOn(target.center());
}

const LayoutElement *DiagramView::selectedElement() const
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (const QGraphicsItem *item : selected)
        if (item->type() == DiagramElementItem::Type)
            return &static_cast<const DiagramElementItem *>(item)->element();
    return nullptr;
}

QGraphicsItem *DiagramView::elementItem(const QString &svgId) const
{
    const QList<QGraphicsItem *> items = scene()->items();
    for (QGraphicsItem *item : items)
        if (item->type() == DiagramElementItem::Type
            && static_cast<DiagramElementItem *>(item)->element().svgId == svgId)
            return item;
    return nullptr;
}

void DiagramView::selectElement(const QString &svgId)
{
    scene()->clearSelection();
    if (QGraphicsItem *item = elementItem(svgId))
        item->setSelected(true);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(kStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event); // plain wheel scrolls (pans)
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToView();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    // A click on empty canvas clears the selection; a drag from there pans.
    if (event->button() == Qt::LeftButton && !itemAt(event->pos()))
        scene()->clearSelection();
    QGraphicsView::mousePressEvent(event);
}

} // namespace ArchDeck

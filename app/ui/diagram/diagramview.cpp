#include "diagramview.h"

#include "diagramelementitem.h"

#include <QGraphicsSvgItem>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QWheelEvent>

#include <cmath>

namespace ArchDeck {

namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr double kStep = 1.25;

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

void DiagramView::setDiagram(const RenderResult &result)
{
    clear();
    m_layout = result.layout;
    m_renderer->load(result.svg);
    m_svg = new QGraphicsSvgItem;
    m_svg->setSharedRenderer(m_renderer);
    m_svg->setCacheMode(QGraphicsItem::NoCache); // vectors on every paint: crisp when zoomed
    m_svg->setZValue(0);
    scene()->addItem(m_svg);
    for (const LayoutElement &element : std::as_const(m_layout.elements))
        scene()->addItem(new DiagramElementItem(element));
    const QRectF bounds = m_svg->boundingRect();
    scene()->setSceneRect(bounds.adjusted(-24, -24, 24, 24));
    if (m_fit)
        fitToView();
}

void DiagramView::clear()
{
    scene()->clear();
    m_svg = nullptr;
    m_layout = {};
    emit selectedElementChanged(nullptr);
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void DiagramView::zoomIn()
{
    m_fit = false;
    setZoom(zoom() * kStep);
}

void DiagramView::zoomOut()
{
    m_fit = false;
    setZoom(zoom() / kStep);
}

void DiagramView::actualSize()
{
    m_fit = false;
    setZoom(1.0);
}

void DiagramView::fitToView()
{
    m_fit = true;
    if (!m_svg)
        return;
    const QRectF target = scene()->sceneRect();
    const QSizeF room = viewport()->size();
    const double scale = std::min(room.width() / target.width(), room.height() / target.height());
    setZoom(std::min(scale, 2.0)); // a small diagram is not blown up past 200 %
    centerOn(target.center());
}

const LayoutElement *DiagramView::selectedElement() const
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const auto *item = static_cast<const DiagramElementItem *>(selected.first());
    return &item->element();
}

void DiagramView::selectElement(const QString &svgId)
{
    scene()->clearSelection();
    const QList<QGraphicsItem *> items = scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->zValue() > 0
            && static_cast<DiagramElementItem *>(item)->element().svgId == svgId) {
            item->setSelected(true);
            return;
        }
    }
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        m_fit = false;
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

// DiagramView — a laid-out diagram on a QGraphicsView canvas: the SVG drawn as vectors (crisp at
// every zoom and on HiDPI) with one DiagramElementItem per node, edge and cluster on top.
// Zoom with Ctrl+wheel or zoomIn()/zoomOut(), fit, 100%; pan by dragging or scrolling; hover
// highlights, click selects. Used by DiagramPane and the legend.
#pragma once

#include "renderresult.h"

#include <QGraphicsView>

class QGraphicsSvgItem;
class QSvgRenderer;

namespace ArchDeck {

class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);

    /// Shows `result` (which must be ok). Keeps fit-to-view if that was the zoom mode.
    void setDiagram(const RenderResult &result);
    void clear();
    bool hasDiagram() const { return m_svg != nullptr; }
    const DiagramLayout &layout() const { return m_layout; }

    void zoomIn();
    void zoomOut();
    void fitToView();
    void actualSize();
    double zoom() const;
    bool isFitToView() const { return m_fit; }

    /// The selected element, or nullptr.
    const LayoutElement *selectedElement() const;
    void selectElement(const QString &svgId);

signals:
    void selectedElementChanged(const ArchDeck::LayoutElement *element);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void setZoom(double zoom);

    QSvgRenderer *m_renderer;
    QGraphicsSvgItem *m_svg = nullptr;
    DiagramLayout m_layout;
    bool m_fit = true;
};

} // namespace ArchDeck

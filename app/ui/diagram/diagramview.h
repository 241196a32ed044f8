// DiagramView — a laid-out diagram on a QGraphicsView canvas: the SVG drawn as vectors (crisp at
// every zoom and on HiDPI) with one DiagramElementItem per node, edge and cluster on top.
// Zoom with Ctrl+wheel or zoomIn()/zoomOut(), fit, 100%; pan by dragging or scrolling; hover
// highlights, click selects. Used by DiagramPane and the legend.
#pragma once

#include "renderresult.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsSvgItem;
class QSvgRenderer;

namespace ArchDeck {

class DiagramTextItem;

class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    /// The canvas behind a diagram styled for `theme` (the SVG itself has no background).
    static QColor canvasColor(DiagramTheme theme);

    /// Shows `result` (which must be ok). Keeps fit-to-view if that was the zoom mode.
    void setDiagram(const RenderResult &result);
    /// How setDiagram() treats the zoom: Refit (fit-to-view refits) or KeepZoomIfItFits (an edit:
    /// the zoom stays unless the new drawing no longer fits, so the eye is not thrown about).
    enum class ZoomPolicy { Refit, KeepZoomIfItFits };
    void setDiagram(const RenderResult &result, ZoomPolicy policy);
    /// Drops the diagram: the canvas is empty until the next setDiagram().
    void clear();
    bool hasDiagram() const { return m_svg != nullptr; }
    const DiagramLayout &layout() const { return m_layout; }

    /// How a user names `element`: its label as drawn ("Order handler"), an edge by its ends
    /// ("Outbox relay (poller / CDC) → Broker (SNS / Kafka)").
    QString elementName(const LayoutElement &element) const;

    void zoomIn();
    void zoomOut();
    void fitToView();
    void actualSize();
    /// Shows the diagram at `zoom` (1.0 = one SVG point a pixel), leaving fit-to-view.
    void setZoom(double zoom);
    double zoom() const;
    bool isFitToView() const { return m_fit; }

    /// The room the diagram takes on screen at the current zoom, frame included: what a dialog
    /// showing it whole sizes itself to. Empty without a diagram.
    QSize diagramSize() const;

    /// The selected element, or nullptr.
    const LayoutElement *selectedElement() const;
    void selectElement(const QString &svgId);

signals:
    void selectedElementChanged(const ArchDeck::LayoutElement *element);
    void zoomChanged(double zoom);
    void hasDiagramChanged(bool hasDiagram);

protected:
    QGraphicsSvgItem *svgItem() const { return m_svg; }
    /// Called before the scene's items are deleted (a new diagram, clear()): a subclass lets go of
    /// the items it holds.
    virtual void aboutToDropScene() { }
    QSvgRenderer *renderer() const { return m_renderer; }
    /// The label text the SVG item does not draw (SvgText).
    DiagramTextItem *textItem() const { return m_text; }
    /// The element item on the canvas for `svgId`, or nullptr.
    QGraphicsItem *elementItem(const QString &svgId) const;

    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void applyZoom(double zoom);
    void dropScene();
    /// Where document (viewBox) points land on the SVG item: (p − origin) × scale.
    QPointF documentOrigin() const;
    double documentScale() const;

    QSvgRenderer *m_renderer;
    QGraphicsSvgItem *m_svg = nullptr;
    DiagramTextItem *m_text = nullptr;
    DiagramLayout m_layout;
    QHash<QString, QString> m_nodeNames; ///< node id → its label as read, for naming edges
    bool m_fit = true;
};

} // namespace ArchDeck

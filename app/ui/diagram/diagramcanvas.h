// DiagramCanvas — the diagram view made editable: what the diagram editor draws with. It turns
// gestures into requests (connect by dragging from one node to another, Shift+drag a node into a
// cluster, drop a kind from the palette, F2 or double-click to rename in place, Delete) and
// leaves the changes to the editor, which makes each one an undo command. When the new layout
// arrives, nodes glide from where they were to where Graphviz put them (animationMs) and the node
// just edited keeps its place on screen, so the eye can follow what moved.
//
//   canvas->showLayout(result, QStringLiteral("orders"));   // animate; keep "orders" in place
//   connect(canvas, &DiagramCanvas::connectRequested, …);    // ("client", "orders")
#pragma once

#include "diagramview.h"

#include <QPointer>

class QGraphicsLineItem;
class QGraphicsSvgItem;
class QLineEdit;
class QVariantAnimation;

namespace ArchDeck {

class DiagramCanvas : public DiagramView
{
    Q_OBJECT

public:
    static constexpr int animationMs = 150;
    /// The drag-and-drop format of a palette entry: the kind's name as UTF-8.
    static QString kindMimeType();

    explicit DiagramCanvas(QWidget *parent = nullptr);

    /// Shows `result` (ok). Nodes already on the canvas move from their old place; new ones fade
    /// in; the node `anchorNodeId` (if it was on the canvas) stays where it was on screen.
    void showLayout(const RenderResult &result, const QString &anchorNodeId = {});
    bool isAnimating() const;
    /// Turns the animation off (tests that compare frames, users who want none).
    void setAnimationEnabled(bool enabled) { m_animate = enabled; }

    /// The selected elements, nodes first.
    QList<LayoutElement> selectedElements() const;
    QStringList selectedNodeIds() const;
    /// The innermost cluster whose box holds `scenePos`, or empty.
    QString clusterAt(const QPointF &scenePos) const;
    /// The layout element of node `id`, or nullptr.
    const LayoutElement *nodeElement(const QString &id) const;

    /// Opens the in-place editor over `svgId` with `text`; Enter commits (renameCommitted), Esc
    /// and a click elsewhere cancel.
    void startRename(const QString &svgId, const QString &text);
    bool isRenaming() const;
    QLineEdit *renameEditor() const { return m_renameEditor; }

signals:
    void connectRequested(const QString &tailId, const QString &headId);
    void moveToClusterRequested(const QStringList &nodeIds, const QString &clusterId);
    /// A kind dropped from the palette, inside `clusterId` (empty: none).
    void addRequested(const QString &kind, const QString &clusterId);
    /// F2, Return or a double-click on `element`: the editor answers with startRename().
    void renameRequested(const ArchDeck::LayoutElement &element);
    void renameCommitted(const ArchDeck::LayoutElement &element, const QString &text);
    void deleteRequested();
    void contextMenuRequested(const QPoint &globalPos);
    void animationStarted();
    void animationFinished();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void aboutToDropScene() override;

private:
    const LayoutElement *elementAt(const QPoint &viewPos, LayoutElement::Type type) const;
    void startAnimation(const DiagramLayout &previous);
    void stepAnimation(double progress);
    void finishAnimation();
    void commitRename();
    void cancelRename();
    void placeRenameEditor();
    void endGesture();

    bool m_animate = true;
    QVariantAnimation *m_animation;
    struct Moving
    {
        QGraphicsSvgItem *item;
        QPointF from;
        QPointF to;
        bool fades;
    };
    QList<Moving> m_moving;

    // A drag from a node: connect (plain) or move into a cluster (Shift).
    QString m_pressedNode;
    QPoint m_pressPos;
    bool m_dragging = false;
    bool m_panning = false;
    QPoint m_panFrom;
    QGraphicsLineItem *m_dragLine = nullptr;

    QLineEdit *m_renameEditor;
    LayoutElement m_renaming;
};

} // namespace ArchDeck

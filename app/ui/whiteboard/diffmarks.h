// DiffMarks — the marks the diff view lays over a laid-out diagram, built from its layout geometry
// (the SVG is never edited): a halo round each matched or extra node, a coloured stroke along each
// edge, a faded, dashed ghost for what the attempt misses, a dashed outline on the reference for
// where it sits there, and a "↔ reversed" tag on an edge drawn the other way. Used by DiffView.
//
//   addDiffMarks(view, overlay.graph, overlay.attempt, DiffSide::Attempt, DiffColors::forTheme(t))
//   → one mark item per element with a status; markStatus(view, "relay") == "missing"
#pragma once

#include "diffoverlay.h"
#include "renderresult.h"

#include <QColor>
#include <QList>
#include <QPixmap>

namespace ArchDeck {

class DiagramView;

enum class DiffSide { Reference, Attempt };

/// The marks' colours, chosen to read on the diagram canvas of each theme.
struct DiffColors
{
    QColor matched; ///< green
    QColor extra; ///< orange
    QColor reversed; ///< amber
    QColor ghost; ///< grey: the attempt's ghosts
    QColor absent; ///< red: where the reference has what the attempt misses
    QColor canvas; ///< DiagramView::canvasColor(): what fades a ghost

    static DiffColors forTheme(DiagramTheme theme);
    QColor of(DiffOverlay::Status status, DiffSide side) const;
};

/// Edge `i` of `graph` → its element in `layout` (nullptr when the layout has none). The layout
/// names an edge "tail->head", so parallel edges pair up in order.
QList<const LayoutElement *> layoutEdges(const DiagramGraph &graph, const DiagramLayout &layout);

/// Lays a mark over every element of `view`'s diagram that `marks` gives a status. The marks sit
/// above the drawing and below the view's hover and selection items, and catch no mouse events.
/// Call again after every setDiagram() (that clears the scene).
void addDiffMarks(DiagramView *view, const DiagramGraph &graph, const DiffOverlay::Marks &marks,
    DiffSide side, const DiffColors &colors);

/// The status name ("matched", …) of the mark on element `elementId` (a node or cluster id, an
/// edge's "tail->head") in `view`, or empty when it has none.
QString markStatus(const DiagramView *view, const QString &elementId);

/// A legend swatch, 28 × 16 logical pixels: a small node (or, for `LayoutElement::Type::Edge`, an
/// arrow) marked as the marks mark it.
QPixmap diffSwatch(DiffOverlay::Status status, DiffSide side, LayoutElement::Type type,
    const DiffColors &colors, qreal devicePixelRatio);

} // namespace ArchDeck

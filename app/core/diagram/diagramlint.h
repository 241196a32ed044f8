// DiagramLint — the layout habits a program can see in a laid-out diagram, for `archdeck check`:
// every node belongs to the flow (only notes stand alone), and the drawing fills a 16:9 slide.
//
//     const RenderResult result = engine.renderNow(source);
//     problems += DiagramLint::check(result.layout, source.dot, source.fileName);
#pragma once

#include "diagnostic.h"
#include "diagramlayout.h"

#include <QByteArray>

namespace ArchDeck::DiagramLint {

/// How much of a 1920 × 1080 slide the drawing covers once scaled to fit it.
struct SlideFill
{
    double aspect = 0; ///< the share the bounding box covers: 1 for a 16:9 drawing
    /// The largest block of the bounding box that nothing is drawn in, as a share of the box:
    /// an L-shaped flow leaves a quarter or more of it empty.
    double emptyBlock = 0;
    double share() const { return aspect * (1 - emptyBlock); }
};

/// Below this share a drawing leaves too much of the slide empty: a tall column, a thin strip,
/// an L-shaped flow.
constexpr double kMinimumSlideFill = 0.6;

SlideFill slideFill(const DiagramLayout &layout);

/// Islands (a node without edges that is not a note; a group of nodes detached from the main
/// flow, unless it is the flow of its own `lane`) and a slide fill below kMinimumSlideFill, as
/// errors naming `fileName` and the line that declares the node.
Diagnostics check(const DiagramLayout &layout, const QByteArray &source, const QString &fileName);

} // namespace ArchDeck::DiagramLint

// DiagramLayout — where Graphviz put every node, edge and cluster of a diagram, in the SVG's own
// coordinates (points, y down). Produced by the layout worker, read by the diagram view for
// hit-testing, hover and selection, and by later editing tools.
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace ArchDeck {

struct LayoutElement
{
    enum class Type { Node, Edge, Cluster };
    /// How the DOT file writes the label: `label="…"` (Plain) or `label=<…>` (Html).
    enum class LabelFormat { Plain, Html };

    Type type = Type::Node;
    QString id; ///< DOT id: node name, cluster name, or "tail->head" for an edge
    QString svgId; ///< id of the element's <g> in the SVG, e.g. "ad-node-3"
    /// The label as drawn, its lines joined by '\n': escapes resolved, \N, \G, \E… expanded,
    /// an HTML-like label's words without markup (a <BR/> or a table cell starts a line).
    /// `label="Order\nhandler"` gives the lines "Order" and "handler"; `label=<<B>API</B> v2>`
    /// gives "API v2". Empty when nothing is drawn (an invisible node). Head, tail and external
    /// labels (xlabel) are not part of it.
    QString label;
    /// Plain or HTML in the source: editing the text alone would lose an HTML label's markup.
    LabelFormat labelFormat = LabelFormat::Plain;
    QString kind; ///< the `kind` attribute: "service", "queue", … (empty when not set)
    QString shape; ///< Graphviz shape after styling; empty for edges
    QRectF box; ///< bounding box
    QList<QPointF> path; ///< edges: the spline's control points (cubic Bézier, 3n+1 points)
    QString tail; ///< edges: tail node id
    QString head; ///< edges: head node id
};

struct DiagramLayout
{
    QRectF bounds; ///< the whole drawing, equal to the SVG's viewBox
    QList<LayoutElement> elements;

    const LayoutElement *element(const QString &svgId) const;
};

} // namespace ArchDeck

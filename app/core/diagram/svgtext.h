// SvgText — takes the plain text runs out of a diagram's SVG so the view can draw them itself.
// Qt SVG draws every <text> by laying it out at a 100 px font and scaling it down, glyph by glyph
// as paths, on every paint (painting the 44 diagrams: 12.6 ms with text, 1.9 ms without,
// bench_whiteboard); the canvas draws the same runs with cached QStaticText instead. Only the
// runs this module understands are taken (position, anchor, font family, size, weight, style,
// colour); anything else — text on a path, decorations — stays in the SVG for Qt SVG to draw.
// The full SVG (exports, the clipboard) is never changed: only what the view paints.
//
//     const SvgText::Split split = SvgText::split(result.svg);
//     renderer->load(split.svg);               // shapes and lines
//     for (const SvgText::Run &run : split.runs) …  // run.text at split.toDocument.map(run.baseline)
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace ArchDeck::SvgText {

struct Run
{
    enum class Anchor { Start, Middle, End };

    QString groupId; ///< the <g> it was drawn in: "ad-node-3" (a node, edge or cluster)
    QPointF baseline; ///< x = the anchor, y = the baseline, in the graph group's coordinates
    Anchor anchor = Anchor::Middle;
    QString family; ///< "DejaVu Sans"
    double size = 14; ///< in the graph group's units
    bool bold = false;
    bool italic = false;
    QString color; ///< "#1f2937"
    double opacity = 1;
    QString text;
};

struct Split
{
    QByteArray svg; ///< the SVG without the runs below
    QList<Run> runs;
    /// The graph group's transform (Graphviz writes "scale(s s) rotate(0) translate(x y)"):
    /// run coordinates → the document's (viewBox) coordinates.
    struct
    {
        double scale = 1;
        QPointF translate;
        QPointF map(const QPointF &p) const { return (p + translate) * scale; }
    } toDocument;
};

/// The runs of `svg` (as ArchDeck's layout worker writes it) and the SVG without them. An SVG
/// it does not recognise comes back whole, with no runs.
Split split(const QByteArray &svg);

} // namespace ArchDeck::SvgText

// KindStyles — ArchDeck's one visual vocabulary. Diagram files say what a node *is*
// (`kind="queue"`); this turns kinds into shapes, colours and fonts for the light or dark theme,
// and styles clusters by boundary kind (region, az, vpc, subnet, boundary, lane, group).
// Applied in the layout worker before gvLayout(), because shapes change the layout.
#pragma once

#include "diagnostic.h"
#include "renderresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct Agraph_s;

namespace ArchDeck::KindStyles {

/// One colour drawn on another and the contrast it must reach: WCAG AA, 4.5:1 for text, 3:1 for
/// lines and outlines. Colours are "#rrggbb".
struct ContrastPair
{
    QString what; ///< "edge label on a vpc cluster"
    QByteArray foreground;
    QByteArray background;
    double minimum = 0;
};

/// Every text and line colour of `theme` with each surface it can be drawn on.
QList<ContrastPair> contrastPairs(DiagramTheme theme);

/// Styles every node, edge and cluster of `graph` for `theme`. Unknown kinds are warnings.
Diagnostics apply(
    Agraph_s *graph, DiagramTheme theme, const QByteArray &source, const QString &fileName);

} // namespace ArchDeck::KindStyles

// KindStyles — ArchDeck's one visual vocabulary. Diagram files say what a node *is*
// (`kind="queue"`); this turns kinds into shapes, colours and fonts for the light or dark theme,
// and styles clusters by boundary kind (region, az, vpc, subnet, boundary, lane, group).
// Applied in the layout worker before gvLayout(), because shapes change the layout.
#pragma once

#include "diagnostic.h"
#include "renderresult.h"

#include <QByteArray>

struct Agraph_s;

namespace ArchDeck::KindStyles {

/// Styles every node, edge and cluster of `graph` for `theme`. Unknown kinds are warnings.
Diagnostics apply(
    Agraph_s *graph, DiagramTheme theme, const QByteArray &source, const QString &fileName);

} // namespace ArchDeck::KindStyles

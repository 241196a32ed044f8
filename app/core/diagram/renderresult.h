// RenderResult — what rendering a diagram gives back: the SVG, its layout geometry and every
// diagnostic (syntax errors with lines, Graphviz warnings, sanitizer removals, crashes, timeouts).
#pragma once

#include "diagnostic.h"
#include "diagramlayout.h"

#include <QByteArray>

namespace ArchDeck {

enum class DiagramTheme { Light, Dark };

/// A diagram to render: DOT text, the name to use in diagnostics, and the theme to style it for.
struct DiagramSource
{
    QByteArray dot;
    QString fileName; ///< "diagrams/q04-outbox-pattern.dot"
    DiagramTheme theme = DiagramTheme::Light;
};

struct RenderResult
{
    QByteArray svg; ///< self-contained SVG 1.1; empty when rendering failed
    DiagramLayout layout;
    Diagnostics diagnostics;

    bool isOk() const { return !svg.isEmpty(); }
    int warningCount() const;
};

QString themeName(DiagramTheme theme);

} // namespace ArchDeck

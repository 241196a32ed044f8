// SelfContainedSvg — makes Graphviz's SVG safe to embed anywhere: drops the DOCTYPE (it names an
// external DTD) and comments (they echo names from the input), then checks the XML is well formed
// and refers to nothing outside itself.
#pragma once

#include <QByteArray>
#include <QString>

namespace ArchDeck::SelfContainedSvg {

struct Result
{
    QByteArray svg;
    QString problem; ///< empty when the SVG is well formed and self-contained
};

Result clean(const QByteArray &svg);

} // namespace ArchDeck::SelfContainedSvg

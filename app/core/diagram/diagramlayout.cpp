#include "diagramlayout.h"

namespace ArchDeck {

const LayoutElement *DiagramLayout::element(const QString &svgId) const
{
    for (const LayoutElement &e : elements)
        if (e.svgId == svgId)
            return &e;
    return nullptr;
}

} // namespace ArchDeck

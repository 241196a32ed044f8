#include "renderresult.h"

#include <algorithm>

namespace ArchDeck {

int RenderResult::warningCount() const
{
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
        [](const Diagnostic &d) { return !d.isError(); }));
}

QString themeName(DiagramTheme theme)
{
    return theme == DiagramTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace ArchDeck

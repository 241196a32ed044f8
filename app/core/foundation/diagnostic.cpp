#include "diagnostic.h"

#include <algorithm>

namespace ArchDeck {

QString Diagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += QLatin1String(": ");
    if (severity == Severity::Warning)
        text += QLatin1String("warning: ");
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(
        diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace ArchDeck

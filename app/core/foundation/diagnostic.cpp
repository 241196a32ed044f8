#include "diagnostic.h"

#include <algorithm>

namespace ArchDeck {

QString Diagnostic::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text = file;
        if (line > 0)
            text += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            text += QLatin1Char(':') + QString::number(column);
        text += QLatin1String(": ");
    }
    if (severity == Severity::Warning)
        text += QLatin1String("warning: ");
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(
        diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
}

QString firstErrorMessage(const Diagnostics &diagnostics)
{
    const auto error = std::find_if(
        diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
    return error == diagnostics.cend() ? QString() : error->message;
}

} // namespace ArchDeck

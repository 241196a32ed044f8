// Diagnostic — one problem found in user-visible input (a content file, a seed, later a DOT file).
// Errors are values: every loader returns them instead of printing, and each front end decides how
// to show them.
#pragma once

#include <QList>
#include <QString>

namespace ArchDeck {

struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file; ///< as the user named it, e.g. "content/q04-outbox-pattern.md"
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file
    QString message;

    bool isError() const { return severity == Severity::Error; }

    /// "content/q04.md:12: missing front matter key 'title'" — the format compilers use, so
    /// editors and terminals can jump to the place.
    QString toString() const;

    static Diagnostic error(const QString &file, int line, const QString &message)
    {
        return {Severity::Error, file, line, message};
    }
    static Diagnostic warning(const QString &file, int line, const QString &message)
    {
        return {Severity::Warning, file, line, message};
    }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace ArchDeck

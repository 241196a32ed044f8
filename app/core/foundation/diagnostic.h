// Diagnostic — one problem found in user-visible input (a content file, a seed, a DOT file, a
// search query) or met on the way (a collection that cannot be written). Errors are values: every
// loader and every core API returns them (alone, or in a Result<T> — result.h) instead of printing,
// and each front end decides how to show them.
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
    int column = 0; ///< 1-based, in characters; 0 when not known
    QString detail; ///< for logs and bug reports (a driver's own text); never shown as the message

    bool isError() const { return severity == Severity::Error; }

    /// "content/q04.md:12: missing front matter key 'title'" ("…:12:7: …" with a column) — the
    /// format compilers use, so editors and terminals can jump to the place. Without a file:
    /// just the message (and "warning: ").
    QString toString() const;

    static Diagnostic error(const QString &file, int line, const QString &message, int column = 0)
    {
        return {Severity::Error, file, line, message, column, {}};
    }
    static Diagnostic warning(const QString &file, int line, const QString &message, int column = 0)
    {
        return {Severity::Warning, file, line, message, column, {}};
    }
    /// A failure that is not about a place in a file ("Could not save the review: disk full.").
    static Diagnostic failure(const QString &message, const QString &detail = {})
    {
        return {Severity::Error, {}, 0, message, 0, detail};
    }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
/// The first error's message, or an empty string.
QString firstErrorMessage(const Diagnostics &diagnostics);

} // namespace ArchDeck

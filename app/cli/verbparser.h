// VerbParser — QCommandLineParser set up for one verb, without QCommandLineParser's habit of
// calling exit(): errors and --help are reported through the caller's streams.
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace ArchDeck {

class VerbParser : public QCommandLineParser
{
public:
    /// `synopsis` e.g. "show ID", `description` one sentence.
    VerbParser(const QString &synopsis, const QString &description);

    enum class Outcome { Run, Done, Failed };

    /// Parses `arguments` ({"show", "q04"}); prints help to `out` (Done) or the error with a usage
    /// line to `err` (Failed). `positional` is the exact number of positional arguments required.
    Outcome parse(const QStringList &arguments, int positional, QTextStream &out, QTextStream &err);

private:
    QString m_synopsis;
};

} // namespace ArchDeck

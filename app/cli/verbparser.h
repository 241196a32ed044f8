// VerbParser — QCommandLineParser set up for one verb, without QCommandLineParser's habit of
// calling exit(): errors and --help are reported through the caller's streams, under the verb's
// own usage line.
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace ArchDeck {

class VerbParser : public QCommandLineParser
{
public:
    /// `usage` is the verb's usage line after "archdeck", the one place it is written (Qt's own
    /// repeats positional arguments): "show [--deck DIR] ID". `description` is one sentence.
    VerbParser(const QString &usage, const QString &description);

    /// A positional argument, listed in the help; a missing one is reported by `name`
    /// ("archdeck show: missing ID").
    void addArgument(const QString &name, const QString &description);

    enum class Outcome { Run, Done, Failed };

    /// Parses `arguments` ({"show", "q04"}); prints help to `out` (Done) or the error with the
    /// usage line to `err` (Failed). `positional` is the exact number of positional arguments
    /// required.
    Outcome parse(const QStringList &arguments, int positional, QTextStream &out, QTextStream &err);

    /// How the verb's messages start, once parsed: "archdeck show: ".
    QString errorPrefix() const;

private:
    QString m_usage;
    QString m_verb;
    QStringList m_arguments;
};

} // namespace ArchDeck

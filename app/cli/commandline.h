// CommandLine — `archdeck <verb> …`: decides whether an invocation is for the CLI and runs the
// verb. Exit codes are a contract: 0 ok, 1 bad input, 2 internal error.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::CommandLine {

enum ExitCode { Ok = 0, BadInput = 1, InternalError = 2 };

/// True when argv names a verb, --help or --version, after any of the study window's options
/// (`--deck DIR`, `--theme THEME`, `--data-dir DIR`); anything else starts the GUI.
/// {"archdeck", "cards"} → true; {"archdeck"} → false; {"archdeck", "-platform", "xcb"} → false;
/// {"archdeck", "--data-dir", "d", "stats"} → true; {"archdeck", "--deck", "d", "show", "q04"} →
/// true; {"archdeck", "--data-dir", "d"} → false (the study window on that collection)
bool isCommandLineInvocation(int argc, const char *const *argv);

/// The command-line program: sets up the application (offscreen, quiet), runs the verb in argv.
int exec(int argc, char *argv[]);

/// Runs the verb in `arguments` (arguments.first() is the program). Output goes to `out`,
/// diagnostics and errors to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The word in `known` the user most likely meant by `typed`, or an empty string when none is
/// close: the only one `typed` begins ("q04" → "q04-outbox-pattern"), else the nearest by edit
/// distance (a typo, a swap: "rendr" → "render", "shwo" → "show"), ignoring case, if it is at
/// most a third of the word away. "frobnicate" → "".
QString suggestion(const QString &typed, const QStringList &known);

/// A count as a verb prints it: (1, "section", "sections") → "1 section", 14 → "14 sections".
QString counted(qsizetype count, const char *singular, const char *plural);

} // namespace ArchDeck::CommandLine

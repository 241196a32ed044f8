// CommandLine — `archdeck <verb> …`: decides whether an invocation is for the CLI and runs the
// verb. Exit codes are a contract: 0 ok, 1 bad input, 2 internal error.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::CommandLine {

enum ExitCode { Ok = 0, BadInput = 1, InternalError = 2 };

/// True when argv names a verb, --help or --version, after any global options (`--data-dir DIR`);
/// anything else starts the GUI. {"archdeck", "cards"} → true; {"archdeck"} → false;
/// {"archdeck", "-platform", "xcb"} → false; {"archdeck", "--data-dir", "d", "stats"} → true;
/// {"archdeck", "--data-dir", "d"} → false (the study window on that collection)
bool isCommandLineInvocation(int argc, const char *const *argv);

/// The command-line program: sets up the application (offscreen, quiet), runs the verb in argv.
int exec(int argc, char *argv[]);

/// Runs the verb in `arguments` (arguments.first() is the program). Output goes to `out`,
/// diagnostics and errors to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::CommandLine

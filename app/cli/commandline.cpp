#include "commandline.h"

#include "contentverbs.h"
#include "diagramverbs.h"
#include "statsverb.h"

#include <QCommandLineParser>

#include <QGuiApplication>

#include <cstring>
#include <exception>

namespace ArchDeck::CommandLine {

namespace {

struct Verb
{
    /// Whether the verb reads the collection, and so takes the global options (`--data-dir`).
    enum class Collection { NotUsed, Used };

    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    Collection collection = Collection::NotUsed;
};

const Verb kVerbs[] = {
    {"cards", "List the cards: id, section, title, diagram, tags (--json for JSON).",
        &ContentVerbs::cards},
    {"show", "Print one card's question and answer as plain text.", &ContentVerbs::show},
    {"import-qa", "Turn a Q&A Markdown file (the seed format) into card files.",
        &ContentVerbs::importQa},
    {"render", "Lay out a DOT diagram and write SVG, PNG or PDF.", &DiagramVerbs::render},
    {"check", "Validate every bundled card and diagram.", &DiagramVerbs::check},
    {"stats", "Counts by state, due today, reviews today, retention (--json for JSON).",
        &StatsVerb::run, Verb::Collection::Used},
};

/// The global options, accepted before the verb: `--data-dir DIR` or `--data-dir=DIR`. How many
/// arguments the one starting at \a argument takes up: "--data-dir" → 2, "--data-dir=d" → 1,
/// "stats" → 0 (not a global option).
int globalOptionWidth(QStringView argument)
{
    if (argument == QLatin1String("--data-dir"))
        return 2;
    return argument.startsWith(QLatin1String("--data-dir=")) ? 1 : 0;
}

/// Splits `arguments` (the program first) into the global options before the verb, as
/// {"--data-dir", "DIR"}, and the rest, from the verb on.
void splitGlobalOptions(const QStringList &arguments, QStringList *global, QStringList *rest)
{
    qsizetype i = 1;
    while (i < arguments.size()) {
        const int width = globalOptionWidth(arguments.at(i));
        if (width == 0)
            break;
        if (width == 2)
            *global << arguments.at(i) << arguments.value(i + 1);
        else
            *global << arguments.at(i).section(QLatin1Char('='), 0, 0)
                    << arguments.at(i).section(QLatin1Char('='), 1);
        i += width;
    }
    *rest = arguments.mid(i);
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : kVerbs)
        if (name == QLatin1String(verb.name))
            return &verb;
    return nullptr;
}

QString usage()
{
    QString text = QStringLiteral("Usage: archdeck [--data-dir DIR] [verb] [options]\n\n"
                                  "With no verb, ArchDeck opens its study window.\n\nVerbs:\n");
    for (const Verb &verb : kVerbs)
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(verb.name), -12)
                    .arg(QLatin1String(verb.summary));
    text += QStringLiteral(
        "\nOptions:\n"
        "  --data-dir DIR  Keep the collection in DIR (else $ARCHDECK_DATA_DIR, else the\n"
        "                  platform's data folder). Also for the study window.\n"
        "  -h, --help      Show this help, or a verb's with 'archdeck VERB --help'.\n"
        "  -v, --version   Show the version.\n\n"
        "Exit codes: 0 ok, 1 bad input, 2 internal error.\n");
    return text;
}

} // namespace

int exec(int argc, char *argv[])
{
    // Verbs never open windows, but rendering PNG/PDF needs fonts: a GUI application on the
    // offscreen platform gives them without a display. Qt's own chatter (e.g. about
    // XDG_RUNTIME_DIR) would mix with our diagnostics, so only fatal messages get through.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg || type == QtCriticalMsg)
            QTextStream(stderr) << "archdeck: " << message << '\n';
    });
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QGuiApplication::arguments(), out, err);
}

bool isCommandLineInvocation(int argc, const char *const *argv)
{
    int i = 1;
    while (i < argc) {
        const int width = globalOptionWidth(QString::fromLocal8Bit(argv[i]));
        if (width == 0)
            break;
        i += width;
    }
    if (i >= argc)
        return false; // only global options: the study window honours them too
    const char *first = argv[i];
    if (first[0] != '-')
        return true; // a verb (or a mistyped one, which the CLI reports)
    for (const char *flag : {"-h", "--help", "-help", "-v", "--version"})
        if (std::strcmp(first, flag) == 0)
            return true;
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList global;
    QStringList rest;
    splitGlobalOptions(arguments, &global, &rest);
    const QString first = rest.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("-help")) {
        out << usage();
        return Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << "archdeck " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const Verb *verb = findVerb(first);
    if (!verb) {
        err << "archdeck: unknown verb '" << first << "'\n\n" << usage();
        return BadInput;
    }
    try {
        // A verb that reads the collection parses the global options as its own (so they may
        // also follow it); the others ignore them.
        if (verb->collection == Verb::Collection::Used)
            return verb->run(QStringList {first} + global + rest.mid(1), out, err);
        return verb->run(rest, out, err);
    } catch (const std::exception &e) {
        err << "archdeck: internal error: " << e.what() << '\n';
        return InternalError;
    }
}

} // namespace ArchDeck::CommandLine

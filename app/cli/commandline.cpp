#include "commandline.h"

#include "contentverbs.h"
#include "diagramverbs.h"

#include "applicationidentity.h"
#include <QCommandLineParser>

#include <QGuiApplication>

#include <cstring>
#include <exception>

namespace ArchDeck::CommandLine {

namespace {

struct Verb
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

const Verb kVerbs[] = {
    {"cards", "List the cards: id, section, title, diagram, tags (--json for JSON).",
        &ContentVerbs::cards},
    {"show", "Print one card's question and answer as plain text.", &ContentVerbs::show},
    {"import-qa", "Turn a Q&A Markdown file (the seed format) into card files.",
        &ContentVerbs::importQa},
    {"render", "Lay out a DOT diagram and write SVG, PNG or PDF.", &DiagramVerbs::render},
    {"check", "Validate every bundled card and diagram.", &DiagramVerbs::check},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : kVerbs)
        if (name == QLatin1String(verb.name))
            return &verb;
    return nullptr;
}

QString usage()
{
    QString text = QStringLiteral("Usage: archdeck [verb] [options]\n\n"
                                  "With no verb, ArchDeck opens its study window.\n\nVerbs:\n");
    for (const Verb &verb : kVerbs)
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(verb.name), -12)
                    .arg(QLatin1String(verb.summary));
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help     Show this help, or a verb's with 'archdeck VERB --help'.\n"
        "  -v, --version  Show the version.\n\n"
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
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QGuiApplication::arguments(), out, err);
}

bool isCommandLineInvocation(int argc, const char *const *argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (first[0] != '-')
        return true; // a verb (or a mistyped one, which the CLI reports)
    for (const char *flag : {"-h", "--help", "-help", "-v", "--version"})
        if (std::strcmp(first, flag) == 0)
            return true;
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
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
        return verb->run(arguments.mid(1), out, err);
    } catch (const std::exception &e) {
        err << "archdeck: internal error: " << e.what() << '\n';
        return InternalError;
    }
}

} // namespace ArchDeck::CommandLine

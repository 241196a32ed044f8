#include "commandline.h"

#include "contentverbs.h"
#include "diagramverbs.h"
#include "interviewverb.h"
#include "statsverb.h"
#include "whiteboardverbs.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <exception>
#include <vector>

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
    {"check", "Validate every card and its diagram.", &DiagramVerbs::check},
    {"fmt", "Rewrite a DOT file the way the diagram editor writes it.", &WhiteboardVerbs::fmt},
    {"diff", "Compare a drawing with a reference diagram (--json for JSON).",
        &WhiteboardVerbs::diff},
    {"stats", "Counts by state, due today, reviews today, retention (--json for JSON).",
        &StatsVerb::run},
    {"interview", "Plan a mock interview (--plan) or list past ones (--history).",
        &InterviewVerb::run},
};

/// An option of the study window that may also come before a verb: the verbs that take it get
/// it as their own option, the others ignore it — so `alias archdeck='archdeck --data-dir ~/x'`
/// works with every verb, and `archdeck --deck mydeck cards` lists mydeck instead of opening
/// the window.
struct GlobalOption
{
    const char *name; ///< "--deck"
    const char *valueName; ///< "DIR"
    const char *description; ///< lines of at most 58 characters
    const char *verbs; ///< the verbs that take it, space-separated
};

const GlobalOption kGlobalOptions[] = {
    {"--deck", "DIR", "Study the cards in DIR instead of the bundled deck.", "cards show check"},
    {"--theme", "THEME", "Colour theme: system, light or dark; remembered.", "render"},
    {"--data-dir", "DIR",
        "Keep the collection (reviews, settings) in DIR, else in\n"
        "$ARCHDECK_DATA_DIR, else in the platform's data folder.",
        "stats interview"},
};

/// How many arguments the one starting at `argument` takes up as a global option: "--deck" → 2,
/// "--deck=d" → 1, "stats" → 0 (not a global option).
int globalOptionWidth(QStringView argument)
{
    for (const GlobalOption &option : kGlobalOptions) {
        const QLatin1String name(option.name);
        if (argument == name)
            return 2;
        if (argument.size() > name.size() && argument.startsWith(name)
            && argument.at(name.size()) == QLatin1Char('='))
            return 1;
    }
    return 0;
}

/// The global options before the verb, each as {"--deck", "DIR"}, and the rest of `arguments`
/// (the program first) from the verb on.
struct SplitArguments
{
    QList<QStringList> global;
    QStringList rest;
};

SplitArguments splitGlobalOptions(const QStringList &arguments)
{
    SplitArguments split;
    qsizetype i = 1;
    while (i < arguments.size()) {
        const QString &argument = arguments.at(i);
        const int width = globalOptionWidth(argument);
        if (width == 0)
            break;
        if (width == 2)
            split.global.append({argument, arguments.value(i + 1)});
        else
            split.global.append(
                {argument.section(QLatin1Char('='), 0, 0), argument.section(QLatin1Char('='), 1)});
        i += width;
    }
    split.rest = arguments.mid(i);
    return split;
}

bool takes(const char *verb, const QString &globalOption)
{
    for (const GlobalOption &option : kGlobalOptions)
        if (globalOption == QLatin1String(option.name))
            return QString::fromLatin1(option.verbs)
                .split(QLatin1Char(' '))
                .contains(QLatin1String(verb));
    return false;
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : kVerbs)
        if (name == QLatin1String(verb.name))
            return &verb;
    return nullptr;
}

QStringList verbNames()
{
    QStringList names;
    for (const Verb &verb : kVerbs)
        names.append(QLatin1String(verb.name));
    return names;
}

/// One option of the help: "  --deck DIR        Study the cards…", continuation lines indented.
QString optionHelp(const QString &option, const QString &description)
{
    const QString indent(20, QLatin1Char(' '));
    return QStringLiteral("  %1").arg(option, -18)
        + QString(description).replace(QLatin1Char('\n'), QLatin1Char('\n') + indent)
        + QLatin1Char('\n');
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: archdeck [--deck DIR] [--theme THEME] [--data-dir DIR]\n"
        "       archdeck [--deck DIR] [--theme THEME] [--data-dir DIR] VERB [options]\n\n"
        "With no verb, ArchDeck opens its study window.\n\nVerbs:\n");
    for (const Verb &verb : kVerbs)
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(verb.name), -12)
                    .arg(QLatin1String(verb.summary));
    text += QStringLiteral("'archdeck VERB --help' (or 'archdeck help VERB') shows a verb's "
                           "options.\n\n"
                           "Study window options (given before a verb, they go to the verbs "
                           "named; others\nignore them):\n");
    for (const GlobalOption &option : kGlobalOptions)
        text += optionHelp(QStringLiteral("%1 %2").arg(
                               QLatin1String(option.name), QLatin1String(option.valueName)),
            QLatin1String(option.description) + QLatin1String("\nVerbs: ")
                + QString::fromLatin1(option.verbs).replace(QLatin1Char(' '), QLatin1String(", "))
                + QLatin1Char('.'));
    text += QStringLiteral("\nOther options:\n")
        + optionHelp(QStringLiteral("-h, --help"), QStringLiteral("Show this help."))
        + optionHelp(QStringLiteral("-v, --version"), QStringLiteral("Show the version."))
        + QStringLiteral("\nExit codes: 0 ok, 1 bad input, 2 internal error.\n");
    return text;
}

/// "archdeck: unknown verb 'rendr' — did you mean 'render'?" and where to look.
int reportUnknownVerb(const QString &word, QTextStream &err)
{
    err << "archdeck: ";
    if (word.isEmpty())
        err << "no verb given";
    else if (word.startsWith(QLatin1Char('-')))
        err << "unknown option '" << word << "'";
    else
        err << "unknown verb '" << word << "'";
    if (const QString verb = suggestion(word, verbNames()); !verb.isEmpty())
        err << " — did you mean '" << verb << "'?";
    err << "\nSee 'archdeck --help'.\n";
    return BadInput;
}

/// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
/// substitutions and swaps of neighbours each cost 1. "rendr" → "render" is 1, "shwo" → "show" 1.
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype columns = b.size() + 1;
    std::vector<qsizetype> d((a.size() + 1) * columns);
    const auto at = [&](qsizetype i, qsizetype j) -> qsizetype & {
        return d[i * columns + j];
    };
    for (qsizetype i = 0; i <= a.size(); ++i)
        at(i, 0) = i;
    for (qsizetype j = 0; j <= b.size(); ++j)
        at(0, j) = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
}

} // namespace

QString suggestion(const QString &typed, const QStringList &known)
{
    if (typed.size() >= 2) {
        const auto begins = [&typed](const QString &word) {
            return word.startsWith(typed, Qt::CaseInsensitive);
        };
        if (std::count_if(known.cbegin(), known.cend(), begins) == 1)
            return *std::find_if(known.cbegin(), known.cend(), begins);
    }
    const QString lowered = typed.toLower();
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &word : known) {
        const qsizetype distance = editDistance(lowered, word.toLower());
        if (distance <= std::max<qsizetype>(1, word.size() / 3)
            && (best.isNull() || distance < bestDistance)) {
            best = word;
            bestDistance = distance;
        }
    }
    return best;
}

QString counted(qsizetype count, const char *singular, const char *plural)
{
    return QString::number(count) + QLatin1Char(' ')
        + QLatin1String(count == 1 ? singular : plural);
}

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
        return false; // only the study window's options
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
    const SplitArguments split = splitGlobalOptions(arguments);
    QStringList rest = split.rest;
    const QString first = rest.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("-help")
        || (first == QLatin1String("help") && rest.size() == 1)) {
        out << usage();
        return Ok;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << "archdeck " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (first == QLatin1String("help")) // "help VERB" is "VERB --help"
        rest = QStringList {rest.at(1), QStringLiteral("--help")};
    const Verb *verb = findVerb(rest.value(0));
    if (!verb)
        return reportUnknownVerb(rest.value(0), err);
    // The global options the verb takes go first among its own (so they may also follow it).
    QStringList verbArguments {rest.constFirst()};
    for (const QStringList &option : split.global)
        if (takes(verb->name, option.constFirst()))
            verbArguments += option;
    verbArguments += rest.mid(1);
    try {
        return verb->run(verbArguments, out, err);
    } catch (const std::exception &e) {
        err << "archdeck: internal error: " << e.what() << '\n';
        return InternalError;
    }
}

} // namespace ArchDeck::CommandLine

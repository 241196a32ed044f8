#include "diagramverbs.h"

#include "commandline.h"
#include "deck.h"
#include "diagramexport.h"
#include "layoutengine.h"
#include "verbparser.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ArchDeck::DiagramVerbs {

using namespace CommandLine;

namespace {

const QCommandLineOption kTimeoutOption(QStringLiteral("timeout"),
    QStringLiteral("Give up on a layout after S seconds (default 10)."), QStringLiteral("S"),
    QStringLiteral("10"));

/// The slide every bundled diagram must fit at its natural size: at 14 pt text that keeps every
/// label ≥ 14 px on a 1920×1080 slide.
constexpr double kSlideWidth = 1920;
constexpr double kSlideHeight = 1080;

bool timeoutFrom(const VerbParser &parser, int *milliseconds, QTextStream &err)
{
    bool ok = false;
    const double seconds = parser.value(kTimeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        err << "archdeck: --timeout takes seconds between 0 and 3600, not '"
            << parser.value(kTimeoutOption) << "'\n";
        return false;
    }
    *milliseconds = int(seconds * 1000);
    return true;
}

void print(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << '\n';
}

QByteArray readDiagram(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

int render(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("render IN.dot -o OUT.svg|OUT.png|OUT.pdf [--theme "
                                     "light|dark] [--scale F] [--timeout S]"),
        QStringLiteral("Lay out a DOT diagram with ArchDeck's styles and write SVG, PNG or PDF."));
    parser.addPositionalArgument(QStringLiteral("IN.dot"), QStringLiteral("The diagram."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The file to write; its suffix picks the format."), QStringLiteral("OUT"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("light (default) or dark."), QStringLiteral("THEME"),
        QStringLiteral("light"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("Size factor for PNG and PDF (default 1)."), QStringLiteral("F"),
        QStringLiteral("1"));
    parser.addOptions({output, theme, scale, kTimeoutOption});
    if (const auto outcome = parser.parse(arguments, 1, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;

    const QString outPath = parser.value(output);
    DiagramExport::Format format;
    if (outPath.isEmpty() || !DiagramExport::formatForFile(outPath, &format)) {
        err << "archdeck render: -o OUT must end in .svg, .png or .pdf\n";
        return BadInput;
    }
    const QString themeName = parser.value(theme).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark")) {
        err << "archdeck render: --theme is light or dark, not '" << parser.value(theme) << "'\n";
        return BadInput;
    }
    bool scaleOk = false;
    const double factor = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || factor <= 0 || factor > 16) {
        err << "archdeck render: --scale takes a factor between 0 and 16, not '"
            << parser.value(scale) << "'\n";
        return BadInput;
    }
    LayoutEngine::Options options;
    if (!timeoutFrom(parser, &options.timeoutMs, err))
        return BadInput;

    const QString inPath = parser.positionalArguments().constFirst();
    QString readError;
    DiagramSource source;
    source.dot = readDiagram(inPath, &readError);
    if (!readError.isEmpty()) {
        err << inPath << ": cannot read: " << readError << '\n';
        return BadInput;
    }
    source.fileName = inPath;
    source.theme = themeName == QLatin1String("dark") ? DiagramTheme::Dark : DiagramTheme::Light;

    LayoutEngine engine(options);
    const RenderResult result = engine.renderNow(source);
    print(result.diagnostics, err);
    if (!result.isOk())
        return BadInput;

    QString convertError;
    const QByteArray bytes = DiagramExport::convert(result.svg, format, factor, &convertError);
    if (bytes.isEmpty()) {
        err << outPath << ": " << convertError << '\n';
        return InternalError;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << outPath << ": cannot write: " << file.errorString() << '\n';
        return BadInput;
    }
    return Ok;
}

int check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("check [--deck DIR] [--timeout S]"),
        QStringLiteral("Validate every card and its diagram."));
    const QCommandLineOption deckOption(QStringLiteral("deck"),
        QStringLiteral(
            "Check the cards in DIR (their diagrams in DIR/diagrams or DIR/../diagrams)."),
        QStringLiteral("DIR"));
    parser.addOptions({deckOption, kTimeoutOption});
    if (const auto outcome = parser.parse(arguments, 0, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;
    LayoutEngine::Options options;
    if (!timeoutFrom(parser, &options.timeoutMs, err))
        return BadInput;

    const QString deckDir = parser.value(deckOption);
    const Deck deck = deckDir.isEmpty()
        ? Deck::bundled()
        : Deck::load(deckDir, QDir::cleanPath(deckDir) + QLatin1Char('/'));

    Diagnostics problems = deck.diagnostics();
    LayoutEngine engine(options);
    int diagrams = 0;
    for (const Card &card : deck.cards()) {
        if (!card.isQuestion())
            continue;
        QString readError;
        DiagramSource source;
        source.fileName = deck.diagramFileName(card);
        source.dot = deck.readDiagram(card, &readError);
        if (!readError.isEmpty()) {
            problems.append(Diagnostic::error(
                card.sourceFile, 0, QStringLiteral("cannot read its diagram (%1)").arg(readError)));
            continue;
        }
        ++diagrams;
        const RenderResult result = engine.renderNow(source);
        problems += result.diagnostics; // warnings count as problems for the bundled deck
        if (!result.isOk())
            continue;
        for (const LayoutElement &e : result.layout.elements)
            if (e.type == LayoutElement::Type::Node && e.kind.isEmpty())
                problems.append(Diagnostic::error(
                    source.fileName, 0, QStringLiteral("node '%1' has no kind").arg(e.id)));
        const QSizeF size = result.layout.bounds.size();
        if (size.width() > kSlideWidth || size.height() > kSlideHeight)
            problems.append(Diagnostic::error(source.fileName, 0,
                QStringLiteral("%1 × %2 pt does not fit a 1920 × 1080 slide with text ≥ 14 px")
                    .arg(qRound(size.width()))
                    .arg(qRound(size.height()))));
    }
    print(problems, err);
    out << "checked " << deck.questionCount() << " cards and " << diagrams << " diagrams: "
        << (problems.isEmpty() ? QStringLiteral("no problems")
                               : QStringLiteral("%1 problems").arg(problems.size()))
        << '\n';
    return problems.isEmpty() ? Ok : BadInput;
}

} // namespace ArchDeck::DiagramVerbs

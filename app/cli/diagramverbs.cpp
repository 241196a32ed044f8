#include "diagramverbs.h"

#include "commandline.h"
#include "contentverbs.h"
#include "deck.h"
#include "diagramexport.h"
#include "diagramlint.h"
#include "layoutengine.h"
#include "verbinput.h"
#include "verbparser.h"

#include <QFile>
#include <QSaveFile>

namespace ArchDeck::DiagramVerbs {

using namespace CommandLine;

namespace {

/// The slide every bundled diagram must fit at its natural size: at 14 pt text that keeps every
/// label ≥ 14 px on a 1920×1080 slide.
constexpr double kSlideWidth = 1920;
constexpr double kSlideHeight = 1080;
/// Every question card is followed up at least this many times (`## Follow-ups`).
constexpr int kMinimumFollowUps = 3;

} // namespace

int render(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(
        QStringLiteral("render -o OUT [--theme light|dark] [--scale F] [--timeout S] IN.dot"),
        QStringLiteral("Lay out a DOT diagram with ArchDeck's styles and write SVG, PNG or PDF."));
    parser.addArgument(QStringLiteral("IN.dot"), QStringLiteral("The diagram."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The file to write: .svg, .png or .pdf."), QStringLiteral("OUT"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("Colours: light (default) or dark."), QStringLiteral("THEME"),
        QStringLiteral("light"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("Size factor for PNG and PDF (default 1)."), QStringLiteral("F"),
        QStringLiteral("1"));
    parser.addOptions({output, theme, scale, VerbInput::timeoutOption()});
    if (const auto outcome = parser.parse(arguments, 1, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;

    const QString outPath = parser.value(output);
    if (outPath.isEmpty()) {
        err << parser.errorPrefix() << "missing -o OUT (an .svg, .png or .pdf file)\n";
        return BadInput;
    }
    const std::optional<DiagramExport::Format> format = DiagramExport::formatForFile(outPath);
    if (!format) {
        err << parser.errorPrefix() << "-o OUT must end in .svg, .png or .pdf, not '" << outPath
            << "'\n";
        return BadInput;
    }
    const QString themeName = parser.value(theme).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark")) {
        err << parser.errorPrefix() << "--theme is light or dark, not '" << parser.value(theme)
            << "'\n";
        return BadInput;
    }
    bool scaleOk = false;
    const double factor = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || factor <= 0 || factor > 16) {
        err << parser.errorPrefix() << "--scale takes a factor between 0 and 16, not '"
            << parser.value(scale) << "'\n";
        return BadInput;
    }
    LayoutEngine::Options options;
    if (!VerbInput::timeoutFrom(parser, &options.timeoutMs, err))
        return BadInput;

    const QString inPath = parser.positionalArguments().constFirst();
    const Result<QByteArray> dot = VerbInput::read(inPath);
    if (!dot.isOk()) {
        VerbInput::print(dot.diagnostics, err);
        return BadInput;
    }
    DiagramSource source;
    source.dot = dot.value;
    source.fileName = inPath;
    source.theme = themeName == QLatin1String("dark") ? DiagramTheme::Dark : DiagramTheme::Light;

    LayoutEngine engine(options);
    const RenderResult result = engine.renderNow(source);
    VerbInput::print(result.diagnostics, err);
    if (!result.isOk())
        return BadInput;

    if (const Status fits = DiagramExport::checkSize(result.layout.bounds.size(), *format, factor);
        !fits.isOk()) {
        err << parser.errorPrefix() << fits.errorMessage() << '\n';
        return BadInput;
    }
    const Result<QByteArray> converted = DiagramExport::convert(result.svg, *format, factor);
    if (!converted.isOk()) {
        err << outPath << ": " << converted.errorMessage() << '\n';
        return InternalError;
    }
    const QByteArray &bytes = converted.value;
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
        QStringLiteral("Validate every card and its diagram: the files parse, every node has a "
                       "kind and belongs to the flow, the drawing fits and fills a 16:9 slide, "
                       "every question has at least 3 follow-ups."));
    const QCommandLineOption deckOption(QStringLiteral("deck"),
        QStringLiteral(
            "Check the cards in DIR (their diagrams in DIR/diagrams or DIR/../diagrams)."),
        QStringLiteral("DIR"));
    parser.addOptions({deckOption, VerbInput::timeoutOption()});
    if (const auto outcome = parser.parse(arguments, 0, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;
    LayoutEngine::Options options;
    if (!VerbInput::timeoutFrom(parser, &options.timeoutMs, err))
        return BadInput;

    const std::optional<Deck> opened = ContentVerbs::openDeck(parser, deckOption, err);
    if (!opened)
        return BadInput;
    const Deck &deck = *opened;

    Diagnostics problems = deck.diagnostics();
    LayoutEngine engine(options);
    int diagrams = 0;
    for (const Card &card : deck.cards()) {
        if (!card.isQuestion())
            continue;
        if (card.followUps.size() < kMinimumFollowUps)
            problems.append(Diagnostic::error(card.sourceFile,
                card.followUps.isEmpty() ? card.answerLine : card.followUps.constLast().line,
                QStringLiteral("%1 follow-up questions; an interviewer asks at least %2 "
                               "(add them under '## Follow-ups')")
                    .arg(card.followUps.size())
                    .arg(kMinimumFollowUps)));
        const Result<QByteArray> dot = deck.readDiagram(card);
        if (!dot.isOk()) {
            problems += dot.diagnostics;
            continue;
        }
        DiagramSource source;
        source.fileName = deck.diagramFileName(card);
        source.dot = dot.value;
        ++diagrams;
        const RenderResult result = engine.renderNow(source);
        problems += result.diagnostics; // warnings count as problems for the bundled deck
        if (!result.isOk())
            continue;
        for (const LayoutElement &e : result.layout.elements)
            if (e.type == LayoutElement::Type::Node && e.kind.isEmpty())
                problems.append(Diagnostic::error(
                    source.fileName, 0, QStringLiteral("node '%1' has no kind").arg(e.id)));
        problems += DiagramLint::check(result.layout, source.dot, source.fileName);
        const QSizeF size = result.layout.bounds.size();
        if (size.width() > kSlideWidth || size.height() > kSlideHeight)
            problems.append(Diagnostic::error(source.fileName, 0,
                QStringLiteral("%1 × %2 pt does not fit a 1920 × 1080 slide with text ≥ 14 px")
                    .arg(qRound(size.width()))
                    .arg(qRound(size.height()))));
    }
    VerbInput::print(problems, err);
    out << "checked " << counted(deck.questionCount(), "card", "cards") << " and "
        << counted(diagrams, "diagram", "diagrams") << ": "
        << (problems.isEmpty() ? QStringLiteral("no problems")
                               : counted(problems.size(), "problem", "problems"))
        << '\n';
    return problems.isEmpty() ? Ok : BadInput;
}

} // namespace ArchDeck::DiagramVerbs

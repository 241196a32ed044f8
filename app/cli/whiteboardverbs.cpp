#include "whiteboardverbs.h"

#include "commandline.h"
#include "diagramdiff.h"
#include "dotwriter.h"
#include "layoutengine.h"
#include "verbinput.h"
#include "verbparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace ArchDeck::WhiteboardVerbs {

using namespace CommandLine;

namespace {

/// The structure of the DOT file at `path` as the layout worker reads it; errors (and warnings)
/// are printed as `FILE:LINE: message`.
std::optional<DiagramGraph> parseFile(LayoutEngine &engine, const QString &path, QTextStream &err)
{
    const Result<QByteArray> bytes = VerbInput::read(path);
    if (!bytes.isOk()) {
        VerbInput::print(bytes.diagnostics, err);
        return std::nullopt;
    }
    const QString name = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    Result<DiagramGraph> parsed = engine.parseNow(bytes.value, name);
    VerbInput::print(parsed.diagnostics, err);
    if (!parsed.isOk())
        return std::nullopt;
    return std::move(parsed.value);
}

QString readable(const DiagramGraph &graph, const QString &nodeId)
{
    const DiagramNode *node = graph.node(nodeId);
    return DiagramDiff::readableLabel(node ? node->displayLabel() : nodeId);
}

QString clusterName(const DiagramGraph &graph, const QString &clusterId)
{
    const DiagramCluster *cluster = graph.cluster(clusterId);
    const QString label = cluster ? cluster->label() : QString();
    return label.isEmpty() ? clusterId : DiagramDiff::readableLabel(label);
}

QString edgeName(const DiagramGraph &graph, const DiagramEdge &edge)
{
    return readable(graph, edge.tail) + (graph.directed ? QLatin1String(" -> ") : QLatin1String(" -- "))
        + readable(graph, edge.head);
}

QJsonArray pair(const QString &reference, const QString &attempt)
{
    return QJsonArray {reference, attempt};
}

QJsonObject toJson(const DiagramGraph &reference, const DiagramGraph &attempt,
    const DiagramDiff &diff)
{
    QJsonArray matchedNodes, missingNodes, extraNodes;
    for (const DiagramDiff::NodeMatch &m : diff.matchedNodes)
        matchedNodes.append(pair(readable(reference, m.referenceId), readable(attempt, m.attemptId)));
    for (const QString &id : diff.missingNodes)
        missingNodes.append(readable(reference, id));
    for (const QString &id : diff.extraNodes)
        extraNodes.append(readable(attempt, id));

    QJsonArray matchedEdges, missingEdges, extraEdges, reversedEdges;
    for (const DiagramDiff::EdgeMatch &m : diff.matchedEdges)
        matchedEdges.append(pair(edgeName(reference, m.reference), edgeName(attempt, m.attempt)));
    for (const DiagramDiff::EdgeMatch &m : diff.reversedEdges)
        reversedEdges.append(edgeName(reference, m.reference));
    for (const DiagramEdge &e : diff.missingEdges)
        missingEdges.append(edgeName(reference, e));
    for (const DiagramEdge &e : diff.extraEdges)
        extraEdges.append(edgeName(attempt, e));

    QJsonArray matchedClusters, missingClusters, extraClusters;
    for (const DiagramDiff::ClusterMatch &m : diff.matchedClusters)
        matchedClusters.append(
            pair(clusterName(reference, m.referenceId), clusterName(attempt, m.attemptId)));
    for (const QString &id : diff.missingClusters)
        missingClusters.append(clusterName(reference, id));
    for (const QString &id : diff.extraClusters)
        extraClusters.append(clusterName(attempt, id));

    return QJsonObject {
        {QStringLiteral("score"), qRound(diff.score * 1000) / 1000.0},
        {QStringLiteral("nodes"),
            QJsonObject {{QStringLiteral("matched"), matchedNodes},
                {QStringLiteral("missing"), missingNodes}, {QStringLiteral("extra"), extraNodes}}},
        {QStringLiteral("edges"),
            QJsonObject {{QStringLiteral("matched"), matchedEdges},
                {QStringLiteral("missing"), missingEdges}, {QStringLiteral("extra"), extraEdges},
                {QStringLiteral("reversed"), reversedEdges}}},
        {QStringLiteral("clusters"),
            QJsonObject {{QStringLiteral("matched"), matchedClusters},
                {QStringLiteral("missing"), missingClusters},
                {QStringLiteral("extra"), extraClusters}}},
        {QStringLiteral("you_missed"), QJsonArray::fromStringList(diff.youMissed)},
    };
}

/// "  missing  Outbox relay" lines under a heading, or nothing for an empty list.
void printList(QTextStream &out, const char *heading, const QStringList &items)
{
    for (const QString &item : items)
        out << "  " << QString::fromLatin1(heading).leftJustified(9) << item << '\n';
}

void printText(const DiagramGraph &reference, const DiagramGraph &attempt,
    const DiagramDiff &diff, QTextStream &out)
{
    const int nodeTotal = int(reference.nodes.size());
    const int edgeTotal = int(reference.edges.size());
    out << "score " << QString::number(diff.score, 'f', 2) << " — nodes "
        << diff.matchedNodes.size() << '/' << nodeTotal << ", edges " << diff.matchedEdges.size()
        << '/' << edgeTotal;
    if (!diff.reversedEdges.isEmpty())
        out << " (+" << diff.reversedEdges.size() << " reversed)";
    out << '\n';
    QStringList lines;
    for (const DiagramDiff::NodeMatch &m : diff.matchedNodes) {
        const QString ref = readable(reference, m.referenceId);
        const QString att = readable(attempt, m.attemptId);
        lines += ref.compare(att, Qt::CaseInsensitive) == 0 ? ref : ref + QStringLiteral(" ≈ ") + att;
    }
    printList(out, "matched", lines);
    lines.clear();
    for (const QString &id : diff.missingNodes)
        lines += readable(reference, id);
    for (const DiagramEdge &e : diff.missingEdges)
        lines += edgeName(reference, e);
    for (const QString &id : diff.missingClusters)
        lines += clusterName(reference, id) + QStringLiteral(" (group)");
    printList(out, "missing", lines);
    lines.clear();
    for (const DiagramDiff::EdgeMatch &m : diff.reversedEdges)
        lines += edgeName(reference, m.reference);
    printList(out, "reversed", lines);
    lines.clear();
    for (const QString &id : diff.extraNodes)
        lines += readable(attempt, id);
    for (const DiagramEdge &e : diff.extraEdges)
        lines += edgeName(attempt, e);
    for (const QString &id : diff.extraClusters)
        lines += clusterName(attempt, id) + QStringLiteral(" (group)");
    printList(out, "extra", lines);
    if (!diff.youMissed.isEmpty())
        out << "you missed: " << diff.youMissed.join(QStringLiteral("; ")) << '\n';
}

} // namespace

int fmt(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("fmt [-o OUT.dot] [--timeout S] IN.dot"),
        QStringLiteral("Rewrite a DOT file the way the diagram editor writes it."));
    parser.addArgument(QStringLiteral("IN.dot"), QStringLiteral("The diagram; - reads stdin."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Write to OUT.dot instead of stdout (may be IN.dot itself)."),
        QStringLiteral("OUT.dot"));
    parser.addOptions({output, VerbInput::timeoutOption()});
    if (const auto outcome = parser.parse(arguments, 1, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;
    LayoutEngine::Options options;
    if (!VerbInput::timeoutFrom(parser, &options.timeoutMs, err))
        return BadInput;

    LayoutEngine engine(options);
    const std::optional<DiagramGraph> graph
        = parseFile(engine, parser.positionalArguments().constFirst(), err);
    if (!graph)
        return BadInput;
    const QByteArray text = DotWriter::write(*graph);
    const QString outPath = parser.value(output);
    if (outPath.isEmpty()) {
        out << QString::fromUtf8(text);
        return Ok;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        err << outPath << ": cannot write: " << file.errorString() << '\n';
        return BadInput;
    }
    return Ok;
}

int diff(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(
        QStringLiteral("diff [--json] [--synonyms FILE] [--timeout S] REFERENCE.dot ATTEMPT.dot"),
        QStringLiteral("Compare a drawing with a reference diagram by structure."));
    parser.addArgument(QStringLiteral("REFERENCE.dot"), QStringLiteral("The diagram to match."));
    parser.addArgument(QStringLiteral("ATTEMPT.dot"), QStringLiteral("The drawing to check."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption synonymsOption(QStringLiteral("synonyms"),
        QStringLiteral("Also treat the phrases of FILE as equal, one group per line: "
                       "SQS = queue = message queue"),
        QStringLiteral("FILE"));
    parser.addOptions({json, synonymsOption, VerbInput::timeoutOption()});
    if (const auto outcome = parser.parse(arguments, 2, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;
    LayoutEngine::Options options;
    if (!VerbInput::timeoutFrom(parser, &options.timeoutMs, err))
        return BadInput;

    LabelSynonyms synonyms = LabelSynonyms::builtIn();
    if (parser.isSet(synonymsOption)) {
        const QString path = parser.value(synonymsOption);
        const Result<QByteArray> bytes = VerbInput::read(path);
        if (!bytes.isOk()) {
            VerbInput::print(bytes.diagnostics, err);
            return BadInput;
        }
        const Result<LabelSynonyms> user
            = LabelSynonyms::fromText(QString::fromUtf8(bytes.value), path);
        VerbInput::print(user.diagnostics, err);
        if (!user.isOk())
            return BadInput;
        synonyms.add(user.value);
    }

    LayoutEngine engine(options);
    const QStringList files = parser.positionalArguments();
    const std::optional<DiagramGraph> reference = parseFile(engine, files.at(0), err);
    const std::optional<DiagramGraph> attempt = parseFile(engine, files.at(1), err);
    if (!reference || !attempt)
        return BadInput;
    const DiagramDiff result = DiagramDiff::compare(*reference, *attempt, synonyms);
    if (parser.isSet(json))
        out << QString::fromUtf8(
            QJsonDocument(toJson(*reference, *attempt, result)).toJson(QJsonDocument::Compact))
            << '\n';
    else
        printText(*reference, *attempt, result, out);
    return Ok;
}

} // namespace ArchDeck::WhiteboardVerbs

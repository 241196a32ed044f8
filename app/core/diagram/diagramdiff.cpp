#include "diagramdiff.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

struct Candidate
{
    double score;
    double similarity;
    int reference;
    int attempt;
};


QString nodeName(const DiagramGraph &graph, const QString &id)
{
    const DiagramNode *node = graph.node(id);
    return DiagramDiff::readableLabel(node ? node->displayLabel() : id);
}

QString edgeName(const DiagramGraph &graph, const DiagramEdge &edge)
{
    const QString arrow = graph.directed ? u" → "_s : u" — "_s;
    return nodeName(graph, edge.tail) + arrow + nodeName(graph, edge.head);
}

QString edgeKey(const QString &tail, const QString &head)
{
    return tail + QChar(0x1f) + head;
}

/// A label without its asides: "Broker\n(SNS / Kafka)" → "Broker". Empty when nothing is left.
QString withoutAsides(const QString &label)
{
    static const QRegularExpression aside(QStringLiteral("\\([^()]*\\)|\\[[^\\[\\]]*\\]"));
    QString core = label;
    core.remove(aside);
    return core == label ? QString() : core;
}

/// How alike two labels read: their words, or their words without the asides in parentheses
/// (a reader matches "Broker" with "Broker (SNS / Kafka)"), the latter a little less so that
/// "DB (primary)" still pairs with "DB (primary)" before "DB (replica)".
struct ReadLabel
{
    LabelSynonyms::Tokens full;
    LabelSynonyms::Tokens core; ///< without asides; empty when the label has none
    bool hasCore = false;
};

ReadLabel readLabel(const LabelSynonyms &synonyms, const QString &label)
{
    ReadLabel read {synonyms.read(label), {}, false};
    if (const QString core = withoutAsides(label); !core.trimmed().isEmpty()) {
        read.core = synonyms.read(core);
        read.hasCore = read.core.totalWeight > 0;
    }
    return read;
}

/// True when every word of `shorter` is in `longer`, among them `longer`'s last word (the head
/// noun: "clients" in "Web / mobile clients"), and they weigh a full word at least (a bare
/// "service" names no particular service).
bool namesTheHead(const LabelSynonyms::Tokens &shorter, const LabelSynonyms::Tokens &longer)
{
    if (shorter.words.isEmpty() || shorter.words.size() >= longer.words.size()
        || shorter.totalWeight < 1 || !shorter.words.contains(longer.words.constLast()))
        return false;
    for (const QString &word : shorter.words)
        if (!longer.words.contains(word))
            return false;
    return true;
}

double labelSimilarity(const ReadLabel &a, const ReadLabel &b)
{
    constexpr double kAsideDiscount = 0.95;
    // A label shortened to its head noun reads as the same thing, just under an exact rewording.
    constexpr double kHeadNoun = 0.7;
    double best = LabelSynonyms::similarity(a.full, b.full);
    if (namesTheHead(a.full, b.full) || namesTheHead(b.full, a.full))
        best = std::max(best, kHeadNoun);
    const LabelSynonyms::Tokens &aCore = a.hasCore ? a.core : a.full;
    const LabelSynonyms::Tokens &bCore = b.hasCore ? b.core : b.full;
    if (a.hasCore || b.hasCore)
        best = std::max(best, kAsideDiscount * LabelSynonyms::similarity(aCore, bCore));
    return best;
}

void matchNodes(const DiagramGraph &reference, const DiagramGraph &attempt,
    const LabelSynonyms &synonyms, DiagramDiff &diff)
{
    // Labels and kinds read once: the loop below runs for every pair.
    QList<ReadLabel> attemptLabels;
    QStringList attemptKinds;
    for (const DiagramNode &node : attempt.nodes) {
        attemptLabels << readLabel(synonyms, node.displayLabel());
        attemptKinds << node.kind();
    }

    QList<Candidate> candidates;
    for (int r = 0; r < reference.nodes.size(); ++r) {
        const DiagramNode &ref = reference.nodes[r];
        const ReadLabel refLabel = readLabel(synonyms, ref.displayLabel());
        const QString refKind = ref.kind();
        for (int a = 0; a < attempt.nodes.size(); ++a) {
            const DiagramNode &att = attempt.nodes[a];
            const double similarity = labelSimilarity(refLabel, attemptLabels[a]);
            const bool sameKind = !refKind.isEmpty() && refKind == attemptKinds[a];
            const double score = similarity + (sameKind ? DiagramDiff::sameKindBonus : 0);
            // The same id only breaks ties; it never makes a pair.
            if (score >= DiagramDiff::matchThreshold)
                candidates.append({score + (ref.id == att.id ? 0.01 : 0), similarity, r, a});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &x, const Candidate &y) { return x.score > y.score; });

    QList<int> partner(reference.nodes.size(), -1);
    QList<double> similarity(reference.nodes.size(), 0);
    QList<bool> attemptTaken(attempt.nodes.size(), false);
    for (const Candidate &c : std::as_const(candidates)) {
        if (partner[c.reference] >= 0 || attemptTaken[c.attempt])
            continue;
        partner[c.reference] = c.attempt;
        similarity[c.reference] = c.similarity;
        attemptTaken[c.attempt] = true;
    }
    for (int r = 0; r < reference.nodes.size(); ++r) {
        if (partner[r] >= 0)
            diff.matchedNodes.append(
                {reference.nodes[r].id, attempt.nodes[partner[r]].id, similarity[r]});
        else
            diff.missingNodes << reference.nodes[r].id;
    }
    for (int a = 0; a < attempt.nodes.size(); ++a)
        if (!attemptTaken[a])
            diff.extraNodes << attempt.nodes[a].id;
}

void matchEdges(const DiagramGraph &reference, const DiagramGraph &attempt, DiagramDiff &diff)
{
    QHash<QString, QString> toAttempt;
    for (const DiagramDiff::NodeMatch &m : std::as_const(diff.matchedNodes))
        toAttempt.insert(m.referenceId, m.attemptId);

    // Attempt edges by their ends, as lists so that parallel edges pair one to one.
    QHash<QString, QList<int>> attemptEdges;
    for (int a = 0; a < attempt.edges.size(); ++a)
        attemptEdges[edgeKey(attempt.edges[a].tail, attempt.edges[a].head)] << a;
    QList<bool> attemptUsed(attempt.edges.size(), false);
    const auto take = [&](const QString &tail, const QString &head) {
        auto found = attemptEdges.find(edgeKey(tail, head));
        if (found == attemptEdges.end() || found->isEmpty())
            return -1;
        const int a = found->takeFirst();
        attemptUsed[a] = true;
        return a;
    };

    // Same direction first for every edge, so that A→B and B→A both in the reference each find
    // their own partner before either is taken as the other's reversal.
    const bool directed = reference.directed && attempt.directed;
    QList<int> partner(reference.edges.size(), -1);
    for (int r = 0; r < reference.edges.size(); ++r) {
        const DiagramEdge &edge = reference.edges[r];
        if (toAttempt.contains(edge.tail) && toAttempt.contains(edge.head))
            partner[r] = take(toAttempt[edge.tail], toAttempt[edge.head]);
    }
    for (int r = 0; r < reference.edges.size(); ++r) {
        const DiagramEdge &edge = reference.edges[r];
        if (partner[r] >= 0) {
            diff.matchedEdges.append({edge, attempt.edges[partner[r]]});
            continue;
        }
        const int reversed = toAttempt.contains(edge.tail) && toAttempt.contains(edge.head)
            ? take(toAttempt[edge.head], toAttempt[edge.tail])
            : -1;
        if (reversed < 0)
            diff.missingEdges << edge;
        else if (directed)
            diff.reversedEdges.append({edge, attempt.edges[reversed]});
        else
            diff.matchedEdges.append({edge, attempt.edges[reversed]});
    }
    for (int a = 0; a < attempt.edges.size(); ++a)
        if (!attemptUsed[a])
            diff.extraEdges << attempt.edges[a];
}

/// Each cluster's nodes, its subclusters' included, by cluster id.
QHash<QString, QSet<QString>> clusterMembers(const DiagramGraph &graph)
{
    QHash<QString, QSet<QString>> members;
    for (const DiagramCluster &cluster : graph.clusters) {
        // Walk up the parents; a broken parent chain (a cycle) stops at the cluster count.
        QString id = cluster.id;
        for (int depth = 0; !id.isEmpty() && depth <= graph.clusters.size(); ++depth) {
            for (const QString &node : cluster.nodes)
                members[id].insert(node);
            const DiagramCluster *c = graph.cluster(id);
            id = c ? c->parent : QString();
        }
    }
    return members;
}

void matchClusters(const DiagramGraph &reference, const DiagramGraph &attempt,
    const LabelSynonyms &synonyms, DiagramDiff &diff)
{
    QHash<QString, QString> toAttempt;
    for (const DiagramDiff::NodeMatch &m : std::as_const(diff.matchedNodes))
        toAttempt.insert(m.referenceId, m.attemptId);
    const QHash<QString, QSet<QString>> refMembers = clusterMembers(reference);
    const QHash<QString, QSet<QString>> attMembers = clusterMembers(attempt);

    // A pair qualifies when the attempt cluster holds most (over half) of the reference
    // cluster's matched nodes; the tighter fit (Jaccard of the memberships) wins. Clusters with
    // no matched nodes at all pair by label instead.
    QList<LabelSynonyms::Tokens> attemptLabels;
    for (const DiagramCluster &c : attempt.clusters)
        attemptLabels << synonyms.read(c.label());
    QList<Candidate> candidates;
    for (int r = 0; r < reference.clusters.size(); ++r) {
        const LabelSynonyms::Tokens label = synonyms.read(reference.clusters[r].label());
        QSet<QString> mapped;
        for (const QString &node : refMembers.value(reference.clusters[r].id))
            if (toAttempt.contains(node))
                mapped.insert(toAttempt[node]);
        for (int a = 0; a < attempt.clusters.size(); ++a) {
            const QSet<QString> held = attMembers.value(attempt.clusters[a].id);
            const double labelScore = LabelSynonyms::similarity(label, attemptLabels[a]);
            if (mapped.isEmpty()) {
                if (labelScore >= DiagramDiff::matchThreshold)
                    candidates.append({labelScore, labelScore, r, a});
                continue;
            }
            const int shared = int(QSet<QString>(mapped).intersect(held).size());
            if (2 * shared <= mapped.size())
                continue;
            const double jaccard = double(shared) / (mapped.size() + held.size() - shared);
            candidates.append({jaccard + 0.01 * labelScore, labelScore, r, a});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &x, const Candidate &y) { return x.score > y.score; });
    QList<int> partner(reference.clusters.size(), -1);
    QList<bool> attemptTaken(attempt.clusters.size(), false);
    for (const Candidate &c : std::as_const(candidates)) {
        if (partner[c.reference] >= 0 || attemptTaken[c.attempt])
            continue;
        partner[c.reference] = c.attempt;
        attemptTaken[c.attempt] = true;
    }
    for (int r = 0; r < reference.clusters.size(); ++r) {
        if (partner[r] >= 0)
            diff.matchedClusters.append(
                {reference.clusters[r].id, attempt.clusters[partner[r]].id});
        else
            diff.missingClusters << reference.clusters[r].id;
    }
    for (int a = 0; a < attempt.clusters.size(); ++a)
        if (!attemptTaken[a])
            diff.extraClusters << attempt.clusters[a].id;
}

double f1Score(const DiagramGraph &reference, const DiagramGraph &attempt, const DiagramDiff &diff)
{
    const double items = reference.nodes.size() + reference.edges.size() + attempt.nodes.size()
        + attempt.edges.size();
    if (items == 0)
        return 1;
    const double truePositives
        = diff.matchedNodes.size() + diff.matchedEdges.size() + 0.5 * diff.reversedEdges.size();
    return 2 * truePositives / items;
}

QStringList missedSummary(const DiagramGraph &reference, const DiagramDiff &diff)
{
    QStringList lines;
    for (const QString &id : diff.missingNodes)
        lines << nodeName(reference, id);
    for (const DiagramEdge &edge : diff.missingEdges)
        lines << edgeName(reference, edge);
    for (const DiagramDiff::EdgeMatch &m : diff.reversedEdges)
        lines << edgeName(reference, m.reference) + u" (drawn the other way)"_s;
    for (const QString &id : diff.missingClusters) {
        const DiagramCluster *cluster = reference.cluster(id);
        const QString label = DiagramDiff::readableLabel(cluster->label().isEmpty() ? id : cluster->label());
        lines << (cluster->kind().isEmpty() ? label : label + u" ("_s + cluster->kind() + u')');
    }
    return lines;
}

} // namespace

QString DiagramDiff::readableLabel(const QString &label)
{
    QString text = label;
    text.replace(u"\\n"_s, u" "_s).replace(u"\\l"_s, u" "_s).replace(u"\\r"_s, u" "_s);
    return text.simplified();
}

QString DiagramDiff::attemptIdFor(const QString &referenceId) const
{
    for (const NodeMatch &m : matchedNodes)
        if (m.referenceId == referenceId)
            return m.attemptId;
    return {};
}

bool DiagramDiff::isPerfect() const
{
    return missingNodes.isEmpty() && extraNodes.isEmpty() && reversedEdges.isEmpty()
        && missingEdges.isEmpty() && extraEdges.isEmpty() && missingClusters.isEmpty()
        && extraClusters.isEmpty();
}

DiagramDiff DiagramDiff::compare(
    const DiagramGraph &reference, const DiagramGraph &attempt, const LabelSynonyms &synonyms)
{
    DiagramDiff diff;
    matchNodes(reference, attempt, synonyms, diff);
    matchEdges(reference, attempt, diff);
    matchClusters(reference, attempt, synonyms, diff);
    diff.score = f1Score(reference, attempt, diff);
    diff.youMissed = missedSummary(reference, diff);
    return diff;
}

} // namespace ArchDeck

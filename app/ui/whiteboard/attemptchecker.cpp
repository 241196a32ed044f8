#include "attemptchecker.h"

#include "clock.h"
#include "collectionstore.h"
#include "dotwriter.h"

#include <QFile>

namespace ArchDeck {

AttemptChecker::AttemptChecker(const Clock &clock)
    : m_clock(clock)
{ }

void AttemptChecker::start(const QString &cardId)
{
    m_cardId = cardId;
    m_startedAt = m_clock.now();
}

AttemptCheck AttemptChecker::check(
    const DiagramGraph &reference, const DiagramGraph &drawing, const QByteArray &drawingText)
{
    AttemptCheck checked;
    const Result<LabelSynonyms> synonyms = this->synonyms();
    if (!synonyms.isOk())
        checked.problem = QStringLiteral("your synonyms were read in part — %1")
                              .arg(synonyms.diagnostics.constFirst().toString());
    checked.diff = DiagramDiff::compare(reference, drawing, synonyms.value);
    WhiteboardAttempt &attempt = checked.attempt;
    attempt.cardId = m_cardId;
    attempt.startedAt = m_startedAt;
    attempt.finishedAt = m_clock.now();
    attempt.drawing = drawingText;
    attempt.score = checked.diff.score;
    attempt.missed = checked.diff.youMissed;
    if (m_store && !m_cardId.isEmpty()) {
        const Result<qint64> recorded = m_store->recordWhiteboardAttempt(attempt);
        if (recorded.isOk())
            attempt.id = recorded.value;
        else // what was not saved matters more than a synonym line
            checked.problem
                = QStringLiteral("the attempt was not saved: %1").arg(recorded.errorMessage());
    }
    return checked;
}

Result<LabelSynonyms> AttemptChecker::synonyms() const
{
    Result<LabelSynonyms> all {LabelSynonyms::builtIn(), {}};
    QFile file(m_synonymsFile);
    if (m_synonymsFile.isEmpty() || !file.exists())
        return all;
    if (!file.open(QIODevice::ReadOnly)) {
        all.diagnostics.append(Diagnostic::error(
            m_synonymsFile, 0, QStringLiteral("cannot read: %1").arg(file.errorString())));
        return all;
    }
    const Result<LabelSynonyms> mine
        = LabelSynonyms::fromText(QString::fromUtf8(file.readAll()), m_synonymsFile);
    all.value.add(mine.value);
    all.diagnostics = mine.diagnostics;
    return all;
}

QByteArray AttemptChecker::startingDrawing(const DiagramGraph &reference, Start start)
{
    DiagramGraph drawing;
    drawing.name = QStringLiteral("drawing");
    drawing.directed = reference.directed;
    drawing.graphAttributes.insert(QStringLiteral("rankdir"),
        reference.graphAttributes.value(QStringLiteral("rankdir"), QStringLiteral("LR")));
    if (start == Start::StarterNodes) {
        for (const DiagramNode &node : reference.nodes) {
            if (!isStarterKind(node.kind()))
                continue;
            DiagramNode starter {node.id, {{QStringLiteral("kind"), node.kind()}}};
            if (!node.label().isEmpty())
                starter.attributes.insert(QStringLiteral("label"), node.label());
            drawing.nodes.append(starter);
        }
    }
    return DotWriter::write(drawing);
}

QByteArray AttemptChecker::emptyDrawing(const QByteArray &referenceDot)
{
    const bool undirected
        = referenceDot.trimmed().startsWith("graph") || referenceDot.contains("\ngraph ");
    return undirected ? QByteArrayLiteral("graph drawing {\n  rankdir=LR;\n}\n")
                      : QByteArrayLiteral("digraph drawing {\n  rankdir=LR;\n}\n");
}

bool AttemptChecker::isStarterKind(const QString &kind)
{
    return kind == QLatin1String("client") || kind == QLatin1String("actor");
}

} // namespace ArchDeck

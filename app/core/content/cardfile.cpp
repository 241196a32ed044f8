#include "cardfile.h"

#include "utf8.h"

#include <QHash>
#include <QRegularExpression>

namespace ArchDeck::CardFile {

namespace {

const QLatin1String kFence("---");

/// A value may be written in double quotes; the outer pair is not part of it.
/// "\"Quoted\"" → "Quoted"; "\"\"It works\"\"" → "\"It works\""
QString unquoted(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}

/// The inverse of unquoted(): quote a value that itself starts and ends with a quote.
QString quotedIfNeeded(const QString &value)
{
    if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return QLatin1Char('"') + value + QLatin1Char('"');
    return value;
}

/// "[aws, messaging]" or "aws, messaging" → {"aws", "messaging"}
QStringList parseTags(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
        value = value.mid(1, value.size() - 2);
    QStringList tags;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = unquoted(part.trimmed()).toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

struct FrontMatter
{
    QHash<QString, QString> values;
    QHash<QString, int> lines;
    int closingLine = 0; ///< 1-based line of the closing fence
};

const QLatin1String kFollowUpsHeading("## Follow-ups");
const QLatin1String kQuestionMarker("### ");

bool isFollowUpsHeading(const QString &line)
{
    return line.trimmed().compare(kFollowUpsHeading, Qt::CaseInsensitive) == 0;
}

/// The follow-ups section, from its heading at `lines[start]` to the end of the file:
///
///     ## Follow-ups
///
///     ### What happens if the relay crashes before marking the row sent?
///     It publishes the row again: …
///
/// Each `### ` heading is a question, the Markdown under it its answer. Problems are appended to
/// `diagnostics` with the line they are on.
QList<FollowUp> parseFollowUps(
    const QStringList &lines, int start, const QString &fileName, Diagnostics &diagnostics)
{
    QList<FollowUp> followUps;
    QStringList answer;
    const auto finish = [&] {
        if (followUps.isEmpty())
            return;
        FollowUp &last = followUps.last();
        last.answer = answer.join(QLatin1Char('\n')).trimmed();
        if (last.answer.isEmpty())
            diagnostics.append(Diagnostic::error(fileName, last.line,
                QStringLiteral("follow-up '%1' has no answer").arg(last.question)));
        answer.clear();
    };
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})(?:[ \\t]|$)"));
    bool inFence = false; // a fenced code block's "# comment" is not a heading
    for (int i = start + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        const QRegularExpressionMatch match = inFence ? QRegularExpressionMatch() : heading.match(line);
        if (match.hasMatch() && match.capturedLength(1) == 3) {
            finish();
            FollowUp followUp;
            followUp.question = line.mid(match.capturedLength(0)).trimmed();
            followUp.line = i + 1;
            if (followUp.question.isEmpty())
                diagnostics.append(Diagnostic::error(
                    fileName, i + 1, QStringLiteral("follow-up question is empty")));
            followUps.append(followUp);
        } else if (match.hasMatch()) {
            diagnostics.append(Diagnostic::error(fileName, i + 1,
                QStringLiteral("only '### question' headings may follow '## Follow-ups'")));
        } else if (followUps.isEmpty()) {
            if (!trimmed.isEmpty())
                diagnostics.append(Diagnostic::error(fileName, i + 1,
                    QStringLiteral("expected a '### question' heading after '## Follow-ups'")));
        } else {
            answer.append(line);
        }
    }
    finish();
    if (followUps.isEmpty() && diagnostics.isEmpty())
        diagnostics.append(Diagnostic::error(fileName, start + 1,
            QStringLiteral("'## Follow-ups' has no '### question' under it")));
    return followUps;
}

} // namespace

ParseResult parse(const QByteArray &bytes, const QString &fileName)
{
    ParseResult result;
    auto fail = [&](int line, const QString &message) {
        result.diagnostics.append(Diagnostic::error(fileName, line, message));
        return result;
    };

    if (const int badLine = firstInvalidUtf8Line(bytes))
        return fail(badLine, QStringLiteral("invalid UTF-8; save the file as UTF-8"));

    QString text = QString::fromUtf8(bytes);
    text.remove(QLatin1Char('\r'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    if (lines.isEmpty() || lines.first().trimmed() != kFence)
        return fail(1, QStringLiteral("expected front matter starting with '---'"));

    FrontMatter front;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed() == kFence) {
            front.closingLine = i + 1;
            break;
        }
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(i + 1, QStringLiteral("expected 'key: value' in front matter"));
        const QString key = line.left(colon).trimmed().toLower();
        if (front.values.contains(key))
            return fail(i + 1, QStringLiteral("front matter key '%1' appears twice").arg(key));
        front.values.insert(key, unquoted(line.mid(colon + 1).trimmed()));
        front.lines.insert(key, i + 1);
    }
    if (front.closingLine == 0) {
        int last = int(lines.size());
        while (last > 1 && lines.at(last - 1).isEmpty())
            --last; // a final newline does not start another line
        return fail(last, QStringLiteral("front matter is not closed with '---'"));
    }

    Card card;
    const QString kind = front.values.value(QStringLiteral("kind"), QStringLiteral("question"));
    if (kind == QLatin1String("reference"))
        card.kind = Card::Kind::Reference;
    else if (kind != QLatin1String("question"))
        return fail(front.lines.value(QStringLiteral("kind")),
            QStringLiteral("unknown kind '%1' (expected question or reference)").arg(kind));

    QStringList required
        = {QStringLiteral("id"), QStringLiteral("section"), QStringLiteral("title")};
    if (card.isQuestion())
        required << QStringLiteral("diagram") << QStringLiteral("tags");
    for (const QString &key : std::as_const(required)) {
        if (front.values.value(key).isEmpty()) {
            const int line = front.lines.value(key, front.closingLine);
            const QString what = front.values.contains(key)
                ? QStringLiteral("empty front matter key '%1'")
                : QStringLiteral("missing front matter key '%1'");
            result.diagnostics.append(Diagnostic::error(fileName, line, what.arg(key)));
        }
    }
    if (!result.diagnostics.isEmpty())
        return result;

    card.id = front.values.value(QStringLiteral("id"));
    card.section = front.values.value(QStringLiteral("section"));
    card.title = front.values.value(QStringLiteral("title"));
    card.diagram = front.values.value(QStringLiteral("diagram"));
    card.tags = parseTags(front.values.value(QStringLiteral("tags")));
    card.sourceFile = fileName;

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(card.id).hasMatch())
        return fail(front.lines.value(QStringLiteral("id")),
            QStringLiteral("id '%1' must be lowercase letters, digits and '-'").arg(card.id));
    if (card.isQuestion() && card.tags.isEmpty())
        return fail(
            front.lines.value(QStringLiteral("tags")), QStringLiteral("tags list is empty"));

    int bodyStart = front.closingLine; // 0-based index of the first body line
    while (bodyStart < lines.size() && lines.at(bodyStart).trimmed().isEmpty())
        ++bodyStart;
    int followUpsStart = bodyStart;
    while (followUpsStart < lines.size() && !isFollowUpsHeading(lines.at(followUpsStart)))
        ++followUpsStart;
    card.answerLine = bodyStart + 1;
    card.answer = lines.mid(bodyStart, followUpsStart - bodyStart).join(QLatin1Char('\n')).trimmed();
    if (card.answer.isEmpty())
        return fail(front.closingLine + 1,
            card.isQuestion() ? QStringLiteral("the answer is empty")
                              : QStringLiteral("the page is empty"));
    if (followUpsStart < lines.size()) {
        if (!card.isQuestion())
            return fail(followUpsStart + 1, QStringLiteral("a reference page has no follow-ups"));
        card.followUps = parseFollowUps(lines, followUpsStart, fileName, result.diagnostics);
        if (!result.diagnostics.isEmpty())
            return result;
    }
    result.card = card;
    result.idLine = front.lines.value(QStringLiteral("id"));
    return result;
}

QByteArray serialize(const Card &card)
{
    QString text = QStringLiteral("---\n");
    text += QStringLiteral("id: %1\n").arg(card.id);
    if (!card.isQuestion())
        text += QStringLiteral("kind: reference\n");
    text += QStringLiteral("section: %1\n").arg(quotedIfNeeded(card.section));
    text += QStringLiteral("title: %1\n").arg(quotedIfNeeded(card.title));
    if (card.isQuestion())
        text += QStringLiteral("diagram: %1\n").arg(quotedIfNeeded(card.diagram));
    if (!card.tags.isEmpty())
        text += QStringLiteral("tags: [%1]\n").arg(card.tags.join(QStringLiteral(", ")));
    text += QStringLiteral("---\n\n");
    text += card.answer.trimmed() + QLatin1Char('\n');
    if (!card.followUps.isEmpty()) {
        text += QLatin1Char('\n') + kFollowUpsHeading + QLatin1Char('\n');
        for (const FollowUp &followUp : card.followUps)
            text += QStringLiteral("\n%1%2\n\n%3\n")
                        .arg(kQuestionMarker, followUp.question, followUp.answer.trimmed());
    }
    return text.toUtf8();
}

} // namespace ArchDeck::CardFile

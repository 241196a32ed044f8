#include "qaimporter.h"

#include "slug.h"
#include "utf8.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ArchDeck {

qsizetype QaImport::questionCount() const
{
    return std::count_if(
        cards.cbegin(), cards.cend(), [](const Card &c) { return c.isQuestion(); });
}

namespace QaImporter {

namespace {

const QRegularExpression &sectionHeading()
{
    static const QRegularExpression re(QStringLiteral("^##\\s+(?:(\\d+)\\)\\s*)?(.+?)\\s*#*\\s*$"));
    return re;
}

const QRegularExpression &questionHeading()
{
    static const QRegularExpression re(QStringLiteral("^###\\s+Q(\\d+)[.):]\\s*(.+?)\\s*$"));
    return re;
}

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isRule(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s{0,3}(-{3,}|\\*{3,}|_{3,})\\s*$"));
    return re.match(line).hasMatch();
}

/// An ATX heading: 1–6 '#' then a space or the end ("#42 in the tracker" is text).
bool isHeading(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^#{1,6}(\\s|$)"));
    return re.match(line).hasMatch();
}

bool isQuestionOrSectionHeading(const QString &line)
{
    return line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("###"));
}

struct Body
{
    int end = 0; ///< index just past the body
    int unclosedFenceLine = 0; ///< 1-based line of a code fence that never closes, or 0
};

/// The body of a question or section: lines from `from` up to the next rule or heading outside a
/// code fence. A fence left open would swallow the rest of the file; the body then ends at the
/// next question or section heading and the fence is reported.
Body bodyAt(const QStringList &lines, int from)
{
    bool inFence = false;
    int fenceLine = 0;
    int i = from;
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isFence(line)) {
            inFence = !inFence;
            fenceLine = i + 1;
        } else if (!inFence && (isRule(line) || isHeading(line))) {
            break;
        }
    }
    if (!inFence)
        return {i, 0};
    int end = fenceLine;
    while (end < lines.size() && !isQuestionOrSectionHeading(lines.at(end)))
        ++end;
    return {end, fenceLine};
}

QString joined(const QStringList &lines, int from, int to)
{
    return lines.mid(from, to - from).join(QLatin1Char('\n')).trimmed();
}

QString pageId(int index, const QString &title)
{
    return QStringLiteral("r%1-%2").arg(index, 2, 10, QLatin1Char('0')).arg(slugForTitle(title));
}

} // namespace

QaImport parse(const QByteArray &bytes, const QString &fileName)
{
    QaImport result;
    auto error = [&](int line, const QString &message) {
        result.diagnostics.append(Diagnostic::error(fileName, line, message));
    };

    // Invalid bytes spoil only the question they are in: report each line, import the rest.
    const QList<int> badLines = invalidUtf8Lines(bytes);
    for (const int line : badLines)
        error(line, QStringLiteral("invalid UTF-8; save the file as UTF-8"));
    auto spoiled = [&badLines](int from, int to) { // 0-based [from, to)
        return std::any_of(badLines.cbegin(), badLines.cend(),
            [&](int line) { return line - 1 >= from && line - 1 < to; });
    };
    QString text = QString::fromUtf8(bytes);
    text.remove(QLatin1Char('\r'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    QaImport::Section current;
    bool inSection = false;
    QSet<int> numbers;
    QSet<QString> ids;
    int pages = 0;

    auto addPage = [&](const QString &section, const QString &title, const QString &body) {
        Card page;
        page.kind = Card::Kind::Reference;
        page.section = section;
        page.title = title;
        page.id = pageId(++pages, title);
        page.answer = body;
        page.sourceFile = fileName;
        result.cards.append(page);
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isFence(line)) { // skip stray code outside questions so '#' comments are not headings
            int j = i + 1;
            while (j < lines.size() && !isFence(lines.at(j)))
                ++j;
            i = j;
            continue;
        }
        if (line.startsWith(QLatin1String("## "))) {
            const QRegularExpressionMatch m = sectionHeading().match(line);
            current = {m.captured(1).toInt(), plainTitle(m.captured(2)), i + 1};
            inSection = true;
            if (current.number > 0)
                result.sections.append(current);
            // A section that opens with text rather than a question is reference material.
            const Body section = bodyAt(lines, i + 1);
            const int end = section.end;
            const QString body = joined(lines, i + 1, end);
            if (section.unclosedFenceLine)
                error(section.unclosedFenceLine, QStringLiteral("code fence is never closed"));
            if (!body.isEmpty() && !section.unclosedFenceLine && !spoiled(i, end)) {
                // "Handy Runbooks & Checklists (Condensed)" → page "Handy Runbooks & Checklists";
                // an unnumbered page ("Closing Advice") joins the last numbered section.
                const QString title = current.name.section(QLatin1Char('('), 0, 0).trimmed();
                const bool ownSection = current.number > 0 || result.sections.isEmpty();
                addPage(ownSection ? current.name : result.sections.last().name, title, body);
            }
            i = end - 1;
            continue;
        }
        if (!line.startsWith(QLatin1String("###")))
            continue;

        const QRegularExpressionMatch m = questionHeading().match(line);
        if (!m.hasMatch()) {
            error(i + 1, QStringLiteral("expected a question heading like '### Q12. Title'"));
            continue;
        }
        const int number = m.captured(1).toInt();
        const QString rawTitle = m.captured(2);
        if (!inSection) {
            error(i + 1,
                QStringLiteral("question Q%1 comes before any '## N) Section' heading")
                    .arg(number));
            continue;
        }
        if (numbers.contains(number)) {
            error(i + 1, QStringLiteral("question number Q%1 is used twice").arg(number));
            continue;
        }
        numbers.insert(number);

        int answerLine = i + 1;
        while (answerLine < lines.size() && lines.at(answerLine).trimmed().isEmpty())
            ++answerLine;
        static const QLatin1String answerMarker("**Answer:**");
        if (answerLine >= lines.size()
            || !lines.at(answerLine).trimmed().startsWith(answerMarker)) {
            error(i + 1, QStringLiteral("question Q%1 has no '**Answer:**' line").arg(number));
            continue;
        }
        const Body answerBody = bodyAt(lines, answerLine + 1);
        const int end = answerBody.end;
        if (answerBody.unclosedFenceLine) {
            error(answerBody.unclosedFenceLine,
                QStringLiteral("code fence in question Q%1 is never closed").arg(number));
            i = end - 1;
            continue;
        }
        if (spoiled(i, end)) {
            i = end - 1;
            continue;
        }
        QStringList body = lines.mid(answerLine, end - answerLine);
        body.first() = body.first().trimmed().mid(answerMarker.size()).trimmed();
        const QString answer = body.join(QLatin1Char('\n')).trimmed();
        if (answer.isEmpty()) {
            error(answerLine + 1, QStringLiteral("question Q%1 has an empty answer").arg(number));
            continue;
        }

        Card card;
        card.id = cardId(number, rawTitle);
        if (ids.contains(card.id))
            card.id += QLatin1Char('-') + QString::number(number);
        ids.insert(card.id);
        card.section = current.name;
        card.title = plainTitle(rawTitle);
        card.diagram = QStringLiteral("diagrams/%1.dot").arg(card.id);
        card.answer = answer;
        card.tags = tagsFor(current.name, card.title, answer);
        card.sourceFile = fileName;
        card.answerLine = answerLine + 1;
        result.cards.append(card);
        i = end - 1;
    }
    return result;
}

} // namespace QaImporter

} // namespace ArchDeck

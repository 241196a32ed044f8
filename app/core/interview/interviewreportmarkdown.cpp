// InterviewReport::markdown — the report of a finished mock interview as Markdown, the text the
// report pane renders and the user saves. The user's notes go in as Markdown, contained so that
// they cannot reshape the report around them.
#include "interviewreport.h"

#include "deck.h"
#include "interviewtypes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ArchDeck::InterviewReport {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

/// Plain text (a card title, a criterion, a phase name) as Markdown inline text that shows as
/// written: the punctuation that means something inline is backslash-escaped, `|` too, so a
/// title can sit in a table cell. "Kafka | SQS *or* both?" → "Kafka \| SQS \*or\* both?"
QString plain(const QString &text)
{
    static const QString special = u"\\`*_[]<>|#~"_s;
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text.simplified()) {
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString row(const QStringList &cells)
{
    return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
}

/// Notes lines are either in a code fence or Markdown; only the Markdown ones are adjusted.
struct Fence
{
    QChar mark;
    qsizetype length = 0;
};

/// `notes` with every ATX heading demoted by four levels (to 5 or 6: "# Plan" → "##### Plan"), each
/// setext underline escaped (its paragraph stays a paragraph), and a code fence left open closed:
/// an open fence would swallow the rest of the report. Code inside fences is left as written.
QString containedNotes(const QString &notes)
{
    static const QRegularExpression fenceLine(u"^ {0,3}(`{3,}|~{3,})(.*)$"_s);
    static const QRegularExpression atxHeading(u"^( {0,3})(#{1,6})(?=[ \\t]|$)"_s);
    static const QRegularExpression setextUnderline(u"^ {0,3}(=+|-+)[ \\t]*$"_s);
    static const QRegularExpression underlineStart(u"[=-]"_s);
    static const QRegularExpression indentedCode(u"^( {4}|\\t)"_s);
    // A list item or a block quote: "---" after one is a rule, "===" plain text, never a heading.
    static const QRegularExpression startsBlock(
        u"^ {0,3}([-*+](?:[ \\t]|$)|\\d{1,9}[.)](?:[ \\t]|$)|>)"_s);

    QStringList lines = QString(notes).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    Fence open;
    bool afterParagraph = false;
    for (QString &line : lines) {
        if (open.length > 0) {
            const QRegularExpressionMatch fence = fenceLine.match(line);
            if (fence.hasMatch() && fence.captured(1).at(0) == open.mark
                && fence.captured(1).size() >= open.length && fence.captured(2).trimmed().isEmpty())
                open = {};
            continue;
        }
        const QRegularExpressionMatch fence = fenceLine.match(line);
        if (fence.hasMatch()
            && !(fence.captured(1).at(0) == u'`' && fence.captured(2).contains(u'`'))) {
            open = {fence.captured(1).at(0), fence.captured(1).size()};
            afterParagraph = false;
            continue;
        }
        if (const QRegularExpressionMatch heading = atxHeading.match(line); heading.hasMatch()) {
            const qsizetype level = qMin<qsizetype>(6, heading.capturedLength(2) + 4);
            line.replace(heading.capturedStart(2), heading.capturedLength(2), QString(level, u'#'));
            afterParagraph = false;
            continue;
        }
        if (afterParagraph && setextUnderline.match(line).hasMatch()) {
            line.insert(line.indexOf(underlineStart), u'\\');
            continue;
        }
        // An indented line continues a paragraph, or is code when no paragraph is open.
        if (line.trimmed().isEmpty())
            afterParagraph = false;
        else if (!indentedCode.match(line).hasMatch())
            afterParagraph = !startsBlock.match(line).hasMatch();
    }
    if (open.length > 0)
        lines << QString(open.length, open.mark);
    return lines.join(u'\n') + u'\n';
}

/// A fenced ```dot block whose fence is longer than any backtick run in `dot`, so no line of it
/// can close the block early.
QString dotBlock(const QByteArray &drawing)
{
    QString dot = QString::fromUtf8(drawing);
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : std::as_const(dot)) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), u'`');
    if (!dot.endsWith(u'\n'))
        dot += u'\n';
    return fence + u"dot\n"_s + dot + fence + u'\n';
}

/// The summary table's last column: the question's score, or why it has none.
QString resultCell(const InterviewQuestionRecord &question)
{
    switch (outcome(question)) {
    case QuestionOutcome::Skipped:
        return u"skipped"_s;
    case QuestionOutcome::NotReached:
        return u"not reached"_s;
    case QuestionOutcome::Answered:
        break;
    }
    const double share = question.rubricShare();
    return share < 0 ? u"not scored"_s : percent(share);
}

QString header(const InterviewRecord &record)
{
    const Verdict judged = verdict(record);
    const double score = record.score();
    const QString time = timeAgainstPlan(record);
    return u"# Mock interview — %1\n\n"_s.arg(
               record.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
        + u"- Mode: %1\n"_s.arg(plain(interviewModeLabel(record.mode))) + u"- Time: %1\n"_s.arg(time)
        + u"- Verdict: **%1** — %2\n"_s.arg(judged.label, judged.reason)
        + u"- Score: %1\n"_s.arg(score < 0 ? u"not scored"_s : percent(score));
}

QString summaryTable(const InterviewRecord &record, const Deck &deck)
{
    QString text = u"## Questions\n\n"_s
        + row({u"#"_s, u"Question"_s, u"Time"_s, u"Overtime"_s, u"Result"_s})
        + row({u"--:"_s, u"---"_s, u"--:"_s, u"--:"_s, u"---"_s});
    for (qsizetype i = 0; i < record.questions.size(); ++i) {
        const InterviewQuestionRecord &question = record.questions.at(i);
        const bool reached = outcome(question) != QuestionOutcome::NotReached;
        text += row({QString::number(i + 1), plain(cardTitle(deck, question.cardId)),
            reached ? duration(question.totalMs()) : QString(),
            overtime(question.totalOvertimeMs()), resultCell(question)});
    }
    return text;
}

QString phaseTable(const InterviewRecord &record, const InterviewQuestionRecord &question)
{
    QString text = row({u"Phase"_s, u"Time"_s, u"Box"_s, u"Overtime"_s})
        + row({u"---"_s, u"--:"_s, u"--:"_s, u"--:"_s});
    qint64 boxes = 0;
    for (qsizetype p = 0; p < record.phaseNames.size(); ++p) {
        const qint64 box = record.phaseMinutes.value(p) * kMinuteMs;
        boxes += box;
        text += row({plain(record.phaseNames.at(p)), duration(question.phaseMs.value(p)),
            duration(box), overtime(question.overtimeMs.value(p))});
    }
    return text
        + row({u"**Total**"_s, duration(question.totalMs()), duration(boxes),
            overtime(question.totalOvertimeMs())});
}

QString scores(const InterviewRecord &record, const InterviewQuestionRecord &question)
{
    QString text;
    if (question.rubric.isEmpty())
        text += u"- Rubric: not scored\n"_s;
    for (qsizetype c = 0; c < question.rubric.size(); ++c)
        // One arg() call: a criterion named "%2" must not be filled in by the next one.
        text += u"- %1: %2/%3\n"_s.arg(plain(record.rubric.value(c)),
            QString::number(question.rubric.at(c)), QString::number(kMaxRubricScore));
    if (question.diffScore >= 0)
        text += u"- Diff score: %1\n"_s.arg(percent(question.diffScore));
    else
        text += question.drawing.isEmpty() ? u"- Diff score: not drawn\n"_s
                                           : u"- Diff score: not checked\n"_s;
    return text;
}

QString questionSection(const InterviewRecord &record, const InterviewQuestionRecord &question,
    int number, const Deck &deck)
{
    QString text = u"### %1. %2\n\n"_s.arg(number).arg(plain(cardTitle(deck, question.cardId)));
    switch (outcome(question)) {
    case QuestionOutcome::Skipped:
        text += u"Skipped after %1.\n"_s.arg(duration(question.totalMs()));
        break;
    case QuestionOutcome::NotReached:
        text += u"Not reached: the session ended before it.\n"_s;
        break;
    case QuestionOutcome::Answered:
        text += phaseTable(record, question) + u'\n' + scores(record, question);
        break;
    }
    if (!question.notes.trimmed().isEmpty())
        text += u"\n#### Notes\n\n"_s + containedNotes(question.notes);
    if (!question.drawing.isEmpty())
        text += u"\n#### Drawing\n\n"_s + dotBlock(question.drawing);
    return text;
}

} // namespace

QString markdown(const InterviewRecord &record, const Deck &deck)
{
    QString text = header(record) + u'\n' + summaryTable(record, deck);
    for (qsizetype i = 0; i < record.questions.size(); ++i)
        text += u'\n' + questionSection(record, record.questions.at(i), int(i) + 1, deck);
    return text;
}

} // namespace ArchDeck::InterviewReport

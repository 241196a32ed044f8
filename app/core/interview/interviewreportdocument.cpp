// InterviewReport::document — the report as HTML in QTextDocument's subset (real tables), loaded
// into a document whose drawings are then swapped in as inline SVG objects. The PDF is in
// interviewreportpdf.cpp.
#include "interviewreportdocument.h"

#include "deck.h"
#include "interviewtypes.h"
#include "markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace ArchDeck::InterviewReport {

static_assert(kDrawingObjectType == QTextFormat::UserObject + 1);
static_assert(kDrawingSvgProperty == QTextFormat::UserProperty + 1);

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr double kA4HeightPerWidth = 297.0 / 210.0;
/// The anchor name that marks where drawing N goes until it is swapped for its object. Notes go
/// through cmark in safe mode, which never writes <a name>, so no note can forge one.
const QString kDrawingAnchor = u"archdeck-drawing-"_s;

/// Paints kDrawingObjectType objects from the SVG in their format; one renderer per distinct SVG.
class DrawingHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    /// The parsed SVG, or nullptr when it is not one (or has no size).
    QSvgRenderer *renderer(const QByteArray &svg)
    {
        if (svg.isEmpty())
            return nullptr;
        const auto found = m_renderers.constFind(svg);
        if (found != m_renderers.constEnd())
            return found.value();
        auto *parsed = new QSvgRenderer(svg, this);
        if (!parsed->isValid() || parsed->viewBoxF().isEmpty()) {
            delete parsed;
            parsed = nullptr;
        }
        m_renderers.insert(svg, parsed);
        return parsed;
    }

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        QSvgRenderer *svg = renderer(format.property(kDrawingSvgProperty).toByteArray());
        return svg ? fittedSize(*document, svg->viewBoxF().size()) : QSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
        const QTextFormat &format) override
    {
        if (QSvgRenderer *svg = renderer(format.property(kDrawingSvgProperty).toByteArray()))
            svg->render(painter, rect);
    }

private:
    /// `points` (Graphviz sizes its SVG in points, as its viewBox) in the layout's units, scaled
    /// down to the text width and to a share of the page height, keeping the aspect ratio.
    static QSizeF fittedSize(const QTextDocument &document, const QSizeF &points)
    {
        const QPaintDevice *device = document.documentLayout()->paintDevice();
        const QScreen *screen = QGuiApplication::primaryScreen();
        const double dpi = device ? device->logicalDpiY()
            : screen              ? screen->logicalDotsPerInchY()
                                  : 96.0;
        const QSizeF natural = points * (dpi / 72.0);
        double scale = 1;
        const QTextFrameFormat root = document.rootFrame()->frameFormat();
        const double width = document.textWidth() - root.leftMargin() - root.rightMargin()
            - 2 * (root.padding() + root.border());
        if (document.textWidth() > 0 && width > 0)
            scale = std::min(scale, width / natural.width());
        // A paginated document (the PDF) has a page height; a view does not: A4 at its width.
        const double page = document.pageSize().height() > 0 && document.pageSize().height() < 1e6
            ? document.pageSize().height() - root.topMargin() - root.bottomMargin()
            : width * kA4HeightPerWidth;
        if (page > 0)
            scale = std::min(scale, kMaxDrawingPageShare * page / natural.height());
        return natural * scale;
    }

    QHash<QByteArray, QSvgRenderer *> m_renderers;
};

DrawingHandler *drawingHandler(QTextDocument *document)
{
    auto *handler = document->findChild<DrawingHandler *>(QString(), Qt::FindDirectChildrenOnly);
    return handler ? handler : new DrawingHandler(document);
}

QString escaped(const QString &text)
{
    return text.simplified().toHtmlEscaped();
}

QString styleSheet(const DocumentStyle &style)
{
    return u"body { color: %1; }"
           "h1 { font-size: x-large; margin-bottom: 6px; }"
           "h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }"
           "h3 { font-size: medium; margin-top: 20px; margin-bottom: 6px; }"
           "h4 { font-size: medium; margin-top: 12px; margin-bottom: 4px; color: %2; }"
           "p { margin-top: 0px; margin-bottom: 4px; }"
           "ul { margin-top: 4px; margin-bottom: 4px; }"
           ".muted { color: %2; }"
           ".good { color: %3; font-weight: bold; }"
           ".bad { color: %4; font-weight: bold; }"
           ".plain { font-weight: bold; }"_s.arg(style.text, style.muted, style.good, style.bad);
}

/// A table with a header row (repeated on each page of a PDF). `aligns` has one letter a column:
/// 'l' or 'r'. Cells are HTML, escaped by the caller.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &aligns,
    const DocumentStyle &style)
{
    const auto cell = [&](const QString &tag, qsizetype column, const QString &html) {
        const bool right = column < aligns.size() && aligns.at(column) == u'r';
        const QString align = right ? u"right"_s : u"left"_s;
        const QString background
            = tag == u"th"_s ? u" bgcolor=\"%1\""_s.arg(style.headerBackground) : QString();
        return u"<%1 align=\"%2\"%3>%4</%1>"_s.arg(tag, align, background, html);
    };
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                   "style=\"border-collapse: collapse; border-color: %1; border-style: solid;\">"
                   "<thead><tr>"_s.arg(style.border);
    for (qsizetype c = 0; c < headers.size(); ++c)
        html += cell(u"th"_s, c, headers.at(c));
    html += u"</tr></thead>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c)
            html += cell(u"td"_s, c, row.at(c));
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString header(const InterviewRecord &record)
{
    const Verdict judged = verdict(record);
    const double score = record.score();
    const QString time = timeAgainstPlan(record);
    QString verdictClass = u"plain"_s;
    if (judged.band == VerdictBand::Hire || judged.band == VerdictBand::StrongHire)
        verdictClass = u"good"_s;
    else if (judged.band == VerdictBand::NoHire || judged.band == VerdictBand::LeanNoHire)
        verdictClass = u"bad"_s;
    return u"<h1>Mock interview — %1</h1>"_s.arg(
               record.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
        + u"<p><span class=\"muted\">Mode:</span> %1</p>"_s.arg(escaped(interviewModeLabel(record.mode)))
        + u"<p><span class=\"muted\">Time:</span> %1</p>"_s.arg(time)
        + u"<p><span class=\"muted\">Verdict:</span> <span class=\"%1\">%2</span> — %3</p>"_s.arg(
            verdictClass, escaped(judged.label), escaped(judged.reason))
        + u"<p><span class=\"muted\">Score:</span> %1</p>"_s.arg(
            score < 0 ? u"not scored"_s : percent(score));
}

QString resultCell(const InterviewQuestionRecord &question)
{
    switch (outcome(question)) {
    case QuestionOutcome::Skipped:
        return u"<span class=\"muted\">skipped</span>"_s;
    case QuestionOutcome::NotReached:
        return u"<span class=\"muted\">not reached</span>"_s;
    case QuestionOutcome::Answered:
        break;
    }
    const double share = question.rubricShare();
    return share < 0 ? u"<span class=\"muted\">not scored</span>"_s : percent(share);
}

QString summaryTable(const InterviewRecord &record, const Deck &deck, const DocumentStyle &style)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < record.questions.size(); ++i) {
        const InterviewQuestionRecord &question = record.questions.at(i);
        const bool reached = outcome(question) != QuestionOutcome::NotReached;
        rows << QStringList {QString::number(i + 1), escaped(cardTitle(deck, question.cardId)),
            reached ? duration(question.totalMs()) : QString(),
            overtime(question.totalOvertimeMs()), resultCell(question)};
    }
    return u"<h2>Questions</h2>"_s
        + table({u"#"_s, u"Question"_s, u"Time"_s, u"Overtime"_s, u"Result"_s}, rows, u"rlrrl"_s,
            style);
}

QString phaseTable(const InterviewRecord &record, const InterviewQuestionRecord &question,
    const DocumentStyle &style)
{
    QList<QStringList> rows;
    qint64 boxes = 0;
    for (qsizetype p = 0; p < record.phaseNames.size(); ++p) {
        const qint64 box = record.phaseMinutes.value(p) * kMinuteMs;
        boxes += box;
        rows << QStringList {escaped(record.phaseNames.at(p)), duration(question.phaseMs.value(p)),
            duration(box), overtime(question.overtimeMs.value(p))};
    }
    rows << QStringList {u"<b>Total</b>"_s, u"<b>%1</b>"_s.arg(duration(question.totalMs())),
        u"<b>%1</b>"_s.arg(duration(boxes)),
        u"<b>%1</b>"_s.arg(overtime(question.totalOvertimeMs()))};
    return table({u"Phase"_s, u"Time"_s, u"Box"_s, u"Overtime"_s}, rows, u"lrrr"_s, style);
}

QString scores(const InterviewRecord &record, const InterviewQuestionRecord &question)
{
    QString items;
    if (question.rubric.isEmpty())
        items += u"<li>Rubric: <span class=\"muted\">not scored</span></li>"_s;
    for (qsizetype c = 0; c < question.rubric.size(); ++c)
        items += u"<li>%1: %2/%3</li>"_s.arg(escaped(record.rubric.value(c)),
            QString::number(question.rubric.at(c)), QString::number(kMaxRubricScore));
    if (question.diffScore >= 0)
        items += u"<li>Diff score: %1</li>"_s.arg(percent(question.diffScore));
    else
        items += u"<li>Diff score: <span class=\"muted\">%1</span></li>"_s.arg(
            question.drawing.isEmpty() ? u"not drawn"_s : u"not checked"_s);
    return u"<ul>"_s + items + u"</ul>"_s;
}

/// The notes as HTML, their headings demoted by four levels (to 5 or 6) as in markdown(). cmark
/// in safe mode writes every tag itself and escapes all text, so a tag can only be its own.
QString notesHtml(const QString &notes, const DocumentStyle &style)
{
    static const QRegularExpression heading(u"<(/?)h([1-6])>"_s);
    const QString html = Markdown::toHtml(notes, {style.headerBackground, style.border});
    QString demoted;
    qsizetype last = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int level = std::min(6, match.captured(2).toInt() + 4);
        demoted += html.mid(last, match.capturedStart() - last)
            + u"<%1h%2>"_s.arg(match.captured(1)).arg(level);
        last = match.capturedEnd();
    }
    return demoted + html.mid(last);
}

QString dotBlock(const QByteArray &drawing, const DocumentStyle &style)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"0\" "
           "bgcolor=\"%1\" style=\"border: 1px solid %2;\"><tr><td><pre>%3</pre></td></tr>"
           "</table>"_s.arg(
               style.headerBackground, style.border, QString::fromUtf8(drawing).toHtmlEscaped());
}

QString questionSection(const InterviewRecord &record, qsizetype index, const Deck &deck,
    bool hasSvg, const DocumentStyle &style)
{
    const InterviewQuestionRecord &question = record.questions.at(index);
    QString html = u"<h3>%1. %2</h3>"_s.arg(index + 1).arg(escaped(cardTitle(deck, question.cardId)));
    switch (outcome(question)) {
    case QuestionOutcome::Skipped:
        html += u"<p class=\"muted\">Skipped after %1.</p>"_s.arg(duration(question.totalMs()));
        break;
    case QuestionOutcome::NotReached:
        html += u"<p class=\"muted\">Not reached: the session ended before it.</p>"_s;
        break;
    case QuestionOutcome::Answered:
        html += phaseTable(record, question, style) + scores(record, question);
        break;
    }
    if (!question.notes.trimmed().isEmpty())
        html += u"<h4>Notes</h4>"_s + notesHtml(question.notes, style);
    if (hasSvg)
        html += u"<h4>Drawing</h4><p align=\"center\"><a name=\"%1%2\">[drawing]</a></p>"_s
                    .arg(kDrawingAnchor)
                    .arg(index);
    else if (!question.drawing.isEmpty())
        html += u"<h4>Drawing</h4>"_s + dotBlock(question.drawing, style);
    return html;
}

/// Swaps each drawing's placeholder paragraph for its inline object, last first so earlier
/// positions hold. The importer puts a named anchor on the first character only: the paragraph
/// holds the placeholder alone, so it is replaced from there to its end.
void insertDrawings(QTextDocument &document, const QList<QByteArray> &svgs)
{
    std::map<int, qsizetype> placeholders; // position → question
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const QString &name : it.fragment().charFormat().anchorNames())
                if (name.startsWith(kDrawingAnchor))
                    placeholders.try_emplace(
                        it.fragment().position(), name.mid(kDrawingAnchor.size()).toLongLong());
    for (auto it = placeholders.crbegin(); it != placeholders.crend(); ++it) {
        QTextCharFormat format;
        format.setObjectType(kDrawingObjectType);
        format.setProperty(kDrawingSvgProperty, svgs.value(it->second));
        QTextCursor cursor(&document);
        cursor.setPosition(it->first);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

/// <pre> lines never wrap in QTextDocument, and a long DOT or code line would run off the page.
void wrapCodeBlocks(QTextDocument &document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setNonBreakableLines(false);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

} // namespace

void registerDrawingHandler(QTextDocument *document)
{
    if (!document)
        return;
    DrawingHandler *handler = drawingHandler(document);
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    if (layout->handlerForObject(kDrawingObjectType) != handler)
        layout->registerHandler(kDrawingObjectType, handler);
}

std::unique_ptr<QTextDocument> document(const InterviewRecord &record, const Deck &deck,
    const QList<QByteArray> &drawingSvgs, const DocumentStyle &style)
{
    auto document = std::make_unique<QTextDocument>();
    registerDrawingHandler(document.get());
    DrawingHandler *handler = drawingHandler(document.get());
    QString body = header(record) + summaryTable(record, deck, style);
    for (qsizetype i = 0; i < record.questions.size(); ++i) {
        const bool hasSvg = handler->renderer(drawingSvgs.value(i)) != nullptr;
        body += questionSection(record, i, deck, hasSvg, style);
    }
    const QString title = u"Mock interview — %1"_s.arg(
        record.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    document->setDefaultStyleSheet(styleSheet(style));
    document->setHtml(u"<html><head><title>%1</title></head><body>%2</body></html>"_s.arg(
        title.toHtmlEscaped(), body));
    insertDrawings(*document, drawingSvgs);
    wrapCodeBlocks(*document);
    return document;
}

} // namespace ArchDeck::InterviewReport

#include "interviewreportdocument.moc"

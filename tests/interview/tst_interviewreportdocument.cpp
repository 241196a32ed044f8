// The mock interview's report as a QTextDocument and a PDF: the content in markdown()'s order,
// tables that are QTextTables, notes that stay text whatever HTML they hold, each drawing one
// inline SVG object sized to the page, the DOT when there is no SVG, and a paginated PDF with no
// raster image in it. ARCHDECK_REPORT_SAMPLE_PDF=<file> keeps the long report's PDF to look at.
#include "fixturedeck.h"
#include "interviewreportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>

using namespace ArchDeck;
using namespace Qt::StringLiterals;
using namespace ArchDeck::InterviewReport;

namespace {

constexpr qint64 kMinute = 60 * 1000;

/// 2026-12-02 14:05 wherever the test runs, so the report's local time is known.
const QDateTime kStart = QDateTime(QDate(2026, 12, 2), QTime(14, 5), Qt::LocalTime).toUTC();

const QStringList kCardIds {u"f01-queue-basics"_s, u"f02-retry-code"_s, u"f03-dead-letter"_s,
    u"f04-cache-aside"_s, u"f05-write-through"_s, u"f06-rate-limits"_s};

/// A Graphviz-like drawing `width` × `height` points: a frame, two boxes and an arrow.
QByteArray svg(int width = 200, int height = 100)
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1pt\" height=\"%2pt\" "
           "viewBox=\"0 0 %1 %2\"><rect x=\"1\" y=\"1\" width=\"%3\" height=\"%4\" "
           "fill=\"#ffffff\" stroke=\"#000000\"/><rect x=\"10\" y=\"10\" width=\"60\" "
           "height=\"30\" fill=\"#ddf4ff\" stroke=\"#0969da\"/><text x=\"20\" y=\"30\">api</text>"
           "<path d=\"M70,25 L110,25\" stroke=\"#000000\"/><polygon points=\"110,20 120,25 "
           "110,30\"/><rect x=\"120\" y=\"10\" width=\"60\" height=\"30\" fill=\"#fff8c5\" "
           "stroke=\"#9a6700\"/><text x=\"135\" y=\"30\">db</text></svg>"_s.arg(width)
               .arg(height)
               .arg(width - 2)
               .arg(height - 2)
               .toUtf8();
}

/// An answered question: 5 one-minute phases, 6 minutes spent, scored `rubric`.
InterviewQuestionRecord answered(const QString &cardId, const QList<int> &rubric = {2, 3, 1, 2})
{
    InterviewQuestionRecord question;
    question.cardId = cardId;
    question.phaseMs = {2 * kMinute, kMinute, kMinute, kMinute, kMinute};
    question.overtimeMs = {kMinute, 0, 0, 0, 0};
    question.rubric = rubric;
    return question;
}

InterviewRecord record(const QList<InterviewQuestionRecord> &questions)
{
    InterviewRecord made;
    made.startedAt = kStart;
    made.endedAt = kStart.addSecs(3600);
    made.mode = u"system-design"_s;
    made.phaseNames = {
        u"Requirements"_s, u"Estimation"_s, u"High-level design"_s, u"Deep dive"_s, u"Wrap-up"_s};
    made.phaseMinutes = {1, 1, 1, 1, 1};
    made.rubric = defaultRubric();
    made.questions = questions;
    return made;
}

/// Answered, skipped after a minute, answered with notes, never reached (with notes).
InterviewRecord mixedRecord()
{
    InterviewQuestionRecord skipped;
    skipped.cardId = kCardIds.at(1);
    skipped.phaseMs = {kMinute, 0, 0, 0, 0};
    skipped.overtimeMs = QList<qint64>(5, 0);
    skipped.skipped = true;
    InterviewQuestionRecord third = answered(kCardIds.at(2), {3, 3, 3, 3});
    third.notes = u"# What went well\nClear *queue* semantics."_s;
    InterviewQuestionRecord never;
    never.cardId = kCardIds.at(3);
    never.phaseMs = QList<qint64>(5, 0);
    never.overtimeMs = QList<qint64>(5, 0);
    never.notes = u"Ran out of time."_s;
    return record({answered(kCardIds.at(0)), skipped, third, never});
}

QList<QTextTable *> tablesIn(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        tables << tablesIn(child);
    }
    return tables;
}

struct Drawing
{
    int position;
    QTextFormat format;
};

/// Every object-replacement character of the document, with its format.
QList<Drawing> objectsIn(QTextDocument &document)
{
    QList<Drawing> objects;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString text = fragment.text();
            for (int i = 0; i < text.size(); ++i)
                if (text.at(i) == QChar::ObjectReplacementCharacter)
                    objects.append({fragment.position() + i, fragment.charFormat()});
        }
    return objects;
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![A-Za-z])"_s);
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

bool hasRasterImage(const QByteArray &pdf)
{
    static const QRegularExpression image(u"/Subtype\\s*/Image"_s);
    return QString::fromLatin1(pdf).contains(image);
}

/// `text` as the PDF's metadata strings hold it: UTF-16BE after a byte-order mark.
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("\xfe\xff");
    for (const QChar c : text)
        bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return bytes;
}

} // namespace

class TestInterviewReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void contentInTheMarkdownOrder();
    void recordTextIsEscaped();
    void styleColoursTheText();
    void notesHtmlStaysText();
    void tablesAreRealTables();
    void eachSvgIsOneInlineDrawing();
    void drawingsFitTheTextWidthAndPage();
    void handlerIsRegisteredOnce();
    void withoutSvgTheDotIsShownAsCode();
    void pdfIsPaginatedAndVector();

private:
    Deck m_deck = loadFixtureDeck();
};

void TestInterviewReportDocument::contentInTheMarkdownOrder()
{
    const auto doc = document(mixedRecord(), m_deck, {});
    const QString text = doc->toPlainText();
    const QStringList inOrder {u"Mock interview — 2026-12-02 14:05"_s, u"Mode: System design"_s,
        u"Time: 13:00 of 10:00 planned"_s, u"Verdict: Hire — Weakest on Trade-offs"_s,
        u"Score: 83 %"_s, u"Questions"_s, u"skipped"_s, u"not reached"_s,
        u"1. What does a queue decouple?"_s, u"Requirements: 2/3"_s, u"Diff score: not drawn"_s,
        u"2. Show a retry loop with backoff."_s, u"Skipped after 1:00."_s,
        u"3. Where do poison messages go?"_s, u"Notes"_s, u"What went well"_s,
        u"Clear queue semantics."_s, u"4. How does cache-aside read?"_s,
        u"Not reached: the session ended before it."_s, u"Ran out of time."_s};
    qsizetype from = 0;
    for (const QString &expected : inOrder) {
        const qsizetype at = text.indexOf(expected, from);
        QVERIFY2(at >= 0,
            qPrintable(
                u"'%1' missing after position %2 of:\n%3"_s.arg(expected).arg(from).arg(text)));
        from = at + expected.size();
    }
    QCOMPARE(
        doc->metaInformation(QTextDocument::DocumentTitle), u"Mock interview — 2026-12-02 14:05"_s);
    QVERIFY(!text.contains(u"Drawing"_s)); // nothing drawn, nothing shown
}

void TestInterviewReportDocument::recordTextIsEscaped()
{
    InterviewRecord tricky = record({answered(u"f99-<i>gone</i>"_s, {3, 0, 3, 3})});
    tricky.phaseNames[0] = u"Scope & <b>users</b>"_s;
    tricky.rubric[1] = u"<u>Design</u>"_s;
    tricky.rubric[2] = u"Trade-offs %1 %2"_s; // placeholders of QString::arg stay text
    tricky.mode = u"<blink>custom</blink>"_s;
    const auto doc = document(tricky, m_deck, {});
    const QString text = doc->toPlainText();
    for (const QString &literal :
        {u"f99-<i>gone</i>"_s, u"Scope & <b>users</b>"_s, u"Weakest on <u>Design</u>"_s,
            u"Mode: <blink>custom</blink>"_s, u"Trade-offs %1 %2: 3/3"_s})
        QVERIFY2(text.contains(literal), qPrintable(literal));
}

void TestInterviewReportDocument::styleColoursTheText()
{
    DocumentStyle dark;
    dark.text = u"#e6edf3"_s;
    dark.good = u"#3fb950"_s;
    dark.headerBackground = u"#161b22"_s;
    const auto doc = document(mixedRecord(), m_deck, {}, dark);
    const auto colourOf = [&](const QString &text) {
        return doc->find(text).charFormat().foreground().color().name();
    };
    QCOMPARE(colourOf(u"Mock interview"_s), dark.text);
    QCOMPARE(colourOf(u"Clear"_s), dark.text); // the notes too
    QCOMPARE(colourOf(u"Hire"_s), dark.good);
    QCOMPARE(colourOf(u"skipped"_s), dark.muted);
    const QTextTable *summary = tablesIn(doc->rootFrame()).value(0);
    QVERIFY(summary);
    QCOMPARE(summary->cellAt(0, 1).format().background().color().name(), dark.headerBackground);
}

void TestInterviewReportDocument::notesHtmlStaysText()
{
    InterviewQuestionRecord question = answered(kCardIds.at(0));
    question.notes
        = u"<script>alert('boom')</script>\n\n<img src=\"file:///etc/passwd\">\n\n"
          "before <img src=\"x.png\"> after\n\n![the plan](https://example.com/a.png)\n\n"
          "# Big heading\n\n<table><tr><td>cell</td></tr></table>\n"_s;
    const auto doc = document(record({question}), m_deck, {});
    const QString text = doc->toPlainText();
    QVERIFY(!text.contains(u"alert"_s));
    QVERIFY(text.contains(u"before"_s) && text.contains(u"after"_s));
    QVERIFY(text.contains(u"[image: the plan]"_s));
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QVERIFY2(!it.fragment().charFormat().isImageFormat(),
                qPrintable(u"image at %1"_s.arg(it.fragment().position())));
    QCOMPARE(tablesIn(doc->rootFrame()).size(), 2); // the summary and the phases, no <table>

    // "# Big heading" sits under the report's level-4 "Notes", demoted to level 5.
    QTextCursor big = doc->find(u"Big heading"_s);
    QVERIFY(!big.isNull());
    QCOMPARE(big.block().blockFormat().headingLevel(), 5);
    QCOMPARE(doc->find(u"Notes"_s).block().blockFormat().headingLevel(), 4);
}

void TestInterviewReportDocument::tablesAreRealTables()
{
    const auto doc = document(mixedRecord(), m_deck, {});
    const QList<QTextTable *> tables = tablesIn(doc->rootFrame());
    QCOMPARE(tables.size(), 3); // the summary, then the two answered questions' phases

    QTextTable *summary = tables.at(0);
    QCOMPARE(summary->rows(), 5);
    QCOMPARE(summary->columns(), 5);
    QCOMPARE(summary->format().headerRowCount(), 1);
    const auto cellText = [](QTextTable *table, int row, int column) {
        QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
        cursor.setPosition(table->cellAt(row, column).lastPosition(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    QCOMPARE(cellText(summary, 0, 1), u"Question"_s);
    QCOMPARE(cellText(summary, 1, 1), u"What does a queue decouple?"_s);
    QCOMPARE(cellText(summary, 1, 2), u"6:00"_s);
    QCOMPARE(cellText(summary, 1, 3), u"+1:00"_s);
    QCOMPARE(cellText(summary, 1, 4), u"67 %"_s);
    QCOMPARE(cellText(summary, 2, 4), u"skipped"_s);
    QCOMPARE(cellText(summary, 4, 2), QString());
    QCOMPARE(cellText(summary, 4, 4), u"not reached"_s);

    QTextTable *phases = tables.at(1);
    QCOMPARE(phases->rows(), 7); // header, five phases, total
    QCOMPARE(phases->columns(), 4);
    QCOMPARE(cellText(phases, 1, 0), u"Requirements"_s);
    QCOMPARE(cellText(phases, 1, 3), u"+1:00"_s);
    QCOMPARE(cellText(phases, 6, 0), u"Total"_s);
    QCOMPARE(cellText(phases, 6, 2), u"5:00"_s);
}

void TestInterviewReportDocument::eachSvgIsOneInlineDrawing()
{
    QList<InterviewQuestionRecord> questions;
    for (int i = 0; i < 4; ++i)
        questions << answered(kCardIds.at(i));
    questions[0].drawing = "digraph { api -> db }";
    questions[2].drawing = "digraph { a -> b }";
    const QList<QByteArray> svgs {svg(200, 100), {}, svg(300, 120)}; // the fourth: none at all
    const auto doc = document(record(questions), m_deck, svgs);

    const QList<Drawing> objects = objectsIn(*doc);
    QCOMPARE(objects.size(), 2);
    for (const Drawing &object : objects)
        QCOMPARE(object.format.objectType(), kDrawingObjectType);
    QCOMPARE(objects.at(0).format.property(kDrawingSvgProperty).toByteArray(), svgs.at(0));
    QCOMPARE(objects.at(1).format.property(kDrawingSvgProperty).toByteArray(), svgs.at(2));
    // In its question's section, under "Drawing", in place of the placeholder.
    QVERIFY(objects.at(0).position > doc->find(u"1. What does a queue decouple?"_s).position());
    QVERIFY(objects.at(0).position < doc->find(u"2. Show a retry loop"_s).position());
    QVERIFY(objects.at(1).position > doc->find(u"3. Where do poison"_s).position());
    for (const Drawing &object : objects) // alone in its paragraph: no placeholder text left
        QCOMPARE(
            doc->findBlock(object.position).text(), QString(QChar::ObjectReplacementCharacter));
    QCOMPARE(doc->toPlainText().count(u"Drawing"_s), 2);
    QVERIFY(doc->find(u"digraph { a -> b }"_s).isNull()); // an SVG, so no DOT
}

void TestInterviewReportDocument::drawingsFitTheTextWidthAndPage()
{
    InterviewQuestionRecord wide = answered(kCardIds.at(0));
    InterviewQuestionRecord tall = answered(kCardIds.at(1));
    const auto doc = document(record({wide, tall}), m_deck, {svg(200, 100), svg(100, 2000)});
    QTextObjectInterface *handler = doc->documentLayout()->handlerForObject(kDrawingObjectType);
    QVERIFY(handler);
    const QList<Drawing> objects = objectsIn(*doc);
    QCOMPARE(objects.size(), 2);
    const auto sizeOf = [&](const Drawing &object) {
        return handler->intrinsicSize(doc.get(), object.position, object.format);
    };
    const double margins = 2 * doc->documentMargin();

    doc->setTextWidth(2000);
    const QSizeF natural = sizeOf(objects.at(0));
    QVERIFY(natural.width() > 150); // 200 pt, in pixels of the layout
    QCOMPARE(natural.width(), 2 * natural.height());
    doc->setTextWidth(4000);
    QCOMPARE(sizeOf(objects.at(0)), natural); // never scaled up

    doc->setTextWidth(150);
    const QSizeF narrow = sizeOf(objects.at(0));
    QVERIFY2(narrow.width() <= 150 - margins + 1e-6, qPrintable(QString::number(narrow.width())));
    QVERIFY(narrow.width() > 150 - margins - 1);
    QVERIFY(qAbs(narrow.width() - 2 * narrow.height()) < 1e-6);

    // On screen a drawing is at most 60 % of an A4 page at the text width; on pages, of a page.
    doc->setTextWidth(600);
    const QSizeF screen = sizeOf(objects.at(1));
    QVERIFY(screen.height() <= 0.6 * (600 - margins) * 297 / 210 + 1e-6);
    QVERIFY(qAbs(screen.height() - 20 * screen.width()) < 1e-6);
    doc->setPageSize(QSizeF(600, 500));
    QVERIFY(sizeOf(objects.at(1)).height() <= 0.6 * (500 - margins) + 1e-6);

    // Laid out, nothing is wider than the text width.
    doc->setTextWidth(400);
    QVERIFY(doc->documentLayout()->documentSize().width() <= 400 + 1e-6);
}

void TestInterviewReportDocument::handlerIsRegisteredOnce()
{
    const auto doc = document(record({answered(kCardIds.at(0))}), m_deck, {svg()});
    const auto handlers = [&] {
        int count = 0;
        for (QObject *child : doc->children())
            count += qobject_cast<QTextObjectInterface *>(child) ? 1 : 0;
        return count;
    };
    QCOMPARE(handlers(), 1);
    QTextObjectInterface *first = doc->documentLayout()->handlerForObject(kDrawingObjectType);
    QVERIFY(first);
    registerDrawingHandler(doc.get());
    registerDrawingHandler(doc.get());
    QCOMPARE(handlers(), 1);
    QCOMPARE(doc->documentLayout()->handlerForObject(kDrawingObjectType), first);

    doc->documentLayout()->unregisterHandler(kDrawingObjectType);
    QVERIFY(!doc->documentLayout()->handlerForObject(kDrawingObjectType));
    registerDrawingHandler(doc.get());
    QCOMPARE(doc->documentLayout()->handlerForObject(kDrawingObjectType), first);
    QCOMPARE(handlers(), 1);
    registerDrawingHandler(nullptr); // harmless
}

void TestInterviewReportDocument::withoutSvgTheDotIsShownAsCode()
{
    InterviewQuestionRecord empty = answered(kCardIds.at(0));
    empty.drawing = "digraph g {\n  api -> db;\n  label=\"<b>&\";\n}\n";
    InterviewQuestionRecord unreadable = answered(kCardIds.at(1));
    unreadable.drawing = "digraph { queue -> worker }";
    InterviewQuestionRecord longLine = answered(kCardIds.at(2));
    longLine.drawing
        = "digraph { " + QByteArray("a_rather_long_node_name -> ").repeated(30) + "z }";
    const auto doc
        = document(record({empty, unreadable, longLine}), m_deck, {{}, "<svg this is not"});

    QVERIFY(objectsIn(*doc).isEmpty());
    for (const QString &line :
        {u"digraph g {"_s, u"api -> db;"_s, u"label=\"<b>&\";"_s, u"queue -> worker"_s}) {
        const QTextCursor found = doc->find(line);
        QVERIFY2(!found.isNull(), qPrintable(line));
        // Code, as <pre> makes it: the monospace family, in a one-cell box.
        QVERIFY2(found.charFormat().fontFamilies().toStringList().contains(u"monospace"_s),
            qPrintable(line));
        QVERIFY(found.currentTable());
    }
    QCOMPARE(doc->toPlainText().count(u"Drawing"_s), 3);
    // A long DOT line wraps instead of running off the page.
    doc->setTextWidth(500);
    QVERIFY(doc->documentLayout()->documentSize().width() <= 500 + 1e-6);
}

void TestInterviewReportDocument::pdfIsPaginatedAndVector()
{
    // The probe can fail: a PDF with a picture has an image XObject.
    QByteArray withImage;
    {
        QBuffer buffer(&withImage);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::red);
        painter.drawImage(0, 0, image);
    }
    QVERIFY(hasRasterImage(withImage));

    const Result<QByteArray> shortReport = pdf(record({answered(kCardIds.at(0))}), m_deck, {});
    QVERIFY2(shortReport.isOk(), qPrintable(shortReport.errorMessage()));
    QVERIFY(shortReport.value.startsWith("%PDF"));
    QCOMPARE(pageCount(shortReport.value), 1);

    QList<InterviewQuestionRecord> questions;
    QList<QByteArray> svgs;
    for (int i = 0; i < 8; ++i) {
        InterviewQuestionRecord question = answered(kCardIds.at(i % kCardIds.size()));
        question.drawing = "digraph { api -> db }";
        question.diffScore = 0.5 + i / 20.0;
        question.notes = u"Talked about **retries** and idempotency keys; missed the DLQ.\n\n"
                         "- asked about ordering\n- estimated 2k writes/s"_s;
        questions << question;
        svgs << (i == 3 ? svg(400, 900) : svg(360, 140 + 20 * i));
    }
    questions[5].skipped = true;
    questions[5].rubric.clear();
    questions[5].diffScore = -1;
    svgs[5].clear(); // skipped: the DOT as code
    const Result<QByteArray> longReport = pdf(record(questions), m_deck, svgs);
    QVERIFY2(longReport.isOk(), qPrintable(longReport.errorMessage()));
    const QByteArray &bytes = longReport.value;
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(pageCount(bytes) >= 3, qPrintable(QString::number(pageCount(bytes))));
    QVERIFY(!hasRasterImage(bytes));
    QVERIFY(bytes.contains(pdfString(u"Mock interview — 2026-12-02 14:05"_s)));
    QVERIFY(bytes.contains(pdfString(u"ArchDeck"_s)));

    if (const QString sample = qEnvironmentVariable("ARCHDECK_REPORT_SAMPLE_PDF");
        !sample.isEmpty()) {
        QFile file(sample);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
}

QTEST_MAIN(TestInterviewReportDocument)
#include "tst_interviewreportdocument.moc"

// InterviewReport::pdf — document() laid out for A4 and painted page by page into a QPdfWriter.
// The drawings are painted by their QSvgRenderer straight into the PDF, so they stay vector.
#include "interviewreportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ArchDeck::InterviewReport {

namespace {

/// The layout's unit is a screen pixel, as in the report view, so the HTML's pixel margins and
/// padding look the same on paper; text and drawings are vector whatever the resolution.
constexpr int kResolution = 96;
constexpr double kMarginMm = 15;
constexpr double kFooterMm = 8; ///< taken from the bottom of each page's body for "n / N"
constexpr double kFontPoints = 10;
constexpr double kFooterFontPoints = 8;

double pixels(double millimetres)
{
    return millimetres / 25.4 * kResolution;
}

/// Moves each heading that would end a page away from what it heads (a question's table, its
/// notes, a drawing too tall for the rest of the page) to the top of the next page.
/// QTextDocument has no "keep with next"; its pagination moves lines, and only lines.
void keepHeadingsWithNext(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    // The page of a block's first line, by its middle: pagination pushes a line down inside its
    // block, to the page's top give or take layout rounding.
    const auto page = [&](const QTextBlock &block) {
        const QTextLayout *lines = block.layout();
        const double middle
            = lines->lineCount() > 0 ? lines->lineAt(0).y() + lines->lineAt(0).height() / 2 : 0;
        return int((layout->blockBoundingRect(block).top() + middle) / pageHeight);
    };
    // One move at a time, from a finished layout: a move shifts every page after it.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || !next.isValid()
            || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        document.pageCount(); // lays out what the last move changed
        if (page(next) == page(block))
            continue;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace

Result<QByteArray> pdf(
    const InterviewRecord &record, const Deck &deck, const QList<QByteArray> &drawingSvgs)
{
    using Bytes = Result<QByteArray>;
    const QString title = u"Mock interview — %1"_s.arg(
        record.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(u"ArchDeck"_s);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);

    // Declared after the writer: the document, whose layout measures on the writer, goes first.
    const std::unique_ptr<QTextDocument> report = document(record, deck, drawingSvgs);
    report->documentLayout()->setPaintDevice(&writer);
    report->setUseDesignMetrics(true); // no hinting to screen pixels: print spacing
    report->setDocumentMargin(0); // the page margins are the writer's
    QFont font = report->defaultFont();
    font.setPointSizeF(kFontPoints);
    report->setDefaultFont(font);
    const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
    const QSizeF body(paintRect.width(), paintRect.height() - pixels(kFooterMm));
    report->setPageSize(body); // paginates: no line, table row or drawing is cut by a page
    keepHeadingsWithNext(*report);

    QPainter painter(&writer);
    if (!painter.isActive())
        return Bytes::failure(Diagnostic::failure(u"the PDF could not be written"_s));
    QFont footerFont = font;
    footerFont.setPointSizeF(kFooterFontPoints);
    const QRectF footer(0, body.height(), body.width(), pixels(kFooterMm));
    const int pages = report->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const double top = page * body.height();
        painter.save();
        painter.translate(0, -top);
        report->drawContents(&painter, QRectF(QPointF(0, top), body));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(DocumentStyle().muted));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignBottom, u"%1 / %2"_s.arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Bytes::failure(Diagnostic::failure(u"the PDF could not be written"_s));
    return Bytes::success(bytes);
}

} // namespace ArchDeck::InterviewReport

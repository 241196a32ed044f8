// InterviewReport::document / pdf — the report of a finished mock interview as a formatted
// QTextDocument (the interview screen's report view) and as an A4 PDF (what the user saves), with
// each question's drawing as vector art. Same content and order as markdown(), with real tables.
//
//   auto doc = InterviewReport::document(record, deck, svgs);   // svgs: one entry a question
//   browser->setDocument(doc.get());                            // the caller owns the document
//   InterviewReport::registerDrawingHandler(doc.get());         // again, in case the view swapped
//   InterviewReport::pdf(record, deck, svgs).value              // "%PDF-1.4…", A4, 15 mm margins
//
// A drawing is one inline object (U+FFFC) of type kDrawingObjectType whose SVG bytes ride in its
// own character format (property kDrawingSvgProperty), not in the handler: clone() and
// QTextDocument::print() copy formats, so any copy of the document still carries its drawings. The
// handler, a child of the document, only paints them (QSvgRenderer: vector on screen and in a PDF)
// and keeps one renderer per distinct SVG. Include <QTextDocument> where the document is destroyed.
#pragma once

#include "interviewreport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace ArchDeck::InterviewReport {

/// A drawing's QTextFormat::objectType(): QTextFormat::UserObject + 1.
constexpr int kDrawingObjectType = 0x1000 + 1;
/// The QTextFormat property holding a drawing's SVG bytes: QTextFormat::UserProperty + 1.
constexpr int kDrawingSvgProperty = 0x100000 + 1;
/// At most this share of a page's height (of A4 at the text width, on screen) for one drawing.
constexpr double kMaxDrawingPageShare = 0.6;

/// Colours of the report (6-digit hex), to match the app's light or dark palette.
struct DocumentStyle
{
    QString text = QStringLiteral("#1f2328");
    QString muted = QStringLiteral("#59636e"); ///< secondary lines, "skipped", "not reached"
    QString border = QStringLiteral("#d0d7de"); ///< table rules, code-block frames
    QString headerBackground = QStringLiteral("#f6f8fa"); ///< table headers, code blocks
    QString good = QStringLiteral("#1a7f37"); ///< "Hire", "Strong hire"
    QString bad = QStringLiteral("#cf222e"); ///< "No hire", "Lean no hire"
};

/// The report as a document the caller owns, in markdown()'s order: the title with the local
/// start time, mode, time against the plan, verdict and reason, score; a summary table; then per
/// question its phase table, rubric scores, diff score, notes (Markdown in safe mode, headings
/// demoted to levels 5–6) and drawing. Everything from the record and the deck is escaped.
/// `drawingSvgs` has one entry a question (missing entries count as empty): an SVG from the layout
/// worker becomes an inline drawing, scaled down (never up) to the text width and to
/// kMaxDrawingPageShare of a page; an empty or unreadable one shows the DOT as a code block, or
/// nothing when nothing was drawn. Code blocks wrap, so nothing runs off a page.
std::unique_ptr<QTextDocument> document(const InterviewRecord &record, const Deck &deck,
    const QList<QByteArray> &drawingSvgs, const DocumentStyle &style = {});

/// Makes `document`'s layout paint kDrawingObjectType objects, with a handler that is a child of
/// `document`. Idempotent: one handler however often it is called. document() already calls it;
/// call it again after giving the document to a view that may have replaced its layout.
void registerDrawingHandler(QTextDocument *document);

/// The report as an A4 PDF: document() in the default colours, 10 pt, 15 mm margins, paginated by
/// QTextDocument (a line or a drawing never splits across pages; a heading that would end a page
/// starts the next one), the title and "n / N" at the foot of each page. Metadata: title "Mock
/// interview — 2026-12-02 14:05", creator "ArchDeck". Drawings stay vector: the PDF holds no raster
/// image. Needs a QGuiApplication (fonts).
Result<QByteArray> pdf(
    const InterviewRecord &record, const Deck &deck, const QList<QByteArray> &drawingSvgs);

} // namespace ArchDeck::InterviewReport

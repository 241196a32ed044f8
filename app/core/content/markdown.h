// Markdown — the one place that talks to cmark. Renders card text for the card view (HTML for
// QTextDocument) and for the terminal (plain text). Always safe mode: raw HTML is dropped,
// dangerous link schemes are blanked, and images become their alt text, so no content ever makes
// the app load a local or remote resource.
#pragma once

#include <QString>

namespace ArchDeck::Markdown {

/// Colours the HTML needs that QTextDocument's CSS subset cannot express (code-block background).
struct HtmlStyle
{
    QString codeBackground = QStringLiteral("#f1f3f5");
    QString codeBorder = QStringLiteral("#d0d7de");
};

/// HTML fragment: "Use **outbox**" → "<p>Use <strong>outbox</strong></p>\n".
/// Fenced code becomes a one-cell table (so it gets a padded background in QTextDocument).
QString toHtml(const QString &markdown, const HtmlStyle &style = {});

/// Readable plain text for terminals: emphasis dropped, bullets as "- ", code indented by four
/// spaces, links as "text <url>".
QString toPlainText(const QString &markdown);

} // namespace ArchDeck::Markdown

// DotHighlighter — colours Graphviz DOT in the diagram editor's text view (DotTextEditor):
// keywords, edge operators, strings and their escapes, HTML-like labels, comments, attribute names,
// numbers and `kind` values. Strings, HTML labels and /* */ comments may run over several lines
// (the block state carries them). Colours are picked for the palette's Base, light or dark:
//
//   digraph g { a [kind="queue", label=<<b>Q</b>>]; a -> b; } // done
//   ^keyword       ^attribute ^kind value  ^HTML label   ^operator  ^comment
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>
#include <optional>

class QPalette;

namespace ArchDeck {

class DotHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token {
        Keyword, ///< digraph graph subgraph node edge strict (any case, as Graphviz reads them)
        EdgeOperator, ///< -> and --
        String, ///< "…", quotes included
        Escape, ///< \" \n \l … inside a string
        HtmlLabel, ///< <…>, nested brackets included
        Comment, ///< // …, # … at the start of a line, /* … */
        AttributeName, ///< an id followed by '='
        Number,
        KindValue, ///< the value of `kind`, quoted or not
    };
    static constexpr int tokenCount = int(Token::KindValue) + 1;

    /// Highlights `document` with colours for the application palette.
    explicit DotHighlighter(QTextDocument *document);

    /// Picks colours readable on `palette` and highlights the whole document again.
    void setPalette(const QPalette &palette);
    /// The format `token` is drawn with under the current palette.
    QTextCharFormat tokenFormat(Token token) const { return m_formats.at(size_t(token)); }
    /// The token drawn at `position` (0-based, within `block`), or nullopt for plain text: node
    /// ids, punctuation, spaces.
    std::optional<Token> tokenAt(const QTextBlock &block, int position) const;

    /// The index past the token that starts at `from` in `line`: an id or number, a quoted
    /// string, an HTML label, an edge operator, else the one character. `from` must be in `line`.
    static int tokenEnd(const QString &line, int from);

protected:
    void highlightBlock(const QString &text) override;

private:
    int highlightString(const QString &text, int start, int from, Token token);
    void apply(int from, int end, Token token);

    std::array<QTextCharFormat, tokenCount> m_formats;
};

} // namespace ArchDeck

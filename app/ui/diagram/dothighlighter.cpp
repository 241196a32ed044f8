#include "dothighlighter.h"

#include <QApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextLayout>

namespace ArchDeck {

namespace {

/// What a line ends inside, kept as the block state so the next line carries on from there.
/// An HTML label stores its bracket depth on top of InHtml.
enum State { Normal = 0, InComment = 1, InString = 2, InKindString = 3, InHtml = 16 };

bool isIdStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isIdChar(QChar c)
{
    return isIdStart(c) || c.isDigit();
}

bool isKeyword(QStringView word)
{
    static const QStringList keywords
        = {QStringLiteral("digraph"), QStringLiteral("graph"), QStringLiteral("subgraph"),
            QStringLiteral("node"), QStringLiteral("edge"), QStringLiteral("strict")};
    for (const QString &keyword : keywords) {
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QChar at(const QString &text, int index)
{
    return index < text.size() ? text.at(index) : QChar();
}

int skipSpaces(const QString &text, int from)
{
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    return from;
}

/// DOT's numeral: [-]?(.[0-9]+ | [0-9]+(.[0-9]*)?). Returns the index past it, or `from` if none.
int numberEnd(const QString &text, int from)
{
    int i = from;
    if (at(text, i) == QLatin1Char('-'))
        ++i;
    const int digitsFrom = i;
    while (at(text, i).isDigit())
        ++i;
    bool digits = i > digitsFrom;
    if (at(text, i) == QLatin1Char('.')) {
        const int fractionFrom = ++i;
        while (at(text, i).isDigit())
            ++i;
        digits = digits || i > fractionFrom;
    }
    return digits ? i : from;
}

/// The index past the '>' that closes an HTML label, or -1 if it goes on to the next line.
/// `depth` is the number of '<' still open, updated as the line is read.
int htmlEnd(const QString &text, int from, int &depth)
{
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('<'))
            ++depth;
        else if (text.at(i) == QLatin1Char('>') && --depth == 0)
            return i + 1;
    }
    return -1;
}

struct TokenColours
{
    const char *light;
    const char *dark;
    bool bold = false;
    bool italic = false;
};

/// One row per DotHighlighter::Token, in its order. Light colours sit on white, dark ones on the
/// dark theme's #1d1f22; each reads at 4.5:1 or better and none is the red or amber diagnostics
/// use.
constexpr std::array<TokenColours, DotHighlighter::tokenCount> tokenColours = {{
    {"#0033b3", "#569cd6", true}, // Keyword
    {"#a626a4", "#c678dd", true}, // EdgeOperator
    {"#a31515", "#ce9178"}, // String
    {"#c24e00", "#ffab70"}, // Escape
    {"#7a5a00", "#e5c07b"}, // HtmlLabel
    {"#6e7781", "#8b949e", false, true}, // Comment
    {"#0a6b78", "#9cdcfe"}, // AttributeName
    {"#1750eb", "#b5cea8"}, // Number
    {"#116329", "#7ee787", true}, // KindValue
}};

} // namespace

DotHighlighter::DotHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QApplication::palette());
}

void DotHighlighter::setPalette(const QPalette &palette)
{
    const bool dark
        = palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    for (size_t i = 0; i < m_formats.size(); ++i) {
        const TokenColours &colours = tokenColours.at(i);
        QTextCharFormat format;
        format.setForeground(QColor(QLatin1String(dark ? colours.dark : colours.light)));
        if (colours.bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(colours.italic);
        m_formats.at(i) = format;
    }
    rehighlight();
}

std::optional<DotHighlighter::Token> DotHighlighter::tokenAt(
    const QTextBlock &block, int position) const
{
    if (!block.isValid() || !block.layout())
        return std::nullopt;
    // Later ranges win where they overlap (escapes are laid over their string).
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (auto range = ranges.crbegin(); range != ranges.crend(); ++range) {
        if (position < range->start || position >= range->start + range->length)
            continue;
        for (size_t i = 0; i < m_formats.size(); ++i) {
            if (range->format == m_formats.at(i))
                return Token(i);
        }
    }
    return std::nullopt;
}

int DotHighlighter::tokenEnd(const QString &line, int from)
{
    const int n = int(line.size());
    const QChar c = line.at(from);
    int end = from + 1;
    if (isIdChar(c) || numberEnd(line, from) > from) {
        end = std::max(end, numberEnd(line, from));
        while (end < n && isIdChar(line.at(end)))
            ++end;
    } else if (c == QLatin1Char('"')) {
        while (end < n && line.at(end) != QLatin1Char('"'))
            end += line.at(end) == QLatin1Char('\\') ? 2 : 1;
        end = std::min(end + 1, n);
    } else if (c == QLatin1Char('<')) {
        int depth = 1;
        end = htmlEnd(line, from + 1, depth);
        end = end < 0 ? n : end;
    } else if (c == QLatin1Char('-')
        && (at(line, end) == QLatin1Char('>') || at(line, end) == QLatin1Char('-'))) {
        end = from + 2;
    }
    return end;
}

void DotHighlighter::highlightBlock(const QString &text)
{
    const int n = int(text.size());
    int state = std::max(previousBlockState(), int(Normal));
    int i = 0;
    int depth = 0;
    if (state == InComment) {
        const int close = int(text.indexOf(QLatin1String("*/")));
        i = close < 0 ? n : close + 2;
        apply(0, i, Token::Comment);
        state = close < 0 ? InComment : Normal;
    } else if (state == InString || state == InKindString) {
        const int end
            = highlightString(text, 0, 0, state == InString ? Token::String : Token::KindValue);
        i = end < 0 ? n : end;
        state = end < 0 ? state : Normal;
    } else if (state >= InHtml) {
        depth = state - InHtml;
        const int end = htmlEnd(text, 0, depth);
        i = end < 0 ? n : end;
        apply(0, i, Token::HtmlLabel);
        state = end < 0 ? InHtml + depth : Normal;
    }

    bool kindValueNext = false; // just read `kind =`: the next id or string is a kind
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = at(text, i + 1);
        if (c.isSpace() || c == QLatin1Char('=')) {
            ++i;
        } else if ((c == QLatin1Char('#') && i == 0)
            || (c == QLatin1Char('/') && next == QLatin1Char('/'))) {
            // '#' only in the first column: Graphviz drops such lines as C preprocessor output.
            apply(i, n, Token::Comment);
            i = n;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int close = int(text.indexOf(QLatin1String("*/"), i + 2));
            const int end = close < 0 ? n : close + 2;
            apply(i, end, Token::Comment);
            state = close < 0 ? InComment : Normal;
            i = end;
        } else if (c == QLatin1Char('"')) {
            const Token token = kindValueNext ? Token::KindValue : Token::String;
            const int end = highlightString(text, i, i + 1, token);
            if (end < 0)
                state = token == Token::String ? InString : InKindString;
            i = end < 0 ? n : end;
            kindValueNext = false;
        } else if (c == QLatin1Char('<')) {
            depth = 1;
            const int end = htmlEnd(text, i + 1, depth);
            apply(i, end < 0 ? n : end, Token::HtmlLabel);
            if (end < 0)
                state = InHtml + depth;
            i = end < 0 ? n : end;
            kindValueNext = false;
        } else if (c == QLatin1Char('-')
            && (next == QLatin1Char('>') || next == QLatin1Char('-'))) {
            apply(i, i + 2, Token::EdgeOperator);
            i += 2;
            kindValueNext = false;
        } else if (isIdStart(c)) {
            int end = i + 1;
            while (end < n && isIdChar(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (isKeyword(word)) {
                apply(i, end, Token::Keyword);
            } else if (kindValueNext) {
                apply(i, end, Token::KindValue);
                kindValueNext = false;
            } else if (at(text, skipSpaces(text, end)) == QLatin1Char('=')) {
                apply(i, end, Token::AttributeName);
                kindValueNext = word == QLatin1String("kind");
            }
            i = end;
        } else if (const int end = numberEnd(text, i); end > i) {
            apply(i, end, kindValueNext ? Token::KindValue : Token::Number);
            i = end;
            kindValueNext = false;
        } else {
            ++i; // punctuation: [ ] { } ; , :
            kindValueNext = false;
        }
    }
    setCurrentBlockState(state);
}

/// Formats a string from `start` (its opening quote, or 0 on a line it goes on to) and looks for
/// the closing quote from `from`. Returns the index past the closing quote, or -1 when the
/// string goes on to the next line.
int DotHighlighter::highlightString(const QString &text, int start, int from, Token token)
{
    const int n = int(text.size());
    int end = -1;
    for (int i = from; i < n; ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (text.at(i) == QLatin1Char('"')) {
            end = i + 1;
            break;
        }
    }
    apply(start, end < 0 ? n : end, token);
    for (int i = from; i < (end < 0 ? n : end - 1); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            apply(i, std::min(i + 2, n), Token::Escape);
            ++i;
        }
    }
    return end;
}

void DotHighlighter::apply(int from, int end, Token token)
{
    if (end > from)
        setFormat(from, end - from, m_formats.at(size_t(token)));
}

} // namespace ArchDeck

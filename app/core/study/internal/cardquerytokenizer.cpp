#include "cardquerytokenizer.h"

namespace ArchDeck::CardQueryTokenizer {

namespace {

bool isNegation(const QString &text, qsizetype i)
{
    return text.at(i) == u'-' && i + 1 < text.size() && !text.at(i + 1).isSpace()
        && text.at(i + 1) != u')';
}

} // namespace

/// Splits the query into words, "phrases" (also key:"quoted value"), 'or', '(' and ')'.
Tokens tokenize(const QString &text)
{
    Tokens result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.negated = isNegation(text, i);
        if (token.negated)
            ++i;
        if (text.at(i) == u'(' || (text.at(i) == u')' && !token.negated)) {
            token.kind = text.at(i) == u'(' ? Token::Kind::Open : Token::Kind::Close;
            token.length = ++i - token.start;
            result.tokens.push_back(token);
            continue;
        }
        bool quoted = false;
        const bool startsQuoted = text.at(i) == u'"'; // "a phrase", not key:"value"
        while (i < n && !text.at(i).isSpace() && text.at(i) != u')'
            && !(text.at(i) == u'(' && token.text.isEmpty())) {
            if (text.at(i) == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0) {
                    result.error
                        = {token.start, n - token.start, QStringLiteral("a quote is not closed")};
                    return result;
                }
                token.text += text.mid(i + 1, close - i - 1);
                quoted = true;
                i = close + 1;
                continue;
            }
            token.text += text.at(i++);
        }
        token.length = i - token.start;
        if (!quoted && !token.negated && token.text.compare(u"or", Qt::CaseInsensitive) == 0)
            token.kind = Token::Kind::Or;
        else
            token.kind = startsQuoted ? Token::Kind::Phrase : Token::Kind::Word;
        result.tokens.push_back(token);
    }
    return result;
}

} // namespace ArchDeck::CardQueryTokenizer

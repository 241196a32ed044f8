// The card query language's tokenizer: words, "phrases" (also key:"quoted value"), 'or', '(' and
// ')', each with its place in the query text so that errors can point at it. CardQuery's parser
// reads these; nothing else does.
//   tag:sqs -"dead letter" or (dlq)  →  Word tag:sqs, Phrase dead letter (negated), Or, Open,
//                                      Word dlq, Close
#pragma once

#include "cardquery.h"

#include <QString>

#include <optional>
#include <vector>

namespace ArchDeck::CardQueryTokenizer {

struct Token
{
    enum class Kind { Word, Phrase, Or, Open, Close } kind = Kind::Word;
    QString text; ///< quotes removed; key:"a b" → key:a b
    bool negated = false;
    qsizetype start = 0; ///< in the query text, from the '-' if negated
    qsizetype length = 0;
};

struct Tokens
{
    std::vector<Token> tokens;
    std::optional<CardQueryError> error;
};

/// Splits the query; on an unclosed quote, the tokens so far and the error.
Tokens tokenize(const QString &text);

} // namespace ArchDeck::CardQueryTokenizer

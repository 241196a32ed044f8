#include "cardquery.h"

#include "cardquerytokenizer.h"
#include "fsrsscheduler.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <vector>

namespace ArchDeck {

struct CardQuery::Node
{
    enum class Type { And, Or, Not, Term } type = Type::Term;
    std::vector<std::unique_ptr<Node>> children;
    std::function<bool(const CardQueryInput &)> test; // for terms
};

namespace {

using Node = CardQuery::Node;
using NodePtr = std::unique_ptr<Node>;
using Test = std::function<bool(const CardQueryInput &)>;
using CardQueryTokenizer::Token;
using CardQueryTokenizer::tokenize;
using CardQueryTokenizer::Tokens;

NodePtr term(Test test)
{
    auto node = std::make_unique<Node>();
    node->test = std::move(test);
    return node;
}

NodePtr combine(Node::Type type, NodePtr child)
{
    auto node = std::make_unique<Node>();
    node->type = type;
    node->children.push_back(std::move(child));
    return node;
}

/// A test on the card's review state; never true for a card without one.
NodePtr reviewTerm(std::function<bool(const CardReviewFacts &)> test)
{
    return term([test = std::move(test)](
                    const CardQueryInput &in) { return in.review && test(*in.review); });
}

bool compare(double value, const QString &op, double target)
{
    if (op == u"<")
        return value < target;
    if (op == u"<=")
        return value <= target;
    if (op == u">")
        return value > target;
    if (op == u">=")
        return value >= target;
    if (op == u"!=")
        return std::abs(value - target) > 1e-9;
    return std::abs(value - target) <= 1e-9; // "=" or "=="
}

/// Recursive descent over the tokens: or := and ('or' and)*, and := term+, term := [-]( or ) |
/// word. Stops at the first error, remembering the token that caused it.
class Parser
{
public:
    Parser(const std::vector<Token> &tokens, CardQuery::ReviewStates reviewStates)
        : m_tokens(tokens)
        , m_reviewStates(reviewStates)
    { }

    NodePtr parseQuery()
    {
        NodePtr root = parseOr();
        if (root && !atEnd()) // parseOr stops early only at a ')'
            return fail(m_tokens[m_at], QStringLiteral("a ')' has no matching '('"));
        return root;
    }

    std::optional<CardQueryError> error;

private:
    bool atEnd() const { return m_at >= m_tokens.size(); }
    bool isAt(Token::Kind kind) const { return !atEnd() && m_tokens[m_at].kind == kind; }
    bool follows(Token::Kind kind) const { return m_at > 0 && m_tokens[m_at - 1].kind == kind; }

    NodePtr fail(qsizetype start, qsizetype length, const QString &message)
    {
        error = CardQueryError {start, length, message};
        return nullptr;
    }
    NodePtr fail(const Token &token, const QString &message)
    {
        return fail(token.start, token.length, message);
    }

    NodePtr parseOr()
    {
        auto node = std::make_unique<Node>();
        node->type = Node::Type::Or;
        for (;;) {
            NodePtr branch = parseAnd();
            if (!branch)
                return nullptr;
            node->children.push_back(std::move(branch));
            if (!isAt(Token::Kind::Or))
                return node;
            ++m_at;
        }
    }

    NodePtr parseAnd()
    {
        auto node = std::make_unique<Node>();
        node->type = Node::Type::And;
        while (!atEnd() && !isAt(Token::Kind::Or) && !isAt(Token::Kind::Close)) {
            NodePtr child = parseTerm();
            if (!child)
                return nullptr;
            node->children.push_back(std::move(child));
        }
        if (!node->children.empty())
            return node;
        const QString orMessage = QStringLiteral("'or' needs a search term on each side");
        if (isAt(Token::Kind::Or))
            return fail(m_tokens[m_at], orMessage);
        if (follows(Token::Kind::Or))
            return fail(m_tokens[m_at - 1], orMessage);
        if (follows(Token::Kind::Open) && isAt(Token::Kind::Close)) {
            const Token &open = m_tokens[m_at - 1];
            const Token &close = m_tokens[m_at];
            return fail(open.start, close.start + close.length - open.start,
                QStringLiteral("'( )' is empty — put search terms between the parentheses"));
        }
        if (follows(Token::Kind::Open))
            return fail(m_tokens[m_at - 1], QStringLiteral("a '(' is not closed"));
        return fail(m_tokens[m_at], QStringLiteral("a ')' has no matching '('"));
    }

    NodePtr parseTerm()
    {
        const Token &token = m_tokens[m_at++];
        NodePtr node;
        if (token.kind == Token::Kind::Open) {
            node = parseOr();
            if (!node)
                return nullptr;
            if (!isAt(Token::Kind::Close))
                return fail(token, QStringLiteral("a '(' is not closed"));
            ++m_at;
        } else {
            node = wordTerm(token);
            if (!node)
                return nullptr;
        }
        return token.negated ? combine(Node::Type::Not, std::move(node)) : std::move(node);
    }

    NodePtr wordTerm(const Token &token)
    {
        const qsizetype colon = token.text.indexOf(u':');
        if (token.kind == Token::Kind::Word && colon > 0) {
            const QString key = token.text.left(colon).toLower();
            const QString value = token.text.mid(colon + 1);
            if (NodePtr node = keyTerm(token, key, value); node || error)
                return node;
        }
        const QString text = CardQuery::normalized(token.text);
        if (text.isEmpty()) // only punctuation, say "-" or "&": nothing to look for
            return term([](const CardQueryInput &) { return true; });
        return term([text](const CardQueryInput &in) { return in.searchText.contains(text); });
    }

    /// section:, tag:, id:, is:, prop:; nullptr without an error for a colon in ordinary text.
    NodePtr keyTerm(const Token &token, const QString &key, const QString &value)
    {
        static const QStringList keys = {QStringLiteral("section"), QStringLiteral("tag"),
            QStringLiteral("id"), QStringLiteral("is"), QStringLiteral("prop")};
        if (!keys.contains(key)) {
            // A colon in an ordinary word ("http://…", "10:30") is searched as text; a word-like
            // key that we do not know is most likely a typo worth pointing out.
            static const QRegularExpression keyLike(QStringLiteral("^[a-z]{2,12}$"));
            if (keyLike.match(key).hasMatch() && !value.startsWith(u"//"))
                return fail(token,
                    QStringLiteral(
                        "unknown search key '%1:' — use section:, tag:, is:, prop: or id:")
                        .arg(key));
            return nullptr;
        }
        if (value.isEmpty())
            return fail(token, QStringLiteral("'%1:' needs a value").arg(key));
        const QString v = CardQuery::normalized(value);
        if (key == u"section")
            return term([v](const CardQueryInput &in) {
                return CardQuery::normalized(in.card.section).contains(v);
            });
        if (key == u"tag")
            return term([v](const CardQueryInput &in) {
                return std::any_of(in.card.tags.cbegin(), in.card.tags.cend(),
                    [&](const QString &tag) { return CardQuery::normalized(tag) == v; });
            });
        if (key == u"id")
            return term([v](const CardQueryInput &in) {
                return CardQuery::normalized(in.card.id).contains(v);
            });
        NodePtr node = key == u"is" ? isTerm(token, value) : propertyTerm(token, value);
        if (node && m_reviewStates == CardQuery::ReviewStates::Unavailable)
            return fail(token,
                QStringLiteral("%1 needs your review collection, which is not open")
                    .arg(token.text));
        return node;
    }

    NodePtr isTerm(const Token &token, const QString &value)
    {
        const QString v = value.toLower();
        const struct
        {
            const char16_t *name;
            CardPhase phase;
        } phases[] = {{u"new", CardPhase::New}, {u"learning", CardPhase::Learning},
            {u"review", CardPhase::Review}, {u"relearning", CardPhase::Relearning}};
        for (const auto &p : phases)
            if (v == p.name)
                return reviewTerm(
                    [phase = p.phase](const CardReviewFacts &r) { return r.state.phase == phase; });
        if (v == u"due")
            return reviewTerm([](const CardReviewFacts &r) { return r.isDue; });
        return fail(token,
            QStringLiteral(
                "unknown 'is:%1' — use is:new, is:learning, is:review, is:relearning or is:due")
                .arg(value));
    }

    NodePtr propertyTerm(const Token &token, const QString &spec)
    {
        static const QRegularExpression re(
            QStringLiteral("^([a-z]+)(<=|>=|!=|==|<|>|=)(-?[0-9]*\\.?[0-9]+)$"));
        const QRegularExpressionMatch m = re.match(spec.toLower());
        if (!m.hasMatch())
            return fail(
                token, QStringLiteral("'prop:%1' is not a comparison like prop:s>10").arg(spec));
        const QString property = m.captured(1);
        const QString op = m.captured(2);
        const double target = m.captured(3).toDouble();
        using Facts = const CardReviewFacts &;
        using Property = double (*)(Facts);
        // A table reads best one row a line.
        // clang-format off
        static const QHash<QString, Property> properties = {
            {QStringLiteral("s"), [](Facts r) { return r.state.stability; }},
            {QStringLiteral("d"), [](Facts r) { return r.state.difficulty; }},
            {QStringLiteral("r"), [](Facts r) { return r.retrievability; }},
            {QStringLiteral("lapses"), [](Facts r) { return double(r.state.lapses); }},
            {QStringLiteral("reps"), [](Facts r) { return double(r.state.reps); }},
            {QStringLiteral("ivl"), [](Facts r) { return double(r.state.scheduledDays); }},
        };
        // clang-format on
        if (property == u"wb" || property == u"wblast")
            return whiteboardTerm(token, property == u"wb", op, target);
        const Property value = properties.value(property);
        if (!value)
            return fail(token,
                QStringLiteral(
                    "unknown property '%1' — use s, d, r, lapses, reps, ivl, wb or wblast")
                    .arg(property));
        return reviewTerm([value, op, target](
                              const CardReviewFacts &r) { return compare(value(r), op, target); });
    }

    /// prop:wb (the best score) and prop:wblast (the last one). A card never drawn has neither:
    /// no comparison matches it, so `prop:wb<0.8` finds the cards you draw worst, not the ones
    /// you have not tried.
    NodePtr whiteboardTerm(const Token &token, bool best, const QString &op, double target)
    {
        if (target < 0 || target > 1)
            return fail(token,
                QStringLiteral("'%1' compares a score from 0 to 1, like prop:%2<0.8")
                    .arg(token.text, best ? QStringLiteral("wb") : QStringLiteral("wblast")));
        return term([best, op, target](const CardQueryInput &in) {
            return in.whiteboard
                && compare(best ? in.whiteboard->best : in.whiteboard->last, op, target);
        });
    }

    const std::vector<Token> &m_tokens;
    const CardQuery::ReviewStates m_reviewStates;
    size_t m_at = 0;
};

bool evaluate(const Node &node, const CardQueryInput &input)
{
    switch (node.type) {
    case Node::Type::Term:
        return node.test(input);
    case Node::Type::Not:
        return !evaluate(*node.children.front(), input);
    case Node::Type::And:
        for (const NodePtr &child : node.children)
            if (!evaluate(*child, input))
                return false;
        return true;
    case Node::Type::Or:
        for (const NodePtr &child : node.children)
            if (evaluate(*child, input))
                return true;
        return false;
    }
    return false;
}

} // namespace

CardReviewFacts CardReviewFacts::at(
    const SchedulingState &state, const QDateTime &now, const FsrsScheduler &scheduler)
{
    const bool due = state.phase != CardPhase::New && state.due.isValid() && state.due <= now;
    return {state, scheduler.retrievability(state, now), due};
}

Diagnostic CardQueryError::toDiagnostic() const
{
    return Diagnostic::error({}, 0, message, int(start) + 1);
}

CardQuery::CardQuery() = default;
CardQuery::~CardQuery() = default;
CardQuery::CardQuery(CardQuery &&) noexcept = default;
CardQuery &CardQuery::operator=(CardQuery &&) noexcept = default;

CardQuery CardQuery::parse(const QString &text, ReviewStates reviewStates)
{
    CardQuery query;
    Tokens tokens = tokenize(text);
    if (tokens.error) {
        query.m_error = tokens.error;
        return query;
    }
    if (tokens.tokens.empty())
        return query;
    Parser parser(tokens.tokens, reviewStates);
    NodePtr root = parser.parseQuery();
    if (parser.error)
        query.m_error = parser.error;
    else
        query.m_root = std::move(root);
    return query;
}

bool CardQuery::matches(const CardQueryInput &input) const
{
    if (m_error)
        return false;
    return !m_root || evaluate(*m_root, input);
}

QString CardQuery::searchText(const Card &card)
{
    QString text = card.title + u'\n' + card.answer + u'\n' + card.tags.join(u' ');
    for (const FollowUp &followUp : card.followUps)
        text += u'\n' + followUp.question + u'\n' + followUp.answer;
    return normalized(text);
}

QString CardQuery::normalized(const QString &text)
{
    // Compatibility decomposition: "é" → "e" + a combining accent, "ﬁ" → "fi".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == u'\u2019')
            continue; // accents and apostrophes join: "café" → "cafe", "don't" → "dont"
        if (!c.isLetterOrNumber()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result += u' ';
        pendingSpace = false;
        result += c.toCaseFolded();
    }
    return result;
}

} // namespace ArchDeck

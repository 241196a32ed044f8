#include "cardquery.h"

#include <QRegularExpression>

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

struct Token
{
    enum class Kind { Word, Phrase, Or, Open, Close } kind = Kind::Word;
    QString text;
    bool negated = false;
};

/// Splits the query into words, "phrases" (also key:"quoted value"), 'or', '(' and ')'.
bool tokenize(const QString &text, std::vector<Token> &tokens, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.push_back(
                {c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close, {}, false});
            ++i;
            continue;
        }
        Token token;
        if (c == QLatin1Char('-') && i + 1 < n && !text.at(i + 1).isSpace()) {
            token.negated = true;
            ++i;
        }
        QString word;
        bool quoted = false;
        const bool startsQuoted
            = i < n && text.at(i) == QLatin1Char('"'); // "a phrase", not key:"value"
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char(')')
            && !(text.at(i) == QLatin1Char('(') && word.isEmpty())) {
            if (text.at(i) == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0) {
                    *error = QStringLiteral("a quote is not closed");
                    return false;
                }
                word += text.mid(i + 1, close - i - 1);
                quoted = true;
                i = close + 1;
                continue;
            }
            word += text.at(i++);
        }
        if (!quoted && !token.negated
            && word.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0) {
            tokens.push_back({Token::Kind::Or, {}, false});
            continue;
        }
        token.kind = startsQuoted ? Token::Kind::Phrase : Token::Kind::Word;
        token.text = word;
        tokens.push_back(token);
    }
    return true;
}

NodePtr term(std::function<bool(const CardQueryInput &)> test)
{
    auto node = std::make_unique<Node>();
    node->test = std::move(test);
    return node;
}

bool compare(double value, const QString &op, double target)
{
    if (op == QLatin1String("<"))
        return value < target;
    if (op == QLatin1String("<="))
        return value <= target;
    if (op == QLatin1String(">"))
        return value > target;
    if (op == QLatin1String(">="))
        return value >= target;
    if (op == QLatin1String("!="))
        return std::abs(value - target) > 1e-9;
    return std::abs(value - target) <= 1e-9; // "=" or "=="
}

NodePtr propertyTerm(const QString &spec, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z]+)(<=|>=|!=|==|<|>|=)(-?[0-9]*\\.?[0-9]+)$"));
    const QRegularExpressionMatch m = re.match(spec.toLower());
    if (!m.hasMatch()) {
        *error = QStringLiteral("'prop:%1' is not a comparison like prop:s>10").arg(spec);
        return nullptr;
    }
    const QString property = m.captured(1);
    const QString op = m.captured(2);
    const double target = m.captured(3).toDouble();
    std::function<double(const CardQueryInput &)> value;
    if (property == QLatin1String("s"))
        value = [](const CardQueryInput &in) {
            return in.state.stability;
        };
    else if (property == QLatin1String("d"))
        value = [](const CardQueryInput &in) {
            return in.state.difficulty;
        };
    else if (property == QLatin1String("r"))
        value = [](const CardQueryInput &in) {
            return in.retrievability;
        };
    else if (property == QLatin1String("lapses"))
        value = [](const CardQueryInput &in) {
            return double(in.state.lapses);
        };
    else if (property == QLatin1String("reps"))
        value = [](const CardQueryInput &in) {
            return double(in.state.reps);
        };
    else if (property == QLatin1String("ivl"))
        value = [](const CardQueryInput &in) {
            return double(in.state.scheduledDays);
        };
    else {
        *error = QStringLiteral("unknown property '%1' — use s, d, r, lapses, reps or ivl")
                     .arg(property);
        return nullptr;
    }
    return term(
        [value, op, target](const CardQueryInput &in) { return compare(value(in), op, target); });
}

NodePtr isTerm(const QString &value, QString *error)
{
    const QString v = value.toLower();
    const struct
    {
        const char *name;
        CardPhase phase;
    } phases[] = {{"new", CardPhase::New}, {"learning", CardPhase::Learning},
        {"review", CardPhase::Review}, {"relearning", CardPhase::Relearning}};
    for (const auto &p : phases)
        if (v == QLatin1String(p.name))
            return term(
                [phase = p.phase](const CardQueryInput &in) { return in.state.phase == phase; });
    if (v == QLatin1String("due"))
        return term([](const CardQueryInput &in) { return in.isDue; });
    *error = QStringLiteral(
        "unknown 'is:%1' — use is:new, is:learning, is:review, is:relearning or is:due")
                 .arg(value);
    return nullptr;
}

NodePtr wordTerm(const Token &token, QString *error)
{
    const QString text = token.text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (token.kind == Token::Kind::Word && colon > 0) {
        const QString key = text.left(colon).toLower();
        const QString value = text.mid(colon + 1);
        if (value.isEmpty()) {
            *error = QStringLiteral("'%1:' needs a value").arg(key);
            return nullptr;
        }
        if (key == QLatin1String("section"))
            return term([v = value.toLower()](const CardQueryInput &in) {
                return in.card.section.toLower().contains(v);
            });
        if (key == QLatin1String("tag"))
            return term([v = value.toLower()](
                            const CardQueryInput &in) { return in.card.tags.contains(v); });
        if (key == QLatin1String("is"))
            return isTerm(value, error);
        if (key == QLatin1String("prop"))
            return propertyTerm(value, error);
        if (key == QLatin1String("id"))
            return term(
                [v = value.toLower()](const CardQueryInput &in) { return in.card.id.contains(v); });
        // A colon in an ordinary word ("http://…", "10:30") is searched as text; a word-like key
        // that we do not know is most likely a typo worth pointing out.
        static const QRegularExpression keyLike(QStringLiteral("^[a-z]{2,12}$"));
        if (keyLike.match(key).hasMatch() && !value.startsWith(QLatin1String("//"))) {
            *error
                = QStringLiteral("unknown search key '%1:' — use section:, tag:, is:, prop: or id:")
                      .arg(key);
            return nullptr;
        }
    }
    if (text.isEmpty())
        return term([](const CardQueryInput &) { return true; });
    return term(
        [v = text.toLower()](const CardQueryInput &in) { return in.searchText.contains(v); });
}

/// Recursive descent: or-expression := and-expression ('or' and-expression)*
class Parser
{
public:
    Parser(const std::vector<Token> &tokens, QString *error)
        : m_tokens(tokens)
        , m_error(error)
    { }

    NodePtr parseOr()
    {
        auto node = std::make_unique<Node>();
        node->type = Node::Type::Or;
        for (;;) {
            NodePtr branch = parseAnd();
            if (!branch)
                return nullptr;
            node->children.push_back(std::move(branch));
            if (m_at < m_tokens.size() && m_tokens[m_at].kind == Token::Kind::Or) {
                ++m_at;
                continue;
            }
            return node;
        }
    }

    bool atEnd() const { return m_at >= m_tokens.size(); }
    const Token *current() const { return atEnd() ? nullptr : &m_tokens[m_at]; }

private:
    NodePtr parseAnd()
    {
        auto node = std::make_unique<Node>();
        node->type = Node::Type::And;
        while (!atEnd() && m_tokens[m_at].kind != Token::Kind::Or
            && m_tokens[m_at].kind != Token::Kind::Close) {
            NodePtr child = parseTerm();
            if (!child)
                return nullptr;
            node->children.push_back(std::move(child));
        }
        if (node->children.empty()) {
            *m_error = QStringLiteral("'or' needs a search term on each side");
            return nullptr;
        }
        return node;
    }

    NodePtr parseTerm()
    {
        const Token &token = m_tokens[m_at++];
        if (token.kind == Token::Kind::Open) {
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (atEnd() || m_tokens[m_at].kind != Token::Kind::Close) {
                *m_error = QStringLiteral("a '(' is not closed");
                return nullptr;
            }
            ++m_at;
            return inner;
        }
        NodePtr node = wordTerm(token, m_error);
        if (!node || !token.negated)
            return node;
        auto negation = std::make_unique<Node>();
        negation->type = Node::Type::Not;
        negation->children.push_back(std::move(node));
        return negation;
    }

    const std::vector<Token> &m_tokens;
    QString *m_error;
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

CardQuery::CardQuery() = default;
CardQuery::~CardQuery() = default;
CardQuery::CardQuery(CardQuery &&) noexcept = default;
CardQuery &CardQuery::operator=(CardQuery &&) noexcept = default;

CardQuery CardQuery::parse(const QString &text, QString *error)
{
    QString problem;
    CardQuery query;
    std::vector<Token> tokens;
    if (tokenize(text, tokens, &problem) && !tokens.empty()) {
        Parser parser(tokens, &problem);
        NodePtr root = parser.parseOr();
        if (root && !parser.atEnd())
            problem = QStringLiteral("a ')' has no matching '('");
        else if (root)
            query.m_root = std::move(root);
    }
    if (!problem.isEmpty())
        query.m_root.reset();
    if (error)
        *error = problem;
    return query;
}

bool CardQuery::matches(const CardQueryInput &input) const
{
    return !m_root || evaluate(*m_root, input);
}

} // namespace ArchDeck

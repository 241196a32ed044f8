#include "quickadd.h"

#include "diagramdiff.h"
#include "diagramedits.h"
#include "diagramkinds.h"

#include <QHash>

namespace ArchDeck::QuickAdd {

namespace {

/// The kind spelled closest to `typed` (at most two edits away), for "did you mean".
QString nearestKind(const QString &typed)
{
    const auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                    diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    QString best;
    int bestDistance = 3;
    for (const QString &name : DiagramKinds::nodeKindNames()) {
        const int d = name.startsWith(typed) ? 1 : distance(typed, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}

class Parser
{
public:
    Parser(const QString &text, bool directed)
        : m_text(text)
        , m_arrow(directed ? QStringLiteral("->") : QStringLiteral("--"))
        , m_kinds(DiagramKinds::nodeKindNames())
    { }

    Result<Plan> run()
    {
        Plan plan;
        while (!atEnd()) {
            skipSpaces();
            if (atEnd())
                break;
            if (peekSeparator()) {
                advance();
                continue;
            }
            QList<Term> chain;
            if (!readChain(chain))
                return Result<Plan>::failure(m_diagnostics);
            plan.append(chain);
        }
        return Result<Plan>::success(plan);
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool peekSeparator() const { return peek() == u';' || peek() == u'\n'; }
    bool peekArrow() const { return m_text.mid(m_pos, 2) == m_arrow; }
    bool peekAnyArrow() const
    {
        const QStringView next = QStringView(m_text).mid(m_pos, 2);
        return next == u"->" || next == u"--";
    }

    void advance()
    {
        if (peek() == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    void skipSpaces()
    {
        while (!atEnd() && peek() != u'\n' && peek().isSpace())
            ++m_pos;
    }

    int column() const { return int(m_pos - m_lineStart) + 1; }

    bool fail(const QString &message, int column)
    {
        m_diagnostics.append(Diagnostic::error(QString(), m_line, message, column));
        return false;
    }

    bool readChain(QList<Term> &chain)
    {
        for (;;) {
            Term term;
            if (!readTerm(term))
                return false;
            chain.append(term);
            skipSpaces();
            if (atEnd() || peekSeparator())
                return true;
            if (!peekArrow()) {
                const QString other = m_arrow == QLatin1String("->") ? QStringLiteral("--")
                                                                     : QStringLiteral("->");
                if (m_text.mid(m_pos, 2) == other)
                    return fail(QStringLiteral("this graph's edges are written '%1', not '%2'")
                                    .arg(m_arrow, other),
                        column());
                return fail(QStringLiteral("expected '%1' or the end, found '%2'")
                                .arg(m_arrow, QString(peek())),
                    column());
            }
            m_pos += 2;
            skipSpaces();
            if (atEnd() || peekSeparator() || peekArrow())
                return fail(QStringLiteral("expected a name after '%1'").arg(m_arrow), column());
        }
    }

    bool readTerm(Term &term)
    {
        term.column = column();
        if (peek() == u'"') {
            ++m_pos;
            const qsizetype close = m_text.indexOf(u'"', m_pos);
            const qsizetype newline = m_text.indexOf(u'\n', m_pos);
            if (close < 0 || (newline >= 0 && newline < close))
                return fail(QStringLiteral("the quote is not closed"), term.column);
            term.name = m_text.mid(m_pos, close - m_pos).simplified();
            m_pos = close + 1;
            if (term.name.isEmpty())
                return fail(QStringLiteral("a quoted name is empty"), term.column);
        } else {
            // Spaces belong to the name ("orders service"): it ends at an arrow, ':', a quote or
            // the end of the chain.
            const qsizetype start = m_pos;
            while (!atEnd() && !peekSeparator() && !peekAnyArrow() && peek() != u':'
                && peek() != u'"')
                ++m_pos;
            term.name = m_text.mid(start, m_pos - start).simplified();
            if (term.name.isEmpty()) {
                if (peekAnyArrow())
                    return fail(QStringLiteral("expected a name before '%1'").arg(m_arrow),
                        term.column);
                return fail(QStringLiteral("expected a name, found '%1'").arg(QString(peek())),
                    term.column);
            }
        }
        if (peek() != u':')
            return true;
        ++m_pos;
        const int kindColumn = column();
        const qsizetype start = m_pos;
        while (!atEnd() && peek().isLetterOrNumber())
            ++m_pos;
        const QString kind = m_text.mid(start, m_pos - start).toLower();
        if (kind.isEmpty())
            return fail(QStringLiteral("expected a kind after ':' (%1)")
                            .arg(m_kinds.join(QStringLiteral(", "))),
                kindColumn);
        if (!m_kinds.contains(kind)) {
            const QString near = nearestKind(kind);
            return fail(near.isEmpty()
                    ? QStringLiteral("unknown kind '%1' (kinds: %2)")
                          .arg(kind, m_kinds.join(QStringLiteral(", ")))
                    : QStringLiteral("unknown kind '%1' — did you mean '%2'?").arg(kind, near),
                kindColumn);
        }
        term.kind = kind;
        return true;
    }

    const QString &m_text;
    const QString m_arrow;
    const QStringList m_kinds;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    Diagnostics m_diagnostics;
};

/// A label as a reader compares it: "Orders\nDB" → "orders db".
QString comparable(const QString &label)
{
    return DiagramDiff::readableLabel(label).toLower();
}

/// The existing node a typed name means: its id, else its label, ignoring case.
QString existingNode(const DiagramGraph &graph, const QString &name)
{
    const QString wanted = comparable(name);
    for (const DiagramNode &node : graph.nodes)
        if (node.id.compare(name, Qt::CaseInsensitive) == 0)
            return node.id;
    for (const DiagramNode &node : graph.nodes)
        if (!node.label().isEmpty() && comparable(node.label()) == wanted)
            return node.id;
    return {};
}

} // namespace

Result<Plan> parse(const QString &text, bool directed)
{
    return Parser(text, directed).run();
}

QString guessKind(const QString &name, const LabelSynonyms &synonyms)
{
    // The synonym table's word for a group → the node kind that draws it.
    static const QHash<QString, QString> kindOfWord = [] {
        QHash<QString, QString> map;
        for (const QString &kind : DiagramKinds::nodeKindNames())
            map.insert(kind, kind);
        const LabelSynonyms &builtIn = LabelSynonyms::builtIn();
        const auto alias = [&](const char *phrase, const char *kind) {
            for (const QString &word : builtIn.tokens(QString::fromUtf8(phrase)))
                map.insert(word, QString::fromUtf8(kind));
        };
        alias("load balancer", "loadbalancer");
        alias("dns", "loadbalancer");
        alias("dlq", "queue");
        alias("cdn", "gateway");
        alias("monitoring", "monitor");
        alias("alarm", "monitor");
        alias("consumer", "worker");
        alias("relay", "worker");
        alias("job", "worker");
        alias("user", "actor");
        alias("team", "actor");
        alias("partner", "external");
        alias("third party", "external");
        alias("kubernetes", "service");
        alias("auth", "identity");
        alias("authorizer", "identity");
        alias("iam", "identity");
        alias("sts", "identity");
        alias("cognito", "identity");
        alias("idp", "identity");
        alias("secret", "secrets");
        alias("kms", "secrets");
        alias("vault", "secrets");
        alias("waf", "firewall");
        alias("shield", "firewall");
        alias("alias", "endpoint");
        alias("ring", "router");
        return map;
    }();
    QString kind;
    for (const QString &word : synonyms.tokens(name))
        if (const auto it = kindOfWord.constFind(word); it != kindOfWord.cend())
            kind = *it;
    return kind;
}

Result<DiagramGraph> apply(const DiagramGraph &graph, const QString &text,
    const LabelSynonyms &synonyms)
{
    const Result<Plan> plan = parse(text, graph.directed);
    if (!plan.isOk())
        return Result<DiagramGraph>::failure(plan.diagnostics);
    DiagramGraph result = graph;
    for (const QList<Term> &chain : plan.value) {
        QString previous;
        for (const Term &term : chain) {
            QString id = existingNode(result, term.name);
            if (id.isEmpty()) {
                DiagramNode node;
                node.id = DiagramEdits::newNodeId(result, term.name);
                QString kind = term.kind;
                if (kind.isEmpty())
                    kind = guessKind(term.name, synonyms);
                node.attributes.insert(QStringLiteral("kind"),
                    kind.isEmpty() ? QStringLiteral("service") : kind);
                node.attributes.insert(
                    QStringLiteral("label"), QString(term.name).replace(u'"', QLatin1String("\\\"")));
                result = DiagramEdits::addNode(result, node);
                id = node.id;
            } else if (!term.kind.isEmpty()) {
                result = DiagramEdits::setNodeAttribute(result, id, QStringLiteral("kind"), term.kind);
            }
            if (!previous.isEmpty()) {
                const bool exists = std::any_of(result.edges.cbegin(), result.edges.cend(),
                    [&](const DiagramEdge &e) { return e.tail == previous && e.head == id; });
                if (!exists)
                    result = DiagramEdits::addEdge(result, {previous, id, {}});
            }
            previous = id;
        }
    }
    return Result<DiagramGraph>::success(result);
}

} // namespace ArchDeck::QuickAdd

#include "slug.h"

#include <QRegularExpression>
#include <QSet>

namespace ArchDeck {

namespace {

QString slugify(const QString &text, int maxWords)
{
    // Words that say nothing about the topic ("How do you …", "… in practice?").
    static const QSet<QString> stopWords = [] {
        const QString words = QStringLiteral(
            "a an and are at between by can choose common do does e example for from g how "
            "in is it keep now of on or production steps the their then to vs what when "
            "which why with you your s need practice practical tips recommended real world "
            "we use should after due into best practices realistically across sudden "
            "real-world put help handle building design model ");
        const QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    // Words are split at spaces and slashes; a hyphenated word ("Multi-AZ") stays one word.
    static const QRegularExpression separators(QStringLiteral("[\\s/—–’']+"));
    static const QRegularExpression outsideWord(QStringLiteral("[^a-z0-9-]+"));
    QStringList words;
    const QStringList parts = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString word : parts) {
        word.remove(outsideWord);
        while (word.startsWith(QLatin1Char('-')))
            word.remove(0, 1);
        while (word.endsWith(QLatin1Char('-')))
            word.chop(1);
        if (word.isEmpty() || stopWords.contains(word))
            continue;
        words.append(word);
        if (words.size() == maxWords)
            break;
    }
    return words.join(QLatin1Char('-'));
}

} // namespace

QString plainTitle(const QString &markdownTitle)
{
    QString title = markdownTitle;
    static const QRegularExpression markup(QStringLiteral("\\*\\*|__|`"));
    title.remove(markup);
    return title.simplified();
}

QString slugForTitle(const QString &markdownTitle)
{
    static const QRegularExpression quoted(QStringLiteral("[“\"]([^”\"]{3,40})[”\"]"));
    const QRegularExpressionMatch quote = quoted.match(markdownTitle);
    if (quote.hasMatch()) {
        const QString slug = slugify(quote.captured(1), 4);
        if (!slug.isEmpty())
            return slug;
    }
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    QStringList boldTerms;
    for (auto it = bold.globalMatch(markdownTitle); it.hasNext();)
        boldTerms.append(it.next().captured(1));
    if (!boldTerms.isEmpty()) {
        const QString slug = slugify(boldTerms.join(QLatin1Char(' ')), 5);
        if (!slug.isEmpty())
            return slug;
    }
    const QString slug = slugify(plainTitle(markdownTitle), 3);
    return slug.isEmpty() ? QStringLiteral("card") : slug;
}

QString cardId(int number, const QString &markdownTitle)
{
    return QStringLiteral("q%1-%2")
        .arg(number, 2, 10, QLatin1Char('0'))
        .arg(slugForTitle(markdownTitle));
}

QStringList tagsFor(const QString &section, const QString &title, const QString &answer, int limit)
{
    struct Term
    {
        const char *pattern; // case-insensitive, matched on word boundaries
        const char *tag;
        bool isAws;
    };
    static const Term terms[] = {
        {"sqs", "sqs", true},
        {"sns", "sns", true},
        {"kinesis", "kinesis", true},
        {"msk|kafka", "kafka", false},
        {"eventbridge", "eventbridge", true},
        {"lambda", "lambda", true},
        {"ecs|fargate", "ecs", true},
        {"eks|kubernetes", "kubernetes", false},
        {"alb", "alb", true},
        {"nlb", "nlb", true},
        {"api ?gateway|api gw", "api-gateway", true},
        {"cloudfront", "cloudfront", true},
        {"route ?53", "route53", true},
        {"dynamodb", "dynamodb", true},
        {"aurora", "aurora", true},
        {"postgres(ql)?", "postgres", false},
        {"rds proxy", "rds-proxy", true},
        {"elasticache|redis", "redis", false},
        {"s3", "s3", true},
        {"opensearch|elasticsearch", "search", false},
        {"vpc", "vpc", true},
        {"iam", "iam", true},
        {"kms", "kms", true},
        {"secrets manager|secrets?", "secrets", false},
        {"waf", "waf", true},
        {"cloudwatch", "cloudwatch", true},
        {"x-ray|opentelemetry|tracing|trace", "tracing", false},
        {"outbox", "outbox", false},
        {"sagas?", "saga", false},
        {"idempoten\\w*", "idempotency", false},
        {"dlqs?|dead-letter", "dlq", false},
        {"retries|retry", "retries", false},
        {"circuit ?breakers?|breaker", "circuit-breaker", false},
        {"bulkheads?", "bulkhead", false},
        {"backpressure", "backpressure", false},
        {"eventual(ly)? consisten\\w*|strong(ly)? consisten\\w*", "consistency", false},
        {"cach(e|es|ing)", "caching", false},
        {"canary", "canary", false},
        {"blue/green", "blue-green", false},
        {"feature flags?", "feature-flags", false},
        {"pagination|paginat\\w*", "pagination", false},
        {"schemas?", "schema", false},
        {"contracts?", "contracts", false},
        {"latency|p99", "latency", false},
        {"memory leak|heap", "memory", false},
        {"hot partition|hot keys?|shards?", "partitioning", false},
        {"cost|\\$\\$\\$", "cost", false},
        {"migrations?", "migrations", false},
        {"chaos|fault injection", "chaos", false},
        {"cdc", "cdc", false},
        {"throttl\\w*|rate limit\\w*", "rate-limiting", false},
        {"autoscal\\w*", "autoscaling", false},
        {"multi-region|multi-az", "disaster-recovery", false},
        {"grpc", "grpc", false},
        {"webhooks?|polling", "async-api", false},
        {"conway", "team-topology", false},
        {"strangler", "strangler-fig", false},
        {"golden paths?|paved road", "platform", false},
        {"terraform|cdk|infra as code", "iac", false},
        {"pact", "contract-testing", false},
        {"timeouts?", "timeouts", false},
        {"connection pool\\w*|pooling", "connection-pooling", false},
    };

    QStringList tags;
    auto add = [&tags](const QString &tag) {
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    };
    // The section's first word names its theme: "Messaging, Events & Data" → "messaging".
    add(slugify(section, 1));

    const QString texts[] = {title, answer};
    QStringList found;
    bool aws = false;
    for (const QString &text : texts) {
        QList<QPair<qsizetype, QString>> hits;
        for (const Term &term : terms) {
            const QRegularExpression re(
                QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(QLatin1String(term.pattern)),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = re.match(text);
            if (match.hasMatch()) {
                hits.append({match.capturedStart(), QLatin1String(term.tag)});
                aws = aws || term.isAws;
            }
        }
        std::sort(hits.begin(), hits.end());
        for (const auto &hit : std::as_const(hits))
            if (!found.contains(hit.second))
                found.append(hit.second);
    }
    if (aws)
        add(QStringLiteral("aws"));
    for (const QString &tag : std::as_const(found)) {
        if (tags.size() >= limit)
            break;
        add(tag);
    }
    return tags;
}

} // namespace ArchDeck

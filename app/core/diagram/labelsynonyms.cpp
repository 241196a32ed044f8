#include "labelsynonyms.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

// First phrase of a group is the word its members become; groups sharing a phrase merge, so
// "database" below gathers every store of record.
const char *const builtInGroups[] = {
    "queue = sqs = sqs queue = message queue = mq = rabbitmq",
    "dlq = dead letter queue = dead-letter queue",
    "topic = sns = sns topic = event bus = eventbridge = pub sub = pubsub",
    "stream = kafka = kinesis = kafka topic = kinesis stream = event stream = data stream "
    "= dynamodb stream = change stream",
    "database = db = datastore = data store = store of record = postgres = postgresql "
    "= aurora = dynamodb = dynamo = rds = mysql = table",
    "cache = redis = elasticache = memcached = dax",
    "storage = s3 = bucket = s3 bucket = object storage = object store = blob storage "
    "= blob store",
    "function = lambda = lambda function = fn = serverless function",
    "load balancer = lb = alb = nlb = elb = application load balancer "
    "= network load balancer = balancer",
    "gateway = api gateway = api gw = apigw = gw = ingress",
    "worker = consumer = background worker",
    "service = svc = microservice = micro service",
    "client = browser = web client = frontend = front end = web app",
    "monitoring = monitor = cloudwatch = observability",
    "scheduler = cron = schedule = eventbridge schedule = eventbridge scheduler",
    "cdn = cloudfront = content delivery network",
    "dns = route 53 = route53",
    "kubernetes = k8s = eks",
    "auth = authentication = authn",
};

/// Light English plural: "orders" → "order", "queries" → "query", "addresses" → "address";
/// "redis", "status", "kinesis" stay.
QString singular(const QString &word)
{
    if (word.size() > 4 && word.endsWith(u"ies"))
        return word.chopped(3) + u'y';
    if (word.size() > 4 && word.endsWith(u"sses"))
        return word.chopped(2);
    if (word.size() > 2 && word.endsWith(u's') && !word.endsWith(u"ss") && !word.endsWith(u"us")
        && !word.endsWith(u"is"))
        return word.chopped(1);
    return word;
}

/// "APIGateway" → ["API", "Gateway"], "orderService" → ["order", "Service"]; a plural acronym
/// stays whole ("DBs").
QStringList splitCamelCase(const QString &word)
{
    QStringList parts;
    int start = 0;
    for (int i = 1; i < word.size(); ++i) {
        const bool lowerToUpper = word[i - 1].isLower() && word[i].isUpper();
        const bool acronymEnd = word[i - 1].isUpper() && word[i].isUpper() && i + 1 < word.size()
            && word[i + 1].isLower() && word.mid(i + 1) != u"s"_s;
        if (lowerToUpper || acronymEnd) {
            parts << word.mid(start, i - start);
            start = i;
        }
    }
    parts << word.mid(start);
    return parts;
}

/// Words as written: DOT escapes (\n, \l, \r) and everything but letters and digits separate.
QStringList rawWords(const QString &text)
{
    QString spaced = text;
    spaced.replace(u"\\n"_s, u" "_s).replace(u"\\l"_s, u" "_s).replace(u"\\r"_s, u" "_s);
    for (QChar &c : spaced)
        if (!c.isLetterOrNumber())
            c = u' ';
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

QString normalizedWord(const QString &word)
{
    return singular(word.toCaseFolded());
}

double wordWeight(const QString &word)
{
    // Compared after normalising ("aws" as the plural rule leaves it); short lists, so a scan
    // beats hashing every word.
    static const char16_t *const filler[]
        = {u"the", u"a", u"an", u"of", u"to", u"for", u"and", u"in", u"on", u"with", u"via"};
    static const char16_t *const generic[]
        = {u"service", u"api", u"app", u"server", u"system", u"aw", u"amazon"};
    for (const char16_t *w : filler)
        if (word == QStringView(w))
            return 0;
    for (const char16_t *w : generic)
        if (word == QStringView(w))
            return 0.5;
    return 1;
}

bool withinOneEdit(const QString &a, const QString &b)
{
    if (std::abs(a.size() - b.size()) > 1)
        return false;
    int i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    // After the first difference the rest must agree, shifted by the edit.
    const QStringView restA = QStringView(a).mid(i), restB = QStringView(b).mid(i);
    if (a.size() == b.size())
        return restA.mid(1) == restB.mid(1);
    return a.size() > b.size() ? restA.mid(1) == restB : restA == restB.mid(1);
}

double wordMatch(const QString &a, const QString &b)
{
    if (a == b)
        return 1;
    if (a.size() < 5 || b.size() < 5)
        return 0;
    int common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common])
        ++common;
    return common >= 5 || withinOneEdit(a, b) ? 0.8 : 0;
}

} // namespace

const LabelSynonyms &LabelSynonyms::builtIn()
{
    static const LabelSynonyms synonyms = [] {
        LabelSynonyms s;
        for (const char *line : builtInGroups)
            s.add(fromText(QString::fromUtf8(line)).value);
        return s;
    }();
    return synonyms;
}

Result<LabelSynonyms> LabelSynonyms::fromText(const QString &text, const QString &fileName)
{
    Result<LabelSynonyms> result;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = i + 1;
        QStringList phrases = line.split(u'=');
        for (QString &phrase : phrases)
            phrase = phrase.trimmed();
        if (phrases.size() < 2) {
            result.diagnostics << Diagnostic::error(fileName, lineNumber,
                u"expected two or more phrases separated by '=', as in \"SQS = queue\""_s);
        } else if (std::any_of(phrases.cbegin(), phrases.cend(),
                       [](const QString &p) { return rawWords(p).isEmpty(); })) {
            result.diagnostics << Diagnostic::error(fileName, lineNumber,
                u"a phrase between '=' signs is empty (it needs a letter or digit)"_s);
        } else {
            result.value.addGroup(phrases);
        }
    }
    return result;
}

void LabelSynonyms::addGroup(const QStringList &phrases)
{
    // Each phrase under its camelCase-split form and, for one-word phrases, whole as well, so
    // "DynamoDB" finds "dynamodb" and "Dynamo DB" alike.
    QStringList keys;
    for (const QString &phrase : phrases) {
        QStringList split;
        const QStringList raw = rawWords(phrase);
        for (const QString &word : raw)
            for (const QString &part : splitCamelCase(word))
                split << normalizedWord(part);
        keys << split.join(u' ');
        if (raw.size() == 1)
            keys << normalizedWord(raw.first());
        if (split.size() > 1) {
            int &longest = m_longestPhraseFrom[split.first()];
            longest = std::max(longest, int(split.size()));
        }
    }
    QString canonical;
    for (const QString &key : std::as_const(keys)) {
        const QString existing = m_canonical.value(key);
        if (existing.isEmpty())
            continue;
        if (canonical.isEmpty())
            canonical = existing;
        else if (existing != canonical)
            for (QString &value : m_canonical)
                if (value == existing)
                    value = canonical;
    }
    if (canonical.isEmpty())
        canonical = keys.first();
    for (const QString &key : std::as_const(keys))
        m_canonical.insert(key, canonical);
    m_groups << phrases;
}

void LabelSynonyms::add(const LabelSynonyms &other)
{
    for (const QStringList &group : other.m_groups)
        addGroup(group);
}

QStringList LabelSynonyms::words(const QString &text) const
{
    QStringList result;
    for (const QString &word : rawWords(text)) {
        const QString whole = normalizedWord(word);
        const bool camelCase
            = std::any_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); });
        if (!camelCase || m_canonical.contains(whole)) {
            result << whole;
            continue;
        }
        for (const QString &part : splitCamelCase(word))
            result << normalizedWord(part);
    }
    return result;
}

LabelSynonyms::Tokens LabelSynonyms::read(const QString &label) const
{
    const QStringList input = words(label);
    Tokens read;
    const auto addWord = [&read](const QString &word) {
        if (read.words.contains(word)) // a word set: "SQS queue" is one queue
            return;
        read.words << word;
        read.weights << wordWeight(word);
        read.totalWeight += read.weights.last();
    };
    for (int i = 0; i < input.size();) {
        // Most words start no phrase of several words: one look-up each.
        int length = std::min(m_longestPhraseFrom.value(input[i], 1), int(input.size()) - i);
        for (; length > 0; --length) {
            const auto found
                = m_canonical.constFind(length == 1 ? input[i] : input.mid(i, length).join(u' '));
            if (found != m_canonical.cend()) {
                addWord(*found);
                break;
            }
        }
        if (length == 0) {
            addWord(input[i]);
            length = 1;
        }
        i += length;
    }
    return read;
}

double LabelSynonyms::similarity(const Tokens &a, const Tokens &b)
{
    const double total = a.totalWeight + b.totalWeight;
    if (total == 0)
        return 0;
    // Greedy pairing: labels are a few words long, so the best partner per word is enough.
    QVarLengthArray<bool, 16> used(b.words.size(), false);
    double shared = 0;
    for (int i = 0; i < a.words.size(); ++i) {
        int best = -1;
        double bestMatch = 0;
        for (int j = 0; j < b.words.size(); ++j) {
            const double match = used[j] ? 0 : wordMatch(a.words[i], b.words[j]);
            if (match > bestMatch) {
                bestMatch = match;
                best = j;
            }
        }
        if (best >= 0) {
            used[best] = true;
            shared += bestMatch * (a.weights[i] + b.weights[best]);
        }
    }
    return shared / total;
}

} // namespace ArchDeck

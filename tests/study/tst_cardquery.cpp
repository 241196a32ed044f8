// The card search language (browser and study filter): every operator, combinations, how text is
// normalized, and the errors it reports with their place in the query.
#include "cardquery.h"
#include "fsrsscheduler.h"

#include <QTest>

using namespace ArchDeck;

namespace {

struct Sample
{
    Card card;
    SchedulingState state;
    double retrievability;
    bool due;
    std::optional<WhiteboardScore> whiteboard; ///< never drawn when empty
};

/// Three cards: a new messaging card (never drawn), a mature review card (drawn well, then less
/// well), a lapsing relearning card (drawn once, half right).
QList<Sample> samples()
{
    Sample a;
    a.card.id = QStringLiteral("q12-retries-dlqs");
    a.card.section = QStringLiteral("Messaging, Events & Data");
    a.card.title = QStringLiteral("How do you handle retries and DLQs in practice?");
    a.card.answer = QStringLiteral(
        "Configure redrive policies, use visibility timeouts sized to processing time.");
    a.card.tags = {QStringLiteral("messaging"), QStringLiteral("sqs"), QStringLiteral("dlq")};
    a.state.phase = CardPhase::New;
    a.retrievability = 0;
    a.due = true;

    Sample b;
    b.card.id = QStringLiteral("q07-lambda-ecs-fargate-eks");
    b.card.section = QStringLiteral("AWS Building Blocks");
    b.card.title = QStringLiteral("Choose between Lambda, ECS/Fargate, and EKS.");
    b.card.answer = QStringLiteral("Lambda: bursty, event-driven. EKS: Kubernetes ecosystem.");
    b.card.tags = {QStringLiteral("aws"), QStringLiteral("lambda"), QStringLiteral("compute")};
    b.state.phase = CardPhase::Review;
    b.state.stability = 42.5;
    b.state.difficulty = 3.2;
    b.state.reps = 6;
    b.state.scheduledDays = 40;
    b.retrievability = 0.95;
    b.due = false;
    b.whiteboard = WhiteboardScore {0.9, 0.6, 3, {}};

    Sample c;
    c.card.id = QStringLiteral("q21-incident-sqs-dlq");
    c.card.section = QStringLiteral("Observability & Prod Debugging");
    c.card.title = QStringLiteral("Real-world incident: SQS DLQ growing fast");
    c.card.answer
        = QStringLiteral("Slow producers, inspect poison messages, reprocess the DLQ in batches.");
    c.card.tags = {QStringLiteral("observability"), QStringLiteral("sqs"), QStringLiteral("dlq")};
    c.state.phase = CardPhase::Relearning;
    c.state.stability = 4.0;
    c.state.difficulty = 7.5;
    c.state.lapses = 3;
    c.state.reps = 9;
    c.retrievability = 0.72;
    c.due = true;
    c.whiteboard = WhiteboardScore {0.5, 0.5, 1, {}};
    return {a, b, c};
}

/// The ids (first three letters) of the samples `query` matches, in sample order.
QString matching(const CardQuery &query, CardQuery::ReviewStates states)
{
    QStringList ids;
    for (const Sample &s : samples()) {
        const QString text = CardQuery::searchText(s.card);
        const CardReviewFacts facts {s.state, s.retrievability, s.due};
        const bool reviewable = states == CardQuery::ReviewStates::Available;
        const WhiteboardScore *drawn = s.whiteboard ? &*s.whiteboard : nullptr;
        if (query.matches(
                {s.card, text, reviewable ? &facts : nullptr, reviewable ? drawn : nullptr}))
            ids.append(s.card.id.left(3));
    }
    return ids.join(QLatin1Char(' '));
}

QString matching(const QString &query)
{
    const CardQuery parsed = CardQuery::parse(query);
    if (parsed.hasError())
        return QStringLiteral("error: ") + parsed.error()->message;
    return matching(parsed, CardQuery::ReviewStates::Available);
}

} // namespace

class TestCardQuery : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void punctuationAndCase_data();
    void punctuationAndCase();
    void normalized_data();
    void normalized();
    void errors_data();
    void errors();
    void errorMatchesNothing();
    void reviewTermsNeedStates_data();
    void reviewTermsNeedStates();
    void cardsWithoutStateNeverMatchReviewTerms();
    void reviewFactsAt();
};

void TestCardQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ids");
    const auto row = [](const char *query, const char *ids) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(ids);
    };
    row("", "q12 q07 q21");
    row("   ", "q12 q07 q21");
    row("dlq", "q12 q21");
    row("DLQ", "q12 q21");
    row("dlq poison", "q21");
    row("\"visibility timeouts\"", "q12");
    row("\"timeouts visibility\"", "");
    row("-lambda", "q12 q21");
    row("sqs -\"poison messages\"", "q12");
    row("-(lambda or poison)", "q12");
    row("-(tag:sqs) dlq", "");
    row("section:messaging", "q12");
    row("section:\"AWS Building\"", "q07");
    row("section:events", "q12");
    row("tag:sqs", "q12 q21");
    row("tag:SQS", "q12 q21");
    row("tag:sq", "");
    row("is:new", "q12");
    row("is:review", "q07");
    row("is:relearning", "q21");
    row("is:learning", "");
    row("is:due", "q12 q21");
    row("-is:due", "q07");
    row("prop:s>10", "q07");
    row("prop:d<5", "q12 q07");
    row("prop:r<0.9", "q12 q21");
    row("prop:lapses>=2", "q21");
    row("prop:reps=0", "q12");
    row("prop:ivl>30", "q07");
    row("prop:s!=4", "q12 q07");
    // Whiteboard scores: best (wb) and last (wblast); a card never drawn matches no comparison.
    row("prop:wb<0.8", "q21");
    row("prop:wb<0.5", "");
    row("prop:wb<=0.5", "q21");
    row("prop:wb>0.5", "q07");
    row("prop:wb>=0.5", "q07 q21");
    row("prop:wb=0.9", "q07");
    row("prop:wb==0.5", "q21");
    row("prop:wb!=0.9", "q21");
    row("prop:wb>=0", "q07 q21");
    row("prop:wb<=1", "q07 q21");
    row("-prop:wb>=0", "q12");
    row("prop:WB<0.8", "q21");
    row("prop:wblast<0.8", "q07 q21");
    row("prop:wblast=0.6", "q07");
    row("prop:wblast>0.5", "q07");
    row("prop:wb>0.8 prop:wblast<0.8", "q07");
    row("prop:wb<0.8 or is:new", "q12 q21");
    row("lambda or poison", "q07 q21");
    row("lambda OR poison", "q07 q21");
    row("\"OR\"", "q21"); // quoted, "or" is text: "Real-world"
    row("tag:sqs is:new or tag:aws", "q12 q07");
    row("(tag:aws or tag:observability) prop:s>1", "q07 q21");
    row("id:q21", "q21");
    row("http://example.com", "");
    row("10:30", "");
    row("&", "q12 q07 q21"); // only punctuation: nothing to look for
}

void TestCardQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, ids);
    QCOMPARE(matching(query), ids);
}

void TestCardQuery::punctuationAndCase_data()
{
    // Card text and query are normalized the same way: hyphens, slashes, quotes and case do not
    // decide whether a card is found.
    QTest::addColumn<QString>("cardText");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    const auto row = [](const char *name, const char *text, const char *query, bool found) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(query) << found;
    };
    row("phrase finds hyphenated", "Use a dead-letter queue.", "\"dead letter\"", true);
    row("hyphenated finds spaced", "Use a dead letter queue.", "dead-letter", true);
    row("hyphenated finds hyphenated", "Use a dead-letter queue.", "dead-letter", true);
    row("quoted hyphenated finds spaced", "a dead letter queue", "\"dead-letter\"", true);
    row("at-least-once", "SQS delivers at least once.", "at-least-once", true);
    row("at least once", "SQS delivers at-least-once.", "\"at least once\"", true);
    row("phrase keeps order", "SQS delivers at-least-once.", "\"once least\"", false);
    row("slash", "Lambda, ECS/Fargate, EKS", "\"ecs fargate\"", true);
    row("slash in query", "on ECS Fargate", "ECS/Fargate", true);
    row("punctuated word is a phrase", "ECS and Fargate", "ECS/Fargate", false);
    row("case", "Kinesis Data Streams", "\"KINESIS data\"", true);
    row("markdown emphasis", "Make it **idempotent** first.", "\"it idempotent\"", true);
    row("line breaks", "retry with\nbackoff", "\"with backoff\"", true);
    row("apostrophe", "Don't retry forever.", "dont", true);
    row("curly apostrophe", "Don\u2019t retry forever.", "don't", true);
    row("accent", "a café queue", "cafe", true);
    row("numbers", "p99.9 latency", "p99.9", true);
    row("negated hyphenated", "Use a dead letter queue.", "-dead-letter", false);
    row("word still a substring", "idempotency keys", "idempot", true);
    row("different word", "dead-letter queue", "deadletter", false);
}

void TestCardQuery::punctuationAndCase()
{
    QFETCH(QString, cardText);
    QFETCH(QString, query);
    QFETCH(bool, found);
    Card card;
    card.id = QStringLiteral("q99-sample");
    card.answer = cardText;
    const QString text = CardQuery::searchText(card);
    const CardQuery parsed = CardQuery::parse(query);
    QVERIFY2(!parsed.hasError(), qPrintable(parsed.error().value_or(CardQueryError {}).message));
    QCOMPARE(parsed.matches({card, text, nullptr}), found);
}

void TestCardQuery::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    const auto row = [](const char *text, const char *normalized) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(normalized);
    };
    row("", "");
    row("  --  ", "");
    row("At-least-once (SQS)", "at least once sqs");
    row("ECS/Fargate, and EKS.", "ecs fargate and eks");
    row("  Dead   letter\n\tqueue ", "dead letter queue");
    row("Don't", "dont");
    row("Café — naïve", "cafe naive");
    row("snake_case `code`", "snake case code");
    row("p99.9 < 200ms", "p99 9 200ms");
}

void TestCardQuery::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QCOMPARE(CardQuery::normalized(text), normalized);
}

void TestCardQuery::errors_data()
{
    // Where the error is: the bad term, as start and length in the query text.
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    const auto row
        = [](const char *name, const char *query, int start, int length, const char *message) {
              QTest::newRow(name) << QString::fromUtf8(query) << start << length
                                  << QString::fromUtf8(message);
          };
    row("unknown property", "prop:x>1", 0, 8,
        "unknown property 'x' — use s, d, r, lapses, reps, ivl, wb or wblast");
    row("unknown property after words", "dlq  prop:x>1 retry", 5, 8,
        "unknown property 'x' — use s, d, r, lapses, reps, ivl, wb or wblast");
    row("whiteboard score as a percent", "prop:wb<80", 0, 10,
        "'prop:wb<80' compares a score from 0 to 1, like prop:wb<0.8");
    row("negated last score over 1", "tag:aws -prop:wblast>1.5", 8, 16,
        "'prop:wblast>1.5' compares a score from 0 to 1, like prop:wblast<0.8");
    row("negative whiteboard score", "prop:wb>-0.1", 0, 12,
        "'prop:wb>-0.1' compares a score from 0 to 1, like prop:wb<0.8");
    row("whiteboard without a number", "prop:wb", 0, 7,
        "'prop:wb' is not a comparison like prop:s>10");
    row("not a comparison", "prop:s", 0, 6, "'prop:s' is not a comparison like prop:s>10");
    row("unknown is", "tag:sqs is:old", 8, 6,
        "unknown 'is:old' — use is:new, is:learning, is:review, is:relearning or is:due");
    row("negated unknown is", "-is:old", 0, 7,
        "unknown 'is:old' — use is:new, is:learning, is:review, is:relearning or is:due");
    row("unknown key", "colour:red", 0, 10,
        "unknown search key 'colour:' — use section:, tag:, is:, prop: or id:");
    row("unknown key without value", "note:", 0, 5,
        "unknown search key 'note:' — use section:, tag:, is:, prop: or id:");
    row("empty value", "dlq tag:", 4, 4, "'tag:' needs a value");
    row("open quote", "dlq \"visibility", 4, 11, "a quote is not closed");
    row("open quote in value", "section:\"AWS", 0, 12, "a quote is not closed");
    row("dangling or", "dlq or", 4, 2, "'or' needs a search term on each side");
    row("leading or", "or dlq", 0, 2, "'or' needs a search term on each side");
    row("double or", "a or or b", 5, 2, "'or' needs a search term on each side");
    row("or before paren", "(a or) b", 3, 2, "'or' needs a search term on each side");
    row("open paren", "(sqs", 0, 1, "a '(' is not closed");
    row("open paren after words", "dlq (sqs or sns", 4, 1, "a '(' is not closed");
    row("lone open paren", "dlq (", 4, 1, "a '(' is not closed");
    row("negated open paren", "-(sqs", 0, 2, "a '(' is not closed");
    row("stray paren", "dlq)", 3, 1, "a ')' has no matching '('");
    row("leading paren", ") dlq", 0, 1, "a ')' has no matching '('");
    row("empty parens", "dlq ( ) sqs", 4, 3,
        "'( )' is empty — put search terms between the parentheses");
    row("inner error first", "(prop:q<1", 1, 8,
        "unknown property 'q' — use s, d, r, lapses, reps, ivl, wb or wblast");
}

void TestCardQuery::errors()
{
    QFETCH(QString, query);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(QString, message);
    const CardQuery parsed = CardQuery::parse(query);
    QVERIFY(parsed.hasError());
    QVERIFY(!parsed.isEmpty());
    const CardQueryError error = *parsed.error();
    QCOMPARE(error.message, message);
    QCOMPARE(error.start, start);
    QCOMPARE(error.length, length);
    QVERIFY(error.start + error.length <= query.size());

    const Diagnostic diagnostic = error.toDiagnostic();
    QVERIFY(diagnostic.isError());
    QCOMPARE(diagnostic.column, start + 1);
    QCOMPARE(diagnostic.message, message);
}

void TestCardQuery::errorMatchesNothing()
{
    // Not the words typed so far, not everything: a query with an error matches no card.
    for (const char *query : {"dlq prop:x>1", "(sqs", "sqs or", "\"dlq"}) {
        const CardQuery parsed = CardQuery::parse(QString::fromUtf8(query));
        QVERIFY2(parsed.hasError(), query);
        QCOMPARE(matching(parsed, CardQuery::ReviewStates::Available), QString());
    }
}

void TestCardQuery::reviewTermsNeedStates_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("result"); // ids, or "error: start length message"
    const auto row = [](const char *query, const char *result) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(result);
    };
    row("tag:sqs section:messaging", "q12");
    row("\"poison messages\" or -sqs", "q07 q21");
    row("is:due", "error: 0 6 is:due needs your review collection, which is not open");
    row("dlq -is:new", "error: 4 7 is:new needs your review collection, which is not open");
    row("tag:aws prop:s>10",
        "error: 8 9 prop:s>10 needs your review collection, which is not open");
    row("prop:wb<0.8", "error: 0 11 prop:wb<0.8 needs your review collection, which is not open");
    // A term that is wrong anyway says what is wrong with it first.
    row("is:old",
        "error: 0 6 unknown 'is:old' — use is:new, is:learning, is:review, "
        "is:relearning or is:due");
}

void TestCardQuery::reviewTermsNeedStates()
{
    QFETCH(QString, query);
    QFETCH(QString, result);
    const CardQuery parsed = CardQuery::parse(query, CardQuery::ReviewStates::Unavailable);
    const QString actual = parsed.hasError()
        ? QStringLiteral("error: %1 %2 %3")
              .arg(parsed.error()->start)
              .arg(parsed.error()->length)
              .arg(parsed.error()->message)
        : matching(parsed, CardQuery::ReviewStates::Unavailable);
    QCOMPARE(actual, result);
}

void TestCardQuery::cardsWithoutStateNeverMatchReviewTerms()
{
    // A reference page has no review state: is: and prop: never match it, and their negation
    // always does.
    const QList<Sample> all = samples();
    const Card &page = all.first().card;
    const QString text = CardQuery::searchText(page);
    const auto matchesPage = [&](const char *query) {
        return CardQuery::parse(QString::fromUtf8(query)).matches({page, text, nullptr});
    };
    QVERIFY(!matchesPage("is:new"));
    QVERIFY(!matchesPage("is:due"));
    QVERIFY(!matchesPage("prop:reps=0"));
    QVERIFY(!matchesPage("prop:wb>=0"));
    QVERIFY(!matchesPage("prop:wblast<=1"));
    QVERIFY(matchesPage("-prop:wb<0.8"));
    QVERIFY(matchesPage("-is:due"));
    QVERIFY(matchesPage("dlq"));
    QVERIFY(matchesPage("is:new or dlq"));
}

void TestCardQuery::reviewFactsAt()
{
    const FsrsScheduler scheduler;
    const QDateTime now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

    const CardReviewFacts fresh = CardReviewFacts::at({}, now, scheduler);
    QCOMPARE(fresh.state.phase, CardPhase::New);
    QCOMPARE(fresh.retrievability, 0.0);
    QVERIFY(!fresh.isDue);

    SchedulingState review;
    review.phase = CardPhase::Review;
    review.stability = 10;
    review.difficulty = 5;
    review.lastReview = now.addDays(-10);
    review.due = now.addDays(1);
    const CardReviewFacts notYet = CardReviewFacts::at(review, now, scheduler);
    QVERIFY(!notYet.isDue);
    QCOMPARE(notYet.retrievability, scheduler.retrievability(review, now));
    QVERIFY(notYet.retrievability > 0.85 && notYet.retrievability < 0.95); // ~90 % at S days
    QVERIFY(CardReviewFacts::at(review, review.due, scheduler).isDue); // due at its due time
}

QTEST_GUILESS_MAIN(TestCardQuery)
#include "tst_cardquery.moc"

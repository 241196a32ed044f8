// The card browser's search language: every operator, combinations, and the errors it reports.
#include "cardquery.h"

#include <QTest>

using namespace ArchDeck;

namespace {

struct Sample
{
    Card card;
    SchedulingState state;
    double retrievability;
    bool due;
};

/// Three cards: a new messaging card, a mature review card, a lapsing relearning card.
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
    return {a, b, c};
}

QString matching(const CardQuery &query)
{
    QStringList ids;
    for (const Sample &s : samples()) {
        const QString text = (s.card.title + QLatin1Char('\n') + s.card.answer + QLatin1Char('\n')
            + s.card.tags.join(QLatin1Char(' ')))
                                 .toLower();
        if (query.matches({s.card, s.state, text, s.retrievability, s.due}))
            ids.append(s.card.id.left(3));
    }
    return ids.join(QLatin1Char(' '));
}

} // namespace

class TestCardQuery : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void errors_data();
    void errors();
};

void TestCardQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ids");
    const auto row = [](const char *query, const char *ids) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromUtf8(ids);
    };
    row("", "q12 q07 q21");
    row("dlq", "q12 q21");
    row("DLQ", "q12 q21");
    row("dlq poison", "q21");
    row("\"visibility timeouts\"", "q12");
    row("\"timeouts visibility\"", "");
    row("-lambda", "q12 q21");
    row("sqs -\"poison messages\"", "q12");
    row("section:messaging", "q12");
    row("section:\"AWS Building\"", "q07");
    row("tag:sqs", "q12 q21");
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
    row("lambda or poison", "q07 q21");
    row("lambda OR poison", "q07 q21");
    row("tag:sqs is:new or tag:aws", "q12 q07");
    row("(tag:aws or tag:observability) prop:s>1", "q07 q21");
    row("id:q21", "q21");
    row("http://example.com", "");
}

void TestCardQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, ids);
    QString error;
    const CardQuery parsed = CardQuery::parse(query, &error);
    QCOMPARE(error, QString());
    QCOMPARE(matching(parsed), ids);
}

void TestCardQuery::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown property") << QStringLiteral(
        "prop:x>1") << QStringLiteral("unknown property 'x' — use s, d, r, lapses, reps or ivl");
    QTest::newRow("not a comparison") << QStringLiteral(
        "prop:s") << QStringLiteral("'prop:s' is not a comparison like prop:s>10");
    QTest::newRow("unknown is")
        << QStringLiteral("is:old")
        << QStringLiteral(
               "unknown 'is:old' — use is:new, is:learning, is:review, is:relearning or is:due");
    QTest::newRow("unknown key")
        << QStringLiteral("colour:red")
        << QStringLiteral("unknown search key 'colour:' — use section:, tag:, is:, prop: or id:");
    QTest::newRow("empty value") << QStringLiteral("tag:")
                                 << QStringLiteral("'tag:' needs a value");
    QTest::newRow("open quote") << QStringLiteral("\"visibility")
                                << QStringLiteral("a quote is not closed");
    QTest::newRow("dangling or") << QStringLiteral("dlq or")
                                 << QStringLiteral("'or' needs a search term on each side");
    QTest::newRow("open paren") << QStringLiteral("(dlq") << QStringLiteral("a '(' is not closed");
    QTest::newRow("stray paren") << QStringLiteral("dlq)")
                                 << QStringLiteral("a ')' has no matching '('");
}

void TestCardQuery::errors()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QString actual;
    const CardQuery parsed = CardQuery::parse(query, &actual);
    QCOMPARE(actual, error);
    QVERIFY(parsed.isEmpty());
}

QTEST_GUILESS_MAIN(TestCardQuery)
#include "tst_cardquery.moc"

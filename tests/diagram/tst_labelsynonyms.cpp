// LabelSynonyms — how the structural diff reads labels: case, punctuation, DOT line breaks,
// camelCase and plurals normalised, cloud product names mapped to what they are; how alike two
// labels are; and the user's synonym file, whose parser keeps good lines and names bad ones.
#include "labelsynonyms.h"

#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

class TestLabelSynonyms : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void similarity_data();
    void similarity();
    void synonymFile_data();
    void synonymFile();
    void groupsSharingAPhraseMerge();
};

void TestLabelSynonyms::tokens_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("SQS") << u"SQS"_s << QStringList {u"queue"_s};
    QTest::newRow("phrase and its synonym once")
        << u"SQS message queue"_s << QStringList {u"queue"_s};
    QTest::newRow("DB") << u"Orders DB"_s << QStringList {u"order"_s, u"database"_s};
    QTest::newRow("database") << u"orders database"_s << QStringList {u"order"_s, u"database"_s};
    QTest::newRow("DOT line break, hyphen")
        << u"Orders\\nDB"_s << QStringList {u"order"_s, u"database"_s};
    QTest::newRow("punctuation") << u"orders-db (primary)"_s
                                 << QStringList {u"order"_s, u"database"_s, u"primary"_s};
    QTest::newRow("camelCase product name whole") << u"DynamoDB"_s << QStringList {u"database"_s};
    QTest::newRow("product name split") << u"Dynamo DB"_s << QStringList {u"database"_s};
    QTest::newRow("camelCase id") << u"orderService"_s << QStringList {u"order"_s, u"service"_s};
    QTest::newRow("plural acronym") << u"Orders DBs"_s << QStringList {u"order"_s, u"database"_s};
    QTest::newRow("acronym in camelCase") << u"APIGateway"_s << QStringList {u"gateway"_s};
    QTest::newRow("API GW") << u"API GW"_s << QStringList {u"gateway"_s};
    QTest::newRow("ALB") << u"ALB"_s << QStringList {u"load balancer"_s};
    QTest::newRow("load balancers") << u"Load balancers"_s << QStringList {u"load balancer"_s};
    QTest::newRow("Redis is not a plural") << u"Redis"_s << QStringList {u"cache"_s};
    QTest::newRow("plural ies") << u"Retry policies"_s << QStringList {u"retry"_s, u"policy"_s};
    QTest::newRow("Kafka topic is a stream") << u"Kafka topic"_s << QStringList {u"stream"_s};
    QTest::newRow("S3 bucket") << u"S3 bucket"_s << QStringList {u"storage"_s};
}

void TestLabelSynonyms::tokens()
{
    QFETCH(QString, label);
    QFETCH(QStringList, tokens);
    QCOMPARE(LabelSynonyms::builtIn().tokens(label), tokens);
}

void TestLabelSynonyms::synonymFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("groups");
    QTest::addColumn<QList<int>>("errorLines");

    QTest::newRow("groups, comments, blank lines")
        << u"# my words\nSQS = queue = message queue\n\n  Outbox poller = relay  # CDC\n"_s << 2
        << QList<int>();
    QTest::newRow("bad lines are named, good ones kept")
        << u"a = b\njust one phrase\n# fine\nx = = y\n= z\nc = d"_s << 2 << QList<int> {2, 4, 5};
    QTest::newRow("punctuation is no phrase") << u"queue = ---"_s << 0 << QList<int> {1};
    QTest::newRow("empty") << QString() << 0 << QList<int>();
}

void TestLabelSynonyms::synonymFile()
{
    QFETCH(QString, text);
    QFETCH(int, groups);
    QFETCH(QList<int>, errorLines);

    const Result<LabelSynonyms> parsed = LabelSynonyms::fromText(text, u"synonyms.txt"_s);
    QCOMPARE(parsed.value.groups().size(), groups);
    QList<int> lines;
    for (const Diagnostic &d : parsed.diagnostics) {
        QVERIFY(d.isError());
        QCOMPARE(d.file, u"synonyms.txt"_s);
        lines << d.line;
    }
    QCOMPARE(lines, errorLines);
    QCOMPARE(parsed.isOk(), errorLines.isEmpty());
}

void TestLabelSynonyms::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("similarity");

    QTest::newRow("same after synonyms") << u"Orders DB"_s << u"orders database"_s << 1.0;
    QTest::newRow("filler words weigh nothing")
        << u"The orders database"_s << u"Orders DB"_s << 1.0;
    // payment 1 + 1, processor/processing 0.8 · (1 + 1), over 4.
    QTest::newRow("shared stem") << u"Payment processor"_s << u"Payments processing"_s << 0.9;
    // notification 0.8 · 2, service 0.5 + 0.5, over 3.
    QTest::newRow("one typo") << u"Notifcation service"_s << u"Notification service"_s << 2.6 / 3;
    // Only the generic "service" is shared: 1 / 3.
    QTest::newRow("generic word shared") << u"Order service"_s << u"Payment service"_s << 1.0 / 3;
    QTest::newRow("one word of two") << u"Orders DB"_s << u"Users DB"_s << 0.5;
    QTest::newRow("nothing shared") << u"Kafka"_s << u"SNS topic"_s << 0.0;
    QTest::newRow("no words") << u"--"_s << QString() << 0.0;
}

void TestLabelSynonyms::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, similarity);
    const LabelSynonyms &synonyms = LabelSynonyms::builtIn();
    QCOMPARE(synonyms.similarity(a, b), similarity);
    QCOMPARE(synonyms.similarity(b, a), similarity);
}

void TestLabelSynonyms::groupsSharingAPhraseMerge()
{
    LabelSynonyms synonyms;
    synonyms.addGroup({u"Postgres"_s, u"database"_s});
    synonyms.addGroup({u"RDS"_s, u"relational DB"_s});
    QCOMPARE(synonyms.tokens(u"Postgres"_s), synonyms.tokens(u"database"_s));
    QVERIFY(synonyms.tokens(u"Postgres"_s) != synonyms.tokens(u"RDS"_s));

    synonyms.addGroup({u"relational DB"_s, u"Database"_s}); // joins the two groups
    QCOMPARE(synonyms.tokens(u"RDS"_s), synonyms.tokens(u"Postgres"_s));
    QCOMPARE(synonyms.tokens(u"Relational DBs"_s), synonyms.tokens(u"database"_s));
    QCOMPARE(synonyms.groups().size(), 3);
}

QTEST_GUILESS_MAIN(TestLabelSynonyms)
#include "tst_labelsynonyms.moc"

// DiagramDiff — whiteboard practice's verdict on a drawing. Nodes pair by
// meaning (synonyms, plurals, small rewordings), never by DOT id; a reversed arrow is reported as
// reversed, not as one missing and one extra edge; clusters pair by membership; the score is F1
// over nodes and edges; "you missed" speaks in the reference's labels. How labels are read:
// tst_labelsynonyms.cpp.
#include "diagramdiff.h"
#include "labelsynonyms.h"

#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArchDeck::DiagramGraph)

namespace {

DiagramNode node(const QString &id, const QString &label, const QString &kind = {})
{
    DiagramNode n;
    n.id = id;
    if (!label.isEmpty())
        n.attributes.insert(u"label"_s, label);
    if (!kind.isEmpty())
        n.attributes.insert(u"kind"_s, kind);
    return n;
}

DiagramCluster cluster(const QString &id, const QString &label, const QString &kind,
    const QStringList &nodes, const QString &parent = {})
{
    DiagramCluster c;
    c.id = id;
    c.attributes.insert(u"label"_s, label);
    c.attributes.insert(u"kind"_s, kind);
    c.nodes = nodes;
    c.parent = parent;
    return c;
}

/// Edges as "tail>head".
DiagramGraph graph(const QList<DiagramNode> &nodes, const QStringList &edges,
    const QList<DiagramCluster> &clusters = {})
{
    DiagramGraph g;
    g.nodes = nodes;
    for (const QString &edge : edges)
        g.edges.append({edge.section(u'>', 0, 0), edge.section(u'>', 1, 1), {}});
    g.clusters = clusters;
    return g;
}

/// The transactional outbox: the card's reference drawing.
const QStringList outboxEdges
    = {u"api>db"_s, u"db>relay"_s, u"relay>topic"_s, u"topic>queue"_s, u"queue>billing"_s};

QList<DiagramNode> outboxNodes()
{
    return {node(u"api"_s, u"Order API"_s, u"service"_s),
        node(u"db"_s, u"Orders DB"_s, u"database"_s),
        node(u"relay"_s, u"Outbox relay"_s, u"worker"_s),
        node(u"topic"_s, u"SNS topic"_s, u"topic"_s), node(u"queue"_s, u"SQS"_s, u"queue"_s),
        node(u"billing"_s, u"Billing worker"_s, u"worker"_s)};
}

DiagramGraph outbox()
{
    return graph(outboxNodes(), outboxEdges);
}

QStringList without(QStringList list, const QString &item)
{
    list.removeAll(item);
    return list;
}

/// The edge verdicts other than "matched", as "missing a>b", "reversed a>b", "extra x>y".
QStringList edgeVerdicts(const DiagramDiff &diff)
{
    QStringList verdicts;
    for (const DiagramEdge &e : diff.missingEdges)
        verdicts << u"missing "_s + e.tail + u'>' + e.head;
    for (const DiagramDiff::EdgeMatch &m : diff.reversedEdges)
        verdicts << u"reversed "_s + m.reference.tail + u'>' + m.reference.head;
    for (const DiagramEdge &e : diff.extraEdges)
        verdicts << u"extra "_s + e.tail + u'>' + e.head;
    return verdicts;
}

} // namespace

class TestDiagramDiff : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void clusters_data();
    void clusters();
    void undirectedEdgesHaveNoDirection();
    void userSynonymsPairNodes();
};

void TestDiagramDiff::compare_data()
{
    QTest::addColumn<DiagramGraph>("reference");
    QTest::addColumn<DiagramGraph>("attempt");
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("matched"); ///< "referenceId=attemptId"
    QTest::addColumn<QStringList>("missingNodes");
    QTest::addColumn<QStringList>("extraNodes");
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QStringList>("youMissed");

    const QStringList allMatched = {u"api=api"_s, u"db=db"_s, u"relay=relay"_s, u"topic=topic"_s,
        u"queue=queue"_s, u"billing=billing"_s};

    QTest::newRow("identical") << outbox() << outbox() << 1.0 << allMatched << QStringList()
                               << QStringList() << QStringList() << QStringList();

    QTest::newRow("empty attempt")
        << outbox() << DiagramGraph() << 0.0 << QStringList()
        << QStringList {u"api"_s, u"db"_s, u"relay"_s, u"topic"_s, u"queue"_s, u"billing"_s}
        << QStringList()
        << QStringList {u"missing api>db"_s, u"missing db>relay"_s, u"missing relay>topic"_s,
               u"missing topic>queue"_s, u"missing queue>billing"_s}
        << QStringList {u"Order API"_s, u"Orders DB"_s, u"Outbox relay"_s, u"SNS topic"_s, u"SQS"_s,
               u"Billing worker"_s, u"Order API → Orders DB"_s, u"Orders DB → Outbox relay"_s,
               u"Outbox relay → SNS topic"_s, u"SNS topic → SQS"_s, u"SQS → Billing worker"_s};

    {
        QList<DiagramNode> nodes = outboxNodes();
        nodes.removeAt(2);
        // 5 nodes and 3 edges found of 6 and 5; the attempt draws 8 items: 2·8 / (11 + 8).
        QTest::newRow("missing node")
            << outbox() << graph(nodes, {u"api>db"_s, u"topic>queue"_s, u"queue>billing"_s})
            << 16.0 / 19 << without(allMatched, u"relay=relay"_s) << QStringList {u"relay"_s}
            << QStringList() << QStringList {u"missing db>relay"_s, u"missing relay>topic"_s}
            << QStringList {
                   u"Outbox relay"_s, u"Orders DB → Outbox relay"_s, u"Outbox relay → SNS topic"_s};
    }
    {
        QList<DiagramNode> nodes = outboxNodes();
        nodes << node(u"audit"_s, u"Audit log"_s, u"storage"_s);
        QTest::newRow("extra node")
            << outbox() << graph(nodes, outboxEdges + QStringList {u"api>audit"_s}) << 22.0 / 24
            << allMatched << QStringList() << QStringList {u"audit"_s}
            << QStringList {u"extra api>audit"_s} << QStringList();
    }
    // A drawing without kinds, in other words: SNS is a topic, SQS a queue, DB a database,
    // a worker a consumer.
    QTest::newRow("synonyms")
        << outbox()
        << graph({node(u"api"_s, u"Order API"_s), node(u"db"_s, u"orders database"_s),
                     node(u"relay"_s, u"Outbox relay"_s), node(u"topic"_s, u"SNS"_s),
                     node(u"queue"_s, u"queue"_s), node(u"billing"_s, u"Billing consumer"_s)},
               outboxEdges)
        << 1.0 << allMatched << QStringList() << QStringList() << QStringList() << QStringList();

    // 6 nodes, 4 edges and half a reversed one of 11 on each side: 2·10.5 / 22.
    QTest::newRow("reversed edge")
        << outbox()
        << graph(outboxNodes(), without(outboxEdges, u"relay>topic"_s) << u"topic>relay"_s)
        << 21.0 / 22 << allMatched << QStringList() << QStringList()
        << QStringList {u"reversed relay>topic"_s}
        << QStringList {u"Outbox relay → SNS topic (drawn the other way)"_s};

    QTest::newRow("small wording changes")
        << outbox()
        << graph({node(u"api"_s, u"Orders API"_s, u"service"_s),
                     node(u"db"_s, u"Order\\ndatabase"_s, u"database"_s),
                     node(u"relay"_s, u"Relay"_s, u"worker"_s),
                     node(u"topic"_s, u"Orders topic"_s, u"topic"_s),
                     node(u"queue"_s, u"billing-queue"_s, u"queue"_s),
                     node(u"billing"_s, u"Billing workers"_s, u"worker"_s)},
               outboxEdges)
        << 1.0 << allMatched << QStringList() << QStringList() << QStringList() << QStringList();

    QTest::newRow("ids differ, labels match")
        << outbox()
        << graph({node(u"n1"_s, u"Order API"_s, u"service"_s),
                     node(u"n2"_s, u"Orders DB"_s, u"database"_s),
                     node(u"n3"_s, u"Outbox relay"_s, u"worker"_s),
                     node(u"n4"_s, u"SNS topic"_s, u"topic"_s), node(u"n5"_s, u"SQS"_s, u"queue"_s),
                     node(u"n6"_s, u"Billing worker"_s, u"worker"_s)},
               {u"n1>n2"_s, u"n2>n3"_s, u"n3>n4"_s, u"n4>n5"_s, u"n5>n6"_s})
        << 1.0
        << QStringList {u"api=n1"_s, u"db=n2"_s, u"relay=n3"_s, u"topic=n4"_s, u"queue=n5"_s,
               u"billing=n6"_s}
        << QStringList() << QStringList() << QStringList() << QStringList();

    // Kafka is a stream, not the SNS topic: one node missing, one extra, and their edges.
    {
        QList<DiagramNode> nodes = outboxNodes();
        nodes[3] = node(u"kafka"_s, u"Kafka"_s, u"stream"_s);
        QTest::newRow("different thing")
            << outbox()
            << graph(nodes,
                   {u"api>db"_s, u"db>relay"_s, u"relay>kafka"_s, u"kafka>queue"_s,
                       u"queue>billing"_s})
            << 16.0 / 22 << without(allMatched, u"topic=topic"_s) << QStringList {u"topic"_s}
            << QStringList {u"kafka"_s}
            << QStringList {u"missing relay>topic"_s, u"missing topic>queue"_s,
                   u"extra relay>kafka"_s, u"extra kafka>queue"_s}
            << QStringList {u"SNS topic"_s, u"Outbox relay → SNS topic"_s, u"SNS topic → SQS"_s};
    }
    // An aside in parentheses is what the reader may leave out: "Broker" is the broker.
    QTest::newRow("aside left out")
        << graph({node(u"broker"_s, u"Broker\\n(SNS / Kafka)"_s, u"topic"_s),
                     node(u"relay"_s, u"Outbox relay\\n(poller / CDC)"_s, u"worker"_s)},
               {u"relay>broker"_s})
        << graph({node(u"b"_s, u"Broker"_s, u"topic"_s), node(u"r"_s, u"relay"_s, u"worker"_s)},
               {u"r>b"_s})
        << 1.0 << QStringList {u"broker=b"_s, u"relay=r"_s} << QStringList() << QStringList()
        << QStringList() << QStringList();
    // A label cut to its head noun is the same node; a bare generic word is not.
    QTest::newRow("head noun")
        << graph({node(u"web"_s, u"Web / mobile\\nclients"_s, u"client"_s),
                     node(u"svc"_s, u"Billing service"_s, u"service"_s)},
               {})
        << graph({node(u"c"_s, u"clients"_s), node(u"s"_s, u"service"_s)}, {}) << 0.5
        << QStringList {u"web=c"_s} << QStringList {u"svc"_s} << QStringList {u"s"_s}
        << QStringList() << QStringList {u"Billing service"_s};
    // ...but the aside still tells two such nodes apart.
    QTest::newRow("asides that differ")
        << graph({node(u"p"_s, u"Orders DB (primary)"_s, u"database"_s),
                     node(u"r"_s, u"Orders DB (replica)"_s, u"database"_s)},
               {})
        << graph({node(u"x"_s, u"Orders DB (replica)"_s, u"database"_s),
                     node(u"y"_s, u"Orders DB (primary)"_s, u"database"_s)},
               {})
        << 1.0 << QStringList {u"p=y"_s, u"r=x"_s} << QStringList() << QStringList()
        << QStringList() << QStringList();
    // Same kind and one shared word of two is not enough: "Users DB" is not "Orders DB".
    QTest::newRow("similar but different")
        << graph({node(u"db"_s, u"Orders DB"_s, u"database"_s)}, {})
        << graph({node(u"db"_s, u"Users DB"_s, u"database"_s)}, {}) << 0.0 << QStringList()
        << QStringList {u"db"_s} << QStringList {u"db"_s} << QStringList()
        << QStringList {u"Orders DB"_s};
}

void TestDiagramDiff::compare()
{
    QFETCH(DiagramGraph, reference);
    QFETCH(DiagramGraph, attempt);
    QFETCH(double, score);
    QFETCH(QStringList, matched);
    QFETCH(QStringList, missingNodes);
    QFETCH(QStringList, extraNodes);
    QFETCH(QStringList, edges);
    QFETCH(QStringList, youMissed);

    const DiagramDiff diff = DiagramDiff::compare(reference, attempt);

    QStringList pairs;
    for (const DiagramDiff::NodeMatch &m : diff.matchedNodes)
        pairs << m.referenceId + u'=' + m.attemptId;
    QCOMPARE(pairs, matched);
    QCOMPARE(diff.missingNodes, missingNodes);
    QCOMPARE(diff.extraNodes, extraNodes);
    QCOMPARE(edgeVerdicts(diff), edges);
    QCOMPARE(diff.matchedEdges.size() + diff.reversedEdges.size() + diff.missingEdges.size(),
        reference.edges.size());
    QCOMPARE(diff.score, score);
    QCOMPARE(diff.youMissed, youMissed);
    QCOMPARE(diff.isPerfect(), score == 1.0);
}

void TestDiagramDiff::clusters_data()
{
    QTest::addColumn<DiagramGraph>("attempt");
    QTest::addColumn<QStringList>("matched"); ///< "referenceId=attemptId"
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("extra");

    const QString vpc = u"cluster_vpc"_s, subnet = u"cluster_private"_s;
    QTest::newRow("same boxes, other ids and labels") << graph(outboxNodes(), outboxEdges,
        {cluster(u"cluster_net"_s, u"Network"_s, u"vpc"_s, {u"api"_s, u"relay"_s}),
            cluster(u"cluster_db"_s, u"DB subnet"_s, u"subnet"_s, {u"db"_s}, u"cluster_net"_s)})
                                                      << QStringList {vpc + u"=cluster_net"_s,
                                                             subnet + u"=cluster_db"_s}
                                                      << QStringList() << QStringList();
    QTest::newRow("no boxes") << outbox() << QStringList() << QStringList {vpc, subnet}
                              << QStringList();
    QTest::newRow("extra box") << graph(outboxNodes(), outboxEdges,
        {cluster(u"cluster_vpc"_s, u"VPC"_s, u"vpc"_s, {u"api"_s, u"relay"_s}),
            cluster(u"cluster_private"_s, u"Private"_s, u"subnet"_s, {u"db"_s}, u"cluster_vpc"_s),
            cluster(u"cluster_msg"_s, u"Messaging"_s, u"group"_s, {u"topic"_s, u"queue"_s})})
                               << QStringList {vpc + u"=cluster_vpc"_s,
                                      subnet + u"=cluster_private"_s}
                               << QStringList() << QStringList {u"cluster_msg"_s};
    // The VPC box holds only the API of the three: not "most of" the reference VPC.
    QTest::newRow("box around too little") << graph(
        outboxNodes(), outboxEdges, {cluster(u"cluster_vpc"_s, u"VPC"_s, u"vpc"_s, {u"api"_s})})
                                           << QStringList() << QStringList {vpc, subnet}
                                           << QStringList {u"cluster_vpc"_s};
}

void TestDiagramDiff::clusters()
{
    QFETCH(DiagramGraph, attempt);
    QFETCH(QStringList, matched);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, extra);

    // A VPC around the API, the relay and (in a private subnet) the database.
    const DiagramGraph reference = graph(outboxNodes(), outboxEdges,
        {cluster(u"cluster_vpc"_s, u"VPC"_s, u"vpc"_s, {u"api"_s, u"relay"_s}),
            cluster(u"cluster_private"_s, u"Private subnet"_s, u"subnet"_s, {u"db"_s},
                u"cluster_vpc"_s)});
    const DiagramDiff diff = DiagramDiff::compare(reference, attempt);

    QStringList pairs;
    for (const DiagramDiff::ClusterMatch &m : diff.matchedClusters)
        pairs << m.referenceId + u'=' + m.attemptId;
    QCOMPARE(pairs, matched);
    QCOMPARE(diff.missingClusters, missing);
    QCOMPARE(diff.extraClusters, extra);
    QCOMPARE(diff.score, 1.0); // clusters do not count towards the score
    for (const QString &id : missing)
        QVERIFY(diff.youMissed.contains(
            reference.cluster(id)->label() + u" ("_s + reference.cluster(id)->kind() + u')'));
}

void TestDiagramDiff::undirectedEdgesHaveNoDirection()
{
    DiagramGraph reference = outbox();
    DiagramGraph attempt
        = graph(outboxNodes(), without(outboxEdges, u"relay>topic"_s) << u"topic>relay"_s);
    reference.directed = attempt.directed = false;

    const DiagramDiff diff = DiagramDiff::compare(reference, attempt);
    QVERIFY(diff.reversedEdges.isEmpty());
    QCOMPARE(diff.matchedEdges.size(), 5);
    QCOMPARE(diff.score, 1.0);
}

void TestDiagramDiff::userSynonymsPairNodes()
{
    const DiagramGraph reference = graph({node(u"relay"_s, u"Outbox relay"_s)}, {});
    const DiagramGraph attempt = graph({node(u"poller"_s, u"CDC poller"_s)}, {});
    QCOMPARE(DiagramDiff::compare(reference, attempt).matchedNodes.size(), 0);

    const Result<LabelSynonyms> user = LabelSynonyms::fromText(u"outbox relay = cdc poller\n"_s);
    QVERIFY(user.isOk());
    LabelSynonyms synonyms = LabelSynonyms::builtIn();
    synonyms.add(user.value);
    const DiagramDiff diff = DiagramDiff::compare(reference, attempt, synonyms);
    QCOMPARE(diff.matchedNodes.size(), 1);
    QCOMPARE(diff.matchedNodes.first().attemptId, u"poller"_s);
    QCOMPARE(diff.score, 1.0);
}

QTEST_GUILESS_MAIN(TestDiagramDiff)
#include "tst_diagramdiff.moc"

// Every editor action as an undo command, table-tested: each row makes one edit through
// DiagramDocument::applyEdit and checks the graph after it, after undo (back to the start, text
// and all) and after redo; then the quick-add language and the id rules on their own.
#include "diagramdocument.h"
#include "diagramedits.h"
#include "dotwriter.h"
#include "editinghelpers.h"
#include "fakeclock.h"
#include "quickadd.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace ArchDeck;
using namespace ArchDeck::EditingTests;
using namespace Qt::StringLiterals;

using Edit = std::function<DiagramGraph(const DiagramGraph &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const QString kSample = u"client:client(Client) api:service(Orders API) db:database(Orders DB) "
                        u"queue:queue | client>api api>db[INSERT] api>queue | "
                        u"cluster_orders(Orders){api db} | same{client api}"_s;

DiagramNode node(const QString &id, const QString &kind, const QString &label)
{
    return {id, {{u"kind"_s, kind}, {u"label"_s, label}}};
}

} // namespace

class TestDiagramEdits : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsAsDescribed();
    void commands_data();
    void commands();
    void editThatChangesNothingIsNoStep();
    void newIds_data();
    void newIds();
    void quickAddParses_data();
    void quickAddParses();
    void quickAddErrors_data();
    void quickAddErrors();
    void guessesKinds_data();
    void guessesKinds();
};

void TestDiagramEdits::sampleIsAsDescribed()
{
    QCOMPARE(summary(sampleGraph()), kSample);
}

void TestDiagramEdits::commands_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");
    using namespace DiagramEdits;

    QTest::newRow("add node") << Edit([](const DiagramGraph &g) {
        return addNode(g, node(u"cache"_s, u"cache"_s, u"Cache"_s));
    }) << kSample.section(u" |"_s, 0, 0) + u" cache:cache(Cache) |"_s + kSample.section(u" |"_s, 1);
    QTest::newRow("add node into a cluster") << Edit([](const DiagramGraph &g) {
        return addNode(g, node(u"relay"_s, u"worker"_s, u"Relay"_s), u"cluster_orders"_s);
    }) << u"client:client(Client) api:service(Orders API) db:database(Orders DB) queue:queue "
          u"relay:worker(Relay) | client>api api>db[INSERT] api>queue | "
          u"cluster_orders(Orders){api db relay} | same{client api}"_s;
    QTest::newRow("add node with a taken id") << Edit([](const DiagramGraph &g) {
        return addNode(g, node(u"api"_s, u"function"_s, u"Other"_s));
    }) << kSample;
    QTest::newRow("connect") << Edit([](const DiagramGraph &g) {
        return addEdge(g, {u"queue"_s, u"client"_s, {{u"style"_s, u"dashed"_s}}});
    }) << u"client:client(Client) api:service(Orders API) db:database(Orders DB) queue:queue | "
          u"client>api api>db[INSERT] api>queue queue>client | "
          u"cluster_orders(Orders){api db} | same{client api}"_s;
    QTest::newRow("connect to a missing node") << Edit([](const DiagramGraph &g) {
        return addEdge(g, {u"queue"_s, u"nowhere"_s, {}});
    }) << kSample;
    QTest::newRow("delete node") << Edit([](const DiagramGraph &g) {
        return removeElements(g, {u"api"_s}, {}, {});
    }) << u"client:client(Client) db:database(Orders DB) queue:queue |  | "
          u"cluster_orders(Orders){db} | same{client}"_s;
    QTest::newRow("delete nodes until a subgraph is empty") << Edit([](const DiagramGraph &g) {
        return removeElements(g, {u"api"_s, u"client"_s}, {}, {});
    }) << u"db:database(Orders DB) queue:queue |  | cluster_orders(Orders){db}"_s;
    QTest::newRow("delete edge") << Edit([](const DiagramGraph &g) {
        return removeElements(g, {}, {1}, {});
    }) << u"client:client(Client) api:service(Orders API) db:database(Orders DB) queue:queue | "
          u"client>api api>queue | cluster_orders(Orders){api db} | same{client api}"_s;
    QTest::newRow("delete cluster keeps its nodes") << Edit([](const DiagramGraph &g) {
        return removeElements(g, {}, {}, {u"cluster_orders"_s});
    }) << u"client:client(Client) api:service(Orders API) db:database(Orders DB) queue:queue | "
          u"client>api api>db[INSERT] api>queue |  | same{client api}"_s;
    QTest::newRow("rename") << Edit([](const DiagramGraph &g) {
        return setNodeAttribute(g, u"queue"_s, u"label"_s, u"Order events"_s);
    }) << QString(kSample).replace(u"queue:queue |"_s, u"queue:queue(Order events) |"_s);
    QTest::newRow("clear a label") << Edit([](const DiagramGraph &g) {
        return setNodeAttribute(g, u"client"_s, u"label"_s, QString());
    }) << QString(kSample).replace(u"client:client(Client)"_s, u"client:client"_s);
    QTest::newRow("change kind") << Edit([](const DiagramGraph &g) {
        return setNodeAttribute(g, u"queue"_s, u"kind"_s, u"topic"_s);
    }) << QString(kSample).replace(u"queue:queue |"_s, u"queue:topic |"_s);
    QTest::newRow("edge label") << Edit([](const DiagramGraph &g) {
        return setEdgeAttribute(g, 2, u"label"_s, u"OrderPlaced"_s);
    }) << QString(kSample).replace(u"api>queue |"_s, u"api>queue[OrderPlaced] |"_s);
    QTest::newRow("cluster label") << Edit([](const DiagramGraph &g) {
        return setClusterAttribute(g, u"cluster_orders"_s, u"label"_s, u"Orders service"_s);
    }) << QString(kSample).replace(u"(Orders){"_s, u"(Orders service){"_s);
    QTest::newRow("into a cluster") << Edit([](const DiagramGraph &g) {
        return moveToCluster(g, {u"queue"_s}, u"cluster_orders"_s);
    }) << QString(kSample).replace(u"{api db}"_s, u"{api db queue}"_s);
    QTest::newRow("out of a cluster") << Edit([](const DiagramGraph &g) {
        return moveToCluster(g, {u"db"_s}, QString());
    }) << QString(kSample).replace(u"{api db}"_s, u"{api}"_s);
    QTest::newRow("cluster around a selection") << Edit([](const DiagramGraph &g) {
        return groupInCluster(g, {u"client"_s, u"queue"_s}, u"cluster_edge"_s,
            {{u"kind"_s, u"group"_s}, {u"label"_s, u"Edge"_s}});
    }) << QString(kSample).replace(u"{api db}"_s, u"{api db} cluster_edge(Edge){client queue}"_s);
    QTest::newRow("cluster inside a cluster") << Edit([](const DiagramGraph &g) {
        return groupInCluster(g, {u"db"_s}, u"cluster_tx"_s, {{u"label"_s, u"one transaction"_s}});
    }) << QString(kSample).replace(u"{api db}"_s,
           u"{api} cluster_tx<cluster_orders(one transaction){db}"_s);
    QTest::newRow("quick add") << Edit([](const DiagramGraph &g) {
        return QuickAdd::apply(g, u"client -> alb -> Orders API -> db:database"_s).value;
    }) << u"client:client(Client) api:service(Orders API) db:database(Orders DB) queue:queue "
          u"alb:loadbalancer(alb) | client>api api>db[INSERT] api>queue client>alb alb>api | "
          u"cluster_orders(Orders){api db} | same{client api}"_s;
    QTest::newRow("quick add sets the kind of a node it names") << Edit([](const DiagramGraph &g) {
        return QuickAdd::apply(g, u"queue:topic -> \"Billing worker\""_s).value;
    }) << u"client:client(Client) api:service(Orders API) db:database(Orders DB) queue:topic "
          u"billing_worker:worker(Billing worker) | client>api api>db[INSERT] api>queue "
          u"queue>billing_worker | cluster_orders(Orders){api db} | same{client api}"_s;
}

void TestDiagramEdits::commands()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    FakeClock clock;
    DiagramDocument document(clock);
    const DiagramGraph start = sampleGraph();
    const QByteArray startText = DotWriter::write(start);
    document.reset(startText, start);
    QCOMPARE(document.undoStack()->count(), 0);

    document.applyEdit(u"Edit"_s, edit(document.graph()));
    QCOMPARE(summary(document.graph()), expected);
    QCOMPARE(document.text(), DotWriter::write(document.graph()));
    QVERIFY(document.isTextParsed());
    const int steps = expected == kSample ? 0 : 1;
    QCOMPARE(document.undoStack()->count(), steps);
    if (!steps)
        return;

    const QByteArray editedText = document.text();
    document.undoStack()->undo();
    QCOMPARE(summary(document.graph()), kSample);
    QCOMPARE(document.text(), startText);
    document.undoStack()->redo();
    QCOMPARE(summary(document.graph()), expected);
    QCOMPARE(document.text(), editedText);
}

void TestDiagramEdits::editThatChangesNothingIsNoStep()
{
    FakeClock clock;
    DiagramDocument document(clock);
    document.reset(DotWriter::write(sampleGraph()), sampleGraph());
    const quint64 revision = document.revision();
    document.applyEdit(u"Nothing"_s, sampleGraph());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.revision(), revision);
}

void TestDiagramEdits::newIds_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("clusterId");
    QTest::newRow("words") << u"Orders DB"_s << u"orders_db"_s << u"cluster_orders_db"_s;
    QTest::newRow("escapes and punctuation")
        << u"Outbox relay\\n(poller / CDC)"_s << u"outbox_relay_poller_cdc"_s
        << u"cluster_outbox_relay_poller_cdc"_s;
    QTest::newRow("taken") << u"API"_s << u"api_2"_s << u"cluster_api"_s;
    QTest::newRow("taken by a cluster") << u"cluster orders"_s << u"cluster_orders_2"_s
                                         << u"cluster_cluster_orders"_s;
    QTest::newRow("digit first") << u"3 replicas"_s << u"n_3_replicas"_s << u"cluster_n_3_replicas"_s;
    QTest::newRow("no letters") << u"→ !"_s << u"node"_s << u"cluster_group"_s;
    QTest::newRow("non-ASCII") << u"Сервис"_s << u"node"_s << u"cluster_group"_s;
}

void TestDiagramEdits::newIds()
{
    QFETCH(QString, label);
    QFETCH(QString, nodeId);
    QFETCH(QString, clusterId);
    QCOMPARE(DiagramEdits::newNodeId(sampleGraph(), label), nodeId);
    QCOMPARE(DiagramEdits::newClusterId(sampleGraph(), label), clusterId);
}

void TestDiagramEdits::quickAddParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("chains"); // "a>b:kind>c ; d"

    QTest::newRow("chain with kind") << u"client -> alb -> orders -> db:database"_s
                                     << u"client>alb>orders>db:database"_s;
    QTest::newRow("no spaces") << u"a->b->c"_s << u"a>b>c"_s;
    QTest::newRow("names with spaces") << u"web  client -> orders service:service"_s
                                       << u"web client>orders service:service"_s;
    QTest::newRow("quoted names") << u"\"Orders API\" -> \"Order events\":topic"_s
                                  << u"Orders API>Order events:topic"_s;
    QTest::newRow("two chains") << u"a -> b; c -> d\ne"_s << u"a>b ; c>d ; e"_s;
    QTest::newRow("kind in capitals") << u"x:Queue"_s << u"x:queue"_s;
    QTest::newRow("blank separators") << u" ;; a ;\n\n"_s << u"a"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDiagramEdits::quickAddParses()
{
    QFETCH(QString, text);
    QFETCH(QString, chains);
    const Result<QuickAdd::Plan> plan = QuickAdd::parse(text);
    QVERIFY2(plan.isOk(), qPrintable(plan.errorMessage()));
    QStringList described;
    for (const QList<QuickAdd::Term> &chain : plan.value) {
        QStringList terms;
        for (const QuickAdd::Term &term : chain)
            terms += term.name + (term.kind.isEmpty() ? QString() : u':' + term.kind);
        described += terms.join(u'>');
    }
    QCOMPARE(described.join(u" ; "_s), chains);
}

void TestDiagramEdits::quickAddErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("directed");
    QTest::addColumn<QString>("error"); // line:column: message

    QTest::newRow("dangling arrow") << u"a -> "_s << true << u"1:6: expected a name after '->'"_s;
    QTest::newRow("leading arrow") << u"-> b"_s << true << u"1:1: expected a name before '->'"_s;
    QTest::newRow("double arrow") << u"a -> -> b"_s << true << u"1:6: expected a name after '->'"_s;
    QTest::newRow("typo in kind") << u"a -> db:databse"_s << true
                                  << u"1:9: unknown kind 'databse' — did you mean 'database'?"_s;
    QTest::newRow("unknown kind")
        << u"a:zzzzzz"_s << true
        << u"1:3: unknown kind 'zzzzzz' (kinds: client, actor, gateway, loadbalancer, endpoint, "
           "router, service, function, queue, topic, stream, database, cache, storage, scheduler, "
           "worker, external, identity, secrets, firewall, monitor, decision, state, step, note)"_s;
    QTest::newRow("unclosed quote") << u"a -> \"Orders"_s << true << u"1:6: the quote is not closed"_s;
    QTest::newRow("second line") << u"a -> b\nc -> "_s << true << u"2:6: expected a name after '->'"_s;
    QTest::newRow("wrong arrow") << u"a -- b"_s << true
                                 << u"1:3: this graph's edges are written '->', not '--'"_s;
    QTest::newRow("undirected") << u"a -> b"_s << false
                                << u"1:3: this graph's edges are written '--', not '->'"_s;
    QTest::newRow("text after a kind") << u"a:queue b"_s << true
                                       << u"1:9: expected '->' or the end, found 'b'"_s;
}

void TestDiagramEdits::quickAddErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, directed);
    QFETCH(QString, error);
    const Result<QuickAdd::Plan> plan = QuickAdd::parse(text, directed);
    QVERIFY(!plan.isOk());
    const Diagnostic &d = plan.diagnostics.constFirst();
    QCOMPARE(u"%1:%2: %3"_s.arg(d.line).arg(d.column).arg(d.message), error);
    // And applying it changes nothing.
    DiagramGraph g = sampleGraph();
    g.directed = directed;
    const Result<DiagramGraph> applied = QuickAdd::apply(g, text);
    QVERIFY(!applied.isOk());
}

void TestDiagramEdits::guessesKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("db") << u"db"_s << u"database"_s;
    QTest::newRow("orders db") << u"orders db"_s << u"database"_s;
    QTest::newRow("SQS") << u"SQS"_s << u"queue"_s;
    QTest::newRow("DLQ") << u"DLQ"_s << u"queue"_s;
    QTest::newRow("ALB") << u"ALB"_s << u"loadbalancer"_s;
    QTest::newRow("Lambda") << u"Lambda"_s << u"function"_s;
    QTest::newRow("Redis cache") << u"Redis cache"_s << u"cache"_s;
    QTest::newRow("S3") << u"S3 bucket"_s << u"storage"_s;
    QTest::newRow("Kafka") << u"Kafka"_s << u"stream"_s;
    QTest::newRow("SNS") << u"SNS"_s << u"topic"_s;
    QTest::newRow("client") << u"client"_s << u"client"_s;
    QTest::newRow("camel case") << u"billingWorker"_s << u"worker"_s;
    QTest::newRow("API gateway") << u"API Gateway"_s << u"gateway"_s;
    QTest::newRow("nothing") << u"orders"_s << QString();
}

void TestDiagramEdits::guessesKinds()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QCOMPARE(QuickAdd::guessKind(name), kind);
}

QTEST_GUILESS_MAIN(TestDiagramEdits)
#include "tst_diagramedits.moc"

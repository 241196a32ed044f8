// What the whiteboard's diff view draws, table-tested on small graphs built here: the attempt
// with ghosts for what it misses (ids, labels, kinds, clusters), a status for every element on
// both sides, and "you missed" lines that know where their element sits on each side.
#include "diagramdiff.h"
#include "diffoverlay.h"
#include "editinghelpers.h"

#include <QTest>

using namespace ArchDeck;
using namespace ArchDeck::EditingTests;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArchDeck::DiagramGraph)

namespace {

DiagramNode node(const QString &id, const QString &kind, const QString &label)
{
    return {id, {{u"kind"_s, kind}, {u"label"_s, label}}};
}

DiagramCluster cluster(
    const QString &id, const QString &label, const QStringList &nodes, const QString &parent = {})
{
    return {id, {{u"kind"_s, u"boundary"_s}, {u"label"_s, label}}, parent, nodes};
}

/// Edges as "tail>head", a label after '/' ("api>db/INSERT").
DiagramGraph graph(const QList<DiagramNode> &nodes, const QStringList &edges,
    const QList<DiagramCluster> &clusters = {})
{
    DiagramGraph g;
    g.nodes = nodes;
    for (const QString &edge : edges) {
        const QString ends = edge.section(u'/', 0, 0);
        DotAttributes attributes;
        if (edge.contains(u'/'))
            attributes.insert(u"label"_s, edge.section(u'/', 1));
        g.edges.append({ends.section(u'>', 0, 0), ends.section(u'>', 1, 1), attributes});
    }
    g.clusters = clusters;
    return g;
}

/// client → api → db: the reference most rows start from.
DiagramGraph threeTier()
{
    return graph(
        {node(u"client"_s, u"client"_s, u"Client"_s), node(u"api"_s, u"service"_s, u"Orders API"_s),
            node(u"db"_s, u"database"_s, u"Orders DB"_s)},
        {u"client>api"_s, u"api>db/INSERT"_s});
}

/// "client:matched api:missing | client>api:matched | cluster_x:extra", in the graph's order;
/// '?' for an element without a status.
QString marks(const DiagramGraph &g, const DiffOverlay::Marks &m)
{
    const auto name = [](const auto &hash, const QString &id) {
        return hash.contains(id) ? DiffOverlay::statusName(hash.value(id)) : u"?"_s;
    };
    QStringList nodes, edges, clusters;
    for (const DiagramNode &n : g.nodes)
        nodes << n.id + u':' + name(m.nodes, n.id);
    for (int i = 0; i < g.edges.size(); ++i)
        edges << g.edges[i].tail + u'>' + g.edges[i].head + u':'
                + (i < m.edges.size() ? DiffOverlay::statusName(m.edges[i]) : u"?"_s);
    for (const DiagramCluster &c : g.clusters)
        clusters << c.id + u':' + name(m.clusters, c.id);
    QStringList parts {nodes.join(u' '), edges.join(u' ')};
    if (!clusters.isEmpty())
        parts << clusters.join(u' ');
    if (m.edges.size() != g.edges.size())
        parts << u"%1 edge marks"_s.arg(m.edges.size());
    return parts.join(u" | "_s);
}

/// "Orders DB{db→db}; Orders API → Orders DB{#1→#2}": each line with its element on both sides
/// (and its status when it is not "missing").
QString missed(const QList<DiffOverlay::Missed> &lines)
{
    QStringList out;
    for (const DiffOverlay::Missed &m : lines) {
        const bool edge = m.type == LayoutElement::Type::Edge;
        out << m.text + u'{' + (edge ? u'#' + QString::number(m.referenceEdge) : m.referenceId)
                + u"→"_s + (edge ? u'#' + QString::number(m.attemptEdge) : m.attemptId)
                + (m.status == DiffOverlay::Status::Missing
                        ? QString()
                        : u" "_s + DiffOverlay::statusName(m.status))
                + u'}';
    }
    return out.join(u"; "_s);
}

} // namespace

class TestDiffOverlay : public QObject
{
    Q_OBJECT

private slots:
    void build_data();
    void build();
    void ghostsTakeTheReferenceLabelAndKindOnly();
    void attemptNodeForCoversEveryReferenceNode();
};

void TestDiffOverlay::build_data()
{
    QTest::addColumn<DiagramGraph>("reference");
    QTest::addColumn<DiagramGraph>("attempt");
    QTest::addColumn<QString>("overlayGraph"); // summary() of DiffOverlay::graph
    QTest::addColumn<QString>("attemptMarks");
    QTest::addColumn<QString>("referenceMarks");
    QTest::addColumn<QString>("missedLines");

    const DiagramGraph reference = threeTier();

    QTest::newRow("identical") << reference << reference
                               << u"client:client(Client) api:service(Orders API) "
                                  u"db:database(Orders DB) | client>api api>db[INSERT]"_s
                               << u"client:matched api:matched db:matched | "
                                  u"client>api:matched api>db:matched"_s
                               << u"client:matched api:matched db:matched | "
                                  u"client>api:matched api>db:matched"_s
                               << QString();

    QTest::newRow("empty attempt: everything a ghost")
        << reference << DiagramGraph()
        << u"client:client(Client) api:service(Orders API) db:database(Orders DB) | "
           u"client>api api>db[INSERT]"_s
        << u"client:missing api:missing db:missing | client>api:missing api>db:missing"_s
        << u"client:missing api:missing db:missing | client>api:missing api>db:missing"_s
        << u"Client{client→client}; Orders API{api→api}; Orders DB{db→db}; "
           u"Client → Orders API{#0→#0}; Orders API → Orders DB{#1→#1}"_s;

    // The attempt spells its ids its own way: the ghost edge joins the attempt's nodes.
    QTest::newRow("missing node with its edge")
        << reference
        << graph({node(u"c"_s, u"client"_s, u"Client"_s),
                     node(u"svc"_s, u"service"_s, u"Orders API"_s)},
               {u"c>svc"_s})
        << u"c:client(Client) svc:service(Orders API) db:database(Orders DB) | "
           u"c>svc svc>db[INSERT]"_s
        << u"c:matched svc:matched db:missing | c>svc:matched svc>db:missing"_s
        << u"client:matched api:matched db:missing | client>api:matched api>db:missing"_s
        << u"Orders DB{db→db}; Orders API → Orders DB{#1→#1}"_s;

    QTest::newRow("ghost id clashes with an attempt id")
        << reference
        << graph({node(u"client"_s, u"client"_s, u"Client"_s),
                     node(u"api"_s, u"service"_s, u"Orders API"_s),
                     node(u"db"_s, u"cache"_s, u"Redis"_s)},
               {u"client>api"_s, u"api>db"_s})
        << u"client:client(Client) api:service(Orders API) db:cache(Redis) "
           u"db_2:database(Orders DB) | client>api api>db api>db_2[INSERT]"_s
        << u"client:matched api:matched db:extra db_2:missing | "
           u"client>api:matched api>db:extra api>db_2:missing"_s
        << u"client:matched api:matched db:missing | client>api:matched api>db:missing"_s
        << u"Orders DB{db→db_2}; Orders API → Orders DB{#1→#2}"_s;

    QTest::newRow("extra node and edge")
        << reference
        << graph({node(u"client"_s, u"client"_s, u"Client"_s),
                     node(u"api"_s, u"service"_s, u"Orders API"_s),
                     node(u"db"_s, u"database"_s, u"Orders DB"_s),
                     node(u"cache"_s, u"cache"_s, u"Redis cache"_s)},
               {u"client>api"_s, u"api>cache"_s, u"api>db"_s})
        << u"client:client(Client) api:service(Orders API) db:database(Orders DB) "
           u"cache:cache(Redis cache) | client>api api>cache api>db"_s
        << u"client:matched api:matched db:matched cache:extra | "
           u"client>api:matched api>cache:extra api>db:matched"_s
        << u"client:matched api:matched db:matched | client>api:matched api>db:matched"_s
        << QString();

    QTest::newRow("reversed edge")
        << reference
        << graph({node(u"client"_s, u"client"_s, u"Client"_s),
                     node(u"api"_s, u"service"_s, u"Orders API"_s),
                     node(u"db"_s, u"database"_s, u"Orders DB"_s)},
               {u"db>api"_s, u"client>api"_s})
        << u"client:client(Client) api:service(Orders API) db:database(Orders DB) | "
           u"db>api client>api"_s
        << u"client:matched api:matched db:matched | db>api:reversed client>api:matched"_s
        << u"client:matched api:matched db:matched | client>api:matched api>db:reversed"_s
        << u"Orders API → Orders DB (drawn the other way){#1→#0 reversed}"_s;

    // Two identical edges in the reference, one in the attempt: one of each pairs, the other is a
    // ghost beside it.
    QTest::newRow("parallel edges")
        << graph({node(u"a"_s, u"service"_s, u"Orders"_s), node(u"b"_s, u"queue"_s, u"Jobs"_s)},
               {u"a>b"_s, u"a>b"_s})
        << graph({node(u"a"_s, u"service"_s, u"Orders"_s), node(u"b"_s, u"queue"_s, u"Jobs"_s)},
               {u"a>b"_s})
        << u"a:service(Orders) b:queue(Jobs) | a>b a>b"_s
        << u"a:matched b:matched | a>b:matched a>b:missing"_s
        << u"a:matched b:matched | a>b:matched a>b:missing"_s << u"Orders → Jobs{#1→#1}"_s;

    // The ghost goes into the attempt's cluster that pairs with its reference cluster.
    const DiagramGraph clustered = graph(reference.nodes, {u"client>api"_s, u"api>db/INSERT"_s},
        {cluster(u"cluster_orders"_s, u"Orders"_s, {u"api"_s, u"db"_s})});
    QTest::newRow("ghost inside the partner cluster")
        << clustered
        << graph({node(u"client"_s, u"client"_s, u"Client"_s),
                     node(u"api"_s, u"service"_s, u"Orders API"_s),
                     node(u"cache"_s, u"cache"_s, u"Cache"_s)},
               {u"client>api"_s},
               {cluster(u"cluster_o"_s, u"Order side"_s, {u"api"_s}),
                   cluster(u"cluster_x"_s, u"Caching"_s, {u"cache"_s})})
        << u"client:client(Client) api:service(Orders API) cache:cache(Cache) "
           u"db:database(Orders DB) | client>api api>db[INSERT] | "
           u"cluster_o(Order side){api db} cluster_x(Caching){cache}"_s
        << u"client:matched api:matched cache:extra db:missing | "
           u"client>api:matched api>db:missing | cluster_o:matched cluster_x:extra"_s
        << u"client:matched api:matched db:missing | client>api:matched api>db:missing | "
           u"cluster_orders:matched"_s
        << u"Orders DB{db→db}; Orders API → Orders DB{#1→#1}"_s;

    // A missing cluster around a ghost comes along as a ghost cluster, nested in the partner of
    // the reference's enclosing cluster.
    const DiagramGraph nested = graph({node(u"api"_s, u"service"_s, u"Orders API"_s),
                                          node(u"orders"_s, u"database"_s, u"Orders table"_s),
                                          node(u"outbox"_s, u"database"_s, u"Outbox table"_s)},
        {u"api>orders"_s, u"api>outbox"_s},
        {cluster(u"cluster_svc"_s, u"Orders service"_s, {u"api"_s}),
            cluster(u"cluster_db"_s, u"One transaction"_s, {u"orders"_s, u"outbox"_s},
                u"cluster_svc"_s)});
    QTest::newRow("ghost cluster for a missing cluster")
        << nested
        << graph({node(u"api"_s, u"service"_s, u"Orders API"_s),
                     node(u"t"_s, u"database"_s, u"Orders table"_s)},
               {u"api>t"_s}, {cluster(u"cluster_a"_s, u"Orders"_s, {u"api"_s, u"t"_s})})
        << u"api:service(Orders API) t:database(Orders table) outbox:database(Outbox table) | "
           u"api>t api>outbox | cluster_a(Orders){api t} "
           u"cluster_one_transaction<cluster_a(One transaction){outbox}"_s
        << u"api:matched t:matched outbox:missing | api>t:matched api>outbox:missing | "
           u"cluster_a:matched cluster_one_transaction:missing"_s
        << u"api:matched orders:matched outbox:missing | api>orders:matched api>outbox:missing | "
           u"cluster_svc:matched cluster_db:missing"_s
        << u"Outbox table{outbox→outbox}; Orders API → Outbox table{#1→#1}; "
           u"One transaction (boundary){cluster_db→cluster_one_transaction}"_s;

    // A missing cluster whose nodes were all drawn (without the box) has nothing to hold: no
    // ghost cluster, and its "you missed" line has no element on the attempt's side.
    QTest::newRow("missing cluster without ghosts")
        << clustered << reference
        << u"client:client(Client) api:service(Orders API) db:database(Orders DB) | "
           u"client>api api>db[INSERT]"_s
        << u"client:matched api:matched db:matched | client>api:matched api>db:matched"_s
        << u"client:matched api:matched db:matched | client>api:matched api>db:matched | "
           u"cluster_orders:missing"_s
        << u"Orders (boundary){cluster_orders→}"_s;
}

void TestDiffOverlay::build()
{
    QFETCH(DiagramGraph, reference);
    QFETCH(DiagramGraph, attempt);
    QFETCH(QString, overlayGraph);
    QFETCH(QString, attemptMarks);
    QFETCH(QString, referenceMarks);
    QFETCH(QString, missedLines);

    const DiagramDiff diff = DiagramDiff::compare(reference, attempt);
    const DiffOverlay overlay = DiffOverlay::build(reference, attempt, diff);
    QCOMPARE(summary(overlay.graph), overlayGraph);
    QCOMPARE(marks(overlay.graph, overlay.attempt), attemptMarks);
    QCOMPARE(marks(reference, overlay.reference), referenceMarks);
    QCOMPARE(missed(overlay.missed), missedLines);
    QCOMPARE(overlay.missed.size(), diff.youMissed.size());
}

void TestDiffOverlay::ghostsTakeTheReferenceLabelAndKindOnly()
{
    DiagramGraph reference = threeTier();
    reference.nodes[2].attributes.insert(u"shape"_s, u"box3d"_s);
    reference.edges[1].attributes.insert(u"style"_s, u"dashed"_s);
    DiagramGraph attempt = reference;
    attempt.nodes.removeLast();
    attempt.edges.removeLast();

    const DiffOverlay overlay
        = DiffOverlay::build(reference, attempt, DiagramDiff::compare(reference, attempt));
    const DiagramNode *ghost = overlay.graph.node(u"db"_s);
    QVERIFY(ghost);
    QCOMPARE(ghost->attributes,
        (DotAttributes {{u"kind"_s, u"database"_s}, {u"label"_s, u"Orders DB"_s}}));
    // An edge is drawn as the reference draws it: a dashed or unconstrained edge stays so.
    QCOMPARE(overlay.graph.edges.last().attributes, reference.edges[1].attributes);
}

void TestDiffOverlay::attemptNodeForCoversEveryReferenceNode()
{
    const DiagramGraph reference = threeTier();
    const DiagramGraph attempt
        = graph({node(u"x"_s, u"client"_s, u"Client"_s), node(u"db"_s, u"queue"_s, u"Jobs"_s)}, {});
    const DiffOverlay overlay
        = DiffOverlay::build(reference, attempt, DiagramDiff::compare(reference, attempt));
    QCOMPARE(overlay.attemptNodeFor.value(u"client"_s), u"x"_s);
    QCOMPARE(overlay.attemptNodeFor.value(u"api"_s), u"api"_s);
    QCOMPARE(overlay.attemptNodeFor.value(u"db"_s), u"db_2"_s);
    for (const DiagramNode &n : reference.nodes)
        QVERIFY2(overlay.graph.node(overlay.attemptNodeFor.value(n.id)), qPrintable(n.id));
}

QTEST_GUILESS_MAIN(TestDiffOverlay)
#include "tst_diffoverlay.moc"

// End-to-end tests for `archdeck fmt` and `archdeck diff`, the real binary and its layout worker
// through QProcess: fmt's exact output, idempotence on every bundled diagram, stdin, errors with
// their lines; diff's JSON contract, its text form, synonyms from a file and bad input.
#include "archdeckprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using ArchDeckProcess::archdeck;
using ArchDeckProcess::Run;

namespace {

const QByteArray kReference = "// The outbox, as the card draws it\n"
                              "digraph reference {\n"
                              "  client [kind=\"client\", label=\"Client\"];\n"
                              "  api [kind=\"service\", label=\"Orders API\"];\n"
                              "  db [kind=\"database\", label=\"Orders\\nDB\"];\n"
                              "  relay [kind=\"worker\", label=\"Outbox relay\"];\n"
                              "  topic [kind=\"topic\", label=\"Topic\"];\n"
                              "  client -> api; api -> db; db -> relay; relay -> topic;\n"
                              "}\n";

// Drawn from memory: the database written another way, one edge reversed, a cache that is not
// in the reference, no relay and no topic.
const QByteArray kAttempt = "digraph {\n"
                            "  c [label=\"client\"]; a [label=\"orders api\"];\n"
                            "  d [label=\"orders database\"]; x [kind=cache, label=\"Cache\"];\n"
                            "  c -> a; d -> a; a -> x;\n"
                            "}\n";

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out += item.isArray() ? item[0].toString() + u" = "_s + item[1].toString()
                              : item.toString();
    return out;
}

} // namespace

class TestWhiteboardCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fmtWritesCanonicalDot();
    void fmtToFileAndFromStdin();
    void fmtIsIdempotentOnBundledDiagrams();
    void fmtRefusesBadInput_data();
    void fmtRefusesBadInput();

    void diffJson();
    void diffIdenticalAndEmpty();
    void diffText();
    void diffSynonymsFile();
    void diffRefusesBadInput_data();
    void diffRefusesBadInput();

private:
    QString file(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestWhiteboardCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_EXE)), ARCHDECK_EXE);
    QVERIFY(m_dir.isValid());
}

QString TestWhiteboardCli::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestWhiteboardCli::fmtWritesCanonicalDot()
{
    const QString in = file(u"messy.dot"_s,
        "// Checkout\n// v2\n"
        "digraph   checkout{rankdir = LR node[fontsize=9]\n"
        "  \"client\" [label=Client kind=client] ; edge [color=\"#336699\"]\n"
        "subgraph cluster_vpc { label=\"VPC\"; kind=vpc; \"api gw\" [kind=gateway]; svc }\n"
        "  {rank=same client \"api gw\"}\n"
        "  client->\"api gw\"->svc [label=\"POST\"]\n"
        "  q [kind=queue, label=<<b>jobs</b>>]; svc -> q [style=dashed] }\n");
    const Run run = archdeck({u"fmt"_s, in});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, uR"(// Checkout
// v2
digraph checkout {
  rankdir=LR;

  node [fontsize=9];
  edge [color="#336699"];

  client [kind="client", label="Client"];

  subgraph cluster_vpc {
    kind="vpc";
    label="VPC";
    "api gw" [kind="gateway"];
    svc;
  }

  q [kind="queue", label=<<b>jobs</b>>];

  { rank=same; client; "api gw"; }

  client -> "api gw" [label="POST"];
  "api gw" -> svc [label="POST"];
  svc -> q [style=dashed];
}
)"_s);
}

void TestWhiteboardCli::fmtToFileAndFromStdin()
{
    const QString in = file(u"in.dot"_s, kReference);
    const QString out = m_dir.filePath(u"out.dot"_s);
    const Run toFile = archdeck({u"fmt"_s, in, u"-o"_s, out});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray formatted = written.readAll();
    QVERIFY(formatted.startsWith("// The outbox, as the card draws it\ndigraph reference {\n"));
    QCOMPARE(archdeck({u"fmt"_s, in}).out.toUtf8(), formatted);

    QProcess process;
    process.start(QStringLiteral(ARCHDECK_EXE), {u"fmt"_s, u"-"_s});
    process.write(kReference);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), formatted);
}

void TestWhiteboardCli::fmtIsIdempotentOnBundledDiagrams()
{
    const QDir diagrams(QStringLiteral(ARCHDECK_DIAGRAMS_DIR));
    const QStringList files = diagrams.entryList({u"*.dot"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 44);
    for (const QString &name : files) {
        const Run once = archdeck({u"fmt"_s, diagrams.filePath(name)});
        QVERIFY2(once.exitCode == 0, qPrintable(name + u": "_s + once.err));
        QCOMPARE(once.err, QString());
        const QString again = file(u"again.dot"_s, once.out.toUtf8());
        const Run twice = archdeck({u"fmt"_s, again});
        QVERIFY2(twice.out == once.out, qPrintable(name));
    }
}

void TestWhiteboardCli::fmtRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("dot"); // null: the file does not exist
    QTest::addColumn<QString>("message"); // IN stands for the path
    QTest::newRow("syntax error") << QByteArray("digraph G {\n  a -> b\n  b -> ;\n}\n")
                                  << u"IN:3: syntax error near ';'\n"_s;
    QTest::newRow("missing file") << QByteArray() << u"IN: cannot read: "_s;
    QTest::newRow("binary") << QByteArray("digraph {\n a\0", 13) << u"IN:2:3: the file contains a NUL byte"_s;
}

void TestWhiteboardCli::fmtRefusesBadInput()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, message);
    const QString in = dot.isNull() ? m_dir.filePath(u"absent.dot"_s) : file(u"bad.dot"_s, dot);
    const QString out = m_dir.filePath(u"never.dot"_s);
    const Run run = archdeck({u"fmt"_s, in, u"-o"_s, out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message.replace(u"IN"_s, in)), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestWhiteboardCli::diffJson()
{
    const Run run = archdeck({u"diff"_s, file(u"ref.dot"_s, kReference),
        file(u"attempt.dot"_s, kAttempt), u"--json"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // 3 nodes + 1 edge + ½ for the reversed one, over 9 reference and 7 attempt items.
    QCOMPARE(json[u"score"_s].toDouble(), 0.563);
    const QJsonObject nodes = json[u"nodes"_s].toObject();
    QCOMPARE(strings(nodes[u"matched"_s]),
        (QStringList {u"Client = client"_s, u"Orders API = orders api"_s,
            u"Orders DB = orders database"_s}));
    QCOMPARE(strings(nodes[u"missing"_s]), (QStringList {u"Outbox relay"_s, u"Topic"_s}));
    QCOMPARE(strings(nodes[u"extra"_s]), QStringList {u"Cache"_s});
    const QJsonObject edges = json[u"edges"_s].toObject();
    QCOMPARE(strings(edges[u"matched"_s]),
        QStringList {u"Client -> Orders API = client -> orders api"_s});
    QCOMPARE(strings(edges[u"reversed"_s]), QStringList {u"Orders API -> Orders DB"_s});
    QCOMPARE(strings(edges[u"missing"_s]),
        (QStringList {u"Orders DB -> Outbox relay"_s, u"Outbox relay -> Topic"_s}));
    QCOMPARE(strings(edges[u"extra"_s]), QStringList {u"orders api -> Cache"_s});
    QVERIFY(json[u"you_missed"_s].toArray().contains(u"Outbox relay"_s));
}

void TestWhiteboardCli::diffIdenticalAndEmpty()
{
    const QString reference = file(u"ref.dot"_s, kReference);
    const Run same = archdeck({u"diff"_s, reference, reference, u"--json"_s});
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(same.out.toUtf8())[u"score"_s].toDouble(), 1.0);
    const Run empty
        = archdeck({u"diff"_s, reference, file(u"empty.dot"_s, "digraph {}\n"), u"--json"_s});
    QCOMPARE(empty.exitCode, 0);
    const QJsonDocument json = QJsonDocument::fromJson(empty.out.toUtf8());
    QCOMPARE(json[u"score"_s].toDouble(), 0.0);
    QCOMPARE(json[u"nodes"_s][u"missing"_s].toArray().size(), 5);
    QCOMPARE(json[u"edges"_s][u"missing"_s].toArray().size(), 4);
}

void TestWhiteboardCli::diffText()
{
    const Run run = archdeck(
        {u"diff"_s, file(u"ref.dot"_s, kReference), file(u"attempt.dot"_s, kAttempt)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, uR"(score 0.56 — nodes 3/5, edges 1/4 (+1 reversed)
  matched  Client
  matched  Orders API
  matched  Orders DB ≈ orders database
  missing  Outbox relay
  missing  Topic
  missing  Orders DB -> Outbox relay
  missing  Outbox relay -> Topic
  reversed Orders API -> Orders DB
  extra    Cache
  extra    orders api -> Cache
you missed: Outbox relay; Topic; Orders DB → Outbox relay; Outbox relay → Topic; Orders API → Orders DB (drawn the other way)
)"_s);
}

void TestWhiteboardCli::diffSynonymsFile()
{
    const QString reference = file(u"pay.dot"_s, "digraph { p [label=\"Payments\"] }\n");
    const QString attempt = file(u"bill.dot"_s, "digraph { b [label=\"Billing\"] }\n");
    const Run without = archdeck({u"diff"_s, reference, attempt, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(without.out.toUtf8())[u"score"_s].toDouble(), 0.0);
    const QString synonyms = file(u"synonyms.txt"_s, "# mine\npayments = billing\n");
    const Run with = archdeck(
        {u"diff"_s, reference, attempt, u"--json"_s, u"--synonyms"_s, synonyms});
    QCOMPARE(with.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(with.out.toUtf8())[u"score"_s].toDouble(), 1.0);
}

void TestWhiteboardCli::diffRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("attempt");
    QTest::addColumn<QByteArray>("synonyms"); // null: no --synonyms
    QTest::addColumn<QString>("message"); // ATTEMPT / SYN stand for the paths
    QTest::newRow("syntax error") << QByteArray("digraph {\n  a -> \n}\n") << QByteArray()
                                  << u"ATTEMPT:3: syntax error near '}'"_s;
    QTest::newRow("bad synonyms line")
        << kAttempt << QByteArray("sqs = queue\nlonely\n")
        << u"SYN:2: expected two or more phrases separated by '='"_s;
}

void TestWhiteboardCli::diffRefusesBadInput()
{
    QFETCH(QByteArray, attempt);
    QFETCH(QByteArray, synonyms);
    QFETCH(QString, message);
    const QString attemptPath = file(u"bad-attempt.dot"_s, attempt);
    QStringList arguments {u"diff"_s, file(u"ref.dot"_s, kReference), attemptPath};
    QString synonymsPath;
    if (!synonyms.isNull()) {
        synonymsPath = file(u"bad-synonyms.txt"_s, synonyms);
        arguments += {u"--synonyms"_s, synonymsPath};
    }
    const Run run = archdeck(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    message.replace(u"ATTEMPT"_s, attemptPath).replace(u"SYN"_s, synonymsPath);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestWhiteboardCli)
#include "tst_whiteboard_cli.moc"

// Graphviz's own example graphs (Debian's graphviz-doc, fetched by fetch-graphviz-examples.sh)
// through the real `archdeck render`: every one must either render to well-formed SVG (exit 0)
// or be refused with a diagnostic naming the file (exit 1) — never exit 2, crash or hang.
// And `archdeck fmt` on each: what it writes reads back as the same structure (same nodes, edges,
// clusters, subgraphs and attributes) and formatting it again changes no byte.
// Skips when the package could not be fetched.
#include "dotwriter.h"
#include "layoutengine.h"
#include "testdiagrams.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

class TestGraphvizExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rendersOrRefusesCleanly_data();
    void rendersOrRefusesCleanly();
    void formatKeepsStructure_data() { rendersOrRefusesCleanly_data(); }
    void formatKeepsStructure();

private:
    QTemporaryDir m_out;
    int m_rendered = 0;
    QStringList m_refused; ///< "name: first diagnostic"
    int m_formatted = 0;
    ArchDeck::LayoutEngine *m_engine = nullptr;
};

namespace {

/// A graph with its nodes, clusters and subgraphs in id order, their members sorted: a file's
/// node order decides where `fmt` writes a cluster, and the cluster then brings all its nodes,
/// so the order of first mention may change; nothing else may.
ArchDeck::DiagramGraph orderFree(ArchDeck::DiagramGraph g)
{
    using namespace ArchDeck;
    std::sort(g.nodes.begin(), g.nodes.end(),
        [](const DiagramNode &a, const DiagramNode &b) { return a.id < b.id; });
    for (DiagramCluster &c : g.clusters)
        c.nodes.sort();
    std::sort(g.clusters.begin(), g.clusters.end(),
        [](const DiagramCluster &a, const DiagramCluster &b) { return a.id < b.id; });
    for (DiagramSubgraph &s : g.subgraphs)
        s.nodes.sort();
    std::sort(g.subgraphs.begin(), g.subgraphs.end(),
        [](const DiagramSubgraph &a, const DiagramSubgraph &b) {
            return std::tie(a.parent, a.id, a.nodes) < std::tie(b.parent, b.id, b.nodes);
        });
    return g;
}

} // namespace

void TestGraphvizExamples::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_EXE)), ARCHDECK_EXE);
    QVERIFY(m_out.isValid());
    m_engine = new ArchDeck::LayoutEngine(TestDiagrams::workerOptions(), this);
}

void TestGraphvizExamples::cleanupTestCase()
{
    if (m_rendered == 0 && m_refused.isEmpty())
        return; // skipped
    qInfo().noquote() << u"graphviz examples: %1 rendered, %2 refused cleanly"_s.arg(m_rendered)
                             .arg(m_refused.size());
    for (const QString &refusal : std::as_const(m_refused))
        qInfo().noquote() << u"  refused: "_s + refusal;
    qInfo().noquote() << u"graphviz examples: %1 formatted with their structure kept"_s.arg(
        m_formatted);
}

void TestGraphvizExamples::rendersOrRefusesCleanly_data()
{
    QTest::addColumn<QString>("path");

    const QString root = QStringLiteral(GRAPHVIZ_EXAMPLES_DIR);
    QFile unavailable(root + u"/unavailable"_s);
    if (unavailable.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"graphviz-doc could not be fetched (%1)"_s.arg(
            QString::fromUtf8(unavailable.readAll()).trimmed())));

    // Wherever the package put them: …/doc/graphviz/examples in Debian 12.
    QStringList files;
    QDirIterator it(
        root + u"/root"_s, {u"*.gv"_s, u"*.dot"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/examples/"_s))
            files.append(path);
    }
    if (files.isEmpty())
        QSKIP(qPrintable(u"no Graphviz examples under %1/root; run the tests through ctest so "
                         "fetch_graphviz_examples runs first"_s.arg(root)));
    files.sort();
    for (const QString &path : std::as_const(files))
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(path).section(u'/', -3))) << path;
}

void TestGraphvizExamples::rendersOrRefusesCleanly()
{
    QFETCH(QString, path);
    const QString svgPath = m_out.filePath(u"out.svg"_s);
    QFile::remove(svgPath);

    QProcess process;
    process.start(QStringLiteral(ARCHDECK_EXE),
        {u"render"_s, path, u"-o"_s, svgPath, u"--timeout"_s, u"10"_s});
    // Generous: the layout itself is capped at 10 s; this only turns a hang into a failure.
    const bool finished = process.waitForFinished(180000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, "archdeck render hung");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const int exitCode = process.exitCode();
    QVERIFY2(exitCode == 0 || exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(exitCode).arg(err)));

    if (exitCode == 0) {
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const TestDiagrams::Svg inspected = TestDiagrams::inspect(svg.readAll());
        QVERIFY2(inspected.wellFormed, qPrintable(inspected.error));
        QVERIFY(!inspected.viewBoxSize.isEmpty());
        ++m_rendered;
        return;
    }
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    const auto namesFile = [&](const QString &line) {
        return line.startsWith(path + u':');
    };
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), namesFile), qPrintable(err));
    QVERIFY(!QFile::exists(svgPath));
    const auto first = std::find_if(lines.cbegin(), lines.cend(), namesFile);
    m_refused.append(QFileInfo(path).fileName() + u": "_s + first->mid(path.size() + 1).trimmed());
}

void TestGraphvizExamples::formatKeepsStructure()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray dot = file.readAll();
    const ArchDeck::Result<ArchDeck::DiagramGraph> original = m_engine->parseNow(dot, path);

    QProcess process;
    process.start(QStringLiteral(ARCHDECK_EXE), {u"fmt"_s, path, u"--timeout"_s, u"10"_s});
    QVERIFY2(process.waitForFinished(180000), "archdeck fmt hung");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray formatted = process.readAllStandardOutput();
    if (!original.isOk()) { // refused by the reader (a limit, a syntax error): fmt refuses too
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(formatted.isEmpty());
        return;
    }
    QCOMPARE(process.exitCode(), 0);
    const ArchDeck::Result<ArchDeck::DiagramGraph> again = m_engine->parseNow(formatted, path);
    QVERIFY2(again.isOk(), qPrintable(again.errorMessage()));
    QVERIFY2(orderFree(again.value) == orderFree(original.value), formatted.constData());
    QCOMPARE(ArchDeck::DotWriter::write(again.value), formatted); // idempotent
    ++m_formatted;
}

QTEST_GUILESS_MAIN(TestGraphvizExamples)
#include "tst_graphviz_examples.moc"

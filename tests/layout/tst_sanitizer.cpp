// Tests for GraphSanitizer and our SVG writer (SvgRenderPlugin), through LayoutEngine (both run
// inside the archdeck-layout worker): what is removed from a diagram and said about it, what must
// never reach the SVG, that labels with XML's special characters stay valid XML, and that no file a
// diagram names is ever opened.
#include "layoutengine.h"
#include "testdiagrams.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>

using namespace ArchDeck;
using namespace Qt::StringLiterals;
using namespace TestDiagrams;

namespace {

/// "digraph G {\n  BODY\n}\n": what a row writes goes on line 2.
QByteArray graph(const QByteArray &body)
{
    return "digraph G {\n  " + body + "\n}\n";
}

} // namespace

class TestSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void removals_data();
    void removals();
    void labelsStayValidXml_data();
    void labelsStayValidXml();
    void namedFilesAreNeverOpened_data();
    void namedFilesAreNeverOpened();

private:
    LayoutEngine *m_engine = nullptr;
};

void TestSanitizer::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE)), ARCHDECK_LAYOUT_WORKER_EXE);
    m_engine = new LayoutEngine(workerOptions(), this);
}

void TestSanitizer::removals_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("warning"); // must occur in a warning; empty: no diagnostics at all
    QTest::addColumn<QByteArray>("forbidden"); // must not occur in the SVG
    QTest::addColumn<QByteArray>("required"); // must occur in the SVG

    const QByteArray secret = "/srv/secret/logo.png";

    // Files and search paths.
    QTest::newRow("node image")
        << graph("a [image=\"" + secret + "\"]")
        << u"in.dot:2: warning: removed 'image' from node 'a' (ArchDeck never reads files a "
           "diagram names)"_s
        << secret << QByteArray();
    QTest::newRow("node default image")
        << graph("node [image=\"" + secret + "\"]\n  a") << u"removed 'image' from node 'a'"_s
        << secret << QByteArray();
    QTest::newRow("shapefile, shape=custom")
        << graph("a [shape=custom shapefile=\"" + secret + "\"]")
        << u"in.dot:2: warning: removed 'shapefile' from node 'a'"_s << secret << QByteArray();
    QTest::newRow("shapefile, shape=epsf")
        << graph("a [shape=epsf shapefile=\"/srv/secret/shape.ps\"]")
        << u"in.dot:2: warning: removed 'shapefile' from node 'a'"_s << QByteArray("shape.ps")
        << QByteArray();
    QTest::newRow("imagepath") << graph("imagepath=\"/srv/secret\"\n  a [image=\"logo.png\"]")
                               << u"in.dot:2: warning: removed 'imagepath' from graph 'G'"_s
                               << QByteArray("/srv/secret") << QByteArray();
    QTest::newRow("fontpath") << graph("fontpath=\"/srv/fonts\"\n  a")
                              << u"in.dot:2: warning: removed 'fontpath' from graph 'G'"_s
                              << QByteArray("/srv/fonts") << QByteArray();
    QTest::newRow("fontnames") << graph("fontnames=\"svg\"\n  a")
                               << u"in.dot:2: warning: removed 'fontnames' from graph 'G'"_s
                               << QByteArray() << QByteArray();
    QTest::newRow("stylesheet") << graph("stylesheet=\"https://example.com/evil.css\"\n  a")
                                << u"in.dot:2: warning: removed 'stylesheet' from graph 'G'"_s
                                << QByteArray("evil.css") << QByteArray();
    QTest::newRow("HTML label <IMG>")
        << graph("a [label=<<TABLE><TR><TD><IMG SRC=\"" + secret + "\"/></TD></TR></TABLE>>]")
        << u"in.dot:2: warning: removed an <IMG> label from node 'a' (ArchDeck never reads "
           "files a diagram names)"_s
        << secret << QByteArray();
    QTest::newRow("HTML label <img>, lower case")
        << graph("a [label=<<table><tr><td><img src=\"" + secret + "\"/></td></tr></table>>]")
        << u"in.dot:2: warning: removed an <IMG> label from node 'a'"_s << secret << QByteArray();
    QTest::newRow("HTML xlabel <IMG>")
        << graph("a [xlabel=<<TABLE><TR><TD><IMG SRC=\"" + secret + "\"/></TD></TR></TABLE>>]")
        << u"removed an <IMG> xlabel from node 'a'"_s << secret << QByteArray();
    QTest::newRow("HTML headlabel <IMG>") << graph(
        "a -> b [headlabel=<<TABLE><TR><TD><IMG SRC=\"" + secret + "\"/></TD></TR></TABLE>>]")
                                          << u"removed an <IMG> headlabel from edge 'a -> b'"_s
                                          << secret << QByteArray();

    // Links and tooltips.
    QTest::newRow("URL javascript:")
        << graph("a [URL=\"javascript:alert(1)\"]")
        << u"in.dot:2: warning: removed 'URL' from node 'a' (unsafe or invalid in SVG)"_s
        << QByteArray("javascript:") << QByteArray();
    QTest::newRow("URL JavaScript: with spaces")
        << graph("a [URL=\"  JavaScript:alert(1)\"]") << u"removed 'URL' from node 'a'"_s
        << QByteArray("alert") << QByteArray();
    QTest::newRow("href file:") << graph("a [href=\"file:///etc/passwd\"]")
                                << u"in.dot:2: warning: removed 'href' from node 'a'"_s
                                << QByteArray("/etc/passwd") << QByteArray();
    QTest::newRow("URL data:") << graph("a [URL=\"data:text/html,hi\"]")
                               << u"removed 'URL' from node 'a'"_s << QByteArray("data:")
                               << QByteArray();
    QTest::newRow("URL with &") << graph("a [URL=\"http://x/?a=1&b=2\"]")
                                << u"in.dot:2: warning: removed 'URL' from node 'a'"_s
                                << QByteArray("a=1") << QByteArray();
    QTest::newRow("tooltip with < and &") << graph("a [tooltip=\"sneaky <b> & co\"]")
                                          << u"in.dot:2: warning: removed 'tooltip' from node 'a'"_s
                                          << QByteArray("sneaky") << QByteArray();
    QTest::newRow("graph URL") << graph("URL=\"javascript:alert(2)\"\n  a")
                               << u"removed 'URL' from graph 'G'"_s << QByteArray("javascript:")
                               << QByteArray();
    QTest::newRow("cluster URL") << graph(
        "subgraph cluster_x {\n    URL=\"javascript:alert(3)\"\n    a\n  }")
                                 << u"in.dot:3: warning: removed 'URL' from graph 'cluster_x'"_s
                                 << QByteArray("javascript:") << QByteArray();
    QTest::newRow("subgraph node default URL")
        << graph("subgraph s {\n    node [URL=\"javascript:alert(4)\"]\n    a\n  }")
        << u"in.dot:3: warning: removed 'URL' from node 'a'"_s << QByteArray("javascript:")
        << QByteArray();
    for (const char *attribute : {"URL", "href", "labelURL", "headURL", "tailURL", "edgeURL",
             "edgehref", "labelhref", "headhref", "tailhref"}) {
        const QByteArray name(attribute);
        QTest::newRow(("edge " + name).constData())
            << graph("a -> b [label=\"l\" headlabel=\"h\" taillabel=\"t\" " + name
                   + "=\"javascript:alert(5)\"]")
            << u"in.dot:2: warning: removed '%1' from edge 'a -> b'"_s.arg(QLatin1String(name))
            << QByteArray("javascript:") << QByteArray();
    }
    QTest::newRow("several nodes, one warning")
        << graph("a [URL=\"javascript:1\"]\n  b [URL=\"javascript:2\"]\n  c [URL=\"javascript:3\"]")
        << u"in.dot:2: warning: removed 'URL' from node 'a' and 2 more (unsafe or invalid in SVG)"_s
        << QByteArray("javascript:") << QByteArray();
    QTest::newRow("safe https URL stays")
        << graph("a [URL=\"https://example.com/docs\" tooltip=\"Docs\"]") << QString()
        << QByteArray() << QByteArray("xlink:href=\"https://example.com/docs\"");
    QTest::newRow("safe mailto URL stays")
        << graph("a [URL=\"mailto:team@example.com\"]") << QString() << QByteArray()
        << QByteArray("xlink:href=\"mailto:team@example.com\"");
    QTest::newRow("URL=\\N expands to javascript:")
        << graph("\"javascript:alert(1)\" [URL=\"\\N\"]") << u"removed 'URL' from node"_s
        << QByteArray("href=\"javascript:") << QByteArray();
    QTest::newRow("HTML <TD HREF=javascript:>")
        << graph("a [label=<<TABLE><TR><TD HREF=\"javascript:alert(1)\">x</TD></TR></TABLE>>]")
        << u"removed"_s << QByteArray("javascript:") << QByteArray();
    QTest::newRow("relative URL") << graph("a [URL=\"docs/page.html\"]")
                                  << u"removed 'URL' from node 'a'"_s
                                  << QByteArray("docs/page.html") << QByteArray();

    // What would change the SVG's frame.
    QTest::newRow("size") << graph("size=\"1,1\"\n  a -> b -> c")
                          << u"in.dot:2: warning: removed 'size' from graph 'G' (ArchDeck sizes "
                             "diagrams itself)"_s
                          << QByteArray("scale(0.") << QByteArray("scale(1 1)");
    QTest::newRow("size, with clusters")
        << graph("size=\"1,1\"\n  subgraph cluster_a { a }\n  subgraph cluster_b { b }")
        << u"in.dot:2: warning: removed 'size' from graph 'G' (ArchDeck sizes diagrams itself)"_s
        << QByteArray("scale(0.") << QByteArray("scale(1 1)");
    QTest::newRow("node orientation stays")
        << graph("a [shape=box orientation=30]") << QString() << QByteArray() << QByteArray();
    QTest::newRow("ratio") << graph("ratio=3\n  a -> b")
                           << u"in.dot:2: warning: removed 'ratio' from graph 'G'"_s << QByteArray()
                           << QByteArray("scale(1 1)");
    QTest::newRow("rotate") << graph("rotate=90\n  a -> b")
                            << u"in.dot:2: warning: removed 'rotate' from graph 'G'"_s
                            << QByteArray("rotate(-90") << QByteArray("rotate(0)");
    QTest::newRow("landscape") << graph("landscape=true\n  a -> b")
                               << u"in.dot:2: warning: removed 'landscape' from graph 'G'"_s
                               << QByteArray("rotate(-90") << QByteArray("rotate(0)");
    QTest::newRow("layout=neato is drawn with dot")
        << graph("layout=neato\n  a -> b")
        << u"in.dot:2: warning: drew graph 'G' with dot, not neato (ArchDeck lays out every "
           "diagram with dot)"_s
        << QByteArray() << QByteArray("ad-edge-1");
    QTest::newRow("layout=neato, anonymous graph")
        << QByteArray("digraph {\n  layout=neato\n  a -> b\n}\n")
        << u"in.dot:2: warning: drew the graph with dot, not neato"_s << QByteArray()
        << QByteArray("ad-edge-1");
    QTest::newRow("layout=\"\" is drawn with dot, silently")
        << graph("layout=\"\"\n  a -> b") << QString() << QByteArray() << QByteArray("ad-edge-1");
    QTest::newRow("layout=dot stays, silently")
        << graph("layout=dot\n  a -> b") << QString() << QByteArray() << QByteArray("ad-edge-1");
    QTest::newRow("dpi") << graph("dpi=300\n  a -> b")
                         << u"in.dot:2: warning: removed 'dpi' from graph 'G'"_s << QByteArray()
                         << QByteArray("scale(1 1)");
}

void TestSanitizer::removals()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, warning);
    QFETCH(QByteArray, forbidden);
    QFETCH(QByteArray, required);

    const RenderResult result = m_engine->renderNow(source(dot));
    const QStringList all = messages(result);
    QStringList problems;
    if (!result.isOk())
        problems.append(u"not rendered"_s);
    if (hasErrors(result.diagnostics))
        problems.append(u"errors reported"_s);
    if (warning.isEmpty() && !all.isEmpty())
        problems.append(u"unexpected diagnostics"_s);
    if (!warning.isEmpty() && std::none_of(all.cbegin(), all.cend(), [&](const QString &m) {
            return m.contains(warning);
        }))
        problems.append(u"no warning containing \"%1\""_s.arg(warning));
    if (!forbidden.isEmpty() && result.svg.contains(forbidden))
        problems.append(u"the SVG contains \"%1\""_s.arg(QString::fromUtf8(forbidden)));
    if (!required.isEmpty() && !result.svg.contains(required))
        problems.append(u"the SVG lacks \"%1\""_s.arg(QString::fromUtf8(required)));
    const TestDiagrams::Svg svg = TestDiagrams::inspect(result.svg);
    if (result.isOk() && !svg.wellFormed)
        problems.append(u"invalid XML: "_s + svg.error);

    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.join(u"; "_s) + u"\n   diagnostics: "_s + all.join(u" | "_s)));
}

void TestSanitizer::labelsStayValidXml_data()
{
    QTest::addColumn<QString>("text"); // used as node name, node label, edge and cluster label

    QTest::newRow("ampersand") << u"R&D & Ops"_s;
    QTest::newRow("angle brackets") << u"<b>not html</b> a > b"_s;
    QTest::newRow("double quotes") << u"say \"hi\""_s;
    QTest::newRow("single quotes") << u"it's 'quoted'"_s;
    QTest::newRow("everything") << u"<&>\"' mixed"_s;
    QTest::newRow("non-ASCII") << u"Zürich — 東京 Ωμέγα 🚀"_s;
    QTest::newRow("comment-like") << u"<!-- not a comment --> ]]>"_s;
    QTest::newRow("href-like") << u"href=\"x\" <image>"_s;
    QTest::newRow("unknown entity") << u"Q&A; &bogus;"_s;
    QTest::newRow("url( in text") << u"background: url(x.png)"_s;
    QTest::newRow("control characters") << u"bell\u0007 escape\u001b"_s;
}

void TestSanitizer::labelsStayValidXml()
{
    QFETCH(QString, text);

    QByteArray quoted = text.toUtf8();
    quoted.replace('"', "\\\"");
    const QByteArray dot = "digraph G {\n  subgraph cluster_c {\n    label=\"" + quoted
        + "\"\n    \"" + quoted + "\"\n  }\n  b [label=\"" + quoted + "\"]\n  \"" + quoted
        + "\" -> b [label=\"" + quoted + "\"]\n}\n";
    const RenderResult result = m_engine->renderNow(source(dot));
    QVERIFY2(result.isOk(), qPrintable(messages(result).join(u" | "_s)));
    QVERIFY2(!hasErrors(result.diagnostics), qPrintable(messages(result).join(u" | "_s)));

    const TestDiagrams::Svg svg = TestDiagrams::inspect(result.svg);
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    // The node, its label, the edge label and the cluster label: four <text>s saying `text`,
    // with characters XML cannot hold shown as U+FFFD.
    QString shown = text;
    for (QChar &c : shown)
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            c = QChar(0xFFFD);
    QCOMPARE(svg.texts.count(shown), 4);
    int labelled = 0;
    for (const LayoutElement &e : result.layout.elements)
        labelled += e.label == text ? 1 : 0;
    QCOMPARE(labelled, 4);
    QVERIFY(svg.links.isEmpty());
}

void TestSanitizer::namedFilesAreNeverOpened_data()
{
    QTest::addColumn<QByteArray>("body"); // FIFO stands for the folder of FIFOs

    QTest::newRow("image") << QByteArray("a [image=\"FIFO/image.png\"]");
    QTest::newRow("shapefile, custom")
        << QByteArray("a [shape=custom shapefile=\"FIFO/shape.png\"]");
    QTest::newRow("shapefile, epsf") << QByteArray("a [shape=epsf shapefile=\"FIFO/shape.ps\"]");
    QTest::newRow("imagepath") << QByteArray("imagepath=\"FIFO\"\n  a [image=\"image.png\"]");
    QTest::newRow("fontpath") << QByteArray("fontpath=\"FIFO\"\n  a [fontname=\"font\"]");
    QTest::newRow("stylesheet") << QByteArray("stylesheet=\"FIFO/style.css\"\n  a");
    QTest::newRow("<IMG SRC>") << QByteArray(
        "a [label=<<TABLE><TR><TD><IMG SRC=\"FIFO/image.png\"/></TD></TR></TABLE>>]");
    QTest::newRow("<IMG SRC> in xlabel") << QByteArray(
        "a [xlabel=<<TABLE><TR><TD><IMG SRC=\"FIFO/image.png\"/></TD></TR></TABLE>>]");
    QTest::newRow("<IMG SRC> in taillabel")
        << QByteArray("a -> b [taillabel=<<TABLE><TR><TD><IMG SRC=\"FIFO/image.png\"/></TD></TR>"
                      "</TABLE>>]");
}

void TestSanitizer::namedFilesAreNeverOpened()
{
    QFETCH(QByteArray, body);

    // Opening a FIFO for reading blocks until someone writes: a worker that opened one would
    // hang until the engine's timeout.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray folder = QFile::encodeName(dir.path());
    for (const char *name : {"image.png", "shape.png", "shape.ps", "style.css", "font.ttf"})
        QCOMPARE(::mkfifo((folder + '/' + name).constData(), 0600), 0);

    LayoutEngine::Options options = workerOptions();
    options.timeoutMs = 5000;
    LayoutEngine engine(options);
    const RenderResult result
        = engine.renderNow(source(graph(QByteArray(body).replace("FIFO", folder))));
    const QStringList all = messages(result);
    QVERIFY2(
        !all.contains(u"in.dot: layout took longer than 5 s"_s), qPrintable(all.join(u" | "_s)));
    QVERIFY2(result.isOk(), qPrintable(all.join(u" | "_s)));
    QVERIFY(!result.svg.contains(folder));
    QVERIFY(std::any_of(all.cbegin(), all.cend(),
        [](const QString &m) { return m.contains(u"warning: removed"_s); }));
}

QTEST_GUILESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"

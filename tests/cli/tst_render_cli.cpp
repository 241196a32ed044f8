// End-to-end tests for `archdeck render` and `archdeck check`: the real binary (and its real
// layout worker) through QProcess. Exit codes are the contract: 0 ok, 1 bad input, 2 internal.
#include "testdiagrams.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "archdeckprocess.h"

using namespace Qt::StringLiterals;

using ArchDeckProcess::archdeck;
using ArchDeckProcess::Run;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A card file with `followUps` follow-up questions; the i-th (from 1) is on line 10 + 3i.
QByteArray checkedCard(const QByteArray &id, int followUps)
{
    QByteArray text = "---\nid: " + id + "\nsection: S\ntitle: T\ndiagram: diagrams/" + id
        + ".dot\ntags: [t]\n---\n\nAn answer.\n\n## Follow-ups\n";
    for (int i = 1; i <= followUps; ++i)
        text += "\n### Question " + QByteArray::number(i) + "?\nAnswer " + QByteArray::number(i)
            + ".\n";
    return text;
}

/// A small flow that fills a 16:9 slide: a client fanning out to three services and back in.
const QByteArray kFanOut = "digraph G {\n"
                           "  rankdir=LR;\n"
                           "  a [kind=\"client\"];\n"
                           "  b [kind=\"service\"]; c [kind=\"service\"]; d [kind=\"service\"];\n"
                           "  e [kind=\"database\"];\n"
                           "  a -> b; a -> c; a -> d; b -> e; c -> e; d -> e;\n"
                           "}\n";

} // namespace

class TestRenderCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void rendersSvg();
    void rendersPngAtScale();
    void rendersPdf();
    void darkTheme();
    void refusals_data();
    void refusals();
    void failureLeavesExistingOutputAlone();
    void checkBundledDeck();
    void checkDeckWithProblems();
    void checkLayoutHabitsAndFollowUps();

private:
    QString input(const QString &name, const QByteArray &dot);
    QString output(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestRenderCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARCHDECK_EXE)), ARCHDECK_EXE);
    QVERIFY(m_dir.isValid());
}

QString TestRenderCli::input(const QString &name, const QByteArray &dot)
{
    const QString path = m_dir.filePath(name);
    return write(path, dot) ? path : QString();
}

void TestRenderCli::rendersSvg()
{
    const QString in = input(u"good.dot"_s, TestDiagrams::good());
    const QString out = output(u"good.svg"_s);
    const Run run = archdeck({u"render"_s, in, u"-o"_s, out});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    const QByteArray svg = readAll(out);
    const TestDiagrams::Svg inspected = TestDiagrams::inspect(svg);
    QVERIFY2(inspected.wellFormed, qPrintable(inspected.error));
    QVERIFY(!svg.contains("<!DOCTYPE"));
    QVERIFY(inspected.ids.contains(u"ad-node-1"_s));
    QVERIFY(inspected.texts.contains(u"Orders API"_s));
    QVERIFY(svg.contains("#ffffff")); // the light theme by default
}

void TestRenderCli::rendersPngAtScale()
{
    const QString in = input(u"scaled.dot"_s, TestDiagrams::good());
    QCOMPARE(archdeck({u"render"_s, in, u"-o"_s, output(u"scaled.svg"_s)}).exitCode, 0);
    const QSizeF viewBox = TestDiagrams::inspect(readAll(output(u"scaled.svg"_s))).viewBoxSize;
    QVERIFY(!viewBox.isEmpty());

    const QString png = output(u"scaled.png"_s);
    const Run run = archdeck({u"render"_s, in, u"-o"_s, png, u"--scale"_s, u"2"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readAll(png).startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QVERIFY2(qAbs(image.width() - 2 * viewBox.width()) <= 1
            && qAbs(image.height() - 2 * viewBox.height()) <= 1,
        qPrintable(u"%1×%2 px for a %3×%4 viewBox"_s.arg(image.width())
                       .arg(image.height())
                       .arg(viewBox.width())
                       .arg(viewBox.height())));
}

void TestRenderCli::rendersPdf()
{
    const QString in = input(u"doc.dot"_s, TestDiagrams::good());
    const QString pdf = output(u"doc.pdf"_s);
    const Run run = archdeck({u"render"_s, in, u"-o"_s, pdf});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestRenderCli::darkTheme()
{
    const QString in = input(u"dark.dot"_s, TestDiagrams::good());
    const QString light = output(u"light.svg"_s);
    const QString dark = output(u"dark.svg"_s);
    QCOMPARE(archdeck({u"render"_s, in, u"-o"_s, light}).exitCode, 0);
    const Run run = archdeck({u"render"_s, in, u"-o"_s, dark, u"--theme"_s, u"dark"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readAll(dark).contains("#1d1f22"));
    QVERIFY(!readAll(light).contains("#1d1f22"));
    QVERIFY(TestDiagrams::inspect(readAll(dark)).wellFormed);
}

void TestRenderCli::refusals_data()
{
    QTest::addColumn<QByteArray>("dot"); // written to IN.dot; null: IN.dot does not exist
    QTest::addColumn<QStringList>("options"); // after `render IN.dot`
    QTest::addColumn<QString>("message"); // must occur in stderr; IN stands for IN.dot's path

    const QByteArray good = TestDiagrams::good();
    QTest::newRow("bad extension") << good << QStringList {u"-o"_s, u"OUT.jpg"_s}
                                   << u"archdeck render: -o OUT must end in .svg, .png or .pdf, "
                                      "not '"_s;
    QTest::newRow("no output")
        << good << QStringList()
        << u"archdeck render: missing -o OUT (an .svg, .png or .pdf file)\n"_s;
    QTest::newRow("bad theme") << good
                               << QStringList {u"-o"_s, u"OUT.svg"_s, u"--theme"_s, u"sepia"_s}
                               << u"archdeck render: --theme is light or dark, not 'sepia'"_s;
    QTest::newRow("bad scale") << good << QStringList {u"-o"_s, u"OUT.png"_s, u"--scale"_s, u"0"_s}
                               << u"archdeck render: --scale takes a factor between 0 and 16"_s;
    QTest::newRow("bad timeout")
        << good << QStringList {u"-o"_s, u"OUT.svg"_s, u"--timeout"_s, u"soon"_s}
        << u"archdeck render: --timeout takes seconds between 0 and 3600, not 'soon'"_s;
    // 20 inches square at 16× is 23040 px a side: past the PNG limit, so refused before drawing.
    QTest::newRow("PNG too large")
        << QByteArray("digraph G { a [kind=service width=20 height=20 fixedsize=true] }\n")
        << QStringList {u"-o"_s, u"OUT.png"_s, u"--scale"_s, u"16"_s}
        << u"px is too large for a PNG (at most 100 megapixels); use a smaller scale\n"_s;
    QTest::newRow("missing input")
        << QByteArray() << QStringList {u"-o"_s, u"OUT.svg"_s} << u"IN: cannot read: "_s;
    QTest::newRow("syntax error") << QByteArray("digraph G {\n  a -> b\n  b -> ;\n}\n")
                                  << QStringList {u"-o"_s, u"OUT.svg"_s}
                                  << u"IN:3: syntax error near ';'"_s;
    QTest::newRow("syntax error, PNG")
        << QByteArray("graph G {\n  a -> b\n}\n") << QStringList {u"-o"_s, u"OUT.png"_s}
        << u"IN:2: syntax error near '->'"_s;
    QTest::newRow("crash") << TestDiagrams::crashing() << QStringList {u"-o"_s, u"OUT.svg"_s}
                           << u"IN: the layout engine crashed on this diagram"_s;
    QTest::newRow("timeout") << TestDiagrams::slow()
                             << QStringList {u"-o"_s, u"OUT.svg"_s, u"--timeout"_s, u"0.3"_s}
                             << u"IN: layout took longer than 0.3 s"_s;
}

void TestRenderCli::refusals()
{
    QFETCH(QByteArray, dot);
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString in = dir.filePath(u"IN.dot"_s);
    if (!dot.isNull())
        QVERIFY(write(in, dot));
    for (QString &option : options)
        if (option.startsWith(u"OUT."_s))
            option = dir.filePath(option);

    const Run run = archdeck(QStringList {u"render"_s, in} + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message.replace(u"IN"_s, in)), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    // Nothing is written, not even an empty or partial file.
    QCOMPARE(QDir(dir.path()).entryList({u"OUT.*"_s}, QDir::Files), QStringList());
}

void TestRenderCli::failureLeavesExistingOutputAlone()
{
    const QString in = input(u"broken.dot"_s, "digraph G {\n  a -> \n");
    const QString out = output(u"kept.svg"_s);
    QVERIFY(write(out, "previous"));
    const Run run = archdeck({u"render"_s, in, u"-o"_s, out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(in + u":3: syntax error"_s), qPrintable(run.err));
    QCOMPARE(readAll(out), QByteArray("previous"));
}

void TestRenderCli::checkBundledDeck()
{
    const Run run = archdeck({u"check"_s});
    // Every card and its diagram: rendered, styled by kind, and fitting a 1920×1080 slide.
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out, u"checked 44 cards and 44 diagrams: no problems\n"_s);
    QCOMPARE(run.exitCode, 0);
}

void TestRenderCli::checkDeckWithProblems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"mydeck/diagrams"_s));
    QVERIFY(write(dir.filePath(u"mydeck/q01-drawn.md"_s), checkedCard("q01-drawn", 3)));
    QVERIFY(write(dir.filePath(u"mydeck/q02-undrawn.md"_s), checkedCard("q02-undrawn", 3)));
    QVERIFY(write(dir.filePath(u"mydeck/diagrams/q01-drawn.dot"_s), kFanOut));

    const QString deck = QDir::cleanPath(dir.filePath(u"mydeck"_s));
    const Run run = archdeck({u"check"_s, u"--deck"_s, deck});
    // The diagram that cannot be read is named where it was looked for.
    QCOMPARE(run.err,
        u"%1/diagrams/q02-undrawn.dot: no such file (nor %1/mydeck/diagrams/q02-undrawn.dot)\n"_s
            .arg(QDir::cleanPath(dir.path())));
    QCOMPARE(run.out, u"checked 2 cards and 1 diagram: 1 problem\n"_s);
    QCOMPARE(run.exitCode, 1);
}

void TestRenderCli::checkLayoutHabitsAndFollowUps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"diagrams"_s));
    QVERIFY(write(dir.filePath(u"q01-thin.md"_s), checkedCard("q01-thin", 2)));
    // A tall column of five steps, a node that joins nothing and a note that need not.
    QVERIFY(write(dir.filePath(u"diagrams/q01-thin.dot"_s),
        "digraph G {\n"
        "  a [kind=\"step\"]; b [kind=\"step\"]; c [kind=\"step\"];\n"
        "  d [kind=\"step\"]; e [kind=\"step\"];\n"
        "  lonely [kind=\"service\"];\n"
        "  aside [kind=\"note\", label=\"a note\"];\n"
        "  a -> b -> c -> d -> e;\n"
        "}\n"));
    const QString deck = QDir::cleanPath(dir.path());
    const Run run = archdeck({u"check"_s, u"--deck"_s, deck});
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // The card's last follow-up is on line 16 of checkedCard()'s file.
    QCOMPARE(lines.at(0),
        u"%1/q01-thin.md:16: 2 follow-up questions; an interviewer asks at least 3 (add them "
        "under '## Follow-ups')"_s.arg(deck));
    QCOMPARE(lines.at(1),
        u"%1/diagrams/q01-thin.dot:4: node 'lonely' has no edge: connect it to the flow, or make "
        "it a note"_s.arg(deck));
    QVERIFY2(lines.at(2).startsWith(
                 u"%1/diagrams/q01-thin.dot: the drawing fills "_s.arg(deck)),
        qPrintable(lines.at(2)));
    QCOMPARE(run.out, u"checked 1 card and 1 diagram: 3 problems\n"_s);
    QCOMPARE(run.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestRenderCli)
#include "tst_render_cli.moc"

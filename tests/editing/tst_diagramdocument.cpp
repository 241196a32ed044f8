// DiagramDocument's text side: typing merges into one undo step per burst (by a fake clock), parses
// arrive late and stale ones are dropped, a text with errors keeps the last good graph for the
// canvas, and undo/redo of typing finds its graph without parsing again.
#include "diagramdocument.h"
#include "diagramedits.h"
#include "dotwriter.h"
#include "editinghelpers.h"
#include "fakeclock.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ArchDeck;
using namespace ArchDeck::EditingTests;
using namespace Qt::StringLiterals;

namespace {

Result<DiagramGraph> parsedAs(const DiagramGraph &graph)
{
    return Result<DiagramGraph>::success(graph);
}

Result<DiagramGraph> syntaxError(int line)
{
    return Result<DiagramGraph>::failure(
        Diagnostic::error(u"q04.dot"_s, line, u"syntax error near '->'"_s));
}

} // namespace

class TestDiagramDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resetHasNoHistory();
    void typingMergesWithinABurst();
    void typingBackToTheStartIsNoStep();
    void staleParsesAreDropped();
    void errorsKeepTheLastGoodGraph();
    void canvasEditAfterBrokenTextUndoesToTheText();
    void undoOfTypingNeedsNoNewParse();

private:
    FakeClock m_clock;
    DiagramDocument *m_document = nullptr;
    QSignalSpy *m_parseRequests = nullptr;
};

void TestDiagramDocument::init()
{
    m_document = new DiagramDocument(m_clock);
    m_parseRequests = new QSignalSpy(m_document, &DiagramDocument::parseRequested);
    m_document->reset(DotWriter::write(sampleGraph()), sampleGraph());
}

void TestDiagramDocument::cleanup()
{
    delete m_parseRequests;
    delete m_document;
}

void TestDiagramDocument::resetHasNoHistory()
{
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(m_document->undoStack()->isClean());
    QVERIFY(m_document->isTextParsed());
    QVERIFY(!m_document->hasTextErrors());
    QCOMPARE(m_parseRequests->size(), 0);
}

void TestDiagramDocument::typingMergesWithinABurst()
{
    const QByteArray start = m_document->text();
    QByteArray text = start;
    for (const char c : QByteArray("// hi")) {
        text.prepend(c);
        m_document->editText(text);
        m_clock.advanceMs(300);
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), u"Edit DOT text"_s);
    QCOMPARE(m_parseRequests->size(), 5); // every keystroke asks; only the latest answer counts
    m_clock.advanceMs(DiagramDocument::typingBurstMs);
    m_document->editText(text + "\n");
    QCOMPARE(m_document->undoStack()->count(), 2);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->text(), text);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->text(), start);
    QVERIFY(m_document->isTextParsed());
}

void TestDiagramDocument::typingBackToTheStartIsNoStep()
{
    const QByteArray start = m_document->text();
    m_document->editText(start + "x");
    m_clock.advanceMs(200);
    m_document->editText(start);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->text(), start);
}

void TestDiagramDocument::staleParsesAreDropped()
{
    QSignalSpy graphChanges(m_document, &DiagramDocument::graphChanged);
    DiagramGraph one = sampleGraph();
    one.nodes[0].attributes[u"label"_s] = u"One"_s;
    DiagramGraph two = sampleGraph();
    two.nodes[0].attributes[u"label"_s] = u"Two"_s;
    m_document->editText("one");
    m_document->editText("two");
    QVERIFY(!m_document->isTextParsed());
    m_document->deliverParse("one", parsedAs(one)); // the text moved on
    QCOMPARE(graphChanges.size(), 0);
    QCOMPARE(m_document->graph(), sampleGraph());
    m_document->deliverParse("two", parsedAs(two));
    QCOMPARE(graphChanges.size(), 1);
    QCOMPARE(m_document->graph(), two);
    QVERIFY(m_document->isTextParsed());
}

void TestDiagramDocument::errorsKeepTheLastGoodGraph()
{
    QSignalSpy diagnosticsChanges(m_document, &DiagramDocument::diagnosticsChanged);
    m_document->editText("digraph { a -> }");
    m_document->deliverParse("digraph { a -> }", syntaxError(1));
    QVERIFY(m_document->hasTextErrors());
    QVERIFY(!m_document->isTextParsed());
    QCOMPARE(m_document->graph(), sampleGraph());
    QCOMPARE(m_document->diagnostics().constFirst().toString(),
        u"q04.dot:1: syntax error near '->'"_s);
    QVERIFY(diagnosticsChanges.size() >= 1);
    // Fixing the text clears the error.
    m_clock.advanceMs(100);
    m_document->editText("digraph { a }");
    DiagramGraph fixed;
    fixed.nodes = {{u"a"_s, {}}};
    m_document->deliverParse("digraph { a }", parsedAs(fixed));
    QVERIFY(!m_document->hasTextErrors());
    QCOMPARE(m_document->graph(), fixed);
}

void TestDiagramDocument::canvasEditAfterBrokenTextUndoesToTheText()
{
    m_document->editText("broken {");
    m_document->deliverParse("broken {", syntaxError(1));
    m_document->applyEdit(u"Rename"_s,
        DiagramEdits::setNodeAttribute(m_document->graph(), u"queue"_s, u"label"_s, u"Jobs"_s));
    QVERIFY(!m_document->hasTextErrors());
    QCOMPARE(m_document->graph().node(u"queue"_s)->label(), u"Jobs"_s);
    QCOMPARE(m_document->text(), DotWriter::write(m_document->graph()));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->text(), QByteArray("broken {")); // the user's text, errors and all
    QVERIFY(m_document->hasTextErrors());
    QCOMPARE(m_document->graph(), sampleGraph());
}

void TestDiagramDocument::undoOfTypingNeedsNoNewParse()
{
    DiagramGraph edited = sampleGraph();
    edited.graphAttributes[u"rankdir"_s] = u"TB"_s;
    const QByteArray text = DotWriter::write(edited);
    m_document->editText(text);
    m_document->deliverParse(text, parsedAs(edited));
    const qsizetype requests = m_parseRequests->size();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->graph(), sampleGraph());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->graph(), edited);
    QVERIFY(m_document->isTextParsed());
    QCOMPARE(m_parseRequests->size(), requests);
}

QTEST_GUILESS_MAIN(TestDiagramDocument)
#include "tst_diagramdocument.moc"

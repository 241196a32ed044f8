// The diagram editor's DOT text view as a user meets it: what each piece of DOT is coloured as (in
// both palettes), diagnostics underlined on the right line and columns and written beside the
// line, completion of kinds and node ids, text set by the document without echo, typing that
// reports the whole text, and the undo keys reaching the window's actions.
#include "diagnostic.h"
#include "dothighlighter.h"
#include "dottexteditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

using namespace ArchDeck;
using Token = DotHighlighter::Token;

Q_DECLARE_METATYPE(ArchDeck::Diagnostic::Severity)

namespace {

const QStringList kKinds = {QStringLiteral("service"), QStringLiteral("database"),
    QStringLiteral("queue"), QStringLiteral("cache"), QStringLiteral("client")};
const QStringList kNodeIds
    = {QStringLiteral("orders"), QStringLiteral("order_db"), QStringLiteral("client")};

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

/// The dark theme's colours (app/ui/common/theme.cpp).
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    palette.setColor(QPalette::Base, QColor(0x1d, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    return palette;
}

/// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The highlighter's format at `column` of `block`, read from the layout as it is drawn.
QTextCharFormat drawnFormat(const QTextBlock &block, int column)
{
    QTextCharFormat format;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            format = range.format; // later ranges are drawn over earlier ones
    }
    return format;
}

/// "a [kind=\"|\"]": the text without the '|', the cursor where it was.
void setMarkedText(DotTextEditor &editor, QString marked)
{
    const int cursorAt = int(marked.indexOf(QLatin1Char('|')));
    marked.remove(cursorAt, 1);
    editor.setDotText(marked.toUtf8());
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(cursorAt);
    editor.setTextCursor(cursor);
}

QString markedText(const DotTextEditor &editor)
{
    return QString::fromUtf8(editor.dotText()).insert(editor.textCursor().position(), u'|');
}

QStringList popupRows(const DotTextEditor &editor)
{
    QStringList rows;
    const QAbstractItemModel *model = editor.completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, 0).data().toString();
    return rows;
}

QList<QTextEdit::ExtraSelection> underlines(const DotTextEditor &editor)
{
    QList<QTextEdit::ExtraSelection> found;
    for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            found << selection;
    }
    return found;
}

/// Pixels near `colour` in the right half of `line`'s row (1-based) of the editor's viewport.
int pixelsNear(DotTextEditor &editor, int line, const QColor &colour)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
    QTextCursor cursor(block);
    const QRect row = editor.cursorRect(cursor);
    const QImage image = editor.viewport()->grab().toImage();
    int count = 0;
    for (int y = row.top(); y <= row.bottom(); ++y) {
        for (int x = image.width() / 2; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                    + std::abs(pixel.blue() - colour.blue())
                < 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestDotTextEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void highlighting_data();
    void highlighting();
    void coloursAreDistinctAndReadable_data();
    void coloursAreDistinctAndReadable();
    void paletteChangeRecolours();
    void editsRecolourTheLinesBelow();

    void diagnosticUnderlines_data();
    void diagnosticUnderlines();
    void diagnosticMessageBesideTheLine();
    void diagnosticsClear();

    void completion_data();
    void completion();
    void escapeClosesCompletion();

    void setDotTextKeepsCursorWithoutEcho();
    void setDotTextKeepsScrollPosition();
    void setDotTextRoundTrips();
    void userEditsReportTheWholeText();

    void keys_data();
    void keys();
    void undoKeysReachTheWindow_data();
    void undoKeysReachTheWindow();
    void goToLine();
    void gutterFitsTheLineNumbers();

private:
    std::unique_ptr<QWidget> m_window;
    DotTextEditor *m_editor = nullptr;
};

void TestDotTextEditor::init()
{
    QApplication::setPalette(lightPalette());
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_editor = new DotTextEditor(m_window.get());
    layout->addWidget(m_editor);
    m_editor->setCompletionWords(kKinds, kNodeIds);
    m_window->resize(700, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_editor->setFocus();
}

void TestDotTextEditor::cleanup()
{
    m_window.reset();
}

void TestDotTextEditor::highlighting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line"); // 0-based
    QTest::addColumn<int>("column"); // 0-based
    QTest::addColumn<int>("token"); // a Token, or -1 for plain text

    const auto row = [](const char *name, const char *text, int line, int column, int token) {
        QTest::newRow(name) << QString::fromUtf8(text) << line << column << token;
    };
    row("keyword", "digraph g {", 0, 0, int(Token::Keyword));
    row("keyword in any case", "DiGraph g {", 0, 3, int(Token::Keyword));
    row("strict", "strict graph {", 0, 2, int(Token::Keyword));
    row("node id is plain", "a -> b;", 0, 0, -1);
    row("edge operator", "a -> b;", 0, 2, int(Token::EdgeOperator));
    row("undirected operator", "a -- b;", 0, 3, int(Token::EdgeOperator));
    row("attribute name", "a [label=\"x\"];", 0, 3, int(Token::AttributeName));
    row("attribute name before spaced =", "a [shape = box];", 0, 4, int(Token::AttributeName));
    row("attribute value id is plain", "a [shape = box];", 0, 11, -1);
    row("string", "a [label=\"Orders\"];", 0, 10, int(Token::String));
    row("string's quotes", "a [label=\"Orders\"];", 0, 16, int(Token::String));
    row("escaped quote stays in the string", "a [label=\"say \\\" now\"];", 0, 17,
        int(Token::String));
    row("escape", "a [label=\"one\\ntwo\"];", 0, 13, int(Token::Escape));
    row("after a string", "a [label=\"x\"] b", 0, 14, -1);
    row("keyword in a string", "a [label=\"digraph\"];", 0, 11, int(Token::String));
    row("comment in a string", "a [label=\"// no\"]; b", 0, 11, int(Token::String));
    row("kind value quoted", "a [kind=\"queue\"];", 0, 10, int(Token::KindValue));
    row("kind value unquoted", "a [kind=queue];", 0, 9, int(Token::KindValue));
    row("kind value after spaces", "a [kind = \"queue\"];", 0, 12, int(Token::KindValue));
    row("kind is an attribute name", "a [kind=queue];", 0, 3, int(Token::AttributeName));
    row("value after kind's is not a kind", "a [kind=queue, label=x];", 0, 21, -1);
    row("number", "ranksep=0.75;", 0, 9, int(Token::Number));
    row("negative number", "a [width=-1.5];", 0, 9, int(Token::Number));
    row("line comment", "a -> b // note", 0, 10, int(Token::Comment));
    row("hash comment", "# from cpp", 0, 3, int(Token::Comment));
    row("block comment", "a /* x */ b", 0, 5, int(Token::Comment));
    row("after a block comment", "a /* x */ b", 0, 10, -1);
    row("string in a comment", "// \"x\" digraph", 0, 8, int(Token::Comment));
    row("html label", "a [label=<<b>Bold</b>>];", 0, 13, int(Token::HtmlLabel));
    row("html label's last bracket", "a [label=<<b>Bold</b>>];", 0, 21, int(Token::HtmlLabel));
    row("after an html label", "a [label=<<b>Bold</b>>]; b -> c", 0, 27, int(Token::EdgeOperator));
    row("multi-line comment", "/* one\ntwo */ a -> b", 1, 1, int(Token::Comment));
    row("after a multi-line comment", "/* one\ntwo */ a -> b", 1, 9, int(Token::EdgeOperator));
    row("comment over three lines", "/*\n-> digraph\n*/ a", 1, 3, int(Token::Comment));
    row("multi-line string", "a [label=\"one\ntwo\"]; b -> c", 1, 1, int(Token::String));
    row("after a multi-line string", "a [label=\"one\ntwo\"]; b -> c", 1, 9,
        int(Token::EdgeOperator));
    row("multi-line kind value", "a [kind=\"data\nbase\"]", 1, 1, int(Token::KindValue));
    row("nested html label over lines",
        "a [label=<<table>\n<tr><td>x</td></tr>\n</table>>]; b -> c", 1, 9, int(Token::HtmlLabel));
    row("after a nested html label", "a [label=<<table>\n<tr><td>x</td></tr>\n</table>>]; b -> c",
        2, 14, int(Token::EdgeOperator));
}

void TestDotTextEditor::highlighting()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, token);
    QTextDocument document;
    document.setPlainText(text);
    DotHighlighter highlighter(&document);
    highlighter.setPalette(lightPalette()); // highlights the whole document now
    const QTextBlock block = document.findBlockByNumber(line);
    const QTextCharFormat drawn = drawnFormat(block, column);
    if (token < 0) {
        QVERIFY2(drawn == QTextCharFormat(), qPrintable(drawn.foreground().color().name()));
        QCOMPARE(highlighter.tokenAt(block, column), std::nullopt);
    } else {
        QCOMPARE(drawn, highlighter.tokenFormat(Token(token)));
        QCOMPARE(highlighter.tokenAt(block, column), std::optional<Token>(Token(token)));
    }
}

void TestDotTextEditor::coloursAreDistinctAndReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestDotTextEditor::coloursAreDistinctAndReadable()
{
    QFETCH(QPalette, palette);
    QTextDocument document;
    DotHighlighter highlighter(&document);
    highlighter.setPalette(palette);
    QSet<QRgb> seen;
    for (int i = 0; i < DotHighlighter::tokenCount; ++i) {
        const QColor colour = highlighter.tokenFormat(Token(i)).foreground().color();
        QVERIFY2(!seen.contains(colour.rgb()), qPrintable(colour.name()));
        seen.insert(colour.rgb());
        const double ratio = contrast(colour, palette.color(QPalette::Base));
        QVERIFY2(ratio >= 4.5,
            qPrintable(QStringLiteral("token %1: %2 at %3:1")
                           .arg(i)
                           .arg(colour.name())
                           .arg(ratio, 0, 'f', 2)));
    }
}

void TestDotTextEditor::paletteChangeRecolours()
{
    QSignalSpy edited(m_editor, &DotTextEditor::textEdited);
    m_editor->setDotText("digraph g { a [kind=queue]; }");
    const QTextBlock block = m_editor->document()->firstBlock();
    const QColor light = drawnFormat(block, 0).foreground().color();
    m_editor->setPalette(darkPalette());
    const QColor dark = drawnFormat(block, 0).foreground().color();
    QVERIFY(light != dark);
    QCOMPARE(dark, m_editor->highlighter()->tokenFormat(Token::Keyword).foreground().color());
    QVERIFY(contrast(dark, darkPalette().color(QPalette::Base)) >= 4.5);
    QCOMPARE(edited.count(), 0);
}

void TestDotTextEditor::editsRecolourTheLinesBelow()
{
    setMarkedText(*m_editor, QStringLiteral("|a -> b;\nc -> d;\ne -> f;"));
    const auto tokenAt = [this](int line, int column) {
        return m_editor->highlighter()->tokenAt(
            m_editor->document()->findBlockByNumber(line), column);
    };
    QCOMPARE(tokenAt(2, 2), std::optional<Token>(Token::EdgeOperator));
    QTest::keyClicks(m_editor, QStringLiteral("/*"));
    QCOMPARE(tokenAt(1, 0), std::optional<Token>(Token::Comment));
    QCOMPARE(tokenAt(2, 2), std::optional<Token>(Token::Comment));
    m_editor->moveCursor(QTextCursor::EndOfBlock);
    QTest::keyClicks(m_editor, QStringLiteral("*/"));
    QCOMPARE(tokenAt(1, 0), std::nullopt);
    QCOMPARE(tokenAt(2, 2), std::optional<Token>(Token::EdgeOperator));
}

void TestDotTextEditor::diagnosticUnderlines_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Diagnostic::Severity>("severity");
    QTest::addColumn<int>("expectedLine"); // 1-based
    QTest::addColumn<QString>("underlined");

    const auto error = Diagnostic::Severity::Error;
    const auto warning = Diagnostic::Severity::Warning;
    QTest::newRow("column on an id") << 2 << 8 << error << 2 << QStringLiteral("bad_node");
    QTest::newRow("column on an operator") << 2 << 5 << error << 2 << QStringLiteral("->");
    QTest::newRow("column on a string")
        << 3 << 12 << warning << 3 << QStringLiteral("\"a \\\" b\"");
    QTest::newRow("no column: the line less its indentation")
        << 2 << 0 << warning << 2 << QStringLiteral("a -> bad_node;");
    QTest::newRow("whole file: line 1") << 0 << 0 << error << 1 << QStringLiteral("digraph g {");
    QTest::newRow("past the last line: the last line")
        << 40 << 3 << error << 4 << QStringLiteral("}");
    QTest::newRow("column past the end: the last character")
        << 1 << 80 << error << 1 << QStringLiteral("{");
}

void TestDotTextEditor::diagnosticUnderlines()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Diagnostic::Severity, severity);
    QFETCH(int, expectedLine);
    QFETCH(QString, underlined);
    m_editor->setDotText("digraph g {\n  a -> bad_node;\n  b [label=\"a \\\" b\"];\n}");
    Diagnostic diagnostic
        = Diagnostic::error(QStringLiteral("q.dot"), line, QStringLiteral("syntax error"), column);
    diagnostic.severity = severity;
    m_editor->setDiagnostics({diagnostic});

    const QList<QTextEdit::ExtraSelection> found = underlines(*m_editor);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().cursor.blockNumber() + 1, expectedLine);
    QCOMPARE(found.first().cursor.selectedText(), underlined);
    const QColor colour = found.first().format.underlineColor();
    if (severity == Diagnostic::Severity::Error)
        QVERIFY2(colour.hue() <= 10 || colour.hue() >= 350, qPrintable(colour.name())); // red
    else
        QVERIFY2(colour.hue() >= 30 && colour.hue() <= 50, qPrintable(colour.name())); // amber
}

void TestDotTextEditor::diagnosticMessageBesideTheLine()
{
    m_editor->setDotText("digraph g {\n  a -> ;\n}");
    const QString message = QStringLiteral("syntax error near ';'");
    m_editor->setDiagnostics({Diagnostic::error(QStringLiteral("q.dot"), 2, message)});
    const QColor red = underlines(*m_editor).first().format.underlineColor();
    QVERIFY2(pixelsNear(*m_editor, 2, red) > 20, "the message at the right of line 2");
    QCOMPARE(pixelsNear(*m_editor, 1, red), 0);
    QCOMPARE(pixelsNear(*m_editor, 3, red), 0);

    // Hovering the line shows the whole message.
    const QRect row = m_editor->cursorRect(QTextCursor(m_editor->document()->findBlockByNumber(1)));
    const QPoint at(m_editor->viewport()->width() - 20, row.center().y());
    QHelpEvent hover(QEvent::ToolTip, at, m_editor->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_editor->viewport(), &hover);
    QCOMPARE(QToolTip::text(), message);
    QToolTip::hideText();
}

void TestDotTextEditor::diagnosticsClear()
{
    m_editor->setDotText("digraph g {\n  a -> ;\n}");
    m_editor->setDiagnostics({Diagnostic::error(QStringLiteral("q.dot"), 2, QStringLiteral("x")),
        Diagnostic::warning(QStringLiteral("q.dot"), 3, QStringLiteral("y"))});
    QCOMPARE(underlines(*m_editor).size(), 2);
    const QColor red = underlines(*m_editor).first().format.underlineColor();
    m_editor->setDiagnostics({});
    QCOMPARE(underlines(*m_editor).size(), 0);
    QCOMPARE(pixelsNear(*m_editor, 2, red), 0);
    // The current line keeps its highlight.
    QCOMPARE(m_editor->extraSelections().size(), 1);
    QVERIFY(m_editor->extraSelections()
                .first()
                .format.property(QTextFormat::FullWidthSelection)
                .toBool());
}

void TestDotTextEditor::completion_data()
{
    QTest::addColumn<QString>("before"); // '|' is the cursor
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("forced"); // Ctrl+Space after typing
    QTest::addColumn<QStringList>("offered"); // empty: no popup
    QTest::addColumn<int>("acceptKey"); // 0: leave the popup open
    QTest::addColumn<QString>("after");

    const auto list = [](std::initializer_list<const char *> words) {
        QStringList result;
        for (const char *word : words)
            result << QString::fromUtf8(word);
        return result;
    };
    const QStringList allKinds = list({"cache", "client", "database", "queue", "service"});
    QTest::newRow("kinds after kind=\"") << "a [|"
                                         << "kind=\"" << false << allKinds << 0 << "a [kind=\"|";
    QTest::newRow("kinds after kind=") << "a [|"
                                       << "kind=" << false << allKinds << 0 << "a [kind=|";
    QTest::newRow("a kind prefix narrows")
        << "a [|"
        << "kind=\"c" << false << list({"cache", "client"}) << 0 << "a [kind=\"c|";
    QTest::newRow("accepting closes the quote") << "a [|"
                                                << "kind=\"da" << false << list({"database"})
                                                << int(Qt::Key_Return) << "a [kind=\"database\"|";
    QTest::newRow("accepting does not double the quote")
        << "a [kind=\"|\"];"
        << "qu" << false << list({"queue"}) << int(Qt::Key_Tab) << "a [kind=\"queue\"|];";
    QTest::newRow("accepting replaces the whole value")
        << "a [kind=\"|servce\"];"
        << "" << true << allKinds << int(Qt::Key_Return) << "a [kind=\"cache\"|];";
    QTest::newRow("unquoted kind")
        << "a [|];"
        << "kind=qu" << false << list({"queue"}) << int(Qt::Key_Return) << "a [kind=queue|];";
    QTest::newRow("node ids after two letters")
        << "  |"
        << "or" << false << list({"order_db", "orders"}) << 0 << "  or|";
    QTest::newRow("accepting an id")
        << "  |"
        << "ord" << false << list({"order_db", "orders"}) << int(Qt::Key_Tab) << "  order_db|";
    QTest::newRow("attribute names") << "a [|"
                                     << "ran" << false << list({"rank", "rankdir", "ranksep"})
                                     << int(Qt::Key_Return) << "a [rank|";
    QTest::newRow("keywords") << "|"
                              << "subg" << false << list({"subgraph"}) << int(Qt::Key_Return)
                              << "subgraph|";
    QTest::newRow("one letter is not enough") << "  |"
                                              << "o" << false << QStringList() << 0 << "  o|";
    QTest::newRow("Ctrl+Space opens on one letter")
        << "  |"
        << "o" << true << list({"order_db", "orders"}) << 0 << "  o|";
    QTest::newRow("a whole word typed needs no popup")
        << "  |"
        << "orders" << false << QStringList() << 0 << "  orders|";
    QTest::newRow("not in a comment") << "// |"
                                      << "ord" << false << QStringList() << 0 << "// ord|";
    QTest::newRow("not in a string") << "a [label=\"|"
                                     << "ord" << false << QStringList() << 0 << "a [label=\"ord|";
    QTest::newRow("not kinds after another attribute")
        << "a [|"
        << "shape=\"" << false << QStringList() << 0 << "a [shape=\"|";
    QTest::newRow("a space closes the popup") << "  |"
                                              << "ord " << false << QStringList() << 0 << "  ord |";
}

void TestDotTextEditor::completion()
{
    QFETCH(QString, before);
    QFETCH(QString, typed);
    QFETCH(bool, forced);
    QFETCH(QStringList, offered);
    QFETCH(int, acceptKey);
    QFETCH(QString, after);
    setMarkedText(*m_editor, before);
    QSignalSpy edited(m_editor, &DotTextEditor::textEdited);
    QTest::keyClicks(m_editor, typed);
    if (forced)
        QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);

    QAbstractItemView *popup = m_editor->completer()->popup();
    QCOMPARE(popup->isVisible(), !offered.isEmpty());
    if (!offered.isEmpty()) {
        QCOMPARE(popupRows(*m_editor), offered);
        QCOMPARE(popup->currentIndex().row(), 0);
    }
    if (acceptKey != 0) {
        QTest::keyClick(m_editor, Qt::Key(acceptKey));
        QVERIFY(!popup->isVisible());
    }
    QCOMPARE(markedText(*m_editor), after);
    if (!typed.isEmpty() || acceptKey != 0) {
        QVERIFY(!edited.isEmpty());
        QCOMPARE(edited.last().first().toByteArray(), m_editor->dotText());
    }
}

void TestDotTextEditor::escapeClosesCompletion()
{
    setMarkedText(*m_editor, QStringLiteral("a [|"));
    QTest::keyClicks(m_editor, QStringLiteral("kind=\""));
    QVERIFY(m_editor->completer()->popup()->isVisible());
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QVERIFY(!m_editor->completer()->popup()->isVisible());
    QCOMPARE(markedText(*m_editor), QStringLiteral("a [kind=\"|"));
}

void TestDotTextEditor::setDotTextKeepsCursorWithoutEcho()
{
    QSignalSpy edited(m_editor, &DotTextEditor::textEdited);
    m_editor->setDotText("digraph g {\n  client -> api;\n  api -> db;\n}\n");
    setMarkedText(*m_editor, QStringLiteral("digraph g {\n  client -> api;\n  api -|> db;\n}\n"));

    // A canvas edit adds a line above: the cursor stays on line 3, column 7.
    m_editor->setDotText(
        "digraph g {\n  cache [kind=\"cache\"];\n  client -> api;\n  api -> db;\n}\n");
    QCOMPARE(m_editor->textCursor().blockNumber(), 2);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 7);
    // Shorter text: clamped to the last line's end.
    m_editor->setDotText("digraph g {\n}");
    QCOMPARE(m_editor->textCursor().blockNumber(), 1);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 1);
    // The same text again changes nothing.
    m_editor->setDotText("digraph g {\n}");
    QCOMPARE(m_editor->dotText(), QByteArray("digraph g {\n}"));
    QCOMPARE(edited.count(), 0);
}

void TestDotTextEditor::setDotTextKeepsScrollPosition()
{
    QByteArray text = "digraph g {\n";
    for (int i = 0; i < 200; ++i)
        text += "  n" + QByteArray::number(i) + " -> n" + QByteArray::number(i + 1) + ";\n";
    text += "}\n";
    m_editor->setDotText(text);
    m_editor->goToLine(100);
    const int scroll = m_editor->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    m_editor->setDotText(text.replace("n150 -> n151", "n150 -> n151 [style=dashed]"));
    QCOMPARE(m_editor->verticalScrollBar()->value(), scroll);
    QCOMPARE(m_editor->textCursor().blockNumber(), 99);
    // Even when the change is far above the cursor and removes lines.
    m_editor->setDotText(text.replace("  n1 -> n2;\n  n2 -> n3;\n", ""));
    QCOMPARE(m_editor->verticalScrollBar()->value(), scroll);
    QCOMPARE(m_editor->textCursor().blockNumber(), 99);
}

void TestDotTextEditor::setDotTextRoundTrips()
{
    // UTF-8, a no-break space (toPlainText() would turn it into a space) and no final newline.
    const QByteArray text = "digraph g {\n  a [label=\"Orders\xc2\xa0\xe2\x86\x92 DB\"];\n}";
    m_editor->setDotText(text);
    QCOMPARE(m_editor->dotText(), text);
    // Two emoji that differ only in their second UTF-16 unit.
    m_editor->setDotText("a [label=\"\xf0\x9f\x98\x80\"]");
    m_editor->setDotText("a [label=\"\xf0\x9f\x98\x81\"]");
    QCOMPARE(m_editor->dotText(), QByteArray("a [label=\"\xf0\x9f\x98\x81\"]"));
    m_editor->setDotText("digraph g {\r\n}\r\n");
    QCOMPARE(m_editor->dotText(), QByteArray("digraph g {\n}\n"));
}

void TestDotTextEditor::userEditsReportTheWholeText()
{
    setMarkedText(*m_editor, QStringLiteral("digraph g {\n|\n}\n"));
    QSignalSpy edited(m_editor, &DotTextEditor::textEdited);
    QTest::keyClicks(m_editor, QStringLiteral("a;"));
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.last().first().toByteArray(), QByteArray("digraph g {\na;\n}\n"));

    QApplication::clipboard()->setText(QStringLiteral(" b -> c;"));
    m_editor->paste();
    QCOMPARE(edited.count(), 3);
    QCOMPARE(edited.last().first().toByteArray(), QByteArray("digraph g {\na; b -> c;\n}\n"));

    QTest::keyClick(m_editor, Qt::Key_Backspace);
    QCOMPARE(edited.last().first().toByteArray(), QByteArray("digraph g {\na; b -> c\n}\n"));
    m_editor->selectAll();
    m_editor->cut();
    QCOMPARE(edited.last().first().toByteArray(), QByteArray());
    QCOMPARE(edited.count(), 5);
}

void TestDotTextEditor::keys_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("after");
    QTest::newRow("Tab: two spaces") << "a|" << int(Qt::Key_Tab) << "a  |";
    QTest::newRow("Enter keeps the indentation")
        << "  a -> b;|" << int(Qt::Key_Return) << "  a -> b;\n  |";
    QTest::newRow("Enter after a brace indents")
        << "digraph g {|" << int(Qt::Key_Return) << "digraph g {\n  |";
}

void TestDotTextEditor::keys()
{
    QFETCH(QString, before);
    QFETCH(int, key);
    QFETCH(QString, after);
    setMarkedText(*m_editor, before);
    QTest::keyClick(m_editor, Qt::Key(key));
    QCOMPARE(markedText(*m_editor), after);
}

void TestDotTextEditor::undoKeysReachTheWindow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<bool>("undo"); // else redo
    QTest::newRow("Ctrl+Z") << int(Qt::Key_Z) << Qt::KeyboardModifiers(Qt::ControlModifier) << true;
    QTest::newRow("Ctrl+Shift+Z") << int(Qt::Key_Z) << (Qt::ControlModifier | Qt::ShiftModifier)
                                  << false;
    QTest::newRow("Ctrl+Y") << int(Qt::Key_Y) << Qt::KeyboardModifiers(Qt::ControlModifier)
                            << false;
}

void TestDotTextEditor::undoKeysReachTheWindow()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(bool, undo);
    auto *undoAction = new QAction(QStringLiteral("Undo"), m_window.get());
    undoAction->setShortcuts(QKeySequence::Undo);
    auto *redoAction = new QAction(QStringLiteral("Redo"), m_window.get());
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_window->addAction(undoAction);
    m_window->addAction(redoAction);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_editor->hasFocus());
    QSignalSpy undone(undoAction, &QAction::triggered);
    QSignalSpy redone(redoAction, &QAction::triggered);

    setMarkedText(*m_editor, QStringLiteral("digraph g {|}"));
    QTest::keyClicks(m_editor, QStringLiteral("a"));
    QTest::keyClick(m_editor, Qt::Key(key), modifiers);
    QCOMPARE(undone.count(), undo ? 1 : 0);
    QCOMPARE(redone.count(), undo ? 0 : 1);
    QCOMPARE(m_editor->dotText(), QByteArray("digraph g {a}")); // the editor undid nothing
}

void TestDotTextEditor::goToLine()
{
    QByteArray text;
    for (int i = 0; i < 100; ++i)
        text += "  n" + QByteArray::number(i) + ";\n";
    m_editor->setDotText(text);
    m_editor->goToLine(80, 4);
    QCOMPARE(m_editor->textCursor().blockNumber(), 79);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 3);
    QVERIFY(m_editor->viewport()->rect().contains(m_editor->cursorRect()));
    m_editor->goToLine(3); // no column: the first non-space
    QCOMPARE(m_editor->textCursor().blockNumber(), 2);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 2);
    QVERIFY(m_editor->viewport()->rect().contains(m_editor->cursorRect()));
    m_editor->goToLine(500, 90); // clamped
    QCOMPARE(m_editor->textCursor().blockNumber(), 100);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 0);
}

void TestDotTextEditor::gutterFitsTheLineNumbers()
{
    auto *gutter = m_editor->findChild<QWidget *>(QStringLiteral("dotTextGutter"));
    QVERIFY(gutter);
    const int before = gutter->width();
    m_editor->setDotText(QByteArray("a;\n").repeated(1200));
    QVERIFY(gutter->width() > before);
    QVERIFY(gutter->width() >= m_editor->fontMetrics().horizontalAdvance(QStringLiteral("1201")));
    QCOMPARE(gutter->geometry().right() + 1, m_editor->viewport()->geometry().left());
}

QTEST_MAIN(TestDotTextEditor)
#include "tst_dottexteditor.moc"

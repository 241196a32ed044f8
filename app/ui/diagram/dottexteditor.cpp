// DotTextEditor's text and keys (the gutter and diagnostics are in dottexteditormarks.cpp): the
// text API, typing (Tab, Enter's indentation, completion) and the undo keys it lets through.
#include "dottexteditor.h"

#include "dotcompleter.h"
#include "dothighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>

namespace ArchDeck {

namespace {

constexpr int kIndentWidth = 2; ///< spaces a Tab inserts

int leadingSpaces(const QString &text)
{
    int count = 0;
    while (count < text.size() && text.at(count).isSpace())
        ++count;
    return count;
}

bool isUndoOrRedo(const QKeyEvent *event)
{
    const QKeyCombination combination = event->keyCombination();
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
        || combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)
        || combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

DotTextEditor::DotTextEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(createGutter())
    , m_highlighter(new DotHighlighter(document()))
    , m_completer(new DotCompleter(this, m_highlighter))
{
    setObjectName(QStringLiteral("dotTextEditor"));
    setUndoRedoEnabled(false); // the DiagramDocument's QUndoStack undoes text edits
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(kIndentWidth * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        updateGutterWidth();
        collectLineMarks();
        updateExtraSelections();
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &DotTextEditor::updateGutter);
    connect(
        this, &QPlainTextEdit::cursorPositionChanged, this, &DotTextEditor::updateExtraSelections);
    connect(document(), &QTextDocument::contentsChanged, this, &DotTextEditor::onContentsChanged);
    updateGutterWidth();
    applyPalette();
}

DotTextEditor::~DotTextEditor() = default;

void DotTextEditor::setDotText(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QString old = plainText();
    m_lastText = text;
    if (text == old)
        return;
    const QTextCursor before = textCursor();
    const int line = before.blockNumber();
    const int column = before.positionInBlock();
    const int scrollY = verticalScrollBar()->value();
    const int scrollX = horizontalScrollBar()->value();

    // Only what differs is replaced: the highlighter and the layout redo those lines alone.
    const int shorter = int(std::min(old.size(), text.size()));
    int prefix = 0;
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix
        && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix; // never split a character outside the Basic Multilingual Plane
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;
    {
        const QScopedValueRollback<bool> quiet(m_settingText, true);
        QTextCursor edit(document());
        edit.setPosition(prefix);
        edit.setPosition(int(old.size()) - suffix, QTextCursor::KeepAnchor);
        edit.insertText(text.mid(prefix, text.size() - prefix - suffix));
    }

    const QTextBlock block = document()->findBlockByNumber(std::min(line, blockCount() - 1));
    QTextCursor after(block);
    after.setPosition(block.position() + std::min(column, block.length() - 1));
    setTextCursor(after);
    verticalScrollBar()->setValue(scrollY);
    horizontalScrollBar()->setValue(scrollX);
}

QByteArray DotTextEditor::dotText() const
{
    return plainText().toUtf8();
}

QString DotTextEditor::plainText() const
{
    // Not toPlainText(): that turns no-break spaces into spaces, and labels may hold them.
    QString text = document()->toRawText();
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    }
    return text;
}

void DotTextEditor::onContentsChanged()
{
    if (m_settingText)
        return;
    const QString text = plainText();
    if (text == m_lastText)
        return; // a change that left the text as it was, e.g. typing over a selection with itself
    m_lastText = text;
    emit textEdited(text.toUtf8());
}

void DotTextEditor::setCompletionWords(const QStringList &kinds, const QStringList &nodeIds)
{
    m_completer->setWords(kinds, nodeIds);
}

QCompleter *DotTextEditor::completer() const
{
    return m_completer->completer();
}

void DotTextEditor::goToLine(int line, int column)
{
    const QTextBlock block
        = document()->findBlockByNumber(std::clamp(line - 1, 0, blockCount() - 1));
    const QString text = block.text();
    const int offset = column > 0 ? std::min(column - 1, int(text.size())) : leadingSpaces(text);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + offset);
    const bool visible = viewport()->rect().contains(cursorRect(cursor));
    setTextCursor(cursor);
    if (!visible)
        centerCursor();
    setFocus(Qt::OtherFocusReason);
}

bool DotTextEditor::event(QEvent *event)
{
    // QPlainTextEdit claims the undo keys for its own stack; the document's actions must get them.
    if (event->type() == QEvent::ShortcutOverride
        && isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void DotTextEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->isPopupVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            m_completer->acceptCurrent();
            return;
        case Qt::Key_Escape:
            m_completer->hidePopup();
            return;
        default:
            break;
        }
    }
    const int key = event->key();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Space && modifiers == Qt::ControlModifier) {
        m_completer->update(DotCompleter::Trigger::Forced);
        return;
    }
    if (key == Qt::Key_Tab && modifiers == Qt::NoModifier) {
        indentSelection(true);
        return;
    }
    if (key == Qt::Key_Backtab) {
        indentSelection(false);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter)
        && (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
        insertNewline();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint()
        && !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    // Backspace and arrows narrow an open popup, or close it when the place no longer fits.
    if (printable || m_completer->isPopupVisible())
        m_completer->update(DotCompleter::Trigger::Typed);
}

void DotTextEditor::indentSelection(bool indent)
{
    QTextCursor cursor = textCursor();
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    if (indent && first == last) {
        cursor.insertText(QString(kIndentWidth, QLatin1Char(' ')));
        setTextCursor(cursor);
        return;
    }
    // A selection ending at the start of a line does not take that line.
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor line(block);
        if (indent) {
            line.insertText(QString(kIndentWidth, QLatin1Char(' ')));
        } else {
            line.setPosition(block.position() + std::min(kIndentWidth, leadingSpaces(block.text())),
                QTextCursor::KeepAnchor);
            line.removeSelectedText();
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void DotTextEditor::insertNewline()
{
    // The new line keeps the indentation, one step deeper after an opening brace or bracket.
    QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    QString indentation = before.left(leadingSpaces(before));
    const QString trimmed = before.trimmed();
    if (trimmed.endsWith(QLatin1Char('{')) || trimmed.endsWith(QLatin1Char('[')))
        indentation += QString(kIndentWidth, QLatin1Char(' '));
    cursor.insertText(QLatin1Char('\n') + indentation);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void DotTextEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(kIndentWidth * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
        updateGutterWidth();
    }
}

void DotTextEditor::applyPalette()
{
    m_highlighter->setPalette(palette());
    updateExtraSelections(); // the current line's and the underlines' colours
    viewport()->update();
}

} // namespace ArchDeck

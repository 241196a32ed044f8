#include "dotcompleter.h"

#include "dothighlighter.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace ArchDeck {

namespace {

bool isIdChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

/// Sorted as QCompleter::CaseInsensitivelySortedModel expects, each word once.
QStringList sortedWords(QStringList words)
{
    words.removeAll(QString());
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

} // namespace

DotCompleter::DotCompleter(QPlainTextEdit *editor, const DotHighlighter *highlighter)
    : QObject(editor)
    , m_editor(editor)
    , m_highlighter(highlighter)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
    , m_words(sortedWords(dotWords()))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setObjectName(QStringLiteral("dotCompletionPopup"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &DotCompleter::insert);
}

QStringList DotCompleter::dotWords()
{
    return {// keywords
        QStringLiteral("digraph"), QStringLiteral("graph"), QStringLiteral("subgraph"),
        QStringLiteral("node"), QStringLiteral("edge"), QStringLiteral("strict"),
        // attributes diagrams use (diagrams/README.md: structure, not styling)
        QStringLiteral("kind"), QStringLiteral("label"), QStringLiteral("xlabel"),
        QStringLiteral("headlabel"), QStringLiteral("taillabel"), QStringLiteral("shape"),
        QStringLiteral("style"), QStringLiteral("rankdir"), QStringLiteral("rank"),
        QStringLiteral("constraint"), QStringLiteral("dir"), QStringLiteral("compound"),
        QStringLiteral("lhead"), QStringLiteral("ltail"), QStringLiteral("minlen"),
        QStringLiteral("weight"), QStringLiteral("group"), QStringLiteral("newrank"),
        QStringLiteral("nodesep"), QStringLiteral("ranksep"), QStringLiteral("splines"),
        QStringLiteral("tooltip"),
        // their common values
        QStringLiteral("same"), QStringLiteral("dashed"), QStringLiteral("dotted"),
        QStringLiteral("invis"), QStringLiteral("both"), QStringLiteral("back"),
        QStringLiteral("none"), QStringLiteral("false"), QStringLiteral("true")};
}

void DotCompleter::setWords(const QStringList &kinds, const QStringList &nodeIds)
{
    m_kinds = sortedWords(kinds);
    m_words = sortedWords(nodeIds + dotWords());
    m_mode = Mode::None; // the model is filled again when next shown
}

bool DotCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void DotCompleter::hidePopup()
{
    m_completer->popup()->hide();
}

void DotCompleter::update(Trigger trigger)
{
    const Context here = context();
    const bool wanted = here.mode == Mode::Kinds
        || (here.mode == Mode::Words && (trigger == Trigger::Forced || here.prefix.size() >= 2));
    if (!wanted) {
        hidePopup();
        return;
    }
    showMode(here.mode);
    m_completer->setCompletionPrefix(here.prefix);
    const int count = m_completer->completionCount();
    // A word typed out in full needs no popup, unless asked for.
    if (count == 0
        || (trigger == Trigger::Typed && count == 1
            && m_completer->currentCompletion() == here.prefix)) {
        hidePopup();
        return;
    }
    QAbstractItemView *popup = m_completer->popup();
    popup->setFont(m_editor->font()); // the words as they will read in the text
    // Set off from the text behind it: on the window's colour, a shade lighter when dark.
    QPalette colours = m_editor->palette();
    colours.setColor(
        QPalette::Base, Theme::windowTextBlend(colours, Theme::isDark(colours) ? 0.08 : 0.0));
    popup->setPalette(colours);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));

    QTextCursor start = m_editor->textCursor();
    start.setPosition(start.block().position() + here.prefixStart);
    QRect rect = m_editor->cursorRect(start).translated(m_editor->viewport()->pos());
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
        + 2 * popup->frameWidth());
    m_completer->complete(rect);
}

bool DotCompleter::acceptCurrent()
{
    const QModelIndex current = m_completer->popup()->currentIndex();
    if (!isPopupVisible())
        return false;
    hidePopup();
    if (current.isValid())
        insert(current.data().toString());
    return true;
}

DotCompleter::Context DotCompleter::context() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const int position = cursor.positionInBlock();
    const QString before = block.text().left(position);
    using Token = DotHighlighter::Token;

    static const QRegularExpression kindValue(QStringLiteral(R"(\bkind\s*=\s*("?)(\w*)$)"));
    if (const QRegularExpressionMatch match = kindValue.match(before); match.hasMatch()
        && m_highlighter->tokenAt(block, int(match.capturedStart(0))) == Token::AttributeName) {
        return {Mode::Kinds, int(match.capturedStart(2)), match.captured(2),
            match.capturedLength(1) > 0};
    }

    int start = position;
    while (start > 0 && isIdChar(before.at(start - 1)))
        --start;
    if (start < position && before.at(start).isDigit())
        return {}; // a number, not an id
    // Inside a comment, string or HTML label there is nothing to complete. Without a prefix the
    // place is inside when the characters on both sides are (a comment runs to the line's end).
    const auto tokenAt = [&](int at) {
        return m_highlighter->tokenAt(block, at);
    };
    const auto inText = [](std::optional<Token> token) {
        return token == Token::Comment || token == Token::String || token == Token::Escape
            || token == Token::HtmlLabel || token == Token::KindValue;
    };
    bool inside = false;
    if (start < position)
        inside = inText(tokenAt(start));
    else
        inside = tokenAt(position - 1) == Token::Comment
            || (inText(tokenAt(position - 1)) && inText(tokenAt(position)));
    if (inside)
        return {};
    return {Mode::Words, start, before.mid(start), false};
}

void DotCompleter::showMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_model->setStringList(mode == Mode::Kinds ? m_kinds : m_words);
}

void DotCompleter::insert(const QString &word)
{
    const Context here = context();
    QTextCursor cursor = m_editor->textCursor();
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    int end = cursor.positionInBlock();
    if (here.mode == Mode::Kinds) {
        // A kind replaces the whole value it is typed into.
        while (end < text.size() && isIdChar(text.at(end)))
            ++end;
    }
    cursor.beginEditBlock();
    if (here.mode != Mode::None) {
        cursor.setPosition(block.position() + here.prefixStart);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    }
    cursor.insertText(word);
    if (here.mode == Mode::Kinds && here.quoted) {
        const QString now = cursor.block().text();
        if (cursor.positionInBlock() < now.size()
            && now.at(cursor.positionInBlock()) == QLatin1Char('"'))
            cursor.movePosition(QTextCursor::NextCharacter);
        else
            cursor.insertText(QStringLiteral("\""));
    }
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

} // namespace ArchDeck

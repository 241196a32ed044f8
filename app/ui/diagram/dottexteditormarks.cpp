// DotTextEditor's margin and diagnostics (the rest of the class is in dottexteditor.cpp): the
// line-number gutter, the current line, and each diagnostic's underline, gutter dot, message at
// the right of its line and tooltip.
#include "dottexteditor.h"

#include "dothighlighter.h"
#include "theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace ArchDeck {

namespace {

constexpr int kGutterPadding = 6; ///< pixels between the line numbers and the text

/// The part of `line` a diagnostic underlines: from `column` (1-based) to the end of the token
/// there, or the whole line less its indentation when the column is not known.
std::pair<int, int> underlineRange(const QString &line, int column)
{
    if (line.isEmpty())
        return {0, 0};
    if (column <= 0) {
        int end = int(line.size());
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        int from = 0;
        while (from < end && line.at(from).isSpace())
            ++from;
        return {from, end};
    }
    const int from = std::min(column - 1, int(line.size()) - 1);
    return {from, DotHighlighter::tokenEnd(line, from)};
}

QColor blend(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
        float(a.greenF() * (1 - share) + b.greenF() * share),
        float(a.blueF() * (1 - share) + b.blueF() * share));
}

bool isDarkBase(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

} // namespace

/// The line numbers at the left, with a dot on the lines that have a diagnostic.
class DotTextEditor::Gutter : public QWidget
{
public:
    explicit Gutter(DotTextEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        m_editor->showLineToolTip(static_cast<QHelpEvent *>(event), this); // rows as the text's
        return true;
    }

private:
    DotTextEditor *m_editor;
};

DotTextEditor::Gutter *DotTextEditor::createGutter()
{
    auto *gutter = new Gutter(this);
    gutter->setObjectName(QStringLiteral("dotTextGutter"));
    return gutter;
}

void DotTextEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    collectLineMarks();
    updateExtraSelections();
    viewport()->update();
}

void DotTextEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

QColor DotTextEditor::severityColour(Diagnostic::Severity severity) const
{
    const bool dark = isDarkBase(palette());
    if (severity == Diagnostic::Severity::Error)
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x1f, 0x1f);
    return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xa8, 0x62, 0x00);
}

int DotTextEditor::gutterWidth() const
{
    const int digits = int(QString::number(std::max(99, blockCount())).size());
    const int markWidth = fontMetrics().height() / 2 + 6;
    return markWidth + digits * fontMetrics().horizontalAdvance(QLatin1Char('9')) + kGutterPadding;
}

void DotTextEditor::updateGutterWidth()
{
    const int width = gutterWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(contents.left(), contents.top(), width, contents.height());
}

void DotTextEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void DotTextEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::Window));
    const int lineHeight = fontMetrics().height();
    const int numberRight = m_gutter->width() - kGutterPadding;
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            QColor colour = number == current ? colours.color(QPalette::WindowText)
                                              : Theme::windowTextBlend(colours, 0.5);
            if (const auto marks = m_lineMarks.constFind(number); marks != m_lineMarks.cend()) {
                colour = severityColour(marks->severity);
                const qreal size = lineHeight * 0.45;
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                painter.drawEllipse(QRectF(4, top + (lineHeight - size) / 2, size, size));
            }
            painter.setPen(colour);
            painter.drawText(0, top, numberRight, lineHeight, Qt::AlignRight | Qt::AlignVCenter,
                QString::number(number + 1));
        }
        block = block.next();
        top += height;
    }
}

void DotTextEditor::collectLineMarks()
{
    m_lineMarks.clear();
    const int lastLine = blockCount() - 1;
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        LineMarks &marks = m_lineMarks[std::clamp(diagnostic.line - 1, 0, lastLine)];
        if (diagnostic.isError() || marks.diagnostics.isEmpty())
            marks.severity = diagnostic.severity;
        marks.diagnostics.append(diagnostic);
        marks.message
            += (marks.message.isEmpty() ? QString() : QStringLiteral("  ·  ")) + diagnostic.message;
    }
}

void DotTextEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection currentLine;
    const QPalette &colours = palette();
    currentLine.format.setBackground(blend(colours.color(QPalette::Base),
        colours.color(QPalette::Text), isDarkBase(colours) ? 0.07 : 0.05));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    selections.append(currentLine);

    for (auto marks = m_lineMarks.cbegin(); marks != m_lineMarks.cend(); ++marks) {
        const QTextBlock block = document()->findBlockByNumber(marks.key());
        for (const Diagnostic &diagnostic : marks->diagnostics) {
            // A column counts only on the line it was given for (not on one clamped to the end).
            const int column = diagnostic.line - 1 == marks.key() ? diagnostic.column : 0;
            const auto [from, end] = underlineRange(block.text(), column);
            if (end <= from)
                continue;
            QTextEdit::ExtraSelection underline;
            underline.cursor = QTextCursor(block);
            underline.cursor.setPosition(block.position() + from);
            underline.cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
            underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underline.format.setUnderlineColor(severityColour(diagnostic.severity));
            selections.append(underline);
        }
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void DotTextEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    paintMessages();
}

void DotTextEditor::paintMessages()
{
    if (m_lineMarks.isEmpty())
        return;
    QPainter painter(viewport());
    QFont messageFont = font();
    messageFont.setItalic(true);
    painter.setFont(messageFont);
    const QFontMetricsF metrics(messageFont);
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    const qreal right = viewport()->width() - space;
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF bounds = blockBoundingGeometry(block).translated(offset);
        if (bounds.top() > viewport()->height())
            break;
        const auto marks = m_lineMarks.constFind(block.blockNumber());
        if (marks == m_lineMarks.cend() || !block.isVisible() || block.layout()->lineCount() == 0)
            continue;
        const QTextLine line = block.layout()->lineAt(0);
        const qreal left = bounds.left() + line.x() + line.naturalTextWidth() + 3 * space;
        if (right - left < 6 * space)
            continue; // no room: the tooltip and the gutter's dot still tell
        painter.setPen(severityColour(marks->severity));
        painter.drawText(QRectF(left, bounds.top() + line.y(), right - left, line.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(marks->message, Qt::ElideRight, right - left));
    }
}

void DotTextEditor::scrollContentsBy(int dx, int dy)
{
    QPlainTextEdit::scrollContentsBy(dx, dy);
    // The messages keep to the viewport's right edge: a sideways scroll must not move them.
    if (dx != 0 && !m_lineMarks.isEmpty())
        viewport()->update();
}

const DotTextEditor::LineMarks *DotTextEditor::marksAt(int y) const
{
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF bounds = blockBoundingGeometry(block).translated(offset);
        if (bounds.top() > y)
            break;
        if (y < bounds.bottom()) {
            const auto marks = m_lineMarks.constFind(block.blockNumber());
            return marks == m_lineMarks.cend() ? nullptr : &*marks;
        }
    }
    return nullptr;
}

bool DotTextEditor::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    showLineToolTip(static_cast<QHelpEvent *>(event), viewport());
    return true;
}

void DotTextEditor::showLineToolTip(QHelpEvent *event, QWidget *over)
{
    const LineMarks *marks = marksAt(event->pos().y());
    if (!marks) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QStringList lines;
    for (const Diagnostic &diagnostic : marks->diagnostics)
        lines << diagnostic.message;
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), over);
}

} // namespace ArchDeck

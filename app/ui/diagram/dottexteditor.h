// DotTextEditor — the diagram editor's text view: Graphviz DOT with line numbers, syntax colours
// (DotHighlighter), completion of kinds and node ids (DotCompleter) and the layout's diagnostics
// shown in place: the line (or the token at the column) underlined in red or amber, a mark in
// the gutter and the message at the right of the line. Undo belongs to the DiagramDocument: the
// editor has none and lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y through to the window's actions.
//
//   connect(editor, &DotTextEditor::textEdited, document, &DiagramDocument::editText);
//   connect(document, &DiagramDocument::textChanged, editor,   // after undo, redo, a canvas edit
//       [=] { editor->setDotText(document->text()); });
//   editor->setDiagnostics({Diagnostic::error(file, 3, "syntax error near '->'")});
#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QPlainTextEdit>

class QCompleter;
class QHelpEvent;

namespace ArchDeck {

class DotCompleter;
class DotHighlighter;

class DotTextEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DotTextEditor(QWidget *parent = nullptr);
    ~DotTextEditor() override;

    /// Replaces the text without emitting textEdited, keeping the cursor's line and column
    /// (clamped to the new text) and the scroll position. Only the lines that differ change.
    void setDotText(const QByteArray &utf8);
    QByteArray dotText() const;

    /// Marks each diagnostic's line (line 0, the whole file, on line 1); {} clears them.
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    /// What completion offers: `kinds` after `kind=`, `nodeIds` (with DOT's keywords and
    /// attribute names) after two letters of an id.
    void setCompletionWords(const QStringList &kinds, const QStringList &nodeIds);
    QCompleter *completer() const;
    DotHighlighter *highlighter() const { return m_highlighter; }

    /// Puts the cursor on `line` (1-based) at `column` (1-based; 0: the line's first non-space),
    /// scrolls it into view and focuses the editor.
    void goToLine(int line, int column = 0);

signals:
    /// The user changed the text (typing, paste, cut, completion); never sent by setDotText().
    void textEdited(const QByteArray &utf8);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    class Gutter;
    struct LineMarks
    {
        Diagnostic::Severity severity = Diagnostic::Severity::Warning; ///< the worst on the line
        QString message; ///< the line's messages, joined
        Diagnostics diagnostics;
    };

    QString plainText() const;
    void onContentsChanged();
    void applyPalette();
    void indentSelection(bool indent);
    void insertNewline();

    Gutter *createGutter();
    int gutterWidth() const;
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void paintGutter(QPaintEvent *event);
    void paintMessages();

    void collectLineMarks();
    void updateExtraSelections();
    QColor severityColour(Diagnostic::Severity severity) const;
    /// The marks of the line drawn at `y` (viewport coordinates), or nullptr.
    const LineMarks *marksAt(int y) const;
    /// The full messages of the line under `event` (in the viewport or the gutter).
    void showLineToolTip(QHelpEvent *event, QWidget *over);

    Gutter *m_gutter;
    DotHighlighter *m_highlighter;
    DotCompleter *m_completer;
    Diagnostics m_diagnostics;
    QHash<int, LineMarks> m_lineMarks; ///< by block number
    QString m_lastText; ///< what textEdited last said, or setDotText() set
    bool m_settingText = false;
};

} // namespace ArchDeck

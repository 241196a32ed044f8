// DotCompleter — the completion popup of the DOT text view (DotTextEditor). After `kind=` or
// `kind="` it offers the diagram kinds; after two or more letters of an id it offers node ids,
// DOT keywords and common attribute names; forced (Ctrl+Space) it opens on any prefix. Never in
// comments, strings or HTML labels. Accepting replaces the prefix, and closes a quoted kind:
//
//   a [kind="da|        → accept "database" →   a [kind="database"|
//   a [kind="da|"]      → accept "database" →   a [kind="database"|]
#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace ArchDeck {

class DotHighlighter;

class DotCompleter : public QObject
{
    Q_OBJECT

public:
    enum class Trigger {
        Typed, ///< the user typed: open only where completion is expected
        Forced, ///< Ctrl+Space: open on any prefix, even an empty one
    };

    /// Completes in `editor`, reading what the text is from `highlighter` (same document).
    DotCompleter(QPlainTextEdit *editor, const DotHighlighter *highlighter);

    void setWords(const QStringList &kinds, const QStringList &nodeIds);
    QCompleter *completer() const { return m_completer; }
    bool isPopupVisible() const;

    /// Opens, narrows or closes the popup for the text before the editor's cursor.
    void update(Trigger trigger);
    /// Inserts the popup's current row and closes it; false (nothing done) when it is closed.
    bool acceptCurrent();
    void hidePopup();

    /// The words offered outside `kind` values: keywords and common attribute names.
    static QStringList dotWords();

private:
    enum class Mode { None, Kinds, Words };
    struct Context
    {
        Mode mode = Mode::None;
        int prefixStart = 0; ///< in the cursor's block
        QString prefix;
        bool quoted = false; ///< a kind after `kind="`
    };

    Context context() const;
    void showMode(Mode mode);
    void insert(const QString &word);

    QPlainTextEdit *m_editor;
    const DotHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QStringList m_kinds;
    QStringList m_words; ///< node ids, keywords and attribute names, sorted
    Mode m_mode = Mode::None;
};

} // namespace ArchDeck

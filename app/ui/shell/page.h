// Page — one mode of the main window: Study, Review, Browse, Statistics, Whiteboard, Interview.
// A page brings everything that is its own — actions with their shortcuts, its menus, the
// text of its tab and of the status bar, its undo stack, the diagram pane the View menu zooms —
// and the shell (MainWindow) only switches between pages. Adding a page touches no other page.
//
// A page's actions are children of the page, added to it with addAction(), so they appear in F1
// and their shortcuts work only while the page is on screen (a hidden page's window shortcuts do
// not fire); a page also disables them while it is not current, because an action that sits in a
// menu would otherwise still answer its shortcut from there.
#pragma once

#include <QWidget>

class QMenu;
class QUndoStack;

namespace ArchDeck {

class DiagramPane;

class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    /// "Study" — the tab, the Go menu entry and the window title.
    virtual QString name() const = 0;
    /// The tab's text; "Review (12 left)" where the page has something to say.
    virtual QString tabText() const { return name(); }
    /// The permanent text at the right of the status bar: "44 questions in 14 sections".
    virtual QString statusText() const { return {}; }
    /// Menus the menu bar shows (after Edit) while this page is current.
    virtual QList<QMenu *> menus() const { return {}; }
    /// Where Edit ▸ Undo/Redo act while this page is current; nullptr: nothing to undo here.
    virtual QUndoStack *undoStack() const { return nullptr; }
    /// The diagram the View menu zooms, when the page shows one.
    virtual DiagramPane *diagramPane() const { return nullptr; }

    bool isCurrent() const { return m_current; }
    /// Called by the shell when the page comes on screen or leaves it.
    void setCurrent(bool current);

signals:
    void tabTextChanged();
    void statusTextChanged();
    /// The page asks the shell to show a card for study (Browse: double-click).
    void studyCardRequested(const QString &cardId);
    /// The page changed the collection (a grade, an undo, a setting): the shell tells the others.
    void collectionEdited();

public:
    /// Another page changed the collection; what this page shows from it may be stale. Pages that
    /// show collection data reload it now if current, else when next shown.
    virtual void collectionEditedElsewhere() { }

protected:
    /// The page became current (refresh what may have changed meanwhile) or stopped being it;
    /// update the enabled state of the page's actions here.
    virtual void currentChanged(bool current) = 0;

private:
    bool m_current = false;
};

} // namespace ArchDeck

// ReviewPage — the Review mode of the main window: today's queue (ReviewPane), the grade actions
// (1–4), Show Answer (Space), Review Settings, and the undo stack of grades, so Edit ▸ Undo
// (Ctrl+Z) takes back the last grade and Redo gives it again.
#pragma once

#include "page.h"
#include "reviewtypes.h"

class QAction;
class QMenu;
class QUndoStack;

namespace ArchDeck {

class Clock;
class CollectionStore;
class Deck;
class LayoutEngine;
class ReviewPane;

class ReviewPage : public Page
{
    Q_OBJECT

public:
    ReviewPage(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString name() const override { return QStringLiteral("Review"); }
    QString tabText() const override;
    QString statusText() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QUndoStack *undoStack() const override { return m_undoStack; }
    DiagramPane *diagramPane() const override;

    ReviewPane *pane() const { return m_pane; }
    /// Hands the page the opened collection (nullptr: it could not be opened; `problem` says why).
    void setCollection(CollectionStore *store, const QString &problem = {});
    void setDiagramBeforeAnswer(bool early);

protected:
    void currentChanged(bool current) override;

private:
    void updateActions();
    void grade(Rating rating);

    ReviewPane *m_pane;
    CollectionStore *m_store = nullptr;
    QUndoStack *m_undoStack;
    QMenu *m_menu;
    QAction *m_showAnswerAction;
    QAction *m_gradeActions[4] = {};
    QAction *m_settingsAction;
};

} // namespace ArchDeck

// ReviewPage — the Review mode of the main window: today's queue (ReviewPane), the grade actions
// (1–4), Show Answer (Space), Review Settings, and the undo stack of grades, so Edit ▸ Undo
// (Ctrl+Z) takes back the last grade and Redo gives it again. For review by drawing: Check Drawing
// (Ctrl+Return), Skip Drawing (Ctrl+Shift+Return), Show My Last Drawing (D) — and while a drawing
// is under way Ctrl+Z / Ctrl+Shift+Z undo and redo its steps (the grade stack steps aside, so a
// reflex Ctrl+Z never takes the user off the card they are drawing), then the last grade.
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
    /// The user's synonyms file for checking drawings (the Whiteboard's: synonyms.txt beside the
    /// collection).
    void setSynonymsFile(const QString &path);

protected:
    void currentChanged(bool current) override;

private:
    void createDrawingActions();
    void updateActions();
    void grade(Rating rating);
    void undoInDrawing();
    void redoInDrawing();

    ReviewPane *m_pane;
    CollectionStore *m_store = nullptr;
    QUndoStack *m_undoStack;
    QMenu *m_menu;
    QAction *m_showAnswerAction;
    QAction *m_gradeActions[4] = {};
    QAction *m_settingsAction;
    QAction *m_checkAction = nullptr;
    QAction *m_skipDrawingAction = nullptr;
    QAction *m_lastDrawingAction = nullptr;
    QAction *m_undoDrawingAction = nullptr;
    QAction *m_redoDrawingAction = nullptr;
};

} // namespace ArchDeck

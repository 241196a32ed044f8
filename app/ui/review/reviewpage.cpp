#include "reviewpage.h"

#include "diagramdocument.h"
#include "gradecommand.h"
#include "reviewpane.h"
#include "reviewsettingsdialog.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ArchDeck {

ReviewPage::ReviewPage(const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : Page(parent)
    , m_pane(new ReviewPane(deck, engine, clock, this))
    , m_undoStack(new QUndoStack(this))
    , m_menu(new QMenu(QStringLiteral("&Review"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);

    m_showAnswerAction = new QAction(QStringLiteral("&Show Answer"), this);
    m_showAnswerAction->setObjectName(QStringLiteral("reviewShowAnswerAction"));
    m_showAnswerAction->setShortcut(Qt::Key_Space);
    connect(m_showAnswerAction, &QAction::triggered, m_pane, &ReviewPane::showAnswer);
    m_menu->addAction(m_showAnswerAction);
    m_menu->addSeparator();

    const std::pair<Rating, QString> grades[]
        = {{Rating::Again, QStringLiteral("&Again")}, {Rating::Hard, QStringLiteral("&Hard")},
            {Rating::Good, QStringLiteral("&Good")}, {Rating::Easy, QStringLiteral("&Easy")}};
    for (int i = 0; i < 4; ++i) {
        m_gradeActions[i] = new QAction(grades[i].second, this);
        m_gradeActions[i]->setObjectName(
            QStringLiteral("grade%1Action").arg(grades[i].second.mid(1)));
        m_gradeActions[i]->setShortcut(QKeySequence(Qt::Key_1 + i));
        connect(m_gradeActions[i], &QAction::triggered, this,
            [this, rating = grades[i].first] { grade(rating); });
        m_menu->addAction(m_gradeActions[i]);
    }
    createDrawingActions();
    m_menu->addSeparator();
    m_settingsAction = m_menu->addAction(QStringLiteral("Review &Settings…"), this, [this] {
        ReviewSettingsDialog dialog(m_store, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_pane->refresh();
            emit collectionEdited();
        }
    });
    m_settingsAction->setObjectName(QStringLiteral("reviewSettingsAction"));
    addActions({m_showAnswerAction, m_gradeActions[0], m_gradeActions[1], m_gradeActions[2],
        m_gradeActions[3], m_checkAction, m_skipDrawingAction, m_lastDrawingAction,
        m_undoDrawingAction, m_redoDrawingAction, m_settingsAction});

    connect(m_pane, &ReviewPane::gradeRequested, this, &ReviewPage::grade);
    connect(m_pane, &ReviewPane::attemptSaved, this, &Page::collectionEdited);
    QUndoStack *drawingSteps = m_pane->drawing()->undoStack();
    connect(drawingSteps, &QUndoStack::canUndoChanged, this, &ReviewPage::updateActions);
    connect(drawingSteps, &QUndoStack::canRedoChanged, this, &ReviewPage::updateActions);
    // Every grade, undo and redo goes through the stack: each changes card states.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Page::collectionEdited);
    connect(m_pane, &ReviewPane::queueChanged, this, [this] {
        updateActions();
        emit tabTextChanged();
        emit statusTextChanged();
    });
    updateActions();
}

ReviewPage::~ReviewPage()
{
    // Clearing the stacks as they are destroyed changes them: that is no edit to tell anyone of.
    m_undoStack->disconnect(this);
    m_pane->drawing()->undoStack()->disconnect(this);
}

void ReviewPage::createDrawingActions()
{
    m_menu->addSeparator();
    m_checkAction = m_menu->addAction(QStringLiteral("Chec&k Drawing"), m_pane, &ReviewPane::check);
    m_checkAction->setObjectName(QStringLiteral("reviewCheckDrawingAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_skipDrawingAction
        = m_menu->addAction(QStringLiteral("Skip D&rawing"), m_pane, &ReviewPane::showAnswer);
    m_skipDrawingAction->setObjectName(QStringLiteral("reviewSkipDrawingAction"));
    m_skipDrawingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_lastDrawingAction = m_menu->addAction(QStringLiteral("Show My &Last Drawing"));
    m_lastDrawingAction->setObjectName(QStringLiteral("reviewShowLastDrawingAction"));
    m_lastDrawingAction->setShortcut(Qt::Key_D);
    m_lastDrawingAction->setCheckable(true);
    connect(m_lastDrawingAction, &QAction::triggered, m_pane, &ReviewPane::setLastDrawingShown);

    // Not in the menu (Edit ▸ Undo is where undo lives); here so that the keys reach the drawing.
    m_undoDrawingAction = new QAction(QStringLiteral("Undo in Drawing"), this);
    m_undoDrawingAction->setObjectName(QStringLiteral("reviewUndoDrawingAction"));
    m_undoDrawingAction->setShortcut(QKeySequence::Undo);
    connect(m_undoDrawingAction, &QAction::triggered, this, &ReviewPage::undoInDrawing);
    m_redoDrawingAction = new QAction(QStringLiteral("Redo in Drawing"), this);
    m_redoDrawingAction->setObjectName(QStringLiteral("reviewRedoDrawingAction"));
    m_redoDrawingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_redoDrawingAction, &QAction::triggered, this, &ReviewPage::redoInDrawing);
}

void ReviewPage::undoInDrawing()
{
    // The drawing's own steps first; with none left, the last grade (the card before this one).
    QUndoStack *steps = m_pane->drawing()->undoStack();
    if (steps->canUndo())
        steps->undo();
    else if (m_undoStack->canUndo())
        m_undoStack->undo();
}

void ReviewPage::redoInDrawing()
{
    QUndoStack *steps = m_pane->drawing()->undoStack();
    if (steps->canRedo())
        steps->redo();
    else if (m_undoStack->canRedo())
        m_undoStack->redo();
}

QString ReviewPage::tabText() const
{
    const QString left = m_pane->summary();
    return left.isEmpty() ? name() : QStringLiteral("Review (%1)").arg(left);
}

QString ReviewPage::statusText() const
{
    const int left = m_pane->cardsLeft();
    if (left < 0)
        return {};
    if (left == 0)
        return QStringLiteral("Review: %1").arg(m_pane->summary()); // "done", "done for now"
    return left == 1 ? QStringLiteral("1 card to review now")
                     : QStringLiteral("%1 cards to review now").arg(left);
}

DiagramPane *ReviewPage::diagramPane() const
{
    return m_pane->diagramPane();
}

void ReviewPage::setCollection(CollectionStore *store, const QString &problem)
{
    m_store = store;
    m_undoStack->clear();
    m_pane->setCollection(store, problem);
    updateActions();
}

void ReviewPage::setDiagramBeforeAnswer(bool early)
{
    m_pane->setDiagramBeforeAnswer(early);
}

void ReviewPage::setSynonymsFile(const QString &path)
{
    m_pane->setSynonymsFile(path);
}

void ReviewPage::grade(Rating rating)
{
    if (m_pane->canGrade())
        m_undoStack->push(new GradeCommand(m_pane, rating));
}

void ReviewPage::currentChanged(bool current)
{
    if (current)
        m_pane->refresh(); // cards may have come due while another page was showing
    updateActions();
}

void ReviewPage::updateActions()
{
    const bool current = isCurrent();
    const bool drawing = current && m_pane->isDrawing();
    // Space must not reveal while drawing (the user may be typing a label); Skip Drawing does.
    m_showAnswerAction->setEnabled(current && m_pane->stage() == ReviewPane::Stage::Question);
    for (QAction *grade : m_gradeActions)
        grade->setEnabled(current && m_pane->canGrade());
    m_checkAction->setEnabled(drawing);
    m_skipDrawingAction->setEnabled(drawing);
    m_lastDrawingAction->setEnabled(current && m_pane->canShowLastDrawing());
    m_lastDrawingAction->setChecked(m_pane->isLastDrawingShown());
    // While drawing, Ctrl+Z belongs to the drawing: the grade stack leaves the window's undo group
    // (Edit ▸ Undo greys out) and the page's own undo takes the key.
    if (current)
        m_undoStack->setActive(!drawing);
    const QUndoStack *steps = m_pane->drawing()->undoStack();
    m_undoDrawingAction->setEnabled(drawing && (steps->canUndo() || m_undoStack->canUndo()));
    m_redoDrawingAction->setEnabled(drawing && (steps->canRedo() || m_undoStack->canRedo()));
    m_settingsAction->setEnabled(m_store != nullptr);
}

} // namespace ArchDeck

#include "reviewpage.h"

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
        m_gradeActions[3], m_settingsAction});

    connect(m_pane, &ReviewPane::gradeRequested, this, &ReviewPage::grade);
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
    // Clearing the stack as it is destroyed changes its index: that is no edit to tell anyone of.
    m_undoStack->disconnect(this);
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
    m_showAnswerAction->setEnabled(current && !m_pane->isAnswerShown());
    for (QAction *grade : m_gradeActions)
        grade->setEnabled(current && m_pane->canGrade());
    m_settingsAction->setEnabled(m_store != nullptr);
}

} // namespace ArchDeck

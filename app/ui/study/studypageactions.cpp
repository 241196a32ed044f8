// StudyPage's actions (Study menu and keys) and when each is enabled.
#include "studypage.h"

#include "cardview.h"
#include "deckfiltermodel.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

namespace ArchDeck {

void StudyPage::createActions()
{
    m_revealAction = new QAction(QStringLiteral("&Reveal Answer"), this);
    m_revealAction->setObjectName(QStringLiteral("revealAction"));
    m_revealAction->setShortcut(Qt::Key_Space);
    connect(m_revealAction, &QAction::triggered, this,
        [this] { m_cardView->setAnswerRevealed(!m_cardView->isAnswerRevealed()); });

    m_followUpAction = new QAction(QStringLiteral("Open Next &Follow-up"), this);
    m_followUpAction->setObjectName(QStringLiteral("followUpAction"));
    m_followUpAction->setShortcut(Qt::Key_F);
    m_followUpAction->setToolTip(QStringLiteral(
        "Reveal the answer, then open the follow-up questions one by one (F)"));
    connect(m_followUpAction, &QAction::triggered, this, [this] { m_cardView->openNextFollowUp(); });

    m_nextAction = new QAction(QStringLiteral("&Next Card"), this);
    m_nextAction->setObjectName(QStringLiteral("nextCardAction"));
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)});
    connect(m_nextAction, &QAction::triggered, this, [this] { moveBy(+1); });

    m_previousAction = new QAction(QStringLiteral("&Previous Card"), this);
    m_previousAction->setObjectName(QStringLiteral("previousCardAction"));
    m_previousAction->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)});
    connect(m_previousAction, &QAction::triggered, this, [this] { moveBy(-1); });

    m_filterAction = new QAction(QStringLiteral("&Filter Cards…"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_editDiagramAction = new QAction(QStringLiteral("&Edit Diagram"), this);
    m_editDiagramAction->setObjectName(QStringLiteral("studyEditDiagramAction"));
    m_editDiagramAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editDiagramAction, &QAction::triggered, this, [this] {
        if (!currentCardId().isEmpty())
            emit editDiagramRequested(currentCardId());
    });
    m_drawDiagramAction = new QAction(QStringLiteral("&Draw It Yourself"), this);
    m_drawDiagramAction->setObjectName(QStringLiteral("studyDrawDiagramAction"));
    m_drawDiagramAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_drawDiagramAction, &QAction::triggered, this, [this] {
        if (!currentCardId().isEmpty())
            emit drawDiagramRequested(currentCardId());
    });

    m_menu = new QMenu(QStringLiteral("&Study"), this);
    m_menu->addAction(m_revealAction);
    m_menu->addAction(m_followUpAction);
    m_menu->addSeparator();
    m_menu->addAction(m_nextAction);
    m_menu->addAction(m_previousAction);
    m_menu->addSeparator();
    m_menu->addAction(m_filterAction);
    m_menu->addSeparator();
    m_menu->addAction(m_editDiagramAction);
    m_menu->addAction(m_drawDiagramAction);
    addActions({m_revealAction, m_followUpAction, m_nextAction, m_previousAction, m_filterAction,
        m_editDiagramAction, m_drawDiagramAction});
}

void StudyPage::updateActions()
{
    const Card *card = m_cardView->card();
    const bool canReveal = card && card->isQuestion();
    const bool revealed = m_cardView->isAnswerRevealed();
    const bool hasCards = m_filterModel->visibleQuestionCount() > 0;
    m_revealAction->setEnabled(isCurrent() && canReveal);
    m_revealButton->setEnabled(canReveal);
    bool closedFollowUp = false;
    for (int i = 0; i < m_cardView->followUpCount(); ++i)
        closedFollowUp = closedFollowUp || !m_cardView->isFollowUpOpen(i);
    m_followUpAction->setEnabled(isCurrent() && canReveal && (!revealed || closedFollowUp));
    m_nextAction->setEnabled(isCurrent() && hasCards);
    m_previousAction->setEnabled(isCurrent() && hasCards);
    m_nextButton->setEnabled(hasCards);
    m_previousButton->setEnabled(hasCards);
    m_filterAction->setEnabled(isCurrent());
    const bool hasDiagram = canReveal && !card->diagram.isEmpty();
    m_editDiagramAction->setEnabled(isCurrent() && hasDiagram);
    m_drawDiagramAction->setEnabled(isCurrent() && hasDiagram);
    m_revealAction->setText(
        revealed ? QStringLiteral("&Hide Answer") : QStringLiteral("&Reveal Answer"));
    m_revealButton->setText(
        revealed ? QStringLiteral("Hide answer  (Space)") : QStringLiteral("Show answer  (Space)"));
}

} // namespace ArchDeck

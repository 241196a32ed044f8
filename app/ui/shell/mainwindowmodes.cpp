// MainWindow's tabs — Study, Review, Browse, Statistics — and how one set of keys is routed
// between them (the rest of the class is in mainwindow.cpp and mainwindowactions.cpp).
#include "mainwindow.h"

#include "browserpane.h"
#include "cardview.h"
#include "reviewpane.h"
#include "statisticspane.h"

#include <QAction>
#include <QSplitter>
#include <QTabWidget>

namespace ArchDeck {

void MainWindow::setCollection(CollectionStore *store, const QString &problem)
{
    m_store = store;
    m_reviewSettingsAction->setEnabled(store != nullptr);
    m_reviewPane->setDiagramBeforeAnswer(m_diagramEarlyAction->isChecked());
    m_reviewPane->setCollection(store, problem);
    m_browserPane->setCollection(store);
    if (m_statisticsPane)
        m_statisticsPane->setCollection(store);
    updateModeActions();
}

MainWindow::Mode MainWindow::mode() const
{
    if (m_tabs->currentWidget() == m_reviewPane)
        return Mode::Review;
    if (m_tabs->currentWidget() == m_statisticsPage)
        return Mode::Statistics;
    return m_tabs->currentWidget() == m_browserPane ? Mode::Browse : Mode::Study;
}

void MainWindow::setMode(Mode mode)
{
    QWidget *page = m_splitter;
    if (mode == Mode::Review)
        page = m_reviewPane;
    else if (mode == Mode::Browse)
        page = m_browserPane;
    else if (mode == Mode::Statistics)
        page = m_statisticsPage;
    m_tabs->setCurrentWidget(page);
}

void MainWindow::updateModeActions()
{
    // One set of keys, routed by the tab: Space reveals in both; J/K and arrows move through the
    // deck only while studying; 1–4 and Ctrl+Z grade only while reviewing.
    const bool reviewing = mode() == Mode::Review;
    const bool studying = mode() == Mode::Study;
    m_nextAction->setEnabled(studying);
    m_previousAction->setEnabled(studying);
    m_filterAction->setEnabled(!reviewing);
    for (QAction *grade : m_gradeActions)
        grade->setEnabled(reviewing && m_reviewPane->canGrade());
    m_undoAction->setEnabled(reviewing && m_reviewPane->canUndo());
    if (reviewing)
        m_revealAction->setEnabled(!m_reviewPane->isAnswerShown());
    else if (!studying)
        m_revealAction->setEnabled(false);
    else
        updateRevealAction(m_cardView->isAnswerRevealed());
    const QString left = m_reviewPane->summary();
    m_tabs->setTabText(
        1, left.isEmpty() ? QStringLiteral("Review") : QStringLiteral("Review (%1)").arg(left));
}

} // namespace ArchDeck

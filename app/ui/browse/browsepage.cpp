#include "browsepage.h"

#include "browserpane.h"

#include <QAction>
#include <QVBoxLayout>

namespace ArchDeck {

BrowsePage::BrowsePage(const Deck *deck, const Clock *clock, QWidget *parent)
    : Page(parent)
    , m_pane(new BrowserPane(deck, clock, this))
    , m_searchAction(new QAction(QStringLiteral("&Search Cards…"), this))
{
    setObjectName(QStringLiteral("browsePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);
    m_searchAction->setObjectName(QStringLiteral("browseSearchAction"));
    m_searchAction->setShortcut(QKeySequence::Find);
    m_searchAction->setEnabled(false);
    connect(m_searchAction, &QAction::triggered, m_pane, &BrowserPane::focusSearch);
    addAction(m_searchAction);
    connect(m_pane, &BrowserPane::openCard, this, &Page::studyCardRequested);
}

void BrowsePage::setCollection(CollectionStore *store)
{
    m_pane->setCollection(store);
}

void BrowsePage::refresh()
{
    m_pane->refresh();
}

void BrowsePage::collectionEditedElsewhere()
{
    if (isCurrent())
        m_pane->refresh();
    else
        m_stale = true;
}

void BrowsePage::currentChanged(bool current)
{
    m_searchAction->setEnabled(current);
    if (current && m_stale) {
        m_stale = false;
        m_pane->refresh(); // reviews changed states while another page showed
    }
}

} // namespace ArchDeck

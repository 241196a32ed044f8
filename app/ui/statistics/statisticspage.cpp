#include "statisticspage.h"

#include "statisticspane.h"

#include <QVBoxLayout>

namespace ArchDeck {

StatisticsPage::StatisticsPage(const Deck *deck, const Clock *clock, QWidget *parent)
    : Page(parent)
    , m_deck(deck)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("statisticsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void StatisticsPage::setCollection(CollectionStore *store)
{
    m_store = store;
    if (m_pane)
        m_pane->setCollection(store);
}

void StatisticsPage::currentChanged(bool current)
{
    if (!current || m_pane)
        return;
    m_pane = new StatisticsPane(m_deck, m_clock, this);
    layout()->addWidget(m_pane);
    m_pane->setCollection(m_store);
    m_pane->show(); // children made after their parent is shown start hidden
}

} // namespace ArchDeck

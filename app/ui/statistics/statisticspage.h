// StatisticsPage — the Statistics mode of the main window. Qt Charts is slow to set up, so the
// StatisticsPane is built the first time the page is shown, not at start-up.
#pragma once

#include "page.h"

namespace ArchDeck {

class Clock;
class CollectionStore;
class Deck;
class StatisticsPane;

class StatisticsPage : public Page
{
    Q_OBJECT

public:
    StatisticsPage(const Deck *deck, const Clock *clock, QWidget *parent = nullptr);

    QString name() const override { return QStringLiteral("Statistics"); }
    /// nullptr until the page has been shown once.
    StatisticsPane *pane() const { return m_pane; }
    void setCollection(CollectionStore *store);

protected:
    void currentChanged(bool current) override;

private:
    const Deck *m_deck;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    StatisticsPane *m_pane = nullptr;
};

} // namespace ArchDeck

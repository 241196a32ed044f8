// BrowsePage — the Browse mode of the main window: every card with its memory state (BrowserPane),
// Ctrl+F to search; double-clicking a card asks the shell to open it for study.
#pragma once

#include "page.h"

class QAction;

namespace ArchDeck {

class BrowserPane;
class Clock;
class CollectionStore;
class Deck;

class BrowsePage : public Page
{
    Q_OBJECT

public:
    BrowsePage(const Deck *deck, const Clock *clock, QWidget *parent = nullptr);

    QString name() const override { return QStringLiteral("Browse"); }
    BrowserPane *pane() const { return m_pane; }
    void setCollection(CollectionStore *store);
    void refresh();
    void collectionEditedElsewhere() override;

protected:
    void currentChanged(bool current) override;

private:
    BrowserPane *m_pane;
    QAction *m_searchAction;
    bool m_stale = false; ///< the collection changed while the page was hidden
};

} // namespace ArchDeck

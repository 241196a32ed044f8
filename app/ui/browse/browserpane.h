// BrowserPane — the card browser: every card with its state in a sortable table, a search box
// with the CardQuery language, and an info panel with the selected card's review history
// (grade, interval, S, D, R per review). Double-click opens the card for study.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace ArchDeck {

class CardBrowserFilter;
class CardBrowserModel;
class Clock;
class CollectionStore;
class Deck;

class BrowserPane : public QWidget
{
    Q_OBJECT

public:
    BrowserPane(const Deck *deck, const Clock *clock, QWidget *parent = nullptr);

    void setCollection(CollectionStore *store);
    /// Reloads states from the store (after reviews).
    void refresh();
    void focusSearch();

    CardBrowserModel *model() const { return m_model; }
    CardBrowserFilter *filter() const { return m_filter; }

signals:
    void openCard(const QString &id);

private:
    void search(const QString &text);
    void showHistory();

    const Deck *m_deck;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    CardBrowserModel *m_model;
    CardBrowserFilter *m_filter;
    QLineEdit *m_search;
    QLabel *m_searchError;
    QTableView *m_table;
    QLabel *m_infoTitle;
    QTableWidget *m_history;
};

} // namespace ArchDeck

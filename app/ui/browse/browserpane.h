// BrowserPane — the card browser: every card with its state in a sortable table, a search box
// with the CardQuery language (a QueryField: errors under it, the bad term underlined) and the
// count of cards found, and an info panel with the selected card's review history (grade,
// interval, S, D, R per review). Double-click opens the card for study.
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace ArchDeck {

class CardBrowserFilter;
class CardBrowserModel;
class Clock;
class CollectionStore;
class Deck;
class QueryField;

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

    /// Ids and section names are cut (elided) past this many average characters.
    static constexpr int kLongColumnCharacters = 16;

signals:
    void openCard(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Sizes the columns now when the browser is on screen, else when it is next shown: measuring
    /// every card is not for start-up, when the Browse page is still hidden.
    void requestFitColumns(int first, int last);
    void fitColumns(int first, int last);
    void search(const QString &text);
    void showResultCount();
    void showHistory();

    const Deck *m_deck;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    CardBrowserModel *m_model;
    CardBrowserFilter *m_filter;
    QueryField *m_search;
    QLabel *m_resultCount;
    QStackedWidget *m_results; ///< the table, or "No cards match …"
    QTableView *m_table;
    int m_unfitFirst = -1; ///< columns waiting for requestFitColumns(); -1: none
    int m_unfitLast = -1;
    QLabel *m_noMatches;
    QLabel *m_infoTitle;
    QTableWidget *m_history;
};

} // namespace ArchDeck

// StudyPage — the deck, card by card: the navigator (filter + sections → cards tree) on the left,
// the card with its diagram on the right (CardDiagramSplitter). Space reveals, J/K move, Ctrl+F
// filters. Remembers its splitters and the last card. A page of the main window (shell/page.h).
#pragma once

#include "page.h"

class QAction;
class QLineEdit;
class QMenu;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTreeView;

namespace ArchDeck {

class CardDiagramSplitter;
class CardView;
class Clock;
class CollectionStore;
class Deck;
class DeckFilterModel;
class DeckModel;
class LayoutEngine;
class QueryField;

class StudyPage : public Page
{
    Q_OBJECT

public:
    StudyPage(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);

    QString name() const override { return QStringLiteral("Study"); }
    QString statusText() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    DiagramPane *diagramPane() const override { return m_diagramPane; }

    /// Id of the card shown, or empty when a section or nothing is shown.
    QString currentCardId() const;
    /// Selects the card in the tree; false when it is unknown or the filter hides it.
    bool selectCard(const QString &id);
    /// Shows the card, clearing the filter when it hides it; false for an unknown id.
    bool showCard(const QString &id);
    /// Whether diagrams show before the answer (View ▸ Show Diagram Before the Answer).
    void setDiagramBeforeAnswer(bool early);
    CardView *cardView() const { return m_cardView; }
    /// The collection the filter's is: and prop: terms read (nullptr: not open, those terms say
    /// so).
    void setCollection(CollectionStore *store);
    void collectionEditedElsewhere() override;

    void restoreState();
    void saveState() const;

signals:
    /// Once, when the first card has been painted (start-up is over).
    void firstCardPainted();
    /// Edit Diagram (Ctrl+E) / Draw It Yourself (Ctrl+D) on the shown card: the Whiteboard page.
    void editDiagramRequested(const QString &cardId);
    void drawDiagramRequested(const QString &cardId);

protected:
    void currentChanged(bool current) override;

private:
    QWidget *createNavigator();
    QWidget *createCardPane();
    void createActions();
    void showIndex(const QModelIndex &proxyIndex);
    void moveBy(int step);
    void applyFilter(const QString &text);
    void updateActions();
    void updateDiagram();
    void prefetchNextDiagram();
    void loadCardStates();

    const Deck *m_deck;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    DeckModel *m_model;
    DeckFilterModel *m_filterModel;
    QSplitter *m_splitter = nullptr; ///< navigator | card and diagram
    CardDiagramSplitter *m_contentSplitter = nullptr;
    QueryField *m_filterField = nullptr;
    QLineEdit *m_filter = nullptr; ///< the field's line edit
    QTreeView *m_tree = nullptr;
    CardView *m_cardView = nullptr;
    DiagramPane *m_diagramPane = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_editDiagramAction = nullptr;
    QAction *m_drawDiagramAction = nullptr;
    bool m_diagramEarly = false;
    bool m_statesStale = false; ///< grades elsewhere changed what is:/prop: terms read
};

} // namespace ArchDeck

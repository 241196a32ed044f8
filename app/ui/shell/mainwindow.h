// MainWindow — the study window: the deck navigator (filter + sections → cards tree) on the left,
// the card on the right. Remembers geometry, splitter and last card. Created by GuiApplication.
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace ArchDeck {

class BrowserPane;
class CardView;
class Clock;
class CollectionStore;
class Deck;
class ReviewPane;
class StatisticsPane;
class DiagramPane;
class LayoutEngine;
class DeckFilterModel;
class DeckModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Deck *deck, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Mode { Study, Review, Browse, Statistics };

    /// Hands the window the opened collection (nullptr when it could not be opened; `problem`
    /// says why). Until then the review tab says the collection is opening.
    void setCollection(CollectionStore *store, const QString &problem = {});
    Mode mode() const;
    void setMode(Mode mode);
    ReviewPane *reviewPane() const { return m_reviewPane; }
    BrowserPane *browserPane() const { return m_browserPane; }
    /// nullptr until the Statistics tab has been shown once.
    StatisticsPane *statisticsPane() const { return m_statisticsPane; }

    /// Id of the card shown, or empty when a section or nothing is shown.
    QString currentCardId() const;
    bool selectCard(const QString &id);

signals:
    /// Once, when the first card has been painted (start-up is over).
    void firstCardPainted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static constexpr char kDiagramEarlyKey[] = "study/diagramBeforeAnswer";

    QWidget *createNavigator();
    QWidget *createCardPane();
    void createActions();
    void createMenus();
    void restoreSession();
    void saveSession() const;

    void showIndex(const QModelIndex &proxyIndex);
    void moveBy(int step);
    void applyFilter(const QString &text);
    void updateStatus();
    void updateRevealAction(bool revealed);
    void updateDiagram();
    void updateModeActions();
    void prefetchNextDiagram();
    void showShortcuts();
    void showAbout();

    const Deck *m_deck;
    DeckModel *m_model;
    DeckFilterModel *m_filterModel;
    std::unique_ptr<Clock> m_clock;
    QTabWidget *m_tabs = nullptr;
    ReviewPane *m_reviewPane = nullptr;
    BrowserPane *m_browserPane = nullptr;
    QWidget *m_statisticsPage = nullptr; ///< the tab; holds the pane once built
    StatisticsPane *m_statisticsPane = nullptr; ///< built on first show
    QSplitter *m_splitter = nullptr; ///< navigator | content
    QSplitter *m_contentSplitter = nullptr; ///< card above diagram
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    CardView *m_cardView = nullptr;
    LayoutEngine *m_engine = nullptr;
    DiagramPane *m_diagramPane = nullptr;
    QPushButton *m_revealButton = nullptr;
    QLabel *m_statusLabel = nullptr;

    QAction *m_revealAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_diagramEarlyAction = nullptr;
    QAction *m_gradeActions[4] = {};
    QAction *m_undoAction = nullptr;
    QAction *m_reviewSettingsAction = nullptr;
    CollectionStore *m_store = nullptr;
};

} // namespace ArchDeck

// MainWindow — the shell: a tab per page (Study, Review, Browse, Statistics, Whiteboard,
// Interview; shell/page.h), the menus every page shares (File, Edit, Go, View, Help) with the
// current page's own menus between them, the status bar showing the current page's text, a banner
// for problems loading the deck, and the QUndoGroup that points Edit ▸ Undo/Redo at the current
// page's undo stack. It switches pages and knows nothing of what they do. Created by
// GuiApplication; time comes from the clock it is given (tests pass a FakeClock).
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace ArchDeck {

class BrowsePage;
class Clock;
class InterviewPage;
class CollectionStore;
class Deck;
class LayoutEngine;
class Page;
class ProblemsBanner;
class ReviewPage;
class StatisticsPage;
class WhiteboardPage;
class StudyPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `deck` and `clock` outlive the window.
    MainWindow(const Deck *deck, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// "Backend & System Design Interview Deck" (the bundled deck) or the --deck folder's name;
    /// the window title is "<deck name> — ArchDeck".
    void setDeckName(const QString &name);
    /// Hands the window the opened collection (nullptr when it could not be opened; `problem`
    /// says why). Until then the Review page says the collection is opening.
    void setCollection(CollectionStore *store, const QString &problem = {});

    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    /// Switches to the page with this object name ("studyPage", "reviewPage", …).
    bool showPage(const QString &objectName);
    void showPage(Page *page);

    StudyPage *studyPage() const { return m_studyPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    BrowsePage *browsePage() const { return m_browsePage; }
    StatisticsPage *statisticsPage() const { return m_statisticsPage; }
    WhiteboardPage *whiteboardPage() const { return m_whiteboardPage; }
    InterviewPage *interviewPage() const { return m_interviewPage; }
    /// F11 on the Interview page: full screen with nothing but the page (no menu, tabs or status).
    void setFocusMode(bool on);
    bool isFocusMode() const { return m_focusMode; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    ProblemsBanner *problemsBanner() const { return m_banner; }

signals:
    /// Once, when the first card has been painted (start-up is over).
    void firstCardPainted();
    void diagramBeforeAnswerChanged(bool early);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addPage(Page *page);
    void pageChanged();
    void updatePageTexts();
    void updateZoomActions();
    void createMenus();
    void createViewMenu(QMenu *view);
    void showDeckProblems();
    void restoreWindowGeometry();
    void fitIntoScreen();
    void saveSession() const;
    void showShortcuts();
    void showAbout();

    const Deck *m_deck;
    const Clock *m_clock;
    LayoutEngine *m_engine;
    QUndoGroup *m_undoGroup;
    ProblemsBanner *m_banner;
    QTabWidget *m_tabs;
    QLabel *m_statusLabel;
    QList<Page *> m_pages;
    Page *m_current = nullptr;
    StudyPage *m_studyPage;
    ReviewPage *m_reviewPage;
    BrowsePage *m_browsePage;
    StatisticsPage *m_statisticsPage;
    WhiteboardPage *m_whiteboardPage;
    InterviewPage *m_interviewPage;
    bool m_focusMode = false;
    bool m_wasMaximized = false; ///< before focus mode
    QMenu *m_goMenu = nullptr;
    QAction *m_pageMenusAnchor = nullptr; ///< page menus are inserted before this (Go)
    QList<QAction *> m_zoomActions;
    bool m_shownOnce = false;
};

} // namespace ArchDeck

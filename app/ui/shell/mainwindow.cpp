#include "mainwindow.h"

#include "browsepage.h"
#include "cardview.h"
#include "clock.h"
#include "deck.h"
#include "diagrampane.h"
#include "diagramview.h"
#include "interviewpage.h"
#include "layoutengine.h"
#include "page.h"
#include "problemsbanner.h"
#include "reviewpage.h"
#include "shortcutsdialog.h"
#include "statisticspage.h"
#include "studypage.h"
#include "whiteboardpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

QString countOf(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

MainWindow::MainWindow(const Deck *deck, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_deck(deck)
    , m_clock(clock)
    , m_engine(new LayoutEngine(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_banner(new ProblemsBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDeckName(QStringLiteral("Backend & System Design Interview Deck"));

    m_tabs->setObjectName(QStringLiteral("modeTabs"));
    m_tabs->setDocumentMode(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_statusLabel);

    m_studyPage = new StudyPage(deck, m_engine, clock, this);
    m_reviewPage = new ReviewPage(deck, m_engine, clock, this);
    m_browsePage = new BrowsePage(deck, clock, this);
    m_statisticsPage = new StatisticsPage(deck, clock, this);
    m_whiteboardPage = new WhiteboardPage(deck, m_engine, clock, this);
    m_interviewPage = new InterviewPage(deck, m_engine, clock, this);
    for (Page *page : {static_cast<Page *>(m_studyPage), static_cast<Page *>(m_reviewPage),
             static_cast<Page *>(m_browsePage), static_cast<Page *>(m_statisticsPage),
             static_cast<Page *>(m_whiteboardPage), static_cast<Page *>(m_interviewPage)})
        addPage(page);
    // An interview interrupted last time is the first thing to see: it waits, paused.
    connect(m_interviewPage, &InterviewPage::resumeOffered, this,
        [this] { showPage(m_interviewPage); });
    connect(m_interviewPage, &InterviewPage::focusModeRequested, this, &MainWindow::setFocusMode);
    connect(m_studyPage, &StudyPage::editDiagramRequested, this, [this](const QString &id) {
        if (m_whiteboardPage->editCard(id))
            showPage(m_whiteboardPage);
    });
    connect(m_studyPage, &StudyPage::drawDiagramRequested, this, [this](const QString &id) {
        if (m_whiteboardPage->drawCard(id))
            showPage(m_whiteboardPage);
    });

    connect(m_studyPage, &StudyPage::firstCardPainted, this, &MainWindow::firstCardPainted);
    connect(m_studyPage->cardView(), &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toString());
    });
    connect(this, &MainWindow::diagramBeforeAnswerChanged, m_studyPage,
        &StudyPage::setDiagramBeforeAnswer);
    connect(this, &MainWindow::diagramBeforeAnswerChanged, m_reviewPage,
        &ReviewPage::setDiagramBeforeAnswer);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::pageChanged);

    createMenus();
    showDeckProblems();
    restoreWindowGeometry();
    m_studyPage->restoreState();
    pageChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_tabs->addTab(page, page->tabText());
    if (page->undoStack())
        m_undoGroup->addStack(page->undoStack());
    connect(page, &Page::tabTextChanged, this, &MainWindow::updatePageTexts);
    connect(page, &Page::statusTextChanged, this, &MainWindow::updatePageTexts);
    if (DiagramPane *pane = page->diagramPane())
        connect(pane, &DiagramPane::hasDiagramChanged, this, &MainWindow::updateZoomActions);
    connect(page, &Page::collectionEdited, this, [this, page] {
        for (Page *other : std::as_const(m_pages))
            if (other != page)
                other->collectionEditedElsewhere();
    });
    connect(page, &Page::studyCardRequested, this, [this](const QString &id) {
        showPage(m_studyPage);
        m_studyPage->showCard(id);
    });
}

Page *MainWindow::currentPage() const
{
    return m_current;
}

bool MainWindow::showPage(const QString &objectName)
{
    for (Page *page : m_pages) {
        if (page->objectName() == objectName) {
            showPage(page);
            return true;
        }
    }
    return false;
}

void MainWindow::showPage(Page *page)
{
    m_tabs->setCurrentWidget(page);
}

void MainWindow::setFocusMode(bool on)
{
    if (on == m_focusMode)
        return;
    m_focusMode = on;
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_tabs->tabBar()->setVisible(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    if (QAction *focus = m_interviewPage->focusAction(); focus->isChecked() != on)
        focus->setChecked(on);
}

void MainWindow::pageChanged()
{
    Page *page = qobject_cast<Page *>(m_tabs->currentWidget());
    if (page == m_current)
        return;
    if (m_current)
        m_current->setCurrent(false);
    if (m_focusMode && page != m_interviewPage)
        setFocusMode(false); // focus mode is the interview's
    m_current = page;
    for (Page *p : m_pages)
        for (QMenu *menu : p->menus())
            menu->menuAction()->setVisible(p == page);
    m_undoGroup->setActiveStack(page ? page->undoStack() : nullptr);
    if (page)
        page->setCurrent(true);
    updateZoomActions();
    updatePageTexts();
}

void MainWindow::updateZoomActions()
{
    // View ▸ Zoom and the legend act on the current page's diagram, while there is one.
    DiagramPane *pane = m_current ? m_current->diagramPane() : nullptr;
    const bool hasDiagram = pane && pane->hasDiagram();
    for (QAction *zoom : m_zoomActions)
        zoom->setEnabled(
            hasDiagram || (pane && zoom->objectName() == QLatin1String("legendAction")));
}

void MainWindow::updatePageTexts()
{
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->setTabText(i, m_pages.at(i)->tabText());
    m_statusLabel->setText(m_current ? m_current->statusText() : QString());
}

void MainWindow::setDeckName(const QString &name)
{
    // Qt appends the application display name ("— ArchDeck") itself.
    setWindowTitle(name);
}

void MainWindow::setCollection(CollectionStore *store, const QString &problem)
{
    m_studyPage->setCollection(store);
    m_reviewPage->setCollection(store, problem);
    m_browsePage->setCollection(store);
    m_statisticsPage->setCollection(store);
    m_whiteboardPage->setCollection(store);
    m_interviewPage->setCollection(store);
    updatePageTexts();
}

void MainWindow::showDeckProblems()
{
    const Diagnostics &problems = m_deck->diagnostics();
    if (problems.isEmpty())
        return;
    QString summary;
    if (m_deck->cards().isEmpty()) {
        summary = problems.size() == 1 ? problems.constFirst().toString()
                                       : QStringLiteral("This deck could not be loaded: %1.")
                                             .arg(countOf(problems.size(), "problem", "problems"));
    } else {
        QSet<QString> files;
        for (const Diagnostic &d : problems)
            if (d.isError())
                files.insert(d.file);
        summary = QStringLiteral("%1 in this deck")
                      .arg(countOf(problems.size(), "problem", "problems"));
        if (!files.isEmpty())
            summary += QStringLiteral(": %1 could not be loaded and %2 left out")
                           .arg(countOf(files.size(), "file", "files"),
                               files.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
        summary += QStringLiteral(". The other %1 load as usual.")
                       .arg(countOf(m_deck->cards().size(), "card", "cards"));
    }
    // One problem that is the whole summary needs no Details.
    const bool summaryIsAll = problems.size() == 1 && summary == problems.constFirst().toString();
    m_banner->showProblems(summary, summaryIsAll ? Diagnostics() : problems);
}

void MainWindow::restoreWindowGeometry()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (!restored) {
        // First run: a comfortable size, never larger than the screen (at 2× a 2560×1440 screen
        // is 1280×720 of room).
        const QScreen *screen = this->screen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 860);
        resize(QSize(1400, 860).boundedTo(available.size() * 0.92));
        move(available.center() - rect().center());
    }
    fitIntoScreen();
}

void MainWindow::fitIntoScreen()
{
    // A geometry saved on a bigger screen or at a smaller scale: shrink it and move it into view.
    // The frame is only known once the window is shown, so this runs again then.
    const QScreen *screen = this->screen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame;
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    const QRect outer = frameGeometry();
    if (!available.contains(outer)) {
        const int left = std::clamp(outer.left(), available.left(),
            std::max(available.left(), available.right() + 1 - outer.width()));
        const int top = std::clamp(outer.top(), available.top(),
            std::max(available.top(), available.bottom() + 1 - outer.height()));
        move(left, top);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
    }
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_studyPage->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_whiteboardPage->saveNow();
    m_interviewPage->saveNow();
    if (m_focusMode)
        setFocusMode(false); // the geometry saved is the normal one
    saveSession();
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    QAction *quit = file->addAction(QStringLiteral("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(QStringLiteral("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, QStringLiteral("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, QStringLiteral("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows) — each once: an action
    // holding the same sequence twice makes it ambiguous, and then it never fires.
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);

    for (Page *page : m_pages)
        for (QMenu *menu : page->menus())
            menuBar()->addMenu(menu);

    m_goMenu = menuBar()->addMenu(QStringLiteral("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *go = m_goMenu->addAction(page->name(), this, [this, page] { showPage(page); });
        go->setObjectName(QStringLiteral("go%1Action").arg(page->name()));
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
    }

    createViewMenu(menuBar()->addMenu(QStringLiteral("&View")));

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    QAction *shortcuts
        = help->addAction(QStringLiteral("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(QStringLiteral("&About ArchDeck"), this, &MainWindow::showAbout);

    // Shortcuts work even when the menu bar is hidden.
    for (QMenu *menu : {file, edit, m_goMenu, help})
        addActions(menu->actions());
}

void MainWindow::showShortcuts()
{
    // The shell's actions, then the current page's: what the keys do here and now.
    QList<QAction *> actions = this->actions();
    if (m_current)
        actions += m_current->actions();
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, QStringLiteral("About ArchDeck"),
        QStringLiteral("<h3>ArchDeck %1</h3><p>Offline study cards and architecture diagrams "
                       "for backend and system-design interviews.</p><p>%2 in %3.</p>")
            .arg(QCoreApplication::applicationVersion(),
                countOf(m_deck->questionCount(), "question", "questions"),
                countOf(m_deck->sections().size(), "section", "sections")));
}

} // namespace ArchDeck

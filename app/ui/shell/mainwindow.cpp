#include "mainwindow.h"

#include "browserpane.h"
#include "cardview.h"
#include "clock.h"
#include "deck.h"
#include "deckfiltermodel.h"
#include "deckmodel.h"
#include "decktreedelegate.h"
#include "diagrampane.h"
#include "filterkeyhandler.h"
#include "layoutengine.h"
#include "reviewpane.h"
#include "statisticspane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kContentSplitterKey = QStringLiteral("window/contentSplitter");
const QString kLastCardKey = QStringLiteral("study/lastCard");

} // namespace

MainWindow::MainWindow(const Deck *deck, QWidget *parent)
    : QMainWindow(parent)
    , m_deck(deck)
    , m_model(new DeckModel(deck, this))
    , m_filterModel(new DeckFilterModel(this))
    , m_clock(std::make_unique<SystemClock>())
    , m_engine(new LayoutEngine(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("ArchDeck — Backend & System Design Interview Deck"));
    m_filterModel->setSourceModel(m_model);

    createActions();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createNavigator());
    // The card above its diagram: answers are a paragraph or a list, diagrams are wide (16:9).
    m_contentSplitter = new QSplitter(Qt::Vertical, this);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->addWidget(createCardPane());
    m_diagramPane = new DiagramPane(m_engine, this);
    m_contentSplitter->addWidget(m_diagramPane);
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->setStretchFactor(0, 2);
    m_contentSplitter->setStretchFactor(1, 3);
    m_contentSplitter->setSizes({330, 500});
    m_splitter->addWidget(m_contentSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 1100});

    m_reviewPane = new ReviewPane(deck, m_engine, m_clock.get(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("modeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, QStringLiteral("Study"));
    m_tabs->addTab(m_reviewPane, QStringLiteral("Review"));
    m_browserPane = new BrowserPane(deck, m_clock.get(), this);
    m_tabs->addTab(m_browserPane, QStringLiteral("Browse"));
    // Qt Charts is slow to set up: the statistics page is built the first time it is shown.
    m_statisticsPage = new QWidget(this);
    m_statisticsPage->setObjectName(QStringLiteral("statisticsPage"));
    auto *statisticsLayout = new QVBoxLayout(m_statisticsPage);
    statisticsLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_statisticsPage, QStringLiteral("Statistics"));
    connect(m_browserPane, &BrowserPane::openCard, this, [this](const QString &id) {
        setMode(Mode::Study);
        if (!selectCard(id)) { // hidden by the deck filter: clear it and try again
            m_filter->clear();
            selectCard(id);
        }
    });
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (mode() == Mode::Statistics && !m_statisticsPane) {
            m_statisticsPane = new StatisticsPane(m_deck, m_clock.get(), m_statisticsPage);
            m_statisticsPage->layout()->addWidget(m_statisticsPane);
            m_statisticsPane->setCollection(m_store);
            m_statisticsPane->show(); // children made after their parent is shown start hidden
        }
        if (mode() == Mode::Review)
            m_reviewPane->refresh(); // cards may have come due while the deck was open
        else if (mode() == Mode::Browse)
            m_browserPane->refresh();
        updateModeActions();
    });
    connect(m_reviewPane, &ReviewPane::queueChanged, this, &MainWindow::updateModeActions);
    connect(m_reviewPane, &ReviewPane::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, QStringLiteral("Review"), message);
    });
    createMenus();

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_cardView, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toString());
    });
    connect(m_cardView, &CardView::answerRevealedChanged, this, &MainWindow::updateRevealAction);
    connect(m_cardView, &CardView::answerRevealedChanged, this, &MainWindow::updateDiagram);
    connect(m_cardView, &CardView::firstPainted, this, &MainWindow::firstCardPainted);
    connect(m_cardView, &CardView::firstPainted, this, [] {
        // Start-up benchmark hook (bench/startup): report the first painted card and leave.
        if (qEnvironmentVariableIsSet("ARCHDECK_STARTUP_PROBE")) {
            fputs("first-paint\n", stdout);
            fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
    });

    restoreSession();
    updateStatus();
    updateModeActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createNavigator()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->setSpacing(6);

    m_filter = new QLineEdit(panel);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(QStringLiteral("Filter by title, answer or tag  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    layout->addWidget(m_filter);

    m_tree = new QTreeView(panel);
    m_tree->setObjectName(QStringLiteral("deckTree"));
    m_tree->setModel(m_filterModel);
    m_tree->setItemDelegate(new DeckTreeDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->expandAll();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showIndex(current); });
    layout->addWidget(m_tree, 1);
    new FilterKeyHandler(m_filter, m_tree);
    return panel;
}

QWidget *MainWindow::createCardPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 8, 8, 8);
    layout->setSpacing(6);

    m_cardView = new CardView(pane);
    layout->addWidget(m_cardView, 1);

    auto *buttons = new QHBoxLayout;
    auto *previous = new QPushButton(
        style()->standardIcon(QStyle::SP_ArrowBack), QStringLiteral("Previous"), pane);
    previous->setToolTip(QStringLiteral("Previous card (K or Up)"));
    connect(previous, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    m_revealButton = new QPushButton(QStringLiteral("Show answer"), pane);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(QStringLiteral("Reveal or hide the answer (Space)"));
    m_revealButton->setMinimumWidth(180);
    connect(m_revealButton, &QPushButton::clicked, m_revealAction, &QAction::trigger);
    auto *next = new QPushButton(
        style()->standardIcon(QStyle::SP_ArrowForward), QStringLiteral("Next"), pane);
    next->setToolTip(QStringLiteral("Next card (J or Down)"));
    next->setLayoutDirection(Qt::RightToLeft);
    connect(next, &QPushButton::clicked, m_nextAction, &QAction::trigger);
    for (QPushButton *button : {previous, m_revealButton, next})
        button->setFocusPolicy(
            Qt::TabFocus); // keep Space/J/K with the window, not a clicked button
    buttons->addWidget(previous);
    buttons->addStretch(1);
    buttons->addWidget(m_revealButton);
    buttons->addStretch(1);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    return pane;
}

QString MainWindow::currentCardId() const
{
    const Card *card = m_cardView->card();
    return card ? card->id : QString();
}

bool MainWindow::selectCard(const QString &id)
{
    const QModelIndex proxy = m_filterModel->mapFromSource(m_model->indexForCard(id));
    if (!proxy.isValid())
        return false;
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return true;
}

void MainWindow::showIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_cardView->showNoMatches(m_filterModel->query());
    } else if (proxyIndex.data(DeckModel::IsSectionRole).toBool()) {
        QList<const Card *> cards;
        for (int r = 0; r < m_filterModel->rowCount(proxyIndex); ++r)
            cards.append(m_deck->card(
                m_filterModel->index(r, 0, proxyIndex).data(DeckModel::CardIdRole).toString()));
        m_cardView->showSection(proxyIndex.data(Qt::ToolTipRole).toString(), cards);
    } else {
        const Card *card = m_deck->card(proxyIndex.data(DeckModel::CardIdRole).toString());
        const qsizetype index = m_deck->indexOf(card->id);
        m_cardView->showCard(*card, int(index) + 1, int(m_deck->questionCount()));
        QSettings().setValue(kLastCardKey, card->id); // now, not only on close: a crash keeps it
        prefetchNextDiagram();
    }
    updateDiagram();
    updateRevealAction(m_cardView->isAnswerRevealed());
}

void MainWindow::updateDiagram()
{
    const Card *card = m_cardView->card();
    if (!card || !card->isQuestion()) {
        m_diagramPane->showMessage(card ? QStringLiteral("Reference pages have no diagram.")
                                        : QStringLiteral("Choose a question to see its diagram."));
        return;
    }
    if (!m_cardView->isAnswerRevealed() && !m_diagramEarlyAction->isChecked()) {
        m_diagramPane->showMessage(
            QStringLiteral("The diagram appears with the answer — press Space.\n\n"
                           "Try sketching it yourself first."));
        return;
    }
    QString error;
    const QByteArray dot = m_deck->readDiagram(*card, &error);
    if (dot.isEmpty())
        m_diagramPane->showMessage(
            QStringLiteral("This card's diagram cannot be read: %1").arg(error));
    else
        m_diagramPane->showDiagram(dot, m_deck->diagramFileName(*card));
}

void MainWindow::prefetchNextDiagram()
{
    // Lay out the next card's diagram in the background so moving on shows it at once.
    const qsizetype next = m_deck->indexOf(currentCardId()) + 1;
    if (next <= 0 || next >= m_deck->cards().size() || !m_deck->cards().at(next).isQuestion())
        return;
    QString error;
    const QByteArray dot = m_deck->readDiagram(m_deck->cards().at(next), &error);
    if (!dot.isEmpty())
        m_diagramPane->prefetch(dot, m_deck->diagramFileName(m_deck->cards().at(next)));
}

void MainWindow::moveBy(int step)
{
    // Walk the visible tree in display order, stopping only on cards.
    QList<QModelIndex> leaves;
    for (int s = 0; s < m_filterModel->rowCount(); ++s) {
        const QModelIndex section = m_filterModel->index(s, 0);
        for (int r = 0; r < m_filterModel->rowCount(section); ++r)
            leaves.append(m_filterModel->index(r, 0, section));
    }
    if (leaves.isEmpty())
        return;
    const QModelIndex current = m_tree->currentIndex();
    qsizetype at = leaves.indexOf(current);
    if (at >= 0) {
        at = std::clamp<qsizetype>(at + step, 0, leaves.size() - 1);
    } else {
        // On a section (or nothing): forward enters it, backward goes to the card before it.
        const int section = current.isValid() ? current.row() : -1;
        const auto firstInOrAfter = std::find_if(leaves.cbegin(), leaves.cend(),
            [section](const QModelIndex &leaf) { return leaf.parent().row() >= section; });
        at = firstInOrAfter - leaves.cbegin();
        at = step > 0 ? std::min<qsizetype>(at, leaves.size() - 1) : std::max<qsizetype>(at - 1, 0);
    }
    m_tree->setCurrentIndex(leaves.at(at));
    m_tree->scrollTo(leaves.at(at));
}

void MainWindow::applyFilter(const QString &text)
{
    const QString keep = currentCardId();
    m_filterModel->setQuery(text);
    m_tree->expandAll();
    if (!keep.isEmpty() && selectCard(keep)) {
        // the shown card still matches: stay on it
    } else if (m_filterModel->rowCount() > 0) {
        const QModelIndex firstSection = m_filterModel->index(0, 0);
        m_tree->setCurrentIndex(m_filterModel->rowCount(firstSection) > 0
                ? m_filterModel->index(0, 0, firstSection)
                : firstSection);
    } else {
        m_tree->setCurrentIndex({});
        m_cardView->showNoMatches(text);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int total = int(m_deck->questionCount());
    const int sections = int(m_deck->sections().size());
    const auto count = [](int n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    if (m_filterModel->query().isEmpty())
        m_statusLabel->setText(count(total, "question", "questions") + QStringLiteral(" in ")
            + count(sections, "section", "sections"));
    else
        m_statusLabel->setText(QStringLiteral("%1 of %2 match")
                                   .arg(m_filterModel->visibleQuestionCount())
                                   .arg(count(total, "question", "questions")));
}

void MainWindow::updateRevealAction(bool revealed)
{
    const Card *card = m_cardView->card();
    const bool canReveal = card && card->isQuestion();
    m_revealAction->setEnabled(canReveal);
    m_revealButton->setEnabled(canReveal);
    m_revealAction->setText(
        revealed ? QStringLiteral("&Hide Answer") : QStringLiteral("&Reveal Answer"));
    m_revealButton->setText(
        revealed ? QStringLiteral("Hide answer  (Space)") : QStringLiteral("Show answer  (Space)"));
}

void MainWindow::restoreSession()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_contentSplitter->restoreState(settings.value(kContentSplitterKey).toByteArray());
    if (!selectCard(settings.value(kLastCardKey).toString()) && !m_deck->cards().isEmpty())
        selectCard(m_deck->cards().constFirst().id);
    if (m_deck->cards().isEmpty())
        m_cardView->showNoMatches(QString());
    m_tree->setFocus();
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kContentSplitterKey, m_contentSplitter->saveState());
    if (const QString id = currentCardId(); !id.isEmpty())
        settings.setValue(kLastCardKey, id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    event->accept();
}

} // namespace ArchDeck

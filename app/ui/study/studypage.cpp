#include "studypage.h"

#include "carddiagramsplitter.h"
#include "cardview.h"
#include "collectionstore.h"
#include "deck.h"
#include "deckfiltermodel.h"
#include "deckmodel.h"
#include "decktreedelegate.h"
#include "diagrampane.h"
#include "filterkeyhandler.h"
#include "queryfield.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kSplitterKey = QStringLiteral("study/splitter");
const QString kContentSplitKey = QStringLiteral("study/cardSplit");
const QString kLastCardKey = QStringLiteral("study/lastCard");

QString count(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

StudyPage::StudyPage(const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : Page(parent)
    , m_deck(deck)
    , m_clock(clock)
    , m_model(new DeckModel(deck, this))
    , m_filterModel(new DeckFilterModel(this))
{
    setObjectName(QStringLiteral("studyPage"));
    m_filterModel->setSourceModel(m_model);
    createActions();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createNavigator());
    QWidget *cardPane = createCardPane();
    m_diagramPane = new DiagramPane(engine, this);
    m_contentSplitter = new CardDiagramSplitter(m_cardView, cardPane, m_diagramPane, this);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_splitter->addWidget(m_contentSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 1100});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_cardView, &CardView::answerRevealedChanged, this, [this] {
        updateActions();
        updateDiagram();
    });
    connect(m_cardView, &CardView::followUpOpenChanged, this, &StudyPage::updateActions);
    connect(m_cardView, &CardView::firstPainted, this, &StudyPage::firstCardPainted);
}

QWidget *StudyPage::createNavigator()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->setSpacing(6);

    m_filterField = new QueryField(panel);
    m_filter = m_filterField->lineEdit();
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(QStringLiteral("Filter: words, \"a phrase\", tag:sqs…  (Ctrl+F)"));
    m_filter->setToolTip(QStringLiteral(
        "The Browse search language: words, \"a phrase\", -word, tag:sqs, section:messaging, "
        "a or b, (a or b) c; is:due and prop:r<0.9 once your collection is open"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &StudyPage::applyFilter);
    layout->addWidget(m_filterField);

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

QWidget *StudyPage::createCardPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 8, 8, 4);
    layout->setSpacing(6);

    m_cardView = new CardView(pane);
    layout->addWidget(m_cardView, 1);

    auto *buttons = new QHBoxLayout;
    m_previousButton = new QPushButton(
        style()->standardIcon(QStyle::SP_ArrowBack), QStringLiteral("Previous"), pane);
    m_previousButton->setToolTip(QStringLiteral("Previous card (K or Up)"));
    connect(m_previousButton, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    m_revealButton = new QPushButton(QStringLiteral("Show answer"), pane);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(QStringLiteral("Reveal or hide the answer (Space)"));
    m_revealButton->setMinimumWidth(180);
    connect(m_revealButton, &QPushButton::clicked, m_revealAction, &QAction::trigger);
    m_nextButton = new QPushButton(
        style()->standardIcon(QStyle::SP_ArrowForward), QStringLiteral("Next"), pane);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setToolTip(QStringLiteral("Next card (J or Down)"));
    m_nextButton->setLayoutDirection(Qt::RightToLeft);
    connect(m_nextButton, &QPushButton::clicked, m_nextAction, &QAction::trigger);
    // Keep Space/J/K with the page, not with a clicked button.
    for (QPushButton *button : {m_previousButton, m_revealButton, m_nextButton})
        button->setFocusPolicy(Qt::TabFocus);
    buttons->addWidget(m_previousButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revealButton);
    buttons->addStretch(1);
    buttons->addWidget(m_nextButton);
    layout->addLayout(buttons);
    return pane;
}

QString StudyPage::statusText() const
{
    const int total = int(m_deck->questionCount());
    if (m_filterModel->query().isEmpty())
        return count(total, "question", "questions") + QStringLiteral(" in ")
            + count(int(m_deck->sections().size()), "section", "sections");
    return QStringLiteral("%1 of %2 match")
        .arg(m_filterModel->visibleQuestionCount())
        .arg(count(total, "question", "questions"));
}

QString StudyPage::currentCardId() const
{
    const Card *card = m_cardView->card();
    return card ? card->id : QString();
}

bool StudyPage::selectCard(const QString &id)
{
    const QModelIndex proxy = m_filterModel->mapFromSource(m_model->indexForCard(id));
    if (!proxy.isValid())
        return false;
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return true;
}

bool StudyPage::showCard(const QString &id)
{
    if (selectCard(id))
        return true;
    if (!m_deck->card(id))
        return false;
    m_filter->clear(); // hidden by the filter: clear it and try again
    return selectCard(id);
}

void StudyPage::setDiagramBeforeAnswer(bool early)
{
    m_diagramEarly = early;
    updateDiagram();
}

void StudyPage::showIndex(const QModelIndex &proxyIndex)
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
    updateActions();
}

void StudyPage::updateDiagram()
{
    m_diagramPane->showCardDiagram(*m_deck, m_cardView->card(),
        m_cardView->isAnswerRevealed() || m_diagramEarly ? DiagramPane::Visibility::Shown
                                                         : DiagramPane::Visibility::Hidden);
}

void StudyPage::prefetchNextDiagram()
{
    // Lay out the next card's diagram in the background so moving on shows it at once.
    const qsizetype next = m_deck->indexOf(currentCardId()) + 1;
    if (next > 0 && next < m_deck->cards().size())
        m_diagramPane->prefetchCardDiagram(*m_deck, m_deck->cards().at(next));
}

void StudyPage::moveBy(int step)
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

void StudyPage::applyFilter(const QString &text)
{
    const QString keep = currentCardId();
    m_filterModel->setQuery(text);
    m_filterField->setQueryError(m_filterModel->queryError());
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
        // A query with a mistake matches nothing; the line under the box says why.
        m_cardView->showNoMatches(text);
        updateDiagram();
        updateActions();
    }
    emit statusTextChanged();
}

void StudyPage::setCollection(CollectionStore *store)
{
    m_store = store;
    m_diagramPane->setCollection(store);
    loadCardStates();
    updateDiagram();
}

void StudyPage::collectionEditedElsewhere()
{
    m_statesStale = true;
    if (isCurrent())
        updateDiagram(); // your version of the diagram may have changed on the Whiteboard
}

void StudyPage::loadCardStates()
{
    // Only the filter's is: and prop: terms read them; reviews on the Review page change them.
    if (!m_store)
        return;
    m_statesStale = false;
    const Result<QHash<QString, SchedulingState>> states = m_store->allCardStates();
    if (!states.isOk())
        return; // the terms that need them then match nothing; the Review page reports the store
    m_filterModel->setCardStates(states.value, m_clock);
    if (const auto scores = m_store->whiteboardScores(); scores.isOk())
        m_filterModel->setWhiteboardScores(scores.value);
    applyFilter(m_filter->text());
}

void StudyPage::currentChanged(bool current)
{
    if (current && m_statesStale) {
        loadCardStates();
        updateDiagram();
    }
    updateActions();
    if (current && !m_filter->hasFocus())
        m_tree->setFocus();
}

void StudyPage::restoreState()
{
    QSettings settings;
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_contentSplitter->restoreSplit(settings.value(kContentSplitKey).toByteArray());
    if (!selectCard(settings.value(kLastCardKey).toString()) && !m_deck->cards().isEmpty())
        selectCard(m_deck->cards().constFirst().id);
    if (m_deck->cards().isEmpty())
        m_cardView->showNoMatches(QString());
    updateActions();
    m_tree->setFocus();
}

void StudyPage::saveState() const
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kContentSplitKey, m_contentSplitter->saveSplit());
    if (const QString id = currentCardId(); !id.isEmpty())
        settings.setValue(kLastCardKey, id);
}

} // namespace ArchDeck

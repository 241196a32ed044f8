#include "browserpane.h"

#include "cardbrowsermodel.h"
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "queryfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const char *gradeName(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return "Again";
    case Rating::Hard:
        return "Hard";
    case Rating::Good:
        return "Good";
    case Rating::Easy:
        return "Easy";
    }
    return "";
}

} // namespace

BrowserPane::BrowserPane(const Deck *deck, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_clock(clock)
    , m_model(new CardBrowserModel(deck, clock, this))
    , m_filter(new CardBrowserFilter(this))
    , m_search(new QueryField(this))
    , m_resultCount(new QLabel(this))
    , m_results(new QStackedWidget(this))
    , m_table(new QTableView(m_results))
    , m_noMatches(new QLabel(m_results))
    , m_infoTitle(new QLabel(this))
    , m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("browserPane"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("browserSearchField"));
    QLineEdit *edit = m_search->lineEdit();
    edit->setObjectName(QStringLiteral("browserSearch"));
    edit->setPlaceholderText(
        QStringLiteral("Search: words, \"a phrase\", -word, tag:sqs, section:messaging, is:due, "
                       "prop:s>10, prop:r<0.9 … (Ctrl+F)"));
    connect(edit, &QLineEdit::textChanged, this, &BrowserPane::search);
    m_resultCount->setObjectName(QStringLiteral("browserResultCount"));
    // Level with the line edit, not with the error line that may appear under it; hidden while
    // there is an error, without the box changing width.
    m_resultCount->setMinimumHeight(edit->sizeHint().height());
    QSizePolicy countPolicy = m_resultCount->sizePolicy();
    countPolicy.setRetainSizeWhenHidden(true);
    m_resultCount->setSizePolicy(countPolicy);

    m_table->setObjectName(QStringLiteral("browserTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CardBrowserModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The question takes the spare width; the other columns are as wide as what they show in
    // any card (fitColumns), so filtering, sorting and resizing the window never move them.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CardBrowserModel::Title, QHeaderView::Stretch);
    requestFitColumns(CardBrowserModel::Id, CardBrowserModel::WhiteboardLast);
    // New states change what state, due and the numbers show.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this] { requestFitColumns(CardBrowserModel::State, CardBrowserModel::WhiteboardLast); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BrowserPane::showHistory);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCard(index.data(CardBrowserModel::CardIdRole).toString());
    });
    m_noMatches->setObjectName(QStringLiteral("browserNoMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::PlainText);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_results->addWidget(m_table);
    m_results->addWidget(m_noMatches);

    m_infoTitle->setObjectName(QStringLiteral("browserInfoTitle"));
    m_infoTitle->setWordWrap(true);
    m_infoTitle->setTextFormat(Qt::RichText);
    m_history->setObjectName(QStringLiteral("browserHistory"));
    m_history->setColumnCount(7);
    m_history->setHorizontalHeaderLabels({QStringLiteral("Reviewed"), QStringLiteral("Grade"),
        QStringLiteral("State"), QStringLiteral("Interval"), QStringLiteral("S"),
        QStringLiteral("D"), QStringLiteral("R")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->setToolTip(
        QStringLiteral("S, D after each review; R: how likely recall was when it was reviewed"));

    auto *info = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_infoTitle);
    infoLayout->addWidget(m_history, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    split->addWidget(info);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(12);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_resultCount, 0, Qt::AlignTop);
    layout->addLayout(searchRow);
    layout->addWidget(split, 1);
    showResultCount();
    showHistory();
}

void BrowserPane::setCollection(CollectionStore *store)
{
    m_store = store;
    refresh();
}

void BrowserPane::refresh()
{
    if (!m_store)
        return;
    const auto states = m_store->allCardStates();
    if (states.isOk())
        m_model->setStates(states.value);
    if (const auto scores = m_store->whiteboardScores(); scores.isOk())
        m_model->setWhiteboardScores(scores.value);
    m_filter->invalidate();
    showResultCount();
    showHistory();
}

void BrowserPane::focusSearch()
{
    m_search->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_search->lineEdit()->selectAll();
}

void BrowserPane::search(const QString &text)
{
    m_filter->setQuery(text);
    m_search->setQueryError(m_filter->queryError());
    showResultCount();
}

void BrowserPane::showResultCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QString query = m_filter->query().trimmed();
    const bool nothingFound = !query.isEmpty() && shown == 0 && !m_filter->queryError();
    if (query.isEmpty())
        m_resultCount->setText(QStringLiteral("%1 cards").arg(total));
    else
        m_resultCount->setText(QStringLiteral("%1 of %2 cards").arg(shown).arg(total));
    // With an error the line under the box says why nothing is shown.
    m_resultCount->setVisible(!m_filter->queryError());
    m_noMatches->setText(nothingFound
            ? QStringLiteral(
                "No cards match \u2018%1\u2019.\nCheck the spelling, or search for less.")
                  .arg(query)
            : QString());
    m_results->setCurrentWidget(nothingFound ? static_cast<QWidget *>(m_noMatches) : m_table);
}

void BrowserPane::requestFitColumns(int first, int last)
{
    m_unfitFirst = m_unfitFirst < 0 ? first : std::min(m_unfitFirst, first);
    m_unfitLast = std::max(m_unfitLast, last);
    if (!isVisible())
        return;
    fitColumns(m_unfitFirst, m_unfitLast);
    m_unfitFirst = m_unfitLast = -1;
}

void BrowserPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_unfitFirst >= 0)
        requestFitColumns(m_unfitFirst, m_unfitLast);
}

void BrowserPane::fitColumns(int first, int last)
{
    // Measured over every card, as the table's delegate sizes a cell, not over the rows a view
    // measures (those on screen, after the filter). Ids and section names are long: past a cap
    // they elide (the tooltip has them whole), and the user may drag them wider.
    QHeaderView *header = m_table->horizontalHeader();
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.widget = m_table;
    const int grid = m_table->showGrid() ? 1 : 0;
    const int cap = m_table->fontMetrics().averageCharWidth() * kLongColumnCharacters;
    for (int column = first; column <= last; ++column) {
        if (column == CardBrowserModel::Title)
            continue;
        QAbstractItemDelegate *delegate = m_table->itemDelegate();
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(
                width, delegate->sizeHint(option, m_model->index(row, column)).width() + grid);
        if (column == CardBrowserModel::Id || column == CardBrowserModel::Section)
            width = std::min(width, cap);
        header->resizeSection(column, width);
    }
}

void BrowserPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        requestFitColumns(CardBrowserModel::Id, CardBrowserModel::WhiteboardLast);
}

void BrowserPane::showHistory()
{
    m_history->setRowCount(0);
    const QModelIndex current = m_table->currentIndex();
    const Card *card = current.isValid()
        ? m_deck->card(current.data(CardBrowserModel::CardIdRole).toString())
        : nullptr;
    if (!card) {
        m_infoTitle->setText(QStringLiteral("<i>Select a card to see its review history.</i>"));
        return;
    }
    m_infoTitle->setText(QStringLiteral("<b>%1</b> &nbsp;<span style=\"color: gray;\">%2</span>")
                             .arg(card->title.toHtmlEscaped(), card->id));
    if (!m_store)
        return;
    const auto reviews = m_store->reviews(card->id);
    if (!reviews.isOk())
        return;
    const FsrsScheduler scheduler;
    const QLocale locale;
    for (const ReviewRecord &review : reviews.value) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        // Recall probability when it was reviewed, from the state before (0 for a new card).
        const double r = scheduler.retrievability(review.before, review.reviewedAt);
        const QStringList cells = {
            locale.toString(review.reviewedAt.toLocalTime(), QLocale::ShortFormat),
            QString::fromLatin1(gradeName(review.rating)),
            CardBrowserModel::phaseName(review.after.phase),
            review.after.scheduledDays > 0
                ? QStringLiteral("%1 d").arg(review.after.scheduledDays)
                : QStringLiteral("%1 min").arg(review.reviewedAt.secsTo(review.after.due) / 60),
            QString::number(review.after.stability, 'f', 2),
            QString::number(review.after.difficulty, 'f', 2),
            review.before.phase == CardPhase::New ? QStringLiteral("—")
                                                  : QStringLiteral("%1 %").arg(r * 100, 0, 'f', 0),
        };
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace ArchDeck

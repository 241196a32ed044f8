#include "browserpane.h"

#include "cardbrowsermodel.h"
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
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
    , m_search(new QLineEdit(this))
    , m_searchError(new QLabel(this))
    , m_table(new QTableView(this))
    , m_infoTitle(new QLabel(this))
    , m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("browserPane"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("browserSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        QStringLiteral("Search: words, \"a phrase\", -word, tag:sqs, section:messaging, is:due, "
                       "prop:s>10, prop:r<0.9 … (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, this, &BrowserPane::search);
    m_searchError->setObjectName(QStringLiteral("browserSearchError"));
    m_searchError->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_searchError->hide();

    m_table->setObjectName(QStringLiteral("browserTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CardBrowserModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(
        CardBrowserModel::Title, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(CardBrowserModel::Id, 230);
    m_table->setColumnWidth(CardBrowserModel::Section, 170);
    m_table->setColumnWidth(CardBrowserModel::Due, 150);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BrowserPane::showHistory);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCard(index.data(CardBrowserModel::CardIdRole).toString());
    });

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
    split->addWidget(m_table);
    split->addWidget(info);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_searchError);
    layout->addWidget(split, 1);
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
    m_filter->invalidate();
    showHistory();
}

void BrowserPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowserPane::search(const QString &text)
{
    const QString error = m_filter->setQueryText(text);
    m_searchError->setText(error);
    m_searchError->setVisible(!error.isEmpty());
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

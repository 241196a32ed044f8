#include "cardbrowsermodel.h"

#include "clock.h"
#include "deck.h"

#include <QLocale>

#include <iterator>

namespace ArchDeck {

CardBrowserModel::CardBrowserModel(const Deck *deck, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_deck(deck)
    , m_clock(clock)
{
    for (const Card &card : deck->cards())
        if (card.isQuestion())
            m_rows.append({&card, {}, {}, {}});
}

QString CardBrowserModel::phaseName(CardPhase phase)
{
    switch (phase) {
    case CardPhase::New:
        return QStringLiteral("new");
    case CardPhase::Learning:
        return QStringLiteral("learning");
    case CardPhase::Review:
        return QStringLiteral("review");
    case CardPhase::Relearning:
        return QStringLiteral("relearning");
    }
    return {};
}

void CardBrowserModel::setScheduler(const FsrsScheduler &scheduler)
{
    m_scheduler = scheduler;
    recompute();
}

void CardBrowserModel::setStates(const QHash<QString, SchedulingState> &states)
{
    for (Row &row : m_rows)
        row.review.state = states.value(row.card->id);
    recompute();
}

void CardBrowserModel::setWhiteboardScores(const QHash<QString, WhiteboardScore> &scores)
{
    for (Row &row : m_rows) {
        const auto score = scores.constFind(row.card->id);
        row.whiteboard = score == scores.cend() ? std::nullopt : std::optional(score.value());
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WhiteboardBest), index(int(m_rows.size()) - 1, WhiteboardLast));
}

void CardBrowserModel::recompute()
{
    const QDateTime now = m_clock->now();
    for (Row &row : m_rows)
        row.review = CardReviewFacts::at(row.review.state, now, m_scheduler);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CardBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CardBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const names[] = {"Id", "Section", "Question", "State", "Due", "Stability",
        "Difficulty", "Recall now", "Reviews", "Lapses", "WB best", "WB last"};
    static const char *const tips[]
        = {"Card id", "Deck section", "The question", "new, learning, review or relearning",
            "When the card is next due", "S: days until recall falls to 90 %",
            "D: 1 (easy) to 10 (hard)", "R: probability of recalling it now", "Times reviewed",
            "Times forgotten after learning", "Your best score drawing the diagram from memory",
            "Your score the last time you drew the diagram from memory"};
    static_assert(std::size(names) == ColumnCount && std::size(tips) == ColumnCount);
    if (section < 0 || section >= ColumnCount)
        return {};
    return QString::fromUtf8(role == Qt::ToolTipRole ? tips[section] : names[section]);
}

QVariant CardBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SchedulingState &s = row.review.state;
    const bool isNew = s.phase == CardPhase::New;
    if (role == CardIdRole)
        return row.card->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Stability ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case Due:
            return isNew
                ? QDateTime::fromSecsSinceEpoch(std::numeric_limits<qint32>::max(), Qt::UTC)
                : s.due;
        case Stability:
            return s.stability;
        case Difficulty:
            return s.difficulty;
        case Retrievability:
            return row.review.retrievability;
        case Reviews:
            return s.reps;
        case Lapses:
            return s.lapses;
        case State:
            return int(s.phase);
        case WhiteboardBest:
        case WhiteboardLast:
            return whiteboardScore(row, index.column()).value_or(-1.0); // never drawn: first
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return row.card->id;
    case Section:
        return row.card->section;
    case Title:
        return row.card->title;
    case State:
        return phaseName(s.phase);
    case Due:
        return isNew ? QString() : QLocale().toString(s.due.toLocalTime(), QLocale::ShortFormat);
    case Stability:
        return isNew ? QString() : QString::number(s.stability, 'f', s.stability < 10 ? 2 : 1);
    case Difficulty:
        return isNew ? QString() : QString::number(s.difficulty, 'f', 2);
    case Retrievability:
        return isNew ? QString()
                     : QStringLiteral("%1 %").arg(row.review.retrievability * 100, 0, 'f', 0);
    case Reviews:
        return s.reps;
    case Lapses:
        return s.lapses;
    case WhiteboardBest:
    case WhiteboardLast:
        if (const std::optional<double> score = whiteboardScore(row, index.column()))
            return QStringLiteral("%1 %").arg(*score * 100, 0, 'f', 0);
        return QString();
    default:
        return {};
    }
}

std::optional<double> CardBrowserModel::whiteboardScore(const Row &row, int column)
{
    if (!row.whiteboard)
        return std::nullopt;
    return column == WhiteboardBest ? row.whiteboard->best : row.whiteboard->last;
}

bool CardBrowserModel::matches(int row, const CardQuery &query) const
{
    const Row &r = m_rows.at(row);
    if (r.searchText.isEmpty())
        r.searchText = CardQuery::searchText(*r.card);
    return query.matches(
        {*r.card, r.searchText, &r.review, r.whiteboard ? &*r.whiteboard : nullptr});
}

QModelIndex CardBrowserModel::indexForCard(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).card->id == id)
            return index(i, 0);
    return {};
}

CardBrowserFilter::CardBrowserFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CardBrowserModel::SortRole);
}

void CardBrowserFilter::setSourceModel(QAbstractItemModel *sourceModel)
{
    Q_ASSERT(!sourceModel || qobject_cast<CardBrowserModel *>(sourceModel));
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CardBrowserFilter::setQuery(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_query = CardQuery::parse(text);
    invalidateRowsFilter();
}

bool CardBrowserFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const CardBrowserModel *>(sourceModel());
    return m_query.isEmpty() || model->matches(sourceRow, m_query);
}

} // namespace ArchDeck

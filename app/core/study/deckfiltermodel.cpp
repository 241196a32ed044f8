#include "deckfiltermodel.h"

#include "clock.h"
#include "deckmodel.h"
#include "fsrsscheduler.h"

namespace ArchDeck {

DeckFilterModel::DeckFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DeckFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    Q_ASSERT(!sourceModel || qobject_cast<DeckModel *>(sourceModel));
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void DeckFilterModel::setQuery(const QString &query)
{
    if (query == m_text)
        return;
    m_text = query;
    apply();
}

void DeckFilterModel::setCardStates(
    const QHash<QString, SchedulingState> &states, const Clock *clock)
{
    m_states = states;
    m_clock = clock;
    apply();
}

void DeckFilterModel::setWhiteboardScores(const QHash<QString, WhiteboardScore> &scores)
{
    m_whiteboardScores = scores;
    apply();
}

void DeckFilterModel::apply()
{
    m_query = CardQuery::parse(m_text,
        m_clock ? CardQuery::ReviewStates::Available : CardQuery::ReviewStates::Unavailable);
    m_facts.clear();
    if (m_clock) {
        const QDateTime now = m_clock->now();
        const FsrsScheduler scheduler;
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
            m_facts.insert(it.key(), CardReviewFacts::at(it.value(), now, scheduler));
    }
    invalidateRowsFilter();
    // Section labels carry "(k of n)" counts that depend on the query, not only on the rows.
    if (const int sections = rowCount(); sections > 0)
        emit dataChanged(index(0, 0), index(sections - 1, 0), {Qt::DisplayRole});
}

bool DeckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return m_query.isEmpty(); // sections: shown for their own sake only when unfiltered
    if (m_query.isEmpty())
        return true;
    const auto *deck = static_cast<const DeckModel *>(sourceModel());
    const QModelIndex index = deck->index(sourceRow, 0, sourceParent);
    const Card *card = deck->card(index);
    const QString searchText = index.data(DeckModel::SearchTextRole).toString();
    static const CardReviewFacts newCard;
    const CardReviewFacts *review = nullptr;
    const WhiteboardScore *whiteboard = nullptr;
    if (m_clock && card->isQuestion()) {
        const auto facts = m_facts.constFind(card->id);
        review = facts == m_facts.cend() ? &newCard : &facts.value();
        const auto score = m_whiteboardScores.constFind(card->id);
        whiteboard = score == m_whiteboardScores.cend() ? nullptr : &score.value();
    }
    return m_query.matches({*card, searchText, review, whiteboard});
}

int DeckFilterModel::visibleQuestionCount() const
{
    int count = 0;
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex section = index(s, 0);
        for (int r = 0; r < rowCount(section); ++r)
            count += index(r, 0, section).data(DeckModel::IsReferenceRole).toBool() ? 0 : 1;
    }
    return count;
}

QVariant DeckFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.isValid() && !index.parent().isValid()) {
        const QString name = QSortFilterProxyModel::data(index, role).toString();
        const int total = QSortFilterProxyModel::data(index, DeckModel::QuestionCountRole).toInt();
        if (total == 0)
            return name;
        int visible = 0;
        for (int r = 0; r < rowCount(index); ++r)
            visible += this->index(r, 0, index).data(DeckModel::IsReferenceRole).toBool() ? 0 : 1;
        return m_query.isEmpty()
            ? QStringLiteral("%1  (%2)").arg(name).arg(total)
            : QStringLiteral("%1  (%2 of %3)").arg(name).arg(visible).arg(total);
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace ArchDeck

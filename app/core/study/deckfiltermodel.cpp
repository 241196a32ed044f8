#include "deckfiltermodel.h"

#include "deckmodel.h"

namespace ArchDeck {

DeckFilterModel::DeckFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DeckFilterModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_filter = CardFilter(query);
    invalidateRowsFilter();
    // Section labels carry "(k of n)" counts that depend on the query, not only on the rows.
    if (const int sections = rowCount(); sections > 0)
        emit dataChanged(index(0, 0), index(sections - 1, 0), {Qt::DisplayRole});
}

bool DeckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return m_filter.isEmpty(); // sections: shown for their own sake only when unfiltered
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.isEmpty()
        || m_filter.matchesSearchText(index.data(DeckModel::SearchTextRole).toString());
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
        return m_filter.isEmpty()
            ? QStringLiteral("%1  (%2)").arg(name).arg(total)
            : QStringLiteral("%1  (%2 of %3)").arg(name).arg(visible).arg(total);
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace ArchDeck

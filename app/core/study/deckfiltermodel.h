// DeckFilterModel — narrows a DeckModel with a CardFilter. Sections stay while any of their cards
// match, and their label shows the count: "Messaging, Events & Data  (4)", or "…  (2 of 4)" when
// filtered.
#pragma once

#include "cardfilter.h"

#include <QSortFilterProxyModel>

namespace ArchDeck {

class DeckFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeckFilterModel(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    /// Questions (not reference pages) that pass the filter.
    int visibleQuestionCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    CardFilter m_filter;
};

} // namespace ArchDeck

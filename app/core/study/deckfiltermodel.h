// DeckFilterModel — narrows a DeckModel with a CardQuery (the study window's filter box: words,
// "phrases", -negation, section:, tag:, or, parentheses; is: and prop: once it has the review
// states, prop:wb once it also has the whiteboard scores). Sections stay while any of their cards
// match, and their label shows the count: "Messaging, Events & Data  (4)", or "…  (2 of 4)" when
// filtered. A query with an error shows no cards; queryError() says why and where.
#pragma once

#include "cardquery.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace ArchDeck {

class Clock;

class DeckFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeckFilterModel(QObject *parent = nullptr);

    /// The source must be a DeckModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setQuery(const QString &query);
    QString query() const { return m_text; }
    std::optional<CardQueryError> queryError() const { return m_query.error(); }

    /// Gives the filter the review states (CollectionStore::allCardStates(); questions missing
    /// from `states` are new) and the clock is:due and prop:r are judged by, "now" being each
    /// time the query is applied. Until this is called, is: and prop: terms are errors. The
    /// current query is applied again.
    void setCardStates(const QHash<QString, SchedulingState> &states, const Clock *clock);
    bool hasCardStates() const { return m_clock != nullptr; }
    /// Gives the filter the whiteboard scores (CollectionStore::whiteboardScores(); cards missing
    /// from `scores` were never drawn) for prop:wb and prop:wblast, and applies the query again.
    void setWhiteboardScores(const QHash<QString, WhiteboardScore> &scores);

    /// Questions (not reference pages) that pass the filter.
    int visibleQuestionCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply();

    QString m_text;
    CardQuery m_query;
    QHash<QString, SchedulingState> m_states;
    const Clock *m_clock = nullptr;
    QHash<QString, CardReviewFacts> m_facts; ///< for "now" as of the last apply()
    QHash<QString, WhiteboardScore> m_whiteboardScores;
};

} // namespace ArchDeck

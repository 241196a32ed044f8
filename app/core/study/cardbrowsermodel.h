// CardBrowserModel — every question of the deck with its scheduling state and whiteboard scores,
// one row a card, for the card browser's sortable table. CardBrowserFilter narrows it with a
// CardQuery. Refreshed from the store after reviews and whiteboard attempts; retrievability and
// due-ness are computed for "now" (the clock) at refresh.
#pragma once

#include "cardquery.h"
#include "fsrsscheduler.h"
#include "reviewtypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace ArchDeck {

class Clock;
class Deck;

class CardBrowserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Section,
        Title,
        State,
        Due,
        Stability,
        Difficulty,
        Retrievability,
        Reviews,
        Lapses,
        WhiteboardBest, ///< "80 %"; empty for a card never drawn from memory
        WhiteboardLast,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, CardIdRole };

    CardBrowserModel(const Deck *deck, const Clock *clock, QObject *parent = nullptr);

    /// Replaces the scheduling states (from CollectionStore::allCardStates()); cards missing from
    /// `states` are new.
    void setStates(const QHash<QString, SchedulingState> &states);
    /// Replaces the whiteboard scores (from CollectionStore::whiteboardScores()); cards missing
    /// from `scores` were never drawn.
    void setWhiteboardScores(const QHash<QString, WhiteboardScore> &scores);
    void setScheduler(const FsrsScheduler &scheduler);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether `row` passes `query` (used by CardBrowserFilter).
    bool matches(int row, const CardQuery &query) const;
    QModelIndex indexForCard(const QString &id) const;

    static QString phaseName(CardPhase phase);

private:
    struct Row
    {
        const Card *card;
        CardReviewFacts review;
        std::optional<WhiteboardScore> whiteboard;
        mutable QString searchText; ///< filled on first search: not needed to start up
    };

    void recompute();
    /// The best or last score shown in \a column; nothing for a card never drawn.
    static std::optional<double> whiteboardScore(const Row &row, int column);

    const Deck *m_deck;
    const Clock *m_clock;
    FsrsScheduler m_scheduler;
    QList<Row> m_rows;
};

/// The browser's search box: rows of CardBrowserModel that match the current CardQuery. A query
/// with an error shows no rows; queryError() says why and where.
class CardBrowserFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CardBrowserFilter(QObject *parent = nullptr);

    /// The source must be a CardBrowserModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setQuery(const QString &text);
    QString query() const { return m_text; }
    std::optional<CardQueryError> queryError() const { return m_query.error(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    CardQuery m_query;
};

} // namespace ArchDeck

// DeckModel — sections → cards, the tree the study window's navigator shows. Read-only; top-level
// rows are sections, their children the cards (questions, then reference pages).
// DeckFilterModel (deckfiltermodel.h) narrows it; tests run both through QAbstractItemModelTester.
#pragma once

#include "deck.h"

#include <QAbstractItemModel>

namespace ArchDeck {

class DeckModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CardIdRole = Qt::UserRole + 1, ///< QString; empty for sections
        IsSectionRole, ///< bool
        IsReferenceRole, ///< bool
        QuestionCountRole, ///< int; sections only
        SearchTextRole, ///< QString, CardQuery::searchText() of the card; cards only
    };

    explicit DeckModel(const Deck *deck, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexForCard(const QString &id) const;
    /// The card at `index`; nullptr for a section.
    const Card *card(const QModelIndex &index) const;

private:
    struct Section
    {
        QString name;
        QList<int> cards; ///< indexes into Deck::cards()
        int questions = 0;
    };

    const Deck *m_deck;
    QList<Section> m_sections;
    QList<int> m_sectionOfCard; ///< deck card index → section row
    QList<int> m_rowOfCard; ///< deck card index → row within its section
    mutable QStringList m_searchText; ///< filled on first use: filtering must not slow start-up
};

} // namespace ArchDeck

#include "deckmodel.h"

#include "cardquery.h"

namespace ArchDeck {

// Internal ids: 0 for a section row, section row + 1 for a card row.

DeckModel::DeckModel(const Deck *deck, QObject *parent)
    : QAbstractItemModel(parent)
    , m_deck(deck)
{
    const QStringList names = deck->sections();
    for (const QString &name : names)
        m_sections.append({name, {}, 0});
    const QList<Card> &cards = deck->cards();
    m_sectionOfCard.resize(cards.size());
    m_rowOfCard.resize(cards.size());
    for (int i = 0; i < cards.size(); ++i) {
        const int section = int(names.indexOf(cards.at(i).section));
        m_sectionOfCard[i] = section;
        m_rowOfCard[i] = int(m_sections[section].cards.size());
        m_sections[section].cards.append(i);
        if (cards.at(i).isQuestion())
            ++m_sections[section].questions;
    }
}

QModelIndex DeckModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DeckModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DeckModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_sections.at(parent.row()).cards.size());
    return 0;
}

int DeckModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DeckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Section &section = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return section.name;
        case IsSectionRole:
            return true;
        case IsReferenceRole:
            return false;
        case QuestionCountRole:
            return section.questions;
        default:
            return {};
        }
    }
    const int cardIndex = m_sections.at(int(index.internalId() - 1)).cards.at(index.row());
    const Card &card = m_deck->cards().at(cardIndex);
    switch (role) {
    case Qt::DisplayRole:
        return card.title;
    case Qt::ToolTipRole:
        return card.title + QLatin1Char('\n') + card.tags.join(QLatin1String(", "));
    case CardIdRole:
        return card.id;
    case IsSectionRole:
        return false;
    case IsReferenceRole:
        return !card.isQuestion();
    case SearchTextRole:
        if (m_searchText.isEmpty()) {
            for (const Card &c : m_deck->cards())
                m_searchText.append(CardQuery::searchText(c));
        }
        return m_searchText.at(cardIndex);
    default:
        return {};
    }
}

const Card *DeckModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    Q_ASSERT(checkIndex(index));
    const int cardIndex = m_sections.at(int(index.internalId() - 1)).cards.at(index.row());
    return &m_deck->cards().at(cardIndex);
}

QModelIndex DeckModel::indexForCard(const QString &id) const
{
    const qsizetype cardIndex = m_deck->indexOf(id);
    if (cardIndex < 0)
        return {};
    const int section = m_sectionOfCard.at(cardIndex);
    return index(m_rowOfCard.at(cardIndex), 0, index(section, 0));
}

} // namespace ArchDeck

// DeckTreeDelegate — how the navigator draws its rows: sections bold, reference pages with a page
// icon no taller than a line of text, so it fits rows of uniform height (the tree's are).
#pragma once

#include <QStyledItemDelegate>

namespace ArchDeck {

class DeckTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ArchDeck

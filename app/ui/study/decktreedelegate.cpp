#include "decktreedelegate.h"

#include "deckmodel.h"

#include <QApplication>
#include <QStyle>

namespace ArchDeck {

void DeckTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DeckModel::IsSectionRole).toBool()) {
        option->font.setBold(true);
    } else if (index.data(DeckModel::IsReferenceRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
    }
}

} // namespace ArchDeck

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
        // The view's icon size (16 px) is taller than a row sized to text: the icon would spill
        // over the rows around it. A line of text is what every row has room for.
        const int line = option->fontMetrics.height();
        option->decorationSize = option->decorationSize.boundedTo(QSize(line, line));
    }
}

} // namespace ArchDeck

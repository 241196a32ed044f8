// VersionRowDelegate — how VersionsDialog's list draws a row: the title ("Version 7 — today
// 14:32") with a "current" badge after it, the detail ("12 min ago · edited 14:20–14:32 (12 min)")
// below it in a quieter colour, and a line setting the reference off from the versions above it.
// It reads VersionsDialog's roles.
#pragma once

#include <QStyledItemDelegate>

namespace ArchDeck {

class VersionRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace ArchDeck

#include "versionrowdelegate.h"

#include "theme.h"
#include "versionsdialog.h"

#include <QApplication>
#include <QPainter>

namespace ArchDeck {

namespace {

const QString kBadge = QStringLiteral("current");
constexpr double kBadgeScale = 0.85; ///< of the row's text size
constexpr double kDetailShare = 0.65; ///< of the text colour in the detail line; the rest ground

/// Room around the two lines.
int padding(const QFontMetrics &metrics)
{
    return metrics.height() / 3;
}

QFont badgeFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * kBadgeScale);
    font.setBold(true);
    return font;
}

/// The badge and the gap before it.
int badgeWidth(const QStyleOptionViewItem &option)
{
    const QFontMetrics metrics(badgeFont(option));
    return metrics.horizontalAdvance(kBadge) + 2 * metrics.height();
}

/// A pill after the title whose line starts at \a at; inverted on a selected row.
void drawBadge(QPainter *painter, const QStyleOptionViewItem &option, QPoint at, bool selected)
{
    const QFont font = badgeFont(option);
    const QFontMetrics metrics(font);
    const int lineHeight = QFontMetrics(option.font).lineSpacing();
    const QRect pill(at.x() + metrics.height() / 2, at.y() + (lineHeight - metrics.height()) / 2,
        metrics.horizontalAdvance(kBadge) + metrics.height(), metrics.height());
    const QPalette &palette = option.palette;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setFont(font);
    painter->setPen(palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
    painter->drawText(pill, Qt::AlignCenter, kBadge);
}

QColor mix(const QColor &a, const QColor &b, double shareOfA)
{
    const auto channel = [shareOfA](double x, double y) {
        return float(x * shareOfA + y * (1 - shareOfA));
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
        channel(a.blueF(), b.blueF()));
}

} // namespace

QSize VersionRowDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int title = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString())
        + (index.data(VersionsDialog::IsCurrentRole).toBool() ? badgeWidth(option) : 0);
    const int detail = metrics.horizontalAdvance(index.data(VersionsDialog::DetailRole).toString());
    return {std::max(title, detail) + 2 * padding(metrics),
        2 * metrics.lineSpacing() + 2 * padding(metrics)};
}

void VersionRowDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the style draws the background, selection and focus; we the text
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QFontMetrics metrics(item.font);
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = item.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text
        = item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor ground
        = item.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    painter->save();
    if (index.data(VersionsDialog::VersionRole).toInt() == 0 && index.row() > 0) {
        painter->setPen(Theme::windowTextBlend(item.palette, 0.25));
        painter->drawLine(item.rect.topLeft(), item.rect.topRight());
    }
    const int inset = padding(metrics);
    QRect line = item.rect.adjusted(inset, inset, -inset, -inset);
    line.setHeight(metrics.lineSpacing());
    const bool current = index.data(VersionsDialog::IsCurrentRole).toBool();
    const QString title = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
        line.width() - (current ? badgeWidth(item) : 0));
    painter->setFont(item.font);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, title);
    if (current) {
        drawBadge(painter, item, QPoint(line.left() + metrics.horizontalAdvance(title), line.top()),
            selected);
        painter->setFont(item.font);
    }
    line.translate(0, metrics.lineSpacing());
    painter->setPen(mix(text, ground, kDetailShare));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(
            index.data(VersionsDialog::DetailRole).toString(), Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace ArchDeck

#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

/// Of the screen's free height, the most the dialog takes; beyond it the table scrolls.
constexpr double kMaxScreenShare = 0.9;

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(QStringLiteral("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({QStringLiteral("Action"), QStringLiteral("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(false);
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0,
            new QTableWidgetItem(
                action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral("  or  "))));
    }
    // Both columns as wide as their content (the first with a gutter after it), the last taking
    // any width left over; rows a line of text high, not the style's roomier default.
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->setColumnWidth(0, table->columnWidth(0) + 2 * table->fontMetrics().averageCharWidth());
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);

    // Tall enough for every row, up to what the screen has room for; beyond that it scrolls.
    const QMargins margins = layout->contentsMargins();
    const int frame = 2 * table->frameWidth();
    const QSize tableSize(table->horizontalHeader()->length() + frame,
        table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length() + frame);
    QSize wanted(std::max(tableSize.width(), buttons->sizeHint().width()),
        tableSize.height() + layout->spacing() + buttons->sizeHint().height());
    wanted += QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
    const QWidget *anchor = parent ? parent->window() : this;
    const QSize room
        = (QSizeF(anchor->screen()->availableGeometry().size()) * kMaxScreenShare).toSize();
    if (wanted.height() > room.height()) // it will scroll: make room for the bar
        wanted.rwidth() += table->verticalScrollBar()->sizeHint().width();
    resize(wanted.boundedTo(room));
}

} // namespace ArchDeck

// The small dialogs and the navigator's rows as a new user meets them: Help ▸ Keyboard Shortcuts
// shows every row without scrolling when the screen has room, Review ▸ Settings is wide enough
// for its title and hint, and reference pages' icons in the deck tree (the fixture deck's, from
// tests/data/fixture-deck) stay inside their rows.
#include "collectionstore.h"
#include "deckmodel.h"
#include "decktreedelegate.h"
#include "fixturedeck.h"
#include "reviewsettingsdialog.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ArchDeck;

namespace {

/// `count` actions with shortcuts, the last with a long name and two key sequences.
QList<QAction *> actions(int count, QObject *parent)
{
    QList<QAction *> list;
    for (int i = 0; i < count; ++i) {
        auto *action = new QAction(QStringLiteral("&Action number %1").arg(i), parent);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | (Qt::Key_A + i % 26)));
        list.append(action);
    }
    list.last()->setText(QStringLiteral("Show Diagram &Before the Answer, a long name…"));
    list.last()->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    return list;
}

/// How wide `column` must be to show its cells and header unelided.
int contentWidth(const QTableWidget *table, int column)
{
    const auto *view = static_cast<const QAbstractItemView *>(table); // public there
    return std::max(
        view->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column));
}

/// The deck tree's delegate with its option-building open to the test.
class ProbeDelegate : public DeckTreeDelegate
{
public:
    using DeckTreeDelegate::DeckTreeDelegate;
    using DeckTreeDelegate::initStyleOption;
};

/// A tree view with its per-item option open to the test.
class ProbeTree : public QTreeView
{
public:
    using QTreeView::initViewItemOption;
};

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shortcutsShowEveryRow_data();
    void shortcutsShowEveryRow();
    void shortcutsScrollOnlyPastTheScreen();
    void reviewSettingsFitTheirTitleAndHint();
    void referenceIconsStayInTheirRows();

private:
    QTemporaryDir m_dir;
};

void TestDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDialogs::shortcutsShowEveryRow_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("one") << 1;
    QTest::newRow("more than the old 7") << 12;
}

void TestDialogs::shortcutsShowEveryRow()
{
    QFETCH(int, rows);
    QObject owner;
    ShortcutsDialog dialog(actions(rows, &owner));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), rows);
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    const QRect last = table->visualRect(table->model()->index(rows - 1, 1));
    QVERIFY2(table->viewport()->rect().contains(last),
        qPrintable(QStringLiteral("last row at %1, viewport %2 high")
                       .arg(last.bottom())
                       .arg(table->viewport()->height())));
    for (int column = 0; column < 2; ++column) // nothing elided
        QVERIFY(table->columnWidth(column) >= contentWidth(table, column));
    // Not much wider than what it shows.
    QVERIFY(table->width()
        <= contentWidth(table, 0) + contentWidth(table, 1) + 4 * table->fontMetrics().height());
}

void TestDialogs::shortcutsScrollOnlyPastTheScreen()
{
    QObject owner;
    ShortcutsDialog dialog(actions(200, &owner));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>();
    const QRect available = dialog.screen()->availableGeometry();
    QVERIFY(dialog.height() <= available.height());
    QVERIFY(dialog.height() >= available.height() * 0.8); // as tall as the screen allows
    QVERIFY(table->verticalScrollBar()->isVisible());
    QVERIFY(!table->horizontalScrollBar()->isVisible()); // the scroll bar took no column's room
    for (int column = 0; column < 2; ++column)
        QVERIFY(table->columnWidth(column) >= contentWidth(table, column));
}

void TestDialogs::reviewSettingsFitTheirTitleAndHint()
{
    CollectionStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("data")), {StoreOpenOptions::Backup::Skip, {}})
                .isOpen());
    ReviewSettingsDialog dialog(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QFontMetrics metrics = dialog.fontMetrics();
    // The title bar holds the title beside the window manager's icon and buttons.
    QVERIFY2(
        dialog.width() >= metrics.horizontalAdvance(dialog.windowTitle()) + 6 * metrics.height(),
        qPrintable(QString::number(dialog.width())));
    // The hint reads in two lines, not a narrow column.
    QLabel *hint = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->wordWrap())
            hint = label;
    QVERIFY(hint);
    QVERIFY2(hint->height() <= 2 * metrics.lineSpacing() + metrics.leading() + 2,
        qPrintable(QStringLiteral("%1 px for a %2 px line")
                       .arg(hint->height())
                       .arg(metrics.lineSpacing())));
}

void TestDialogs::referenceIconsStayInTheirRows()
{
    const Deck deck = loadFixtureDeck();
    QVERIFY2(deck.diagnostics().isEmpty(), qPrintable(deck.diagnostics().value(0).toString()));
    DeckModel model(&deck);
    QModelIndexList pages;
    for (int s = 0; s < model.rowCount(); ++s)
        for (int r = 0; r < model.rowCount(model.index(s, 0)); ++r)
            if (const QModelIndex card = model.index(r, 0, model.index(s, 0));
                card.data(DeckModel::IsReferenceRole).toBool())
                pages.append(card);
    QCOMPARE(pages, QModelIndexList {model.indexForCard(QStringLiteral("r01-fixture-notes"))});
    ProbeTree tree;
    auto *delegate = new ProbeDelegate(&tree);
    tree.setModel(&model);
    tree.setItemDelegate(delegate);
    tree.setHeaderHidden(true);
    tree.setUniformRowHeights(true); // as the navigator: every row as tall as the first (a section)
    tree.expandAll();
    tree.resize(300, 400); // every row on screen, the notes page last
    tree.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tree));

    // The reference page, and a question beside it for contrast: only the page has an icon.
    const QModelIndex question = model.indexForCard(QStringLiteral("f01-queue-basics"));
    QStyleOptionViewItem questionOption;
    tree.initViewItemOption(&questionOption);
    questionOption.rect = tree.visualRect(question);
    delegate->initStyleOption(&questionOption, question);
    QVERIFY(!(questionOption.features & QStyleOptionViewItem::HasDecoration));

    for (const QModelIndex &page : std::as_const(pages)) {
        QStyleOptionViewItem option;
        tree.initViewItemOption(&option);
        option.rect = tree.visualRect(page);
        delegate->initStyleOption(&option, page);
        QVERIFY(option.features & QStyleOptionViewItem::HasDecoration);
        QStyle *style = tree.style();
        const QRect icon = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, &tree);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, &tree);
        QVERIFY2(option.rect.contains(icon),
            qPrintable(QStringLiteral("icon %1,%2 %3×%4 in a row %5 px high")
                           .arg(icon.x())
                           .arg(icon.y())
                           .arg(icon.width())
                           .arg(icon.height())
                           .arg(option.rect.height())));
        QVERIFY(!icon.intersects(text));
        QVERIFY(icon.width() >= 12); // still an icon
    }
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"

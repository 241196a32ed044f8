// Reviewing in the real window: reveal, grade 3, undo, grade 1 — and the queue, the store and the
// card browser all reflect it. Keys go through the window as a user's would.
#include "browserpane.h"
#include "cardbrowsermodel.h"
#include "collectionstore.h"
#include "deck.h"
#include "guitestenvironment.h"
#include "mainwindow.h"
#include "reviewpane.h"
#include "reviewsettingsdialog.h"
#include "statisticspane.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ArchDeck;

class TestReviewPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewGradeUndoAndBrowse();
    void finishedScreenSaysWhenNextIsDue();
    void settingsChangeTheQueue();

private:
    static void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    Deck m_deck;
};

void TestReviewPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(QStringLiteral("settings")));
    m_deck = Deck::bundled();
}

void TestReviewPane::press(QWidget *window, int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestReviewPane::reviewGradeUndoAndBrowse()
{
    CollectionStore store;
    QVERIFY(
        store.open(m_dir.filePath(QStringLiteral("data1")), {StoreOpenOptions::Backup::Skip, {}})
            .isOpen());
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.setCollection(&store);
    press(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window.mode(), MainWindow::Mode::Review);
    ReviewPane *pane = window.reviewPane();
    auto *counter = pane->findChild<QLabel *>(QStringLiteral("reviewCounter"));
    QVERIFY2(counter->text().contains(QLatin1String("<b>10</b> new")), qPrintable(counter->text()));

    // Grades do nothing until the answer is shown.
    press(&window, Qt::Key_3);
    QVERIFY(store.reviews(QStringLiteral("q01-monolith-microservices")).value.isEmpty());
    press(&window, Qt::Key_Space);
    QVERIFY(pane->isAnswerShown());
    auto *good = pane->findChild<QPushButton *>(QStringLiteral("gradeGood"));
    QVERIFY(good->isVisible());
    QVERIFY2(good->text().contains(QLatin1String("10m")), qPrintable(good->text()));

    press(&window, Qt::Key_3);
    QCOMPARE(store.reviews(QStringLiteral("q01-monolith-microservices")).value.size(), 1);
    QVERIFY(!pane->isAnswerShown()); // the next card starts with its question
    QVERIFY2(counter->text().contains(QLatin1String("<b>9</b> new")), qPrintable(counter->text()));

    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store.reviews(QStringLiteral("q01-monolith-microservices")).value.isEmpty());
    QCOMPARE(
        store.cardState(QStringLiteral("q01-monolith-microservices")).value.phase, CardPhase::New);
    QVERIFY2(counter->text().contains(QLatin1String("<b>10</b> new")), qPrintable(counter->text()));

    press(&window, Qt::Key_Space);
    press(&window, Qt::Key_1);
    const auto log = store.reviews(QStringLiteral("q01-monolith-microservices")).value;
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().rating, Rating::Again);
    QCOMPARE(store.cardState(QStringLiteral("q01-monolith-microservices")).value.phase,
        CardPhase::Learning);

    // The browser shows the same.
    press(&window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window.mode(), MainWindow::Mode::Browse);
    BrowserPane *browser = window.browserPane();
    auto *search = browser->findChild<QLineEdit *>(QStringLiteral("browserSearch"));
    auto *table = browser->findChild<QTableView *>(QStringLiteral("browserTable"));
    QTest::keyClicks(search, QStringLiteral("is:learning"));
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex row = table->model()->index(0, CardBrowserModel::State);
    QCOMPARE(row.data().toString(), QStringLiteral("learning"));
    QCOMPARE(row.siblingAtColumn(CardBrowserModel::Reviews).data().toInt(), 1);
    table->setCurrentIndex(row);
    auto *history = browser->findChild<QTableWidget *>(QStringLiteral("browserHistory"));
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Again"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("is:new"));
    QCOMPARE(table->model()->rowCount(), 43);

    // The statistics page is built when first shown.
    QVERIFY(!window.statisticsPane());
    window.setMode(MainWindow::Mode::Statistics);
    QVERIFY(window.statisticsPane());
    QVERIFY(window.statisticsPane()->isVisible());
}

void TestReviewPane::finishedScreenSaysWhenNextIsDue()
{
    CollectionStore store;
    QVERIFY(
        store.open(m_dir.filePath(QStringLiteral("data2")), {StoreOpenOptions::Backup::Skip, {}})
            .isOpen());
    QVERIFY(!store.setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("1")).isError());
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.setCollection(&store);
    window.setMode(MainWindow::Mode::Review);
    press(&window, Qt::Key_Space);
    press(&window, Qt::Key_3);
    auto *finished = window.reviewPane()->findChild<QLabel *>(QStringLiteral("reviewFinished"));
    QVERIFY(finished->isVisible());
    QVERIFY2(finished->text().contains(QLatin1String("The next card is due")),
        qPrintable(finished->text()));
    QVERIFY2(finished->text().contains(QLatin1String("10m")), qPrintable(finished->text()));
}

void TestReviewPane::settingsChangeTheQueue()
{
    CollectionStore store;
    QVERIFY(
        store.open(m_dir.filePath(QStringLiteral("data3")), {StoreOpenOptions::Backup::Skip, {}})
            .isOpen());
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCollection(&store);
    window.setMode(MainWindow::Mode::Review);
    bool saved = false;
    QTimer::singleShot(0, this, [&saved] {
        auto *dialog = qobject_cast<ReviewSettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QSpinBox *>(QStringLiteral("newCardsPerDay"))->setValue(3);
        saved = dialog->save();
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("reviewSettingsAction"))->trigger();
    QVERIFY(saved);
    QCOMPARE(store.setting(QStringLiteral("new_cards_per_day")).value, QStringLiteral("3"));
    auto *counter = window.reviewPane()->findChild<QLabel *>(QStringLiteral("reviewCounter"));
    QVERIFY2(counter->text().contains(QLatin1String("<b>3</b> new")), qPrintable(counter->text()));
}

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"

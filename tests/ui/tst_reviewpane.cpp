// Reviewing in the real window: reveal, grade 3, undo, grade 1 — and the queue, the store and the
// card browser all reflect it. Keys go through the window as a user's would. With a fake clock:
// the card's place in today's work, learning steps due later today, the finished screen's
// session summary, and the Statistics tab telling the same story as the Review tab.
#include "browsepage.h"
#include "browserpane.h"
#include "cardbrowsermodel.h"
#include "cardview.h"
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "mainwindow.h"
#include "reviewpage.h"
#include "reviewpane.h"
#include "reviewsettingsdialog.h"
#include "statisticspage.h"
#include "statisticspane.h"
#include "studypage.h"

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

#include <memory>

using namespace ArchDeck;

namespace {

const QDateTime kMorning(QDate(2025, 1, 25), QTime(9, 0), Qt::UTC);

/// What each test starts from: a collection in a folder of its own (optionally with a daily
/// new-card limit), a fake clock at 09:00 and the window over both, on screen and active.
class ReviewWindow
{
public:
    bool open(const QString &folder, const Deck *deck, int newCardsPerDay = 0)
    {
        if (!m_store.open(folder, {StoreOpenOptions::Backup::Skip, {}}).isOpen())
            return false;
        if (newCardsPerDay > 0
            && !m_store
                    .setSetting(
                        QStringLiteral("new_cards_per_day"), QString::number(newCardsPerDay))
                    .isOk())
            return false;
        m_window = std::make_unique<MainWindow>(deck, &m_clock);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->activateWindow();
        m_window->setCollection(&m_store);
        return true;
    }
    CollectionStore &store() { return m_store; }
    FakeClock &clock() { return m_clock; }
    MainWindow &window() { return *m_window; }

private:
    CollectionStore m_store;
    FakeClock m_clock {kMorning};
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

class TestReviewPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewGradeUndoAndBrowse();
    void finishedScreenSaysWhenNextIsDue();
    void settingsChangeTheQueue();
    void headerSaysThePlaceInTodaysWork();
    void finishedScreenSummarisesTheSession();
    void statisticsAgreeWithTheReviewTab();

private:
    static void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    Deck m_deck;
};

void TestReviewPane::initTestCase()
{
    qputenv("TZ", "UTC"); // study days start at 04:00 UTC; times read as UTC
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // "09:10"
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(QStringLiteral("settings")));
    m_deck = loadFixtureDeck();
    QCOMPARE(m_deck.questionCount(), 6);
}

void TestReviewPane::press(QWidget *window, int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestReviewPane::reviewGradeUndoAndBrowse()
{
    ReviewWindow review;
    QVERIFY(review.open(m_dir.filePath(QStringLiteral("data1")), &m_deck));
    CollectionStore &store = review.store();
    MainWindow &window = review.window();
    press(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window.currentPage(), window.reviewPage());
    ReviewPane *pane = window.reviewPage()->pane();
    auto *counter = pane->findChild<QLabel *>(QStringLiteral("reviewCounter"));
    QVERIFY2(counter->text().contains(QLatin1String("<b>6</b> new")), qPrintable(counter->text()));

    // Grades do nothing until the answer is shown.
    press(&window, Qt::Key_3);
    QVERIFY(store.reviews(QStringLiteral("f01-queue-basics")).value.isEmpty());
    press(&window, Qt::Key_Space);
    QVERIFY(pane->isAnswerShown());
    auto *good = pane->findChild<QPushButton *>(QStringLiteral("gradeGood"));
    QVERIFY(good->isVisible());
    QVERIFY2(good->text().contains(QLatin1String("10m")), qPrintable(good->text()));

    press(&window, Qt::Key_3);
    QCOMPARE(store.reviews(QStringLiteral("f01-queue-basics")).value.size(), 1);
    QVERIFY(!pane->isAnswerShown()); // the next card starts with its question
    QVERIFY2(counter->text().contains(QLatin1String("<b>5</b> new")), qPrintable(counter->text()));

    // Edit > Undo (Ctrl+Z) takes the grade back; Redo (Ctrl+Shift+Z) gives it again.
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store.reviews(QStringLiteral("f01-queue-basics")).value.isEmpty());
    QCOMPARE(store.cardState(QStringLiteral("f01-queue-basics")).value.phase, CardPhase::New);
    QVERIFY2(counter->text().contains(QLatin1String("<b>6</b> new")), qPrintable(counter->text()));
    press(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store.reviews(QStringLiteral("f01-queue-basics")).value.size(), 1);
    QCOMPARE(store.reviews(QStringLiteral("f01-queue-basics")).value.first().rating, Rating::Good);
    QVERIFY2(counter->text().contains(QLatin1String("<b>5</b> new")), qPrintable(counter->text()));
    press(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store.reviews(QStringLiteral("f01-queue-basics")).value.isEmpty());

    press(&window, Qt::Key_Space);
    press(&window, Qt::Key_1);
    const auto log = store.reviews(QStringLiteral("f01-queue-basics")).value;
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().rating, Rating::Again);
    QCOMPARE(store.cardState(QStringLiteral("f01-queue-basics")).value.phase, CardPhase::Learning);

    // The browser shows the same.
    press(&window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window.currentPage(), window.browsePage());
    BrowserPane *browser = window.browsePage()->pane();
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
    QCOMPARE(table->model()->rowCount(), 5);

    // The Study filter reads the same states: is:learning finds the card graded Again, and after
    // another grade on Review (the Study page hidden meanwhile) it finds the new state too.
    QVERIFY(window.showPage(QStringLiteral("studyPage")));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral("is:learning"));
    QCOMPARE(window.studyPage()->currentCardId(), QStringLiteral("f01-queue-basics"));
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    press(&window, Qt::Key_Space);
    press(&window, Qt::Key_3); // f02, Good: learning too
    QVERIFY(window.showPage(QStringLiteral("studyPage")));
    QVERIFY(window.studyPage()->selectCard(QStringLiteral("f02-retry-code")));
    filter->clear();

    // The statistics page is built when first shown.
    QVERIFY(!window.statisticsPage()->pane());
    QVERIFY(window.showPage(QStringLiteral("statisticsPage")));
    QVERIFY(window.statisticsPage()->pane());
    QVERIFY(window.statisticsPage()->pane()->isVisible());
}

void TestReviewPane::finishedScreenSaysWhenNextIsDue()
{
    ReviewWindow review;
    QVERIFY(review.open(m_dir.filePath(QStringLiteral("data2")), &m_deck, 1));
    MainWindow &window = review.window();
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    press(&window, Qt::Key_Space);
    press(&window, Qt::Key_3);
    auto *finished
        = window.reviewPage()->pane()->findChild<QLabel *>(QStringLiteral("reviewFinished"));
    QVERIFY(finished->isVisible());
    QVERIFY2(finished->text().contains(QLatin1String("The next card is due")),
        qPrintable(finished->text()));
    QVERIFY2(finished->text().contains(QLatin1String("10m")), qPrintable(finished->text()));
}

void TestReviewPane::settingsChangeTheQueue()
{
    ReviewWindow review;
    QVERIFY(review.open(m_dir.filePath(QStringLiteral("data3")), &m_deck));
    CollectionStore &store = review.store();
    MainWindow &window = review.window();
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
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
    auto *counter
        = window.reviewPage()->pane()->findChild<QLabel *>(QStringLiteral("reviewCounter"));
    QVERIFY2(counter->text().contains(QLatin1String("<b>3</b> new")), qPrintable(counter->text()));
}

namespace {

QString labelText(QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

} // namespace

void TestReviewPane::headerSaysThePlaceInTodaysWork()
{
    ReviewWindow review;
    QVERIFY(review.open(m_dir.filePath(QStringLiteral("data4")), &m_deck));
    FakeClock &clock = review.clock();
    MainWindow &window = review.window();
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    ReviewPane *pane = window.reviewPage()->pane();
    auto *card = pane->findChild<CardView *>(QStringLiteral("reviewCardView"));
    // Where the card is in today's queue, not in the deck ("Question 1 of 6").
    QVERIFY2(card->toPlainText().contains(QLatin1String("Card 1 of 6 today")),
        qPrintable(card->toPlainText()));
    QVERIFY(!card->toPlainText().contains(QLatin1String("Question")));

    press(&window, Qt::Key_Space);
    press(&window, Qt::Key_3); // Good: the card comes back in 10 minutes, still today
    QVERIFY2(card->toPlainText().contains(QLatin1String("Card 2 of 7 today")),
        qPrintable(card->toPlainText()));
    const QString counter = labelText(pane, "reviewCounter");
    QVERIFY2(counter.contains(QLatin1String("<b>0</b> learning (+1 later today, next at 09:10)")),
        qPrintable(counter));
    QVERIFY2(counter.contains(QLatin1String("<b>5</b> new")), qPrintable(counter));

    clock.advance(10 * 60);
    pane->refresh();
    QVERIFY2(labelText(pane, "reviewCounter").contains(QLatin1String("<b>1</b> learning &nbsp;")),
        qPrintable(labelText(pane, "reviewCounter")));
    QVERIFY2(card->toPlainText().contains(QLatin1String("Card 2 of 7 today")),
        qPrintable(card->toPlainText()));
}

void TestReviewPane::finishedScreenSummarisesTheSession()
{
    ReviewWindow review;
    QVERIFY(review.open(m_dir.filePath(QStringLiteral("data5")), &m_deck, 3));
    FakeClock &clock = review.clock();
    MainWindow &window = review.window();
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    ReviewPane *pane = window.reviewPage()->pane();
    const auto answer = [&](int key, qint64 seconds) {
        press(&window, Qt::Key_Space);
        clock.advance(seconds); // the time spent on the card, by the clock
        press(&window, key);
    };
    answer(Qt::Key_1, 10); // f01 Again: back at 09:01:10
    answer(Qt::Key_3, 15); // f02 Good: back at 09:10:25
    answer(Qt::Key_4, 20); // f03 Easy: days away

    auto *finished = pane->findChild<QLabel *>(QStringLiteral("reviewFinished"));
    QVERIFY(finished->isVisible());
    QString text = finished->text();
    QVERIFY2(text.contains(QLatin1String("2 learning cards due later today")), qPrintable(text));
    QVERIFY2(
        text.contains(QLatin1String("The next card is due at 09:01 (in 25s)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "This session:</b> 3 cards — Again 1 · Hard 0 · Good 1 · Easy 1 — 45 s.")),
        qPrintable(text));
    // Study is Alt+1 and Browse Alt+3.
    QVERIFY2(text.contains(QLatin1String("own pace (Alt+1) or browse your collection (Alt+3)")),
        qPrintable(text));
    QCOMPARE(pane->summary(), QStringLiteral("done for now"));

    // Undo takes the Easy back: f03 is asked again and the tally forgets the grade.
    pane->undo();
    QVERIFY(!finished->isVisible());
    answer(Qt::Key_2, 10); // Hard: a learning step too
    QVERIFY(finished->isVisible());
    QVERIFY2(finished->text().contains(
                 QStringLiteral("3 cards — Again 1 · Hard 1 · Good 1 · Easy 0 — 35 s.")),
        qPrintable(finished->text()));

    // The Again card comes due: asking it again counts as a review, not a new card.
    clock.advance(30);
    pane->refresh();
    QVERIFY(!finished->isVisible());
    answer(Qt::Key_3, 5);
    QVERIFY(finished->isVisible());
    QVERIFY2(finished->text().contains(
                 QStringLiteral("3 cards, 4 reviews — Again 1 · Hard 1 · Good 2 · Easy 0 — 40 s.")),
        qPrintable(finished->text()));
}

void TestReviewPane::statisticsAgreeWithTheReviewTab()
{
    ReviewWindow review;
    QVERIFY(review.open(m_dir.filePath(QStringLiteral("data6")), &m_deck, 2));
    FakeClock &clock = review.clock();
    MainWindow &window = review.window();
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    for (const int key : {Qt::Key_1, Qt::Key_3}) {
        press(&window, Qt::Key_Space);
        press(&window, key);
    }
    QCOMPARE(window.reviewPage()->pane()->summary(), QStringLiteral("done for now"));

    // Two learning steps wait: the Statistics tab counts them as due today and says they come
    // later, rather than "Due today 2" beside a Review tab with nothing to ask.
    QVERIFY(window.showPage(QStringLiteral("statisticsPage")));
    StatisticsPane *statistics = window.statisticsPage()->pane();
    QVERIFY(statistics);
    QCOMPARE(labelText(statistics, "statisticsDueToday"), QStringLiteral("2"));
    QCOMPARE(labelText(statistics, "statisticsDueTodayDetail"),
        QStringLiteral("None due now; 2 due later today, next at 09:01"));

    clock.advance(60);
    statistics->refresh();
    QCOMPARE(labelText(statistics, "statisticsDueTodayDetail"),
        QStringLiteral("1 now, 1 due later today, next at 09:10"));
    QVERIFY(window.showPage(QStringLiteral("reviewPage")));
    QCOMPARE(window.reviewPage()->pane()->summary(), QStringLiteral("1"));
}

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"

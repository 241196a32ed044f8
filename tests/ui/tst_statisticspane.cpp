// The Statistics tab over a real store in a temporary folder and a fake clock (3 Mar 2026,
// 10:00 UTC; the test runs in UTC, so study days start at 04:00 UTC): the empty state, the
// heatmap's days, the due forecast, the retention figures, what is due now and later today, and
// switching to the dark palette. The deck is the fixture (tests/data/fixture-deck: 6 questions and
// a reference page), or one of generated questions written here where more cards are needed.
// With ARCHDECK_SCREENSHOT_DIR set it also saves the pane over two generated months of reviews,
// light and dark, for a person to look at.
#include "calendarheatmap.h"
#include "cardfile.h"
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "fsrsscheduler.h"
#include "statisticspane.h"
#include "theme.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);

// Questions of the fixture deck.
const QString kQueue = QStringLiteral("f01-queue-basics");
const QString kRetry = QStringLiteral("f02-retry-code");
const QString kDeadLetter = QStringLiteral("f03-dead-letter");

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

StoredCard reviewCard(const QString &id, const QDateTime &due, int scheduledDays = 10)
{
    StoredCard card;
    card.cardId = id;
    card.addedAt = utc(2026, 1, 1, 9);
    card.state.phase = CardPhase::Review;
    card.state.due = due;
    card.state.scheduledDays = scheduledDays;
    card.state.stability = scheduledDays;
    card.state.difficulty = 5;
    card.state.lastReview = due.addDays(-scheduledDays);
    return card;
}

ReviewRecord review(const StoredCard &card, const QDateTime &at, Rating rating,
    int scheduledBefore = 10, qint64 durationMs = 6000)
{
    ReviewRecord record;
    record.cardId = card.cardId;
    record.reviewedAt = at;
    record.rating = rating;
    record.durationMs = durationMs;
    record.before = card.state;
    record.before.scheduledDays = scheduledBefore;
    record.after = card.state;
    return record;
}

} // namespace

class TestStatisticsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutCollectionSaysSo();
    void emptyCollectionShowsNoReviewsYet();
    void heatmapCountsStudyDays();
    void forecastHasThirtyDaysTodayFirst();
    void retentionYoungAndMature();
    void dueTodaySaysWhatComesLater_data();
    void dueTodaySaysWhatComesLater();
    void cardsTheDeckDroppedDoNotCount();
    void darkPaletteRethemesCharts();
    void screenshots();

private:
    StatisticsPane *pane(const Deck *deck = nullptr);
    Deck generatedDeck(int questions);
    QString currentPage() const;
    QString labelText(const char *name) const;
    QBarSet *forecast() const;
    QChart *chart(const char *name) const;

    QTemporaryDir *m_dir = nullptr;
    CollectionStore *m_store = nullptr;
    StatisticsPane *m_pane = nullptr;
    FakeClock m_clock {kNow};
    QTemporaryDir m_decks;
    Deck m_deck; ///< the fixture deck
    Deck m_generated; ///< generatedDeck(), for tests that need more questions than the fixture
};

void TestStatisticsPane::initTestCase()
{
    qputenv("TZ", "UTC"); // Qt re-reads TZ for each local-time conversion
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_decks.isValid());
    m_deck = loadFixtureDeck();
    QVERIFY2(m_deck.diagnostics().isEmpty(), qPrintable(m_deck.diagnostics().value(0).toString()));
    QCOMPARE(m_deck.questionCount(), 6);
    Theme::apply(Theme::Kind::Light);
}

void TestStatisticsPane::init()
{
    m_dir = new QTemporaryDir;
    m_store = new CollectionStore;
    QVERIFY(m_store->open(m_dir->path(), {StoreOpenOptions::Backup::Skip, kNow}).isOpen());
    m_clock.setNow(kNow);
}

void TestStatisticsPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
    delete m_store;
    delete m_dir;
    Theme::apply(Theme::Kind::Light);
}

/// The pane over `deck` (the fixture deck when none is given) and the test's store.
StatisticsPane *TestStatisticsPane::pane(const Deck *deck)
{
    if (!m_pane) {
        m_pane = new StatisticsPane(deck ? deck : &m_deck, &m_clock);
        m_pane->resize(1100, 820);
        m_pane->setCollection(m_store);
    }
    return m_pane;
}

/// A deck of `questions` questions g01, g02, … and a reference page, which never counts.
Deck TestStatisticsPane::generatedDeck(int questions)
{
    static int decks = 0;
    const QString folder = m_decks.filePath(u"generated%1"_s.arg(++decks));
    if (!QDir().mkpath(folder + u"/reference"_s))
        return {};
    QList<Card> cards;
    for (int i = 1; i <= questions; ++i) {
        Card card;
        card.id = u"g%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        card.section = i % 2 ? u"Odd"_s : u"Even"_s;
        card.title = u"Question %1?"_s.arg(i);
        card.diagram = u"diagrams/%1.dot"_s.arg(card.id); // never drawn here
        card.tags = {u"generated"_s};
        card.answer = u"Answer %1."_s.arg(i);
        cards.append(card);
    }
    Card reference;
    reference.kind = Card::Kind::Reference;
    reference.id = u"r01-notes"_s;
    reference.section = u"Notes"_s;
    reference.title = u"Notes"_s;
    reference.answer = u"Not a question."_s;
    cards.append(reference);
    for (const Card &card : std::as_const(cards)) {
        QFile file(folder + (card.isQuestion() ? u"/"_s : u"/reference/"_s) + card.id + u".md"_s);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(CardFile::serialize(card));
    }
    return Deck::load(folder, u"generated/"_s);
}

QString TestStatisticsPane::currentPage() const
{
    return m_pane->findChild<QStackedWidget *>()->currentWidget()->objectName();
}

QString TestStatisticsPane::labelText(const char *name) const
{
    const auto *label = m_pane->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : u"<no label %1>"_s.arg(QLatin1String(name));
}

QChart *TestStatisticsPane::chart(const char *name) const
{
    return m_pane->findChild<QChartView *>(QLatin1String(name))->chart();
}

QBarSet *TestStatisticsPane::forecast() const
{
    const auto *series = qobject_cast<QBarSeries *>(chart("statisticsForecast")->series().value(0));
    return series ? series->barSets().value(0) : nullptr;
}

void TestStatisticsPane::withoutCollectionSaysSo()
{
    m_pane = new StatisticsPane(&m_deck, &m_clock);
    QCOMPARE(currentPage(), u"statisticsMessage"_s);
    QVERIFY(labelText("statisticsMessage").contains(u"No collection open"_s));
}

void TestStatisticsPane::emptyCollectionShowsNoReviewsYet()
{
    pane();
    QCOMPARE(currentPage(), u"statisticsMessage"_s);
    const QString message = labelText("statisticsMessage");
    QVERIFY2(message.contains(u"No reviews yet"_s), qPrintable(message));
    // The fixture's 6 questions; its reference page is never learnt.
    QVERIFY2(message.contains(u"6 cards waiting to be learnt"_s), qPrintable(message));
}

void TestStatisticsPane::heatmapCountsStudyDays()
{
    const StoredCard card = reviewCard(kQueue, utc(2026, 3, 20, 9));
    QList<ReviewRecord> reviews;
    for (int i = 0; i < 12; ++i) // today, from 04:00 on
        reviews.append(review(card, utc(2026, 3, 3, 4, i), Rating::Good));
    reviews.append(review(card, utc(2026, 3, 3, 3, 59), Rating::Good)); // still 2 March's day
    for (int i = 0; i < 5; ++i)
        reviews.append(review(card, utc(2026, 2, 14, 20, i), Rating::Hard));
    reviews.append(review(card, utc(2025, 1, 10, 12), Rating::Good)); // more than a year ago
    QVERIFY(m_store->insertBulk({card}, reviews).isOk());

    pane();
    QCOMPARE(currentPage(), u"statisticsContent"_s);
    const auto *heatmap = m_pane->findChild<CalendarHeatmap *>();
    QCOMPARE(heatmap->lastDay(), QDate(2026, 3, 3));
    QCOMPARE(heatmap->firstDay(), QDate(2025, 3, 4)); // 365 days
    QCOMPARE(heatmap->count(QDate(2026, 3, 3)), 12);
    QCOMPARE(heatmap->count(QDate(2026, 3, 2)), 1);
    QCOMPARE(heatmap->count(QDate(2026, 2, 14)), 5);
    QCOMPARE(heatmap->count(QDate(2026, 2, 15)), 0);
    QCOMPARE(heatmap->total(), 18);
    QCOMPARE(heatmap->toolTipText(QDate(2026, 3, 3)), u"12 reviews on 3 Mar 2026"_s);
    QCOMPARE(heatmap->toolTipText(QDate(2026, 3, 2)), u"1 review on 2 Mar 2026"_s);
    QCOMPARE(heatmap->toolTipText(QDate(2026, 3, 1)), u"No reviews on 1 Mar 2026"_s);
    QVERIFY(!heatmap->cellRect(QDate(2026, 3, 3)).isEmpty());
    QVERIFY(heatmap->cellRect(QDate(2026, 3, 4)).isEmpty());
    QCOMPARE(labelText("statisticsReviewsToday"), u"12"_s);
    QVERIFY(labelText("statisticsHeatmapTitle").contains(u"18 in all"_s));
}

void TestStatisticsPane::forecastHasThirtyDaysTodayFirst()
{
    m_generated = generatedDeck(12); // more questions than the fixture has
    QVERIFY2(m_generated.diagnostics().isEmpty(),
        qPrintable(m_generated.diagnostics().value(0).toString()));
    QCOMPARE(m_generated.questionCount(), 12);
    QStringList ids;
    for (const Card &card : m_generated.cards())
        if (card.isQuestion())
            ids.append(card.id);
    const QList<StoredCard> cards = {
        reviewCard(ids.at(0), utc(2026, 2, 20, 9)), // overdue
        reviewCard(ids.at(1), utc(2026, 2, 28, 9)), // overdue
        reviewCard(ids.at(2), utc(2026, 3, 3, 20)),
        reviewCard(ids.at(3), utc(2026, 3, 4, 3, 59)), // before today's study day ends
        reviewCard(ids.at(4), utc(2026, 3, 4, 4)), // exactly as it ends
        reviewCard(ids.at(5), utc(2026, 3, 10, 12)), reviewCard(ids.at(6), utc(2026, 3, 10, 13)),
        reviewCard(ids.at(7), utc(2026, 3, 11, 3)), // still 10 March's day
        reviewCard(ids.at(8), utc(2026, 4, 1, 12)), // the 30th day
        reviewCard(ids.at(9), utc(2026, 4, 2, 12)), // beyond
    };
    QVERIFY(m_store->insertBulk(cards, {}).isOk());

    pane(&m_generated);
    QCOMPARE(currentPage(), u"statisticsContent"_s); // cards in review: no empty state
    QBarSet *bars = forecast();
    QVERIFY(bars);
    QCOMPARE(bars->count(), 30);
    QList<int> expected(30, 0);
    expected[0] = 5;
    expected[7] = 3;
    expected[29] = 1;
    QList<int> actual;
    for (int i = 0; i < bars->count(); ++i)
        actual.append(int(bars->at(i)));
    QCOMPARE(actual, expected);
    QCOMPARE(labelText("statisticsDueToday"), u"5"_s);
    const auto *states = qobject_cast<QBarSeries *>(chart("statisticsStates")->series().value(0));
    QVERIFY(states);
    QList<qreal> byState; // new (12 questions − 10 stored), learning, review, relearning
    for (int i = 0; i < 4; ++i)
        byState.append(states->barSets().value(0)->at(i));
    QCOMPARE(byState, (QList<qreal> {2, 0, 10, 0}));
    QCOMPARE(labelText("statisticsReviewsToday"), u"0"_s);
    QCOMPARE(labelText("statisticsRetention"), u"—"_s);

    // The next day (the clock moves, the pane refreshes): yesterday's cards are overdue now.
    m_clock.setNow(kNow.addDays(1));
    m_pane->refresh();
    QCOMPARE(int(forecast()->at(0)), 5);
    QCOMPARE(int(forecast()->at(6)), 3);
    QCOMPARE(int(forecast()->at(28)), 1);
    QCOMPARE(int(forecast()->at(29)), 1);
}

void TestStatisticsPane::retentionYoungAndMature()
{
    const StoredCard card = reviewCard(kQueue, utc(2026, 3, 20, 9));
    QList<ReviewRecord> reviews;
    for (int i = 0; i < 10; ++i) // young: 9 of 10 passed
        reviews.append(
            review(card, utc(2026, 2, 10 + i, 9), i == 0 ? Rating::Again : Rating::Good, 20));
    for (int i = 0; i < 4; ++i) // mature: 3 of 4 passed
        reviews.append(
            review(card, utc(2026, 2, 20 + i, 9), i == 3 ? Rating::Again : Rating::Easy, 21));
    reviews.append(review(card, utc(2026, 1, 5, 9), Rating::Again, 30)); // before the 30 days
    ReviewRecord step = review(card, utc(2026, 3, 3, 9), Rating::Again, 0, 20000);
    step.before.phase = CardPhase::Learning; // not a review card: no part of retention
    reviews.append(step);
    QVERIFY(m_store->insertBulk({card}, reviews).isOk());

    pane();
    QCOMPARE(labelText("statisticsRetention"), u"86 %"_s); // 12 of 14
    QCOMPARE(labelText("statisticsRetentionDetail"), u"90 % of 10 young, 75 % of 4 mature"_s);
    // 15 reviews in the last 30 days: 14 × 6 s + 20 s = 104 s.
    QCOMPARE(labelText("statisticsAverageTime"), u"6.9 s"_s);
    QCOMPARE(labelText("statisticsAverageTimeDetail"), u"average of 15 reviews"_s);
    QCOMPARE(labelText("statisticsReviewsToday"), u"1"_s);
}

void TestStatisticsPane::dueTodaySaysWhatComesLater_data()
{
    // Learning steps wait for their minute; reviews count from the day's start (StudyDay::due).
    QTest::addColumn<QList<StoredCard>>("cards");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("detail");
    const auto learning = [](const QString &id, const QDateTime &due) {
        StoredCard card = reviewCard(id, due);
        card.state.phase = CardPhase::Learning;
        card.state.scheduledDays = 0;
        return card;
    };
    QTest::newRow("reviews only") << QList<StoredCard> {reviewCard(kQueue, utc(2026, 3, 3, 20))}
                                  << u"1"_s << u"overdue ones included"_s;
    QTest::newRow("all later today")
        << QList<StoredCard> {learning(kQueue, utc(2026, 3, 3, 14, 20)),
               learning(kRetry, utc(2026, 3, 3, 11, 5))}
        << u"2"_s << u"None due now; 2 due later today, next at 11:05"_s;
    QTest::newRow("some now, some later")
        << QList<StoredCard> {learning(kQueue, utc(2026, 3, 3, 14, 20)),
               learning(kRetry, utc(2026, 3, 3, 9, 55)),
               reviewCard(kDeadLetter, utc(2026, 3, 3, 23))}
        << u"3"_s << u"2 now, 1 due later today, next at 14:20"_s;
    QTest::newRow("tomorrow's learning step")
        << QList<StoredCard> {learning(kQueue, utc(2026, 3, 4, 4, 1)),
               reviewCard(kRetry, utc(2026, 3, 1, 9))}
        << u"1"_s << u"overdue ones included"_s;
}

void TestStatisticsPane::dueTodaySaysWhatComesLater()
{
    QFETCH(QList<StoredCard>, cards);
    QFETCH(QString, value);
    QFETCH(QString, detail);
    QVERIFY(m_store->insertBulk(cards, {}).isOk());
    pane();
    QCOMPARE(currentPage(), u"statisticsContent"_s);
    QCOMPARE(labelText("statisticsDueToday"), value);
    QCOMPARE(labelText("statisticsDueTodayDetail"), detail);
    QCOMPARE(int(forecast()->at(0)), value.toInt()); // the forecast's today is the same figure
}

void TestStatisticsPane::cardsTheDeckDroppedDoNotCount()
{
    // A card the collection keeps but the deck no longer has is never asked: not due either.
    QVERIFY(m_store
                ->insertBulk({reviewCard(kQueue, utc(2026, 3, 1, 9)),
                                 reviewCard(u"f99-dropped-from-the-deck"_s, utc(2026, 3, 1, 9))},
                    {})
                .isOk());
    pane();
    QCOMPARE(labelText("statisticsDueToday"), u"1"_s);
    const auto *states = qobject_cast<QBarSeries *>(chart("statisticsStates")->series().value(0));
    QCOMPARE(states->barSets().value(0)->at(2), 1.0); // in review: the deck's card alone
}

void TestStatisticsPane::darkPaletteRethemesCharts()
{
    QVERIFY(m_store->insertBulk({reviewCard(kQueue, utc(2026, 3, 5, 9))}, {}).isOk());
    pane()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    QCOMPARE(chart("statisticsForecast")->theme(), QChart::ChartThemeLight);
    const QColor lightBackground = chart("statisticsStates")->backgroundBrush().color();

    Theme::apply(Theme::Kind::Dark);
    QTRY_COMPARE(chart("statisticsForecast")->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart("statisticsStates")->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart("statisticsStates")->backgroundBrush().color(),
        QApplication::palette().color(QPalette::Window));
    QVERIFY(chart("statisticsStates")->backgroundBrush().color() != lightBackground);
    QCOMPARE(forecast()->color(), QColor(0x3b, 0x82, 0xf6)); // our colours survive the theme
    m_pane->grab(); // paints without trouble

    Theme::apply(Theme::Kind::Light);
    QTRY_COMPARE(chart("statisticsForecast")->theme(), QChart::ChartThemeLight);
}

void TestStatisticsPane::screenshots()
{
    const QString directory = qEnvironmentVariable("ARCHDECK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set ARCHDECK_SCREENSHOT_DIR to save the pane as PNGs");
    // Two months of study: a new card most days, every due card graded, a day off now and then,
    // over as many questions as a real deck has.
    m_generated = generatedDeck(44);
    QCOMPARE(m_generated.questionCount(), 44);
    pane(&m_generated)->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
    QVERIFY(m_pane->grab().save(directory + u"/statistics-empty.png"_s));

    const FsrsScheduler scheduler;
    QRandomGenerator random(7);
    QHash<QString, SchedulingState> states;
    QStringList ids;
    for (const Card &card : m_generated.cards())
        if (card.isQuestion())
            ids.append(card.id);
    QList<ReviewRecord> reviews;
    int introduced = 0;
    for (QDateTime day = kNow.addDays(-60); day <= kNow; day = day.addDays(1)) {
        if (day < kNow && random.bounded(100) < 15)
            continue;
        if (random.bounded(100) < 70 && introduced < ids.size())
            states.insert(ids.at(introduced++), FsrsScheduler::newCard(day.addSecs(-3600)));
        QDateTime time = day.addSecs(-3 * 3600);
        for (bool graded = true; graded;) {
            graded = false;
            for (auto it = states.begin(); it != states.end(); ++it) {
                if (it.value().due > time.addSecs(15 * 60))
                    continue;
                time = std::max(time, it.value().due).addSecs(5 + random.bounded(25));
                const int roll = random.bounded(100);
                const Rating rating = roll < 10 ? Rating::Again
                    : roll < 20                 ? Rating::Hard
                    : roll < 90                 ? Rating::Good
                                                : Rating::Easy;
                ReviewRecord record;
                record.cardId = it.key();
                record.reviewedAt = time;
                record.rating = rating;
                record.durationMs = 3000 + random.bounded(20000);
                record.before = it.value();
                record.after = scheduler.next(it.value(), time, rating);
                it.value() = record.after;
                reviews.append(record);
                graded = true;
            }
        }
    }
    QList<StoredCard> cards;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        cards.append({it.key(), kNow.addDays(-61), it.value()});
    QVERIFY(m_store->insertBulk(cards, reviews).isOk());
    m_pane->refresh();
    const std::tuple<Theme::Kind, QChart::ChartTheme, const char *> themes[]
        = {{Theme::Kind::Light, QChart::ChartThemeLight, "light"},
            {Theme::Kind::Dark, QChart::ChartThemeDark, "dark"}};
    for (const auto &[kind, chartTheme, name] : themes) {
        Theme::apply(kind);
        QTRY_COMPARE(chart("statisticsForecast")->theme(), chartTheme);
        const QString path = u"%1/statistics-%2.png"_s.arg(directory, QLatin1String(name));
        QVERIFY(m_pane->grab().save(path));
        qInfo("saved %s (%lld reviews)", qPrintable(path), qint64(reviews.size()));
    }
}

QTEST_MAIN(TestStatisticsPane)
#include "tst_statisticspane.moc"

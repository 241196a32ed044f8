// The study day (4 a.m. to 4 a.m. local time) in several time zones — just before and after 04:00,
// midnight, the days the clocks change, a zone whose clocks skip 04:00 or show it twice — where a
// card stands in today's queue, and the figures and forecast CollectionStatistics reads from a
// real store. Each row sets TZ; Qt reads it again for every local-time conversion.
#include "collectionstatistics.h"
#include "collectionstore.h"
#include "deck.h"
#include "studyday.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

/// Eastern time with made-up rules: the clocks jump from 04:00 to 05:00 on 9 March 2025 and fall
/// back from 05:00 to 04:00 on 2 November, so 04:00 is skipped once and shown twice once.
const QByteArray kClocksAtFour = "EST5EDT,M3.2.0/4,M11.1.0/5";

SchedulingState stateOf(CardPhase phase, const QDateTime &due)
{
    SchedulingState state;
    state.phase = phase;
    state.due = due;
    state.stability = 5;
    state.difficulty = 5;
    return state;
}

ReviewRecord reviewOf(const QString &cardId, const QDateTime &at, Rating rating,
    int scheduledBefore, qint64 durationMs = 4000)
{
    ReviewRecord review;
    review.cardId = cardId;
    review.reviewedAt = at;
    review.rating = rating;
    review.durationMs = durationMs;
    review.before = stateOf(CardPhase::Review, at);
    review.before.scheduledDays = scheduledBefore;
    review.after = stateOf(CardPhase::Review, at.addDays(scheduledBefore + 1));
    return review;
}

} // namespace

class TestStudyDay : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void containing_data();
    void containing();
    void startsOnItsDate_data();
    void startsOnItsDate();
    void boundaries_data();
    void boundaries();
    void due_data();
    void due();
    void clockTime_data();
    void clockTime();
    void statisticsOfACollection();
    void statisticsLeaveOutCardsTheDeckDropped();
};

void TestStudyDay::cleanup()
{
    qputenv("TZ", "UTC");
}

void TestStudyDay::containing_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    const auto row = [](const char *name, const QByteArray &zone, const QDateTime &time,
                         const QDate &date, const QDateTime &start, const QDateTime &end) {
        QTest::newRow(name) << zone << time << date << start << end;
    };
    const QDate jan24(2025, 1, 24), jan25(2025, 1, 25);
    row("morning", "UTC", utc(2025, 1, 25, 9), jan25, utc(2025, 1, 25, 4), utc(2025, 1, 26, 4));
    row("a second before 4", "UTC", utc(2025, 1, 25, 3, 59, 59), jan24, utc(2025, 1, 24, 4),
        utc(2025, 1, 25, 4));
    row("at 4", "UTC", utc(2025, 1, 25, 4), jan25, utc(2025, 1, 25, 4), utc(2025, 1, 26, 4));
    row("a second after 4", "UTC", utc(2025, 1, 25, 4, 0, 1), jan25, utc(2025, 1, 25, 4),
        utc(2025, 1, 26, 4));
    row("midnight", "UTC", utc(2025, 1, 25, 0), jan24, utc(2025, 1, 24, 4), utc(2025, 1, 25, 4));
    row("a second before midnight", "UTC", utc(2025, 1, 24, 23, 59, 59), jan24, utc(2025, 1, 24, 4),
        utc(2025, 1, 25, 4));
    row("late night", "UTC", utc(2025, 1, 25, 2, 30), jan24, utc(2025, 1, 24, 4),
        utc(2025, 1, 25, 4));
    // Berlin in winter is UTC+1: its 04:00 is 03:00 UTC.
    row("Berlin, a second before 4", "Europe/Berlin", utc(2025, 1, 25, 2, 59, 59), jan24,
        utc(2025, 1, 24, 3), utc(2025, 1, 25, 3));
    row("Berlin, at 4", "Europe/Berlin", utc(2025, 1, 25, 3), jan25, utc(2025, 1, 25, 3),
        utc(2025, 1, 26, 3));
    row("Berlin, local midnight", "Europe/Berlin", utc(2025, 1, 24, 23), jan24, utc(2025, 1, 24, 3),
        utc(2025, 1, 25, 3));
    // Clocks go forward at 02:00 on 30 March: the day before is 23 hours long.
    row("Berlin, spring forward", "Europe/Berlin", utc(2025, 3, 30, 1, 30), QDate(2025, 3, 29),
        utc(2025, 3, 29, 3), utc(2025, 3, 30, 2));
    row("Berlin, after spring forward", "Europe/Berlin", utc(2025, 3, 30, 2), QDate(2025, 3, 30),
        utc(2025, 3, 30, 2), utc(2025, 3, 31, 2));
    // Clocks go back at 03:00 on 26 October: the day before is 25 hours long.
    row("Berlin, fall back", "Europe/Berlin", utc(2025, 10, 26, 1, 30), QDate(2025, 10, 25),
        utc(2025, 10, 25, 2), utc(2025, 10, 26, 3));
    row("Berlin, 4 after fall back", "Europe/Berlin", utc(2025, 10, 26, 3), QDate(2025, 10, 26),
        utc(2025, 10, 26, 3), utc(2025, 10, 27, 3));
    row("New York, late night", "America/New_York", utc(2025, 1, 25, 8, 59), jan24,
        utc(2025, 1, 24, 9), utc(2025, 1, 25, 9));
    // 04:00 never shows on 9 March: the day starts when the clocks jump (04:00 EST, 09:00 UTC).
    row("clocks skip 4, before", kClocksAtFour, utc(2025, 3, 9, 8, 59, 59), QDate(2025, 3, 8),
        utc(2025, 3, 8, 9), utc(2025, 3, 9, 9));
    row("clocks skip 4, at the jump", kClocksAtFour, utc(2025, 3, 9, 9), QDate(2025, 3, 9),
        utc(2025, 3, 9, 9), utc(2025, 3, 10, 8));
    // 04:00 shows twice on 2 November: the day starts the first time (04:00 EDT, 08:00 UTC).
    row("clocks show 4 twice, first", kClocksAtFour, utc(2025, 11, 2, 8), QDate(2025, 11, 2),
        utc(2025, 11, 2, 8), utc(2025, 11, 3, 9));
    row("clocks show 4 twice, second", kClocksAtFour, utc(2025, 11, 2, 9, 30), QDate(2025, 11, 2),
        utc(2025, 11, 2, 8), utc(2025, 11, 3, 9));
}

void TestStudyDay::containing()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, time);
    QFETCH(QDate, date);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    qputenv("TZ", zone);
    const StudyDay day = StudyDay::containing(time);
    QCOMPARE(day.date(), date);
    QCOMPARE(day.start(), start);
    QCOMPARE(day.end(), end);
    QVERIFY(day.contains(time));
    QVERIFY(!day.contains(end));
    QVERIFY(day.contains(end.addSecs(-1)));
    QCOMPARE(StudyDay::containing(end), day.addDays(1));
    QCOMPARE(StudyDay::containing(start.addSecs(-1)), day.addDays(-1));
}

void TestStudyDay::startsOnItsDate_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("start");
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 3) << utc(2026, 3, 3, 4);
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << QDate(2026, 3, 3) << utc(2026, 3, 2, 19);
    QTest::newRow("Kolkata, half hours")
        << QByteArray("Asia/Kolkata") << QDate(2026, 3, 3) << utc(2026, 3, 2, 22, 30);
    QTest::newRow("leap day") << QByteArray("UTC") << QDate(2024, 2, 29) << utc(2024, 2, 29, 4);
    // Samoa skipped 30 December 2011 to cross the date line: that day starts when it was skipped.
    QTest::newRow("a skipped date")
        << QByteArray("Pacific/Apia") << QDate(2011, 12, 30) << utc(2011, 12, 30, 10);
}

void TestStudyDay::startsOnItsDate()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QDateTime, start);
    qputenv("TZ", zone);
    QCOMPARE(StudyDay(date).start(), start);
    QCOMPARE(StudyDay(date).start().timeSpec(), Qt::UTC);
    QCOMPARE(StudyDay::containing(start).date(), date);
}

void TestStudyDay::boundaries_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QList<QDateTime>>("expected");
    QTest::newRow("one day") << QByteArray("UTC") << QDate(2026, 3, 3) << QDate(2026, 3, 3)
                             << QList<QDateTime> {utc(2026, 3, 3, 4), utc(2026, 3, 4, 4)};
    QTest::newRow("over a month end")
        << QByteArray("UTC") << QDate(2026, 2, 27) << QDate(2026, 3, 1)
        << QList<QDateTime> {
               utc(2026, 2, 27, 4), utc(2026, 2, 28, 4), utc(2026, 3, 1, 4), utc(2026, 3, 2, 4)};
    QTest::newRow("Berlin, spring forward")
        << QByteArray("Europe/Berlin") << QDate(2025, 3, 29) << QDate(2025, 3, 30)
        << QList<QDateTime> {utc(2025, 3, 29, 3), utc(2025, 3, 30, 2), utc(2025, 3, 31, 2)};
    QTest::newRow("none") << QByteArray("UTC") << QDate(2026, 3, 3) << QDate(2026, 3, 2)
                          << QList<QDateTime> {utc(2026, 3, 3, 4)};
}

void TestStudyDay::boundaries()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QList<QDateTime>, expected);
    qputenv("TZ", zone);
    QCOMPARE(StudyDay::boundaries(first, last), expected);
}

void TestStudyDay::due_data()
{
    QTest::addColumn<CardPhase>("phase");
    QTest::addColumn<QDateTime>("dueAt");
    QTest::addColumn<StudyDay::Due>("expected");
    // Now is 25 January, 09:00 UTC; the study day ends on the 26th at 04:00.
    const auto row
        = [](const char *name, CardPhase phase, const QDateTime &due, StudyDay::Due expected) {
              QTest::newRow(name) << phase << due << expected;
          };
    using Due = StudyDay::Due;
    row("new", CardPhase::New, QDateTime(), Due::Unscheduled);
    row("learning, overdue", CardPhase::Learning, utc(2025, 1, 25, 8, 59), Due::Now);
    row("learning, due this second", CardPhase::Learning, utc(2025, 1, 25, 9), Due::Now);
    row("learning, this afternoon", CardPhase::Learning, utc(2025, 1, 25, 14, 20), Due::LaterToday);
    row("relearning, this afternoon", CardPhase::Relearning, utc(2025, 1, 25, 14, 20),
        Due::LaterToday);
    row("learning, as the day ends", CardPhase::Learning, utc(2025, 1, 26, 4), Due::LaterToday);
    row("learning, after the day ends", CardPhase::Learning, utc(2025, 1, 26, 4, 0, 1),
        Due::AfterToday);
    row("review, days overdue", CardPhase::Review, utc(2025, 1, 20, 9), Due::Now);
    row("review, this afternoon", CardPhase::Review, utc(2025, 1, 25, 14, 20), Due::Now);
    row("review, after midnight", CardPhase::Review, utc(2025, 1, 26, 1), Due::Now);
    row("review, as the day ends", CardPhase::Review, utc(2025, 1, 26, 4), Due::Now);
    row("review, after the day ends", CardPhase::Review, utc(2025, 1, 26, 4, 0, 1),
        Due::AfterToday);
}

void TestStudyDay::due()
{
    QFETCH(CardPhase, phase);
    QFETCH(QDateTime, dueAt);
    QFETCH(StudyDay::Due, expected);
    qputenv("TZ", "UTC");
    QCOMPARE(StudyDay::due(stateOf(phase, dueAt), utc(2025, 1, 25, 9)), expected);
}

void TestStudyDay::clockTime_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("C, no seconds") << QLocale::c() << u"14:20"_s;
    QTest::newRow("British") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"14:20"_s;
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"14:20"_s;
    QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates) << u"2:20"_s;
}

void TestStudyDay::clockTime()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    qputenv("TZ", "Europe/Berlin");
    QLocale::setDefault(locale);
    const QString text = StudyDay::clockTime(utc(2026, 3, 3, 13, 20, 45)); // 14:20:45 in Berlin
    QLocale::setDefault(QLocale::c());
    QVERIFY2(text.startsWith(expected), qPrintable(text));
    QVERIFY2(!text.contains(u"45"_s), qPrintable(text));
}

void TestStudyDay::statisticsOfACollection()
{
    qputenv("TZ", "UTC");
    const QDateTime now = utc(2026, 3, 3, 10);
    QTemporaryDir dir;
    CollectionStore store;
    QVERIFY(store.open(dir.path(), {StoreOpenOptions::Backup::Skip, now}).isOpen());
    const Deck deck = Deck::bundled();
    QStringList ids;
    for (const Card &card : deck.cards())
        if (card.isQuestion())
            ids.append(card.id);
    QCOMPARE(ids.size(), 44);
    const auto card = [&](int i, CardPhase phase, const QDateTime &due) {
        return StoredCard {ids.at(i), utc(2026, 1, 1, 9), stateOf(phase, due)};
    };
    const QList<StoredCard> cards = {
        card(0, CardPhase::Learning, utc(2026, 3, 3, 9, 50)), // now
        card(1, CardPhase::Learning, utc(2026, 3, 3, 14, 20)), // later today
        card(2, CardPhase::Relearning, utc(2026, 3, 3, 11, 5)), // later today, first
        card(3, CardPhase::Review, utc(2026, 3, 3, 20)), // now: reviews count all day
        card(4, CardPhase::Review, utc(2026, 2, 1, 9)), // overdue
        card(5, CardPhase::Review, utc(2026, 3, 4, 4, 1)), // tomorrow
        card(6, CardPhase::New, {}),
    };
    const QList<ReviewRecord> reviews = {
        reviewOf(ids.at(3), utc(2026, 3, 3, 4, 30), Rating::Good, 5, 10000), // today, young
        reviewOf(ids.at(4), utc(2026, 3, 3, 3, 59), Rating::Again, 30), // yesterday's day, mature
        reviewOf(ids.at(5), utc(2026, 2, 2, 4), Rating::Good, 30), // the 30th day back
        reviewOf(ids.at(5), utc(2026, 2, 2, 3, 59), Rating::Good, 30), // the 31st: left out
    };
    QVERIFY(store.insertBulk(cards, reviews).isOk());

    const Result<CollectionStatistics> result = CollectionStatistics::gather(store, ids, now);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage()));
    const CollectionStatistics &s = result.value;
    QCOMPARE(s.cards.newCards, 44 - 6); // the unseen ones count as new
    QCOMPARE(s.cards.learning, 2);
    QCOMPARE(s.cards.relearning, 1);
    QCOMPARE(s.cards.review, 3);
    QCOMPARE(s.cards.total(), 44);
    QCOMPARE(s.dueNow, 3);
    QCOMPARE(s.dueLaterToday, 2);
    QCOMPARE(s.nextDueToday, utc(2026, 3, 3, 11, 5));
    QCOMPARE(s.dueToday(), 5);
    QCOMPARE(s.today.reviews, 1);
    QCOMPARE(s.today.totalDurationMs, 10000);
    QCOMPARE(s.recent.reviews, 3);
    QCOMPARE(s.recent.youngReviews, 1);
    QCOMPARE(s.recent.matureReviews, 2);
    QCOMPARE(s.recent.maturePassed, 1);

    const Result<QList<int>> forecast = CollectionStatistics::dueForecast(store, ids, now, 3);
    QVERIFY(forecast.isOk());
    QCOMPARE(forecast.value, (QList<int> {s.dueToday(), 1, 0}));
}

void TestStudyDay::statisticsLeaveOutCardsTheDeckDropped()
{
    qputenv("TZ", "UTC");
    const QDateTime now = utc(2026, 3, 3, 10);
    QTemporaryDir dir;
    CollectionStore store;
    QVERIFY(store.open(dir.path(), {StoreOpenOptions::Backup::Skip, now}).isOpen());
    const StoredCard dropped {u"q99-no-longer-in-the-deck"_s, utc(2026, 1, 1, 9),
        stateOf(CardPhase::Review, utc(2026, 3, 1, 9))};
    const StoredCard kept {
        u"q01-kept"_s, utc(2026, 1, 1, 9), stateOf(CardPhase::Learning, utc(2026, 3, 3, 12))};
    QVERIFY(store.insertBulk({dropped, kept}, {}).isOk());

    const auto result = CollectionStatistics::gather(store, {kept.cardId, u"q02-unseen"_s}, now);
    QVERIFY(result.isOk());
    QCOMPARE(result.value.cards.total(), 2);
    QCOMPARE(result.value.cards.newCards, 1);
    QCOMPARE(result.value.cards.review, 0);
    QCOMPARE(result.value.dueNow, 0);
    QCOMPARE(result.value.dueLaterToday, 1);
    QCOMPARE(result.value.nextDueToday, utc(2026, 3, 3, 12));
    const auto forecast
        = CollectionStatistics::dueForecast(store, {kept.cardId, u"q02-unseen"_s}, now, 2);
    QCOMPARE(forecast.value, (QList<int> {1, 0}));
}

QTEST_GUILESS_MAIN(TestStudyDay)
#include "tst_studyday.moc"

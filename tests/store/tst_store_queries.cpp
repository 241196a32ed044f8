// Tests for what CollectionStore reads for the review queue, the card browser and the statistics
// screen: due and new cards in order, finding cards by state, counts and review summaries.
#include "collectionstore.h"
#include "store/storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ArchDeck;
using namespace ArchDeck::StoreTest;
using namespace Qt::StringLiterals;

class TestStoreQueries : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_dir = m_tempDir->path();
    }

    void queueOrdersDueAndNewCards();
    void findCards_data();
    void findCards();
    void statistics();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
};

void TestStoreQueries::queueOrdersDueAndNewCards()
{
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    QVERIFY(store.addCards({u"new-2"_s, u"new-3"_s}, t0.addSecs(10)).isOk());
    QVERIFY(store.addCards({u"new-1"_s}, t0).isOk()); // added earlier: introduced first
    const auto graded = [&](const QString &card, CardPhase phase, qint64 dueInSeconds) {
        ReviewRecord r = review(card, t0, Rating::Good, {}, 1);
        r.after.phase = phase;
        r.after.due = t0.addSecs(dueInSeconds);
        return store.saveReview(r).isOk();
    };
    QVERIFY(graded(u"review-late"_s, CardPhase::Review, -86400));
    QVERIFY(graded(u"learning-now"_s, CardPhase::Learning, 0));
    QVERIFY(graded(u"relearning-soon"_s, CardPhase::Relearning, -60));
    QVERIFY(graded(u"review-tomorrow"_s, CardPhase::Review, 86400));

    QStringList due;
    for (const StoredCard &card : store.dueCards(t0, 100).value)
        due.append(card.cardId);
    QCOMPARE(due, (QStringList {u"review-late"_s, u"relearning-soon"_s, u"learning-now"_s}));
    QCOMPARE(store.dueCards(t0, 1).value.size(), 1);
    QCOMPARE(store.dueCount(t0).value, 3);
    QCOMPARE(store.dueCount(t0.addDays(2)).value, 4);

    const QList<StoredCard> fresh = store.newCards(2).value;
    QCOMPARE(fresh.size(), 2);
    QCOMPARE(fresh.at(0).cardId, u"new-1"_s);
    QCOMPARE(fresh.at(0).addedAt, t0);
    QCOMPARE(fresh.at(1).cardId, u"new-2"_s);
    QCOMPARE(fresh.at(1).state, SchedulingState {});
}

void TestStoreQueries::findCards_data()
{
    QTest::addColumn<StoredCardFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    StoredCardFilter all;
    QTest::newRow("everything, by id")
        << all << QStringList {u"a-review"_s, u"b-lapsed"_s, u"c_learning"_s, u"d-new"_s};
    StoredCardFilter id;
    id.idContains = u"_"_s; // LIKE's wildcard must match itself only
    QTest::newRow("id contains _") << id << QStringList {u"c_learning"_s};
    StoredCardFilter upper;
    upper.idContains = u"LAPSED"_s;
    QTest::newRow("id, any case") << upper << QStringList {u"b-lapsed"_s};
    StoredCardFilter phases;
    phases.phases = {CardPhase::New, CardPhase::Learning};
    QTest::newRow("is:new or learning") << phases << QStringList {u"c_learning"_s, u"d-new"_s};
    StoredCardFilter stable;
    stable.minStability = 10;
    stable.order = StoredCardFilter::Order::ByStability;
    QTest::newRow("prop:s>=10 by S") << stable << QStringList {u"b-lapsed"_s, u"a-review"_s};
    StoredCardFilter hard;
    hard.minDifficulty = 5;
    hard.maxDifficulty = 8;
    QTest::newRow("5<=D<=8") << hard << QStringList {u"a-review"_s, u"c_learning"_s};
    StoredCardFilter lapses;
    lapses.minLapses = 2;
    QTest::newRow("prop:lapses>=2") << lapses << QStringList {u"b-lapsed"_s};
    StoredCardFilter due;
    due.dueAtOrBefore = t0.addDays(3);
    due.order = StoredCardFilter::Order::ByDue;
    QTest::newRow("due within 3 days") << due << QStringList {u"c_learning"_s, u"b-lapsed"_s};
    StoredCardFilter limited;
    limited.limit = 2;
    limited.order = StoredCardFilter::Order::ByLapses;
    QTest::newRow("limit 2 by lapses") << limited << QStringList {u"b-lapsed"_s, u"a-review"_s};
}

void TestStoreQueries::findCards()
{
    QFETCH(StoredCardFilter, filter);
    QFETCH(QStringList, expected);
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    const auto state = [](CardPhase phase, double s, double d, int lapses, int dueDays) {
        SchedulingState state;
        state.phase = phase;
        state.stability = s;
        state.difficulty = d;
        state.lapses = lapses;
        state.due = t0.addDays(dueDays);
        return state;
    };
    QVERIFY(store
                .insertBulk({{u"a-review"_s, t0, state(CardPhase::Review, 40, 6, 1, 30)},
                                {u"b-lapsed"_s, t0, state(CardPhase::Review, 12, 9, 3, 2)},
                                {u"c_learning"_s, t0, state(CardPhase::Learning, 1, 7, 0, 0)},
                                {u"d-new"_s, t0, SchedulingState {}}},
                    {})
                .isOk());
    const Result<QList<StoredCard>> found = store.findCards(filter);
    QVERIFY2(found.isOk(), qPrintable(found.errorMessage()));
    QStringList ids;
    for (const StoredCard &card : found.value)
        ids.append(card.cardId);
    QCOMPARE(ids, expected);
}

void TestStoreQueries::statistics()
{
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    QVERIFY(store.addCards({u"n1"_s, u"n2"_s}, t0).isOk());
    SchedulingState young = reviewedState(1, t0);
    young.phase = CardPhase::Review;
    young.scheduledDays = 3;
    SchedulingState mature = young;
    mature.scheduledDays = 30;
    QList<ReviewRecord> log {review(u"r1"_s, t0, Rating::Good, young, 1),
        review(u"r2"_s, t0.addSecs(1), Rating::Again, young, 2),
        review(u"r3"_s, t0.addSecs(2), Rating::Easy, mature, 3),
        review(u"n1"_s, t0.addSecs(3), Rating::Hard, SchedulingState {}, 4),
        review(u"r1"_s, t0.addDays(1), Rating::Good, young, 5)}; // outside the range
    for (const ReviewRecord &r : log)
        QVERIFY(store.saveReview(r).isOk());

    const ReviewSummary summary = store.reviewSummary(t0, t0.addSecs(3600)).value;
    QCOMPARE(summary.reviews, 4);
    QCOMPARE(summary.again, 1);
    QCOMPARE(summary.hard, 1);
    QCOMPARE(summary.good, 1);
    QCOMPARE(summary.easy, 1);
    QCOMPARE(summary.newCardsStudied, 1);
    QCOMPARE(summary.youngReviews, 2);
    QCOMPARE(summary.youngPassed, 1);
    QCOMPARE(summary.matureReviews, 1);
    QCOMPARE(summary.maturePassed, 1);
    QCOMPARE(summary.totalDurationMs, qint64(1001 + 1002 + 1003 + 1004));
    QCOMPARE(summary.passRate(), 2.0 / 3.0);
    QCOMPARE(store.reviewSummary(t0.addYears(1), t0.addYears(2)).value.reviews, 0);

    const PhaseCounts counts = store.countsByPhase().value;
    QCOMPARE(counts.newCards, 1); // n2; n1 was graded
    QCOMPARE(counts.total(), 5);
    QCOMPARE(counts.learning + counts.review + counts.relearning, 4);
}

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_store_queries.moc"

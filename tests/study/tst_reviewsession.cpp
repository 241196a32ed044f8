// Today's queue: order (learning, reviews, new), the daily new-card limit, grading, undo, the
// finished state, learning steps due later today, the session's tally, and that the statistics'
// "due" figures agree with the queue — on a real store in a temporary folder, with a fake clock.
#include "clock.h"
#include "collectionstatistics.h"
#include "collectionstore.h"
#include "deck.h"
#include "fakeclock.h"
#include "reviewsession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ArchDeck;

class TestReviewSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newCollectionStartsWithNewCards();
    void gradingMovesOnAndSchedules();
    void learningCardsComeFirstWhenDue();
    void undoPutsTheCardBack();
    void dailyNewLimitIsASetting();
    void finishedSessionSaysWhenNextIsDue();
    void gradesSurviveReopening();
    void learningStepsLaterTodayAreCounted();
    void reviewsTodayCountsTheStudyDay();
    void tallyCountsThisSessionsGrades();
    void statisticsAgreeWithTheQueue();
    void anotherDecksNewCardsDoNotUseTheQuota();

private:
    ReviewSession &session();

    QTemporaryDir *m_dir = nullptr;
    CollectionStore *m_store = nullptr;
    FakeClock m_clock {QDateTime(QDate(2025, 1, 25), QTime(9, 0), Qt::UTC)};
    Deck m_deck = Deck::bundled();
    ReviewSession *m_session = nullptr;
};

void TestReviewSession::init()
{
    m_dir = new QTemporaryDir;
    m_store = new CollectionStore;
    QVERIFY(m_store->open(m_dir->path(), {StoreOpenOptions::Backup::Skip, m_clock.now()}).isOpen());
    m_clock.setNow(QDateTime(QDate(2025, 1, 25), QTime(9, 0), Qt::UTC));
    m_session = new ReviewSession(m_store, &m_deck, &m_clock);
    QVERIFY(m_session->rebuild().isOk());
}

void TestReviewSession::cleanup()
{
    delete m_session;
    delete m_store;
    delete m_dir;
}

ReviewSession &TestReviewSession::session()
{
    return *m_session;
}

void TestReviewSession::newCollectionStartsWithNewCards()
{
    QCOMPARE(session().counts().fresh, ReviewSession::defaultNewCardsPerDay);
    QCOMPARE(session().counts().learning, 0);
    QCOMPARE(session().counts().review, 0);
    QVERIFY(session().current());
    QCOMPARE(session().current()->id, QStringLiteral("q01-monolith-microservices"));
    QCOMPARE(session().currentState().phase, CardPhase::New);
}

void TestReviewSession::gradingMovesOnAndSchedules()
{
    const FsrsPreview preview = session().preview();
    QCOMPARE(preview.good.due, m_clock.now().addSecs(10 * 60)); // second learning step: 10 min
    QVERIFY(session().grade(Rating::Good, 12000).isOk());
    QCOMPARE(session().current()->id, QStringLiteral("q02-microservice-communication-patterns"));
    QCOMPARE(session().counts().fresh, ReviewSession::defaultNewCardsPerDay - 1);
    const auto state = m_store->cardState(QStringLiteral("q01-monolith-microservices"));
    QCOMPARE(state.value.phase, CardPhase::Learning);
    QCOMPARE(state.value.due, m_clock.now().addSecs(10 * 60));
    const auto log = m_store->reviews(QStringLiteral("q01-monolith-microservices"));
    QCOMPARE(log.value.size(), 1);
    QCOMPARE(log.value.first().durationMs, 12000);
    QCOMPARE(log.value.first().rating, Rating::Good);
}

void TestReviewSession::learningCardsComeFirstWhenDue()
{
    QVERIFY(session().grade(Rating::Again, 1000).isOk()); // q01: learning, due in 1 min
    QCOMPARE(session().current()->id, QStringLiteral("q02-microservice-communication-patterns"));
    m_clock.advance(61);
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().counts().learning, 1);
    QCOMPARE(session().current()->id, QStringLiteral("q01-monolith-microservices"));
    QCOMPARE(session().currentState().phase, CardPhase::Learning);
}

void TestReviewSession::undoPutsTheCardBack()
{
    QVERIFY(!session().canUndo());
    QVERIFY(session().grade(Rating::Good, 1000).isOk());
    QVERIFY(session().grade(Rating::Easy, 1000).isOk());
    QVERIFY(session().canUndo());
    QVERIFY(session().undo().isOk());
    QCOMPARE(session().current()->id, QStringLiteral("q02-microservice-communication-patterns"));
    QCOMPARE(session().currentState().phase, CardPhase::New);
    QCOMPARE(
        m_store->cardState(QStringLiteral("q02-microservice-communication-patterns")).value.phase,
        CardPhase::New);
    QVERIFY(m_store->reviews(QStringLiteral("q02-microservice-communication-patterns"))
                .value.isEmpty());
    QVERIFY(session().grade(Rating::Again, 1000).isOk());
    QCOMPARE(m_store->reviews(QStringLiteral("q02-microservice-communication-patterns"))
                 .value.first()
                 .rating,
        Rating::Again);
}

void TestReviewSession::dailyNewLimitIsASetting()
{
    QVERIFY(m_store->setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("2")).isOk());
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().counts().fresh, 2);
    QVERIFY(session().grade(Rating::Easy, 1000).isOk());
    QVERIFY(session().grade(Rating::Easy, 1000).isOk());
    QCOMPARE(session().counts().fresh, 0); // today's two are done, even after a rebuild
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().counts().fresh, 0);
    m_clock.advance(24 * 3600); // a new day brings two more
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().counts().fresh, 2);
}

void TestReviewSession::finishedSessionSaysWhenNextIsDue()
{
    QVERIFY(m_store->setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("1")).isOk());
    QVERIFY(session().rebuild().isOk());
    QVERIFY(session().grade(Rating::Good, 1000).isOk());
    QVERIFY(!session().current());
    QCOMPARE(session().counts().total(), 0);
    QCOMPARE(session().nextDue(), m_clock.now().addSecs(10 * 60));
}

void TestReviewSession::gradesSurviveReopening()
{
    QVERIFY(session().grade(Rating::Easy, 1000).isOk());
    delete m_session;
    m_session = nullptr;
    delete m_store;
    m_store = new CollectionStore;
    QVERIFY(m_store->open(m_dir->path(), {StoreOpenOptions::Backup::Skip, m_clock.now()}).isOpen());
    m_session = new ReviewSession(m_store, &m_deck, &m_clock);
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().counts().fresh, ReviewSession::defaultNewCardsPerDay - 1);
    QCOMPARE(m_store->cardState(QStringLiteral("q01-monolith-microservices")).value.phase,
        CardPhase::Review);
}

void TestReviewSession::learningStepsLaterTodayAreCounted()
{
    QVERIFY(m_store->setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("2")).isOk());
    QVERIFY(session().rebuild().isOk());
    QVERIFY(session().grade(Rating::Again, 1000).isOk()); // q01: again in 1 min
    QVERIFY(session().grade(Rating::Good, 1000).isOk()); // q02: again in 10 min
    QVERIFY(!session().current());
    QCOMPARE(session().counts().total(), 0);
    QCOMPARE(session().counts().learning, 0);
    QCOMPARE(session().counts().learningLater, 2);
    QCOMPARE(session().nextDue(), m_clock.now().addSecs(60));

    m_clock.advance(61);
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().counts().learning, 1);
    QCOMPARE(session().counts().learningLater, 1);
    QCOMPARE(session().current()->id, QStringLiteral("q01-monolith-microservices"));
}

void TestReviewSession::reviewsTodayCountsTheStudyDay()
{
    QCOMPARE(session().reviewsToday(), 0);
    QVERIFY(session().grade(Rating::Good, 1000).isOk());
    QVERIFY(session().grade(Rating::Good, 1000).isOk());
    QCOMPARE(session().reviewsToday(), 2);
    QVERIFY(session().undo().isOk());
    QCOMPARE(session().reviewsToday(), 1);
    m_clock.setNow(QDateTime(QDate(2025, 1, 26), QTime(3, 59), Qt::UTC)); // still the 25th's day
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().reviewsToday(), 1);
    m_clock.advance(60); // 04:00: a new study day
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().reviewsToday(), 0);
}

void TestReviewSession::tallyCountsThisSessionsGrades()
{
    QCOMPARE(session().tally().reviews, 0);
    QVERIFY(session().grade(Rating::Again, 4000).isOk()); // q01
    QVERIFY(session().grade(Rating::Hard, 6000).isOk()); // q02
    m_clock.advance(61);
    QVERIFY(session().rebuild().isOk());
    QCOMPARE(session().current()->id, QStringLiteral("q01-monolith-microservices"));
    QVERIFY(session().grade(Rating::Good, 5000).isOk()); // q01 again
    QVERIFY(session().grade(Rating::Easy, 2000).isOk()); // q03
    ReviewSession::Tally tally = session().tally();
    QCOMPARE(tally.cards, 3);
    QCOMPARE(tally.reviews, 4);
    QCOMPARE(tally.again, 1);
    QCOMPARE(tally.hard, 1);
    QCOMPARE(tally.good, 1);
    QCOMPARE(tally.easy, 1);
    QCOMPARE(tally.durationMs, 17000);

    QVERIFY(session().undo().isOk()); // the Easy is taken back
    tally = session().tally();
    QCOMPARE(tally.cards, 2);
    QCOMPARE(tally.reviews, 3);
    QCOMPARE(tally.easy, 0);
    QCOMPARE(tally.durationMs, 15000);
}

void TestReviewSession::statisticsAgreeWithTheQueue()
{
    // Learning steps at 1 and 10 minutes, a card in review due tomorrow, new cards left: at each
    // moment, what the statistics call due now and due later today is what the queue holds.
    QVERIFY(session().grade(Rating::Again, 1000).isOk());
    QVERIFY(session().grade(Rating::Good, 1000).isOk());
    QVERIFY(session().grade(Rating::Easy, 1000).isOk());
    QStringList ids;
    for (const Card &card : m_deck.cards())
        if (card.isQuestion())
            ids.append(card.id);
    for (const qint64 seconds : {0, 61, 600, 3600, 20 * 3600, 3 * 24 * 3600}) {
        m_clock.setNow(QDateTime(QDate(2025, 1, 25), QTime(9, 0), Qt::UTC).addSecs(seconds));
        QVERIFY(session().rebuild().isOk());
        const auto statistics = CollectionStatistics::gather(*m_store, ids, m_clock.now());
        QVERIFY(statistics.isOk());
        const ReviewSession::Counts counts = session().counts();
        const QByteArray at = QByteArray::number(seconds) + " s later";
        QVERIFY2(statistics.value.dueNow == counts.learning + counts.review, at.constData());
        QVERIFY2(statistics.value.dueLaterToday == counts.learningLater, at.constData());
        if (counts.learningLater > 0)
            QVERIFY2(statistics.value.nextDueToday == session().nextDue(), at.constData());
    }
}

void TestReviewSession::anotherDecksNewCardsDoNotUseTheQuota()
{
    // The collection has met the bundled deck (init): 44 new cards, added first. Studying another
    // deck (--deck) from the same collection must still offer that deck's new cards.
    const Deck other = Deck::load(
        QStringLiteral(ARCHDECK_TEST_DATA "/fixture-deck"), QStringLiteral("fixture-deck/"));
    QCOMPARE(other.questionCount(), 6);
    ReviewSession session(m_store, &other, &m_clock);
    QVERIFY(session.rebuild().isOk());
    QCOMPARE(session.counts().fresh, 6);
    QVERIFY(session.current());
    QCOMPARE(session.current()->id, QStringLiteral("f01-queue-basics"));
    // And the quota still holds when this deck has more new cards than the day allows.
    QVERIFY(m_store->setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("4")).isOk());
    QVERIFY(session.rebuild().isOk());
    QCOMPARE(session.counts().fresh, 4);
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"

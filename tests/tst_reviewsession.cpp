// Today's queue: order (learning, reviews, new), the daily new-card limit, grading, undo, the
// finished state — on a real store in a temporary folder, with a fake clock.
#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
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
    void dayEnd_data();
    void dayEnd();

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
    QVERIFY(!m_session->rebuild().isError());
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
    QVERIFY(!session().grade(Rating::Good, 12000).isError());
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
    QVERIFY(!session().grade(Rating::Again, 1000).isError()); // q01: learning, due in 1 min
    QCOMPARE(session().current()->id, QStringLiteral("q02-microservice-communication-patterns"));
    m_clock.advance(61);
    QVERIFY(!session().rebuild().isError());
    QCOMPARE(session().counts().learning, 1);
    QCOMPARE(session().current()->id, QStringLiteral("q01-monolith-microservices"));
    QCOMPARE(session().currentState().phase, CardPhase::Learning);
}

void TestReviewSession::undoPutsTheCardBack()
{
    QVERIFY(!session().canUndo());
    QVERIFY(!session().grade(Rating::Good, 1000).isError());
    QVERIFY(!session().grade(Rating::Easy, 1000).isError());
    QVERIFY(session().canUndo());
    QVERIFY(!session().undo().isError());
    QCOMPARE(session().current()->id, QStringLiteral("q02-microservice-communication-patterns"));
    QCOMPARE(session().currentState().phase, CardPhase::New);
    QCOMPARE(
        m_store->cardState(QStringLiteral("q02-microservice-communication-patterns")).value.phase,
        CardPhase::New);
    QVERIFY(m_store->reviews(QStringLiteral("q02-microservice-communication-patterns"))
                .value.isEmpty());
    QVERIFY(!session().grade(Rating::Again, 1000).isError());
    QCOMPARE(m_store->reviews(QStringLiteral("q02-microservice-communication-patterns"))
                 .value.first()
                 .rating,
        Rating::Again);
}

void TestReviewSession::dailyNewLimitIsASetting()
{
    QVERIFY(
        !m_store->setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("2")).isError());
    QVERIFY(!session().rebuild().isError());
    QCOMPARE(session().counts().fresh, 2);
    QVERIFY(!session().grade(Rating::Easy, 1000).isError());
    QVERIFY(!session().grade(Rating::Easy, 1000).isError());
    QCOMPARE(session().counts().fresh, 0); // today's two are done, even after a rebuild
    QVERIFY(!session().rebuild().isError());
    QCOMPARE(session().counts().fresh, 0);
    m_clock.advance(24 * 3600); // a new day brings two more
    QVERIFY(!session().rebuild().isError());
    QCOMPARE(session().counts().fresh, 2);
}

void TestReviewSession::finishedSessionSaysWhenNextIsDue()
{
    QVERIFY(
        !m_store->setSetting(QStringLiteral("new_cards_per_day"), QStringLiteral("1")).isError());
    QVERIFY(!session().rebuild().isError());
    QVERIFY(!session().grade(Rating::Good, 1000).isError());
    QVERIFY(!session().current());
    QCOMPARE(session().counts().total(), 0);
    QCOMPARE(session().nextDue(), m_clock.now().addSecs(10 * 60));
}

void TestReviewSession::gradesSurviveReopening()
{
    QVERIFY(!session().grade(Rating::Easy, 1000).isError());
    delete m_session;
    m_session = nullptr;
    delete m_store;
    m_store = new CollectionStore;
    QVERIFY(m_store->open(m_dir->path(), {StoreOpenOptions::Backup::Skip, m_clock.now()}).isOpen());
    m_session = new ReviewSession(m_store, &m_deck, &m_clock);
    QVERIFY(!session().rebuild().isError());
    QCOMPARE(session().counts().fresh, ReviewSession::defaultNewCardsPerDay - 1);
    QCOMPARE(m_store->cardState(QStringLiteral("q01-monolith-microservices")).value.phase,
        CardPhase::Review);
}

void TestReviewSession::dayEnd_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDateTime>("end");
    const QDate day(2025, 1, 25);
    QTest::newRow("morning") << QDateTime(day, QTime(9, 0), Qt::UTC)
                             << QDateTime(day.addDays(1), QTime(4, 0), Qt::UTC);
    QTest::newRow("late night") << QDateTime(day, QTime(2, 30), Qt::UTC)
                                << QDateTime(day, QTime(4, 0), Qt::UTC);
    QTest::newRow("at 4") << QDateTime(day, QTime(4, 0), Qt::UTC)
                          << QDateTime(day.addDays(1), QTime(4, 0), Qt::UTC);
}

void TestReviewSession::dayEnd()
{
    QFETCH(QDateTime, time);
    QFETCH(QDateTime, end);
    QCOMPARE(ReviewSession::dayEnd(time), end);
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"

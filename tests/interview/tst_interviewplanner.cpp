// Tests for InterviewPlanner over the fixture deck (6 questions in 3 sections, a reference page):
// the same seed gives the same plan and different seeds differ, weakest first orders by recall
// then by the last whiteboard score, sections and queries filter, phases default by mode, and bad
// settings are refused with a sentence saying what to change.
#include "deck.h"
#include "fixturedeck.h"
#include "interviewplanner.h"

#include <QSet>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

InterviewSettings settings(int questions, quint64 seed)
{
    InterviewSettings s;
    s.questions = questions;
    s.seed = seed;
    return s;
}

CardReviewFacts recall(double retrievability)
{
    CardReviewFacts facts;
    facts.retrievability = retrievability;
    return facts;
}

WhiteboardScore drawn(double last)
{
    WhiteboardScore score;
    score.best = last;
    score.last = last;
    score.attempts = 1;
    return score;
}

} // namespace

class TestInterviewPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSamePlan();
    void differentSeedsDiffer();
    void randomPlanHasDistinctQuestionCards();
    void weakestFirstOrdersByRecallThenWhiteboard();
    void weakestFirstTiesFollowTheSeed();
    void sectionsByNameOrNumber();
    void queryFilters();
    void reviewTermsNeedACollection();
    void fewerCardsThanAskedWarns();
    void phasesDefaultByMode();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();

private:
    Deck m_deck;
};

void TestInterviewPlanner::initTestCase()
{
    m_deck = loadFixtureDeck();
    QVERIFY(m_deck.hasCardFiles());
}

void TestInterviewPlanner::sameSeedSamePlan()
{
    const auto a = InterviewPlanner::plan(m_deck, settings(4, 42), {});
    const auto b = InterviewPlanner::plan(m_deck, settings(4, 42), {});
    QVERIFY2(a.isOk(), qPrintable(a.errorMessage()));
    QCOMPARE(a.value.cardIds.size(), 4);
    QCOMPARE(a.value.cardIds, b.value.cardIds);
    // Fixed by the standard's mt19937_64 and our own shuffle: the same on every machine.
    QCOMPARE(a.value.seed, quint64(42));
}

void TestInterviewPlanner::differentSeedsDiffer()
{
    QSet<QString> orders;
    for (quint64 seed = 1; seed <= 20; ++seed)
        orders << InterviewPlanner::plan(m_deck, settings(3, seed), {}).value.cardIds.join(u',');
    // 120 ordered picks of 3 from 6: twenty seeds landing on a handful would mean no shuffle.
    QVERIFY2(orders.size() >= 12, qPrintable(QString::number(orders.size())));
}

void TestInterviewPlanner::randomPlanHasDistinctQuestionCards()
{
    const auto all = InterviewPlanner::plan(m_deck, settings(6, 9), {});
    QVERIFY(all.isOk());
    const QStringList ids = all.value.cardIds;
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 6);
    for (const QString &id : ids)
        QVERIFY2(id.startsWith(u"f0"), qPrintable(id)); // never the reference page
}

void TestInterviewPlanner::weakestFirstOrdersByRecallThenWhiteboard()
{
    InterviewCardFacts facts;
    facts.reviewStatesKnown = true;
    facts.review = {{u"f01-queue-basics"_s, recall(0.95)}, {u"f02-retry-code"_s, recall(0.40)},
        {u"f03-dead-letter"_s, recall(0.70)}, {u"f04-cache-aside"_s, recall(0.70)},
        {u"f05-write-through"_s, recall(0.99)}};
    // f06 was never reviewed: recall 0, the weakest. f03 and f04 tie on recall: the worse last
    // drawing goes first.
    facts.whiteboard = {{u"f03-dead-letter"_s, drawn(0.9)}, {u"f04-cache-aside"_s, drawn(0.3)}};
    InterviewSettings s = settings(5, 3);
    s.order = InterviewOrder::Weakest;
    const auto plan = InterviewPlanner::plan(m_deck, s, facts);
    QVERIFY2(plan.isOk(), qPrintable(plan.errorMessage()));
    QCOMPARE(plan.value.cardIds,
        QStringList({u"f06-rate-limits"_s, u"f02-retry-code"_s, u"f04-cache-aside"_s,
            u"f03-dead-letter"_s, u"f01-queue-basics"_s}));
}

void TestInterviewPlanner::weakestFirstTiesFollowTheSeed()
{
    // Nothing known: every card ties, so the seed alone orders them — reproducibly.
    InterviewSettings s = settings(6, 5);
    s.order = InterviewOrder::Weakest;
    const QStringList first = InterviewPlanner::plan(m_deck, s, {}).value.cardIds;
    QCOMPARE(InterviewPlanner::plan(m_deck, s, {}).value.cardIds, first);
    QCOMPARE(first, InterviewPlanner::plan(m_deck, settings(6, 5), {}).value.cardIds);
}

void TestInterviewPlanner::sectionsByNameOrNumber()
{
    InterviewSettings s = settings(10, 1);
    s.sections = {u"beta"_s, u"3"_s};
    const auto plan = InterviewPlanner::plan(m_deck, s, {});
    QVERIFY2(plan.isOk(), qPrintable(plan.errorMessage()));
    QStringList ids = plan.value.cardIds;
    ids.sort();
    QCOMPARE(ids,
        QStringList({u"f04-cache-aside"_s, u"f05-write-through"_s, u"f06-rate-limits"_s}));
}

void TestInterviewPlanner::queryFilters()
{
    InterviewSettings s = settings(10, 1);
    s.query = u"section:alpha -retry"_s;
    const auto plan = InterviewPlanner::plan(m_deck, s, {});
    QVERIFY2(plan.isOk(), qPrintable(plan.errorMessage()));
    QStringList ids = plan.value.cardIds;
    ids.sort();
    QCOMPARE(ids, QStringList({u"f01-queue-basics"_s, u"f03-dead-letter"_s}));

    // prop:wb sees the whiteboard scores handed in.
    InterviewCardFacts facts;
    facts.reviewStatesKnown = true;
    facts.whiteboard = {{u"f04-cache-aside"_s, drawn(0.3)}, {u"f05-write-through"_s, drawn(0.9)}};
    s.query = u"prop:wb<0.8"_s;
    QCOMPARE(InterviewPlanner::plan(m_deck, s, facts).value.cardIds,
        QStringList({u"f04-cache-aside"_s}));
}

void TestInterviewPlanner::reviewTermsNeedACollection()
{
    InterviewSettings s = settings(2, 1);
    s.query = u"is:due"_s;
    const auto plan = InterviewPlanner::plan(m_deck, s, {});
    QVERIFY(!plan.isOk());
    QVERIFY2(plan.errorMessage().contains(u"is:due"), qPrintable(plan.errorMessage()));
}

void TestInterviewPlanner::fewerCardsThanAskedWarns()
{
    InterviewSettings s = settings(5, 1);
    s.sections = {u"gamma"_s};
    const auto plan = InterviewPlanner::plan(m_deck, s, {});
    QVERIFY(plan.isOk());
    QCOMPARE(plan.value.cardIds, QStringList({u"f06-rate-limits"_s}));
    QCOMPARE(plan.diagnostics.size(), 1);
    QVERIFY2(plan.diagnostics.constFirst().message.contains(u"only 1 of the 5"),
        qPrintable(plan.diagnostics.constFirst().message));
}

void TestInterviewPlanner::phasesDefaultByMode()
{
    InterviewSettings s = settings(2, 1);
    s.mode = InterviewMode::SystemDesign;
    const auto design = InterviewPlanner::plan(m_deck, s, {});
    QVERIFY(design.isOk());
    QStringList names;
    QList<int> minutes;
    for (const InterviewPhase &phase : design.value.phases) {
        names << phase.name;
        minutes << phase.minutes;
    }
    QCOMPARE(names,
        QStringList({u"Requirements"_s, u"Estimation"_s, u"High-level design"_s, u"Deep dive"_s,
            u"Wrap-up"_s}));
    QCOMPARE(minutes, QList<int>({5, 5, 15, 15, 5}));
    QCOMPARE(design.value.minutesPerQuestion(), 45);
    QCOMPARE(design.value.totalMinutes(), 90);

    const auto quick = InterviewPlanner::plan(m_deck, settings(3, 1), {});
    QCOMPARE(quick.value.phases.size(), 1);
    QCOMPARE(quick.value.phases.constFirst().minutes, 5);
    QVERIFY(quick.value.phases.constFirst().followUps);

    s.phases = {{u"Talk"_s, 7, {}, true}};
    QCOMPARE(InterviewPlanner::plan(m_deck, s, {}).value.totalMinutes(), 14);
}

void TestInterviewPlanner::badSettingsAreRefused_data()
{
    QTest::addColumn<int>("questions");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("phaseMinutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no questions") << 0 << QStringList() << QString() << 5 << u"1 to 10"_s;
    QTest::newRow("eleven") << 11 << QStringList() << QString() << 5 << u"not 11"_s;
    QTest::newRow("unknown section")
        << 2 << QStringList({u"delta"_s}) << QString() << 5 << u"1. Alpha Messaging"_s;
    QTest::newRow("section number out of range")
        << 2 << QStringList({u"4"_s}) << QString() << 5 << u"no section is called '4'"_s;
    QTest::newRow("bad query") << 2 << QStringList() << u"prop:x>1"_s << 5 << u"prop:x>1"_s;
    QTest::newRow("nothing matches")
        << 2 << QStringList() << u"zeppelin"_s << 5 << u"no question matches"_s;
    QTest::newRow("empty phase") << 2 << QStringList() << QString() << 0 << u"at least one"_s;
}

void TestInterviewPlanner::badSettingsAreRefused()
{
    QFETCH(int, questions);
    QFETCH(QStringList, sections);
    QFETCH(QString, query);
    QFETCH(int, phaseMinutes);
    QFETCH(QString, expected);
    InterviewSettings s = settings(questions, 1);
    s.sections = sections;
    s.query = query;
    if (phaseMinutes != 5)
        s.phases = {{u"Talk"_s, phaseMinutes, {}, true}};
    const auto plan = InterviewPlanner::plan(m_deck, s, {});
    QVERIFY(!plan.isOk());
    QVERIFY2(plan.errorMessage().contains(expected), qPrintable(plan.errorMessage()));
    QVERIFY(plan.value.cardIds.isEmpty());
}

QTEST_GUILESS_MAIN(TestInterviewPlanner)
#include "tst_interviewplanner.moc"

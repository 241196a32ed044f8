// Tests for the mock interview's side of the CollectionStore: a finished session's report saved
// and read back whole (times, phases, rubric, diff score, notes, drawing), history newest first,
// reports that make no sense refused without a trace, and the snapshot of a session in progress
// kept across a reopen until cleared.
#include "collectionstore.h"
#include "store/storetestsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchDeck;
using namespace ArchDeck::StoreTest;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC);

InterviewRecord record(const QDateTime &startedAt)
{
    InterviewRecord r;
    r.startedAt = startedAt;
    r.endedAt = startedAt.addSecs(50 * 60);
    r.mode = u"system-design"_s;
    r.phaseNames = {u"Requirements"_s, u"Deep dive"_s};
    r.phaseMinutes = {5, 15};
    r.rubric = {u"Requirements"_s, u"Design"_s, u"Trade-offs"_s, u"Communication"_s};
    InterviewQuestionRecord first;
    first.cardId = u"q04-outbox-pattern"_s;
    first.phaseMs = {4 * 60000, 17 * 60000};
    first.overtimeMs = {0, 2 * 60000};
    first.rubric = {3, 2, 1, 3};
    first.diffScore = 0.75;
    first.notes = u"- relay polls\n- **dedupe** downstream"_s;
    first.drawing = "digraph { svc -> outbox }\n";
    InterviewQuestionRecord second;
    second.cardId = u"q12-retries-dlqs"_s;
    second.phaseMs = {60000, 0};
    second.overtimeMs = {0, 0};
    second.skipped = true;
    r.questions = {first, second};
    return r;
}

} // namespace

class TestStoreInterview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reportRoundTrips();
    void historyIsNewestFirst();
    void scoresAreSharesOfTheRubric();
    void nonsenseIsRefused_data();
    void nonsenseIsRefused();
    void snapshotSurvivesAReopenUntilCleared();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    CollectionStore m_store;
};

void TestStoreInterview::init()
{
    m_store.close();
    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());
    m_dir = m_tempDir->path();
    const StoreOpenResult opened = m_store.open(m_dir, noBackup());
    QVERIFY2(opened.isOpen(), qPrintable(opened.errorMessage()));
}

void TestStoreInterview::reportRoundTrips()
{
    const Result<qint64> saved = m_store.saveInterview(record(kStart));
    QVERIFY2(saved.isOk(), qPrintable(saved.errorMessage()));
    QVERIFY(saved.value > 0);
    m_store.close();
    QVERIFY(m_store.open(m_dir, noBackup()).isOpen());

    const auto history = m_store.interviewHistory();
    QVERIFY2(history.isOk(), qPrintable(history.errorMessage()));
    QCOMPARE(history.value.size(), 1);
    const InterviewRecord &got = history.value.constFirst();
    const InterviewRecord want = record(kStart);
    QCOMPARE(got.id, saved.value);
    QCOMPARE(got.startedAt, want.startedAt);
    QCOMPARE(got.endedAt, want.endedAt);
    QCOMPARE(got.mode, want.mode);
    QCOMPARE(got.phaseNames, want.phaseNames);
    QCOMPARE(got.phaseMinutes, want.phaseMinutes);
    QCOMPARE(got.rubric, want.rubric);
    QCOMPARE(got.questions.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const InterviewQuestionRecord &a = got.questions.at(i);
        const InterviewQuestionRecord &b = want.questions.at(i);
        QCOMPARE(a.cardId, b.cardId);
        QCOMPARE(a.phaseMs, b.phaseMs);
        QCOMPARE(a.overtimeMs, b.overtimeMs);
        QCOMPARE(a.skipped, b.skipped);
        QCOMPARE(a.rubric, b.rubric);
        QCOMPARE(a.diffScore, b.diffScore);
        QCOMPARE(a.notes, b.notes);
        QCOMPARE(a.drawing, b.drawing);
    }
    QCOMPARE(got.questions.at(0).totalMs(), qint64(21 * 60000));
    QCOMPARE(got.questions.at(0).totalOvertimeMs(), qint64(2 * 60000));
}

void TestStoreInterview::historyIsNewestFirst()
{
    QCOMPARE(m_store.interviewCount().value, 0);
    for (const int day : {2, 0, 1})
        QVERIFY(m_store.saveInterview(record(kStart.addDays(day))).isOk());
    QCOMPARE(m_store.interviewCount().value, 3); // counted without reading the records
    const auto history = m_store.interviewHistory();
    QVERIFY(history.isOk());
    QCOMPARE(history.value.size(), 3);
    QCOMPARE(history.value.at(0).startedAt, kStart.addDays(2));
    QCOMPARE(history.value.at(1).startedAt, kStart.addDays(1));
    QCOMPARE(history.value.at(2).startedAt, kStart);
}

void TestStoreInterview::scoresAreSharesOfTheRubric()
{
    InterviewRecord r = record(kStart);
    QCOMPARE(r.questions.at(0).rubricShare(), 9.0 / 12.0);
    QCOMPARE(r.questions.at(1).rubricShare(), -1.0); // skipped, not scored
    QCOMPARE(r.score(), 9.0 / 12.0); // the unscored question does not pull it down
    r.questions[1].rubric = {0, 0, 0, 0};
    QCOMPARE(r.score(), 9.0 / 24.0);
    r.questions[0].rubric.clear();
    r.questions[1].rubric.clear();
    QCOMPARE(r.score(), -1.0);
}

void TestStoreInterview::nonsenseIsRefused_data()
{
    QTest::addColumn<int>("defect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no end") << 0 << u"no start or end time"_s;
    QTest::newRow("ends first") << 1 << u"ends before it starts"_s;
    QTest::newRow("no questions") << 2 << u"asked no question"_s;
    QTest::newRow("rubric out of range") << 3 << u"not 0–3"_s;
    QTest::newRow("rubric of another length") << 4 << u"3 rubric scores for 4 criteria"_s;
    QTest::newRow("diff score over 1") << 5 << u"not between 0 and 1"_s;
    QTest::newRow("no card") << 6 << u"names no card"_s;
}

void TestStoreInterview::nonsenseIsRefused()
{
    QFETCH(int, defect);
    QFETCH(QString, expected);
    InterviewRecord r = record(kStart);
    switch (defect) {
    case 0: r.endedAt = {}; break;
    case 1: r.endedAt = r.startedAt.addSecs(-1); break;
    case 2: r.questions.clear(); break;
    case 3: r.questions[0].rubric[2] = 4; break;
    case 4: r.questions[0].rubric.removeLast(); break;
    case 5: r.questions[0].diffScore = 1.5; break;
    case 6: r.questions[1].cardId.clear(); break;
    }
    const Result<qint64> saved = m_store.saveInterview(r);
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.errorMessage().contains(expected), qPrintable(saved.errorMessage()));
    QCOMPARE(m_store.interviewHistory().value.size(), 0); // nothing half-written
}

void TestStoreInterview::snapshotSurvivesAReopenUntilCleared()
{
    QVERIFY(m_store.interviewSnapshot().value.isEmpty());
    const QJsonObject snapshot {{u"stage"_s, u"phase"_s}, {u"question"_s, 1},
        {u"elapsed_ms"_s, QJsonArray {60000, 12345}}};
    QVERIFY(m_store.saveInterviewSnapshot(snapshot).isOk());
    m_store.close();
    QVERIFY(m_store.open(m_dir, noBackup()).isOpen());
    QCOMPARE(m_store.interviewSnapshot().value, snapshot);
    QVERIFY(m_store.clearInterviewSnapshot().isOk());
    QVERIFY(m_store.interviewSnapshot().value.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreInterview)
#include "tst_store_interview.moc"

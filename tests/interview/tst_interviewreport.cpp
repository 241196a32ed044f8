// The mock interview's report: the record made from a real session on a fake clock (exact times,
// skipped and never-reached questions), the user's input refused with a sentence, the rubric
// setting through a real store, the verdict's edges and reason, the Markdown line by line, and the
// history's trend — never sleeping.
#include "collectionstore.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "interviewreport.h"
#include "interviewsession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace ArchDeck;
using namespace Qt::StringLiterals;
using namespace ArchDeck::InterviewReport;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kSecond = 1000;

/// 2026-12-02 14:05 wherever the test runs, so the report's local time is known.
const QDateTime kStart = QDateTime(QDate(2026, 12, 2), QTime(14, 5), Qt::LocalTime).toUTC();

QList<InterviewQuestion> fixtureQuestions()
{
    return {{u"f01-queue-basics"_s, u"What does a queue decouple?"_s, {}},
        {u"f02-retry-code"_s, u"Show a retry loop with backoff."_s, {}},
        {u"f03-dead-letter"_s, u"Where do poison messages go?"_s, {}},
        {u"f04-cache-aside"_s, u"How does cache-aside read?"_s, {}}};
}

StoreOpenOptions noBackup()
{
    return {StoreOpenOptions::Backup::Skip, {}};
}

/// A record with the default rubric and five 1-minute phases; one question per `rubrics` entry,
/// each answered in 5 minutes with `overtimeMs` past the first box.
InterviewRecord scoredRecord(const QList<QList<int>> &rubrics, qint64 overtimeMs = 0)
{
    InterviewRecord record;
    record.startedAt = kStart;
    record.endedAt = kStart.addSecs(3600);
    record.mode = u"system-design"_s;
    record.phaseNames = QStringList(5, u"Phase"_s);
    record.phaseMinutes = {1, 1, 1, 1, 1};
    record.rubric = defaultRubric();
    for (const QList<int> &rubric : rubrics) {
        InterviewQuestionRecord question;
        question.cardId = u"f01-queue-basics"_s;
        question.phaseMs = {kMinute + overtimeMs, kMinute, kMinute, kMinute, kMinute};
        question.overtimeMs = {overtimeMs, 0, 0, 0, 0};
        question.rubric = rubric;
        record.questions << question;
    }
    return record;
}

} // namespace

class TestInterviewReport : public QObject
{
    Q_OBJECT

private slots:
    void recordHasTheSessionsExactTimes();
    void recordRefusesBadInput_data();
    void recordRefusesBadInput();
    void recordRefusesWhatIsNotAReport();
    void checkedRubric_data();
    void checkedRubric();
    void rubricIsRememberedInTheCollection();
    void descriptionsForTheTooltips();
    void bandEdges_data();
    void bandEdges();
    void bandToleratesRoundingOfAnExactThreshold();
    void reasonNamesWeakestCriterionAndOvertime_data();
    void reasonNamesWeakestCriterionAndOvertime();
    void duration_data();
    void duration();
    void markdownReport();
    void notesCannotReshapeTheReport_data();
    void notesCannotReshapeTheReport();
    void trendIsOldestFirstWithoutUnscored();

private:
    /// The session of the tests, finished: question 1 answered (with a pause and two boxes
    /// overrun), 2 skipped after a minute, 3 ended in its second phase, 4 never reached.
    std::unique_ptr<InterviewSession> playedSession();
    static QList<QuestionEntry> validEntries();

    FakeClock m_clock {kStart};
};

std::unique_ptr<InterviewSession> TestInterviewReport::playedSession()
{
    m_clock.setNow(kStart);
    auto session = std::make_unique<InterviewSession>(
        m_clock, InterviewMode::SystemDesign, QList<InterviewPhase> {}, fixtureQuestions());
    session->start();
    m_clock.advance(4 * 60 + 32); // Requirements, 4:32 of 5
    session->nextPhase();
    m_clock.advance(6 * 60 + 5); // Estimation, 1:05 over its 5
    session->nextPhase();
    m_clock.advance(10 * 60); // High-level design: 10 minutes, a pause, 6 more: 1:00 over 15
    session->pause();
    m_clock.advance(5 * 60);
    session->resume();
    m_clock.advance(6 * 60);
    session->nextPhase();
    m_clock.advance(3 * 60); // Deep dive
    session->nextPhase();
    m_clock.advance(2 * 60); // Wrap-up
    session->nextPhase();
    m_clock.advance(200); // the review, which the clock does not count
    session->nextQuestion();
    m_clock.advance(60);
    session->skipQuestion();
    m_clock.advance(4 * 60);
    session->nextPhase();
    m_clock.advance(30);
    session->end();
    return session;
}

QList<QuestionEntry> TestInterviewReport::validEntries()
{
    return {{{2, 3, 1, 2}, 0.82, u"Asked about *ordering*."_s, "digraph { a -> b }\n"},
        {{}, std::nullopt, {}, {}}, {{3, 3, 3, 3}, std::nullopt, {}, {}},
        {{}, std::nullopt, u"Ran out of time."_s, {}}};
}

void TestInterviewReport::recordHasTheSessionsExactTimes()
{
    const auto session = playedSession();
    QCOMPARE(session->stage(), InterviewSession::Stage::Finished);
    const QDateTime ended = m_clock.now();
    const Result<InterviewRecord> made
        = record(*session, defaultRubric(), validEntries(), kStart, ended);
    QVERIFY2(made.isOk(), qPrintable(made.errorMessage()));
    const InterviewRecord &got = made.value;

    QCOMPARE(got.startedAt, kStart);
    QCOMPARE(got.endedAt, ended);
    QCOMPARE(got.mode, u"system-design"_s);
    QCOMPARE(got.phaseNames,
        QStringList({u"Requirements"_s, u"Estimation"_s, u"High-level design"_s, u"Deep dive"_s,
            u"Wrap-up"_s}));
    QCOMPARE(got.phaseMinutes, QList<int>({5, 5, 15, 15, 5}));
    QCOMPARE(got.rubric, defaultRubric());
    QCOMPARE(got.questions.size(), 4);

    const InterviewQuestionRecord &first = got.questions.at(0);
    QCOMPARE(first.cardId, u"f01-queue-basics"_s);
    QCOMPARE(first.phaseMs,
        QList<qint64>({272 * kSecond, 365 * kSecond, 16 * kMinute, 3 * kMinute, 2 * kMinute}));
    QCOMPARE(first.overtimeMs, QList<qint64>({0, 65 * kSecond, kMinute, 0, 0}));
    QCOMPARE(first.rubric, QList<int>({2, 3, 1, 2}));
    QCOMPARE(first.diffScore, 0.82);
    QCOMPARE(first.notes, u"Asked about *ordering*."_s);
    QCOMPARE(first.drawing, QByteArray("digraph { a -> b }\n"));

    const InterviewQuestionRecord &skipped = got.questions.at(1);
    QCOMPARE(skipped.phaseMs, QList<qint64>({kMinute, 0, 0, 0, 0}));
    QVERIFY(skipped.skipped);
    QCOMPARE(skipped.diffScore, -1.0);

    const InterviewQuestionRecord &ended3 = got.questions.at(2);
    QCOMPARE(ended3.phaseMs, QList<qint64>({4 * kMinute, 30 * kSecond, 0, 0, 0}));
    QVERIFY(!ended3.skipped);

    const InterviewQuestionRecord &never = got.questions.at(3);
    QCOMPARE(never.cardId, u"f04-cache-aside"_s);
    QCOMPARE(never.phaseMs, QList<qint64>(5, 0));
    QCOMPARE(never.overtimeMs, QList<qint64>(5, 0));
    QVERIFY(!never.skipped);
    QVERIFY(never.rubric.isEmpty());
    QCOMPARE(never.notes, u"Ran out of time."_s);

    QCOMPARE(outcome(first), QuestionOutcome::Answered);
    QCOMPARE(outcome(skipped), QuestionOutcome::Skipped);
    QCOMPARE(outcome(ended3), QuestionOutcome::Answered);
    QCOMPARE(outcome(never), QuestionOutcome::NotReached);
    QCOMPARE(plannedMs(got), 2 * 45 * kMinute); // the two questions answered
    QCOMPARE(totalOvertimeMs(got), 125 * kSecond);

    // "Not reached" lives in the times alone, so it must survive the store.
    QTemporaryDir dir;
    CollectionStore store;
    QVERIFY(store.open(dir.path(), noBackup()).isOpen());
    QVERIFY(store.saveInterview(got).isOk());
    const auto history = store.interviewHistory();
    QVERIFY2(history.isOk(), qPrintable(history.errorMessage()));
    QCOMPARE(history.value.size(), 1);
    QCOMPARE(outcome(history.value.at(0).questions.at(3)), QuestionOutcome::NotReached);
    QCOMPARE(outcome(history.value.at(0).questions.at(1)), QuestionOutcome::Skipped);
}

void TestInterviewReport::recordRefusesBadInput_data()
{
    QTest::addColumn<int>("question");
    QTest::addColumn<QList<int>>("rubric");
    QTest::addColumn<double>("diff"); // NaN: none
    QTest::addColumn<QString>("problem"); // empty: accepted

    const double none = qQNaN();
    QTest::newRow("lowest scores") << 0 << QList<int> {0, 0, 0, 0} << 0.0 << QString();
    QTest::newRow("highest scores") << 0 << QList<int> {3, 3, 3, 3} << 1.0 << QString();
    QTest::newRow("diff only") << 2 << QList<int> {} << 0.5 << QString();
    QTest::newRow("too few scores")
        << 0 << QList<int> {2, 3, 1} << none << u"question 1 has 3 rubric scores for 4 criteria"_s;
    QTest::newRow("too many scores") << 2 << QList<int> {1, 1, 1, 1, 1} << none
                                     << u"question 3 has 5 rubric scores for 4 criteria"_s;
    QTest::newRow("score above 3") << 0 << QList<int> {2, 3, 4, 2} << none
                                   << u"question 1 has the rubric score 4; scores are 0 to 3"_s;
    QTest::newRow("negative score") << 0 << QList<int> {-1, 0, 0, 0} << none
                                    << u"question 1 has the rubric score -1; scores are 0 to 3"_s;
    QTest::newRow("diff above 1") << 0 << QList<int> {} << 1.5
                                  << u"question 1 has the diff score 1.5; it is 0 to 1, or none"_s;
    QTest::newRow("negative diff")
        << 0 << QList<int> {} << -0.1
        << u"question 1 has the diff score -0.1; it is 0 to 1, or none"_s;
    QTest::newRow("infinite diff") << 0 << QList<int> {} << qInf()
                                   << u"question 1 has the diff score inf; it is 0 to 1, or none"_s;
    QTest::newRow("scores on skipped") << 1 << QList<int> {1, 1, 1, 1} << none
                                       << u"question 2 was skipped, so it takes no scores"_s;
    QTest::newRow("diff on skipped")
        << 1 << QList<int> {} << 0.5 << u"question 2 was skipped, so it takes no scores"_s;
    QTest::newRow("scores on not reached")
        << 3 << QList<int> {1, 1, 1, 1} << none
        << u"question 4 was never reached, so it takes no scores"_s;
}

void TestInterviewReport::recordRefusesBadInput()
{
    QFETCH(int, question);
    QFETCH(QList<int>, rubric);
    QFETCH(double, diff);
    QFETCH(QString, problem);

    const auto session = playedSession();
    QList<QuestionEntry> entries(4);
    entries[question].rubric = rubric;
    if (!std::isnan(diff))
        entries[question].diffScore = diff;
    const Result<InterviewRecord> made
        = record(*session, defaultRubric(), entries, kStart, m_clock.now());
    if (problem.isEmpty()) {
        QVERIFY2(made.isOk(), qPrintable(made.errorMessage()));
        QCOMPARE(made.value.questions.at(question).rubric, rubric);
        QCOMPARE(made.value.questions.at(question).diffScore, diff);
        return;
    }
    QVERIFY(!made.isOk());
    QCOMPARE(made.errorMessage(), u"Cannot make the interview report: %1."_s.arg(problem));
}

void TestInterviewReport::recordRefusesWhatIsNotAReport()
{
    const QString prefix = u"Cannot make the interview report: "_s;
    const auto finished = playedSession();
    const QDateTime end = m_clock.now();
    QCOMPARE(
        record(*finished, defaultRubric(), QList<QuestionEntry>(3), kStart, end).errorMessage(),
        prefix + u"3 entries for 4 questions."_s);
    QCOMPARE(record(*finished, defaultRubric(), validEntries(), end, kStart).errorMessage(),
        prefix + u"it ends before it starts."_s);
    QCOMPARE(record(*finished, defaultRubric(), validEntries(), {}, end).errorMessage(),
        prefix + u"it has no start or end time."_s);
    QCOMPARE(record(*finished, {u"Design"_s, u"design"_s}, QList<QuestionEntry>(4), kStart, end)
                 .errorMessage(),
        u"The criterion 'design' appears twice in the rubric."_s);

    InterviewSession running(
        m_clock, InterviewMode::Quick, QList<InterviewPhase> {}, fixtureQuestions());
    running.start();
    QCOMPARE(record(running, defaultRubric(), QList<QuestionEntry>(4), kStart, end).errorMessage(),
        prefix + u"the session is still running; end it first."_s);
}

void TestInterviewReport::checkedRubric_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    const QString forty(40, u'x');
    QTest::newRow("defaults") << defaultRubric() << defaultRubric() << QString();
    QTest::newRow("trimmed") << QStringList {u"  Scoping "_s, u"Depth"_s}
                             << QStringList {u"Scoping"_s, u"Depth"_s} << QString();
    QStringList eight;
    for (int i = 1; i <= 8; ++i)
        eight << u"Criterion %1"_s.arg(i);
    QTest::newRow("eight distinct") << eight << eight << QString();
    QTest::newRow("nine") << (QStringList(eight) << u"Criterion 9"_s) << QStringList()
                          << u"The rubric has 9 criteria; at most 8 are allowed."_s;
    QTest::newRow("none") << QStringList() << QStringList()
                          << u"The rubric needs at least one criterion."_s;
    QTest::newRow("blank") << QStringList {u"Design"_s, u"  "_s} << QStringList()
                           << u"Criterion 2 has no name."_s;
    QTest::newRow("40 characters") << QStringList {forty} << QStringList {forty} << QString();
    QTest::newRow("41 characters")
        << QStringList {forty + u'y'} << QStringList()
        << u"The criterion '%1y' is 41 characters long; at most 40 are allowed."_s.arg(forty);
    QTest::newRow("same name, other case")
        << QStringList {u"Trade-offs"_s, u"TRADE-OFFS "_s} << QStringList()
        << u"The criterion 'TRADE-OFFS' appears twice in the rubric."_s;
    QTest::newRow("two lines") << QStringList {u"Design\nDepth"_s} << QStringList()
                               << u"The criterion 'Design Depth' spans several lines; give it a "
                                  "one-line name."_s;
}

void TestInterviewReport::checkedRubric()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);

    const Result<QStringList> checked = InterviewReport::checkedRubric(names);
    QCOMPARE(checked.errorMessage(), error);
    QCOMPARE(checked.isOk(), error.isEmpty());
    QCOMPARE(checked.value, expected);
}

void TestInterviewReport::rubricIsRememberedInTheCollection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CollectionStore store;
    QVERIFY(store.open(dir.path(), noBackup()).isOpen());
    QCOMPARE(rememberedRubric(store), defaultRubric());

    const QStringList chosen {u"Scoping"_s, u" Data model "_s, u"Failure modes"_s};
    QVERIFY(rememberRubric(store, chosen).isOk());
    store.close();
    QVERIFY(store.open(dir.path(), noBackup()).isOpen());
    const QStringList trimmed {u"Scoping"_s, u"Data model"_s, u"Failure modes"_s};
    QCOMPARE(rememberedRubric(store), trimmed);
    QCOMPARE(store.setting(u"interview/rubric"_s).value, u"Scoping\nData model\nFailure modes"_s);

    const Status refused = rememberRubric(store, {u"Scoping"_s, u"scoping"_s});
    QCOMPARE(refused.errorMessage(), u"The criterion 'scoping' appears twice in the rubric."_s);
    QCOMPARE(rememberedRubric(store), trimmed);

    // Written by hand or by a later version: anything checkedRubric() refuses means the defaults.
    for (const QString &damaged : {u"Scoping\n\nDepth"_s, u"Depth\ndepth"_s,
             u"a\nb\nc\nd\ne\nf\ng\nh\ni"_s, QString(41, u'x')}) {
        QVERIFY(store.setSetting(u"interview/rubric"_s, damaged).isOk());
        QCOMPARE(rememberedRubric(store), defaultRubric());
    }
}

void TestInterviewReport::descriptionsForTheTooltips()
{
    QCOMPARE(criterionDescription(u"Requirements"_s),
        u"0 — jumped to a solution; 3 — clarified users, scale and constraints before designing"_s);
    QCOMPARE(criterionDescription(u"trade-offs"_s), criterionDescription(u"Trade-offs"_s));
    for (const QString &name : defaultRubric())
        QVERIFY2(criterionDescription(name).startsWith(u"0 — "_s), qPrintable(name));
    QCOMPARE(criterionDescription(u"Scoping"_s),
        u"0 — missing; 3 — what you would expect from a strong candidate"_s);
}

void TestInterviewReport::bandEdges_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("label");

    QTest::newRow("perfect") << 1.0 << u"Strong hire"_s;
    QTest::newRow("0.85") << kStrongHireScore << u"Strong hire"_s;
    QTest::newRow("just below 0.85") << kStrongHireScore - 1e-6 << u"Hire"_s;
    QTest::newRow("0.70") << kHireScore << u"Hire"_s;
    QTest::newRow("just below 0.70") << kHireScore - 1e-6 << u"Lean no hire"_s;
    QTest::newRow("0.50") << kLeanNoHireScore << u"Lean no hire"_s;
    QTest::newRow("just below 0.50") << kLeanNoHireScore - 1e-6 << u"No hire"_s;
    QTest::newRow("zero") << 0.0 << u"No hire"_s;
    QTest::newRow("not scored") << -1.0 << u"Not scored"_s;
}

void TestInterviewReport::bandEdges()
{
    QFETCH(double, score);
    QFETCH(QString, label);
    QCOMPARE(bandLabel(band(score)), label);
}

void TestInterviewReport::bandToleratesRoundingOfAnExactThreshold()
{
    // 0 + 6 + 8 + 8 + 8 points of 5 × 12 is exactly 0.5, but the mean of the shares is not.
    const InterviewRecord record
        = scoredRecord({{0, 0, 0, 0}, {2, 2, 1, 1}, {2, 2, 2, 2}, {2, 2, 2, 2}, {2, 2, 2, 2}});
    QVERIFY(record.score() < 0.5);
    QCOMPARE(verdict(record).band, VerdictBand::LeanNoHire);
}

void TestInterviewReport::reasonNamesWeakestCriterionAndOvertime_data()
{
    QTest::addColumn<QList<QList<int>>>("rubrics");
    QTest::addColumn<qint64>("overtimeMs"); // of each question, in boxes of 5 minutes
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("reason");

    using Rubrics = QList<QList<int>>;
    QTest::newRow("weakest") << Rubrics {{3, 3, 1, 3}, {3, 2, 2, 3}} << qint64(0) << u"Hire"_s
                             << u"Weakest on Trade-offs (1.5/3 on average)."_s;
    QTest::newRow("tie goes to the first") << Rubrics {{2, 3, 2, 3}} << qint64(0) << u"Hire"_s
                                           << u"Weakest on Requirements (2.0/3 on average)."_s;
    QTest::newRow("even") << Rubrics {{2, 2, 2, 2}} << qint64(0) << u"Lean no hire"_s
                          << u"Even across the rubric (2.0/3 on every criterion)."_s;
    QTest::newRow("overtime exactly 10 %")
        << Rubrics {{3, 3, 3, 3}} << qint64(30 * kSecond) << u"Strong hire"_s
        << u"Even across the rubric (3.0/3 on every criterion)."_s;
    QTest::newRow("overtime just over 10 %")
        << Rubrics {{3, 3, 3, 3}} << qint64(30 * kSecond + 1) << u"Strong hire"_s
        << u"Even across the rubric (3.0/3 on every criterion); 0:30 over time, 10 % of the "
           "5:00 planned."_s;
    QTest::newRow("overtime and weakest")
        << Rubrics {{0, 1, 1, 1}, {1, 0, 1, 1}} << qint64(2 * kMinute) << u"No hire"_s
        << u"Weakest on Requirements (0.5/3 on average); 4:00 over time, 40 % of the 10:00 "
           "planned."_s;
    QTest::newRow("nothing scored")
        << Rubrics {{}} << qint64(0) << u"Not scored"_s << u"No question was scored."_s;
    QTest::newRow("nothing scored, overtime")
        << Rubrics {{}} << qint64(kMinute) << u"Not scored"_s
        << u"No question was scored; 1:00 over time, 20 % of the 5:00 planned."_s;
}

void TestInterviewReport::reasonNamesWeakestCriterionAndOvertime()
{
    QFETCH(QList<QList<int>>, rubrics);
    QFETCH(qint64, overtimeMs);
    QFETCH(QString, label);
    QFETCH(QString, reason);

    const Verdict got = verdict(scoredRecord(rubrics, overtimeMs));
    QCOMPARE(got.label, label);
    QCOMPARE(got.reason, reason);
}

void TestInterviewReport::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0:00"_s;
    QTest::newRow("rounded down") << qint64(272 * kSecond + 999) << u"4:32"_s;
    QTest::newRow("an hour less a second") << qint64(3599 * kSecond) << u"59:59"_s;
    QTest::newRow("an hour and a bit") << qint64(3723 * kSecond) << u"1:02:03"_s;
}

void TestInterviewReport::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(InterviewReport::duration(ms), text);
}

void TestInterviewReport::markdownReport()
{
    // The fixture deck, and a card whose title needs escaping in a table.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : QDir(fixtureDeckPath()).entryList({u"*.md"_s}, QDir::Files))
        QVERIFY(QFile::copy(fixtureDeckPath() + u'/' + name, dir.filePath(name)));
    QFile pipes(dir.filePath(u"t07-kafka-or-sqs.md"_s));
    QVERIFY(pipes.open(QIODevice::WriteOnly));
    pipes.write("---\nid: t07-kafka-or-sqs\nsection: Alpha Messaging\ntitle: Kafka | SQS: which "
                "*one*?\ndiagram: diagrams/t07.dot\ntags: [messaging]\n---\n\nIt depends.\n");
    pipes.close();
    const Deck deck = Deck::load(dir.path(), u"deck/"_s);
    QVERIFY(deck.card(u"t07-kafka-or-sqs"_s));

    InterviewRecord record = scoredRecord({{2, 3, 1, 2}, {}, {3, 3, 3, 3}, {}});
    record.phaseNames = {
        u"Requirements"_s, u"Estimation"_s, u"High-level design"_s, u"Deep dive"_s, u"Wrap-up"_s};
    record.phaseMinutes = {5, 5, 15, 15, 5};
    InterviewQuestionRecord &answered = record.questions[0];
    answered.phaseMs = {272 * kSecond, 365 * kSecond, 16 * kMinute, 3 * kMinute, 2 * kMinute};
    answered.overtimeMs = {0, 65 * kSecond, kMinute, 0, 0};
    answered.diffScore = 0.82;
    answered.notes = u"# What went well\nClear *queue* semantics.\nOrdering\n===\n```bash\n"
                     "# a comment, not a heading\n```\n"_s;
    answered.drawing = "digraph g {\n  a [label=\"```\"];\n  a -> b;\n}";
    InterviewQuestionRecord &skipped = record.questions[1];
    skipped.cardId = u"t07-kafka-or-sqs"_s;
    skipped.phaseMs = {kMinute, 0, 0, 0, 0};
    skipped.overtimeMs = QList<qint64>(5, 0);
    skipped.skipped = true;
    InterviewQuestionRecord &removed = record.questions[2];
    removed.cardId = u"f99-removed"_s;
    removed.phaseMs = {4 * kMinute, 30 * kSecond, 0, 0, 0};
    removed.overtimeMs = QList<qint64>(5, 0);
    InterviewQuestionRecord &never = record.questions[3];
    never.cardId = u"f04-cache-aside"_s;
    never.phaseMs = QList<qint64>(5, 0);
    never.overtimeMs = QList<qint64>(5, 0);
    never.notes = u"Ran out of time."_s;

    const QStringList expected {
        u"# Mock interview — 2026-12-02 14:05"_s,
        {},
        u"- Mode: System design"_s,
        u"- Time: 37:07 of 1:30:00 planned"_s,
        u"- Verdict: **Hire** — Weakest on Trade-offs (2.0/3 on average)."_s,
        u"- Score: 83 %"_s,
        {},
        u"## Questions"_s,
        {},
        u"| # | Question | Time | Overtime | Result |"_s,
        u"| --: | --- | --: | --: | --- |"_s,
        u"| 1 | What does a queue decouple? | 31:37 | +2:05 | 67 % |"_s,
        u"| 2 | Kafka \\| SQS: which \\*one\\*? | 1:00 |  | skipped |"_s,
        u"| 3 | f99-removed | 4:30 |  | 100 % |"_s,
        u"| 4 | How does cache-aside read? |  |  | not reached |"_s,
        {},
        u"### 1. What does a queue decouple?"_s,
        {},
        u"| Phase | Time | Box | Overtime |"_s,
        u"| --- | --: | --: | --: |"_s,
        u"| Requirements | 4:32 | 5:00 |  |"_s,
        u"| Estimation | 6:05 | 5:00 | +1:05 |"_s,
        u"| High-level design | 16:00 | 15:00 | +1:00 |"_s,
        u"| Deep dive | 3:00 | 15:00 |  |"_s,
        u"| Wrap-up | 2:00 | 5:00 |  |"_s,
        u"| **Total** | 31:37 | 45:00 | +2:05 |"_s,
        {},
        u"- Requirements: 2/3"_s,
        u"- Design: 3/3"_s,
        u"- Trade-offs: 1/3"_s,
        u"- Communication: 2/3"_s,
        u"- Diff score: 82 %"_s,
        {},
        u"#### Notes"_s,
        {},
        u"##### What went well"_s,
        u"Clear *queue* semantics."_s,
        u"Ordering"_s,
        u"\\==="_s,
        u"```bash"_s,
        u"# a comment, not a heading"_s,
        u"```"_s,
        {},
        u"#### Drawing"_s,
        {},
        u"````dot"_s,
        u"digraph g {"_s,
        u"  a [label=\"```\"];"_s,
        u"  a -> b;"_s,
        u"}"_s,
        u"````"_s,
        {},
        u"### 2. Kafka \\| SQS: which \\*one\\*?"_s,
        {},
        u"Skipped after 1:00."_s,
        {},
        u"### 3. f99-removed"_s,
        {},
        u"| Phase | Time | Box | Overtime |"_s,
        u"| --- | --: | --: | --: |"_s,
        u"| Requirements | 4:00 | 5:00 |  |"_s,
        u"| Estimation | 0:30 | 5:00 |  |"_s,
        u"| High-level design | 0:00 | 15:00 |  |"_s,
        u"| Deep dive | 0:00 | 15:00 |  |"_s,
        u"| Wrap-up | 0:00 | 5:00 |  |"_s,
        u"| **Total** | 4:30 | 45:00 |  |"_s,
        {},
        u"- Requirements: 3/3"_s,
        u"- Design: 3/3"_s,
        u"- Trade-offs: 3/3"_s,
        u"- Communication: 3/3"_s,
        u"- Diff score: not drawn"_s,
        {},
        u"### 4. How does cache-aside read?"_s,
        {},
        u"Not reached: the session ended before it."_s,
        {},
        u"#### Notes"_s,
        {},
        u"Ran out of time."_s,
        {},
    };
    const QStringList got = markdown(record, deck).split(u'\n');
    for (qsizetype i = 0; i < qMin(got.size(), expected.size()); ++i)
        QCOMPARE(u"%1: %2"_s.arg(i + 1).arg(got.at(i)), u"%1: %2"_s.arg(i + 1).arg(expected.at(i)));
    QCOMPARE(got.size(), expected.size());

    // Drawn but never checked against the reference, and answered but not scored.
    removed.drawing = "digraph {}";
    removed.rubric.clear();
    const QString changed = markdown(record, deck);
    QVERIFY(changed.contains(u"\n- Rubric: not scored\n- Diff score: not checked\n"_s));
    QVERIFY(changed.contains(u"| 3 | f99-removed | 4:30 |  | not scored |"_s));
}

void TestInterviewReport::notesCannotReshapeTheReport_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("contained");

    QTest::newRow("heading levels") << u"# a\n## b\n### c\n###### f\n####### seven"_s
                                    << u"##### a\n###### b\n###### c\n###### f\n####### seven\n"_s;
    QTest::newRow("not headings") << u"#hashtag\n    # continues the paragraph"_s
                                  << u"#hashtag\n    # continues the paragraph\n"_s;
    QTest::newRow("indented code") << u"    # code"_s << u"    # code\n"_s;
    QTest::newRow("code kept") << u"```\n# comment\n```\n# after"_s
                               << u"```\n# comment\n```\n##### after\n"_s;
    QTest::newRow("open fence closed") << u"~~~~python\n# x"_s << u"~~~~python\n# x\n~~~~\n"_s;
    QTest::newRow("closed by a longer fence")
        << u"```\n````\n# after"_s << u"```\n````\n##### after\n"_s;
    QTest::newRow("not closed by the other mark")
        << u"```\n~~~\n# in code"_s << u"```\n~~~\n# in code\n```\n"_s;
    QTest::newRow("setext underlines")
        << u"Title\n===\n\nSub\n---"_s << u"Title\n\\===\n\nSub\n\\---\n"_s;
    QTest::newRow("rule after a blank line") << u"text\n\n---"_s << u"text\n\n---\n"_s;
    QTest::newRow("rule after a list item") << u"- item\n---"_s << u"- item\n---\n"_s;
    QTest::newRow("CRLF, trailing blank lines") << u"# a\r\nb\r\n\r\n"_s << u"##### a\nb\n"_s;
}

void TestInterviewReport::notesCannotReshapeTheReport()
{
    QFETCH(QString, notes);
    QFETCH(QString, contained);

    InterviewRecord record = scoredRecord({{}});
    record.questions[0].notes = notes;
    const QString text = markdown(record, loadFixtureDeck());
    const QString heading = u"\n#### Notes\n\n"_s;
    QVERIFY(text.contains(heading));
    QCOMPARE(text.mid(text.indexOf(heading) + heading.size()), contained);
}

void TestInterviewReport::trendIsOldestFirstWithoutUnscored()
{
    QList<InterviewRecord> history; // newest first, as the store returns it
    const QList<QList<QList<int>>> rubrics {{{3, 3, 3, 3}}, {{}}, {{1, 2, 1, 2}}, {{3, 3, 0, 3}}};
    for (qsizetype i = 0; i < rubrics.size(); ++i) {
        InterviewRecord record = scoredRecord(rubrics.at(i));
        record.endedAt = kStart.addDays(10 - i);
        history << record;
    }
    const QList<TrendPoint> expected {
        {kStart.addDays(7), 0.75}, {kStart.addDays(8), 0.5}, {kStart.addDays(10), 1.0}};
    QCOMPARE(trend(history), expected);
    QVERIFY(trend({}).isEmpty());
    QVERIFY(trend({scoredRecord({{}})}).isEmpty());
}

QTEST_GUILESS_MAIN(TestInterviewReport)
#include "tst_interviewreport.moc"

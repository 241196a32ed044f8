// `archdeck interview` end to end, through the real binary: --plan (reproducible by seed, the
// JSON contract, modes, sections, remembered time boxes, bad input with exit 1) and --history
// (empty, then a saved session in plain text and JSON); --say … --wav (a real, non-silent WAV from
// the offline voice; skipped where flite cannot speak).
#include "archdeckprocess.h"
#include "collectionstore.h"
#include "interviewplanner.h"
#include "voice/wavreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchDeck;
using namespace ArchDeckProcess;
using namespace Qt::StringLiterals;

namespace {

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList questionsOf(const Run &run)
{
    QStringList ids;
    for (const QJsonValue &id : jsonOf(run).value(u"questions"_s).toArray())
        ids << id.toString();
    return ids;
}

} // namespace

class TestInterviewCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void planIsReproducibleBySeed();
    void planJsonHasQuestionsAndPhases();
    void plainPlanNamesCardsAndPhases();
    void sectionsAndWeakestOrder();
    void rememberedMinutesAreUsed();
    void badInputExitsOne_data();
    void badInputExitsOne();
    void historyEmptyThenOneSession();
    void sayWritesSpeech();
    void sayToUnwritablePathExitsOne();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInterviewCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestInterviewCli::planIsReproducibleBySeed()
{
    const QStringList args {u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s,
        u"--questions"_s, u"5"_s, u"--json"_s, u"--seed"_s};
    const Run a = archdeck(args + QStringList {u"11"_s});
    const Run b = archdeck(args + QStringList {u"11"_s});
    const Run c = archdeck(args + QStringList {u"12"_s});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(questionsOf(a).size(), 5);
    QCOMPARE(questionsOf(a), questionsOf(b));
    QVERIFY(questionsOf(a) != questionsOf(c));
}

void TestInterviewCli::planJsonHasQuestionsAndPhases()
{
    const Run run = archdeck({u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s,
        u"--questions"_s, u"2"_s, u"--seed"_s, u"3"_s, u"--mode"_s, u"system-design"_s,
        u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject plan = jsonOf(run);
    QCOMPARE(plan.value(u"questions"_s).toArray().size(), 2);
    QVERIFY(plan.value(u"questions"_s).toArray().at(0).toString().startsWith(u'q'));
    const QJsonArray phases = plan.value(u"phases"_s).toArray();
    QStringList names;
    int total = 0;
    for (const QJsonValue &phase : phases) {
        names << phase.toObject().value(u"name"_s).toString();
        total += phase.toObject().value(u"minutes"_s).toInt();
    }
    QCOMPARE(names,
        QStringList({u"Requirements"_s, u"Estimation"_s, u"High-level design"_s, u"Deep dive"_s,
            u"Wrap-up"_s}));
    QCOMPARE(total, 45);
    QCOMPARE(plan.value(u"mode"_s).toString(), u"system-design"_s);
    QCOMPARE(plan.value(u"seed"_s).toString(), u"3"_s);
}

void TestInterviewCli::plainPlanNamesCardsAndPhases()
{
    const Run run = archdeck({u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s,
        u"--questions"_s, u"3"_s, u"--seed"_s, u"8"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"3 questions, quick round: 5 min a question, 15 min in all "
                                u"(seed 8)"_s),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(u" 1. q"_s) && run.out.contains(u" 3. q"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Answer"_s), qPrintable(run.out));
    // Without --seed a new one is chosen and printed, so the plan can be had again.
    const Run fresh = archdeck({u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s});
    QCOMPARE(fresh.exitCode, 0);
    QVERIFY2(fresh.out.contains(u"(seed "_s), qPrintable(fresh.out));
}

void TestInterviewCli::sectionsAndWeakestOrder()
{
    const Run bySection = archdeck({u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s,
        u"--questions"_s, u"10"_s, u"--seed"_s, u"1"_s, u"--sections"_s, u"1"_s, u"--json"_s});
    QCOMPARE(bySection.exitCode, 0);
    const QStringList ids = questionsOf(bySection);
    QVERIFY(!ids.isEmpty());
    const Run cards = archdeck({u"cards"_s, u"--json"_s});
    const QJsonArray all = QJsonDocument::fromJson(cards.out.toUtf8()).array();
    const QString firstSection = all.at(0).toObject().value(u"section"_s).toString();
    for (const QJsonValue &card : all)
        if (ids.contains(card.toObject().value(u"id"_s).toString()))
            QCOMPARE(card.toObject().value(u"section"_s).toString(), firstSection);

    // An empty collection knows nothing: weakest first ties everywhere and the seed decides.
    const QStringList weakestArgs {u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s,
        u"--seed"_s, u"4"_s, u"--order"_s, u"weakest"_s, u"--json"_s};
    const Run weakest = archdeck(weakestArgs);
    QCOMPARE(weakest.exitCode, 0);
    QCOMPARE(questionsOf(weakest), questionsOf(archdeck(weakestArgs)));
}

void TestInterviewCli::rememberedMinutesAreUsed()
{
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir->path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
        QList<InterviewPhase> phases = InterviewPlanner::rememberedPhases(store, InterviewMode::SystemDesign);
        phases[2].minutes = 20; // a longer high-level design
        QVERIFY(InterviewPlanner::rememberPhases(store, InterviewMode::SystemDesign, phases).isOk());
    }
    const Run run = archdeck({u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--plan"_s,
        u"--mode"_s, u"system-design"_s, u"--seed"_s, u"1"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray phases = jsonOf(run).value(u"phases"_s).toArray();
    QCOMPARE(phases.at(2).toObject().value(u"minutes"_s).toInt(), 20);
}

void TestInterviewCli::badInputExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("neither") << QStringList() << u"give --plan, --history or --say"_s;
    QTest::newRow("both") << QStringList({u"--plan"_s, u"--history"_s})
                          << u"give --plan, --history or --say"_s;
    QTest::newRow("plan and say") << QStringList({u"--plan"_s, u"--say"_s, u"Hi"_s})
                                  << u"give --plan, --history or --say"_s;
    QTest::newRow("say without wav")
        << QStringList({u"--say"_s, u"Hi"_s}) << u"--say needs --wav OUT.wav"_s;
    QTest::newRow("wav without say")
        << QStringList({u"--history"_s, u"--wav"_s, u"x.wav"_s}) << u"--wav goes with --say"_s;
    QTest::newRow("say nothing") << QStringList({u"--say"_s, u"  "_s, u"--wav"_s, u"x.wav"_s})
                                 << u"--say needs some text"_s;
    QTest::newRow("eleven") << QStringList({u"--plan"_s, u"--questions"_s, u"11"_s})
                            << u"1 to 10 questions, not 11"_s;
    QTest::newRow("not a number") << QStringList({u"--plan"_s, u"--questions"_s, u"many"_s})
                                  << u"--questions needs a number"_s;
    QTest::newRow("mode") << QStringList({u"--plan"_s, u"--mode"_s, u"marathon"_s})
                          << u"--mode is quick or system-design"_s;
    QTest::newRow("order") << QStringList({u"--plan"_s, u"--order"_s, u"easiest"_s})
                           << u"--order is random or weakest"_s;
    QTest::newRow("seed") << QStringList({u"--plan"_s, u"--seed"_s, u"-1"_s})
                          << u"--seed needs a whole number"_s;
    QTest::newRow("section") << QStringList({u"--plan"_s, u"--sections"_s, u"astrology"_s})
                             << u"no section is called 'astrology'"_s;
    QTest::newRow("query") << QStringList({u"--plan"_s, u"--query"_s, u"prop:zz>1"_s})
                           << u"prop:zz>1"_s;
}

void TestInterviewCli::badInputExitsOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = archdeck(
        QStringList {u"--data-dir"_s, m_dir->path(), u"interview"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"archdeck interview: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestInterviewCli::historyEmptyThenOneSession()
{
    const QStringList args {u"--data-dir"_s, m_dir->path(), u"interview"_s, u"--history"_s};
    const Run empty = archdeck(args);
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.out.contains(u"No mock interviews yet"_s), qPrintable(empty.out));
    const Run emptyJson = archdeck(args + QStringList {u"--json"_s});
    QCOMPARE(emptyJson.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(emptyJson.out.toUtf8()).isArray());
    QVERIFY(QJsonDocument::fromJson(emptyJson.out.toUtf8()).array().isEmpty());

    {
        CollectionStore store;
        QVERIFY(store.open(m_dir->path(), {StoreOpenOptions::Backup::Skip, {}}).isOpen());
        InterviewRecord record;
        record.startedAt = QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC);
        record.endedAt = record.startedAt.addSecs(12 * 60);
        record.mode = u"quick"_s;
        record.phaseNames = {u"Answer"_s};
        record.phaseMinutes = {5};
        record.rubric = {u"Requirements"_s, u"Design"_s, u"Trade-offs"_s, u"Communication"_s};
        InterviewQuestionRecord asked;
        asked.cardId = u"q04-outbox-pattern"_s;
        asked.phaseMs = {7 * 60000};
        asked.overtimeMs = {2 * 60000};
        asked.rubric = {3, 3, 2, 1};
        asked.diffScore = 0.5;
        InterviewQuestionRecord skipped;
        skipped.cardId = u"q12-retries-dlqs"_s;
        skipped.phaseMs = {30000};
        skipped.overtimeMs = {0};
        skipped.skipped = true;
        record.questions = {asked, skipped};
        QVERIFY(store.saveInterview(record).isOk());
    }
    const Run plain = archdeck(args);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains(u"quick"_s) && plain.out.contains(u"2 questions"_s)
            && plain.out.contains(u"75 %"_s) && plain.out.contains(u"12 min"_s)
            && plain.out.contains(u"1 skipped"_s) && plain.out.contains(u"2 min over"_s),
        qPrintable(plain.out));
    const Run json = archdeck(args + QStringList {u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray sessions = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.at(0).toObject();
    QCOMPARE(session.value(u"score"_s).toDouble(), 0.75);
    QCOMPARE(session.value(u"mode"_s).toString(), u"quick"_s);
    const QJsonArray questions = session.value(u"questions"_s).toArray();
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(0).toObject().value(u"card"_s).toString(), u"q04-outbox-pattern"_s);
    QCOMPARE(questions.at(0).toObject().value(u"diff_score"_s).toDouble(), 0.5);
    QCOMPARE(questions.at(0).toObject().value(u"overtime_seconds"_s).toDouble(), 120.0);
    QVERIFY(questions.at(1).toObject().value(u"skipped"_s).toBool());
    QVERIFY(questions.at(1).toObject().value(u"diff_score"_s).isNull());
}

namespace {

/// Runs `interview --say text --wav path`. Where flite cannot speak it exits 2 with a sentence,
/// and the tests skip with it.
Run say(const QString &text, const QString &path)
{
    return archdeck({u"interview"_s, u"--say"_s, text, u"--wav"_s, path});
}

} // namespace

void TestInterviewCli::sayWritesSpeech()
{
    const QString shortPath = m_dir->filePath(u"short.wav"_s);
    const Run brief = say(u"Tell me about the outbox pattern."_s, shortPath);
    if (brief.exitCode == 2)
        QSKIP(qPrintable(u"no offline speech engine here: "_s + brief.err));
    QCOMPARE(brief.exitCode, 0);
    QVERIFY2(brief.err.isEmpty(), qPrintable(brief.err));
    const QRegularExpression line(u"^wrote (.+): (\\d+\\.\\d) s of speech at (\\d+) Hz\n$"_s);
    const QRegularExpressionMatch printed = line.match(brief.out);
    QVERIFY2(printed.hasMatch(), qPrintable(brief.out));
    QCOMPARE(printed.captured(1), shortPath);

    const WavReader::Wav wav = WavReader::read(shortPath);
    QVERIFY2(wav.problem.isEmpty(), qPrintable(wav.problem));
    QCOMPARE(wav.format, 1); // PCM
    QCOMPARE(wav.channels, 1);
    QCOMPARE(wav.bitsPerSample, 16);
    QCOMPARE(wav.sampleRate, printed.captured(3).toInt());
    QVERIFY(wav.sampleRate >= 8000);
    QVERIFY(wav.dataBytes > 0);
    // Speech, not silence or a faint hiss: flite's voices peak in the thousands.
    QVERIFY2(wav.peakAmplitude > 1000, qPrintable(QString::number(wav.peakAmplitude)));
    const double seconds = double(wav.frames()) / wav.sampleRate;
    QCOMPARE(printed.captured(2), QString::number(seconds, 'f', 1));
    QVERIFY2(seconds > 0.5 && seconds < 10, qPrintable(QString::number(seconds)));

    const QString longPath = m_dir->filePath(u"long.wav"_s);
    const Run longer = say(u"Tell me about the outbox pattern. How does the relay find new rows, "
                           u"and what happens when the broker is down for an hour?"_s,
        longPath);
    QCOMPARE(longer.exitCode, 0);
    const WavReader::Wav longWav = WavReader::read(longPath);
    QVERIFY2(longWav.problem.isEmpty(), qPrintable(longWav.problem));
    QVERIFY2(longWav.frames() > 2 * wav.frames(),
        qPrintable(u"%1 vs %2 frames"_s.arg(longWav.frames()).arg(wav.frames())));
}

void TestInterviewCli::sayToUnwritablePathExitsOne()
{
    const QString missingFolder = m_dir->filePath(u"no such folder/q.wav"_s);
    const Run run = say(u"Hello."_s, missingFolder);
    if (run.exitCode == 2)
        QSKIP(qPrintable(u"no offline speech engine here: "_s + run.err));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"archdeck interview: cannot write "_s + missingFolder),
        qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // A folder where the file should be: refused, and no temporary file is left beside it.
    const Run onFolder = say(u"Hello."_s, m_dir->path());
    QCOMPARE(onFolder.exitCode, 1);
    QVERIFY2(
        onFolder.err.startsWith(u"archdeck interview: cannot write "_s), qPrintable(onFolder.err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

QTEST_GUILESS_MAIN(TestInterviewCli)
#include "tst_interview_cli.moc"

// `archdeck [--data-dir DIR] stats [--json]`, end to end: the real binary over a collection in a
// temporary folder, written through CollectionStore with review times placed around the current
// study day (the binary reads the real clock; the test sets TZ=UTC, so days start at 04:00 UTC).
// Also which argument lists go to the command line rather than the study window.
#include "collectionstore.h"
#include "commandline.h"
#include "deck.h"
#include "studyday.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "archdeckprocess.h"

using namespace ArchDeck;
using namespace Qt::StringLiterals;

using ArchDeckProcess::archdeck;
using ArchDeckProcess::Run;

namespace {

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", qPrintable(text));
    return document.object();
}

SchedulingState state(CardPhase phase, const QDateTime &due, int scheduledDays)
{
    SchedulingState s;
    s.phase = phase;
    s.due = due;
    s.scheduledDays = scheduledDays;
    s.stability = scheduledDays + 1.0;
    s.difficulty = 5;
    return s;
}

} // namespace

class TestStatsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isCommandLineInvocation_data();
    void isCommandLineInvocation();
    void freshCollection();
    void freshCollectionPlain();
    void countsAfterReviews();
    void dataDirBeforeOrAfterTheVerb_data();
    void dataDirBeforeOrAfterTheVerb();
    void makesNoBackup();
    void help();
    void dataDirIsAFile();
    void collectionCannotOpen();

private:
    /// Writes the reviews below into a collection in \a directory.
    void writeReviews(const QString &directory);
    template<typename Body> static auto onOneStudyDay(Body body);

    QStringList m_ids; ///< the bundled deck's questions
};

void TestStatsCli::initTestCase()
{
    qputenv("TZ", "UTC"); // for this process and the binary it runs: study days start 04:00 UTC
    const Deck deck = Deck::bundled();
    for (const Card &card : deck.cards())
        if (card.isQuestion())
            m_ids.append(card.id);
    QCOMPARE(m_ids.size(), 44);
}

void TestStatsCli::isCommandLineInvocation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    const auto row = [](const char *name, const QStringList &arguments, bool commandLine) {
        QTest::newRow(name) << (QStringList {u"archdeck"_s} + arguments) << commandLine;
    };
    row("nothing", {}, false);
    row("verb", {u"stats"_s}, true);
    row("data dir, then verb", {u"--data-dir"_s, u"d"_s, u"stats"_s}, true);
    row("data dir=, then verb", {u"--data-dir=d"_s, u"stats"_s}, true);
    row("verb, then data dir", {u"stats"_s, u"--data-dir"_s, u"d"_s}, true);
    row("data dir alone", {u"--data-dir"_s, u"d"_s}, false);
    row("data dir= alone", {u"--data-dir=d"_s}, false);
    row("data dir, no value", {u"--data-dir"_s}, false);
    row("data dir, then GUI option", {u"--data-dir"_s, u"d"_s, u"--theme"_s, u"dark"_s}, false);
    row("data dir, then help", {u"--data-dir"_s, u"d"_s, u"--help"_s}, true);
    row("Qt option", {u"-platform"_s, u"xcb"_s}, false);
}

void TestStatsCli::isCommandLineInvocation()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    QList<QByteArray> bytes;
    std::vector<const char *> argv;
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    for (const QByteArray &argument : bytes)
        argv.push_back(argument.constData());
    QCOMPARE(CommandLine::isCommandLineInvocation(int(argv.size()), argv.data()), commandLine);
}

void TestStatsCli::freshCollection()
{
    QTemporaryDir dir;
    const Run run = archdeck({u"--data-dir"_s, dir.path(), u"stats"_s, u"--json"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = parseObject(run.out);
    QCOMPARE(stats.keys(),
        (QStringList {u"average_seconds_per_review"_s, u"cards"_s, u"due_today"_s,
            u"retention_30d"_s, u"reviews_today"_s}));
    const QJsonObject cards = stats.value(u"cards"_s).toObject();
    QCOMPARE(cards.keys(),
        (QStringList {u"learning"_s, u"new"_s, u"relearning"_s, u"review"_s, u"total"_s}));
    QCOMPARE(cards.value(u"new"_s).toInt(-1), 44);
    QCOMPARE(cards.value(u"total"_s).toInt(-1), 44);
    for (const QString &key : {u"learning"_s, u"review"_s, u"relearning"_s})
        QCOMPARE(cards.value(key).toInt(-1), 0);
    QCOMPARE(stats.value(u"due_today"_s).toInt(-1), 0);
    QCOMPARE(stats.value(u"reviews_today"_s).toInt(-1), 0);
    QVERIFY(stats.value(u"average_seconds_per_review"_s).isNull());

    const QJsonObject retention = stats.value(u"retention_30d"_s).toObject();
    QCOMPARE(retention.keys(), (QStringList {u"mature"_s, u"rate"_s, u"reviews"_s, u"young"_s}));
    QVERIFY(retention.value(u"rate"_s).isNull());
    QCOMPARE(retention.value(u"reviews"_s).toInt(-1), 0);
    for (const QString &kind : {u"young"_s, u"mature"_s}) {
        const QJsonObject part = retention.value(kind).toObject();
        QCOMPARE(part.keys(), (QStringList {u"rate"_s, u"reviews"_s}));
        QVERIFY(part.value(u"rate"_s).isNull());
        QCOMPARE(part.value(u"reviews"_s).toInt(-1), 0);
    }
}

void TestStatsCli::freshCollectionPlain()
{
    QTemporaryDir dir;
    const Run run = archdeck({u"stats"_s, u"--data-dir"_s, dir.path()});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains(QRegularExpression(u"^New +44$"_s, QRegularExpression::MultilineOption)),
        qPrintable(run.out));
    QVERIFY(run.out.contains(
        QRegularExpression(u"^Due today +0$"_s, QRegularExpression::MultilineOption)));
    QVERIFY(run.out.contains(u"no review cards graded"_s));
}

template<typename Body> auto TestStatsCli::onOneStudyDay(Body body)
{
    // The binary reads the real clock. A run that crosses 4 a.m. counts "today" differently from
    // the reviews written before it, so such a run is done again — wholly inside the new day —
    // instead of waiting for the boundary to pass.
    for (;;) {
        const QDate day = StudyDay::containing(QDateTime::currentDateTimeUtc()).date();
        auto result = body();
        if (StudyDay::containing(QDateTime::currentDateTimeUtc()).date() == day)
            return result;
    }
}

void TestStatsCli::writeReviews(const QString &directory)
{
    // Dated from today's study day: callers run the binary inside onOneStudyDay().
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime d = StudyDay::containing(now).start();
    const auto at = [&](int days, int hours) {
        return d.addDays(days).addSecs(hours * 3600);
    };
    const auto fresh = state(CardPhase::New, {}, 0);

    struct Grade
    {
        int card;
        QDateTime at;
        Rating rating;
        SchedulingState before, after;
        qint64 durationMs = 5000;
    };
    // Review-phase grades in the last 30 days: young 3 (2 passed), mature 2 (1 passed).
    const QList<Grade> grades = {
        // card 0: young Good, ends overdue → due today
        {0, at(-20, 0), Rating::Good, fresh, state(CardPhase::Learning, at(-20, 1), 0)},
        {0, at(-19, 0), Rating::Good, state(CardPhase::Learning, at(-20, 1), 0),
            state(CardPhase::Review, at(-9, 0), 10)},
        {0, at(-9, 0), Rating::Good, state(CardPhase::Review, at(-9, 0), 10),
            state(CardPhase::Review, at(-4, 0), 5)},
        // card 1: first seen 40 days ago (outside the window), mature Again today → due today
        {1, at(-40, 0), Rating::Easy, fresh, state(CardPhase::Review, at(-10, 0), 30), 99000},
        {1, at(0, 1), Rating::Again, state(CardPhase::Review, at(-10, 0), 30),
            state(CardPhase::Relearning, at(0, 2), 0)},
        // card 2: mature Good today, due in 5 days
        {2, at(-25, 0), Rating::Easy, fresh, state(CardPhase::Review, at(0, 0), 25)},
        {2, at(0, 2), Rating::Good, state(CardPhase::Review, at(0, 0), 25),
            state(CardPhase::Review, at(5, 0), 40), 18000},
        // card 3: new today, learning → due today
        {3, at(0, 3), Rating::Good, fresh, state(CardPhase::Learning, at(0, 4), 0)},
        // card 4: young Hard, due an hour after today ends
        {4, at(-5, 0), Rating::Easy, fresh, state(CardPhase::Review, at(-3, 0), 2)},
        {4, at(-3, 0), Rating::Hard, state(CardPhase::Review, at(-3, 0), 2),
            state(CardPhase::Review, at(1, 1), 4)},
        // card 5: due exactly when today ends → due today
        {5, at(-1, 0), Rating::Easy, fresh, state(CardPhase::Review, at(1, 0), 1)},
        // card 6: young Again, relearnt → overdue since yesterday
        {6, at(-6, 0), Rating::Easy, fresh, state(CardPhase::Review, at(-3, 0), 3)},
        {6, at(-2, 0), Rating::Again, state(CardPhase::Review, at(-3, 0), 3),
            state(CardPhase::Relearning, at(-2, 1), 0)},
        {6, at(-2, 1), Rating::Good, state(CardPhase::Relearning, at(-2, 1), 0),
            state(CardPhase::Review, at(-1, 1), 1)},
    };
    CollectionStore store;
    QVERIFY(store.open(directory, {StoreOpenOptions::Backup::Skip, {}}).isOpen());
    for (const Grade &grade : grades) {
        ReviewRecord review;
        review.cardId = m_ids.at(grade.card);
        review.reviewedAt = grade.at;
        review.rating = grade.rating;
        review.durationMs = grade.durationMs;
        review.before = grade.before;
        review.after = grade.after;
        QVERIFY(store.saveReview(review).isOk());
    }
}

void TestStatsCli::countsAfterReviews()
{
    const auto [run, plain] = onOneStudyDay([this] {
        QTemporaryDir dir;
        writeReviews(dir.path());
        return std::pair {archdeck({u"--data-dir"_s, dir.path(), u"stats"_s, u"--json"_s}),
            archdeck({u"--data-dir"_s, dir.path(), u"stats"_s})};
    });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject stats = parseObject(run.out);
    const QJsonObject cards = stats.value(u"cards"_s).toObject();
    QCOMPARE(cards.value(u"new"_s).toInt(), 37); // 44 − the 7 studied
    QCOMPARE(cards.value(u"learning"_s).toInt(), 1); // card 3
    QCOMPARE(cards.value(u"review"_s).toInt(), 5); // cards 0, 2, 4, 5, 6
    QCOMPARE(cards.value(u"relearning"_s).toInt(), 1); // card 1
    QCOMPARE(cards.value(u"total"_s).toInt(), 44);
    QCOMPARE(stats.value(u"due_today"_s).toInt(), 5); // cards 0, 1, 3, 5, 6
    QCOMPARE(stats.value(u"reviews_today"_s).toInt(), 3); // cards 1, 2, 3
    const QJsonObject retention = stats.value(u"retention_30d"_s).toObject();
    QCOMPARE(retention.value(u"reviews"_s).toInt(), 5);
    QCOMPARE(retention.value(u"rate"_s).toDouble(), 3.0 / 5);
    QCOMPARE(retention.value(u"young"_s).toObject().value(u"reviews"_s).toInt(), 3);
    QCOMPARE(retention.value(u"young"_s).toObject().value(u"rate"_s).toDouble(), 2.0 / 3);
    QCOMPARE(retention.value(u"mature"_s).toObject().value(u"reviews"_s).toInt(), 2);
    QCOMPARE(retention.value(u"mature"_s).toObject().value(u"rate"_s).toDouble(), 0.5);
    // 13 reviews in the window: 12 × 5 s + 18 s = 78 s (card 1's first, 99 s, is older).
    QCOMPARE(stats.value(u"average_seconds_per_review"_s).toDouble(), 6.0);

    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(
        plain.out.contains(u"60 % of 5 review grades passed (young 67 % of 3, mature 50 % of 2)"_s),
        qPrintable(plain.out));
    QVERIFY(plain.out.contains(u"6.0 s on average over 13 reviews"_s));
    QVERIFY(plain.out.contains(
        QRegularExpression(u"^Reviews today +3$"_s, QRegularExpression::MultilineOption)));
}

void TestStatsCli::dataDirBeforeOrAfterTheVerb_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1 stands for the data folder
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("before") << QStringList {u"--data-dir"_s, u"%1"_s, u"stats"_s, u"--json"_s}
                            << false;
    QTest::newRow("before, with =")
        << QStringList {u"--data-dir=%1"_s, u"stats"_s, u"--json"_s} << false;
    QTest::newRow("after") << QStringList {u"stats"_s, u"--json"_s, u"--data-dir"_s, u"%1"_s}
                           << false;
    QTest::newRow("environment") << QStringList {u"stats"_s, u"--json"_s} << true;
    QTest::newRow("option wins over environment")
        << QStringList {u"stats"_s, u"--data-dir"_s, u"%1"_s, u"--json"_s} << true;
}

void TestStatsCli::dataDirBeforeOrAfterTheVerb()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, fromEnvironment);
    const Run run = onOneStudyDay([&] {
        QTemporaryDir dir;
        writeReviews(dir.path());
        QTemporaryDir otherDir; // what the environment names when the option must win
        const bool optionGiven = arguments.join(u' ').contains(u"%1"_s);
        QStringList withDir = arguments;
        for (QString &argument : withDir)
            argument.replace(u"%1"_s, dir.path());
        const QString environment
            = fromEnvironment ? (optionGiven ? otherDir.path() : dir.path()) : QString();
        return archdeck(withDir, environment);
    });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parseObject(run.out).value(u"reviews_today"_s).toInt(), 3);
}

void TestStatsCli::makesNoBackup()
{
    QTemporaryDir dir;
    writeReviews(dir.path());
    QVERIFY(archdeck({u"--data-dir"_s, dir.path(), u"stats"_s}).exitCode == 0);
    QVERIFY(archdeck({u"--data-dir"_s, dir.path(), u"stats"_s, u"--json"_s}).exitCode == 0);
    QCOMPARE(QDir(dir.filePath(u"backups"_s)).entryList(QDir::Files), QStringList());
    // A global option before a verb that does not read the collection is accepted and ignored.
    QCOMPARE(archdeck({u"--data-dir"_s, dir.path(), u"cards"_s}).exitCode, 0);
}

void TestStatsCli::help()
{
    const Run run = archdeck({u"stats"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.startsWith(u"Usage: archdeck [--data-dir DIR] stats [--json]"_s),
        qPrintable(run.out));
    QVERIFY(run.out.contains(u"--data-dir <DIR>"_s));
    const Run usage = archdeck({u"--help"_s});
    QVERIFY(usage.out.contains(QRegularExpression(u"\\n  stats +\\S"_s)));
    QVERIFY(usage.out.contains(u"--data-dir DIR"_s));
}

void TestStatsCli::dataDirIsAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"not-a-folder"_s);
    QFile touch(file);
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    const Run run = archdeck({u"--data-dir"_s, file, u"stats"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"archdeck stats: Could not create the data folder "_s + file),
        qPrintable(run.err));
}

void TestStatsCli::collectionCannotOpen()
{
    QTemporaryDir dir;
    // A folder where the collection file should be: not damage, so the store refuses to open.
    QVERIFY(QDir(dir.path()).mkdir(CollectionStore::databaseFileName()));
    const Run run = archdeck({u"--data-dir"_s, dir.path(), u"stats"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"archdeck stats: "_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_stats_cli.moc"

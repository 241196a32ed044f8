// Tests for the FSRS-6 scheduler. The reference test replays histories that ts-fsrs 5.4.2 graded
// (tests/data/fsrs-reference.json, written by tests/fsrs/generate.mjs) and expects the same
// results; the rest check what FSRS promises: R(S) = 0.9, ordered intervals, the interval cap,
// repeatable fuzz, and the button labels.
#include "clock.h"
#include "fakeclock.h"
#include "fsrsfuzz.h"
#include "fsrsintervallabel.h"
#include "fsrsrandom.h"
#include "fsrsscheduler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArchDeck::SchedulingState)

namespace {

QDateTime utc(const QString &isoText)
{
    return QDateTime::fromString(isoText, Qt::ISODateWithMs).toUTC();
}

QString phaseName(CardPhase phase)
{
    switch (phase) {
    case CardPhase::New:
        return u"New"_s;
    case CardPhase::Learning:
        return u"Learning"_s;
    case CardPhase::Review:
        return u"Review"_s;
    case CardPhase::Relearning:
        break;
    }
    return u"Relearning"_s;
}

bool closeEnough(double actual, double expected)
{
    return qAbs(actual - expected) <= 1e-4 * qMax(qAbs(expected), 1e-12);
}

/// A card in review: last reviewed at `lastReview`, with the given memory.
SchedulingState reviewCard(double stability, double difficulty, const QDateTime &lastReview)
{
    SchedulingState card;
    card.phase = CardPhase::Review;
    card.stability = stability;
    card.difficulty = difficulty;
    card.lastReview = lastReview;
    card.scheduledDays = qMax(1, int(stability));
    card.due = lastReview.addDays(card.scheduledDays);
    card.reps = 5;
    return card;
}

const QDateTime start = QDateTime(QDate(2025, 1, 25), QTime(17, 15), Qt::UTC);

} // namespace

class TestFsrs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceVectors_data();
    void referenceVectors();
    void cleanupTestCase();

    void defaultWeights_data();
    void defaultWeights();
    void defaultSettings();
    void stepMinutes_data();
    void stepMinutes();

    void retrievabilityAtStability_data();
    void retrievabilityAtStability();
    void retrievabilityOfCards();

    void intervalOrdering_data();
    void intervalOrdering();
    void maximumInterval_data();
    void maximumInterval();
    void previewOfNewCard();

    void fuzzRange_data();
    void fuzzRange();
    void randomMatchesAlea_data();
    void randomMatchesAlea();
    void javaScriptNumbers_data();
    void javaScriptNumbers();
    void fuzzMatchesTsFsrs_data();
    void fuzzMatchesTsFsrs();
    void fuzzIsRepeatableAndBounded();

    void intervalLabel_data();
    void intervalLabel();
    void fakeClock();

private:
    FsrsParameters m_referenceParameters;
    QJsonArray m_cases;
    int m_casesReplayed = 0;
    int m_reviewsChecked = 0;
};

// ---- the reference vectors -------------------------------------------------------------------

void TestFsrs::initTestCase()
{
    QString path = qEnvironmentVariable("ARCHDECK_FSRS_VECTORS");
    if (path.isEmpty())
        path = QStringLiteral(ARCHDECK_FSRS_REFERENCE);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u": "_s + file.errorString()));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError,
        qPrintable(u"%1: %2 at offset %3"_s.arg(path, error.errorString()).arg(error.offset)));

    const QJsonObject params = root.value(u"params"_s).toObject();
    const QJsonArray w = params.value(u"w"_s).toArray();
    QCOMPARE(w.size(), FsrsParameters::weightCount);
    for (int i = 0; i < FsrsParameters::weightCount; ++i)
        m_referenceParameters.weights[i] = w.at(i).toDouble();
    m_referenceParameters.desiredRetention = params.value(u"request_retention"_s).toDouble(0.9);
    m_referenceParameters.maximumInterval = params.value(u"maximum_interval"_s).toInt(36500);
    m_referenceParameters.fuzzEnabled = params.value(u"enable_fuzz"_s).toBool(false);
    m_referenceParameters.shortTermEnabled = params.value(u"enable_short_term"_s).toBool(true);
    const auto steps = [&params](const QString &key, QList<int> &minutes) {
        if (!params.contains(key))
            return true;
        minutes.clear();
        const QJsonArray texts = params.value(key).toArray();
        for (const QJsonValue &text : texts) {
            minutes.append(FsrsParameters::stepMinutes(text.toString()));
            if (minutes.last() < 0)
                return false;
        }
        return true;
    };
    QVERIFY(steps(u"learning_steps"_s, m_referenceParameters.learningSteps));
    QVERIFY(steps(u"relearning_steps"_s, m_referenceParameters.relearningSteps));

    m_cases = root.value(u"cases"_s).toArray();
    QVERIFY2(!m_cases.isEmpty(), qPrintable(path + u": no cases"_s));
}

void TestFsrs::referenceVectors_data()
{
    QTest::addColumn<int>("caseIndex");
    for (int i = 0; i < m_cases.size(); ++i) {
        const QString name = m_cases.at(i).toObject().value(u"name"_s).toString();
        QTest::addRow("%d %s", i, qPrintable(name)) << i;
    }
}

// Replays one case from a new card. The first difference fails the case, naming the review and
// the field; the reviews after it are not compared (they would differ too).
void TestFsrs::referenceVectors()
{
    QFETCH(int, caseIndex);
    const QJsonObject testCase = m_cases.at(caseIndex).toObject();
    const QString name = testCase.value(u"name"_s).toString();
    const QJsonArray reviews = testCase.value(u"reviews"_s).toArray();
    QVERIFY2(!reviews.isEmpty(), qPrintable(u"case \"%1\" has no reviews"_s.arg(name)));
    ++m_casesReplayed;

    const FsrsScheduler scheduler(m_referenceParameters);
    SchedulingState card;
    for (int i = 0; i < reviews.size(); ++i) {
        const QJsonObject review = reviews.at(i).toObject();
        const QJsonObject expect = review.value(u"expect"_s).toObject();
        const QString where = u"case \"%1\", review %2"_s.arg(name).arg(i);
        const QDateTime at = utc(review.value(u"at"_s).toString());
        const int rating = review.value(u"rating"_s).toInt();
        QVERIFY2(at.isValid(), qPrintable(where + u": bad \"at\""_s));
        QVERIFY2(rating >= 1 && rating <= 4, qPrintable(where + u": bad rating"_s));
        if (i == 0)
            card = FsrsScheduler::newCard(at);

        card = scheduler.next(card, at, Rating(rating));
        ++m_reviewsChecked;

        const auto mismatch
            = [&where](const char *field, const QString &actual, const QString &expected) {
                  return u"%1: %2 is %3, ts-fsrs gives %4"_s.arg(
                      where, QLatin1StringView(field), actual, expected);
              };
        const QString state = expect.value(u"state"_s).toString();
        QVERIFY2(phaseName(card.phase) == state,
            qPrintable(mismatch("state", phaseName(card.phase), state)));
        const QDateTime due = utc(expect.value(u"due"_s).toString());
        QVERIFY2(card.due.toSecsSinceEpoch() == due.toSecsSinceEpoch(),
            qPrintable(mismatch("due", card.due.toString(Qt::ISODate), due.toString(Qt::ISODate))));
        const double stability = expect.value(u"stability"_s).toDouble();
        QVERIFY2(closeEnough(card.stability, stability),
            qPrintable(mismatch("stability", QString::number(card.stability, 'g', 12),
                QString::number(stability, 'g', 12))));
        const double difficulty = expect.value(u"difficulty"_s).toDouble();
        QVERIFY2(closeEnough(card.difficulty, difficulty),
            qPrintable(mismatch("difficulty", QString::number(card.difficulty, 'g', 12),
                QString::number(difficulty, 'g', 12))));

        // scheduled_days is required; the other counters are compared when the file has them.
        const struct
        {
            const char *field;
            int actual;
            bool required;
        } counters[] = {
            {"scheduled_days", card.scheduledDays, true},
            {"elapsed_days", card.elapsedDays, false},
            {"learning_steps", card.learningSteps, false},
            {"reps", card.reps, false},
            {"lapses", card.lapses, false},
        };
        for (const auto &counter : counters) {
            const QJsonValue expected = expect.value(QLatin1StringView(counter.field));
            if (expected.isUndefined() && !counter.required)
                continue;
            QVERIFY2(counter.actual == expected.toInt(-1),
                qPrintable(mismatch(counter.field, QString::number(counter.actual),
                    expected.isUndefined() ? u"nothing"_s : QString::number(expected.toInt()))));
        }
    }
}

void TestFsrs::cleanupTestCase()
{
    if (m_cases.isEmpty())
        return;
    // Printed as-is (not through qInfo) so scripts and people can grep for it.
    std::printf(
        "fsrs reference: %d cases, %d reviews checked\n", m_casesReplayed, m_reviewsChecked);
    std::fflush(stdout);
}

// ---- parameters ------------------------------------------------------------------------------

void TestFsrs::defaultWeights_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("published");
    const double published[]
        = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    for (int i = 0; i < FsrsParameters::weightCount; ++i)
        QTest::addRow("w%d", i) << i << published[i];
}

void TestFsrs::defaultWeights()
{
    QFETCH(int, index);
    QFETCH(double, published);
    const FsrsParameters parameters;
    QCOMPARE(parameters.weights[index], published);
    QCOMPARE(parameters.clampedWeights()[index], published); // the defaults are in range
}

void TestFsrs::defaultSettings()
{
    const FsrsParameters parameters;
    QCOMPARE(parameters.desiredRetention, 0.9);
    QCOMPARE(parameters.maximumInterval, 36500);
    QCOMPARE(parameters.learningSteps, QList<int>({1, 10}));
    QCOMPARE(parameters.relearningSteps, QList<int>({10}));
    QVERIFY(!parameters.fuzzEnabled);
    QVERIFY(parameters.shortTermEnabled);

    FsrsParameters custom;
    custom.desiredRetention = 0.8;
    FsrsScheduler scheduler;
    scheduler.setParameters(custom);
    QCOMPARE(scheduler.parameters().desiredRetention, 0.8);
}

void TestFsrs::stepMinutes_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("minutes");
    QTest::newRow("minutes") << u"1m"_s << 1;
    QTest::newRow("ten minutes") << u"10m"_s << 10;
    QTest::newRow("hours") << u"2h"_s << 120;
    QTest::newRow("days") << u"1d"_s << 1440;
    QTest::newRow("zero") << u"0m"_s << 0;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("unit only") << u"m"_s << -1;
    QTest::newRow("seconds") << u"30s"_s << -1;
    QTest::newRow("negative") << u"-1m"_s << -1;
    QTest::newRow("fraction") << u"1.5m"_s << -1;
}

void TestFsrs::stepMinutes()
{
    QFETCH(QString, step);
    QFETCH(int, minutes);
    QCOMPARE(FsrsParameters::stepMinutes(step), minutes);
}

// ---- the forgetting curve --------------------------------------------------------------------

void TestFsrs::retrievabilityAtStability_data()
{
    QTest::addColumn<double>("stability");
    for (const double s : {0.1, 0.5, 1.0, 2.3065, 8.2956, 10.0, 100.0, 365.0, 3650.0, 36500.0})
        QTest::addRow("S=%g", s) << s;
}

// S is defined as the time until R falls to 90%; the FSRS-6 curve keeps that for any decay w20.
void TestFsrs::retrievabilityAtStability()
{
    QFETCH(double, stability);
    const FsrsScheduler scheduler;
    QCOMPARE(scheduler.forgettingCurve(0, stability), 1.0);
    QVERIFY(qAbs(scheduler.forgettingCurve(stability, stability) - 0.9) < 1e-8);
    QVERIFY(scheduler.forgettingCurve(stability / 2, stability) > 0.9);
    QVERIFY(scheduler.forgettingCurve(stability * 2, stability) < 0.9);

    FsrsParameters fsrs5Decay; // the curve still passes through 0.9 at S with another decay
    fsrs5Decay.weights[20] = 0.5;
    QVERIFY(qAbs(FsrsScheduler(fsrs5Decay).forgettingCurve(stability, stability) - 0.9) < 1e-8);
}

void TestFsrs::retrievabilityOfCards()
{
    const FsrsScheduler scheduler;
    QCOMPARE(scheduler.retrievability(FsrsScheduler::newCard(start), start.addDays(3)), 0.0);

    const SchedulingState card = reviewCard(10, 5, start);
    QCOMPARE(scheduler.retrievability(card, start), 1.0);
    QVERIFY(qAbs(scheduler.retrievability(card, start.addDays(10)) - 0.9) < 1e-8);
    // Whole days, as ts-fsrs counts them here: 10 days minus a second is still 9 days.
    QCOMPARE(scheduler.retrievability(card, start.addDays(10).addSecs(-1)),
        scheduler.forgettingCurve(9, 10));
    QCOMPARE(scheduler.retrievability(card, start.addSecs(-3600)), 1.0);
}

// ---- intervals -------------------------------------------------------------------------------

void TestFsrs::intervalOrdering_data()
{
    QTest::addColumn<SchedulingState>("card");
    QTest::addColumn<QDateTime>("now");

    const FsrsScheduler scheduler;
    const SchedulingState fresh = FsrsScheduler::newCard(start);
    QTest::newRow("new") << fresh << start;
    const SchedulingState learning = scheduler.next(fresh, start, Rating::Good);
    QTest::newRow("learning, second step") << learning << learning.due;
    const SchedulingState relearning
        = scheduler.next(reviewCard(20, 6, start), start.addDays(20), Rating::Again);
    QTest::newRow("relearning") << relearning << relearning.due;
    QTest::newRow("relearning, a day late") << relearning << relearning.due.addDays(1);

    for (const double s : {0.1, 0.5, 1.0, 2.5, 7.0, 30.0, 100.0, 365.0, 3650.0, 30000.0}) {
        for (const double d : {1.0, 3.0, 5.5, 8.0, 10.0}) {
            const SchedulingState card = reviewCard(s, d, start);
            for (const double fraction : {0.0, 0.5, 1.0, 3.0}) {
                const QDateTime now = start.addSecs(qint64(fraction * s * 86400) + 600);
                QTest::addRow("review S=%g D=%g at %g S", s, d, fraction) << card << now;
            }
        }
    }
}

// Again ≤ Hard < Good < Easy by due time. ts-fsrs enforces Good < Easy only for cards in review;
// a (re)learning card whose Good and Easy both graduate can land on the same day.
void TestFsrs::intervalOrdering()
{
    QFETCH(SchedulingState, card);
    QFETCH(QDateTime, now);
    const FsrsPreview preview = FsrsScheduler().preview(card, now);
    QVERIFY(preview.again.due <= preview.hard.due);
    QVERIFY(preview.hard.due < preview.good.due);
    if (card.phase == CardPhase::Review || card.phase == CardPhase::New)
        QVERIFY(preview.good.due < preview.easy.due);
    else
        QVERIFY(preview.good.due <= preview.easy.due);
}

void TestFsrs::maximumInterval_data()
{
    QTest::addColumn<int>("maximumInterval");
    QTest::addColumn<double>("stability");
    QTest::addColumn<QList<int>>("days"); // Hard, Good, Easy, from ts-fsrs 5.4.2
    QTest::newRow("only Good reaches the cap") << 30 << 10.0 << QList<int> {23, 30, 31};
    QTest::newRow("100 days") << 100 << 200.0 << QList<int> {100, 101, 102};
    QTest::newRow("a year") << 365 << 300.0 << QList<int> {365, 366, 367};
    QTest::newRow("default") << 36500 << 36000.0 << QList<int> {36500, 36501, 36502};
}

// The cap applies to each interval, then the ordering Hard < Good < Easy is restored by adding
// days, so Good and Easy may pass the cap by one and two days, as they do in ts-fsrs.
void TestFsrs::maximumInterval()
{
    QFETCH(int, maximumInterval);
    QFETCH(double, stability);
    QFETCH(QList<int>, days);
    FsrsParameters parameters;
    parameters.maximumInterval = maximumInterval;
    const SchedulingState card = reviewCard(stability, 5, start);
    const FsrsPreview preview
        = FsrsScheduler(parameters).preview(card, start.addDays(qMin(int(stability), 3000)));
    QCOMPARE(QList<int>({preview.hard.scheduledDays, preview.good.scheduledDays,
                 preview.easy.scheduledDays}),
        days);
    QCOMPARE(preview.again.phase, CardPhase::Relearning);
}

void TestFsrs::previewOfNewCard()
{
    const FsrsPreview preview = FsrsScheduler().preview(FsrsScheduler::newCard(start), start);
    const QStringList labels = {ArchDeck::intervalLabel(start, preview.again.due),
        ArchDeck::intervalLabel(start, preview.hard.due),
        ArchDeck::intervalLabel(start, preview.good.due),
        ArchDeck::intervalLabel(start, preview.easy.due)};
    QCOMPARE(labels, QStringList({u"1m"_s, u"6m"_s, u"10m"_s, u"8d"_s}));
    QCOMPARE(preview.good.phase, CardPhase::Learning);
    QCOMPARE(preview.good.learningSteps, 1);
    QCOMPARE(preview.easy.phase, CardPhase::Review);
}

// ---- fuzz ------------------------------------------------------------------------------------

void TestFsrs::fuzzRange_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("elapsedDays");
    QTest::addColumn<int>("maximumInterval");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    // Expected values from ts-fsrs's get_fuzz_range.
    QTest::newRow("10 days") << 10 << 0 << 36500 << 8 << 12;
    QTest::newRow("30 days") << 30 << 0 << 36500 << 27 << 33;
    QTest::newRow("100 days") << 100 << 0 << 36500 << 93 << 107;
    QTest::newRow("a year") << 365 << 0 << 36500 << 345 << 385;
    QTest::newRow("3 days") << 3 << 0 << 36500 << 2 << 4;
    QTest::newRow("3 days, 5 elapsed") << 3 << 5 << 36500 << 2 << 4;
    QTest::newRow("10 days, 10 elapsed") << 10 << 10 << 36500 << 8 << 12;
    QTest::newRow("longer than elapsed") << 10 << 9 << 36500 << 10 << 12;
    QTest::newRow("at the cap") << 36500 << 0 << 36500 << 34673 << 36500;
    QTest::newRow("past a low cap") << 100 << 0 << 50 << 43 << 50;
}

void TestFsrs::fuzzRange()
{
    QFETCH(int, interval);
    QFETCH(int, elapsedDays);
    QFETCH(int, maximumInterval);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const FsrsFuzzRange range = fsrsFuzzRange(interval, elapsedDays, maximumInterval);
    QCOMPARE(range.minimum, minimum);
    QCOMPARE(range.maximum, maximum);
}

void TestFsrs::randomMatchesAlea_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QList<double>>("expected"); // ts-fsrs's alea(seed), first three numbers
    QTest::newRow("review seed") << u"1737825300000_3_12.5"_s
                                 << QList<double> {0.2828017338179052, 0.13898649322800338,
                                        0.5511810365132987};
    QTest::newRow("first review") << u"1737825300000_1_0"_s
                                  << QList<double> {0.15810995339415967, 0.9380039244424552,
                                         0.8042263370007277};
    QTest::newRow("word") << u"hello"_s
                          << QList<double> {
                                 0.8750656815245748, 0.33650841237977147, 0.6642807484604418};
    QTest::newRow("empty") << QString()
                           << QList<double> {
                                  0.1666577742435038, 0.4869158477522433, 0.00011322717182338238};
    QTest::newRow("long seed") << u"1700000000123_42_4885.412563901"_s
                               << QList<double> {
                                      0.40104906214401126, 0.5121964241843671, 0.15950869861990213};
}

void TestFsrs::randomMatchesAlea()
{
    QFETCH(QString, seed);
    QFETCH(QList<double>, expected);
    FsrsRandom random(seed);
    const QList<double> actual = {random.next(), random.next(), random.next()};
    QCOMPARE(actual, expected);
}

void TestFsrs::javaScriptNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text"); // String(value) in Node
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("integer") << 365000.0 << u"365000"_s;
    QTest::newRow("decimal") << 12.5 << u"12.5"_s;
    QTest::newRow("D × S") << 2.11810397 * 2.3065 << u"4.885406806805"_s;
    QTest::newRow("binary fraction") << 0.1 * 3 << u"0.30000000000000004"_s;
    QTest::newRow("third") << 1.0 / 3 << u"0.3333333333333333"_s;
    QTest::newRow("small") << 0.000001 << u"0.000001"_s;
    QTest::newRow("smaller") << 1.5e-7 << u"1.5e-7"_s;
    QTest::newRow("big") << 123456789012345680000.0 << u"123456789012345680000"_s;
    QTest::newRow("bigger") << 1e21 << u"1e+21"_s;
    QTest::newRow("negative") << -2.5 << u"-2.5"_s;
}

void TestFsrs::javaScriptNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(javaScriptNumberText(value), text);
}

void TestFsrs::fuzzMatchesTsFsrs_data()
{
    QTest::addColumn<int>("secondsLate");
    QTest::addColumn<int>("days"); // ts-fsrs 5.4.2 with enable_fuzz: true
    QTest::newRow("on time") << 0 << 5;
    QTest::newRow("1 s late") << 1 << 5;
    QTest::newRow("2 s late") << 2 << 4;
    QTest::newRow("3 s late") << 3 << 3;
    QTest::newRow("4 s late") << 4 << 5;
}

// A new card graded Good at 17:15, then Easy on its 10-minute step: unfuzzed 4 days.
void TestFsrs::fuzzMatchesTsFsrs()
{
    QFETCH(int, secondsLate);
    QFETCH(int, days);
    FsrsParameters parameters;
    parameters.fuzzEnabled = true;
    const FsrsScheduler scheduler(parameters);
    const SchedulingState learning
        = scheduler.next(FsrsScheduler::newCard(start), start, Rating::Good);
    const SchedulingState graduated
        = scheduler.next(learning, learning.due.addSecs(secondsLate), Rating::Easy);
    QCOMPARE(graduated.scheduledDays, days);
}

void TestFsrs::fuzzIsRepeatableAndBounded()
{
    FsrsParameters parameters;
    const FsrsScheduler plain(parameters);
    parameters.fuzzEnabled = true;
    const FsrsScheduler fuzzed(parameters);

    QSet<int> seen;
    for (const double s : {1.0, 5.0, 30.0, 100.0, 1000.0}) {
        SchedulingState card = plain.next(FsrsScheduler::newCard(start), start, Rating::Good);
        card.stability = s; // graduating with Easy uses the interval of S directly
        const int unfuzzed = plain.next(card, card.due, Rating::Easy).scheduledDays;
        const FsrsFuzzRange range = fsrsFuzzRange(unfuzzed, 0, parameters.maximumInterval);
        for (int minute = 0; minute < 60; ++minute) {
            const QDateTime now = card.due.addSecs(minute * 60);
            const int days = fuzzed.next(card, now, Rating::Easy).scheduledDays;
            QCOMPARE(fuzzed.next(card, now, Rating::Easy).scheduledDays, days); // same seed
            if (unfuzzed < 3) {
                QCOMPARE(days, unfuzzed); // short intervals are never fuzzed
            } else {
                QVERIFY2(days >= range.minimum && days <= range.maximum,
                    qPrintable(u"S=%1: %2 days outside %3–%4"_s.arg(s)
                                   .arg(days)
                                   .arg(range.minimum)
                                   .arg(range.maximum)));
                seen.insert(days);
            }
        }
    }
    QVERIFY(seen.size() > 10); // it does spread the intervals
}

// ---- labels and the clock --------------------------------------------------------------------

void TestFsrs::intervalLabel_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("label");
    const qint64 minute = 60;
    const qint64 hour = 60 * minute;
    const qint64 day = 24 * hour;
    QTest::newRow("negative") << qint64(-30) << u"0s"_s;
    QTest::newRow("seconds") << qint64(45) << u"45s"_s;
    QTest::newRow("one minute") << minute << u"1m"_s;
    QTest::newRow("six minutes") << 6 * minute << u"6m"_s;
    QTest::newRow("ten minutes") << 10 * minute << u"10m"_s;
    QTest::newRow("one hour") << hour << u"1h"_s;
    QTest::newRow("hour and a half") << 90 * minute << u"1.5h"_s;
    QTest::newRow("three hours") << 3 * hour << u"3h"_s;
    QTest::newRow("one day") << day << u"1d"_s;
    QTest::newRow("three days") << 3 * day << u"3d"_s;
    QTest::newRow("29 days") << 29 * day << u"29d"_s;
    QTest::newRow("a month") << 30 * day << u"1mo"_s;
    QTest::newRow("45 days") << 45 * day << u"1.5mo"_s;
    QTest::newRow("two months") << 60 * day << u"2mo"_s;
    QTest::newRow("a year") << 365 * day << u"1y"_s;
    QTest::newRow("438 days") << 438 * day << u"1.2y"_s;
    QTest::newRow("the cap") << 36500 * day << u"100y"_s;
}

void TestFsrs::intervalLabel()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, label);
    QCOMPARE(ArchDeck::intervalLabel(start, start.addSecs(seconds)), label);
}

void TestFsrs::fakeClock()
{
    FakeClock clock(start);
    QCOMPARE(clock.now(), start);
    clock.advance(600);
    QCOMPARE(clock.now(), start.addSecs(600));
    clock.setNow(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(clock.now().date(), QDate(2030, 1, 1));

    const SystemClock system;
    QCOMPARE(system.now().timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"

// Tests for CollectionStore: creating and opening a collection, its pragmas, every write surviving
// a reopen, undo, settings, and where the collection lives. The queue, finding cards and
// statistics: tst_store_queries; migrations and backups: tst_store_schema; damaged files:
// tst_store_corruption; SIGKILL: tst_store_durability.
#include "collectionlocation.h"
#include "collectionstore.h"
#include "store/storetestsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace ArchDeck;
using namespace ArchDeck::StoreTest;
using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_dir = m_tempDir->path();
    }

    void createsCollection();
    void pragmasAreSet();
    void reviewRoundTripsThroughReopen_data();
    void reviewRoundTripsThroughReopen();
    void everyWriteSurvivesReopen();
    void unknownCardIsNew();
    void rejectsInvalidReview_data();
    void rejectsInvalidReview();
    void undoRestoresPreviousStates();
    void settings_data();
    void settings();
    void twoStoresShareOneFile();
    void failsCleanlyWhenClosed();
    void location_data();
    void location();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir; // a fresh collection folder for every test and row
    QString m_dir;
};

void TestStore::createsCollection()
{
    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir);
    QVERIFY2(result.isOpen(), qPrintable(result.errorMessage()));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Created);
    QCOMPARE(result.schemaVersionFound, 0);
    QVERIFY(result.schemaVersion >= 2);
    QVERIFY(!result.hasNotice());
    QVERIFY(result.backupPath.isEmpty()); // nothing to back up yet
    QVERIFY(QFile::exists(QDir(m_dir).filePath(u"collection.sqlite3"_s)));
    QCOMPARE(store.databasePath(), QDir(m_dir).filePath(u"collection.sqlite3"_s));
    store.close();

    const StoreOpenResult again = store.open(m_dir);
    QCOMPARE(again.outcome, StoreOpenResult::Outcome::Opened);
    QCOMPARE(again.schemaVersionFound, result.schemaVersion);
}

void TestStore::pragmasAreSet()
{
    CollectionStore store;
    QVERIFY(store.open(m_dir).isOpen());
    const Result<StoreStatus> status = store.status();
    QVERIFY2(status.isOk(), qPrintable(status.errorMessage()));
    QCOMPARE(status.value.journalMode, u"wal"_s);
    QVERIFY(status.value.foreignKeys);
    QCOMPARE(status.value.synchronous, 1); // NORMAL: see CollectionStore::connect()
    QCOMPARE(status.value.schemaVersion, store.open(m_dir).schemaVersion);
    QVERIFY(store.check(StoreCheckDepth::Quick).isHealthy());
    QVERIFY(store.check(StoreCheckDepth::Full).isHealthy());

    // WAL is a property of the file: another connection sees it too.
    RawDatabase raw(store.databasePath());
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestStore::reviewRoundTripsThroughReopen_data()
{
    QTest::addColumn<ReviewRecord>("review");

    SchedulingState fresh; // New, never scheduled: invalid times must come back invalid
    QTest::newRow("first review") << review(u"q04-outbox-pattern"_s, t0, Rating::Good, fresh, 1);

    ReviewRecord exact = review(u"q07"_s, t0.addMSecs(123), Rating::Again, reviewedState(5, t0), 7);
    exact.after.stability = 2.3065000000000002;
    exact.after.difficulty = 0.1 + 0.2; // not representable in decimal: must survive bit for bit
    exact.before.stability = 1e-300;
    QTest::newRow("awkward doubles and milliseconds") << exact;

    ReviewRecord extreme = review(u"card with spaces/ünïcode"_s, t0, Rating::Easy, fresh, 99);
    extreme.after.scheduledDays = 36500;
    extreme.after.due = t0.addDays(36500);
    extreme.durationMs = std::numeric_limits<qint64>::max() / 2;
    extreme.after.phase = CardPhase::Relearning;
    QTest::newRow("hundred-year interval, odd id") << extreme;

    QTest::newRow("hard") << review(u"q11"_s, t0, Rating::Hard, reviewedState(2, t0), 3);
}

void TestStore::reviewRoundTripsThroughReopen()
{
    QFETCH(ReviewRecord, review);
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, noBackup()).isOpen());
        const Result<qint64> saved = store.saveReview(review);
        QVERIFY2(saved.isOk(), qPrintable(saved.errorMessage()));
        QVERIFY(saved.value > 0);
        review.id = saved.value;
    }
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    const Result<QList<ReviewRecord>> reviews = store.reviews(review.cardId);
    QVERIFY(reviews.isOk());
    QCOMPARE(reviews.value.size(), 1);
    QCOMPARE(reviews.value.constFirst(), review);
    QCOMPARE(store.cardState(review.cardId).value, review.after);
    QVERIFY(std::isfinite(store.cardState(review.cardId).value.difficulty));
}

void TestStore::everyWriteSurvivesReopen()
{
    QList<ReviewRecord> saved;
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, noBackup()).isOpen());
        QCOMPARE(store.addCards({u"a"_s, u"b"_s, u"c"_s}, t0).value, 3);
        QCOMPARE(store.addCards({u"b"_s, u"d"_s}, t0.addSecs(60)).value, 1); // b is kept
        SchedulingState before;
        for (int i = 0; i < 20; ++i) {
            const QString card = QStringList {u"a"_s, u"b"_s, u"e"_s}.at(i % 3);
            ReviewRecord r = review(
                card, t0.addSecs(i * 3600), Rating(1 + i % 4), store.cardState(card).value, i);
            r.id = store.saveReview(r).value;
            QVERIFY(r.id > 0);
            saved.append(r);
        }
        QVERIFY(store.setSetting(u"desired_retention"_s, u"0.9"_s).isOk());
    }
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    const QList<ReviewRecord> all = store.reviewsBetween(t0, t0.addDays(2)).value;
    QCOMPARE(all, saved);
    const QHash<QString, SchedulingState> states = store.allCardStates().value;
    QCOMPARE(states.size(), 5);
    QCOMPARE(states.value(u"a"_s), saved.at(18).after);
    QCOMPARE(states.value(u"b"_s), saved.at(19).after);
    QCOMPARE(states.value(u"e"_s), saved.at(17).after);
    QCOMPARE(states.value(u"c"_s).phase, CardPhase::New);
    QCOMPARE(store.setting(u"desired_retention"_s).value, u"0.9"_s);
    QCOMPARE(store.reviewsBetween(t0.addSecs(3600), t0.addSecs(3 * 3600)).value.size(), 2);
}

void TestStore::unknownCardIsNew()
{
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    const Result<SchedulingState> state = store.cardState(u"never-seen"_s);
    QVERIFY(state.isOk());
    QCOMPARE(state.value, SchedulingState {});
    QVERIFY(store.reviews(u"never-seen"_s).value.isEmpty());
}

void TestStore::rejectsInvalidReview_data()
{
    QTest::addColumn<ReviewRecord>("review");
    QTest::addColumn<QString>("messagePart");
    ReviewRecord noCard = review(u"x"_s, t0, Rating::Good, {}, 1);
    noCard.cardId.clear();
    QTest::newRow("no card") << noCard << u"names no card"_s;
    ReviewRecord noTime = review(u"x"_s, {}, Rating::Good, {}, 1);
    QTest::newRow("no time") << noTime << u"has no time"_s;
    ReviewRecord badGrade = review(u"x"_s, t0, Rating(7), {}, 1);
    QTest::newRow("grade 7") << badGrade << u"grade 7"_s;
}

void TestStore::rejectsInvalidReview()
{
    QFETCH(ReviewRecord, review);
    QFETCH(QString, messagePart);
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    const Result<qint64> saved = store.saveReview(review);
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.errorMessage().contains(messagePart), qPrintable(saved.errorMessage()));
    QVERIFY(store.reviewsBetween(t0.addYears(-1), t0.addYears(1)).value.isEmpty());
}

void TestStore::undoRestoresPreviousStates()
{
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    QVERIFY(!store.undoLastReview().value); // nothing to undo

    ReviewRecord first = review(u"q1"_s, t0, Rating::Good, {}, 1);
    first.id = store.saveReview(first).value;
    ReviewRecord other = review(u"q2"_s, t0.addSecs(5), Rating::Easy, {}, 2);
    other.id = store.saveReview(other).value;
    ReviewRecord second = review(u"q1"_s, t0.addSecs(600), Rating::Again, first.after, 3);
    second.id = store.saveReview(second).value;

    Result<std::optional<ReviewRecord>> undone = store.undoLastReview();
    QVERIFY(undone.isOk());
    QVERIFY(undone.value);
    QCOMPARE(*undone.value, second);
    QCOMPARE(store.cardState(u"q1"_s).value, first.after);
    QCOMPARE(store.reviews(u"q1"_s).value, QList<ReviewRecord> {first});

    store.close(); // the undo is durable too
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    QCOMPARE(store.cardState(u"q1"_s).value, first.after);
    QCOMPARE(store.undoLastReview().value.value_or(ReviewRecord {}), other);
    QCOMPARE(store.cardState(u"q2"_s).value, SchedulingState {});
    QCOMPARE(store.undoLastReview().value.value_or(ReviewRecord {}), first);
    QCOMPARE(store.cardState(u"q1"_s).value, SchedulingState {});
    QVERIFY(!store.undoLastReview().value);

    // An undone id is never handed out again.
    const qint64 next = store.saveReview(review(u"q3"_s, t0, Rating::Good, {}, 4)).value;
    QVERIFY(next > second.id);
}

void TestStore::settings_data()
{
    QTest::addColumn<QStringList>("writes"); // key=value, in order
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unset gives the fallback")
        << QStringList {} << u"new_cards_per_day"_s << u"10"_s;
    QTest::newRow("set") << QStringList {u"new_cards_per_day=20"_s} << u"new_cards_per_day"_s
                         << u"20"_s;
    QTest::newRow("last write wins")
        << QStringList {u"desired_retention=0.9"_s, u"desired_retention=0.85"_s}
        << u"desired_retention"_s << u"0.85"_s;
    QTest::newRow("other keys untouched") << QStringList {u"a=1"_s, u"b=2"_s} << u"a"_s << u"1"_s;
    QTest::newRow("empty value is a value") << QStringList {u"theme="_s} << u"theme"_s << u""_s;
}

void TestStore::settings()
{
    QFETCH(QStringList, writes);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, noBackup()).isOpen());
        for (const QString &write : writes) {
            const qsizetype equals = write.indexOf(u'=');
            QVERIFY(store.setSetting(write.left(equals), write.mid(equals + 1)).isOk());
        }
    }
    CollectionStore store;
    QVERIFY(store.open(m_dir, noBackup()).isOpen());
    QCOMPARE(store.setting(key, u"10"_s).value, expected);
}

void TestStore::twoStoresShareOneFile()
{
    CollectionStore writer;
    CollectionStore reader;
    QVERIFY(writer.open(m_dir, noBackup()).isOpen());
    QVERIFY(reader.open(m_dir, noBackup()).isOpen());
    const ReviewRecord r = review(u"shared"_s, t0, Rating::Good, {}, 1);
    QVERIFY(writer.saveReview(r).isOk());
    QCOMPARE(reader.cardState(u"shared"_s).value, r.after);
}

void TestStore::failsCleanlyWhenClosed()
{
    CollectionStore store;
    const Result<qint64> saved = store.saveReview(review(u"x"_s, t0, Rating::Good, {}, 1));
    QVERIFY(!saved.isOk());
    QVERIFY(saved.errorMessage().contains(u"no collection is open"_s));
    // Not about a place in a file: shown as the sentence alone.
    QCOMPARE(saved.diagnostics.size(), 1);
    QCOMPARE(saved.diagnostics.constFirst().toString(),
        u"Could not save the review of x: no collection is open."_s);
    QVERIFY(!store.cardState(u"x"_s).isOk());
    QVERIFY(!store.setSetting(u"k"_s, u"v"_s).isOk());
    QCOMPARE(store.setting(u"k"_s, u"fallback"_s).value, u"fallback"_s);
    QVERIFY(!store.check(StoreCheckDepth::Quick).isHealthy());
}

void TestStore::location_data()
{
    QTest::addColumn<QString>("explicitDirectory");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("expectedSuffix");
    const auto source = [](CollectionLocation::Source s) {
        return int(s);
    };
    QTest::newRow("--data-dir wins")
        << u"explicit"_s << u"env"_s << source(CollectionLocation::Source::Explicit)
        << u"/explicit"_s;
    QTest::newRow("environment next")
        << u""_s << u"env"_s << source(CollectionLocation::Source::Environment) << u"/env"_s;
    QTest::newRow("platform last")
        << u""_s << u""_s << source(CollectionLocation::Source::Platform) << u""_s;
}

void TestStore::location()
{
    QFETCH(QString, explicitDirectory);
    QFETCH(QString, environment);
    QFETCH(int, source);
    QFETCH(QString, expectedSuffix);
    QStandardPaths::setTestModeEnabled(true); // the platform folder moves under ~/.qttest
    const QString base = m_dir + u"/nested/"_s;
    qputenv(
        "ARCHDECK_DATA_DIR", environment.isEmpty() ? QByteArray() : (base + environment).toUtf8());
    const Result<CollectionLocation> location = resolveCollectionLocation(
        explicitDirectory.isEmpty() ? QString() : base + explicitDirectory);
    qunsetenv("ARCHDECK_DATA_DIR");

    QVERIFY2(location.isOk(), qPrintable(location.errorMessage()));
    QCOMPARE(int(location.value.source), source);
    QVERIFY(QDir::isAbsolutePath(location.value.directory));
    QVERIFY(QFileInfo(location.value.directory).isDir()); // created
    if (expectedSuffix.isEmpty()) {
        QCOMPARE(location.value.directory,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    } else {
        QCOMPARE(location.value.directory, QDir::cleanPath(base + expectedSuffix.mid(1)));
    }
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// The durability promise: a review the store reported saved survives the process being killed.
// Runs store_durability_writer, kills it with SIGKILL after a seeded number of reported saves —
// while opening, backing up, mid-transaction — many times over, then checks that every review it
// had printed as saved is in the collection, each card's state matches its latest review, and
// integrity_check passes. Seed: ARCHDECK_DURABILITY_SEED (default fixed); rounds:
// ARCHDECK_DURABILITY_ROUNDS (30).
#include "collectionstore.h"
#include "store/storetestsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

class TestStoreDurability : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingReported();
};

void TestStoreDurability::killedWriterLosesNothingReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint32 seed = qEnvironmentVariableIsSet("ARCHDECK_DURABILITY_SEED")
        ? quint32(qEnvironmentVariableIntValue("ARCHDECK_DURABILITY_SEED"))
        : 20250125u;
    const int rounds = qEnvironmentVariableIsSet("ARCHDECK_DURABILITY_ROUNDS")
        ? qEnvironmentVariableIntValue("ARCHDECK_DURABILITY_ROUNDS")
        : 30;
    QRandomGenerator random(seed);

    QSet<qint64> reported;
    int roundsWithSaves = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(STORE_DURABILITY_WRITER), {dir.path()});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Kill it once it has reported a seeded number of saves: none (the kill lands in open():
        // quick_check, the backup, migrations), or a few dozen (it lands in the next write, mid-
        // transaction or between statements). Waits for its output, never for the clock.
        const int savesBeforeKill = random.bounded(8) == 0 ? 0 : int(random.bounded(1, 60));
        QByteArray output;
        while (output.count("saved ") < savesBeforeKill && writer.waitForReadyRead(10000))
            output += writer.readAllStandardOutput();
        QCOMPARE(writer.state(), QProcess::Running); // still writing: it stops only after a minute
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        output += writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        int saved = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece may be cut short
            if (lines.at(i).startsWith("saved ")) {
                reported.insert(lines.at(i).mid(6).toLongLong());
                ++saved;
            }
        }
        roundsWithSaves += saved > 0;
        const QByteArray errors = writer.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
    }
    QVERIFY2(
        roundsWithSaves > rounds / 2, "the writer hardly ever got to write: nothing was tested");

    CollectionStore store;
    const StoreOpenResult result = store.open(dir.path());
    QVERIFY2(result.isOpen(), qPrintable(result.errorMessage()));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Opened); // no damage to recover from
    const StoreCheck integrity = store.check(StoreCheckDepth::Full);
    QVERIFY2(integrity.isHealthy(), qPrintable(integrity.problem));

    const QList<ReviewRecord> all = store
                                        .reviewsBetween(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                                            QDateTime::currentDateTimeUtc().addDays(1))
                                        .value;
    QSet<qint64> present;
    QHash<QString, ReviewRecord> latest;
    for (const ReviewRecord &review : all) {
        present.insert(review.id);
        if (!latest.contains(review.cardId) || latest.value(review.cardId).id < review.id)
            latest.insert(review.cardId, review);
    }
    const QSet<qint64> missing = reported - present;
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"%1 reviews reported saved are missing"_s.arg(missing.size())));
    // A card's state and its log row are written in one transaction: never one without the other.
    const QHash<QString, SchedulingState> states = store.allCardStates().value;
    for (auto card = latest.cbegin(); card != latest.cend(); ++card)
        QCOMPARE(states.value(card.key()), card.value().after);

    qInfo(
        "durability: seed %u, %d rounds (%d with saves), %lld reviews reported saved, %lld stored, "
        "none missing, integrity_check ok",
        seed, rounds, roundsWithSaves, static_cast<long long>(reported.size()),
        static_cast<long long>(present.size()));
}

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "tst_store_durability.moc"

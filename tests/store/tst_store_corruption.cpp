// Tests for a damaged collection file: garbage in its middle or header, truncated or emptied.
// CollectionStore::open() must set the file aside (never delete it, and its WAL with it), restore
// the newest backup that passes quick_check, and say so — naming where the damaged file went.
#include "collectionstore.h"
#include "store/storetestsupport.h"
#include "storebackups.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ArchDeck;
using namespace ArchDeck::StoreTest;
using namespace Qt::StringLiterals;

namespace {

/// Opening at \a now, the backup made before open() returns so it can be checked at once.
StoreOpenOptions at(const QDateTime &now)
{
    StoreOpenOptions options;
    options.now = now;
    options.backup = StoreOpenOptions::Backup::BeforeReturning;
    return options;
}

enum class Damage { GarbageInMiddle, GarbageOverHeader, TruncatedToHalf, Emptied, GarbageWithWal };

QByteArray garbage(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset)
        && file.write(bytes) == bytes.size();
}

bool damage(const QString &path, Damage kind)
{
    const qint64 size = QFileInfo(path).size();
    switch (kind) {
    case Damage::GarbageInMiddle:
        return overwrite(path, size / 2 - 8192, garbage(16384, 4));
    case Damage::GarbageOverHeader:
        return overwrite(path, 0, garbage(100, 5));
    case Damage::TruncatedToHalf:
        return QFile::resize(path, size / 2);
    case Damage::Emptied:
        return QFile::resize(path, 0);
    case Damage::GarbageWithWal: {
        QFile wal(path + u"-wal"_s);
        return overwrite(path, size / 2 - 8192, garbage(16384, 6)) && wal.open(QIODevice::WriteOnly)
            && wal.write(garbage(4096, 7)) == 4096;
    }
    }
    return false;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStoreCorruption : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedFileIsSetAsideAndBackupRestored_data();
    void damagedFileIsSetAsideAndBackupRestored();
    void damagedBackupIsPassedOver();
    void withoutBackupStartsEmpty();
    void unopenableFileIsNotTakenForDamage();

private:
    /// Starts the collection at t0 with `m_early` reviews, starts it again an hour later (the
    /// backup that holds them), adds one more review and closes it.
    void buildCollection();

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    QString m_path;
    QList<ReviewRecord> m_early; ///< in the backup
    ReviewRecord m_late; ///< saved after the backup: lost when it is restored
    QString m_backup;
};

void TestStoreCorruption::init()
{
    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());
    m_dir = m_tempDir->path();
    m_path = QDir(m_dir).filePath(CollectionStore::databaseFileName());
    m_early.clear();
}

void TestStoreCorruption::buildCollection()
{
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, at(t0)).isOpen());
        for (int i = 0; i < 500; ++i) {
            const QString card = u"q%1"_s.arg(i % 60, 2, 10, QChar(u'0'));
            ReviewRecord r
                = review(card, t0.addSecs(i), Rating(1 + i % 4), store.cardState(card).value, i);
            r.id = store.saveReview(r).value;
            QVERIFY(r.id > 0);
            m_early.append(r);
        }
    }
    CollectionStore store;
    const StoreOpenResult second = store.open(m_dir, at(t0.addSecs(3600)));
    QVERIFY(!second.backupPath.isEmpty());
    m_backup = second.backupPath;
    m_late = review(u"late"_s, t0.addSecs(3600), Rating::Good, {}, 1);
    QVERIFY(store.saveReview(m_late).isOk());
}

void TestStoreCorruption::damagedFileIsSetAsideAndBackupRestored_data()
{
    QTest::addColumn<Damage>("kind");
    QTest::newRow("garbage in the middle") << Damage::GarbageInMiddle;
    QTest::newRow("garbage over the header") << Damage::GarbageOverHeader;
    QTest::newRow("truncated to half") << Damage::TruncatedToHalf;
    QTest::newRow("emptied") << Damage::Emptied;
    QTest::newRow("garbage, stale WAL beside it") << Damage::GarbageWithWal;
}

void TestStoreCorruption::damagedFileIsSetAsideAndBackupRestored()
{
    QFETCH(Damage, kind);
    buildCollection();
    QVERIFY(damage(m_path, kind));
    const QByteArray damaged = contents(m_path);
    const QByteArray damagedWal = contents(m_path + u"-wal"_s);

    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0.addSecs(7200)));
    QVERIFY2(result.isOpen(), qPrintable(result.errorMessage()));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Restored);

    // Set aside, byte for byte, never deleted — and the user is told where.
    const QString aside = QDir(m_dir).filePath(u"collection.corrupt-20250125-191500.sqlite3"_s);
    QCOMPARE(result.setAsidePath, aside);
    QVERIFY(QFile::exists(aside));
    QCOMPARE(contents(aside), damaged);
    QVERIFY2(result.notice.contains(aside), qPrintable(result.notice));
    QVERIFY2(result.notice.contains(QFileInfo(m_backup).fileName()), qPrintable(result.notice));
    if (kind == Damage::GarbageWithWal) {
        QCOMPARE(contents(aside + u"-wal"_s), damagedWal);
    }

    // The newest backup is what is open now: everything before it, nothing after.
    QCOMPARE(result.restoredFrom, m_backup);
    QVERIFY(store.check(StoreCheckDepth::Full).isHealthy());
    QCOMPARE(store.reviewsBetween(t0, t0.addDays(1)).value, m_early);
    QVERIFY(store.reviews(m_late.cardId).value.isEmpty());
    QCOMPARE(store.status().value.journalMode, u"wal"_s);
    QVERIFY(QFile::exists(m_backup)); // restored from a copy; the backup itself stays

    // The restored collection is an ordinary one from now on.
    QVERIFY(store.saveReview(m_late).isOk());
    store.close();
    const StoreOpenResult again = store.open(m_dir, at(t0.addSecs(10800)));
    QCOMPARE(again.outcome, StoreOpenResult::Outcome::Opened);
    QVERIFY(!again.hasNotice());
    QCOMPARE(store.reviews(m_late.cardId).value.size(), 1);
}

void TestStoreCorruption::damagedBackupIsPassedOver()
{
    buildCollection();
    const QString older = m_backup;
    QString newer;
    {
        CollectionStore store;
        newer = store.open(m_dir, at(t0.addSecs(5400))).backupPath;
    }
    QCOMPARE(StoreBackups(m_dir).files().value(0), newer);
    QVERIFY(damage(newer, Damage::GarbageInMiddle));
    QVERIFY(damage(m_path, Damage::GarbageInMiddle));

    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0.addSecs(7200)));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Restored);
    QCOMPARE(result.restoredFrom, older);
    QCOMPARE(store.reviewsBetween(t0, t0.addDays(1)).value, m_early);
}

void TestStoreCorruption::withoutBackupStartsEmpty()
{
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, at(t0)).isOpen());
        for (int i = 0; i < 300; ++i)
            QVERIFY(store.saveReview(review(u"q%1"_s.arg(i), t0, Rating::Good, {}, i)).isOk());
    }
    QVERIFY(damage(m_path, Damage::GarbageOverHeader));
    const QByteArray damaged = contents(m_path);

    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0.addSecs(60)));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::StartedEmpty);
    QCOMPARE(contents(result.setAsidePath), damaged);
    QVERIFY(result.restoredFrom.isEmpty());
    QVERIFY2(result.notice.contains(result.setAsidePath), qPrintable(result.notice));
    QVERIFY2(result.notice.contains(u"new, empty collection"_s), qPrintable(result.notice));
    QCOMPARE(store.countsByPhase().value.total(), 0);
}

void TestStoreCorruption::unopenableFileIsNotTakenForDamage()
{
    // A file SQLite cannot open at all (here a folder where the file should be; for users a
    // permission problem) is not damage: nothing is moved, the user is told.
    QVERIFY(QDir().mkpath(m_path));
    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Failed);
    QVERIFY(result.setAsidePath.isEmpty());
    QVERIFY(QFileInfo(m_path).isDir());
    QVERIFY2(result.errorMessage().contains(m_path), qPrintable(result.errorMessage()));
}

QTEST_GUILESS_MAIN(TestStoreCorruption)
#include "tst_store_corruption.moc"

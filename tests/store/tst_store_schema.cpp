// Tests for the collection's schema over time and its backups: a database of every earlier version,
// built by hand from the frozen DDL in tests/store, is migrated with its data intact; a failed
// migration changes nothing; backups are made on start, consistent, and rotate to the newest seven.
#include "collectionstore.h"
#include "store/storetestsupport.h"
#include "storebackups.h"
#include "storeintegrity.h"
#include "storemigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ArchDeck;
using namespace ArchDeck::StoreTest;
using namespace Qt::StringLiterals;

namespace {

const QString storeData = QStringLiteral(ARCHDECK_STORE_TEST_DATA);

/// Opening at \a now, the backup made before open() returns so it can be checked at once.
StoreOpenOptions at(const QDateTime &now)
{
    StoreOpenOptions options;
    options.now = now;
    options.backup = StoreOpenOptions::Backup::BeforeReturning;
    return options;
}

/// Every row of every table, as text, restricted to the columns \a database had — so a migrated
/// database can be compared with the one before it.
QMap<QString, QStringList> snapshot(
    const QSqlDatabase &database, const QMap<QString, QStringList> &columnsByTable)
{
    QMap<QString, QStringList> rows;
    for (auto table = columnsByTable.cbegin(); table != columnsByTable.cend(); ++table) {
        QSqlQuery query(database);
        query.exec(u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(table.value().join(u", "_s), table.key()));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < table.value().size(); ++i)
                values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
            rows[table.key()].append(values.join(u'|'));
        }
    }
    return rows;
}

QMap<QString, QStringList> columnsByTable(const QSqlDatabase &database)
{
    QMap<QString, QStringList> columns;
    QSqlQuery tables(database);
    tables.exec(
        u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    while (tables.next()) {
        QSqlQuery info(database);
        info.exec(u"PRAGMA table_info(%1)"_s.arg(tables.value(0).toString()));
        while (info.next())
            columns[tables.value(0).toString()].append(info.value(1).toString());
    }
    return columns;
}

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        m_dir = m_tempDir->path();
        m_path = QDir(m_dir).filePath(CollectionStore::databaseFileName());
    }

    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationChangesNothing_data();
    void failedMigrationChangesNothing();
    void refusesNewerVersion();
    void backupsRotateToSeven();
    void backupsInOneSecondKeepTheirOrder();
    void backupHoldsTheCollection();
    void backsUpInBackground();
    void migratingWaitsForTheBackup();
    void skipsBackupWhenAsked();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    QString m_path;
};

void TestStoreSchema::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < currentStoreSchemaVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestStoreSchema::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString schema = u"%1/schema-v%2.sql"_s.arg(storeData).arg(version);
    const QString data = u"%1/data-v%2.sql"_s.arg(storeData).arg(version);
    QVERIFY2(QFile::exists(schema) && QFile::exists(data),
        "every released version needs its frozen schema-vN.sql and data-vN.sql in tests/store");

    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> before;
    {
        RawDatabase raw(m_path);
        QCOMPARE(raw.runFile(schema), QString());
        QCOMPARE(raw.runFile(data), QString());
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), version);
        columns = columnsByTable(raw.database());
        before = snapshot(raw.database(), columns);
    }

    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0));
    QVERIFY2(result.isOpen(), qPrintable(result.errorMessage()));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Opened);
    QCOMPARE(result.schemaVersionFound, version);
    QCOMPARE(result.schemaVersion, currentStoreSchemaVersion());
    QCOMPARE(store.status().value.schemaVersion, currentStoreSchemaVersion());
    QVERIFY(store.check(StoreCheckDepth::Full).isHealthy());

    // The backup was taken before migrating: it is the collection as it was.
    QVERIFY(!result.backupPath.isEmpty());
    QCOMPARE(RawDatabase(result.backupPath).value(u"PRAGMA user_version"_s).toInt(), version);

    // Every row and column of the old database is still there, unchanged.
    {
        RawDatabase raw(m_path);
        QCOMPARE(snapshot(raw.database(), columns), before);
    }

    // The same collection through the store (data-vN.sql all hold it).
    const SchedulingState outbox = store.cardState(u"q04-outbox-pattern"_s).value;
    QCOMPARE(outbox.phase, CardPhase::Review);
    QCOMPARE(outbox.stability, 3.2602);
    QCOMPARE(outbox.difficulty, 2.11810397);
    QCOMPARE(outbox.due, utc(u"2025-01-28T17:15:00Z"_s));
    const QList<ReviewRecord> reviews = store.reviews(u"q04-outbox-pattern"_s).value;
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.at(1).before, reviews.at(0).after);
    QCOMPARE(reviews.at(1).after, outbox);
    QCOMPARE(store.setting(u"desired_retention"_s).value, u"0.92"_s);
    QCOMPARE(store.reviewSummary(t0, t0.addDays(1)).value.reviews, 3);

    // Version 2's column: cards count as added at their first review.
    StoredCardFilter filter;
    filter.idContains = u"q04"_s;
    QCOMPARE(store.findCards(filter).value.value(0).addedAt, t0);
    const QList<StoredCard> fresh = store.newCards(10).value;
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.at(0).cardId, u"q07-idempotency-keys"_s);

    // Version 3's columns: the diagram version from before counts as saved when it was made;
    // there were no checked whiteboard attempts.
    const std::optional<DiagramVersion> own
        = store.currentDiagramVersion(u"q04-outbox-pattern"_s).value;
    QVERIFY(own);
    QCOMPARE(own->version, 1);
    QCOMPARE(own->dot, QByteArray("digraph { a -> b }"));
    QCOMPARE(own->startedAt, t0);
    QCOMPARE(own->savedAt, t0);
    QCOMPARE(store.cardsWithOwnDiagram().value, QSet<QString> {u"q04-outbox-pattern"_s});
    QVERIFY(store.whiteboardScores().value.isEmpty());

    // Version 4: the interview row written before reports existed reads back, with its card
    // and times and nothing invented.
    const auto history = store.interviewHistory();
    QVERIFY2(history.isOk(), qPrintable(history.errorMessage()));
    QCOMPARE(history.value.size(), 1);
    QCOMPARE(history.value.at(0).startedAt, t0);
    QCOMPARE(history.value.at(0).questions.size(), 1);
    QCOMPARE(history.value.at(0).questions.at(0).cardId, u"q11-saga-vs-2pc"_s);
    QVERIFY(history.value.at(0).questions.at(0).phaseMs.isEmpty());
    QCOMPARE(history.value.at(0).score(), -1.0);

    // And it keeps working as a current collection.
    QVERIFY(store
                .saveReview(review(
                    u"q07-idempotency-keys"_s, t0.addDays(1), Rating::Good, fresh.at(0).state, 1))
                .isOk());
    QCOMPARE(
        store.startDiagramVersion(u"q04-outbox-pattern"_s, "digraph { a -> b -> c }", t0.addDays(1))
            .value,
        2);
    WhiteboardAttempt drawn;
    drawn.cardId = u"q11-saga-vs-2pc"_s;
    drawn.startedAt = t0.addDays(1);
    drawn.finishedAt = t0.addDays(1).addSecs(90);
    drawn.score = 0.75;
    QVERIFY(store.recordWhiteboardAttempt(drawn).isOk());
    QCOMPARE(store.whiteboardScores().value.value(u"q11-saga-vs-2pc"_s).best, 0.75);
}

void TestStoreSchema::failedMigrationChangesNothing_data()
{
    // A statement that squats on something a step creates, so the step fails half-way through;
    // then a column the step added before the failing statement, which must not be there.
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("squat");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::newRow("step 2") << 1 << u"CREATE TABLE card_due (x)"_s << u"card"_s << u"added_ms"_s;
    QTest::newRow("step 3") << 2 << u"ALTER TABLE diagram_version ADD COLUMN saved_ms INTEGER"_s
                            << u"whiteboard_attempt"_s << u"score"_s;
}

void TestStoreSchema::failedMigrationChangesNothing()
{
    QFETCH(int, version);
    QFETCH(QString, squat);
    QFETCH(QString, table);
    QFETCH(QString, column);
    {
        RawDatabase raw(m_path);
        QCOMPARE(raw.runFile(u"%1/schema-v%2.sql"_s.arg(storeData).arg(version)), QString());
        QCOMPARE(raw.runFile(u"%1/data-v%2.sql"_s.arg(storeData).arg(version)), QString());
        QVERIFY(QSqlQuery(raw.database()).exec(squat));
    }
    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Failed);
    QVERIFY2(result.errorMessage().contains(u"schema version %1"_s.arg(version + 1)),
        qPrintable(result.errorMessage()));
    // SQLite's code and the driver's text are for logs: in the detail, not the sentence shown.
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &failure = result.diagnostics.constFirst();
    QVERIFY(failure.file.isEmpty());
    QCOMPARE(failure.toString(), failure.message);
    QVERIFY2(failure.detail.contains(u"SQLite code"_s), qPrintable(failure.detail));
    QVERIFY2(!failure.message.contains(u"SQLite code"_s), qPrintable(failure.message));
    QVERIFY(!store.isOpen());

    RawDatabase raw(m_path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), version);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(
                           table, column))
                 .toInt(),
        0); // the ALTER TABLE before the failing statement was rolled back with it
}

void TestStoreSchema::refusesNewerVersion()
{
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, at(t0)).isOpen());
    }
    const int newer = currentStoreSchemaVersion() + 1;
    QVERIFY(
        QSqlQuery(RawDatabase(m_path).database()).exec(u"PRAGMA user_version = %1"_s.arg(newer)));

    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0));
    QCOMPARE(result.outcome, StoreOpenResult::Outcome::Failed);
    QVERIFY2(
        result.errorMessage().contains(u"newer ArchDeck"_s), qPrintable(result.errorMessage()));
    QCOMPARE(RawDatabase(m_path).value(u"PRAGMA user_version"_s).toInt(), newer);
}

void TestStoreSchema::backupsRotateToSeven()
{
    QStringList made;
    for (int start = 0; start < 10; ++start) {
        CollectionStore store;
        const StoreOpenResult result = store.open(m_dir, at(t0.addSecs(start * 3600)));
        QVERIFY2(result.isOpen(), qPrintable(result.errorMessage()));
        QCOMPARE(result.backupPath.isEmpty(), start == 0); // the first start had nothing to keep
        if (!result.backupPath.isEmpty())
            made.prepend(result.backupPath);
        QVERIFY(
            store.saveReview(review(u"q1"_s, t0.addSecs(start), Rating::Good, {}, start)).isOk());
    }
    QCOMPARE(made.size(), 9);
    QCOMPARE(QFileInfo(made.constFirst()).fileName(), u"collection-20250126-021500.sqlite3"_s);
    const StoreBackups backups(m_dir);
    QCOMPARE(backups.files(), made.mid(0, 7));
    for (const QString &gone : made.mid(7))
        QVERIFY(!QFile::exists(gone));
    for (const QString &kept : backups.files())
        QVERIFY(checkDatabaseFile(kept).isHealthy());
}

void TestStoreSchema::backupsInOneSecondKeepTheirOrder()
{
    QVERIFY(CollectionStore().open(m_dir, at(t0)).isOpen());
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        CollectionStore store;
        names.prepend(QFileInfo(store.open(m_dir, at(t0)).backupPath).fileName());
    }
    QCOMPARE(names,
        (QStringList {u"collection-20250125-171500-3.sqlite3"_s,
            u"collection-20250125-171500-2.sqlite3"_s, u"collection-20250125-171500.sqlite3"_s}));
    QStringList listed;
    for (const QString &path : StoreBackups(m_dir).files())
        listed.append(QFileInfo(path).fileName());
    QCOMPARE(listed, names);
}

void TestStoreSchema::backupHoldsTheCollection()
{
    ReviewRecord saved = review(u"q1"_s, t0, Rating::Good, {}, 1);
    {
        CollectionStore store;
        QVERIFY(store.open(m_dir, at(t0)).isOpen());
        saved.id = store.saveReview(saved).value;
    }
    // A half-written backup from an interrupted start, and a file that is not a backup.
    const QString backupDir = QDir(m_dir).filePath(u"backups"_s);
    QVERIFY(QDir().mkpath(backupDir));
    QFile partial(backupDir + u"/collection-20250101-000000.sqlite3.partial"_s);
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.close();
    QFile notes(backupDir + u"/notes.txt"_s);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();

    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, at(t0.addDays(1)));
    QVERIFY(!result.backupPath.isEmpty());
    QVERIFY(!QFile::exists(partial.fileName()));
    QVERIFY(QFile::exists(notes.fileName()));
    store.close();

    // The backup is a complete collection of its own.
    const QString copy = QDir(m_dir).filePath(u"copy"_s);
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(QFile::copy(result.backupPath, copy + u"/collection.sqlite3"_s));
    CollectionStore restored;
    QVERIFY(restored.open(copy, at(t0)).isOpen());
    QCOMPARE(restored.reviews(u"q1"_s).value, QList<ReviewRecord> {saved});
}

void TestStoreSchema::backsUpInBackground()
{
    QVERIFY(CollectionStore().open(m_dir, at(t0)).isOpen());
    StoreOpenOptions options;
    options.now = t0.addSecs(60);
    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, options); // InBackground is the default
    QVERIFY(result.isOpen());
    QVERIFY(result.backupPath.isEmpty()); // not known yet
    QVERIFY(store.saveReview(review(u"q1"_s, t0, Rating::Good, {}, 1)).isOk()); // meanwhile
    const Result<QString> backup = store.waitForBackup();
    QVERIFY2(backup.isOk(), qPrintable(backup.errorMessage()));
    QCOMPARE(QFileInfo(backup.value).fileName(), u"collection-20250125-171600.sqlite3"_s);
    QVERIFY(checkDatabaseFile(backup.value).isHealthy());
    QCOMPARE(StoreBackups(m_dir).files(), QStringList {backup.value});
    QCOMPARE(store.waitForBackup().value, QString()); // reported once

    // close() waits for a backup still running.
    options.now = t0.addSecs(120);
    QVERIFY(store.open(m_dir, options).isOpen());
    store.close();
    QCOMPARE(StoreBackups(m_dir).files().size(), 2);
    QVERIFY(!QFile::exists(StoreBackups(m_dir).files().value(0) + u".partial"_s));
}

void TestStoreSchema::migratingWaitsForTheBackup()
{
    {
        RawDatabase raw(m_path);
        QCOMPARE(raw.runFile(storeData + u"/schema-v1.sql"_s), QString());
    }
    StoreOpenOptions options; // InBackground, but a migration must not race the copy
    options.now = t0;
    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, options);
    QVERIFY(result.isOpen());
    QVERIFY(!result.backupPath.isEmpty());
    QCOMPARE(RawDatabase(result.backupPath).value(u"PRAGMA user_version"_s).toInt(), 1);
}

void TestStoreSchema::skipsBackupWhenAsked()
{
    QVERIFY(CollectionStore().open(m_dir, at(t0)).isOpen());
    StoreOpenOptions options = at(t0);
    options.backup = StoreOpenOptions::Backup::Skip;
    CollectionStore store;
    const StoreOpenResult result = store.open(m_dir, options);
    QVERIFY(result.isOpen());
    QVERIFY(result.backupPath.isEmpty());
    QVERIFY(StoreBackups(m_dir).files().isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_store_schema.moc"

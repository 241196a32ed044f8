#include "storemigrations.h"

#include "storesql.h"

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

// The scheduling columns of a SchedulingState, repeated in `card` (now) and twice in `review_log`
// (before/after the grade). Times are UTC milliseconds since the epoch.
QString schedulingColumns(const QString &suffix)
{
    return uR"(phase%1 INTEGER NOT NULL DEFAULT 0 CHECK (phase%1 BETWEEN 0 AND 3),
    due%1_ms INTEGER,
    stability%1 REAL NOT NULL DEFAULT 0,
    difficulty%1 REAL NOT NULL DEFAULT 0,
    elapsed_days%1 INTEGER NOT NULL DEFAULT 0,
    scheduled_days%1 INTEGER NOT NULL DEFAULT 0,
    learning_steps%1 INTEGER NOT NULL DEFAULT 0,
    reps%1 INTEGER NOT NULL DEFAULT 0,
    lapses%1 INTEGER NOT NULL DEFAULT 0,
    last_review%1_ms INTEGER)"_s.arg(suffix);
}

StoreMigration version1()
{
    return {1, u"the initial tables"_s,
        {uR"(CREATE TABLE card (
    id INTEGER PRIMARY KEY,
    card_id TEXT NOT NULL UNIQUE,
    %1))"_s.arg(schedulingColumns({})),
            uR"(CREATE TABLE review_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    card INTEGER NOT NULL REFERENCES card(id),
    reviewed_ms INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    duration_ms INTEGER NOT NULL DEFAULT 0,
    %1,
    %2))"_s.arg(schedulingColumns(u"_before"_s), schedulingColumns(u"_after"_s)),
            u"CREATE INDEX review_log_by_card ON review_log(card, reviewed_ms)"_s,
            u"CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
            uR"(CREATE TABLE diagram_version (
    id INTEGER PRIMARY KEY,
    card INTEGER NOT NULL REFERENCES card(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    dot TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    UNIQUE (card, version)))"_s,
            u"CREATE UNIQUE INDEX diagram_version_current ON diagram_version(card) "
            u"WHERE is_current = 1"_s,
            uR"(CREATE TABLE whiteboard_attempt (
    id INTEGER PRIMARY KEY,
    card INTEGER NOT NULL REFERENCES card(id),
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    drawing BLOB,
    drawing_format TEXT,
    self_grade INTEGER CHECK (self_grade BETWEEN 1 AND 4)))"_s,
            u"CREATE INDEX whiteboard_attempt_by_card ON whiteboard_attempt(card, started_ms)"_s,
            uR"(CREATE TABLE interview_session (
    id INTEGER PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    settings TEXT NOT NULL DEFAULT '{}'))"_s,
            uR"(CREATE TABLE interview_question (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    card INTEGER NOT NULL REFERENCES card(id),
    shown_ms INTEGER,
    answered_ms INTEGER,
    time_limit_ms INTEGER,
    self_grade INTEGER CHECK (self_grade BETWEEN 1 AND 4),
    notes TEXT,
    UNIQUE (session, position)))"_s,
            u"CREATE INDEX interview_question_by_card ON interview_question(card)"_s}};
}

// What the review queue and the card browser need at 100,000 cards: the order new cards are
// introduced in (and the browser's "added" column), the due queue and the log by time.
StoreMigration version2()
{
    return {2, u"queue order and indexes for the queue, browser and statistics"_s,
        {u"ALTER TABLE card ADD COLUMN added_ms INTEGER NOT NULL DEFAULT 0"_s,
            // Cards from version 1 count as added at their first review, or now if never reviewed.
            uR"(UPDATE card SET added_ms = COALESCE(
    (SELECT MIN(reviewed_ms) FROM review_log WHERE review_log.card = card.id),
    CAST(strftime('%s', 'now') AS INTEGER) * 1000))"_s,
            u"CREATE INDEX card_due ON card(due_ms) WHERE phase <> 0"_s,
            u"CREATE INDEX card_new ON card(added_ms, id) WHERE phase = 0"_s,
            u"CREATE INDEX review_log_by_time ON review_log(reviewed_ms)"_s}};
}

// The whiteboard: an attempt keeps its score and what was missed; a diagram version keeps when
// it was last autosaved apart from when its editing session began.
StoreMigration version3()
{
    return {3, u"whiteboard scores and autosave times"_s,
        {u"ALTER TABLE whiteboard_attempt ADD COLUMN score REAL CHECK (score BETWEEN 0 AND 1)"_s,
            u"ALTER TABLE whiteboard_attempt ADD COLUMN missed TEXT"_s, // one entry a line
            u"ALTER TABLE diagram_version ADD COLUMN saved_ms INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE diagram_version SET saved_ms = created_ms"_s}};
}

// The mock interview's history: a session keeps its mode, time boxes and rubric (as JSON in
// `settings`), a question what its report needs (as JSON in `record`) and the drawing.
StoreMigration version4()
{
    return {4, u"mock interview reports"_s,
        {u"ALTER TABLE interview_question ADD COLUMN record TEXT NOT NULL DEFAULT '{}'"_s,
            u"ALTER TABLE interview_question ADD COLUMN drawing TEXT"_s,
            u"CREATE INDEX interview_session_by_time ON interview_session(started_ms)"_s}};
}

} // namespace

const QList<StoreMigration> &storeMigrations()
{
    static const QList<StoreMigration> migrations {version1(), version2(), version3(), version4()};
    return migrations;
}

int currentStoreSchemaVersion()
{
    return storeMigrations().constLast().version;
}

Status migrateStore(const QSqlDatabase &database, int fromVersion)
{
    for (const StoreMigration &migration : storeMigrations()) {
        if (migration.version <= fromVersion)
            continue;
        const QString action
            = u"update the collection to schema version %1 (%2)"_s.arg(migration.version)
                  .arg(migration.purpose);
        StoreSql::Transaction transaction(database);
        QSqlError error = transaction.begin();
        for (const QString &statement : migration.statements) {
            if (!error.isValid())
                error = StoreSql::execute(database, statement);
        }
        if (!error.isValid()) {
            error
                = StoreSql::execute(database, u"PRAGMA user_version = %1"_s.arg(migration.version));
        }
        if (!error.isValid())
            error = transaction.commit();
        if (error.isValid())
            return StoreSql::failure<void>(action, error);
    }
    return {};
}

} // namespace ArchDeck

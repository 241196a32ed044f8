-- The collection schema at version 3, frozen as released: tst_store_schema builds a version-3
-- database from this file and checks that the current CollectionStore migrates it. Never edit;
-- when a new version is released, add schema-vN.sql and data-vN.sql beside it.
CREATE TABLE card (
    id INTEGER PRIMARY KEY,
    card_id TEXT NOT NULL UNIQUE,
    phase INTEGER NOT NULL DEFAULT 0 CHECK (phase BETWEEN 0 AND 3),
    due_ms INTEGER,
    stability REAL NOT NULL DEFAULT 0,
    difficulty REAL NOT NULL DEFAULT 0,
    elapsed_days INTEGER NOT NULL DEFAULT 0,
    scheduled_days INTEGER NOT NULL DEFAULT 0,
    learning_steps INTEGER NOT NULL DEFAULT 0,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    last_review_ms INTEGER,
    added_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    card INTEGER NOT NULL REFERENCES card(id),
    reviewed_ms INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    duration_ms INTEGER NOT NULL DEFAULT 0,
    phase_before INTEGER NOT NULL DEFAULT 0 CHECK (phase_before BETWEEN 0 AND 3),
    due_before_ms INTEGER,
    stability_before REAL NOT NULL DEFAULT 0,
    difficulty_before REAL NOT NULL DEFAULT 0,
    elapsed_days_before INTEGER NOT NULL DEFAULT 0,
    scheduled_days_before INTEGER NOT NULL DEFAULT 0,
    learning_steps_before INTEGER NOT NULL DEFAULT 0,
    reps_before INTEGER NOT NULL DEFAULT 0,
    lapses_before INTEGER NOT NULL DEFAULT 0,
    last_review_before_ms INTEGER,
    phase_after INTEGER NOT NULL DEFAULT 0 CHECK (phase_after BETWEEN 0 AND 3),
    due_after_ms INTEGER,
    stability_after REAL NOT NULL DEFAULT 0,
    difficulty_after REAL NOT NULL DEFAULT 0,
    elapsed_days_after INTEGER NOT NULL DEFAULT 0,
    scheduled_days_after INTEGER NOT NULL DEFAULT 0,
    learning_steps_after INTEGER NOT NULL DEFAULT 0,
    reps_after INTEGER NOT NULL DEFAULT 0,
    lapses_after INTEGER NOT NULL DEFAULT 0,
    last_review_after_ms INTEGER);
CREATE INDEX review_log_by_card ON review_log(card, reviewed_ms);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE diagram_version (
    id INTEGER PRIMARY KEY,
    card INTEGER NOT NULL REFERENCES card(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    dot TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)), saved_ms INTEGER NOT NULL DEFAULT 0,
    UNIQUE (card, version));
CREATE UNIQUE INDEX diagram_version_current ON diagram_version(card) WHERE is_current = 1;
CREATE TABLE whiteboard_attempt (
    id INTEGER PRIMARY KEY,
    card INTEGER NOT NULL REFERENCES card(id),
    started_ms INTEGER NOT NULL,
    finished_ms INTEGER,
    drawing BLOB,
    drawing_format TEXT,
    self_grade INTEGER CHECK (self_grade BETWEEN 1 AND 4), score REAL CHECK (score BETWEEN 0 AND 1), missed TEXT);
CREATE INDEX whiteboard_attempt_by_card ON whiteboard_attempt(card, started_ms);
CREATE TABLE interview_session (
    id INTEGER PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    settings TEXT NOT NULL DEFAULT '{}');
CREATE TABLE interview_question (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL REFERENCES interview_session(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    card INTEGER NOT NULL REFERENCES card(id),
    shown_ms INTEGER,
    answered_ms INTEGER,
    time_limit_ms INTEGER,
    self_grade INTEGER CHECK (self_grade BETWEEN 1 AND 4),
    notes TEXT,
    UNIQUE (session, position));
CREATE INDEX interview_question_by_card ON interview_question(card);
CREATE INDEX card_due ON card(due_ms) WHERE phase <> 0;
CREATE INDEX card_new ON card(added_ms, id) WHERE phase = 0;
CREATE INDEX review_log_by_time ON review_log(reviewed_ms);
PRAGMA user_version = 3;

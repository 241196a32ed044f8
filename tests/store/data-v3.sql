-- A small version-3 collection, the same as data-v2.sql with the diagram version's autosave time:
-- tst_store_schema loads it over schema-v3.sql and checks every row is still there, unchanged,
-- after the current CollectionStore has migrated it.
-- 1737825300000 = 2025-01-25T17:15:00Z; 1737825900000 = 17:25; 1738084500000 = 2025-01-28T17:15Z.
INSERT INTO card (id, card_id, phase, due_ms, stability, difficulty, elapsed_days, scheduled_days,
                  learning_steps, reps, lapses, last_review_ms, added_ms)
VALUES (1, 'q04-outbox-pattern', 2, 1738084500000, 3.2602, 2.11810397, 0, 3, 0, 2, 0, 1737825900000,
        1737825300000),
       (2, 'q07-idempotency-keys', 0, NULL, 0, 0, 0, 0, 0, 0, 0, NULL, 1737825300000),
       (3, 'q11-saga-vs-2pc', 1, 1737825900000, 0.40255, 7.1949, 0, 0, 1, 1, 0, 1737825300000,
        1737825300000);
INSERT INTO review_log (id, card, reviewed_ms, rating, duration_ms,
    phase_before, due_before_ms, stability_before, difficulty_before, elapsed_days_before,
    scheduled_days_before, learning_steps_before, reps_before, lapses_before, last_review_before_ms,
    phase_after, due_after_ms, stability_after, difficulty_after, elapsed_days_after,
    scheduled_days_after, learning_steps_after, reps_after, lapses_after, last_review_after_ms)
VALUES (1, 1, 1737825300000, 3, 8200, 0, NULL, 0, 0, 0, 0, 0, 0, 0, NULL,
        1, 1737825900000, 2.3065, 2.11810397, 0, 0, 1, 1, 0, 1737825300000),
       (2, 1, 1737825900000, 3, 5100, 1, 1737825900000, 2.3065, 2.11810397, 0, 0, 1, 1, 0, 1737825300000,
        2, 1738084500000, 3.2602, 2.11810397, 0, 3, 0, 2, 0, 1737825900000),
       (3, 3, 1737825300000, 1, 12000, 0, NULL, 0, 0, 0, 0, 0, 0, 0, NULL,
        1, 1737825900000, 0.40255, 7.1949, 0, 0, 1, 1, 0, 1737825300000);
INSERT INTO setting (key, value) VALUES ('desired_retention', '0.92'), ('new_cards_per_day', '15');
INSERT INTO diagram_version (card, version, dot, created_ms, is_current, saved_ms)
VALUES (1, 1, 'digraph { a -> b }', 1737825300000, 1, 1737825300000);
INSERT INTO interview_session (id, started_ms, ended_ms, settings)
VALUES (1, 1737825300000, 1737826200000, '{"questions": 1}');
INSERT INTO interview_question (session, position, card, shown_ms, answered_ms, self_grade)
VALUES (1, 1, 3, 1737825300000, 1737825600000, 2);

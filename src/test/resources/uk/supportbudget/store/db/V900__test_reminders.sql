-- A migration that exists only in the tests, to try the upgrade path end to end.
CREATE TABLE test_reminder (
    id    INTEGER PRIMARY KEY,
    text  TEXT NOT NULL
);
INSERT INTO test_reminder (text) VALUES ('upgraded');

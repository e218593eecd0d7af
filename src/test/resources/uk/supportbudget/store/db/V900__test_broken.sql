-- A migration that fails half-way: the first statement works, the second cannot.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);

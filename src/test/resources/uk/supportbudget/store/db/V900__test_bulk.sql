-- A slow migration for the crash tests: long enough to be killed in the middle of.
CREATE TABLE bulk (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT INTO bulk (id, text)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
    SELECT i, printf('row %d of a long migration', i) FROM n;

-- A transaction added to a period already reconciled with the bank is flagged for the next
-- return as well as one changed or deleted there. SQLite cannot alter a CHECK, so the table is
-- rebuilt with the same columns and rows.
CREATE TABLE locked_edit_v2 (
    id            INTEGER PRIMARY KEY,
    txn_id        INTEGER NOT NULL,
    account_id    INTEGER NOT NULL,
    txn_date      TEXT NOT NULL,
    change        TEXT NOT NULL CHECK (change IN ('ADDED', 'EDITED', 'DELETED')),
    before_text   TEXT NOT NULL,
    after_text    TEXT NOT NULL,
    locked_until  TEXT NOT NULL,
    edited_at     TEXT NOT NULL,
    edited_by     TEXT NOT NULL
);
INSERT INTO locked_edit_v2 (id, txn_id, account_id, txn_date, change, before_text, after_text, locked_until,
                            edited_at, edited_by)
    SELECT id, txn_id, account_id, txn_date, change, before_text, after_text, locked_until, edited_at, edited_by
    FROM locked_edit;
DROP TABLE locked_edit;
ALTER TABLE locked_edit_v2 RENAME TO locked_edit;
CREATE INDEX locked_edit_when ON locked_edit(edited_at);

-- Reconciliation, locked periods, evidence threshold and saved CSV column choices (issue 5).

-- Ticked as "on the bank statement" while reconciling. Kept in the book so a half-done
-- reconciliation survives closing the window; "reconciled" is set when it is finished.
ALTER TABLE txn ADD COLUMN cleared INTEGER NOT NULL DEFAULT 0 CHECK (cleared IN (0, 1));

-- A finished reconciliation: the account agreed with the bank's statement at this date, so
-- everything up to it is locked (edits need confirmation and are flagged in locked_edit).
CREATE TABLE reconciliation (
    id                       INTEGER PRIMARY KEY,
    account_id               INTEGER NOT NULL REFERENCES account(id),
    statement_date           TEXT NOT NULL,
    statement_balance_pence  INTEGER NOT NULL,
    ledger_balance_pence     INTEGER NOT NULL,
    uncleared_count          INTEGER NOT NULL,
    reconciled_at            TEXT NOT NULL,
    reconciled_by            TEXT NOT NULL,
    UNIQUE (account_id, statement_date)
);

-- Every change made, with confirmation, to a transaction in a reconciled (locked) period, so
-- the next council return can list it. No foreign key: a deleted transaction keeps its flag.
CREATE TABLE locked_edit (
    id            INTEGER PRIMARY KEY,
    txn_id        INTEGER NOT NULL,
    account_id    INTEGER NOT NULL,
    txn_date      TEXT NOT NULL,
    change        TEXT NOT NULL CHECK (change IN ('EDITED', 'DELETED')),
    before_text   TEXT NOT NULL,
    after_text    TEXT NOT NULL,
    locked_until  TEXT NOT NULL,
    edited_at     TEXT NOT NULL,
    edited_by     TEXT NOT NULL
);
CREATE INDEX locked_edit_when ON locked_edit(edited_at);

-- Small settings that belong to the person's book, not to the computer (evidence threshold).
CREATE TABLE book_setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

-- Column choices made in the mapping dialog for a CSV layout we did not recognise, keyed by the
-- file's headings, so the next statement with the same headings is offered the same choices.
CREATE TABLE csv_mapping_profile (
    id                INTEGER PRIMARY KEY,
    header_signature  TEXT NOT NULL UNIQUE,
    mapping_json      TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
);

-- What the statement file itself said about its end, for the reconcile screen.
ALTER TABLE import_batch ADD COLUMN closing_balance_pence INTEGER;
ALTER TABLE import_batch ADD COLUMN closing_date TEXT;
ALTER TABLE import_batch ADD COLUMN balance_note TEXT NOT NULL DEFAULT '';

-- Support Budget book, schema 1. Money is INTEGER pence; dates are ISO text (YYYY-MM-DD);
-- timestamps are ISO instants. Rows a person enters keep who/when for the council's audit trail.

CREATE TABLE book_info (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    -- A random identity, so a stray WAL or backup from another book is recognised as foreign.
    book_id            TEXT NOT NULL,
    person_name        TEXT NOT NULL,
    date_of_birth      TEXT,
    council_name       TEXT NOT NULL DEFAULT '',
    council_reference  TEXT NOT NULL DEFAULT '',
    nominated_person   TEXT NOT NULL DEFAULT '',
    council_profile    TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL
);

CREATE TABLE plan_year (
    id              INTEGER PRIMARY KEY,
    starts_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL,
    assessed_needs  TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    CHECK (ends_on > starts_on)
);

CREATE TABLE outcome (
    id            INTEGER PRIMARY KEY,
    plan_year_id  INTEGER NOT NULL REFERENCES plan_year(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
);
CREATE INDEX outcome_plan ON outcome(plan_year_id);

CREATE TABLE funding_component (
    id                INTEGER PRIMARY KEY,
    plan_year_id      INTEGER NOT NULL REFERENCES plan_year(id) ON DELETE CASCADE,
    funder            TEXT NOT NULL,
    funder_name       TEXT NOT NULL DEFAULT '',
    management_mode   TEXT NOT NULL,
    amount_pence      INTEGER NOT NULL CHECK (amount_pence >= 0),
    cycle             TEXT NOT NULL,
    first_payment_on  TEXT,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
);
CREATE INDEX funding_component_plan ON funding_component(plan_year_id);

CREATE TABLE plan_line (
    id                    INTEGER PRIMARY KEY,
    plan_year_id          INTEGER NOT NULL REFERENCES plan_year(id) ON DELETE CASCADE,
    category              TEXT NOT NULL,
    description           TEXT NOT NULL,
    annual_budget_pence   INTEGER NOT NULL CHECK (annual_budget_pence >= 0),
    funding_component_id  INTEGER REFERENCES funding_component(id) ON DELETE SET NULL,
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL
);
CREATE INDEX plan_line_plan ON plan_line(plan_year_id);

CREATE TABLE account (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind                   TEXT NOT NULL,
    provider               TEXT NOT NULL DEFAULT '',
    number_last4           TEXT NOT NULL DEFAULT '',
    opening_balance_pence  INTEGER NOT NULL DEFAULT 0,
    opening_on             TEXT NOT NULL,
    closed_on              TEXT,
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL
);

CREATE TABLE import_batch (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account(id),
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    rows         INTEGER NOT NULL,
    imported     INTEGER NOT NULL,
    duplicates   INTEGER NOT NULL,
    rejected     INTEGER NOT NULL,
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL
);

-- One row per movement of money in one account. A transfer between the person's own accounts
-- is two rows sharing transfer_group; a split transaction keeps its parts in txn_split.
CREATE TABLE txn (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES account(id),
    date            TEXT NOT NULL,
    amount_pence    INTEGER NOT NULL,
    payee           TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    category        TEXT,
    funder          TEXT,
    payment_method  TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    reconciled      INTEGER NOT NULL DEFAULT 0 CHECK (reconciled IN (0, 1)),
    transfer_group  INTEGER,
    import_batch_id INTEGER REFERENCES import_batch(id),
    source_line     INTEGER,
    bank_id         TEXT,
    import_key      TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
CREATE INDEX txn_account_date ON txn(account_id, date, id);
CREATE INDEX txn_date ON txn(date, id);
CREATE INDEX txn_import_key ON txn(account_id, import_key);
CREATE INDEX txn_transfer ON txn(transfer_group) WHERE transfer_group IS NOT NULL;

CREATE TABLE txn_split (
    id            INTEGER PRIMARY KEY,
    txn_id        INTEGER NOT NULL REFERENCES txn(id) ON DELETE CASCADE,
    category      TEXT NOT NULL,
    funder        TEXT,
    amount_pence  INTEGER NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX txn_split_txn ON txn_split(txn_id);

-- Receipts and signed timesheets live inside the book so a copy on a USB stick is complete.
CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL
);
CREATE UNIQUE INDEX evidence_hash ON evidence(sha256);

CREATE TABLE txn_evidence (
    txn_id       INTEGER NOT NULL REFERENCES txn(id) ON DELETE CASCADE,
    evidence_id  INTEGER NOT NULL REFERENCES evidence(id),
    PRIMARY KEY (txn_id, evidence_id)
);
CREATE INDEX txn_evidence_evidence ON txn_evidence(evidence_id);

CREATE TABLE payee_rule (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    contains    TEXT NOT NULL,
    category    TEXT NOT NULL,
    funder      TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

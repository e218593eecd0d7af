-- Council returns. A return marked as submitted is frozen: its figures (the return command's
-- JSON) and the PDF sent are kept, with a hash of the period's transactions so that later edits
-- to a submitted period can be flagged. Submitting the same period again supersedes the old row.

CREATE TABLE council_return (
    id            INTEGER PRIMARY KEY,
    period_from   TEXT NOT NULL,
    period_to     TEXT NOT NULL,
    funder        TEXT,
    profile_id    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('SUBMITTED', 'SUPERSEDED')),
    figures_json  TEXT NOT NULL,
    pdf           BLOB NOT NULL,
    pdf_sha256    TEXT NOT NULL,
    ledger_hash   TEXT NOT NULL,
    submitted_at  TEXT NOT NULL,
    submitted_by  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    CHECK (period_to >= period_from)
);
CREATE INDEX council_return_period ON council_return(period_from, period_to);

-- Staff, rota and timesheets (issue 6). Money is INTEGER pence; dates ISO text; times HH:MM;
-- shift start/end are ISO local date-times (a shift may run past midnight). Hours are decimal text.
-- Personal data is stored as entered: the book file itself is owner-only.

CREATE TABLE employee (
    id                        INTEGER PRIMARY KEY,
    full_name                 TEXT NOT NULL,
    address                   TEXT NOT NULL DEFAULT '',
    date_of_birth             TEXT NOT NULL,
    ni_number                 TEXT,
    start_date                TEXT NOT NULL,
    leave_date                TEXT,
    starter                   TEXT NOT NULL CHECK (starter IN ('A', 'B', 'C', 'P45')),
    p45_pay_pence             INTEGER,
    p45_tax_pence             INTEGER,
    p45_tax_code              TEXT,
    tax_code                  TEXT NOT NULL,
    ni_category               TEXT NOT NULL,
    student_loan              TEXT,
    postgraduate_loan         INTEGER NOT NULL DEFAULT 0 CHECK (postgraduate_loan IN (0, 1)),
    pension_status            TEXT NOT NULL,
    sort_code                 TEXT,
    account_number            TEXT,
    emergency_contact         TEXT NOT NULL DEFAULT '',
    dbs_issued_on             TEXT,
    dbs_number                TEXT,
    right_to_work_checked_on  TEXT,
    apprentice                INTEGER NOT NULL DEFAULT 0 CHECK (apprentice IN (0, 1)),
    created_at                TEXT NOT NULL,
    created_by                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    updated_by                TEXT NOT NULL,
    CHECK (leave_date IS NULL OR leave_date >= start_date)
);

-- A PA's terms; a new row (and an end date on the old one) when the terms change, so past pay is
-- always worked out on the terms that applied.
CREATE TABLE contract (
    id                        INTEGER PRIMARY KEY,
    employee_id               INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    starts_on                 TEXT NOT NULL,
    ends_on                   TEXT,
    hours_per_week            TEXT,
    irregular_hours           INTEGER NOT NULL CHECK (irregular_hours IN (0, 1)),
    day_rate_pence            INTEGER NOT NULL CHECK (day_rate_pence > 0),
    night_rate_pence          INTEGER NOT NULL DEFAULT 0 CHECK (night_rate_pence >= 0),
    weekend_rate_pence        INTEGER NOT NULL DEFAULT 0 CHECK (weekend_rate_pence >= 0),
    bank_holiday_rate_pence   INTEGER NOT NULL DEFAULT 0 CHECK (bank_holiday_rate_pence >= 0),
    sleep_in_pence            INTEGER NOT NULL DEFAULT 0 CHECK (sleep_in_pence >= 0),
    waking_night_rate_pence   INTEGER NOT NULL DEFAULT 0 CHECK (waking_night_rate_pence >= 0),
    holiday_year_start        TEXT NOT NULL DEFAULT '04-01',
    notice_weeks              INTEGER NOT NULL CHECK (notice_weeks >= 1),
    pay_frequency             TEXT NOT NULL,
    created_at                TEXT NOT NULL,
    created_by                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    updated_by                TEXT NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX contract_employee ON contract(employee_id, starts_on);

CREATE TABLE supplier (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind               TEXT NOT NULL CHECK (kind IN ('AGENCY', 'SELF_EMPLOYED')),
    contact            TEXT NOT NULL DEFAULT '',
    hourly_rate_pence  INTEGER NOT NULL DEFAULT 0 CHECK (hourly_rate_pence >= 0),
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL
);

CREATE TABLE rota_pattern (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    day_of_week  INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time   TEXT NOT NULL,
    end_time     TEXT NOT NULL,
    shift_type   TEXT NOT NULL,
    valid_from   TEXT NOT NULL,
    valid_to     TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE INDEX rota_pattern_employee ON rota_pattern(employee_id);

CREATE TABLE shift (
    id                     INTEGER PRIMARY KEY,
    employee_id            INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    starts_at              TEXT NOT NULL,
    ends_at                TEXT NOT NULL,
    shift_type             TEXT NOT NULL,
    awake_minutes          INTEGER NOT NULL DEFAULT 0 CHECK (awake_minutes >= 0),
    cover_for_employee_id  INTEGER REFERENCES employee(id) ON DELETE SET NULL,
    cover_reason           TEXT,
    pattern_id             INTEGER REFERENCES rota_pattern(id) ON DELETE SET NULL,
    note                   TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX shift_starts ON shift(starts_at);
CREATE INDEX shift_employee ON shift(employee_id, starts_at);

-- Holiday booked (hours from the balance) and sickness (qualifying days, e.g. 'MON,TUE,WED', for SSP):
-- the payroll reads both.
CREATE TABLE absence (
    id               INTEGER PRIMARY KEY,
    employee_id      INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'SICKNESS')),
    first_day        TEXT NOT NULL,
    last_day         TEXT NOT NULL,
    hours            TEXT NOT NULL DEFAULT '0',
    qualifying_days  TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX absence_employee ON absence(employee_id, first_day);

CREATE TABLE timesheet (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    period_first  TEXT NOT NULL,
    period_last   TEXT NOT NULL,
    frequency     TEXT NOT NULL,
    signed_on     TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    UNIQUE (employee_id, period_first),
    CHECK (period_last >= period_first)
);

CREATE TABLE timesheet_line (
    id             INTEGER PRIMARY KEY,
    timesheet_id   INTEGER NOT NULL REFERENCES timesheet(id) ON DELETE CASCADE,
    shift_id       INTEGER REFERENCES shift(id) ON DELETE SET NULL,
    starts_at      TEXT NOT NULL,
    ends_at        TEXT NOT NULL,
    shift_type     TEXT NOT NULL,
    awake_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (awake_minutes >= 0),
    note           TEXT NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at)
);
CREATE INDEX timesheet_line_sheet ON timesheet_line(timesheet_id);

CREATE TABLE timesheet_evidence (
    timesheet_id  INTEGER NOT NULL REFERENCES timesheet(id) ON DELETE CASCADE,
    evidence_id   INTEGER NOT NULL REFERENCES evidence(id),
    PRIMARY KEY (timesheet_id, evidence_id)
);
CREATE INDEX timesheet_evidence_evidence ON timesheet_evidence(evidence_id);

-- The agreed PA hours a week, when the person states it here rather than in the plan's words.
CREATE TABLE rota_setting (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    agreed_hours_per_week   TEXT,
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL
);

-- Pay runs (issue 7). Money is INTEGER pence; dates ISO text. A finalised run keeps every figure as it
-- was paid and reported, so later changes to rates, codes or contracts never rewrite history.

-- One pay period's pay for the PAs paid at the book's pay frequency. tax_period is the tax month or week
-- of the payday (PAYE goes by the date of payment); only one run per tax period.
CREATE TABLE pay_run (
    id            INTEGER PRIMARY KEY,
    frequency     TEXT NOT NULL,
    tax_year      TEXT NOT NULL,
    tax_period    INTEGER NOT NULL CHECK (tax_period >= 1),
    work_first    TEXT NOT NULL,
    work_last     TEXT NOT NULL,
    pay_date      TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'FINALISED')),
    finalised_at  TEXT,
    finalised_by  TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    UNIQUE (frequency, tax_year, tax_period),
    CHECK (work_last >= work_first)
);

-- One PA's payslip in a run. prev_* are this employment's totals for the tax year before the run,
-- p45_* the figures brought in from a P45 for the same tax year.
CREATE TABLE pay_run_line (
    id                          INTEGER PRIMARY KEY,
    pay_run_id                  INTEGER NOT NULL REFERENCES pay_run(id) ON DELETE CASCADE,
    employee_id                 INTEGER NOT NULL REFERENCES employee(id),
    employee_name               TEXT NOT NULL,
    ni_number                   TEXT NOT NULL DEFAULT '',
    tax_code                    TEXT NOT NULL,
    ni_category                 TEXT NOT NULL,
    minutes_worked              INTEGER NOT NULL CHECK (minutes_worked >= 0),
    gross_pence                 INTEGER NOT NULL CHECK (gross_pence >= 0),
    taxable_pay_pence           INTEGER NOT NULL,
    tax_pence                   INTEGER NOT NULL,
    employee_ni_pence           INTEGER NOT NULL CHECK (employee_ni_pence >= 0),
    employer_ni_pence           INTEGER NOT NULL CHECK (employer_ni_pence >= 0),
    employment_allowance_pence  INTEGER NOT NULL CHECK (employment_allowance_pence >= 0),
    student_loan_pence          INTEGER NOT NULL CHECK (student_loan_pence >= 0),
    postgraduate_loan_pence     INTEGER NOT NULL CHECK (postgraduate_loan_pence >= 0),
    pension_employee_pence      INTEGER NOT NULL CHECK (pension_employee_pence >= 0),
    pension_from_pay_pence      INTEGER NOT NULL CHECK (pension_from_pay_pence >= 0),
    pension_employer_pence      INTEGER NOT NULL CHECK (pension_employer_pence >= 0),
    net_pence                   INTEGER NOT NULL,
    employer_cost_pence         INTEGER NOT NULL,
    earnings_at_lel_pence       INTEGER NOT NULL,
    lel_to_pt_pence             INTEGER NOT NULL,
    pt_to_uel_pence             INTEGER NOT NULL,
    hours_band                  TEXT NOT NULL,
    p45_pay_pence               INTEGER NOT NULL DEFAULT 0,
    p45_tax_pence               INTEGER NOT NULL DEFAULT 0,
    prev_gross_pence            INTEGER NOT NULL,
    prev_taxable_pay_pence      INTEGER NOT NULL,
    prev_tax_pence              INTEGER NOT NULL,
    prev_employee_ni_pence      INTEGER NOT NULL,
    prev_employer_ni_pence      INTEGER NOT NULL,
    prev_pension_from_pay_pence INTEGER NOT NULL,
    prev_pension_employer_pence INTEGER NOT NULL,
    prev_student_loan_pence     INTEGER NOT NULL,
    prev_postgraduate_loan_pence INTEGER NOT NULL,
    prev_sick_pay_pence         INTEGER NOT NULL,
    prev_allowance_pence        INTEGER NOT NULL,
    prev_at_lel_pence           INTEGER NOT NULL,
    prev_lel_to_pt_pence        INTEGER NOT NULL,
    prev_pt_to_uel_pence        INTEGER NOT NULL,
    prev_net_pence              INTEGER NOT NULL,
    pension_status_after        TEXT NOT NULL,
    below_minimum_wage          INTEGER NOT NULL CHECK (below_minimum_wage IN (0, 1)),
    UNIQUE (pay_run_id, employee_id)
);
CREATE INDEX pay_run_line_employee ON pay_run_line(employee_id);

-- The lines of pay on a payslip: hours at a rate, sleep-ins, holiday, SSP.
CREATE TABLE pay_run_element (
    id            INTEGER PRIMARY KEY,
    line_id       INTEGER NOT NULL REFERENCES pay_run_line(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    description   TEXT NOT NULL,
    minutes       INTEGER NOT NULL DEFAULT 0,
    count         INTEGER NOT NULL DEFAULT 0,
    rate_pence    INTEGER,
    amount_pence  INTEGER NOT NULL,
    explanation   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pay_run_element_line ON pay_run_element(line_id);

-- Each figure's explanation (key as the engine names it) and the line's warnings (key 'warning').
CREATE TABLE pay_run_note (
    id        INTEGER PRIMARY KEY,
    line_id   INTEGER NOT NULL REFERENCES pay_run_line(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX pay_run_note_line ON pay_run_note(line_id);

-- Which run pays each signed timesheet: a timesheet is paid once.
CREATE TABLE pay_run_timesheet (
    timesheet_id  INTEGER PRIMARY KEY REFERENCES timesheet(id),
    pay_run_id    INTEGER NOT NULL REFERENCES pay_run(id) ON DELETE CASCADE,
    employee_id   INTEGER NOT NULL REFERENCES employee(id)
);
CREATE INDEX pay_run_timesheet_run ON pay_run_timesheet(pay_run_id);

-- What a finalised run says must be paid. Not ledger rows: the ledger holds what the bank shows, and
-- a liability is paid when it is linked to the transaction that paid it (the day paid is that
-- transaction's date). Deleting that transaction makes the liability owed again.
CREATE TABLE payroll_liability (
    id            INTEGER PRIMARY KEY,
    pay_run_id    INTEGER NOT NULL REFERENCES pay_run(id),
    kind          TEXT NOT NULL CHECK (kind IN ('NET_WAGES', 'HMRC', 'PENSION')),
    employee_id   INTEGER REFERENCES employee(id),
    payee         TEXT NOT NULL,
    amount_pence  INTEGER NOT NULL CHECK (amount_pence > 0),
    due_on        TEXT NOT NULL,
    paid_txn_id   INTEGER REFERENCES txn(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
);
CREATE INDEX payroll_liability_due ON payroll_liability(due_on);
CREATE INDEX payroll_liability_txn ON payroll_liability(paid_txn_id) WHERE paid_txn_id IS NOT NULL;

-- Payroll choices per PA that are not part of the contract: rolled-up holiday pay for irregular hours.
CREATE TABLE payroll_employee (
    employee_id        INTEGER PRIMARY KEY REFERENCES employee(id) ON DELETE CASCADE,
    rolled_up_holiday  INTEGER NOT NULL DEFAULT 0 CHECK (rolled_up_holiday IN (0, 1)),
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL
);

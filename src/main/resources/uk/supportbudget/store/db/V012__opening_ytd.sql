-- Figures from before the first pay run in Support Budget, for a payroll taken over mid-tax-year from a
-- payroll bureau or HMRC's Basic PAYE Tools, and for a PA's P45 from a previous job. Money is INTEGER
-- pence. The figures are the starting point of the year's cumulative tax, year-to-date totals, FPS and
-- P60, so the service refuses changes once a finalised run in the tax year has paid the PA.

-- One PA's opening figures for one tax year. has_p45: the p45_* columns hold the previous job's P45.
-- has_this_employment: the other figures hold this employer's totals before the first run here.
CREATE TABLE opening_ytd (
    id                       INTEGER PRIMARY KEY,
    employee_id              INTEGER NOT NULL REFERENCES employee(id),
    tax_year                 TEXT NOT NULL,
    has_p45                  INTEGER NOT NULL CHECK (has_p45 IN (0, 1)),
    p45_pay_pence            INTEGER NOT NULL DEFAULT 0 CHECK (p45_pay_pence >= 0),
    p45_tax_pence            INTEGER NOT NULL DEFAULT 0 CHECK (p45_tax_pence >= 0),
    p45_tax_code             TEXT,
    p45_week1_month1         INTEGER NOT NULL DEFAULT 0 CHECK (p45_week1_month1 IN (0, 1)),
    p45_student_loan         INTEGER NOT NULL DEFAULT 0 CHECK (p45_student_loan IN (0, 1)),
    has_this_employment      INTEGER NOT NULL CHECK (has_this_employment IN (0, 1)),
    gross_pence              INTEGER NOT NULL DEFAULT 0 CHECK (gross_pence >= 0),
    taxable_pay_pence        INTEGER NOT NULL DEFAULT 0 CHECK (taxable_pay_pence >= 0),
    tax_pence                INTEGER NOT NULL DEFAULT 0 CHECK (tax_pence >= 0),
    pension_from_pay_pence   INTEGER NOT NULL DEFAULT 0 CHECK (pension_from_pay_pence >= 0),
    pension_employer_pence   INTEGER NOT NULL DEFAULT 0 CHECK (pension_employer_pence >= 0),
    student_loan_pence       INTEGER NOT NULL DEFAULT 0 CHECK (student_loan_pence >= 0),
    postgraduate_loan_pence  INTEGER NOT NULL DEFAULT 0 CHECK (postgraduate_loan_pence >= 0),
    statutory_pay_pence      INTEGER NOT NULL DEFAULT 0 CHECK (statutory_pay_pence >= 0),
    created_at               TEXT NOT NULL,
    created_by               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    updated_by               TEXT NOT NULL,
    UNIQUE (employee_id, tax_year)
);

-- This employer's NI totals before the first run here, by category letter, with the earnings bands the
-- FPS and P60 report.
CREATE TABLE opening_ytd_ni (
    id                     INTEGER PRIMARY KEY,
    opening_id             INTEGER NOT NULL REFERENCES opening_ytd(id) ON DELETE CASCADE,
    ni_category            TEXT NOT NULL,
    earnings_at_lel_pence  INTEGER NOT NULL CHECK (earnings_at_lel_pence >= 0),
    lel_to_pt_pence        INTEGER NOT NULL CHECK (lel_to_pt_pence >= 0),
    pt_to_uel_pence        INTEGER NOT NULL CHECK (pt_to_uel_pence >= 0),
    employee_ni_pence      INTEGER NOT NULL CHECK (employee_ni_pence >= 0),
    employer_ni_pence      INTEGER NOT NULL CHECK (employer_ni_pence >= 0),
    UNIQUE (opening_id, ni_category)
);

-- The Employment Allowance the employer had already used in the tax year before the first run here.
CREATE TABLE opening_allowance (
    tax_year    TEXT PRIMARY KEY,
    used_pence  INTEGER NOT NULL CHECK (used_pence >= 0),
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

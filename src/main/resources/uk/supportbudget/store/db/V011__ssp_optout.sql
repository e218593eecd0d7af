-- Pension opt-outs and re-enrolment driven by pay runs (issue 7).
-- A valid opt-out hands back what was paid in: the PA's share with their net pay, the employer's from
-- the scheme. Both are kept on the line that paid them, so what was owed to the scheme adds up later.
ALTER TABLE pay_run_line ADD COLUMN pension_refund_pence INTEGER NOT NULL DEFAULT 0 CHECK (pension_refund_pence >= 0);
ALTER TABLE pay_run_line ADD COLUMN pension_employer_refund_pence INTEGER NOT NULL DEFAULT 0
    CHECK (pension_employer_refund_pence >= 0);

-- What the employer has been told about a PA's pension, as dates: when they got the enrolment
-- information (the opt-out window runs a month from then), when their latest opt-out notice arrived,
-- and when a postponement of their assessment ends. One row per PA, only once something is recorded.
CREATE TABLE pension_notice (
    employee_id           INTEGER PRIMARY KEY REFERENCES employee(id) ON DELETE CASCADE,
    information_given_on  TEXT,
    opt_out_received_on   TEXT,
    postponed_until       TEXT,
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL
);

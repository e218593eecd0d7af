-- Payroll follow-ups (issue 7): the days each pay run line paid Statutory Sick Pay for, so sickness recorded after
-- its period's run was finalised is paid as arrears by a later run, and no day is ever paid twice. A line
-- finalised before this table existed lists no days: the pay run then takes it to have paid every day of its
-- run's work period when it paid any SSP at all.
CREATE TABLE pay_run_sick_day (
    line_id       INTEGER NOT NULL REFERENCES pay_run_line(id) ON DELETE CASCADE,
    day           TEXT NOT NULL,
    amount_pence  INTEGER NOT NULL CHECK (amount_pence >= 0),
    PRIMARY KEY (line_id, day)
);

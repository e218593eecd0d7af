-- Staff form gaps (issue 6): the day a new PA left the job their P45 came from.
ALTER TABLE employee ADD COLUMN p45_left_on TEXT;

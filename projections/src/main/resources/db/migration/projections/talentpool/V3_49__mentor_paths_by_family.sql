-- The mentor finder reads the moves into one role family: those filling its openings and those into a job titled as
-- one of its roles. Both lists of a family were sequential scans of every opening and every role on each request;
-- at 100,000 people the finder's statement went from 3.7 to 1.7 ms with these (the capabilities its roles ask now
-- come from the cached role needs, decision 038). Only queries use them: a rebuild builds them after the load.
CREATE INDEX tp_opening_family ON tp_opening (role_family);
CREATE INDEX tp_role_family ON tp_role (role_family) INCLUDE (title);

-- When the platform last raised "quarterly conversation due" for a person (the date the quarter ran out).
ALTER TABLE ft_person ADD COLUMN quarterly_due_raised_on DATE;

-- A listening note's kind grew FLIGHT_SIGNAL (13 letters) and WELLBEING: the column was 12 wide and refused the
-- first flight signal (LoopScenarioTest found it; the processor stopped and retried, as it should).
ALTER TABLE career_capital_note ALTER COLUMN kind TYPE VARCHAR(30);

-- What the person is drawn to and what they are moving away from (AspirationStated revision 2), in their own words;
-- null for aspirations stated before, which said neither.
ALTER TABLE career_capital_aspiration ADD COLUMN drawn_to TEXT, ADD COLUMN moving_away_from TEXT;

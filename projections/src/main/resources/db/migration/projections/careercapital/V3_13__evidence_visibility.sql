-- The map shows the person and their manager which evidence texts they kept between themselves (revision 2 of
-- CapabilityEvidenced). Rows from before say SHARED, as every text then was; a replay writes the same.
ALTER TABLE career_capital_evidence ADD COLUMN visibility VARCHAR(10) NOT NULL DEFAULT 'SHARED';

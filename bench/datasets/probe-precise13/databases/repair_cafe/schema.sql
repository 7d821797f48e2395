-- Repair café: volunteer fixers mend the items visitors bring to monthly sessions at three venues.
CREATE TABLE venue(venue_id INTEGER PRIMARY KEY, venue_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE fixer(fixer_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, skill_cd VARCHAR(3) NOT NULL, joined_dt DATE NOT NULL, left_dt DATE);
COMMENT ON TABLE fixer IS 'Volunteer fixers';
COMMENT ON COLUMN fixer.skill_cd IS 'ELE electrical, TEX textiles and sewing, MEC mechanical and bikes, IT computers and phones';
COMMENT ON COLUMN fixer.left_dt IS 'Date the fixer stopped volunteering; NULL while still active';
CREATE TABLE visitor(visitor_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, postcode_area VARCHAR NOT NULL);
CREATE TABLE session(session_id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL, held_on DATE NOT NULL, cancelled BOOLEAN NOT NULL, donations_gbp DECIMAL(6,2) NOT NULL,
  FOREIGN KEY (venue_id) REFERENCES venue(venue_id));
COMMENT ON TABLE session IS 'One repair session at a venue';
COMMENT ON COLUMN session.donations_gbp IS 'Donations collected at the session';
CREATE TABLE item(item_id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, visitor_id INTEGER NOT NULL, fixer_id INTEGER, cat_cd VARCHAR(3) NOT NULL, item_desc VARCHAR NOT NULL, weight_kg DECIMAL(5,2) NOT NULL, outcome_cd VARCHAR(4) NOT NULL, parts_gbp DECIMAL(6,2) NOT NULL,
  FOREIGN KEY (session_id) REFERENCES session(session_id), FOREIGN KEY (visitor_id) REFERENCES visitor(visitor_id), FOREIGN KEY (fixer_id) REFERENCES fixer(fixer_id));
COMMENT ON TABLE item IS 'An item a visitor brought to a session';
COMMENT ON COLUMN item.fixer_id IS 'Fixer who worked on it; NULL when no fixer with the skill was there';
COMMENT ON COLUMN item.cat_cd IS 'ELE electrical, TEX textiles, MEC mechanical, IT computers and phones';
COMMENT ON COLUMN item.outcome_cd IS 'FIX fixed, PART partly fixed, ADV advice given only, NOT could not be fixed';
COMMENT ON COLUMN item.parts_gbp IS 'Cost of spare parts used';

CREATE TABLE keepers(keeper_id INTEGER PRIMARY KEY, keeper_name VARCHAR NOT NULL, section VARCHAR NOT NULL, grade VARCHAR NOT NULL, start_dt DATE NOT NULL);
COMMENT ON COLUMN keepers.grade IS 'HK head keeper, SK senior keeper, K keeper, AK apprentice keeper';
CREATE TABLE enclosures(encl_id INTEGER PRIMARY KEY, encl_name VARCHAR NOT NULL, zone VARCHAR NOT NULL, area_m2 INTEGER NOT NULL, indoor BOOLEAN NOT NULL, lead_keeper INTEGER NOT NULL, FOREIGN KEY (lead_keeper) REFERENCES keepers(keeper_id));
COMMENT ON COLUMN enclosures.zone IS 'AFR Africa, MAD Madagascar, ASI Asia, SAM South America, AUS Australia, TRO tropical house, BRI British wildlife and farm';
CREATE TABLE animals(animal_id INTEGER PRIMARY KEY, house_name VARCHAR NOT NULL, sci_name VARCHAR NOT NULL, common_name VARCHAR NOT NULL, sex VARCHAR NOT NULL, dob DATE NOT NULL, encl_id INTEGER NOT NULL, arrived DATE NOT NULL, origin VARCHAR NOT NULL, iucn VARCHAR NOT NULL, died DATE, FOREIGN KEY (encl_id) REFERENCES enclosures(encl_id));
COMMENT ON COLUMN animals.sex IS 'M, F or U (not yet known)';
COMMENT ON COLUMN animals.origin IS 'Born here, or the collection it was transferred from';
COMMENT ON COLUMN animals.iucn IS 'IUCN Red List status: LC, NT, VU, EN, CR; DOM for domestic breeds';
CREATE TABLE vet_checks(check_id INTEGER PRIMARY KEY, animal_id INTEGER NOT NULL, check_dt DATE NOT NULL, vet VARCHAR NOT NULL, reason VARCHAR NOT NULL, wt_kg DECIMAL(8,3) NOT NULL, ga BOOLEAN NOT NULL, outcome VARCHAR NOT NULL, FOREIGN KEY (animal_id) REFERENCES animals(animal_id));
COMMENT ON COLUMN vet_checks.reason IS 'ROUT routine health check, INJ injury, ILL illness, DENT dental, PREG pregnancy scan';
COMMENT ON COLUMN vet_checks.ga IS 'Done under general anaesthetic';
COMMENT ON COLUMN vet_checks.outcome IS 'FIT, MON (monitor), TRT (treatment started)';
-- one row per day and ticket type; the park is closed on Christmas Day
CREATE TABLE gate_admissions(visit_dt DATE NOT NULL, ticket VARCHAR NOT NULL, visitors INTEGER NOT NULL, takings_gbp DECIMAL(9,2) NOT NULL, PRIMARY KEY (visit_dt, ticket));
COMMENT ON COLUMN gate_admissions.ticket IS 'ADT adult, CHD child (3-15), CONC concession, FAM family ticket, MEM annual member (free entry)';

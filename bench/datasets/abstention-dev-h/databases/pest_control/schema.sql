CREATE TABLE customers(cust_id INTEGER PRIMARY KEY, cust_name VARCHAR NOT NULL, sector VARCHAR NOT NULL, postcode VARCHAR NOT NULL, contract VARCHAR NOT NULL, since DATE NOT NULL);
COMMENT ON COLUMN customers.sector IS 'FOOD (manufacturing), HOSP (hospitality), RETAIL, OFFICE, SCHOOL, FARM, RES (domestic)';
COMMENT ON COLUMN customers.contract IS 'Inspection contract: MTH monthly, QTR quarterly, ANN twice a year, NONE (pay per call-out)';
CREATE TABLE technicians(tech_id INTEGER PRIMARY KEY, tech_name VARCHAR NOT NULL, depot VARCHAR NOT NULL, van_reg VARCHAR NOT NULL, rsph_lvl INTEGER NOT NULL, start_dt DATE NOT NULL);
COMMENT ON COLUMN technicians.rsph_lvl IS 'RSPH pest management qualification level';
CREATE TABLE visits(visit_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, tech_id INTEGER NOT NULL, visit_dt DATE NOT NULL, vtype VARCHAR NOT NULL, pest VARCHAR, activity VARCHAR NOT NULL, mins_on_site INTEGER NOT NULL, charge_gbp DECIMAL(7,2) NOT NULL, FOREIGN KEY (cust_id) REFERENCES customers(cust_id), FOREIGN KEY (tech_id) REFERENCES technicians(tech_id));
COMMENT ON COLUMN visits.vtype IS 'INSP routine inspection, CALL call-out, FU follow-up';
COMMENT ON COLUMN visits.pest IS 'RAT, MOU (mice), CKR (cockroaches), BBG (bed bugs), WSP (wasps), PGN (pigeons), ANT, FLE (fleas); NULL when none found';
COMMENT ON COLUMN visits.activity IS 'Pest activity found: NONE, LOW, MED, HIGH';
-- charge_gbp is 0 for visits covered by the contract
CREATE TABLE treatments(trt_id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL, product VARCHAR NOT NULL, qty INTEGER NOT NULL, unit VARCHAR NOT NULL, FOREIGN KEY (visit_id) REFERENCES visits(visit_id));
CREATE TABLE bait_stations(stn_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, stn_type VARCHAR NOT NULL, location VARCHAR NOT NULL, placed DATE NOT NULL, removed DATE, FOREIGN KEY (cust_id) REFERENCES customers(cust_id));
COMMENT ON COLUMN bait_stations.stn_type IS 'RBOX rat box, MBOX mouse box, EFK electric fly killer, IMT insect monitoring trap';

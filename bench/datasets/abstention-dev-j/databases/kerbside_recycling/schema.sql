-- Kerbside recycling collections we run for the borough council from three depots, Dec 2025 to Nov 2026.
CREATE TABLE depots(depot_cd VARCHAR PRIMARY KEY, depot_name VARCHAR NOT NULL, town VARCHAR NOT NULL, bays INTEGER NOT NULL);
COMMENT ON COLUMN depots.bays IS 'Vehicle parking bays in the yard';
CREATE TABLE vehicles(reg_no VARCHAR PRIMARY KEY, depot_cd VARCHAR NOT NULL, make VARCHAR NOT NULL, body VARCHAR NOT NULL, fuel VARCHAR NOT NULL, gvw_t DECIMAL(4,1) NOT NULL, first_reg DATE NOT NULL, FOREIGN KEY (depot_cd) REFERENCES depots(depot_cd));
COMMENT ON COLUMN vehicles.body IS 'RCV refuse collection vehicle (compactor), KSD kerbside sorter, CAGE caged tipper';
COMMENT ON COLUMN vehicles.fuel IS 'DSL diesel, HVO hydrotreated vegetable oil, BEV battery electric';
COMMENT ON COLUMN vehicles.gvw_t IS 'Gross vehicle weight in tonnes';
CREATE TABLE staff(staff_no INTEGER PRIMARY KEY, staff_nm VARCHAR NOT NULL, role VARCHAR NOT NULL, depot_cd VARCHAR NOT NULL, hgv_cat VARCHAR, start_dt DATE NOT NULL, FOREIGN KEY (depot_cd) REFERENCES depots(depot_cd));
COMMENT ON COLUMN staff.role IS 'DRV driver, LDR loader, SUP supervisor';
COMMENT ON COLUMN staff.hgv_cat IS 'Driving licence category held for lorries: C rigid, C+E articulated; NULL if none';
CREATE TABLE rounds(round_cd VARCHAR PRIMARY KEY, depot_cd VARCHAR NOT NULL, stream VARCHAR NOT NULL, coll_day VARCHAR NOT NULL, freq VARCHAR NOT NULL, hh INTEGER NOT NULL, FOREIGN KEY (depot_cd) REFERENCES depots(depot_cd));
COMMENT ON COLUMN rounds.stream IS 'DMR dry mixed recycling (paper, card, cans, plastic bottles), GLS glass, FOOD food waste, GDN garden waste';
COMMENT ON COLUMN rounds.freq IS 'WK weekly, FN fortnightly';
COMMENT ON COLUMN rounds.hh IS 'Households on the round';
-- one row per round run; garden waste rounds are suspended in December and January
CREATE TABLE round_log(log_id INTEGER PRIMARY KEY, round_cd VARCHAR NOT NULL, run_dt DATE NOT NULL, reg_no VARCHAR NOT NULL, driver INTEGER NOT NULL, out_at TIMESTAMP NOT NULL, back_at TIMESTAMP NOT NULL, miles DECIMAL(5,1) NOT NULL, tonnes DECIMAL(6,2) NOT NULL, missed INTEGER NOT NULL, contam_tags INTEGER NOT NULL, FOREIGN KEY (round_cd) REFERENCES rounds(round_cd), FOREIGN KEY (reg_no) REFERENCES vehicles(reg_no), FOREIGN KEY (driver) REFERENCES staff(staff_no));
COMMENT ON COLUMN round_log.missed IS 'Missed bins reported by residents for that run';
COMMENT ON COLUMN round_log.contam_tags IS 'Bins left unemptied with a contamination tag on the lid';
CREATE TABLE wb_tickets(ticket_no VARCHAR PRIMARY KEY, log_id INTEGER NOT NULL, facility VARCHAR NOT NULL, tipped_at TIMESTAMP NOT NULL, net_kg INTEGER NOT NULL, rejected BOOLEAN NOT NULL, gate_fee_gbp DECIMAL(9,2) NOT NULL, FOREIGN KEY (log_id) REFERENCES round_log(log_id));
COMMENT ON TABLE wb_tickets IS 'Weighbridge tickets: each load tipped at a reprocessing facility';
COMMENT ON COLUMN wb_tickets.rejected IS 'Load rejected as contaminated and sent to general waste';

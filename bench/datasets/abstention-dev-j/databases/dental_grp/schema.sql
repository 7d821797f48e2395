-- A group of six dental practices (NHS and private), Dec 2025 to Nov 2026.
CREATE TABLE practices(prac_id INTEGER PRIMARY KEY, prac_name VARCHAR NOT NULL, town VARCHAR NOT NULL, nhs_contract BOOLEAN NOT NULL, chairs INTEGER NOT NULL, opened DATE NOT NULL, uda_target INTEGER);
COMMENT ON COLUMN practices.chairs IS 'Number of surgeries (dental chairs)';
COMMENT ON COLUMN practices.uda_target IS 'Units of dental activity the NHS contract pays for each year; NULL for a private-only practice';
CREATE TABLE clinicians(gdc_no VARCHAR PRIMARY KEY, full_name VARCHAR NOT NULL, role VARCHAR NOT NULL, prac_id INTEGER NOT NULL, start_dt DATE NOT NULL, sessions_wk INTEGER NOT NULL, FOREIGN KEY (prac_id) REFERENCES practices(prac_id));
COMMENT ON COLUMN clinicians.gdc_no IS 'General Dental Council registration number';
COMMENT ON COLUMN clinicians.role IS 'DEN dentist, FD foundation dentist (first year after qualifying), HYG hygienist, DT dental therapist';
COMMENT ON COLUMN clinicians.sessions_wk IS 'Half-day sessions worked per week';
CREATE TABLE patients(pt_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, surname VARCHAR NOT NULL, dob DATE NOT NULL, sex VARCHAR NOT NULL, home_tel VARCHAR, reg_prac INTEGER NOT NULL, exempt VARCHAR NOT NULL, reg_dt DATE NOT NULL, FOREIGN KEY (reg_prac) REFERENCES practices(prac_id));
COMMENT ON COLUMN patients.exempt IS 'NHS charge exemption: NONE pays, CH under 18, LI low income, MAT maternity; PVT private patient';
CREATE TABLE appts(appt_id INTEGER PRIMARY KEY, pt_id INTEGER NOT NULL, gdc_no VARCHAR NOT NULL, appt_at TIMESTAMP NOT NULL, slot_mins INTEGER NOT NULL, appt_type VARCHAR NOT NULL, status VARCHAR NOT NULL, FOREIGN KEY (pt_id) REFERENCES patients(pt_id), FOREIGN KEY (gdc_no) REFERENCES clinicians(gdc_no));
COMMENT ON COLUMN appts.appt_type IS 'CHK check-up, TX treatment, HYG hygiene visit, EMG emergency';
COMMENT ON COLUMN appts.status IS 'ATT attended, DNA did not attend, CANC cancelled';
-- one row per item of treatment given at an attended appointment
CREATE TABLE tx_items(item_id INTEGER PRIMARY KEY, appt_id INTEGER NOT NULL, tx_code VARCHAR NOT NULL, tooth VARCHAR, nhs_band INTEGER, fee_gbp DECIMAL(8,2) NOT NULL, udas DECIMAL(4,1) NOT NULL, FOREIGN KEY (appt_id) REFERENCES appts(appt_id));
COMMENT ON COLUMN tx_items.tx_code IS 'EXAM examination, SP scale and polish, XRAY, FILL_AM amalgam filling, FILL_CO composite (white) filling, EXT extraction, RCT root canal treatment, CRN crown, DEN_F denture, WHT tooth whitening';
COMMENT ON COLUMN tx_items.tooth IS 'FDI tooth number, e.g. 36 lower left first molar';
COMMENT ON COLUMN tx_items.nhs_band IS 'NHS charge band 1, 2 or 3; NULL when the item was done privately';
COMMENT ON COLUMN tx_items.fee_gbp IS 'What the patient paid for the item';

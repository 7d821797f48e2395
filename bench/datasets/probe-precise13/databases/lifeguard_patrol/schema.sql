-- Beach lifeguard patrol: guards work shifts at four beaches in the summer season and log incidents.
CREATE TABLE beach(beach_id INTEGER PRIMARY KEY, beach_nm VARCHAR NOT NULL, council VARCHAR NOT NULL);
COMMENT ON COLUMN beach.council IS 'Council that pays for the patrol';
CREATE TABLE guard(guard_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, grade_cd VARCHAR(3) NOT NULL, home_beach_id INTEGER NOT NULL,
  FOREIGN KEY (home_beach_id) REFERENCES beach(beach_id));
COMMENT ON COLUMN guard.grade_cd IS 'SNR senior lifeguard, LG lifeguard, TRN trainee';
COMMENT ON COLUMN guard.home_beach_id IS 'Beach the guard is normally posted to';
CREATE TABLE shift(shift_id INTEGER PRIMARY KEY, guard_id INTEGER NOT NULL, beach_id INTEGER NOT NULL, shift_dt DATE NOT NULL, hours DECIMAL(4,1) NOT NULL,
  FOREIGN KEY (guard_id) REFERENCES guard(guard_id), FOREIGN KEY (beach_id) REFERENCES beach(beach_id));
COMMENT ON COLUMN shift.hours IS 'Hours worked on the shift';
CREATE TABLE incident(inc_id INTEGER PRIMARY KEY, beach_id INTEGER NOT NULL, occurred_at TIMESTAMP NOT NULL, type_cd VARCHAR(4) NOT NULL, casualties INTEGER NOT NULL, lead_guard_id INTEGER NOT NULL, ambulance BOOLEAN NOT NULL,
  FOREIGN KEY (beach_id) REFERENCES beach(beach_id), FOREIGN KEY (lead_guard_id) REFERENCES guard(guard_id));
COMMENT ON COLUMN incident.type_cd IS 'RES rescue from the water, FA first aid, LOST lost child, ADV safety advice';
COMMENT ON COLUMN incident.casualties IS 'Number of people helped in the incident';
COMMENT ON COLUMN incident.lead_guard_id IS 'Guard who led the response';
COMMENT ON COLUMN incident.ambulance IS 'Whether an ambulance was called';

-- A piano tuning and servicing business around Bath and Bristol: tuners, customers, pianos and visits Dec 2025 to Nov 2026.
CREATE TABLE tuners(tuner_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, home_town VARCHAR NOT NULL, qualified_year INTEGER NOT NULL, does_restoration BOOLEAN NOT NULL, hourly_rate DECIMAL(6,2) NOT NULL);
COMMENT ON COLUMN tuners.does_restoration IS 'Also takes on repairs and voicing';
COMMENT ON COLUMN tuners.hourly_rate IS 'What we pay the tuner per hour on site';
CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR NOT NULL, customer_type VARCHAR NOT NULL, town VARCHAR NOT NULL, phone VARCHAR NOT NULL, customer_since DATE NOT NULL);
COMMENT ON COLUMN customers.customer_type IS 'HOME private household, SCHOOL, CHURCH church or chapel, VENUE concert hall, theatre or hall, STUDIO recording studio';
CREATE TABLE pianos(piano_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, maker VARCHAR NOT NULL, model VARCHAR NOT NULL, piano_type VARCHAR NOT NULL, year_made INTEGER NOT NULL, serial_number VARCHAR NOT NULL, finish VARCHAR NOT NULL, FOREIGN KEY (customer_id) REFERENCES customers(customer_id));
COMMENT ON COLUMN pianos.piano_type IS 'UPRIGHT, BABY_GRAND (under 6 ft), GRAND';
COMMENT ON COLUMN pianos.finish IS 'Case finish, e.g. black polyester, walnut';
CREATE TABLE visits(visit_id INTEGER PRIMARY KEY, piano_id INTEGER NOT NULL, tuner_id INTEGER NOT NULL, visit_date DATE NOT NULL, service VARCHAR NOT NULL, pitch_before_hz DECIMAL(4,1), pitch_after_hz DECIMAL(4,1), minutes_on_site INTEGER NOT NULL, fee DECIMAL(7,2) NOT NULL, paid BOOLEAN NOT NULL, FOREIGN KEY (piano_id) REFERENCES pianos(piano_id), FOREIGN KEY (tuner_id) REFERENCES tuners(tuner_id));
COMMENT ON COLUMN visits.service IS 'TUNE standard tuning, PITCH_RAISE bringing a flat piano up to pitch before tuning, REGULATION adjusting the action, REPAIR, VOICING adjusting hammer tone';
COMMENT ON COLUMN visits.pitch_before_hz IS 'Measured A4 on arrival in hertz; NULL for repairs';
COMMENT ON COLUMN visits.pitch_after_hz IS 'A4 when the tuner left; NULL for repairs';
COMMENT ON COLUMN visits.fee IS 'Charged to the customer in GBP';
-- a reminder that a piano is due its next tuning, six months after its last visit
CREATE TABLE reminders(reminder_id INTEGER PRIMARY KEY, piano_id INTEGER NOT NULL, due_date DATE NOT NULL, sent_on DATE NOT NULL, sent_by VARCHAR NOT NULL, response VARCHAR, FOREIGN KEY (piano_id) REFERENCES pianos(piano_id));
COMMENT ON COLUMN reminders.response IS 'BOOKED, DECLINED, or NULL when the customer has not replied';

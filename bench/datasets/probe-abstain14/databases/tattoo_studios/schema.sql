-- A chain of four tattoo studios: its artists, clients, booked sessions in 2026, free or paid touch-ups and supply orders.
CREATE TABLE studios(stu_id INTEGER PRIMARY KEY, stu_nm VARCHAR NOT NULL, city VARCHAR NOT NULL, opened_dt DATE NOT NULL, chairs INTEGER NOT NULL, walk_ins BOOLEAN NOT NULL, lic_no VARCHAR NOT NULL);
COMMENT ON COLUMN studios.chairs IS 'Tattooing stations';
COMMENT ON COLUMN studios.walk_ins IS 'Takes clients without a booking';
COMMENT ON COLUMN studios.lic_no IS 'Council skin piercing and tattooing registration number of the premises';
CREATE TABLE artists(art_id INTEGER PRIMARY KEY, art_nm VARCHAR NOT NULL, stu_id INTEGER NOT NULL, style VARCHAR NOT NULL, hr_rate_gbp DECIMAL(6,2) NOT NULL, yrs_exp INTEGER NOT NULL, guest BOOLEAN NOT NULL, FOREIGN KEY (stu_id) REFERENCES studios(stu_id));
COMMENT ON COLUMN artists.style IS 'Main style: TRD traditional, BW blackwork, RLM realism, FL fine line, JP Japanese';
COMMENT ON COLUMN artists.yrs_exp IS 'Years tattooing professionally';
COMMENT ON COLUMN artists.guest IS 'Guest artist on a short residency';
CREATE TABLE clients(cli_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, birth_yr INTEGER NOT NULL, home_city VARCHAR NOT NULL, email VARCHAR NOT NULL);
CREATE TABLE sessions(sess_id INTEGER PRIMARY KEY, art_id INTEGER NOT NULL, cli_id INTEGER NOT NULL, sess_dt DATE NOT NULL, hrs DECIMAL(3,1) NOT NULL, placement VARCHAR NOT NULL, colour BOOLEAN NOT NULL, price_gbp DECIMAL(8,2) NOT NULL, dep_gbp DECIMAL(6,2) NOT NULL, status VARCHAR NOT NULL, FOREIGN KEY (art_id) REFERENCES artists(art_id), FOREIGN KEY (cli_id) REFERENCES clients(cli_id));
COMMENT ON COLUMN sessions.hrs IS 'Hours booked in the chair';
COMMENT ON COLUMN sessions.placement IS 'Where on the body: ARM, LEG, BACK, CHST chest, HND hand, NCK neck, RIB ribs';
COMMENT ON COLUMN sessions.colour IS 'Colour work, not black and grey only';
COMMENT ON COLUMN sessions.price_gbp IS 'Charged for the session; 0 when the client did not come';
COMMENT ON COLUMN sessions.dep_gbp IS 'Booking deposit paid in advance';
COMMENT ON COLUMN sessions.status IS 'DONE tattooed, DNA did not attend, RSCH rescheduled';
CREATE TABLE touchups(tu_id INTEGER PRIMARY KEY, sess_id INTEGER NOT NULL, tu_dt DATE NOT NULL, free BOOLEAN NOT NULL, FOREIGN KEY (sess_id) REFERENCES sessions(sess_id));
COMMENT ON TABLE touchups IS 'Return visits to touch up a healed tattoo';
-- one row per order line
CREATE TABLE supplies(sup_id INTEGER PRIMARY KEY, stu_id INTEGER NOT NULL, ord_dt DATE NOT NULL, item VARCHAR NOT NULL, qty INTEGER NOT NULL, cost_gbp DECIMAL(8,2) NOT NULL, FOREIGN KEY (stu_id) REFERENCES studios(stu_id));
COMMENT ON COLUMN supplies.item IS 'INK bottles of ink, NDL needle cartridges, GLV nitrile gloves, FILM rolls of wrap film, SOAP green soap';

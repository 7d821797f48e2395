-- Window cleaning business (Norwich and villages around it): cleaners, the rounds they work on a fixed cycle, the
-- customers on each round, every visit to clean a customer's windows, payments for the cleans and complaints.
CREATE TABLE cleaners(cleaner_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, employment_type VARCHAR NOT NULL, water_fed_pole BOOLEAN NOT NULL, started_on DATE NOT NULL, left_on DATE);
COMMENT ON TABLE cleaners IS 'Window cleaners who work for the business';
COMMENT ON COLUMN cleaners.employment_type IS 'employed (on payroll) or subcontractor (self-employed, paid per round)';
COMMENT ON COLUMN cleaners.water_fed_pole IS 'Trained and equipped to clean from the ground with a water-fed pole rather than ladders';
COMMENT ON COLUMN cleaners.left_on IS 'Last day worked; NULL while the cleaner still works for us';
CREATE TABLE rounds(round_id INTEGER PRIMARY KEY, round_name VARCHAR NOT NULL, town VARCHAR NOT NULL, day_of_week VARCHAR NOT NULL, cycle_weeks INTEGER NOT NULL, cleaner_id INTEGER REFERENCES cleaners(cleaner_id));
COMMENT ON TABLE rounds IS 'A round: a group of customers cleaned on the same day, every cycle_weeks weeks';
COMMENT ON COLUMN rounds.cleaner_id IS 'Regular cleaner of the round; NULL while the round has no regular cleaner and is covered by others';
CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR NOT NULL, address VARCHAR NOT NULL, postcode VARCHAR NOT NULL, round_id INTEGER NOT NULL REFERENCES rounds(round_id), property_type CHAR(1) NOT NULL, has_conservatory BOOLEAN NOT NULL, standard_price DECIMAL(6,2) NOT NULL, payment_method VARCHAR NOT NULL, joined_on DATE NOT NULL, cancelled_on DATE);
COMMENT ON COLUMN customers.property_type IS 'T terraced house, S semi-detached house, D detached house, B bungalow, F block of flats, C commercial premises (shop or office)';
COMMENT ON COLUMN customers.standard_price IS 'Current price of one clean in GBP';
COMMENT ON COLUMN customers.payment_method IS 'cash, bank transfer, direct debit or card';
COMMENT ON COLUMN customers.cancelled_on IS 'Date the customer stopped the service; NULL for current customers';
CREATE TABLE cleans(clean_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id), cleaner_id INTEGER NOT NULL REFERENCES cleaners(cleaner_id), cleaned_on DATE NOT NULL, outcome CHAR(1) NOT NULL, amount_charged DECIMAL(6,2) NOT NULL);
COMMENT ON TABLE cleans IS 'One scheduled visit to clean a customer''s windows (recorded since January 2024, when the booking system started)';
COMMENT ON COLUMN cleans.outcome IS 'D done, N no access (gate locked, dog in the garden), S skipped at the customer''s request, R rained off (the round is done again the next working day)';
COMMENT ON COLUMN cleans.amount_charged IS 'GBP charged for the visit, including any conservatory roof clean; 0 unless the clean was done';
CREATE TABLE payments(payment_id INTEGER PRIMARY KEY, clean_id INTEGER NOT NULL REFERENCES cleans(clean_id), paid_on DATE NOT NULL, amount DECIMAL(6,2) NOT NULL, method VARCHAR NOT NULL);
COMMENT ON TABLE payments IS 'Payment received for one clean';
CREATE TABLE complaints(complaint_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id), clean_id INTEGER REFERENCES cleans(clean_id), logged_on DATE NOT NULL, complaint_type VARCHAR NOT NULL, refund_amount DECIMAL(7,2) NOT NULL, resolved BOOLEAN NOT NULL);
COMMENT ON COLUMN complaints.clean_id IS 'The clean complained about; NULL for complaints not about one clean (billing, a missed visit)';
COMMENT ON COLUMN complaints.refund_amount IS 'GBP refunded or paid out in compensation';

-- A West Yorkshire removals firm: its customers, staff, vans, the house and office moves it does, the crew who worked
-- on each move and the damage claims made afterwards.
CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, customer_type VARCHAR NOT NULL, home_town VARCHAR NOT NULL);
COMMENT ON TABLE customers IS 'People and organisations who have booked a move or asked for a quote';
COMMENT ON COLUMN customers.customer_type IS 'private (a household), landlord (moving tenants or furnishing lets) or business (an office move)';
COMMENT ON COLUMN customers.home_town IS 'Town the customer lives or works in';
CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, role VARCHAR NOT NULL, hgv_licence BOOLEAN NOT NULL, day_rate DECIMAL(6,2) NOT NULL, started_on DATE NOT NULL, left_on DATE);
COMMENT ON COLUMN staff.role IS 'surveyor (visits to estimate the load), driver, porter or packer';
COMMENT ON COLUMN staff.hgv_licence IS 'Holds a licence to drive the large (18 tonne) vans';
COMMENT ON COLUMN staff.day_rate IS 'Pay for a day''s work in GBP';
COMMENT ON COLUMN staff.left_on IS 'Leaving date; NULL while still employed';
CREATE TABLE vans(van_id INTEGER PRIMARY KEY, registration VARCHAR NOT NULL, size_code CHAR(1) NOT NULL, capacity_cubic_ft INTEGER NOT NULL, bought_on DATE NOT NULL, sold_on DATE);
COMMENT ON TABLE vans IS 'Removal vans in the fleet';
COMMENT ON COLUMN vans.size_code IS 'S Luton van, M 7.5 tonne lorry, L 18 tonne lorry';
COMMENT ON COLUMN vans.sold_on IS 'Date sold; NULL while still in the fleet';
CREATE TABLE moves(move_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(customer_id), surveyor_id INTEGER REFERENCES staff(staff_id), van_id INTEGER NOT NULL REFERENCES vans(van_id), booked_on DATE NOT NULL, move_date DATE NOT NULL, from_town VARCHAR NOT NULL, to_town VARCHAR NOT NULL, miles INTEGER NOT NULL, volume_cubic_ft INTEGER NOT NULL, packing_service BOOLEAN NOT NULL, storage_weeks INTEGER NOT NULL, quoted_price DECIMAL(8,2) NOT NULL, status CHAR(1) NOT NULL);
COMMENT ON TABLE moves IS 'A move booked with the firm';
COMMENT ON COLUMN moves.surveyor_id IS 'Surveyor who visited to estimate the load; NULL when quoted over the phone without a survey';
COMMENT ON COLUMN moves.miles IS 'Distance of the move in miles';
COMMENT ON COLUMN moves.volume_cubic_ft IS 'Estimated load in cubic feet';
COMMENT ON COLUMN moves.packing_service IS 'The firm packed the customer''s belongings';
COMMENT ON COLUMN moves.storage_weeks IS 'Weeks the load was kept in the firm''s warehouse between the two addresses; 0 for none';
COMMENT ON COLUMN moves.quoted_price IS 'Price quoted in GBP';
COMMENT ON COLUMN moves.status IS 'C completed, X cancelled by the customer, B booked (not yet done)';
CREATE TABLE move_crew(move_id INTEGER NOT NULL REFERENCES moves(move_id), staff_id INTEGER NOT NULL REFERENCES staff(staff_id), hours_worked INTEGER NOT NULL, PRIMARY KEY (move_id, staff_id));
COMMENT ON TABLE move_crew IS 'Who worked on each completed move';
CREATE TABLE damage_claims(claim_id INTEGER PRIMARY KEY, move_id INTEGER NOT NULL REFERENCES moves(move_id), reported_on DATE NOT NULL, item VARCHAR NOT NULL, amount_claimed DECIMAL(7,2) NOT NULL, amount_paid DECIMAL(7,2));
COMMENT ON TABLE damage_claims IS 'Claims for items damaged or lost in a move';
COMMENT ON COLUMN damage_claims.amount_paid IS 'Compensation paid in GBP: 0 when the claim was rejected, NULL while it is still being looked at';

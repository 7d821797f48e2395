-- Marches Flue & Stove, a chimney sweep firm in south Shropshire and the Welsh Marches: its sweeps, customers, the
-- appliances it looks after, visits, invoices and parts fitted.
CREATE TABLE sweeps(sweep_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, guild_member BOOLEAN NOT NULL, hetas_registered BOOLEAN NOT NULL, start_date DATE NOT NULL, van_reg VARCHAR NOT NULL);
COMMENT ON COLUMN sweeps.guild_member IS 'Member of the Guild of Master Chimney Sweeps';
COMMENT ON COLUMN sweeps.hetas_registered IS 'HETAS registered installer, allowed to fit and sign off stoves';
COMMENT ON COLUMN sweeps.start_date IS 'Date the sweep joined the firm';
COMMENT ON COLUMN sweeps.van_reg IS 'Registration of the van the sweep drives';
CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR NOT NULL, email VARCHAR, town VARCHAR NOT NULL, postcode VARCHAR NOT NULL, first_booked_on DATE NOT NULL, heard_via VARCHAR NOT NULL);
COMMENT ON COLUMN customers.heard_via IS 'How the customer found us: word of mouth, website, leaflet, guild directory, facebook';
CREATE TABLE appliances(appliance_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, appliance_type VARCHAR NOT NULL, fuel VARCHAR NOT NULL, flue_type VARCHAR NOT NULL, installed_year INTEGER, flue_length_m DECIMAL(4,1) NOT NULL, FOREIGN KEY (customer_id) REFERENCES customers(customer_id));
COMMENT ON TABLE appliances IS 'Each fire, stove, cooker or boiler at a customer''s home whose flue we sweep';
COMMENT ON COLUMN appliances.appliance_type IS 'wood burner, multi-fuel stove, open fire, inglenook, range cooker, oil boiler';
COMMENT ON COLUMN appliances.fuel IS 'Main fuel burned: wood, house coal, smokeless coal, oil';
COMMENT ON COLUMN appliances.flue_type IS 'masonry (unlined brick chimney), liner (flexible steel liner in the chimney), twin-wall (insulated steel flue pipe)';
COMMENT ON COLUMN appliances.installed_year IS 'Year the appliance was fitted; NULL for open fires and inglenooks built with the house';
COMMENT ON COLUMN appliances.flue_length_m IS 'Length of the flue from the appliance to the chimney pot, in metres';
CREATE TABLE visits(visit_id INTEGER PRIMARY KEY, appliance_id INTEGER NOT NULL, sweep_id INTEGER NOT NULL, visit_date DATE NOT NULL, job_type VARCHAR NOT NULL, duration_mins INTEGER NOT NULL, price_gbp DECIMAL(7,2) NOT NULL, outcome VARCHAR NOT NULL, certificate_issued BOOLEAN NOT NULL, FOREIGN KEY (appliance_id) REFERENCES appliances(appliance_id), FOREIGN KEY (sweep_id) REFERENCES sweeps(sweep_id));
COMMENT ON COLUMN visits.job_type IS 'sweep (brush sweep), power sweep (rotary power sweep), cctv survey (camera inspection of the flue), bird nest removal, smoke test, stove installation';
COMMENT ON COLUMN visits.duration_mins IS 'Time on site in minutes';
COMMENT ON COLUMN visits.price_gbp IS 'Labour price before parts and VAT';
COMMENT ON COLUMN visits.outcome IS 'pass (safe to use), advisory (works recommended), unsafe (appliance condemned, warning notice left)';
COMMENT ON COLUMN visits.certificate_issued IS 'A sweeping or installation certificate was left with the customer';
CREATE TABLE invoices(invoice_no INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL, issued_on DATE NOT NULL, net_gbp DECIMAL(8,2) NOT NULL, vat_gbp DECIMAL(8,2) NOT NULL, paid_on DATE, pay_method VARCHAR, FOREIGN KEY (visit_id) REFERENCES visits(visit_id));
COMMENT ON COLUMN invoices.net_gbp IS 'Labour and parts before VAT';
COMMENT ON COLUMN invoices.paid_on IS 'NULL while unpaid';
COMMENT ON COLUMN invoices.pay_method IS 'card, bank transfer or cash; NULL while unpaid';
CREATE TABLE parts_fitted(visit_id INTEGER NOT NULL, part VARCHAR NOT NULL, qty INTEGER NOT NULL, unit_price_gbp DECIMAL(7,2) NOT NULL, PRIMARY KEY (visit_id, part), FOREIGN KEY (visit_id) REFERENCES visits(visit_id));

CREATE TABLE members(member_no INTEGER PRIMARY KEY, farm_name VARCHAR NOT NULL, contact_name VARCHAR NOT NULL, county VARCHAR NOT NULL, herd_size INTEGER NOT NULL, organic BOOLEAN NOT NULL, joined DATE);
COMMENT ON TABLE members IS 'Farms that supply milk to the co-operative';
COMMENT ON COLUMN members.herd_size IS 'Milking cows';
CREATE TABLE tankers(tanker_id INTEGER PRIMARY KEY, reg_plate VARCHAR NOT NULL, capacity_l INTEGER NOT NULL, depot VARCHAR NOT NULL);
CREATE TABLE collections(coll_id INTEGER PRIMARY KEY, member_no INTEGER NOT NULL, tanker_id INTEGER NOT NULL, coll_date DATE NOT NULL, litres INTEGER NOT NULL, fat_pct DECIMAL(4,2), prot_pct DECIMAL(4,2), scc INTEGER, bactoscan INTEGER, grade VARCHAR NOT NULL, FOREIGN KEY (member_no) REFERENCES members(member_no), FOREIGN KEY (tanker_id) REFERENCES tankers(tanker_id));
COMMENT ON COLUMN collections.scc IS 'Somatic cells per ml';
COMMENT ON COLUMN collections.grade IS 'A, B, C, or R (rejected, not paid)';
CREATE TABLE milk_prices(price_month VARCHAR PRIMARY KEY, base_ppl DECIMAL(5,2) NOT NULL, fat_bonus_ppl DECIMAL(4,2) NOT NULL, prot_bonus_ppl DECIMAL(4,2) NOT NULL, organic_premium_ppl DECIMAL(4,2) NOT NULL);
CREATE TABLE member_payments(pay_id INTEGER PRIMARY KEY, member_no INTEGER NOT NULL, price_month VARCHAR NOT NULL, litres_paid INTEGER NOT NULL, gross_gbp DECIMAL(10,2) NOT NULL, levy_gbp DECIMAL(8,2) NOT NULL, paid_on DATE NOT NULL, FOREIGN KEY (member_no) REFERENCES members(member_no));

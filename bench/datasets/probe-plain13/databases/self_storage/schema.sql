-- Self-storage operator in South Wales: sites, the storage units at each, customers, leases (who rents which unit, when) and rent payments.
CREATE TABLE site(site_id INTEGER PRIMARY KEY, site_nm VARCHAR NOT NULL, town VARCHAR NOT NULL, opened_yr INTEGER NOT NULL, gate_24h BOOLEAN NOT NULL);
-- gate_24h = customers can reach their units around the clock; opened_yr = year the site opened
CREATE TABLE unit(unit_no INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, size_cd VARCHAR(3) NOT NULL, sq_ft INTEGER NOT NULL, flr INTEGER NOT NULL, clim BOOLEAN NOT NULL, drv_up BOOLEAN NOT NULL, list_wk DECIMAL(6,2) NOT NULL,
  FOREIGN KEY (site_id) REFERENCES site(site_id));
COMMENT ON TABLE unit IS 'Storage units (rooms and lockers) that customers rent';
COMMENT ON COLUMN unit.size_cd IS 'LKR = locker, S = small, M = medium, L = large, XL = extra large';
COMMENT ON COLUMN unit.flr IS 'Floor: 0 = ground floor, 1 = first floor, 2 = second floor';
COMMENT ON COLUMN unit.clim IS 'Climate-controlled (heated) unit';
COMMENT ON COLUMN unit.drv_up IS 'Drive-up unit: a van can park at its door';
COMMENT ON COLUMN unit.list_wk IS 'Advertised weekly rent in GBP';
CREATE TABLE cust(cust_id INTEGER PRIMARY KEY, fname VARCHAR NOT NULL, lname VARCHAR NOT NULL, co_nm VARCHAR, cust_cd CHAR(1) NOT NULL, join_dt DATE NOT NULL, ref_cd VARCHAR(3) NOT NULL);
COMMENT ON TABLE cust IS 'Customers; co_nm is the company a business customer rents for, NULL for private customers';
COMMENT ON COLUMN cust.cust_cd IS 'P = private (household), B = business, S = student';
COMMENT ON COLUMN cust.ref_cd IS 'How the customer found us: WEB = our website, AGG = price comparison site, REF = referred by a friend, WLK = walked in';
CREATE TABLE lease(lease_id INTEGER PRIMARY KEY, unit_no INTEGER NOT NULL, cust_id INTEGER NOT NULL, in_dt DATE NOT NULL, out_dt DATE, wk_rate DECIMAL(6,2) NOT NULL, ins_cd VARCHAR(3) NOT NULL,
  FOREIGN KEY (unit_no) REFERENCES unit(unit_no), FOREIGN KEY (cust_id) REFERENCES cust(cust_id));
-- in_dt = move-in date; out_dt = move-out date, NULL while the customer still rents the unit; wk_rate = agreed weekly rent in GBP
-- ins_cd: NON no contents insurance, STD standard cover, PLU plus cover
CREATE TABLE pmt(pmt_id INTEGER PRIMARY KEY, lease_id INTEGER NOT NULL, paid_dt DATE NOT NULL, amt_gbp DECIMAL(7,2) NOT NULL, meth_cd VARCHAR(3) NOT NULL, late BOOLEAN NOT NULL, fee_gbp DECIMAL(5,2) NOT NULL,
  FOREIGN KEY (lease_id) REFERENCES lease(lease_id));
COMMENT ON TABLE pmt IS 'Rent payments, one every four weeks of a lease';
-- amt_gbp = amount paid (four weeks rent plus insurance); late = paid more than a week after it was due; fee_gbp = late fee charged
-- meth_cd: DD direct debit, CRD card, CSH cash, BT bank transfer

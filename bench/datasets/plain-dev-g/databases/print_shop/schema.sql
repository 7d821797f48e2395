-- Print shop job system (Kendal). Orders are taken on the web, by email or at the counter; each line is one product.
CREATE TABLE customers(
  cust_no INTEGER PRIMARY KEY,
  cust_name VARCHAR NOT NULL,
  cust_type VARCHAR(3) NOT NULL,   -- BUS business, SCH school, CHR charity / club, PRV private individual
  town VARCHAR NOT NULL,
  on_acct BOOLEAN NOT NULL,        -- trade account: invoiced monthly, 5% discount
  created_on DATE NOT NULL);
CREATE TABLE products(
  prod_cd VARCHAR PRIMARY KEY,
  prod_desc VARCHAR NOT NULL,
  cat_cd VARCHAR(3) NOT NULL,      -- STN stationery, MKT marketing print, BK booklets & calendars, LF large format (banners, signs), WED wedding stationery
  list_price DECIMAL(8,2) NOT NULL,
  unit VARCHAR NOT NULL,           -- what list_price is per: pack, each or m2
  active BOOLEAN NOT NULL);
CREATE TABLE presses(
  press_id INTEGER PRIMARY KEY,
  press_nm VARCHAR NOT NULL,
  press_type VARCHAR(5) NOT NULL,  -- DIG digital, LITHO offset litho, WF wide format
  installed_yr INTEGER NOT NULL,
  colours INTEGER NOT NULL,
  retired_on DATE);
CREATE TABLE orders(
  order_no INTEGER PRIMARY KEY,
  cust_no INTEGER NOT NULL REFERENCES customers(cust_no),
  ordered_on DATE NOT NULL,
  due_on DATE NOT NULL,
  status_cd VARCHAR(3) NOT NULL,   -- QT quote only, PR in production, RD ready, DSP dispatched, COL collected, CXL cancelled
  rush BOOLEAN NOT NULL,           -- rush job: 25% surcharge
  src_cd VARCHAR(3) NOT NULL);     -- WEB web shop, EML email, CTR shop counter
CREATE TABLE order_lines(
  line_id INTEGER PRIMARY KEY,
  order_no INTEGER NOT NULL REFERENCES orders(order_no),
  prod_cd VARCHAR NOT NULL REFERENCES products(prod_cd),
  qty INTEGER NOT NULL,
  line_total DECIMAL(10,2) NOT NULL,  -- GBP ex VAT
  finish_cd VARCHAR(3));           -- GLS gloss lam, MAT matt lam, STF soft-touch, UNC uncoated
CREATE TABLE press_runs(
  run_id INTEGER PRIMARY KEY,
  order_no INTEGER NOT NULL REFERENCES orders(order_no),
  line_id INTEGER NOT NULL REFERENCES order_lines(line_id),
  press_id INTEGER NOT NULL REFERENCES presses(press_id),
  run_on DATE NOT NULL,
  sheets INTEGER NOT NULL,         -- sheets (or m2 on wide format) fed, waste included
  waste_sheets INTEGER NOT NULL,
  operator VARCHAR(3) NOT NULL);   -- operator initials

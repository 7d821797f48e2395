-- Weighbridge and blasting records of a quarry company working six pits (limestone, granite, sandstone, sand and gravel).
CREATE TABLE pit(
  pit_id INTEGER PRIMARY KEY,
  pit_nm VARCHAR NOT NULL,
  county VARCHAR NOT NULL,
  opened_dt DATE NOT NULL,
  rock_cd VARCHAR(3) NOT NULL,
  status VARCHAR(4) NOT NULL,
  pp_end_dt DATE NOT NULL);
CREATE TABLE prod(
  prod_cd VARCHAR(6) PRIMARY KEY,
  prod_desc VARCHAR NOT NULL,
  prod_grp VARCHAR(3) NOT NULL,
  list_px DECIMAL(7,2) NOT NULL);
CREATE TABLE cust(
  cust_id INTEGER PRIMARY KEY,
  cust_nm VARCHAR NOT NULL,
  cust_typ VARCHAR(3) NOT NULL,
  acct_open_dt DATE NOT NULL,
  credit_lim INTEGER);
CREATE TABLE tkt(
  tkt_no VARCHAR PRIMARY KEY,
  pit_id INTEGER NOT NULL REFERENCES pit(pit_id),
  cust_id INTEGER REFERENCES cust(cust_id),
  prod_cd VARCHAR(6) NOT NULL REFERENCES prod(prod_cd),
  tkt_ts TIMESTAMP NOT NULL,
  veh_reg VARCHAR NOT NULL,
  haul_cd VARCHAR(3) NOT NULL,
  gross_kg INTEGER NOT NULL,
  tare_kg INTEGER NOT NULL,
  net_t DECIMAL(6,2) NOT NULL,
  px_t DECIMAL(7,2) NOT NULL,
  void_flg BOOLEAN NOT NULL);
CREATE TABLE blast(
  blast_id INTEGER PRIMARY KEY,
  pit_id INTEGER NOT NULL REFERENCES pit(pit_id),
  blast_dt DATE NOT NULL,
  holes INTEGER NOT NULL,
  expl_kg INTEGER NOT NULL,
  ppv_mm_s DECIMAL(5,2) NOT NULL,
  cmpl_n INTEGER NOT NULL);
COMMENT ON TABLE pit IS 'Quarry pits (sites) the company works or has worked';
COMMENT ON COLUMN pit.rock_cd IS 'LST limestone, GRT granite, SST sandstone, GRV sand and gravel';
COMMENT ON COLUMN pit.status IS 'ACT active, MOTH mothballed (no extraction, kept for later), RST worked out and restored';
COMMENT ON COLUMN pit.pp_end_dt IS 'Date the planning permission to extract runs out';
COMMENT ON TABLE prod IS 'Products sold over the weighbridge';
COMMENT ON COLUMN prod.prod_grp IS 'AGG aggregate (single size stone, chippings, ballast), SUB sub-base and fill, SND sand, DST dust and fines, ARM armour, gabion and walling stone';
COMMENT ON COLUMN prod.list_px IS 'List price in GBP per tonne (2023 price list)';
COMMENT ON TABLE cust IS 'Credit account customers';
COMMENT ON COLUMN cust.cust_typ IS 'CON contractor, MER builders merchant, RMX ready-mix concrete plant, LA local authority (council), PRV private (farm, estate, landscaper)';
COMMENT ON COLUMN cust.credit_lim IS 'Credit limit in GBP; NULL for private accounts, which pay pro forma';
COMMENT ON TABLE tkt IS 'Weighbridge tickets: one per loaded vehicle leaving a pit';
COMMENT ON COLUMN tkt.cust_id IS 'Account customer; NULL for a cash sale at the weighbridge';
COMMENT ON COLUMN tkt.tkt_ts IS 'When the loaded vehicle crossed the weighbridge';
COMMENT ON COLUMN tkt.haul_cd IS 'OWN our own fleet delivered, SUB subcontract haulier delivered, CUS customer collected';
COMMENT ON COLUMN tkt.net_t IS 'Net weight of the load in tonnes (gross minus tare)';
COMMENT ON COLUMN tkt.px_t IS 'Price charged in GBP per tonne';
COMMENT ON COLUMN tkt.void_flg IS 'True if the ticket was voided (load tipped back, wrong product); not invoiced';
COMMENT ON TABLE blast IS 'Blasts fired at the hard-rock pits';
COMMENT ON COLUMN blast.expl_kg IS 'Explosive used, kg';
COMMENT ON COLUMN blast.ppv_mm_s IS 'Peak particle velocity (ground vibration) at the nearest house, mm/s';
COMMENT ON COLUMN blast.cmpl_n IS 'Number of complaints from neighbours about the blast';

-- Fenland Fuels, a heating-oil distributor: a small warehouse of depots, road tankers, drivers, customers, orders,
-- deliveries and payments (December 2025 to November 2026).
CREATE TABLE dim_depot(depot_key INTEGER PRIMARY KEY, depot_cd VARCHAR NOT NULL, depot_nm VARCHAR NOT NULL, store_cap_ltr INTEGER NOT NULL, open_yr INTEGER NOT NULL);
COMMENT ON COLUMN dim_depot.store_cap_ltr IS 'Bulk storage capacity in litres';
CREATE TABLE dim_tanker(tanker_key INTEGER PRIMARY KEY, reg_no VARCHAR NOT NULL, depot_key INTEGER NOT NULL, body_cd VARCHAR NOT NULL, cap_ltr INTEGER NOT NULL, cmpt_cnt INTEGER NOT NULL, reg_yr INTEGER NOT NULL, FOREIGN KEY (depot_key) REFERENCES dim_depot(depot_key));
COMMENT ON COLUMN dim_tanker.body_cd IS 'RIG rigid tanker, TWN tanker wagon (small, for narrow lanes)';
COMMENT ON COLUMN dim_tanker.cmpt_cnt IS 'Number of compartments';
CREATE TABLE dim_drv(drv_key INTEGER PRIMARY KEY, drv_nm VARCHAR NOT NULL, depot_key INTEGER NOT NULL, adr_exp_dt DATE NOT NULL, hire_dt DATE NOT NULL, FOREIGN KEY (depot_key) REFERENCES dim_depot(depot_key));
COMMENT ON COLUMN dim_drv.adr_exp_dt IS 'Expiry of the driver''s ADR dangerous-goods licence';
CREATE TABLE dim_cust(cust_key INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, acct_typ VARCHAR NOT NULL, pcode_dist VARCHAR NOT NULL, depot_key INTEGER NOT NULL, fuel_cd VARCHAR NOT NULL, tank_cap_ltr INTEGER NOT NULL, bud_plan_flg BOOLEAN NOT NULL, open_dt DATE NOT NULL, FOREIGN KEY (depot_key) REFERENCES dim_depot(depot_key));
COMMENT ON COLUMN dim_cust.acct_typ IS 'DOM domestic, FARM farm, COMM commercial or community building';
COMMENT ON COLUMN dim_cust.pcode_dist IS 'Postcode district';
COMMENT ON COLUMN dim_cust.fuel_cd IS 'KERO kerosene (28-second heating oil), GASO gas oil (red diesel), HVO hydrotreated vegetable oil';
COMMENT ON COLUMN dim_cust.tank_cap_ltr IS 'Capacity of the customer''s storage tank in litres';
COMMENT ON COLUMN dim_cust.bud_plan_flg IS 'Pays by monthly direct debit on a budget plan';
CREATE TABLE fct_ord(ord_id INTEGER PRIMARY KEY, cust_key INTEGER NOT NULL, ord_dt DATE NOT NULL, chnl_cd VARCHAR NOT NULL, fuel_cd VARCHAR NOT NULL, req_ltr INTEGER NOT NULL, ppl_qtd DECIMAL(6,2) NOT NULL, ord_sts VARCHAR NOT NULL, FOREIGN KEY (cust_key) REFERENCES dim_cust(cust_key));
COMMENT ON COLUMN fct_ord.chnl_cd IS 'PH phone, WEB website, AUTO automatic top-up';
COMMENT ON COLUMN fct_ord.req_ltr IS 'Litres ordered';
COMMENT ON COLUMN fct_ord.ppl_qtd IS 'Price quoted in pence per litre, before VAT';
COMMENT ON COLUMN fct_ord.ord_sts IS 'DLV delivered, OPEN awaiting delivery, CXL cancelled';
CREATE TABLE fct_dlv(dlv_id INTEGER PRIMARY KEY, ord_id INTEGER NOT NULL, tanker_key INTEGER NOT NULL, drv_key INTEGER NOT NULL, dlv_dt DATE NOT NULL, ltr_dlv INTEGER NOT NULL, net_gbp DECIMAL(9,2) NOT NULL, vat_gbp DECIMAL(9,2) NOT NULL, FOREIGN KEY (ord_id) REFERENCES fct_ord(ord_id), FOREIGN KEY (tanker_key) REFERENCES dim_tanker(tanker_key), FOREIGN KEY (drv_key) REFERENCES dim_drv(drv_key));
COMMENT ON COLUMN fct_dlv.ltr_dlv IS 'Litres metered into the customer''s tank';
COMMENT ON COLUMN fct_dlv.vat_gbp IS 'VAT: 5% for domestic customers, 20% otherwise';
CREATE TABLE fct_pymt(pymt_id INTEGER PRIMARY KEY, cust_key INTEGER NOT NULL, pymt_dt DATE NOT NULL, pymt_mthd VARCHAR NOT NULL, amt_gbp DECIMAL(9,2) NOT NULL, FOREIGN KEY (cust_key) REFERENCES dim_cust(cust_key));
COMMENT ON COLUMN fct_pymt.pymt_mthd IS 'DD direct debit, CARD, BACS bank transfer';

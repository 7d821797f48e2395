-- A chain of five mobile-phone repair shops in South Wales, repair jobs booked in Dec 2025 to Nov 2026.
CREATE TABLE shops(shop_cd VARCHAR PRIMARY KEY, shop_nm VARCHAR NOT NULL, town VARCHAR NOT NULL, opn_dt DATE NOT NULL, bench_cnt INTEGER NOT NULL, mgr_nm VARCHAR NOT NULL);
COMMENT ON COLUMN shops.bench_cnt IS 'Repair benches in the shop';
COMMENT ON COLUMN shops.mgr_nm IS 'Shop manager (also a senior technician)';
CREATE TABLE techs(tech_id INTEGER PRIMARY KEY, tech_nm VARCHAR NOT NULL, shop_cd VARCHAR NOT NULL, grade_cd VARCHAR NOT NULL, hrly_gbp DECIMAL(6,2) NOT NULL, mcro_sldr BOOLEAN NOT NULL, start_dt DATE NOT NULL, FOREIGN KEY (shop_cd) REFERENCES shops(shop_cd));
COMMENT ON COLUMN techs.grade_cd IS 'T1 trainee technician, T2 technician, T3 senior technician';
COMMENT ON COLUMN techs.hrly_gbp IS 'Hourly pay';
COMMENT ON COLUMN techs.mcro_sldr IS 'Qualified for board-level micro-soldering';
CREATE TABLE parts(part_no VARCHAR PRIMARY KEY, part_desc VARCHAR NOT NULL, dev_mdl VARCHAR NOT NULL, cat_cd VARCHAR NOT NULL, cost_gbp DECIMAL(7,2) NOT NULL, supp_nm VARCHAR NOT NULL, stk_qty INTEGER NOT NULL);
COMMENT ON COLUMN parts.cat_cd IS 'SCR screen, BAT battery, CHP charging port, CAM rear camera, BCK back glass';
COMMENT ON COLUMN parts.cost_gbp IS 'What we pay the supplier per part';
COMMENT ON COLUMN parts.stk_qty IS 'Units in stock at the central store on 2026-11-30';
CREATE TABLE jobs(job_no VARCHAR PRIMARY KEY, shop_cd VARCHAR NOT NULL, tech_id INTEGER NOT NULL, dev_brand VARCHAR NOT NULL, dev_mdl VARCHAR NOT NULL, imei_l4 VARCHAR NOT NULL, fault_cd VARCHAR NOT NULL, bkd_in TIMESTAMP NOT NULL, cmpl_at TIMESTAMP, sts_cd VARCHAR NOT NULL, quote_gbp DECIMAL(7,2) NOT NULL, amt_gbp DECIMAL(7,2) NOT NULL, wty_rtn BOOLEAN NOT NULL, cust_pcd VARCHAR NOT NULL, FOREIGN KEY (shop_cd) REFERENCES shops(shop_cd), FOREIGN KEY (tech_id) REFERENCES techs(tech_id));
COMMENT ON COLUMN jobs.imei_l4 IS 'Last four digits of the handset IMEI';
COMMENT ON COLUMN jobs.fault_cd IS 'SCR cracked or dead screen, BAT battery, CHP charging port, CAM camera, BCK back glass, LIQ liquid damage, SW software';
COMMENT ON COLUMN jobs.sts_cd IS 'CMP repaired and collected, BER beyond economic repair, CXL cancelled by the customer, WIP still in the workshop';
COMMENT ON COLUMN jobs.amt_gbp IS 'Amount charged; a 15.00 diagnostic fee for BER, 0 for cancelled or unfinished jobs';
COMMENT ON COLUMN jobs.wty_rtn IS 'Handset came back under our 90-day repair warranty';
COMMENT ON COLUMN jobs.cust_pcd IS 'Customer postcode district';
-- one row per part fitted on a job
CREATE TABLE job_parts(job_no VARCHAR NOT NULL, part_no VARCHAR NOT NULL, qty INTEGER NOT NULL, PRIMARY KEY (job_no, part_no), FOREIGN KEY (job_no) REFERENCES jobs(job_no), FOREIGN KEY (part_no) REFERENCES parts(part_no));

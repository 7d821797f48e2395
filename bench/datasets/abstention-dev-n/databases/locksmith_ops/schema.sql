-- A locksmith firm working across four bases: call-out jobs and the parts fitted, Dec 2025 to Nov 2026.
CREATE TABLE techs(tech_id VARCHAR PRIMARY KEY, tech_nm VARCHAR NOT NULL, base_twn VARCHAR NOT NULL, mla_sts VARCHAR NOT NULL, safe_eng VARCHAR NOT NULL, hrly_rt_gbp DECIMAL(6,2) NOT NULL, start_dt DATE NOT NULL, van_reg VARCHAR NOT NULL);
COMMENT ON COLUMN techs.mla_sts IS 'Master Locksmiths Association status: MLA full member (vetted and examined), LIC licensed (working towards), NONE not a member';
COMMENT ON COLUMN techs.safe_eng IS 'Y if trained to open and service safes';
COMMENT ON COLUMN techs.hrly_rt_gbp IS 'What we pay the technician per hour';
CREATE TABLE custs(cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, cust_typ VARCHAR NOT NULL, twn VARCHAR NOT NULL, pcode_out VARCHAR NOT NULL, tel_no VARCHAR, acct_flg VARCHAR NOT NULL);
COMMENT ON COLUMN custs.cust_typ IS 'RES householder, LL private landlord, AGT letting agent, COM business';
COMMENT ON COLUMN custs.pcode_out IS 'Outward half of the postcode only (district)';
COMMENT ON COLUMN custs.acct_flg IS 'Y if the customer has a credit account and is invoiced monthly';
CREATE TABLE parts(part_cd VARCHAR PRIMARY KEY, part_desc VARCHAR NOT NULL, brand VARCHAR NOT NULL, cat_cd VARCHAR NOT NULL, bs3621_flg VARCHAR NOT NULL, cost_gbp DECIMAL(8,2) NOT NULL, sell_gbp DECIMAL(8,2) NOT NULL);
COMMENT ON COLUMN parts.cat_cd IS 'CYL cylinder, MORT mortice lock, NL nightlatch, UPVC uPVC door mechanism, HW handles and hardware, PAD padlock, SAFE safe lock';
COMMENT ON COLUMN parts.bs3621_flg IS 'Y if the lock meets British Standard BS3621 (the standard most home insurers ask for)';
CREATE TABLE jobs(job_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, tech_id VARCHAR NOT NULL, job_typ VARCHAR NOT NULL, call_at TIMESTAMP NOT NULL, arr_at TIMESTAMP, done_at TIMESTAMP, sts_cd VARCHAR NOT NULL, emerg_flg VARCHAR NOT NULL, callout_gbp DECIMAL(8,2) NOT NULL, lab_gbp DECIMAL(8,2) NOT NULL, pay_mthd VARCHAR, FOREIGN KEY (cust_id) REFERENCES custs(cust_id), FOREIGN KEY (tech_id) REFERENCES techs(tech_id));
COMMENT ON COLUMN jobs.job_typ IS 'LO lockout (gaining entry), LC lock change, UPG security upgrade, UPVC uPVC door repair, BURG burglary repair, SAFE safe opening, KEYSAFE key safe fitted';
COMMENT ON COLUMN jobs.call_at IS 'When the customer rang';
COMMENT ON COLUMN jobs.arr_at IS 'When the technician got there; NULL if cancelled';
COMMENT ON COLUMN jobs.sts_cd IS 'CMP completed, RTN needs a return visit, CNX cancelled before we arrived';
COMMENT ON COLUMN jobs.emerg_flg IS 'Y for an emergency call-out';
COMMENT ON COLUMN jobs.callout_gbp IS 'Call-out charge to the customer';
COMMENT ON COLUMN jobs.lab_gbp IS 'Labour charged to the customer';
COMMENT ON COLUMN jobs.pay_mthd IS 'CARD, CASH, BACS bank transfer, INV invoiced to account; NULL if cancelled';
-- one row per part fitted on a job, charged at unit_gbp each
CREATE TABLE job_parts(line_id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL, part_cd VARCHAR NOT NULL, qty INTEGER NOT NULL, unit_gbp DECIMAL(8,2) NOT NULL, FOREIGN KEY (job_id) REFERENCES jobs(job_id), FOREIGN KEY (part_cd) REFERENCES parts(part_cd));

-- Rotterdam translation agency: job tracking export.
CREATE TABLE lang(lang_cd CHAR(2) PRIMARY KEY, lang_nm VARCHAR NOT NULL, script VARCHAR NOT NULL);
CREATE TABLE clnt(clnt_id INTEGER PRIMARY KEY, clnt_nm VARCHAR NOT NULL, sector_cd VARCHAR(3) NOT NULL, ctry_cd CHAR(2) NOT NULL, acct_mgr VARCHAR NOT NULL, onboarded_dt DATE NOT NULL, is_active BOOLEAN NOT NULL);
-- sector_cd: LEG legal, MED medical/pharma, TEC technology, FIN finance/insurance, GOV public sector, LOG logistics, MFG manufacturing/energy, RET retail/consumer
-- ctry_cd: ISO 3166 country code of the client's head office
CREATE TABLE xltr(xltr_id INTEGER PRIMARY KEY, xltr_nm VARCHAR NOT NULL, native_lang_cd CHAR(2) NOT NULL, base_ctry CHAR(2) NOT NULL, emp_type CHAR(2) NOT NULL, rate_per_wd DECIMAL(5,3), joined_dt DATE NOT NULL, FOREIGN KEY (native_lang_cd) REFERENCES lang(lang_cd));
COMMENT ON TABLE xltr IS 'Translators, in-house and freelance';
-- emp_type: IH in-house (salaried, no word rate), FL freelance
-- rate_per_wd: freelance rate in EUR per source word
CREATE TABLE xltr_pair(xltr_id INTEGER NOT NULL, src_lang_cd CHAR(2) NOT NULL, tgt_lang_cd CHAR(2) NOT NULL, certified BOOLEAN NOT NULL, PRIMARY KEY (xltr_id, src_lang_cd, tgt_lang_cd), FOREIGN KEY (xltr_id) REFERENCES xltr(xltr_id), FOREIGN KEY (src_lang_cd) REFERENCES lang(lang_cd), FOREIGN KEY (tgt_lang_cd) REFERENCES lang(lang_cd));
-- language pairs a translator works in; certified = sworn translator for that pair
CREATE TABLE job(job_id INTEGER PRIMARY KEY, clnt_id INTEGER NOT NULL, src_lang_cd CHAR(2) NOT NULL, tgt_lang_cd CHAR(2) NOT NULL, xltr_id INTEGER, svc_cd VARCHAR(4) NOT NULL, word_cnt INTEGER NOT NULL, recv_dt DATE NOT NULL, due_dt DATE NOT NULL, dlvd_dt DATE, status_cd VARCHAR(3) NOT NULL, quote_eur DECIMAL(10,2) NOT NULL, FOREIGN KEY (clnt_id) REFERENCES clnt(clnt_id), FOREIGN KEY (src_lang_cd) REFERENCES lang(lang_cd), FOREIGN KEY (tgt_lang_cd) REFERENCES lang(lang_cd), FOREIGN KEY (xltr_id) REFERENCES xltr(xltr_id));
-- svc_cd: TR translation only, TEP translation + edit + proofread, MTPE machine translation post-editing, CERT certified (sworn) translation
-- status_cd: NEW received, not assigned; ASG assigned, in progress; DLV delivered; CXL cancelled
COMMENT ON COLUMN job.xltr_id IS 'Assigned translator; NULL until assigned';
CREATE TABLE inv(inv_no VARCHAR(10) PRIMARY KEY, job_id INTEGER NOT NULL, issued_dt DATE NOT NULL, amt_eur DECIMAL(10,2) NOT NULL, vat_eur DECIMAL(10,2) NOT NULL, paid_dt DATE, FOREIGN KEY (job_id) REFERENCES job(job_id));
-- one invoice per delivered job; amt_eur excludes VAT; paid_dt NULL = outstanding

-- Arborist job book: quotes and jobs for domestic, commercial, council and school clients in Hertfordshire.
CREATE TABLE clients(
  client_id INTEGER PRIMARY KEY,
  client_nm VARCHAR NOT NULL,
  client_type VARCHAR(3) NOT NULL,   -- DOM domestic / householder, COM commercial, LA local authority (council), SCH school
  town VARCHAR NOT NULL,
  on_contract BOOLEAN NOT NULL,      -- term maintenance contract
  added_dt DATE NOT NULL);
CREATE TABLE species(
  sp_cd VARCHAR(4) PRIMARY KEY,
  common_nm VARCHAR NOT NULL,
  latin_nm VARCHAR NOT NULL,
  sp_grp VARCHAR(3) NOT NULL,        -- BL broadleaf, CON conifer
  typ_ht INTEGER NOT NULL);          -- typical mature height, m
CREATE TABLE staff(
  staff_id INTEGER PRIMARY KEY,
  staff_nm VARCHAR NOT NULL,
  role_cd VARCHAR(4) NOT NULL,       -- LEAD team leader, CLMB climber, GRND groundworker, APPR apprentice, SURV surveyor / estimator
  day_rate DECIMAL(7,2) NOT NULL,
  start_dt DATE NOT NULL,
  leave_dt DATE);
CREATE TABLE jobs(
  job_no INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(client_id),
  quote_dt DATE NOT NULL,
  work_dt DATE,                      -- day the work is (or was) done; NULL until booked
  status CHAR(1) NOT NULL,           -- Q quoted, B booked, C completed and paid, I completed, invoice outstanding, L lost (quote declined), X cancelled
  quote_gbp DECIMAL(9,2) NOT NULL,   -- ex VAT
  invoice_gbp DECIMAL(9,2),          -- ex VAT; set once the work is done
  bird_chk BOOLEAN NOT NULL,         -- nesting-bird check needed (work in March-August)
  chip_t DECIMAL(6,2));              -- tonnes of chip / arisings taken away
CREATE TABLE job_lines(
  line_id INTEGER PRIMARY KEY,
  job_no INTEGER NOT NULL REFERENCES jobs(job_no),
  sp_cd VARCHAR(4) NOT NULL REFERENCES species(sp_cd),
  work_cd VARCHAR(7) NOT NULL,       -- FELL fell, SECFELL sectional fell, CR crown reduction, CT crown thin, CL crown lift, DW deadwood, SG stump grind, HDG hedge cut, POL pollard
  qty INTEGER NOT NULL,              -- trees (metres of hedge for HDG)
  ht_m DECIMAL(4,1) NOT NULL,        -- tree height, m
  tpo BOOLEAN NOT NULL,              -- tree preservation order: council consent needed
  line_gbp DECIMAL(8,2) NOT NULL);
CREATE TABLE job_staff(
  job_no INTEGER NOT NULL REFERENCES jobs(job_no),
  staff_id INTEGER NOT NULL REFERENCES staff(staff_id),
  hrs DECIMAL(4,1) NOT NULL,         -- hours on site
  PRIMARY KEY (job_no, staff_id));

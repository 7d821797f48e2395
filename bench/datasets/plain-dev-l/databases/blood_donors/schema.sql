-- Regional blood donation service (north Lancashire and south Cumbria): donor venues, registered donors, donation
-- sessions held at the venues, donors' appointments at sessions, deferrals given at screening, and long-service awards.
CREATE TABLE vnu(vnu_id INTEGER PRIMARY KEY, vnu_nm VARCHAR NOT NULL, twn VARCHAR NOT NULL, vnu_typ VARCHAR(2) NOT NULL, slots INTEGER NOT NULL);
COMMENT ON TABLE vnu IS 'Venue where donation sessions are held';
COMMENT ON COLUMN vnu.vnu_typ IS 'DC permanent donor centre, CH community venue (village or church hall) visited by the mobile team, WP workplace or campus session';
COMMENT ON COLUMN vnu.slots IS 'Usual number of appointment slots at a session';
CREATE TABLE dnr(dnr_id INTEGER PRIMARY KEY, dnr_nm VARCHAR NOT NULL, sex_cd CHAR(1) NOT NULL, dob DATE NOT NULL, bld_grp VARCHAR(3) NOT NULL, twn VARCHAR NOT NULL, reg_dt DATE NOT NULL, hist_cnt INTEGER NOT NULL, pref_vnu INTEGER REFERENCES vnu(vnu_id), stat_cd CHAR(1) NOT NULL);
COMMENT ON TABLE dnr IS 'Registered blood donor';
COMMENT ON COLUMN dnr.bld_grp IS 'ABO group and RhD type, e.g. O- (O negative, the universal red cell donor), AB+';
COMMENT ON COLUMN dnr.hist_cnt IS 'Whole blood donations given before January 2024, carried over from the old donor system';
COMMENT ON COLUMN dnr.pref_vnu IS 'Venue the donor prefers to be invited to; NULL if none given';
COMMENT ON COLUMN dnr.stat_cd IS 'A active, L lapsed (no donation in the last two years), W withdrawn permanently (health or own request)';
CREATE TABLE ssn(ssn_id INTEGER PRIMARY KEY, vnu_id INTEGER NOT NULL REFERENCES vnu(vnu_id), ssn_dt DATE NOT NULL, slots INTEGER NOT NULL, st_cd CHAR(1) NOT NULL);
COMMENT ON TABLE ssn IS 'Donation session at a venue on one day';
COMMENT ON COLUMN ssn.st_cd IS 'H held, X cancelled (staffing, weather or venue problem)';
CREATE TABLE apt(apt_id INTEGER PRIMARY KEY, dnr_id INTEGER NOT NULL REFERENCES dnr(dnr_id), ssn_id INTEGER NOT NULL REFERENCES ssn(ssn_id), outcome VARCHAR(2) NOT NULL, hb_gl INTEGER, vol_ml INTEGER);
COMMENT ON TABLE apt IS 'A donor''s appointment at a session (recorded since January 2024, when the current donor system started)';
COMMENT ON COLUMN apt.outcome IS 'DN donated a full unit, PB part bag (donation stopped early), DF deferred at screening, NA did not attend, CX cancelled by the donor';
COMMENT ON COLUMN apt.hb_gl IS 'Haemoglobin in g/L from the finger-prick screen; NULL if the donor did not come';
COMMENT ON COLUMN apt.vol_ml IS 'Millilitres of blood collected; NULL unless blood was taken';
CREATE TABLE dfr(dfr_id INTEGER PRIMARY KEY, apt_id INTEGER NOT NULL REFERENCES apt(apt_id), rsn_cd VARCHAR(3) NOT NULL, dfr_days INTEGER NOT NULL, until_dt DATE NOT NULL);
COMMENT ON TABLE dfr IS 'Deferral: a donor turned away at screening and asked not to donate until until_dt';
COMMENT ON COLUMN dfr.rsn_cd IS 'LHB low haemoglobin, TRV recent travel (malaria or other infection risk), MED medication, TAT recent tattoo or piercing, ILL recent illness';
CREATE TABLE awd(awd_id INTEGER PRIMARY KEY, dnr_id INTEGER NOT NULL REFERENCES dnr(dnr_id), awd_cd VARCHAR(4) NOT NULL, awd_dt DATE NOT NULL);
COMMENT ON TABLE awd IS 'Long-service award sent to a donor';
COMMENT ON COLUMN awd.awd_cd IS 'B10 bronze (10 donations), S25 silver (25), G50 gold (50), P75 platinum (75), D100 diamond (100)';

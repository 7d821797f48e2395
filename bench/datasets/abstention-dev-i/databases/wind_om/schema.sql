-- Operations and maintenance of the wind farms we look after for their owners.
CREATE TABLE sites(site_code VARCHAR PRIMARY KEY, site_name VARCHAR NOT NULL, owner VARCHAR NOT NULL, region VARCHAR NOT NULL, onshore BOOLEAN NOT NULL, cod_date DATE NOT NULL);
COMMENT ON COLUMN sites.owner IS 'The client company that owns the wind farm';
COMMENT ON COLUMN sites.cod_date IS 'Commercial operation date';
CREATE TABLE turbines(wtg_id VARCHAR PRIMARY KEY, site_code VARCHAR NOT NULL, oem VARCHAR NOT NULL, model VARCHAR NOT NULL, rated_kw INTEGER NOT NULL, hub_m INTEGER NOT NULL, commissioned DATE NOT NULL, FOREIGN KEY (site_code) REFERENCES sites(site_code));
COMMENT ON COLUMN turbines.oem IS 'Turbine manufacturer';
COMMENT ON COLUMN turbines.hub_m IS 'Hub height in metres';
CREATE TABLE work_orders(wo_no VARCHAR PRIMARY KEY, wtg_id VARCHAR NOT NULL, raised DATE NOT NULL, closed DATE, wo_type VARCHAR NOT NULL, prio INTEGER NOT NULL, lead_tech VARCHAR NOT NULL, labour_hrs DECIMAL(5,1) NOT NULL, parts_gbp DECIMAL(9,2) NOT NULL, FOREIGN KEY (wtg_id) REFERENCES turbines(wtg_id));
COMMENT ON COLUMN work_orders.wo_type IS 'PM planned (6-monthly service), CM corrective (after a fault), BLD blade inspection by rope access';
COMMENT ON COLUMN work_orders.prio IS '1 = turbine stopped, 2 = derated, 3 = can wait for the next visit';
CREATE TABLE alarms(alarm_id INTEGER PRIMARY KEY, wtg_id VARCHAR NOT NULL, raised_at TIMESTAMP NOT NULL, code VARCHAR NOT NULL, down_mins INTEGER NOT NULL, auto_reset BOOLEAN NOT NULL, FOREIGN KEY (wtg_id) REFERENCES turbines(wtg_id));
COMMENT ON COLUMN alarms.code IS 'PITCH pitch system, GBX_T gearbox oil temperature, YAW, GRID grid loss, OVSPD rotor overspeed, CONV converter trip, ICE icing';
-- down_mins: minutes the turbine was stopped by the alarm
CREATE TABLE gen_monthly(wtg_id VARCHAR NOT NULL, month DATE NOT NULL, mwh DECIMAL(8,1) NOT NULL, avail_pct DECIMAL(5,2) NOT NULL, PRIMARY KEY (wtg_id, month), FOREIGN KEY (wtg_id) REFERENCES turbines(wtg_id));
COMMENT ON TABLE gen_monthly IS 'Energy exported and time-based availability per turbine per calendar month';

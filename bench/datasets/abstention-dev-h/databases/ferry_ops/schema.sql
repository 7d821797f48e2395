-- Island ferry operations: one row per scheduled sailing, Dec 2025 to Nov 2026.
CREATE TABLE ports(port_code VARCHAR PRIMARY KEY, port_name VARCHAR NOT NULL, island BOOLEAN NOT NULL);
CREATE TABLE vessels(vsl_code VARCHAR PRIMARY KEY, vsl_name VARCHAR NOT NULL, built_yr INTEGER NOT NULL, gt INTEGER NOT NULL, pax_cap INTEGER NOT NULL, car_cap INTEGER NOT NULL, home_port VARCHAR NOT NULL, FOREIGN KEY (home_port) REFERENCES ports(port_code));
COMMENT ON COLUMN vessels.gt IS 'Gross tonnage';
COMMENT ON COLUMN vessels.pax_cap IS 'Certificated passenger capacity';
COMMENT ON COLUMN vessels.car_cap IS 'Car deck capacity in cars';
CREATE TABLE routes(rte_id INTEGER PRIMARY KEY, rte_code VARCHAR NOT NULL, orig_port VARCHAR NOT NULL, dest_port VARCHAR NOT NULL, dist_nm DECIMAL(5,1) NOT NULL, sched_mins INTEGER NOT NULL, season VARCHAR NOT NULL, FOREIGN KEY (orig_port) REFERENCES ports(port_code), FOREIGN KEY (dest_port) REFERENCES ports(port_code));
COMMENT ON COLUMN routes.dist_nm IS 'Crossing distance in nautical miles';
COMMENT ON COLUMN routes.sched_mins IS 'Timetabled crossing time';
COMMENT ON COLUMN routes.season IS 'ALL = all year, SUM = summer timetable only (April to September)';
CREATE TABLE sailings(sail_id INTEGER PRIMARY KEY, rte_id INTEGER NOT NULL, vsl_code VARCHAR NOT NULL, sched_dep TIMESTAMP NOT NULL, act_dep TIMESTAMP, arr_at TIMESTAMP, status VARCHAR NOT NULL, cnx_rsn VARCHAR, pax_n INTEGER, cars_n INTEGER, cv_n INTEGER, FOREIGN KEY (rte_id) REFERENCES routes(rte_id), FOREIGN KEY (vsl_code) REFERENCES vessels(vsl_code));
COMMENT ON COLUMN sailings.status IS 'OK, DLY (left more than 10 minutes late) or CNX (cancelled)';
COMMENT ON COLUMN sailings.cnx_rsn IS 'Why a sailing was cancelled: WX (weather), TECH (technical), CREW, TIDE';
COMMENT ON COLUMN sailings.cv_n IS 'Commercial vehicles (lorries, vans over 3.5t)';
CREATE TABLE fares(rte_id INTEGER NOT NULL, fare_type VARCHAR NOT NULL, valid_from DATE NOT NULL, fare_gbp DECIMAL(6,2) NOT NULL, PRIMARY KEY (rte_id, fare_type, valid_from), FOREIGN KEY (rte_id) REFERENCES routes(rte_id));
COMMENT ON COLUMN fares.fare_type IS 'ADT adult, CHD child (5-15), CAR, CV commercial vehicle, MC motorcycle, CYC bicycle';
-- single fares; a fare applies from valid_from until the next row for the route and type
CREATE TABLE bunkers(bunker_id INTEGER PRIMARY KEY, vsl_code VARCHAR NOT NULL, bunker_dt DATE NOT NULL, port_code VARCHAR NOT NULL, fuel_t DECIMAL(6,1) NOT NULL, usd_per_t DECIMAL(8,2) NOT NULL, FOREIGN KEY (vsl_code) REFERENCES vessels(vsl_code), FOREIGN KEY (port_code) REFERENCES ports(port_code));
COMMENT ON TABLE bunkers IS 'Marine gas oil deliveries to the vessels';
COMMENT ON COLUMN bunkers.fuel_t IS 'Tonnes delivered';

-- Coach holidays: tours we sell, our fleet and drivers, dated departures and customer bookings.
CREATE TABLE tour(tour_cd VARCHAR PRIMARY KEY, tour_nm VARCHAR NOT NULL, region VARCHAR NOT NULL, nights INTEGER NOT NULL, pp_price DECIMAL(7,2) NOT NULL, active BOOLEAN NOT NULL);
-- nights = 0 for day trips; pp_price = brochure price per person in GBP
CREATE TABLE coach(reg_no VARCHAR PRIMARY KEY, make_model VARCHAR NOT NULL, seats INTEGER NOT NULL, yr_built INTEGER NOT NULL, wc_lift BOOLEAN NOT NULL, depot_cd VARCHAR(3) NOT NULL);
-- depot_cd: HGT Harrogate, SKP Skipton
CREATE TABLE driver(drv_id INTEGER PRIMARY KEY, fname VARCHAR NOT NULL, lname VARCHAR NOT NULL, depot_cd VARCHAR(3) NOT NULL, start_dt DATE NOT NULL, licence_cat VARCHAR(2) NOT NULL, left_dt DATE);
CREATE TABLE departure(dep_id INTEGER PRIMARY KEY, tour_cd VARCHAR NOT NULL, dep_dt DATE NOT NULL, coach_reg VARCHAR NOT NULL, drv_id INTEGER NOT NULL, status_cd VARCHAR(3) NOT NULL, cxl_reason VARCHAR,
  FOREIGN KEY (tour_cd) REFERENCES tour(tour_cd), FOREIGN KEY (coach_reg) REFERENCES coach(reg_no), FOREIGN KEY (drv_id) REFERENCES driver(drv_id));
-- status_cd: SCH scheduled (not yet run), RAN, CXL cancelled
CREATE TABLE customer(cust_id INTEGER PRIMARY KEY, fname VARCHAR NOT NULL, lname VARCHAR NOT NULL, town VARCHAR NOT NULL, postcode_area VARCHAR(2) NOT NULL, birth_yr INTEGER, mktg_optin BOOLEAN NOT NULL, joined_dt DATE NOT NULL);
CREATE TABLE booking(bkg_ref VARCHAR PRIMARY KEY, dep_id INTEGER NOT NULL, cust_id INTEGER NOT NULL, booked_dt DATE NOT NULL, pax INTEGER NOT NULL, single_supp BOOLEAN NOT NULL, channel_cd VARCHAR(3) NOT NULL, total_gbp DECIMAL(8,2) NOT NULL, bkg_status VARCHAR(3) NOT NULL,
  FOREIGN KEY (dep_id) REFERENCES departure(dep_id), FOREIGN KEY (cust_id) REFERENCES customer(cust_id));
-- pax = passengers on the booking; single_supp = single room supplement paid; channel_cd WEB / TEL phone / AGT travel agent
-- bkg_status: CNF confirmed, CXL cancelled, NS no-show

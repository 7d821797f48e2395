-- Four campsites and glamping parks we run, bookings arriving Dec 2025 to Nov 2026.
CREATE TABLE parks(park_id INTEGER PRIMARY KEY, park_nm VARCHAR NOT NULL, nearest_town VARCHAR NOT NULL, acres DECIMAL(5,1) NOT NULL, season_start DATE, season_end DATE, dogs_ok BOOLEAN NOT NULL, warden_tel VARCHAR NOT NULL);
COMMENT ON COLUMN parks.season_start IS 'First night of the 2026 season; NULL when the park is open all year';
COMMENT ON COLUMN parks.warden_tel IS 'On-site warden phone line';
CREATE TABLE pitches(pitch_id VARCHAR PRIMARY KEY, park_id INTEGER NOT NULL, pitch_type VARCHAR NOT NULL, ehu BOOLEAN NOT NULL, max_occ INTEGER NOT NULL, sz_m2 INTEGER, nightly_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (park_id) REFERENCES parks(park_id));
COMMENT ON COLUMN pitches.pitch_type IS 'TNT grass tent pitch, TRV touring caravan / motorhome pitch, HSD hardstanding, POD glamping pod, HUT shepherd''s hut';
COMMENT ON COLUMN pitches.ehu IS 'Electric hook-up';
COMMENT ON COLUMN pitches.max_occ IS 'Most people allowed on the pitch';
COMMENT ON COLUMN pitches.sz_m2 IS 'Pitch area in square metres; NULL for pods and huts';
COMMENT ON COLUMN pitches.nightly_gbp IS 'Base price per night for two adults, before peak-season uplift';
CREATE TABLE guests(guest_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, email VARCHAR NOT NULL, mob_no VARCHAR, home_pcd VARCHAR NOT NULL, club_mbr BOOLEAN NOT NULL, first_stay DATE NOT NULL);
COMMENT ON COLUMN guests.home_pcd IS 'Postcode district of the home address, e.g. LS6';
COMMENT ON COLUMN guests.club_mbr IS 'Member of our Return Visitors club (10% off)';
CREATE TABLE bookings(bkg_ref VARCHAR PRIMARY KEY, guest_id INTEGER NOT NULL, pitch_id VARCHAR NOT NULL, booked_on DATE NOT NULL, arr_dt DATE NOT NULL, nights INTEGER NOT NULL, adults INTEGER NOT NULL, children INTEGER NOT NULL, dogs INTEGER NOT NULL, channel VARCHAR NOT NULL, status VARCHAR NOT NULL, total_gbp DECIMAL(8,2) NOT NULL, deposit_gbp DECIMAL(8,2) NOT NULL, FOREIGN KEY (guest_id) REFERENCES guests(guest_id), FOREIGN KEY (pitch_id) REFERENCES pitches(pitch_id));
COMMENT ON COLUMN bookings.channel IS 'WEB our website, OTA online travel agent (third-party booking site), PHN phone, WLK walk-up on the day';
COMMENT ON COLUMN bookings.status IS 'CMP stay completed, CXL cancelled, NS no-show';
-- one row per sale at the site shop or reception during a stay
CREATE TABLE extras(extra_id INTEGER PRIMARY KEY, bkg_ref VARCHAR NOT NULL, item VARCHAR NOT NULL, qty INTEGER NOT NULL, amt_gbp DECIMAL(7,2) NOT NULL, sold_at TIMESTAMP NOT NULL, FOREIGN KEY (bkg_ref) REFERENCES bookings(bkg_ref));
COMMENT ON COLUMN extras.item IS 'FW bag of firewood, GAS propane bottle, ICE ice pack, BBQ disposable barbecue, LATE late checkout, HOT wood-fired hot tub session';

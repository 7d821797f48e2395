-- A chain of five dog-grooming salons: owners, their dogs and every appointment from Dec 2025 to Nov 2026.
CREATE TABLE salons(salon_id INTEGER PRIMARY KEY, salon_nm VARCHAR NOT NULL, town VARCHAR NOT NULL, open_dt DATE NOT NULL, n_tbl INTEGER NOT NULL, hydro BOOLEAN NOT NULL, tel_no VARCHAR NOT NULL);
COMMENT ON COLUMN salons.n_tbl IS 'Number of grooming tables (dogs that can be worked on at once)';
COMMENT ON COLUMN salons.hydro IS 'Salon has a hydrotherapy bath';
CREATE TABLE groomers(grmr_id INTEGER PRIMARY KEY, grmr_nm VARCHAR NOT NULL, salon_id INTEGER NOT NULL, lvl_cd VARCHAR NOT NULL, hrly_gbp DECIMAL(5,2) NOT NULL, l3_qual BOOLEAN NOT NULL, start_dt DATE NOT NULL, FOREIGN KEY (salon_id) REFERENCES salons(salon_id));
COMMENT ON COLUMN groomers.lvl_cd IS 'TRN trainee (baths, nails and tidies only), GRM groomer, SNR senior groomer, MGR salon manager';
COMMENT ON COLUMN groomers.hrly_gbp IS 'Hourly pay in pounds';
COMMENT ON COLUMN groomers.l3_qual IS 'Holds the City & Guilds Level 3 certificate in dog grooming';
CREATE TABLE owners(own_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, mob_no VARCHAR, email VARCHAR, pcd_dist VARCHAR NOT NULL, reg_dt DATE NOT NULL, sms_ok BOOLEAN NOT NULL);
COMMENT ON COLUMN owners.pcd_dist IS 'Postcode district of the owner''s home, e.g. HX7';
COMMENT ON COLUMN owners.reg_dt IS 'Date the owner first registered with us';
COMMENT ON COLUMN owners.sms_ok IS 'Owner agreed to appointment reminders by text message';
CREATE TABLE dogs(dog_id INTEGER PRIMARY KEY, own_id INTEGER NOT NULL, dog_nm VARCHAR NOT NULL, brd VARCHAR NOT NULL, sz_cd VARCHAR NOT NULL, coat_cd VARCHAR NOT NULL, dob DATE NOT NULL, neut BOOLEAN NOT NULL, wt_kg DECIMAL(4,1) NOT NULL, FOREIGN KEY (own_id) REFERENCES owners(own_id));
COMMENT ON COLUMN dogs.brd IS 'Breed or cross';
COMMENT ON COLUMN dogs.sz_cd IS 'Size band used for pricing: S small, M medium, L large, XL giant';
COMMENT ON COLUMN dogs.coat_cd IS 'Coat type: SMO smooth, DBL double coat, WIR wire, CUR curly, LNG long silky';
COMMENT ON COLUMN dogs.neut IS 'Neutered (spayed or castrated)';
COMMENT ON COLUMN dogs.wt_kg IS 'Weight in kilograms at the last weigh-in';
CREATE TABLE appts(apt_id INTEGER PRIMARY KEY, dog_id INTEGER NOT NULL, salon_id INTEGER NOT NULL, grmr_id INTEGER NOT NULL, apt_dt DATE NOT NULL, slot_tm VARCHAR NOT NULL, svc_cd VARCHAR NOT NULL, dur_min INTEGER NOT NULL, sts_cd VARCHAR NOT NULL, amt_gbp DECIMAL(6,2) NOT NULL, tip_gbp DECIMAL(5,2) NOT NULL, FOREIGN KEY (dog_id) REFERENCES dogs(dog_id), FOREIGN KEY (salon_id) REFERENCES salons(salon_id), FOREIGN KEY (grmr_id) REFERENCES groomers(grmr_id));
COMMENT ON COLUMN appts.slot_tm IS 'Drop-off time booked, HH:MM';
COMMENT ON COLUMN appts.svc_cd IS 'FG full groom, BT bath and tidy, NT nail trim, PUP puppy introduction, HS hand strip, DS de-shed';
COMMENT ON COLUMN appts.dur_min IS 'Minutes the dog was booked on the table';
COMMENT ON COLUMN appts.sts_cd IS 'CMP completed, CXL cancelled in advance, DNA did not attend (no-show, charged a 10 pound fee)';
COMMENT ON COLUMN appts.amt_gbp IS 'Amount charged for the service, excluding add-ons and tip';
-- one row per extra sold on top of a completed appointment
CREATE TABLE addons(addon_id INTEGER PRIMARY KEY, apt_id INTEGER NOT NULL, addon_cd VARCHAR NOT NULL, amt_gbp DECIMAL(5,2) NOT NULL, FOREIGN KEY (apt_id) REFERENCES appts(apt_id));
COMMENT ON COLUMN addons.addon_cd IS 'TTH teeth cleaning, FLEA flea treatment, BLU blueberry facial, PAW paw balm, DEM de-matting surcharge, NPT nail painting';

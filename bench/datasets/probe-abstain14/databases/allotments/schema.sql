-- An allotment society: four allotment sites in two wards of the town, the plots it lets, its members and their tenancies from 2019.
CREATE TABLE sites(site_id INTEGER PRIMARY KEY, site_nm VARCHAR NOT NULL, ward VARCHAR NOT NULL, area_ac DECIMAL(4,1) NOT NULL, est_yr INTEGER NOT NULL, shop BOOLEAN NOT NULL, troughs INTEGER NOT NULL);
COMMENT ON COLUMN sites.area_ac IS 'Site area in acres';
COMMENT ON COLUMN sites.est_yr IS 'Year the site was laid out as allotments';
COMMENT ON COLUMN sites.shop IS 'A trading hut on site sells seed, compost and canes to members';
COMMENT ON COLUMN sites.troughs IS 'Water troughs filled from the mains';
CREATE TABLE plots(plot_no VARCHAR PRIMARY KEY, site_id INTEGER NOT NULL, size_rods DECIMAL(4,1) NOT NULL, cond VARCHAR NOT NULL, shed BOOLEAN NOT NULL, gh BOOLEAN NOT NULL, rent_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (site_id) REFERENCES sites(site_id));
COMMENT ON COLUMN plots.size_rods IS 'Plot size in rods (one rod is about 25 square metres)';
COMMENT ON COLUMN plots.cond IS 'Condition at the last site walk: G good, F fair, P poor, OV overgrown';
COMMENT ON COLUMN plots.gh IS 'Has a greenhouse or polytunnel';
COMMENT ON COLUMN plots.rent_gbp IS 'Full yearly rent before any concession';
CREATE TABLE members(mem_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, joined_dt DATE NOT NULL, conc VARCHAR NOT NULL);
COMMENT ON COLUMN members.conc IS 'Rent concession: NONE, OAP pensioner, UNW unwaged, STU student (half rent)';
-- one row per member per plot held
CREATE TABLE tenancies(ten_id INTEGER PRIMARY KEY, plot_no VARCHAR NOT NULL, mem_id INTEGER NOT NULL, start_dt DATE NOT NULL, end_dt DATE, end_rsn VARCHAR, FOREIGN KEY (plot_no) REFERENCES plots(plot_no), FOREIGN KEY (mem_id) REFERENCES members(mem_id));
COMMENT ON COLUMN tenancies.end_rsn IS 'GU gave the plot up, EV evicted for not cultivating, DC deceased, MV moved to another plot; empty while current';
CREATE TABLE payments(pay_id INTEGER PRIMARY KEY, mem_id INTEGER NOT NULL, pay_dt DATE NOT NULL, amt_gbp DECIMAL(7,2) NOT NULL, kind VARCHAR NOT NULL, method VARCHAR NOT NULL, FOREIGN KEY (mem_id) REFERENCES members(mem_id));
COMMENT ON COLUMN payments.kind IS 'RENT yearly rent, DEP gate key deposit, SHOP trading hut purchase, FINE late payment fee';
COMMENT ON COLUMN payments.method IS 'CSH cash, BT bank transfer, CHQ cheque';
CREATE TABLE show_entries(entry_id INTEGER PRIMARY KEY, mem_id INTEGER NOT NULL, show_yr INTEGER NOT NULL, cls VARCHAR NOT NULL, exhibit VARCHAR NOT NULL, place INTEGER, FOREIGN KEY (mem_id) REFERENCES members(mem_id));
COMMENT ON TABLE show_entries IS 'Entries in the society''s annual produce show';
COMMENT ON COLUMN show_entries.cls IS 'VEG vegetables, FRU fruit, FLW flowers, PRE preserves';
COMMENT ON COLUMN show_entries.place IS 'Place awarded by the judges: 1, 2 or 3; empty when unplaced';

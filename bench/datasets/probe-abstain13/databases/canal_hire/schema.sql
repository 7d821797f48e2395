-- A canal boat hire firm: four hire bases, the boats it lets by the week or short break, hires starting Mar to Oct 2026.
CREATE TABLE bases(base_id INTEGER PRIMARY KEY, base_nm VARCHAR NOT NULL, canal VARCHAR NOT NULL, town VARCHAR NOT NULL, opened_yr INTEGER NOT NULL, slipway BOOLEAN NOT NULL, tel VARCHAR NOT NULL);
COMMENT ON COLUMN bases.opened_yr IS 'Year the base started hiring boats';
COMMENT ON COLUMN bases.slipway IS 'The base can lift boats out of the water for hull work';
CREATE TABLE boats(boat_id VARCHAR PRIMARY KEY, base_id INTEGER NOT NULL, boat_nm VARCHAR NOT NULL, cls VARCHAR NOT NULL, grade VARCHAR NOT NULL, len_ft INTEGER NOT NULL, berths INTEGER NOT NULL, built_yr INTEGER NOT NULL, wk_rate_gbp DECIMAL(7,2) NOT NULL, pets_ok BOOLEAN NOT NULL, FOREIGN KEY (base_id) REFERENCES bases(base_id));
COMMENT ON COLUMN boats.cls IS 'NB narrowboat, WB wide beam, CR river cruiser';
COMMENT ON COLUMN boats.grade IS 'Brochure grade: G gold, S silver, B bronze';
COMMENT ON COLUMN boats.berths IS 'Most people the boat sleeps';
COMMENT ON COLUMN boats.wk_rate_gbp IS 'Low-season price of a one-week hire';
CREATE TABLE customers(cust_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, email VARCHAR NOT NULL, ctry VARCHAR NOT NULL, prior_trips INTEGER NOT NULL, news_ok BOOLEAN NOT NULL);
COMMENT ON COLUMN customers.ctry IS 'Country of residence, ISO two-letter code';
COMMENT ON COLUMN customers.prior_trips IS 'Hires taken with us before 2026';
COMMENT ON COLUMN customers.news_ok IS 'Agreed to receive our newsletter';
CREATE TABLE hires(hire_ref VARCHAR PRIMARY KEY, cust_id INTEGER NOT NULL, boat_id VARCHAR NOT NULL, start_dt DATE NOT NULL, nights INTEGER NOT NULL, party INTEGER NOT NULL, chan VARCHAR NOT NULL, status VARCHAR NOT NULL, total_gbp DECIMAL(8,2) NOT NULL, dep_gbp DECIMAL(7,2) NOT NULL, diesel_l INTEGER, dmg_gbp DECIMAL(7,2), FOREIGN KEY (cust_id) REFERENCES customers(cust_id), FOREIGN KEY (boat_id) REFERENCES boats(boat_id));
COMMENT ON COLUMN hires.party IS 'People aboard';
COMMENT ON COLUMN hires.chan IS 'WEB our website, AGT holiday agent, PHN phone';
COMMENT ON COLUMN hires.status IS 'CMP hire completed, CXL cancelled, NS no-show';
COMMENT ON COLUMN hires.dep_gbp IS 'Refundable damage deposit taken';
COMMENT ON COLUMN hires.diesel_l IS 'Litres of diesel used on the hire; NULL when the boat did not go out';
COMMENT ON COLUMN hires.dmg_gbp IS 'Damage charged against the deposit';
-- one row per job in the yard
CREATE TABLE repairs(rep_id INTEGER PRIMARY KEY, boat_id VARCHAR NOT NULL, rep_dt DATE NOT NULL, sys VARCHAR NOT NULL, cost_gbp DECIMAL(8,2) NOT NULL, days_off INTEGER NOT NULL, FOREIGN KEY (boat_id) REFERENCES boats(boat_id));
COMMENT ON COLUMN repairs.sys IS 'ENG engine, PROP propeller, PUMP bilge or water pump, ELEC electrics, HULL hull and paintwork, TOIL toilet';
COMMENT ON COLUMN repairs.days_off IS 'Days the boat could not be hired';
CREATE TABLE staff(emp_id INTEGER PRIMARY KEY, emp_nm VARCHAR NOT NULL, base_id INTEGER NOT NULL, role VARCHAR NOT NULL, hrly_gbp DECIMAL(5,2) NOT NULL, start_dt DATE NOT NULL, seasonal BOOLEAN NOT NULL, FOREIGN KEY (base_id) REFERENCES bases(base_id));
COMMENT ON COLUMN staff.role IS 'MGR base manager, ENG engineer, HND handover instructor (shows hirers how to work the boat and locks), CLN cleaner';

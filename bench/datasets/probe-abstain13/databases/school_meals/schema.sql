-- A school meals caterer: the schools it cooks for, its menu, kitchen staff and daily meal counts, autumn term 2026.
CREATE TABLE schools(sch_id INTEGER PRIMARY KEY, sch_nm VARCHAR NOT NULL, town VARCHAR NOT NULL, phase VARCHAR NOT NULL, roll INTEGER NOT NULL, fsm_pct DECIMAL(4,1) NOT NULL, kit VARCHAR NOT NULL, hub_sch INTEGER);
COMMENT ON COLUMN schools.phase IS 'PRI primary, SEC secondary, SPC special school';
COMMENT ON COLUMN schools.roll IS 'Pupils on roll';
COMMENT ON COLUMN schools.fsm_pct IS 'Percentage of pupils eligible for free school meals';
COMMENT ON COLUMN schools.kit IS 'FULL cooks on site, SAT satellite: meals arrive hot from a hub school''s kitchen';
COMMENT ON COLUMN schools.hub_sch IS 'The school whose kitchen cooks for a satellite; NULL for kitchens that cook their own';
CREATE TABLE dishes(dish_id INTEGER PRIMARY KEY, dish_nm VARCHAR NOT NULL, course VARCHAR NOT NULL, diet VARCHAR NOT NULL, portion_g INTEGER NOT NULL, cost_p INTEGER NOT NULL, menu_wk INTEGER NOT NULL);
COMMENT ON COLUMN dishes.course IS 'MN main, SD side, DS dessert';
COMMENT ON COLUMN dishes.diet IS 'S standard, V vegetarian, VE vegan, H halal';
COMMENT ON COLUMN dishes.portion_g IS 'Portion weight in grams for a primary pupil';
COMMENT ON COLUMN dishes.cost_p IS 'Food cost of one portion in pence';
COMMENT ON COLUMN dishes.menu_wk IS 'Week of the three-week menu cycle the dish belongs to';
CREATE TABLE staff(emp_id INTEGER PRIMARY KEY, emp_nm VARCHAR NOT NULL, sch_id INTEGER NOT NULL, role VARCHAR NOT NULL, hrs_wk DECIMAL(4,1) NOT NULL, hrly_gbp DECIMAL(5,2) NOT NULL, fh_lvl INTEGER, start_dt DATE NOT NULL, FOREIGN KEY (sch_id) REFERENCES schools(sch_id));
COMMENT ON COLUMN staff.role IS 'CK cook in charge, AC assistant cook, GA general kitchen assistant, MDSA midday supervisor (lunchtime playground and dining hall)';
COMMENT ON COLUMN staff.hrs_wk IS 'Contracted hours per week in term time';
COMMENT ON COLUMN staff.fh_lvl IS 'Food hygiene certificate level held (1-3); NULL when none';
-- one row per school, school day and dish on the day's menu
CREATE TABLE servings(sch_id INTEGER NOT NULL, srv_dt DATE NOT NULL, dish_id INTEGER NOT NULL, served INTEGER NOT NULL, free_meals INTEGER NOT NULL, waste_kg DECIMAL(5,1) NOT NULL, PRIMARY KEY (sch_id, srv_dt, dish_id), FOREIGN KEY (sch_id) REFERENCES schools(sch_id), FOREIGN KEY (dish_id) REFERENCES dishes(dish_id));
COMMENT ON COLUMN servings.served IS 'Portions served';
COMMENT ON COLUMN servings.free_meals IS 'Of those, portions served as free school meals';
COMMENT ON COLUMN servings.waste_kg IS 'Plate waste scraped into the food bin';
CREATE TABLE inspections(insp_id INTEGER PRIMARY KEY, sch_id INTEGER NOT NULL, insp_dt DATE NOT NULL, fhrs INTEGER NOT NULL, follow_up BOOLEAN NOT NULL, FOREIGN KEY (sch_id) REFERENCES schools(sch_id));
COMMENT ON COLUMN inspections.fhrs IS 'Food hygiene rating the council inspector gave the kitchen, 0 to 5';
COMMENT ON COLUMN inspections.follow_up IS 'The inspector asked for a revisit';
CREATE TABLE complaints(cmp_id INTEGER PRIMARY KEY, sch_id INTEGER NOT NULL, cmp_dt DATE NOT NULL, src VARCHAR NOT NULL, topic VARCHAR NOT NULL, closed BOOLEAN NOT NULL, FOREIGN KEY (sch_id) REFERENCES schools(sch_id));
COMMENT ON COLUMN complaints.src IS 'PAR parent, STF school staff, GOV school governor';
COMMENT ON COLUMN complaints.topic IS 'TEMP food not hot enough, PORT portion size, ALG allergen worry, TASTE taste, QUEUE waiting time in the lunch queue';

CREATE TABLE beds(bed_id INTEGER PRIMARY KEY, house VARCHAR NOT NULL, bed_no INTEGER NOT NULL, area_m2 INTEGER NOT NULL, heated BOOLEAN NOT NULL);
COMMENT ON TABLE beds IS 'Growing beds, in a glasshouse, the polytunnel or outdoors';
CREATE TABLE crops(crop_id INTEGER PRIMARY KEY, crop VARCHAR NOT NULL, variety VARCHAR NOT NULL, family VARCHAR NOT NULL, days_to_harvest INTEGER NOT NULL, expected_yield_kg_m2 DOUBLE NOT NULL);
COMMENT ON COLUMN crops.days_to_harvest IS 'Typical days from sowing to first pick';
CREATE TABLE workers(worker_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, "role" VARCHAR NOT NULL, start_dt DATE NOT NULL);
CREATE TABLE plantings(planting_id INTEGER PRIMARY KEY, bed_id INTEGER NOT NULL, crop_id INTEGER NOT NULL, sown_dt DATE NOT NULL, plant_count INTEGER NOT NULL, cleared_dt DATE, FOREIGN KEY (bed_id) REFERENCES beds(bed_id), FOREIGN KEY (crop_id) REFERENCES crops(crop_id));
COMMENT ON COLUMN plantings.cleared_dt IS 'Day the bed was cleared; NULL while the crop is still in the ground';
CREATE TABLE harvests(harvest_id INTEGER PRIMARY KEY, planting_id INTEGER NOT NULL, dt DATE NOT NULL, qty_kg DECIMAL(6,1) NOT NULL, grade VARCHAR NOT NULL, picked_by INTEGER NOT NULL, FOREIGN KEY (planting_id) REFERENCES plantings(planting_id), FOREIGN KEY (picked_by) REFERENCES workers(worker_id));
COMMENT ON COLUMN harvests.grade IS 'A (first class), B (seconds) or waste';

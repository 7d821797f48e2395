-- County archives (record office): collections deposited with or transferred to the archive, the catalogued items in
-- them, registered readers, their visits to the search room and map room, and the items produced for them on each visit.
CREATE TABLE depositors(depositor_id INTEGER PRIMARY KEY, depositor_name VARCHAR NOT NULL, depositor_type VARCHAR NOT NULL, town VARCHAR NOT NULL);
COMMENT ON TABLE depositors IS 'Owners who deposited records with the archive';
COMMENT ON COLUMN depositors.depositor_type IS 'parish, family, solicitors, business, society or individual';
CREATE TABLE collections(collection_id INTEGER PRIMARY KEY, reference_code VARCHAR NOT NULL, title VARCHAR NOT NULL, depositor_id INTEGER REFERENCES depositors(depositor_id), received_on DATE NOT NULL, earliest_year INTEGER NOT NULL, latest_year INTEGER NOT NULL, boxes INTEGER NOT NULL, catalogue_status CHAR(1) NOT NULL);
COMMENT ON COLUMN collections.depositor_id IS 'NULL for official records of the county council, courts and hospitals transferred to the archive';
COMMENT ON COLUMN collections.received_on IS 'Date the collection was accessioned';
COMMENT ON COLUMN collections.catalogue_status IS 'F fully catalogued, L box list only, U uncatalogued (no items listed yet)';
CREATE TABLE items(item_id INTEGER PRIMARY KEY, collection_id INTEGER NOT NULL REFERENCES collections(collection_id), item_reference VARCHAR NOT NULL, description VARCHAR NOT NULL, item_format VARCHAR NOT NULL, year_from INTEGER NOT NULL, year_to INTEGER NOT NULL, access_code CHAR(1) NOT NULL, condition_grade INTEGER NOT NULL, digitised BOOLEAN NOT NULL);
COMMENT ON TABLE items IS 'Catalogued item (document, volume, map, bundle) that can be ordered up';
COMMENT ON COLUMN items.access_code IS 'O open, C closed (under a 30- or 100-year closure period), R restricted (depositor''s permission needed)';
COMMENT ON COLUMN items.condition_grade IS '1 good, 2 fair, 3 fragile (supervised handling only), 4 unfit for production';
COMMENT ON COLUMN items.digitised IS 'A digital copy can be seen online';
CREATE TABLE readers(reader_id INTEGER PRIMARY KEY, ticket_number VARCHAR NOT NULL, full_name VARCHAR NOT NULL, home_county VARCHAR NOT NULL, reader_type VARCHAR NOT NULL, registered_on DATE NOT NULL);
COMMENT ON TABLE readers IS 'Registered reader holding a reader''s ticket';
CREATE TABLE visits(visit_id INTEGER PRIMARY KEY, reader_id INTEGER NOT NULL REFERENCES readers(reader_id), visit_date DATE NOT NULL, arrived_at VARCHAR NOT NULL, room VARCHAR NOT NULL);
COMMENT ON TABLE visits IS 'A reader''s visit to the search room or the map room (closed Sundays and Mondays)';
CREATE TABLE productions(production_id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES visits(visit_id), item_id INTEGER NOT NULL REFERENCES items(item_id), copies_ordered INTEGER NOT NULL, copy_fee DECIMAL(7,2) NOT NULL);
COMMENT ON TABLE productions IS 'An item fetched from the strongroom for a reader during a visit';
COMMENT ON COLUMN productions.copy_fee IS 'GBP charged for copies of the item';

-- Cheese dairy: farms deliver milk, the dairy makes batches of three cheeses and sells the wheels to shops, restaurants and market traders.
CREATE TABLE farm(farm_id INTEGER PRIMARY KEY, farm_nm VARCHAR NOT NULL, county VARCHAR NOT NULL);
CREATE TABLE delivery(delivery_id INTEGER PRIMARY KEY, farm_id INTEGER NOT NULL, delivered_on DATE NOT NULL, litres INTEGER NOT NULL, price_per_l DECIMAL(5,3) NOT NULL,
  FOREIGN KEY (farm_id) REFERENCES farm(farm_id));
COMMENT ON TABLE delivery IS 'A milk delivery from a farm';
COMMENT ON COLUMN delivery.price_per_l IS 'Price paid to the farm per litre of milk';
CREATE TABLE buyer(buyer_id INTEGER PRIMARY KEY, buyer_nm VARCHAR NOT NULL, kind_cd VARCHAR(4) NOT NULL);
COMMENT ON COLUMN buyer.kind_cd IS 'SHOP shop or deli, REST restaurant, MKT market trader';
CREATE TABLE batch(batch_id INTEGER PRIMARY KEY, made_on DATE NOT NULL, cheese_cd VARCHAR(3) NOT NULL, litres_used INTEGER NOT NULL, wheels INTEGER NOT NULL);
COMMENT ON TABLE batch IS 'A batch of cheese made on one day';
COMMENT ON COLUMN batch.cheese_cd IS 'CHD cheddar, BRI brie, BLU blue cheese';
COMMENT ON COLUMN batch.litres_used IS 'Litres of milk the batch used';
COMMENT ON COLUMN batch.wheels IS 'Number of wheels the batch made';
CREATE TABLE sale(sale_id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL, buyer_id INTEGER NOT NULL, sold_on DATE NOT NULL, wheels INTEGER NOT NULL, total_gbp DECIMAL(8,2) NOT NULL,
  FOREIGN KEY (batch_id) REFERENCES batch(batch_id), FOREIGN KEY (buyer_id) REFERENCES buyer(buyer_id));
COMMENT ON TABLE sale IS 'Wheels of one batch sold to a buyer';

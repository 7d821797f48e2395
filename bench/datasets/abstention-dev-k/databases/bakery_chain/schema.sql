-- A craft bakery chain: six shops supplied from one bakehouse, weekly figures Dec 2025 to Nov 2026.
CREATE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR NOT NULL, town VARCHAR NOT NULL, opened DATE NOT NULL, has_cafe BOOLEAN NOT NULL, cafe_seats INTEGER, sunday_open BOOLEAN NOT NULL);
COMMENT ON COLUMN shops.cafe_seats IS 'Seats in the cafe; NULL for a takeaway-only shop';
CREATE TABLE products(sku VARCHAR PRIMARY KEY, product_name VARCHAR NOT NULL, category VARCHAR NOT NULL, price DECIMAL(6,2) NOT NULL, unit_cost DECIMAL(6,2) NOT NULL, vegan BOOLEAN NOT NULL, shelf_life_days INTEGER NOT NULL, launched DATE NOT NULL);
COMMENT ON COLUMN products.category IS 'BRD bread, VNS viennoiserie (croissants, buns and other laminated or enriched doughs), CAK cakes and traybakes, SAV savouries';
COMMENT ON COLUMN products.price IS 'Shelf price in pounds';
COMMENT ON COLUMN products.unit_cost IS 'Ingredients and packaging cost of one unit';
CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, shop_id INTEGER, role VARCHAR NOT NULL, hourly_rate DECIMAL(5,2) NOT NULL, contract_hrs DECIMAL(4,1) NOT NULL, start_date DATE NOT NULL, FOREIGN KEY (shop_id) REFERENCES shops(shop_id));
COMMENT ON COLUMN staff.shop_id IS 'NULL for bakehouse and delivery staff';
COMMENT ON COLUMN staff.role IS 'MGR shop manager, SUP shift supervisor, ASST sales assistant, BKR baker, DRV delivery driver';
COMMENT ON COLUMN staff.contract_hrs IS 'Contracted hours per week';
-- one row per shop, week (Monday to Sunday) and product stocked
CREATE TABLE weekly_sales(shop_id INTEGER NOT NULL, week_start DATE NOT NULL, sku VARCHAR NOT NULL, baked INTEGER NOT NULL, sold INTEGER NOT NULL, wasted INTEGER NOT NULL, donated INTEGER NOT NULL, PRIMARY KEY (shop_id, week_start, sku), FOREIGN KEY (shop_id) REFERENCES shops(shop_id), FOREIGN KEY (sku) REFERENCES products(sku));
COMMENT ON COLUMN weekly_sales.baked IS 'Units sent from the bakehouse to the shop';
COMMENT ON COLUMN weekly_sales.wasted IS 'Unsold units thrown away';
COMMENT ON COLUMN weekly_sales.donated IS 'Unsold units given to the local food charity at closing';
CREATE TABLE special_orders(order_no VARCHAR PRIMARY KEY, shop_id INTEGER NOT NULL, cust_type VARCHAR NOT NULL, cust_name VARCHAR NOT NULL, occasion VARCHAR, placed_on DATE NOT NULL, due_on DATE NOT NULL, total_gbp DECIMAL(7,2) NOT NULL, deposit_gbp DECIMAL(7,2) NOT NULL, status VARCHAR NOT NULL, FOREIGN KEY (shop_id) REFERENCES shops(shop_id));
COMMENT ON COLUMN special_orders.cust_type IS 'RET retail customer, WHL wholesale account (cafes, pubs, offices, schools), EVT celebration cake';
COMMENT ON COLUMN special_orders.occasion IS 'What a celebration cake is for; NULL for other orders';
COMMENT ON COLUMN special_orders.status IS 'COL collected, DLV delivered, CXL cancelled';

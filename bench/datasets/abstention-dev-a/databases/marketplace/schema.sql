CREATE TABLE sellers(seller_id INTEGER PRIMARY KEY, shop_name VARCHAR NOT NULL, country VARCHAR NOT NULL, joined_dt DATE NOT NULL, verified BOOLEAN NOT NULL, fb_pct DECIMAL(4,1));
COMMENT ON TABLE sellers IS 'Shops selling on the marketplace';
COMMENT ON COLUMN sellers.country IS 'ISO country code of the shop';
CREATE TABLE listings(listing_id INTEGER PRIMARY KEY, seller_id INTEGER NOT NULL, title VARCHAR NOT NULL, cat VARCHAR NOT NULL, cond VARCHAR NOT NULL, price DECIMAL(8,2) NOT NULL, qty INTEGER NOT NULL, listed_dt DATE NOT NULL, status VARCHAR NOT NULL, FOREIGN KEY (seller_id) REFERENCES sellers(seller_id));
COMMENT ON COLUMN listings.qty IS 'Units still available';
COMMENT ON COLUMN listings.status IS 'active, sold_out or ended';
CREATE TABLE sales(sale_id INTEGER PRIMARY KEY, listing_id INTEGER NOT NULL, cust_id INTEGER NOT NULL, dt DATE NOT NULL, qty INTEGER NOT NULL, amt DECIMAL(10,2) NOT NULL, ship_to VARCHAR, refunded BOOLEAN NOT NULL, FOREIGN KEY (listing_id) REFERENCES listings(listing_id));

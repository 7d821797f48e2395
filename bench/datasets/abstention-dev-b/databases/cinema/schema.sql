CREATE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR NOT NULL, town VARCHAR NOT NULL, screens INTEGER NOT NULL);
COMMENT ON TABLE sites IS 'Cinemas in the chain';
CREATE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, genre VARCHAR NOT NULL, cert VARCHAR NOT NULL, runtime_min INTEGER NOT NULL, release_dt DATE NOT NULL);
COMMENT ON COLUMN films.cert IS 'BBFC age rating: U, PG, 12A, 15 or 18';
CREATE TABLE screenings(screening_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, film_id INTEGER NOT NULL, screen_no INTEGER NOT NULL, starts_at TIMESTAMP NOT NULL, fmt VARCHAR NOT NULL, FOREIGN KEY (site_id) REFERENCES sites(site_id), FOREIGN KEY (film_id) REFERENCES films(film_id));
CREATE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY, screening_id INTEGER NOT NULL, ticket_type VARCHAR NOT NULL, qty INTEGER NOT NULL, amt DECIMAL(8,2) NOT NULL, channel VARCHAR NOT NULL, cust_id INTEGER, sold_at TIMESTAMP NOT NULL, FOREIGN KEY (screening_id) REFERENCES screenings(screening_id));
COMMENT ON TABLE ticket_sales IS 'One row per booking; qty tickets of one type';
COMMENT ON COLUMN ticket_sales.channel IS 'online, box_office or kiosk';
COMMENT ON COLUMN ticket_sales.cust_id IS 'Loyalty account of online buyers; NULL at the box office and kiosk';

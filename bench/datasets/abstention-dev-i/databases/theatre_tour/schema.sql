-- A touring theatre company's productions and where they played, Dec 2025 to Nov 2026.
CREATE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR NOT NULL, town VARCHAR NOT NULL, seats INTEGER NOT NULL, stage VARCHAR NOT NULL);
COMMENT ON COLUMN venues.stage IS 'PROS proscenium arch, THR thrust, STU studio (black box)';
CREATE TABLE productions(prod_code VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, writer VARCHAR NOT NULL, genre VARCHAR NOT NULL, press_night DATE NOT NULL, director VARCHAR NOT NULL, budget_gbp INTEGER NOT NULL);
COMMENT ON COLUMN productions.genre IS 'DRA drama, COM comedy, MUS musical, PANTO pantomime, YP young people''s show';
COMMENT ON COLUMN productions.budget_gbp IS 'Production budget: set, costume, rehearsal and tour costs';
CREATE TABLE perfs(perf_id INTEGER PRIMARY KEY, prod_code VARCHAR NOT NULL, venue_id INTEGER NOT NULL, perf_at TIMESTAMP NOT NULL, matinee BOOLEAN NOT NULL, status VARCHAR NOT NULL, FOREIGN KEY (prod_code) REFERENCES productions(prod_code), FOREIGN KEY (venue_id) REFERENCES venues(venue_id));
COMMENT ON TABLE perfs IS 'One row per scheduled performance';
COMMENT ON COLUMN perfs.status IS 'PLAYED or CANC (cancelled)';
CREATE TABLE tix(sale_id INTEGER PRIMARY KEY, perf_id INTEGER NOT NULL, channel VARCHAR NOT NULL, price_band VARCHAR NOT NULL, qty INTEGER NOT NULL, gross_gbp DECIMAL(9,2) NOT NULL, refunded BOOLEAN NOT NULL, FOREIGN KEY (perf_id) REFERENCES perfs(perf_id));
COMMENT ON TABLE tix IS 'Tickets sold for each performance, summed by sales channel and price band';
COMMENT ON COLUMN tix.channel IS 'WEB online, BO box office, PHN phone, GRP group booking';
COMMENT ON COLUMN tix.price_band IS 'A stalls, B dress circle, C upper circle, CONC concession';
-- tickets for a cancelled performance are refunded in full
CREATE TABLE cast_list(prod_code VARCHAR NOT NULL, actor VARCHAR NOT NULL, role_name VARCHAR NOT NULL, wk_fee_gbp DECIMAL(7,2) NOT NULL, u_study BOOLEAN NOT NULL, FOREIGN KEY (prod_code) REFERENCES productions(prod_code));
COMMENT ON COLUMN cast_list.u_study IS 'Understudy for the role rather than the actor playing it';

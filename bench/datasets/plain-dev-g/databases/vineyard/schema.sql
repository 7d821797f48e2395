-- Estate vineyard & winery (West Sussex): English sparkling wine plus a still white.
CREATE TABLE variety(var_cd VARCHAR PRIMARY KEY, var_nm VARCHAR NOT NULL, colour CHAR(1) NOT NULL);
COMMENT ON COLUMN variety.colour IS 'W white grape, R red (black) grape';
CREATE TABLE block(block_cd VARCHAR PRIMARY KEY, block_nm VARCHAR NOT NULL, var_cd VARCHAR NOT NULL REFERENCES variety(var_cd), area_ha DECIMAL(5,2) NOT NULL, planted_yr INTEGER NOT NULL, soil_cd VARCHAR(3) NOT NULL, aspect VARCHAR(2) NOT NULL, grubbed BOOLEAN NOT NULL);
COMMENT ON TABLE block IS 'Vineyard block: one parcel planted with one variety';
COMMENT ON COLUMN block.soil_cd IS 'CHK chalk, CLY clay, GSD greensand';
COMMENT ON COLUMN block.grubbed IS 'Vines grubbed up (removed); no longer harvested';
CREATE TABLE wine_lot(lot_no VARCHAR PRIMARY KEY, vintage INTEGER NOT NULL, style_cd VARCHAR(3) NOT NULL, litres INTEGER NOT NULL, bottles INTEGER, tank VARCHAR NOT NULL, status_cd VARCHAR(3) NOT NULL, release_dt DATE NOT NULL);
COMMENT ON TABLE wine_lot IS 'One wine made from one vintage in one style';
COMMENT ON COLUMN wine_lot.style_cd IS 'CLS Classic Cuvee (sparkling blend), BDB Blanc de Blancs (sparkling, Chardonnay only), ROS sparkling Rose, STW still white';
COMMENT ON COLUMN wine_lot.status_cd IS 'TNK in tank, TIR en tirage (bottled, ageing on lees), DSG disgorged and on sale, BTL bottled still wine';
-- bottles: bottles filled (75cl); NULL while in tank. release_dt: first day it may be sold
CREATE TABLE harvest_pick(pick_id INTEGER PRIMARY KEY, block_cd VARCHAR NOT NULL REFERENCES block(block_cd), pick_dt DATE NOT NULL, tonnes DECIMAL(6,2) NOT NULL, brix DECIMAL(4,1) NOT NULL, ta_gl DECIMAL(4,1) NOT NULL, crew INTEGER NOT NULL, lot_no VARCHAR NOT NULL REFERENCES wine_lot(lot_no));
-- brix: sugar at picking; ta_gl: titratable acidity g/l; crew: pickers on the day
CREATE TABLE trade_acct(acct_id INTEGER PRIMARY KEY, acct_nm VARCHAR NOT NULL, acct_type VARCHAR(3) NOT NULL, county VARCHAR NOT NULL, opened_dt DATE NOT NULL);
-- acct_type: RST restaurant, HTL hotel, IND independent wine shop, DEP department store, DST distributor / importer
CREATE TABLE sale(sale_id INTEGER PRIMARY KEY, sale_dt DATE NOT NULL, lot_no VARCHAR NOT NULL REFERENCES wine_lot(lot_no), channel_cd VARCHAR(3) NOT NULL, acct_id INTEGER REFERENCES trade_acct(acct_id), btl_qty INTEGER NOT NULL, btl_price DECIMAL(7,2) NOT NULL, total_gbp DECIMAL(9,2) NOT NULL);
-- channel_cd: CD cellar door shop, ONL online shop, CLB wine club, TRD trade (acct_id set only for TRD)

-- Lockdown Escapes booking system: three sites (Leeds, Sheffield, York), rooms bookable in fixed slots.
CREATE TABLE site(
  site_id INTEGER PRIMARY KEY,
  site_nm VARCHAR NOT NULL,
  city VARCHAR NOT NULL,
  opened_dt DATE NOT NULL);
CREATE TABLE room(
  room_cd VARCHAR(7) PRIMARY KEY,      -- site prefix + room, e.g. LDS-ASY
  site_id INTEGER NOT NULL REFERENCES site(site_id),
  room_nm VARCHAR NOT NULL,
  theme_cd VARCHAR(3) NOT NULL,        -- HOR horror, MYS mystery / detective, SCI sci-fi, HST heist, ADV adventure, KID family (under 12s)
  diff INTEGER NOT NULL,               -- difficulty 1 (easy) to 5 (expert)
  min_pax INTEGER NOT NULL,
  max_pax INTEGER NOT NULL,
  time_limit_min INTEGER NOT NULL,
  price_pp DECIMAL(6,2) NOT NULL,      -- GBP per player
  status VARCHAR(4) NOT NULL,          -- LIVE open for booking, RET retired, BLD being built
  live_from DATE NOT NULL);
-- gm = game master: runs the game from the control room, gives hints
CREATE TABLE gm(
  gm_id INTEGER PRIMARY KEY,
  first_nm VARCHAR NOT NULL,
  last_nm VARCHAR NOT NULL,
  site_id INTEGER NOT NULL REFERENCES site(site_id),
  start_dt DATE NOT NULL,
  end_dt DATE);                        -- NULL while still employed
CREATE TABLE booking(
  bkg_ref VARCHAR PRIMARY KEY,
  room_cd VARCHAR(7) NOT NULL REFERENCES room(room_cd),
  slot_ts TIMESTAMP NOT NULL,          -- start of the booked slot
  pax INTEGER NOT NULL,                -- players
  chan VARCHAR(3) NOT NULL,            -- WEB website, PHN phone, WLK walk-in, GFT gift voucher redeemed, CRP corporate / team building
  lead_nm VARCHAR NOT NULL,            -- lead booker (or the company for CRP)
  booked_dt DATE NOT NULL,
  stat VARCHAR(3) NOT NULL,            -- PLY played, NS no-show, CXL cancelled, RFD refunded
  disc_cd VARCHAR,                     -- STU student, NHS NHS staff, BDAY birthday, CORP10 corporate 10%, VCH gift voucher; NULL if none
  amt_paid DECIMAL(8,2) NOT NULL);     -- GBP taken; 0 for gift vouchers (paid when the voucher was sold) and cancellations
CREATE TABLE game(
  game_id INTEGER PRIMARY KEY,
  bkg_ref VARCHAR NOT NULL UNIQUE REFERENCES booking(bkg_ref),
  gm_id INTEGER NOT NULL REFERENCES gm(gm_id),
  escaped BOOLEAN NOT NULL,
  secs_left INTEGER NOT NULL,          -- seconds left on the clock at the escape, 0 if they did not get out
  hints INTEGER NOT NULL);

-- Ten-pin bowling centre: lanes, evening leagues and their bowlers, every game bowled, and public lane bookings.
CREATE TABLE lane(lane_no INTEGER PRIMARY KEY, zone_cd VARCHAR(3) NOT NULL, bumpers BOOLEAN NOT NULL, installed_yr INTEGER NOT NULL);
-- zone_cd: STD main hall, VIP private lounge lanes; bumpers = gutter bumpers fitted for children
CREATE TABLE league(lg_id INTEGER PRIMARY KEY, lg_nm VARCHAR NOT NULL, night_cd VARCHAR(3) NOT NULL, fmt_cd VARCHAR(3) NOT NULL, start_dt DATE NOT NULL, end_dt DATE NOT NULL, wk_fee DECIMAL(5,2) NOT NULL);
-- fmt_cd: SCR scratch (raw scores), HCP handicap; start_dt / end_dt = first and last night of the season; wk_fee = fee per bowler per week in GBP
CREATE TABLE bowler(blr_id INTEGER PRIMARY KEY, fname VARCHAR NOT NULL, lname VARCHAR NOT NULL, lg_id INTEGER, hand_cd CHAR(1) NOT NULL, birth_yr INTEGER NOT NULL, joined_dt DATE NOT NULL, hcp INTEGER,
  FOREIGN KEY (lg_id) REFERENCES league(lg_id));
COMMENT ON TABLE bowler IS 'Card-holding bowlers; lg_id is the league they bowl in, NULL for casual card holders';
COMMENT ON COLUMN bowler.hand_cd IS 'L = left-handed, R = right-handed';
COMMENT ON COLUMN bowler.hcp IS 'Current handicap in pins; NULL for scratch bowlers';
CREATE TABLE game(game_id INTEGER PRIMARY KEY, blr_id INTEGER NOT NULL, lane_no INTEGER NOT NULL, played_dt DATE NOT NULL, game_no INTEGER NOT NULL, score INTEGER NOT NULL, strikes_n INTEGER NOT NULL, gm_type VARCHAR(3) NOT NULL,
  FOREIGN KEY (blr_id) REFERENCES bowler(blr_id), FOREIGN KEY (lane_no) REFERENCES lane(lane_no));
COMMENT ON COLUMN game.gm_type IS 'LG = league night, PR = practice, TRN = tournament';
COMMENT ON COLUMN game.game_no IS 'Game of the session (1-3 on league nights, up to 4 in tournaments)';
CREATE TABLE lane_bkg(bk_id INTEGER PRIMARY KEY, lane_no INTEGER NOT NULL, start_ts TIMESTAMP NOT NULL, lanes_n INTEGER NOT NULL, games_n INTEGER NOT NULL, pax_n INTEGER NOT NULL, party_cd VARCHAR(3) NOT NULL, amt_gbp DECIMAL(7,2) NOT NULL, status_cd VARCHAR(2) NOT NULL,
  FOREIGN KEY (lane_no) REFERENCES lane(lane_no));
COMMENT ON TABLE lane_bkg IS 'Public lane bookings (not league play)';
-- pax_n = people in the party; lanes_n = lanes booked (lane_no is the first); amt_gbp = price charged
-- party_cd: WLK walk-in, BDY birthday party, CRP corporate / work do, SCH school group
-- status_cd: C completed, X cancelled, NS no-show

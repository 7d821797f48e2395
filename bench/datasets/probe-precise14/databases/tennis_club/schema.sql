-- Tennis club: members of three grades book four courts by the hour and pay a subscription each season.
CREATE TABLE court(court_id INTEGER PRIMARY KEY, court_nm VARCHAR NOT NULL, surface_cd VARCHAR(3) NOT NULL, floodlit BOOLEAN NOT NULL);
COMMENT ON COLUMN court.surface_cd IS 'GRS grass, HRD hard court, CLY clay';
CREATE TABLE member(member_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, grade_cd VARCHAR(3) NOT NULL, joined_dt DATE NOT NULL, resigned_dt DATE);
COMMENT ON TABLE member IS 'Club members';
COMMENT ON COLUMN member.grade_cd IS 'JNR junior, SNR senior, VET veteran';
COMMENT ON COLUMN member.resigned_dt IS 'Date the member left the club; NULL while still a member';
CREATE TABLE subscription(payment_id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, season_yr INTEGER NOT NULL, paid_on DATE NOT NULL, amount_gbp DECIMAL(6,2) NOT NULL,
  FOREIGN KEY (member_id) REFERENCES member(member_id));
COMMENT ON TABLE subscription IS 'A subscription payment; some members pay a season in two instalments';
CREATE TABLE booking(booking_id INTEGER PRIMARY KEY, court_id INTEGER NOT NULL, member_id INTEGER NOT NULL, booked_for TIMESTAMP NOT NULL, hours DECIMAL(3,1) NOT NULL, fee_gbp DECIMAL(6,2) NOT NULL, status_cd VARCHAR(3) NOT NULL,
  FOREIGN KEY (court_id) REFERENCES court(court_id), FOREIGN KEY (member_id) REFERENCES member(member_id));
COMMENT ON TABLE booking IS 'A court booked by a member';
COMMENT ON COLUMN booking.status_cd IS 'OK played, CXL cancelled, NS no-show';
COMMENT ON COLUMN booking.fee_gbp IS 'Court fee charged for the booking';

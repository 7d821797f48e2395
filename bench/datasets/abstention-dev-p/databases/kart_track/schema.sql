-- An indoor karting track near Milton Keynes: karts, drivers, sessions and results, Dec 2025 to Nov 2026.
CREATE TABLE karts(kartId INTEGER PRIMARY KEY, kartNumber INTEGER NOT NULL, kartClass VARCHAR NOT NULL, engineCc INTEGER, isElectric BOOLEAN NOT NULL, inServiceSince DATE NOT NULL, lastServiceDate DATE NOT NULL);
COMMENT ON COLUMN karts.kartClass IS 'ADULT single-seat adult kart, JUNIOR cadet kart for drivers aged 8-15, TWIN two-seater for taster rides';
COMMENT ON COLUMN karts.engineCc IS 'Petrol engine size; NULL for electric karts';
CREATE TABLE drivers(driverId INTEGER PRIMARY KEY, firstName VARCHAR NOT NULL, lastName VARCHAR NOT NULL, birthYear INTEGER NOT NULL, homeTown VARCHAR NOT NULL, licenceLevel VARCHAR NOT NULL, memberSince DATE NOT NULL, emailOptIn BOOLEAN NOT NULL);
COMMENT ON COLUMN drivers.licenceLevel IS 'Track licence: CADET junior, NOVICE, CLUB (10% off), PRO (10% off, may enter the championship)';
CREATE TABLE sessions(sessionId INTEGER PRIMARY KEY, sessionStart TIMESTAMP NOT NULL, sessionType VARCHAR NOT NULL, trackLayout VARCHAR NOT NULL, lapsScheduled INTEGER NOT NULL, pricePerDriver DECIMAL(6,2) NOT NULL, marshalName VARCHAR NOT NULL);
COMMENT ON COLUMN sessions.sessionType IS 'ARRIVE_DRIVE pay-on-the-day open session, GRAND_PRIX qualifying plus race, CORPORATE private company booking, JUNIOR_PARTY children''s party';
COMMENT ON COLUMN sessions.trackLayout IS 'CLUB short circuit, NATIONAL full circuit, REVERSE club circuit run anticlockwise';
COMMENT ON COLUMN sessions.marshalName IS 'Chief marshal on duty';
CREATE TABLE sessionEntries(entryId INTEGER PRIMARY KEY, sessionId INTEGER NOT NULL, driverId INTEGER NOT NULL, kartId INTEGER NOT NULL, lapsCompleted INTEGER NOT NULL, bestLapMs INTEGER NOT NULL, finishPos INTEGER NOT NULL, amountPaid DECIMAL(6,2) NOT NULL, FOREIGN KEY (sessionId) REFERENCES sessions(sessionId), FOREIGN KEY (driverId) REFERENCES drivers(driverId), FOREIGN KEY (kartId) REFERENCES karts(kartId));
COMMENT ON COLUMN sessionEntries.bestLapMs IS 'Fastest lap in milliseconds';
CREATE TABLE incidents(incidentId INTEGER PRIMARY KEY, entryId INTEGER NOT NULL, kartId INTEGER NOT NULL, occurredAt TIMESTAMP NOT NULL, incidentType VARCHAR NOT NULL, penaltySec INTEGER NOT NULL, injuryReported BOOLEAN NOT NULL, FOREIGN KEY (entryId) REFERENCES sessionEntries(entryId), FOREIGN KEY (kartId) REFERENCES karts(kartId));
COMMENT ON COLUMN incidents.incidentType IS 'SPIN, CONTACT with another kart, BLACK_FLAG driver called in for dangerous driving, MECHANICAL kart failure';
COMMENT ON COLUMN incidents.penaltySec IS 'Time penalty added to the driver''s race time, in seconds';

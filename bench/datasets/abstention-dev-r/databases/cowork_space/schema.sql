-- Deskhouse, a coworking company with four sites in the West Midlands and the Marches.
CREATE TABLE sites(siteId INTEGER PRIMARY KEY, siteName VARCHAR NOT NULL, city VARCHAR NOT NULL, openedOn DATE NOT NULL, deskCount INTEGER NOT NULL, hasCafe BOOLEAN NOT NULL);
CREATE TABLE plans(planCode VARCHAR PRIMARY KEY, planName VARCHAR NOT NULL, monthlyFee DECIMAL(7,2) NOT NULL, meetingCredits INTEGER NOT NULL, access24h BOOLEAN NOT NULL);
COMMENT ON COLUMN plans.monthlyFee IS 'Fee per month before VAT';
COMMENT ON COLUMN plans.meetingCredits IS 'Meeting room credits included each month';
COMMENT ON COLUMN plans.access24h IS 'Round-the-clock key-fob access';
CREATE TABLE members(memberId INTEGER PRIMARY KEY, fullName VARCHAR NOT NULL, companyName VARCHAR, email VARCHAR NOT NULL, homeSiteId INTEGER NOT NULL, planCode VARCHAR NOT NULL, joinedOn DATE NOT NULL, leftOn DATE, FOREIGN KEY (homeSiteId) REFERENCES sites(siteId), FOREIGN KEY (planCode) REFERENCES plans(planCode));
COMMENT ON COLUMN members.leftOn IS 'NULL while the membership is current';
CREATE TABLE meetingRooms(roomId INTEGER PRIMARY KEY, siteId INTEGER NOT NULL, roomName VARCHAR NOT NULL, seats INTEGER NOT NULL, hasScreen BOOLEAN NOT NULL, hourlyRate DECIMAL(6,2) NOT NULL, FOREIGN KEY (siteId) REFERENCES sites(siteId));
COMMENT ON COLUMN meetingRooms.hourlyRate IS 'Price per hour for non-members and beyond included credits';
CREATE TABLE roomBookings(bookingId INTEGER PRIMARY KEY, roomId INTEGER NOT NULL, memberId INTEGER NOT NULL, startsAt TIMESTAMP NOT NULL, durationHours DECIMAL(3,1) NOT NULL, creditsUsed INTEGER NOT NULL, cancelled BOOLEAN NOT NULL, FOREIGN KEY (roomId) REFERENCES meetingRooms(roomId), FOREIGN KEY (memberId) REFERENCES members(memberId));
COMMENT ON COLUMN roomBookings.creditsUsed IS 'Meeting credits spent: one an hour, two an hour in rooms of ten seats or more';
CREATE TABLE invoices(invoiceId INTEGER PRIMARY KEY, memberId INTEGER NOT NULL, periodStart DATE NOT NULL, amountNet DECIMAL(8,2) NOT NULL, vatAmount DECIMAL(8,2) NOT NULL, paidOn DATE, FOREIGN KEY (memberId) REFERENCES members(memberId));
COMMENT ON COLUMN invoices.periodStart IS 'First day of the month billed';
CREATE TABLE dayPasses(passId INTEGER PRIMARY KEY, siteId INTEGER NOT NULL, soldOn DATE NOT NULL, channel VARCHAR NOT NULL, price DECIMAL(6,2) NOT NULL, FOREIGN KEY (siteId) REFERENCES sites(siteId));
COMMENT ON TABLE dayPasses IS 'Single-day desk passes sold to non-members';
COMMENT ON COLUMN dayPasses.channel IS 'walk-in, app, or partner (sold through a partner booking site at a discount)';

-- A county youth orchestra's four ensembles: members, rehearsals, attendance and concerts, Dec 2025 to Nov 2026.
CREATE TABLE staff(staffId INTEGER PRIMARY KEY, fullName VARCHAR NOT NULL, role VARCHAR NOT NULL, instrumentTaught VARCHAR, sessionFee DECIMAL(6,2) NOT NULL, dbsCheckedOn DATE NOT NULL);
COMMENT ON COLUMN staff.role IS 'CON conductor, TUT sectional tutor, ADM administrator';
COMMENT ON COLUMN staff.sessionFee IS 'What we pay per rehearsal taken';
COMMENT ON COLUMN staff.dbsCheckedOn IS 'Date of the latest DBS (criminal record) check';
CREATE TABLE ensembles(ensembleId INTEGER PRIMARY KEY, ensembleName VARCHAR NOT NULL, level VARCHAR NOT NULL, rehearsalDay VARCHAR NOT NULL, conductorId INTEGER NOT NULL, termFee DECIMAL(6,2) NOT NULL, FOREIGN KEY (conductorId) REFERENCES staff(staffId));
COMMENT ON COLUMN ensembles.level IS 'JNR junior (about grades 1-4), INT intermediate, SNR senior (grade 7 and above)';
COMMENT ON COLUMN ensembles.termFee IS 'Full fee per member per term';
CREATE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR NOT NULL, lastName VARCHAR NOT NULL, dateOfBirth DATE NOT NULL, instrument VARCHAR NOT NULL, section VARCHAR NOT NULL, ensembleId INTEGER NOT NULL, schoolName VARCHAR NOT NULL, highestGrade INTEGER NOT NULL, feeBand VARCHAR NOT NULL, joinedOn DATE NOT NULL, leftOn DATE, FOREIGN KEY (ensembleId) REFERENCES ensembles(ensembleId));
COMMENT ON COLUMN members.section IS 'STR strings, WW woodwind, BR brass, PERC percussion, HP harp';
COMMENT ON COLUMN members.highestGrade IS 'Highest graded exam passed on their instrument (1-8)';
COMMENT ON COLUMN members.feeBand IS 'FULL pays the term fee, HALF half fee, FREE bursary place';
COMMENT ON COLUMN members.leftOn IS 'NULL while still a member';
CREATE TABLE rehearsals(rehearsalId INTEGER PRIMARY KEY, ensembleId INTEGER NOT NULL, rehearsalDate DATE NOT NULL, startTime VARCHAR NOT NULL, durationMins INTEGER NOT NULL, venue VARCHAR NOT NULL, sessionType VARCHAR NOT NULL, FOREIGN KEY (ensembleId) REFERENCES ensembles(ensembleId));
COMMENT ON COLUMN rehearsals.sessionType IS 'TUTTI full ensemble, SECT sectionals (sections rehearse apart with their tutors)';
CREATE TABLE attendance(rehearsalId INTEGER NOT NULL, memberId INTEGER NOT NULL, status VARCHAR NOT NULL, PRIMARY KEY (rehearsalId, memberId), FOREIGN KEY (rehearsalId) REFERENCES rehearsals(rehearsalId), FOREIGN KEY (memberId) REFERENCES members(memberId));
COMMENT ON COLUMN attendance.status IS 'P present, L late, A absent, E excused absence';
CREATE TABLE concerts(concertId INTEGER PRIMARY KEY, ensembleId INTEGER NOT NULL, concertDate DATE NOT NULL, venue VARCHAR NOT NULL, title VARCHAR NOT NULL, ticketsSold INTEGER NOT NULL, ticketPrice DECIMAL(6,2) NOT NULL, FOREIGN KEY (ensembleId) REFERENCES ensembles(ensembleId));
COMMENT ON COLUMN concerts.ticketPrice IS 'Full adult ticket price';

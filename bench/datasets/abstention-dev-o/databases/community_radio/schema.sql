-- A volunteer-run community radio station: presenters, the weekly schedule, every broadcast from Dec 2025 to Nov 2026, logged playlists and sponsors' spots.
CREATE TABLE presenters(presenterId INTEGER PRIMARY KEY, fullName VARCHAR NOT NULL, onAirName VARCHAR NOT NULL, joinedOn DATE NOT NULL, isVolunteer BOOLEAN NOT NULL, studioLvl VARCHAR NOT NULL, email VARCHAR NOT NULL);
COMMENT ON COLUMN presenters.studioLvl IS 'Studio sign-off: L1 pre-recorded shows only, L2 may present live alone, L3 may also train new presenters';
CREATE TABLE shows(showId INTEGER PRIMARY KEY, showTitle VARCHAR NOT NULL, genre VARCHAR NOT NULL, presenterId INTEGER NOT NULL, airDays VARCHAR NOT NULL, startTime VARCHAR NOT NULL, durationMins INTEGER NOT NULL, isLive BOOLEAN NOT NULL, firstAired DATE NOT NULL, FOREIGN KEY (presenterId) REFERENCES presenters(presenterId));
COMMENT ON COLUMN shows.genre IS 'MUS music, TLK talk and phone-in, NEWS news, SPT sport, REL faith, LANG community-language programme';
COMMENT ON COLUMN shows.airDays IS 'Days of the week the show goes out, comma-separated, e.g. Mon,Tue';
COMMENT ON COLUMN shows.isLive IS 'Presented live from the studio; false when pre-recorded';
CREATE TABLE broadcasts(broadcastId INTEGER PRIMARY KEY, showId INTEGER NOT NULL, airDate DATE NOT NULL, status VARCHAR NOT NULL, standInId INTEGER, streamPeak INTEGER, streamHrs DECIMAL(7,1), FOREIGN KEY (showId) REFERENCES shows(showId), FOREIGN KEY (standInId) REFERENCES presenters(presenterId));
COMMENT ON COLUMN broadcasts.status IS 'LIVE went out live, PRE pre-recorded, RPT repeat of an earlier episode, DRP dropped (did not go out)';
COMMENT ON COLUMN broadcasts.standInId IS 'Presenter who covered for the regular presenter; NULL when the regular presenter did it';
COMMENT ON COLUMN broadcasts.streamPeak IS 'Most listeners connected to the online stream at once during the show; NULL when dropped';
COMMENT ON COLUMN broadcasts.streamHrs IS 'Total listening hours on the online stream during the show';
-- only some music broadcasts have their playlist logged
CREATE TABLE trackPlays(playId INTEGER PRIMARY KEY, broadcastId INTEGER NOT NULL, artistName VARCHAR NOT NULL, trackTitle VARCHAR NOT NULL, isLocalArtist BOOLEAN NOT NULL, playedAt TIMESTAMP NOT NULL, lenSec INTEGER NOT NULL, FOREIGN KEY (broadcastId) REFERENCES broadcasts(broadcastId));
COMMENT ON COLUMN trackPlays.isLocalArtist IS 'Artist based in our broadcast area';
CREATE TABLE sponsors(sponsorId INTEGER PRIMARY KEY, businessName VARCHAR NOT NULL, sector VARCHAR NOT NULL, town VARCHAR NOT NULL, sinceDate DATE NOT NULL);
COMMENT ON COLUMN sponsors.sector IS 'FIN finance, RET retail, MOT motor trade, HOS hospitality, HLT health, PUB public body';
CREATE TABLE sponsorSpots(spotId INTEGER PRIMARY KEY, sponsorId INTEGER NOT NULL, broadcastId INTEGER NOT NULL, spotType VARCHAR NOT NULL, lenSec INTEGER NOT NULL, fee_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (sponsorId) REFERENCES sponsors(sponsorId), FOREIGN KEY (broadcastId) REFERENCES broadcasts(broadcastId));
COMMENT ON COLUMN sponsorSpots.spotType IS 'AD paid advert, SPN sponsorship credit ("this show is brought to you by"), PSA free public-service announcement';
COMMENT ON COLUMN sponsorSpots.fee_gbp IS 'What the sponsor paid for the spot, in pounds';

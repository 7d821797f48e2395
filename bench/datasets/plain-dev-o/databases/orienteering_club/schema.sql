-- Orienteering club (West Yorkshire): the areas it has maps of, its members, the events it puts on (club training,
-- local, regional and national events, some at night), the courses set at each event, every runner's result and the
-- members who helped run each event.
CREATE TABLE areas(area_id INTEGER PRIMARY KEY, area_name VARCHAR NOT NULL, terrain VARCHAR NOT NULL, map_scale INTEGER NOT NULL, surveyed_year INTEGER NOT NULL, permission_from VARCHAR);
COMMENT ON TABLE areas IS 'Areas the club has an orienteering map of';
COMMENT ON COLUMN areas.terrain IS 'forest, moorland, mixed, parkland or urban';
COMMENT ON COLUMN areas.map_scale IS 'Scale of the map, 1:map_scale (4000 for a town centre, 15000 for open moor)';
COMMENT ON COLUMN areas.surveyed_year IS 'Year the map was last surveyed';
COMMENT ON COLUMN areas.permission_from IS 'Landowner who must give permission for each event; NULL for open-access land';
CREATE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, sex CHAR(1) NOT NULL, birth_year INTEGER NOT NULL, membership VARCHAR NOT NULL, joined_on DATE NOT NULL, lapsed_on DATE);
COMMENT ON TABLE members IS 'Club members, past and present';
COMMENT ON COLUMN members.sex IS 'M or F (the age classes are by sex)';
COMMENT ON COLUMN members.membership IS 'senior, junior, family, student or life';
COMMENT ON COLUMN members.lapsed_on IS 'Day the membership lapsed (not renewed); NULL for current members';
CREATE TABLE events(event_id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES areas(area_id), event_date DATE NOT NULL, event_name VARCHAR NOT NULL, level CHAR(1) NOT NULL, night_event BOOLEAN NOT NULL, senior_fee DECIMAL(5,2) NOT NULL, cancelled BOOLEAN NOT NULL);
COMMENT ON TABLE events IS 'Events the club organised';
COMMENT ON COLUMN events.level IS 'C club training or summer series, L local, R regional (Yorkshire League), N national';
COMMENT ON COLUMN events.night_event IS 'Run in the dark, with head torches';
COMMENT ON COLUMN events.senior_fee IS 'Entry fee for a senior club member in GBP (juniors pay half, runners from other clubs 2 GBP more)';
COMMENT ON COLUMN events.cancelled IS 'Called off (weather, landowner); a cancelled event has no courses';
CREATE TABLE courses(course_id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(event_id), colour VARCHAR NOT NULL, length_km DECIMAL(4,1) NOT NULL, climb_m INTEGER NOT NULL, control_count INTEGER NOT NULL);
COMMENT ON TABLE courses IS 'A course set at an event';
COMMENT ON COLUMN courses.colour IS 'Colour-coded difficulty and length: white, yellow, orange, light green, green, blue, brown, black (white is the easiest and shortest, black the longest)';
COMMENT ON COLUMN courses.length_km IS 'Straight-line length in km';
COMMENT ON COLUMN courses.climb_m IS 'Climb in metres on the best route';
COMMENT ON COLUMN courses.control_count IS 'Number of controls to visit';
CREATE TABLE results(result_id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES courses(course_id), member_id INTEGER REFERENCES members(member_id), guest_name VARCHAR, guest_club VARCHAR, time_seconds INTEGER, status CHAR(3) NOT NULL, fee_paid DECIMAL(5,2) NOT NULL);
COMMENT ON TABLE results IS 'One runner on one course';
COMMENT ON COLUMN results.member_id IS 'The runner when a club member; NULL for runners from other clubs and newcomers (see guest_name)';
COMMENT ON COLUMN results.guest_name IS 'Name of a runner who is not a member; NULL for members';
COMMENT ON COLUMN results.guest_club IS 'Club abbreviation of a non-member runner, or none';
COMMENT ON COLUMN results.time_seconds IS 'Time taken in seconds; NULL when the runner did not finish or was disqualified';
COMMENT ON COLUMN results.status IS 'OK valid run, MP mispunched (missed or wrong control, not placed), DNF did not finish, DSQ disqualified';
COMMENT ON COLUMN results.fee_paid IS 'Entry fee paid in GBP';
CREATE TABLE helpers(helper_id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(event_id), member_id INTEGER NOT NULL REFERENCES members(member_id), role VARCHAR NOT NULL);
COMMENT ON TABLE helpers IS 'A member volunteering at an event';
COMMENT ON COLUMN helpers.role IS 'organiser, planner (sets the courses), controller (checks the planner''s work), start, registration, download (reads the timing chips), car parking or first aid';

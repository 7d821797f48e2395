-- A mountain-top observatory's telescope time (La Palma style, invented): the registered observers, the telescopes and
-- their instruments, the proposals for time each semester (A: February-July, B: August-January), every night's log per
-- telescope and the observations made.
CREATE TABLE observers(observer_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, institution VARCHAR NOT NULL, country VARCHAR NOT NULL, career_stage VARCHAR NOT NULL, registered_on DATE NOT NULL);
COMMENT ON TABLE observers IS 'Astronomers registered to apply for and use telescope time';
COMMENT ON COLUMN observers.career_stage IS 'PhD student, postdoc, staff astronomer or professor';
CREATE TABLE telescopes(telescope_id INTEGER PRIMARY KEY, telescope_name VARCHAR NOT NULL, aperture_m DECIMAL(4,2) NOT NULL, site VARCHAR NOT NULL, first_light_year INTEGER NOT NULL, is_robotic BOOLEAN NOT NULL);
COMMENT ON COLUMN telescopes.aperture_m IS 'Diameter of the primary mirror in metres';
COMMENT ON COLUMN telescopes.first_light_year IS 'Year the telescope first observed';
COMMENT ON COLUMN telescopes.is_robotic IS 'Runs unattended from a queue (no observer or duty astronomer at the telescope)';
CREATE TABLE instruments(instrument_id INTEGER PRIMARY KEY, telescope_id INTEGER NOT NULL REFERENCES telescopes(telescope_id), instrument_name VARCHAR NOT NULL, instrument_type VARCHAR NOT NULL, min_wavelength_nm INTEGER NOT NULL, max_wavelength_nm INTEGER NOT NULL, retired_on DATE);
COMMENT ON COLUMN instruments.instrument_type IS 'imager, infrared imager, spectrograph, multi-object spectrograph or polarimeter';
COMMENT ON COLUMN instruments.min_wavelength_nm IS 'Shortest wavelength covered, in nanometres';
COMMENT ON COLUMN instruments.max_wavelength_nm IS 'Longest wavelength covered, in nanometres';
COMMENT ON COLUMN instruments.retired_on IS 'Date taken out of service; NULL while offered';
CREATE TABLE proposals(proposal_id INTEGER PRIMARY KEY, proposal_code VARCHAR NOT NULL, semester VARCHAR(5) NOT NULL, pi_observer_id INTEGER NOT NULL REFERENCES observers(observer_id), telescope_id INTEGER NOT NULL REFERENCES telescopes(telescope_id), science_area CHAR(1) NOT NULL, title VARCHAR NOT NULL, submitted_on DATE NOT NULL, hours_requested DECIMAL(5,1) NOT NULL, hours_awarded DECIMAL(5,1), grade CHAR(1), status VARCHAR NOT NULL, target_of_opportunity BOOLEAN NOT NULL);
COMMENT ON TABLE proposals IS 'Applications for observing time, one telescope each, ranked by the time allocation committee';
COMMENT ON COLUMN proposals.semester IS 'Semester applied for: A February to July, B August to January (2024B runs August 2024 to January 2025)';
COMMENT ON COLUMN proposals.pi_observer_id IS 'Principal investigator (the observer who leads the proposal)';
COMMENT ON COLUMN proposals.science_area IS 'S stellar astrophysics, G galactic (star formation, clusters, nebulae), X extragalactic and cosmology, P exoplanets and the solar system, T transients (supernovae, novae, gamma-ray bursts)';
COMMENT ON COLUMN proposals.hours_awarded IS 'Hours of telescope time allocated; NULL unless accepted';
COMMENT ON COLUMN proposals.grade IS 'Committee ranking: A highest priority, B, C lowest (filler); NULL unless accepted';
COMMENT ON COLUMN proposals.status IS 'accepted, rejected, or pending (not yet ranked)';
COMMENT ON COLUMN proposals.target_of_opportunity IS 'May interrupt scheduled observations when an unpredictable event happens';
CREATE TABLE nights(night_id INTEGER PRIMARY KEY, telescope_id INTEGER NOT NULL REFERENCES telescopes(telescope_id), night_of DATE NOT NULL, dark_hours DECIMAL(4,2) NOT NULL, weather_lost_hours DECIMAL(4,2) NOT NULL, technical_lost_hours DECIMAL(4,2) NOT NULL, duty_astronomer VARCHAR);
COMMENT ON TABLE nights IS 'Night log, one row per telescope per night it was open';
COMMENT ON COLUMN nights.night_of IS 'Date of the evening the night began';
COMMENT ON COLUMN nights.dark_hours IS 'Hours of astronomical darkness';
COMMENT ON COLUMN nights.weather_lost_hours IS 'Hours lost to cloud, wind, humidity or dust';
COMMENT ON COLUMN nights.technical_lost_hours IS 'Hours lost to faults';
COMMENT ON COLUMN nights.duty_astronomer IS 'Staff astronomer on duty; NULL for the robotic telescopes';
CREATE TABLE observations(observation_id INTEGER PRIMARY KEY, proposal_id INTEGER NOT NULL REFERENCES proposals(proposal_id), instrument_id INTEGER NOT NULL REFERENCES instruments(instrument_id), observer_id INTEGER REFERENCES observers(observer_id), observed_on DATE NOT NULL, target_name VARCHAR NOT NULL, exposure_seconds INTEGER NOT NULL, seeing_arcsec DECIMAL(4,2) NOT NULL, quality VARCHAR NOT NULL);
COMMENT ON TABLE observations IS 'One block of observing for a proposal on one night';
COMMENT ON COLUMN observations.observer_id IS 'Observer at the telescope; NULL when a robotic telescope observed from its queue';
COMMENT ON COLUMN observations.observed_on IS 'Date of the evening the night began';
COMMENT ON COLUMN observations.exposure_seconds IS 'Total open-shutter time in seconds';
COMMENT ON COLUMN observations.seeing_arcsec IS 'Atmospheric seeing in arcseconds (smaller is sharper)';
COMMENT ON COLUMN observations.quality IS 'good (seeing under 1 arcsecond), usable, or poor';

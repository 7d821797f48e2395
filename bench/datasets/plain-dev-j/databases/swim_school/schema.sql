-- A swimming-lesson provider in Norfolk: termly group lessons at hired pools, swimmers, enrolments and badges.
CREATE TABLE pools(
  pool_id INTEGER PRIMARY KEY,
  pool_name VARCHAR NOT NULL,
  town VARCHAR NOT NULL,
  lanes INTEGER NOT NULL,
  length_m INTEGER NOT NULL,
  hire_cost_per_hour DECIMAL(6,2) NOT NULL,
  first_used_on DATE NOT NULL);
CREATE TABLE teachers(
  teacher_id INTEGER PRIMARY KEY,
  full_name VARCHAR NOT NULL,
  qualification VARCHAR(2) NOT NULL,
  hourly_rate DECIMAL(5,2) NOT NULL,
  started_on DATE NOT NULL,
  left_on DATE);
CREATE TABLE swimmers(
  swimmer_id INTEGER PRIMARY KEY,
  first_name VARCHAR NOT NULL,
  last_name VARCHAR NOT NULL,
  date_of_birth DATE NOT NULL,
  joined_on DATE NOT NULL,
  home_town VARCHAR NOT NULL,
  medical_notes VARCHAR);
CREATE TABLE classes(
  class_id INTEGER PRIMARY KEY,
  pool_id INTEGER NOT NULL REFERENCES pools(pool_id),
  teacher_id INTEGER REFERENCES teachers(teacher_id),
  term_name VARCHAR NOT NULL,
  term_starts_on DATE NOT NULL,
  stage INTEGER NOT NULL,
  day_of_week VARCHAR NOT NULL,
  start_time TIME NOT NULL,
  minutes INTEGER NOT NULL,
  places INTEGER NOT NULL,
  price_per_term DECIMAL(6,2) NOT NULL);
CREATE TABLE enrolments(
  enrolment_id INTEGER PRIMARY KEY,
  swimmer_id INTEGER NOT NULL REFERENCES swimmers(swimmer_id),
  class_id INTEGER NOT NULL REFERENCES classes(class_id),
  enrolled_on DATE NOT NULL,
  status VARCHAR(1) NOT NULL,
  amount_paid DECIMAL(6,2) NOT NULL,
  sibling_discount BOOLEAN NOT NULL);
CREATE TABLE badge_awards(
  award_id INTEGER PRIMARY KEY,
  swimmer_id INTEGER NOT NULL REFERENCES swimmers(swimmer_id),
  badge_name VARCHAR NOT NULL,
  awarded_on DATE NOT NULL,
  teacher_id INTEGER REFERENCES teachers(teacher_id));
COMMENT ON TABLE pools IS 'Pools we hire for lessons';
COMMENT ON COLUMN pools.hire_cost_per_hour IS 'What the pool charges us per hour of pool time, GBP';
COMMENT ON COLUMN pools.first_used_on IS 'First day we taught at the pool';
COMMENT ON TABLE teachers IS 'Swimming teachers and assistants';
COMMENT ON COLUMN teachers.qualification IS 'L1 Level 1 assistant teacher (teaches only with a Level 2 teacher on poolside), L2 Level 2 qualified teacher';
COMMENT ON COLUMN teachers.left_on IS 'NULL while the teacher still works for us';
COMMENT ON COLUMN swimmers.medical_notes IS 'Medical conditions the teacher needs to know about; NULL if none';
COMMENT ON TABLE classes IS 'A weekly lesson slot for one term';
COMMENT ON COLUMN classes.teacher_id IS 'NULL when the class was taught by agency cover staff';
COMMENT ON COLUMN classes.stage IS '0 parent and baby (under 3s, an adult in the water), 1 to 7 the learn-to-swim stages (1 beginners), 8 adult lessons';
COMMENT ON COLUMN classes.minutes IS 'Length of each lesson in minutes';
COMMENT ON COLUMN classes.places IS 'Most swimmers the class can take';
COMMENT ON COLUMN classes.price_per_term IS 'Full fee for the term, GBP';
COMMENT ON COLUMN enrolments.status IS 'A attending this term, C completed the term, W withdrew during the term, M moved up a stage part way through the term';
COMMENT ON COLUMN enrolments.amount_paid IS 'GBP paid for the term (after any sibling discount; half refunded for some withdrawals)';
COMMENT ON COLUMN enrolments.sibling_discount IS 'True when a 10% discount for a brother or sister also enrolled was given';
COMMENT ON TABLE badge_awards IS 'Badges and certificates: stage completions (Stage 1 to Stage 7) and distance badges (5 metres to 400 metres)';
COMMENT ON COLUMN badge_awards.teacher_id IS 'Teacher who signed the badge off';

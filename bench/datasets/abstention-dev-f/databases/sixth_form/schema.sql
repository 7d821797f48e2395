CREATE TABLE departments(dept_id INTEGER PRIMARY KEY, dept_name VARCHAR NOT NULL, hod VARCHAR NOT NULL, building VARCHAR NOT NULL);
CREATE TABLE courses(course_code VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, dept_id INTEGER NOT NULL, level VARCHAR NOT NULL, qual_type VARCHAR NOT NULL, years INTEGER NOT NULL, glh INTEGER NOT NULL, FOREIGN KEY (dept_id) REFERENCES departments(dept_id));
COMMENT ON COLUMN courses.qual_type IS 'AL A level, GCSE, BTEC, TL T Level, VOC other vocational, EPQ extended project';
COMMENT ON COLUMN courses.glh IS 'Guided learning hours over the whole course';
CREATE TABLE students(stu_id INTEGER PRIMARY KEY, forename VARCHAR NOT NULL, surname VARCHAR NOT NULL, dob DATE NOT NULL, gender VARCHAR NOT NULL, entry_year INTEGER NOT NULL, home_pc VARCHAR NOT NULL, fsm BOOLEAN NOT NULL, send BOOLEAN NOT NULL);
CREATE TABLE enrolments(enrol_id INTEGER PRIMARY KEY, stu_id INTEGER NOT NULL, course_code VARCHAR NOT NULL, start_date DATE NOT NULL, status VARCHAR NOT NULL, left_on DATE, att_pct INTEGER NOT NULL, FOREIGN KEY (stu_id) REFERENCES students(stu_id), FOREIGN KEY (course_code) REFERENCES courses(course_code));
CREATE TABLE results(result_id INTEGER PRIMARY KEY, enrol_id INTEGER NOT NULL, assessment VARCHAR NOT NULL, sat_on DATE NOT NULL, mark INTEGER NOT NULL, grade VARCHAR NOT NULL, FOREIGN KEY (enrol_id) REFERENCES enrolments(enrol_id));

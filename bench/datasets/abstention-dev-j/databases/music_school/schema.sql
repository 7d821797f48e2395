-- A community music school: instrumental and singing lessons, Dec 2025 to Nov 2026.
CREATE TABLE tutors(tutor_id INTEGER PRIMARY KEY, tutor_nm VARCHAR NOT NULL, main_instr VARCHAR NOT NULL, rate_gbp_hr DECIMAL(6,2) NOT NULL, contract VARCHAR NOT NULL, dbs_date DATE NOT NULL, started DATE NOT NULL);
COMMENT ON COLUMN tutors.rate_gbp_hr IS 'What we pay the tutor per hour taught';
COMMENT ON COLUMN tutors.contract IS 'PAYE employed, SE self-employed';
COMMENT ON COLUMN tutors.dbs_date IS 'Date of the latest DBS (criminal record) check';
CREATE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, dob DATE NOT NULL, school_yr INTEGER, parent_email VARCHAR, bursary BOOLEAN NOT NULL, joined DATE NOT NULL);
COMMENT ON COLUMN pupils.school_yr IS 'School year group in 2026-27 (1-13); NULL for adult learners';
COMMENT ON COLUMN pupils.bursary IS 'Pays half fees under the bursary scheme';
CREATE TABLE loan_instr(asset_tag VARCHAR PRIMARY KEY, instr VARCHAR NOT NULL, maker VARCHAR NOT NULL, bought DATE NOT NULL, value_gbp DECIMAL(8,2) NOT NULL, loaned_to INTEGER, loan_from DATE, FOREIGN KEY (loaned_to) REFERENCES pupils(pupil_id));
COMMENT ON TABLE loan_instr IS 'Instruments the school owns and lends to pupils';
COMMENT ON COLUMN loan_instr.loaned_to IS 'Pupil who has it now; NULL when it is in the store';
CREATE TABLE lessons(lesson_id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL, tutor_id INTEGER NOT NULL, instr VARCHAR NOT NULL, lesson_at TIMESTAMP NOT NULL, mins INTEGER NOT NULL, room VARCHAR NOT NULL, attn VARCHAR NOT NULL, fee_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (pupil_id) REFERENCES pupils(pupil_id), FOREIGN KEY (tutor_id) REFERENCES tutors(tutor_id));
COMMENT ON COLUMN lessons.attn IS 'P present, L late, A absent (still charged), X cancelled by the tutor (not charged)';
COMMENT ON COLUMN lessons.room IS 'R1-R5 teaching rooms, DRUM drum studio, HALL recital hall';
-- lessons run in term time only; half-term weeks have none
CREATE TABLE exam_entries(entry_id INTEGER PRIMARY KEY, pupil_id INTEGER NOT NULL, board VARCHAR NOT NULL, instr VARCHAR NOT NULL, grade INTEGER NOT NULL, exam_dt DATE NOT NULL, mark INTEGER NOT NULL, result VARCHAR NOT NULL, FOREIGN KEY (pupil_id) REFERENCES pupils(pupil_id));
COMMENT ON COLUMN exam_entries.board IS 'Exam board: ABRSM, TCL Trinity College London, RSL Rockschool';
COMMENT ON COLUMN exam_entries.mark IS 'Total mark out of 150';
COMMENT ON COLUMN exam_entries.result IS 'D distinction (130+), M merit (120+), P pass (100+), F fail';

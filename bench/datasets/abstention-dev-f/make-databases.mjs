// Writes databases/{gp_practice,sixth_form,planning}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-f/make-databases.mjs
// [--out DIR] (default: this folder).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aisha', 'Ben', 'Carys', 'Declan', 'Eleanor', 'Faisal', 'Grace', 'Harvey', 'Imogen', 'Jamal', 'Kirsty', 'Liam', 'Megan', 'Nathan', 'Olivia', 'Piotr', 'Rhiannon', 'Sanjay', 'Tilly', 'Usman', 'Victoria', 'William', 'Yasmin', 'Zak'];
const LAST = ['Ahmed', 'Bennett', 'Clarke', 'Davies', 'Evans', 'Fletcher', 'Gill', 'Hughes', 'Islam', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nolan', 'Owen', 'Patel', 'Roberts', 'Shah', 'Thomas', 'Walsh', 'Wright', 'Young'];
const POSTCODES = ['CF14 3', 'CF14 4', 'CF23 5', 'CF23 6', 'CF24 1', 'CF24 2', 'CF5 2'];

/** A Cardiff GP practice: clinicians, registered patients, appointments from June to November 2026, prescriptions, jabs. */
function gpPractice() {
  const { random, pick, between } = seeded(20260601);
  const nextName = namer(pick, FIRST, LAST);
  const clinicians = [
    ['Dr Helen Rees', 'GP', 8, '2009-09-01'], ['Dr Omar Siddiqui', 'GP', 6, '2014-02-03'], ['Dr Catrin Pugh', 'GP', 4, '2021-08-02'],
    ['Dr Marcus Lowe', 'GP', 3, '2024-10-07'], ['Sian Griffiths', 'ANP', 9, '2017-05-15'], ['Bethan Morris', 'PN', 10, '2012-01-09'],
    ['Tom Harding', 'PN', 6, '2022-03-21'], ['Nia Parry', 'HCA', 10, '2019-11-04'], ['Raj Mistry', 'PHARM', 5, '2023-06-12'],
  ].map(([name, role, sessions_pw, started], index) => ({ clin_id: 101 + index, name, role, sessions_pw, started }));
  const patients = [];
  for (let i = 0; i < 260; i += 1) {
    const [first, last] = nextName();
    const age = between(0, 94);
    const dob = addDays(new Date(Date.UTC(2026 - age, 0, 1)), between(0, 364));
    const reg = addDays(new Date(Date.UTC(2003, 0, 1)), between(0, 8400));
    const roll = random();
    patients.push({
      pat_id: 1 + i,
      nhs_no: String(4000000000 + between(0, 999999999)),
      forename: first,
      surname: last,
      dob: day(dob),
      sex: random() < 0.51 ? 'F' : 'M',
      postcode: `${pick(POSTCODES)}${pick(['AB', 'DH', 'JP', 'LW', 'QT', 'RX'])}`,
      reg_date: day(reg < dob ? dob : reg),
      reg_status: roll < 0.88 ? 'A' : roll < 0.95 ? 'L' : 'D',
      smoker: age < 16 ? null : random() < 0.16,
    });
  }
  const live = patients.filter((p) => p.reg_status === 'A');
  const appts = [];
  const start = new Date(Date.UTC(2026, 5, 1, 8, 0));
  for (let d = 0; d < 183; d += 1) {
    const date = addDays(start, d);
    const dow = date.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const n = between(14, 26);
    for (let k = 0; k < n; k += 1) {
      const clin = pick(clinicians);
      const type = clin.role === 'GP' ? pick(['F2F', 'F2F', 'F2F', 'TEL', 'TEL', 'VID', 'HV']) : clin.role === 'PHARM' ? pick(['TEL', 'F2F']) : 'F2F';
      const slot = addMinutes(date, between(0, 38) * 15 + (between(0, 1) ? 0 : 0));
      const when = stamp(slot);
      const future = slot > new Date(Date.UTC(2026, 10, 30, 23, 59));
      const roll = random();
      appts.push({
        appt_id: 0,
        pat_id: pick(live).pat_id,
        clin_id: clin.clin_id,
        slot_start: when,
        mins: type === 'HV' ? 30 : clin.role === 'PN' ? pick([10, 15, 20]) : pick([10, 10, 15]),
        appt_type: type,
        outcome: future ? null : roll < 0.86 ? 'ATT' : roll < 0.93 ? 'DNA' : 'CAN',
        booked_via: pick(['phone', 'phone', 'online', 'online', 'reception']),
      });
    }
  }
  appts.sort((a, b) => cmp(a.slot_start, b.slot_start) || a.clin_id - b.clin_id);
  appts.forEach((a, index) => { a.appt_id = 50001 + index; });
  const DRUGS = [['Amlodipine 5mg tablets', 28], ['Atorvastatin 20mg tablets', 28], ['Metformin 500mg tablets', 56], ['Omeprazole 20mg capsules', 28], ['Salbutamol 100mcg inhaler', 1], ['Sertraline 50mg tablets', 28], ['Amoxicillin 500mg capsules', 21], ['Levothyroxine 50mcg tablets', 28], ['Ramipril 5mg capsules', 28], ['Naproxen 500mg tablets', 28]];
  const prescribers = clinicians.filter((c) => ['GP', 'ANP', 'PHARM'].includes(c.role));
  const rx = [];
  for (let i = 0; i < 700; i += 1) {
    const [drug, qty] = pick(DRUGS);
    rx.push({
      rx_id: 0,
      pat_id: pick(live).pat_id,
      clin_id: pick(prescribers).clin_id,
      issued_on: day(addDays(new Date(Date.UTC(2026, 5, 1)), between(0, 182))),
      drug,
      qty: qty * pick([1, 1, 1, 2]),
      is_repeat: drug.startsWith('Amoxicillin') || drug.startsWith('Naproxen') ? false : random() < 0.8,
    });
  }
  rx.sort((a, b) => cmp(a.issued_on, b.issued_on) || a.pat_id - b.pat_id);
  rx.forEach((r, index) => { r.rx_id = 1 + index; });
  const jabs = [];
  const nurses = clinicians.filter((c) => ['PN', 'HCA'].includes(c.role));
  for (let i = 0; i < 320; i += 1) {
    const p = pick(live);
    const vaccine = pick(['Influenza', 'Influenza', 'Influenza', 'COVID-19', 'COVID-19', 'Shingles', 'Pneumococcal', 'MMR', 'Tetanus booster']);
    const base = vaccine === 'Influenza' || vaccine === 'COVID-19' ? new Date(Date.UTC(2026, 8, 15)) : new Date(Date.UTC(2026, 5, 1));
    jabs.push({
      imm_id: 0,
      pat_id: p.pat_id,
      given_by: pick(nurses).clin_id,
      vaccine,
      given_on: day(addDays(base, between(0, vaccine === 'Influenza' || vaccine === 'COVID-19' ? 76 : 182))),
      batch_no: `${vaccine.slice(0, 2).toUpperCase()}${between(1000, 9999)}`,
      site: pick(['L deltoid', 'R deltoid', 'L deltoid', 'L thigh']),
    });
  }
  jabs.sort((a, b) => cmp(a.given_on, b.given_on) || a.pat_id - b.pat_id);
  jabs.forEach((j, index) => { j.imm_id = 1 + index; });
  writeTable('gp_practice', 'clinicians', ['clin_id', 'name', 'role', 'sessions_pw', 'started'], clinicians);
  writeTable('gp_practice', 'patients', ['pat_id', 'nhs_no', 'forename', 'surname', 'dob', 'sex', 'postcode', 'reg_date', 'reg_status', 'smoker'], patients);
  writeTable('gp_practice', 'appts', ['appt_id', 'pat_id', 'clin_id', 'slot_start', 'mins', 'appt_type', 'outcome', 'booked_via'], appts);
  writeTable('gp_practice', 'prescriptions', ['rx_id', 'pat_id', 'clin_id', 'issued_on', 'drug', 'qty', 'is_repeat'], rx);
  writeTable('gp_practice', 'immunisations', ['imm_id', 'pat_id', 'given_by', 'vaccine', 'given_on', 'batch_no', 'site'], jabs);
}

/** A sixth-form college: departments, courses, learners, enrolments for 2025-26 and 2026-27 and assessment results. */
function sixthForm() {
  const { random, pick, between } = seeded(20250901);
  const nextName = namer(pick, FIRST, LAST);
  const departments = [
    [1, 'Science', 'Dr P. Okonkwo', 'Darwin Building'], [2, 'Mathematics', 'Mrs J. Hale', 'Main Block'],
    [3, 'Humanities', 'Mr D. Royle', 'Main Block'], [4, 'Creative Arts', 'Ms L. Fenwick', 'Arts Centre'],
    [5, 'Business and Computing', 'Mr S. Chaudhry', 'Turing Wing'], [6, 'Health and Social Care', 'Mrs A. McBride', 'Turing Wing'],
  ].map(([dept_id, dept_name, hod, building]) => ({ dept_id, dept_name, hod, building }));
  const courses = [
    ['ALBIO', 'A level Biology', 1, 'L3', 'AL', 2], ['ALCHE', 'A level Chemistry', 1, 'L3', 'AL', 2], ['ALPHY', 'A level Physics', 1, 'L3', 'AL', 2],
    ['ALMAT', 'A level Mathematics', 2, 'L3', 'AL', 2], ['ALFMA', 'A level Further Mathematics', 2, 'L3', 'AL', 2], ['GCMAT', 'GCSE Mathematics resit', 2, 'L2', 'GCSE', 1],
    ['ALHIS', 'A level History', 3, 'L3', 'AL', 2], ['ALPSY', 'A level Psychology', 3, 'L3', 'AL', 2], ['ALENG', 'A level English Literature', 3, 'L3', 'AL', 2],
    ['GCENG', 'GCSE English Language resit', 3, 'L2', 'GCSE', 1], ['ALART', 'A level Fine Art', 4, 'L3', 'AL', 2], ['BTMUS', 'BTEC Extended Certificate in Music', 4, 'L3', 'BTEC', 2],
    ['ALCSC', 'A level Computer Science', 5, 'L3', 'AL', 2], ['BTBUS', 'BTEC National Diploma in Business', 5, 'L3', 'BTEC', 2], ['TLDIG', 'T Level Digital Production', 5, 'L3', 'TL', 2],
    ['BTHSC', 'BTEC National Diploma in Health and Social Care', 6, 'L3', 'BTEC', 2], ['L2HSC', 'Level 2 Certificate in Health and Social Care', 6, 'L2', 'VOC', 1], ['EPQ', 'Extended Project Qualification', 3, 'L3', 'EPQ', 1],
  ].map(([course_code, title, dept_id, level, qual_type, years]) => ({ course_code, title, dept_id, level, qual_type, years, glh: qual_type === 'EPQ' ? 120 : years * 180 + (qual_type === 'BTEC' ? 180 : 0) }));
  const students = [];
  for (let i = 0; i < 220; i += 1) {
    const [first, last] = nextName();
    const entry = pick([2025, 2025, 2026, 2026, 2024]);
    students.push({
      stu_id: 24001 + i,
      forename: first,
      surname: last,
      dob: day(addDays(new Date(Date.UTC(entry - 16, 8, 1)), between(0, 364))),
      gender: random() < 0.53 ? 'F' : random() < 0.97 ? 'M' : 'X',
      entry_year: entry,
      home_pc: `${pick(['LS6', 'LS7', 'LS8', 'LS11', 'LS12', 'LS16', 'BD3'])} ${between(1, 9)}${pick(['AA', 'EN', 'HT', 'QS', 'WD'])}`,
      fsm: random() < 0.22,
      send: random() < 0.11,
    });
  }
  const enrols = [];
  const results = [];
  for (const s of students) {
    const l2 = random() < 0.18;
    const chosen = new Set();
    const pool = l2 ? courses.filter((c) => c.level === 'L2' || c.qual_type === 'BTEC') : courses.filter((c) => c.level === 'L3');
    const k = l2 ? between(1, 2) : between(3, 4);
    while (chosen.size < k) chosen.add(pick(pool));
    for (const c of chosen) {
      const roll = random();
      const startYear = Math.max(s.entry_year, 2025);
      const status = startYear === 2026 ? (roll < 0.95 ? 'active' : 'withdrawn') : c.years === 1 ? (roll < 0.85 ? 'completed' : 'withdrawn') : roll < 0.88 ? 'active' : 'withdrawn';
      const enrol = {
        enrol_id: 0,
        stu_id: s.stu_id,
        course_code: c.course_code,
        start_date: `${startYear}-09-0${startYear === 2025 ? 3 : 2}`,
        status,
        left_on: status === 'withdrawn' ? day(addDays(new Date(Date.UTC(startYear, 8, 10)), between(5, startYear === 2026 ? 80 : 240))) : null,
        att_pct: (status === 'withdrawn' ? between(40, 80) : between(72, 100)).toFixed(0),
      };
      enrols.push(enrol);
    }
  }
  enrols.sort((a, b) => cmp(a.start_date, b.start_date) || a.stu_id - b.stu_id || cmp(a.course_code, b.course_code));
  enrols.forEach((e, index) => { e.enrol_id = 100001 + index; });
  const GRADES = { AL: ['A*', 'A', 'B', 'C', 'D', 'E', 'U'], GCSE: ['9', '8', '7', '6', '5', '4', '3', '2'], BTEC: ['D*', 'D', 'M', 'P', 'U'], TL: ['D', 'M', 'P', 'U'], VOC: ['D', 'M', 'P', 'U'], EPQ: ['A*', 'A', 'B', 'C', 'D', 'E'] };
  for (const e of enrols) {
    const c = courses.find((x) => x.course_code === e.course_code);
    const assessments = e.start_date.startsWith('2025') ? [['Autumn mock', '2025-12-08'], ['Spring mock', '2026-03-16'], ['End of year exam', '2026-06-15']] : [['Autumn mock', '2026-11-23']];
    for (const [assessment, sat] of assessments) {
      if (e.left_on && e.left_on < sat) continue;
      const mark = Math.max(0, Math.min(100, Math.round(40 + random() * 55 - (random() < 0.1 ? 25 : 0))));
      const grades = GRADES[c.qual_type];
      const idx = Math.min(grades.length - 1, Math.floor((100 - mark) / (100 / grades.length)));
      results.push({ result_id: 0, enrol_id: e.enrol_id, assessment, sat_on: sat, mark, grade: grades[idx] });
    }
  }
  results.forEach((r, index) => { r.result_id = 1 + index; });
  writeTable('sixth_form', 'departments', ['dept_id', 'dept_name', 'hod', 'building'], departments);
  writeTable('sixth_form', 'courses', ['course_code', 'title', 'dept_id', 'level', 'qual_type', 'years', 'glh'], courses);
  writeTable('sixth_form', 'students', ['stu_id', 'forename', 'surname', 'dob', 'gender', 'entry_year', 'home_pc', 'fsm', 'send'], students);
  writeTable('sixth_form', 'enrolments', ['enrol_id', 'stu_id', 'course_code', 'start_date', 'status', 'left_on', 'att_pct'], enrols);
  writeTable('sixth_form', 'results', ['result_id', 'enrol_id', 'assessment', 'sat_on', 'mark', 'grade'], results);
}

/** A borough council's planning register: wards, case officers, applications received in 2025-26, public comments, appeals. */
function planning() {
  const { random, pick, between } = seeded(20250401);
  const wards = [
    ['Abbey', 11840], ['Brook Green', 9320], ['Castle', 12610], ['Eastfields', 10450], ['Hillside', 8790], ['Kingsmead', 13200], ['Riverside', 9980], ['St Mary\'s', 11020],
  ].map(([ward_name, population], index) => ({ ward_id: index + 1, ward_name, population }));
  const officers = [
    ['Gemma Hartley', 'Senior Planner', 'Majors'], ['Nick Osei', 'Principal Planner', 'Majors'], ['Ruth Dunmore', 'Planner', 'Householder'],
    ['Adam Kowalczyk', 'Planner', 'Householder'], ['Fatima Begum', 'Assistant Planner', 'Householder'], ['Lewis Crane', 'Senior Planner', 'Heritage'], ['Holly Shaw', 'Planner', 'Enforcement'],
  ].map(([name, grade, team], index) => ({ officer_id: 11 + index, name, grade, team }));
  const STREETS = ['Mill Lane', 'Church Road', 'Victoria Street', 'Park Avenue', 'Station Road', 'The Crescent', 'Orchard Way', 'High Street', 'Kingsway', 'Elm Grove'];
  const TYPES = [
    ['HH', 'Single storey rear extension', 0.45], ['HH', 'Loft conversion with rear dormer', 0.3], ['HH', 'Two storey side extension', 0.25],
    ['FUL', 'Change of use from shop (Class E) to two flats', 0.1], ['FUL', 'Erection of detached dwelling', 0.1], ['FUL', 'Erection of 24 flats with parking', 0.03],
    ['OUT', 'Outline application for up to 120 dwellings', 0.02], ['LBC', 'Replacement sash windows to listed building', 0.06], ['ADV', 'Illuminated fascia sign', 0.08], ['TPO', 'Crown reduction of oak tree protected by TPO', 0.07],
  ];
  const FEES = { HH: 258, FUL: 578, OUT: 6620, LBC: 0, ADV: 165, TPO: 0 };
  const apps = [];
  const comments = [];
  const appeals = [];
  const first = new Date(Date.UTC(2025, 3, 1));
  for (let i = 0; i < 340; i += 1) {
    const received = addDays(first, between(0, 600));
    let [app_type, proposal] = pick(TYPES);
    if (random() < 0.5) [app_type, proposal] = pick(TYPES.slice(0, 3));
    const officer = app_type === 'LBC' ? officers[5] : app_type === 'OUT' || proposal.includes('24 flats') ? pick(officers.slice(0, 2)) : pick(officers.slice(2, 6));
    const valid = addDays(received, between(0, 21));
    const target = app_type === 'OUT' || proposal.includes('24') ? 91 : 56;
    const decidedAt = addDays(valid, between(Math.round(target * 0.5), Math.round(target * 1.4)));
    const today = new Date(Date.UTC(2026, 10, 30));
    const decidedRoll = random();
    const decided = decidedAt <= today;
    const decision = !decided ? null : decidedRoll < 0.07 ? 'WDN' : decidedRoll < 0.82 ? 'GRANT' : 'REFUSE';
    const ref = `${String(received.getUTCFullYear()).slice(2)}/${String(i + 1).padStart(4, '0')}/${app_type}`;
    apps.push({
      app_ref: ref,
      ward_id: pick(wards).ward_id,
      officer_id: officer.officer_id,
      site_addr: `${between(1, 180)} ${pick(STREETS)}`,
      proposal,
      app_type,
      received_dt: day(received),
      valid_dt: day(valid),
      decision,
      decision_dt: decision ? day(decidedAt) : null,
      level: decision ? (app_type === 'OUT' || proposal.includes('24') || random() < 0.05 ? 'CTTE' : 'DEL') : null,
      agent: random() < 0.6 ? pick(['Hartley & Moss Architects', 'Northgate Planning Ltd', 'D. Fairweather RIBA', 'Plan-It Drawings', 'Urban Form Consultants']) : null,
      fee: money(FEES[app_type]),
    });
    const nComments = app_type === 'OUT' ? between(20, 60) : proposal.includes('24') ? between(8, 30) : between(0, 4);
    for (let k = 0; k < nComments; k += 1) {
      const r = random();
      comments.push({ comment_id: 0, app_ref: ref, received_dt: day(addDays(valid, between(1, 28))), stance: r < 0.7 ? 'OBJ' : r < 0.9 ? 'SUP' : 'NEU', via: pick(['portal', 'portal', 'email', 'letter']) });
    }
    if (decision === 'REFUSE' && random() < 0.45) {
      const lodged = addDays(decidedAt, between(20, 170));
      if (lodged <= today) {
        const done = addDays(lodged, between(90, 260)) <= today;
        appeals.push({ appeal_ref: '', app_ref: ref, lodged_dt: day(lodged), procedure: pick(['WR', 'WR', 'WR', 'HRG', 'INQ']), outcome: done ? (random() < 0.3 ? 'ALLOWED' : 'DISMISSED') : null, _sort: day(lodged) });
      }
    }
  }
  apps.sort((a, b) => cmp(a.received_dt, b.received_dt) || cmp(a.app_ref, b.app_ref));
  comments.sort((a, b) => cmp(a.received_dt, b.received_dt) || cmp(a.app_ref, b.app_ref));
  comments.forEach((c, index) => { c.comment_id = 1 + index; });
  appeals.sort((a, b) => cmp(a._sort, b._sort) || cmp(a.app_ref, b.app_ref));
  appeals.forEach((a, index) => { a.appeal_ref = `APP/Q4245/W/${3300100 + index * 7}`; });
  writeTable('planning', 'wards', ['ward_id', 'ward_name', 'population'], wards);
  writeTable('planning', 'officers', ['officer_id', 'name', 'grade', 'team'], officers);
  writeTable('planning', 'applications', ['app_ref', 'ward_id', 'officer_id', 'site_addr', 'proposal', 'app_type', 'received_dt', 'valid_dt', 'decision', 'decision_dt', 'level', 'agent', 'fee'], apps);
  writeTable('planning', 'app_comments', ['comment_id', 'app_ref', 'received_dt', 'stance', 'via'], comments);
  writeTable('planning', 'appeals', ['appeal_ref', 'app_ref', 'lodged_dt', 'procedure', 'outcome'], appeals);
}

gpPractice();
sixthForm();
planning();

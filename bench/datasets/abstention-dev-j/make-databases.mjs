// Writes databases/{dental_grp,kerbside_recycling,music_school}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-j/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aisha', 'Ben', 'Chloe', 'Daniel', 'Esme', 'Farhan', 'Grace', 'Harvey', 'Isla', 'Jack', 'Keira', 'Liam', 'Maya', 'Noah', 'Olivia', 'Patrick', 'Ruby', 'Sam', 'Tara', 'Umar', 'Vivian', 'Will', 'Yasmin', 'Zac', 'Amelia', 'Callum', 'Freya', 'Rohan', 'Niamh', 'Ewan'];
const LAST = ['Ashdown', 'Brereton', 'Coldwell', 'Dainty', 'Eckersley', 'Fairclough', 'Gorton', 'Hartle', 'Ingham', 'Jessop', 'Kershaw', 'Lomax', 'Marsden', 'Nuttall', 'Ormerod', 'Pilling', 'Quayle', 'Rushton', 'Sutcliffe', 'Tattersall', 'Uttley', 'Varley', 'Whitworth', 'Yeadon', 'Akhtar', 'Begum', 'Chowdhury', 'Okafor', 'Nowak', 'Doyle'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const isWeekend = (date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;
const isBankHoliday = (date) => ['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31'].includes(day(date));

/** A group of dental practices: its practices, clinicians, registered patients, appointments and treatment items, 2025-12 to 2026-11. */
function dentalGroup() {
  const { random, pick, between } = seeded(20261211);
  const nextName = namer(pick, FIRST, LAST);
  const practices = [
    ['Fernbridge Dental Care', 'Fernbridge', true, 5, '2008-04-01', 21000],
    ['Holm Lane Dental', 'Ashby Holm', true, 3, '2012-09-17', 12500],
    ['Quayside Smile Studio', 'Caldmouth', false, 4, '2019-02-04', null],
    ['Marlow Street Dental Practice', 'Thornbury Vale', true, 6, '2001-10-08', 26000],
    ['Brookhollow Dental', 'Brookhollow', true, 2, '2015-06-01', 8000],
    ['The Smile Rooms', 'Caldmouth', false, 3, '2022-11-14', null],
  ].map(([prac_name, town, nhs_contract, chairs, opened, uda_target], index) => ({ prac_id: index + 1, prac_name, town, nhs_contract, chairs, opened, uda_target }));
  const clinicians = [];
  const roles = { 1: ['DEN', 'DEN', 'DEN', 'HYG', 'FD'], 2: ['DEN', 'DEN', 'DT'], 3: ['DEN', 'DEN', 'HYG'], 4: ['DEN', 'DEN', 'DEN', 'DEN', 'HYG', 'DT', 'FD'], 5: ['DEN', 'HYG'], 6: ['DEN', 'DEN', 'HYG'] };
  let gdc = 61000;
  for (const practice of practices) {
    for (const role of roles[practice.prac_id]) {
      gdc += between(37, 900);
      const started = role === 'FD' ? '2025-09-01' : day(addDays(new Date(Date.UTC(2003, 0, 1)), between(0, 8000)));
      clinicians.push({ gdc_no: String(gdc), full_name: `${role === 'DEN' || role === 'FD' ? 'Dr ' : ''}${nextName().join(' ')}`, role, prac_id: practice.prac_id, start_dt: started, sessions_wk: role === 'FD' ? 10 : between(4, 10) });
    }
  }
  const patients = [];
  for (let n = 0; n < 640; n += 1) {
    const practice = pick([1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 5, 6, 6]);
    const born = addDays(new Date(Date.UTC(1938, 0, 1)), between(0, 31000));
    const age = 2026 - born.getUTCFullYear();
    const nhs = practices[practice - 1].nhs_contract;
    const exempt = !nhs ? 'PVT' : age < 18 ? 'CH' : random() < 0.12 ? 'LI' : random() < 0.04 ? 'MAT' : 'NONE';
    const [first, last] = nextName();
    patients.push({ pt_id: 5001 + n, first_nm: first, surname: last, dob: day(born), sex: pick(['F', 'M']), home_tel: random() < 0.15 ? null : `01632 ${String(between(100000, 999999))}`, reg_prac: practice, exempt, reg_dt: day(addDays(new Date(Date.UTC(2002, 0, 1)), between(0, 8700))) });
  }
  for (const patient of patients) if (patient.reg_dt < patient.dob) patient.reg_dt = patient.dob;
  const appts = [];
  const items = [];
  const band = { EXAM: 1, SP: 1, XRAY: 1, FILL_AM: 2, FILL_CO: 2, EXT: 2, RCT: 2, CRN: 3, DEN_F: 3 };
  const udas = { 1: 1.0, 2: 3.0, 3: 12.0 };
  const charge = { 1: 27.4, 2: 75.3, 3: 326.7 };
  const privateFee = { EXAM: 65, SP: 85, XRAY: 25, FILL_AM: 120, FILL_CO: 165, EXT: 180, RCT: 520, CRN: 780, DEN_F: 950, WHT: 395 };
  const teeth = ['11', '12', '14', '16', '21', '24', '26', '31', '35', '36', '37', '41', '45', '46', '47', '17', '27', '38', '48'];
  for (const patient of patients) {
    const staff = clinicians.filter((c) => c.prac_id === patient.reg_prac);
    const visits = between(0, 6);
    for (let v = 0; v < visits; v += 1) {
      let date = addDays(START, between(0, DAYS - 1));
      while (isWeekend(date) || isBankHoliday(date)) date = addDays(date, 1);
      if (day(date) > '2026-11-30') continue;
      const kind = pick(['CHK', 'CHK', 'CHK', 'TX', 'TX', 'HYG', 'EMG']);
      const clinician = kind === 'HYG' ? staff.find((c) => c.role === 'HYG' || c.role === 'DT') ?? staff[0] : pick(staff.filter((c) => c.role === 'DEN' || c.role === 'FD'));
      const slot = kind === 'CHK' ? pick([15, 20]) : kind === 'HYG' ? 30 : kind === 'EMG' ? 20 : pick([30, 40, 60]);
      const statusRoll = random();
      const status = statusRoll < 0.07 ? 'DNA' : statusRoll < 0.13 ? 'CANC' : 'ATT';
      const appt = { appt_id: 0, pt_id: patient.pt_id, gdc_no: clinician.gdc_no, appt_at: stamp(addMinutes(date, 8 * 60 + 30 + between(0, 32) * 15)), slot_mins: slot, appt_type: kind, status };
      appts.push(appt);
      if (status !== 'ATT') continue;
      const codes = kind === 'CHK' ? (random() < 0.3 ? ['EXAM', 'XRAY'] : ['EXAM']) : kind === 'HYG' ? ['SP'] : kind === 'EMG' ? [pick(['EXT', 'FILL_AM', 'RCT', 'EXAM'])] : [pick(['FILL_AM', 'FILL_CO', 'FILL_CO', 'EXT', 'RCT', 'CRN', 'DEN_F', ...(patient.exempt === 'PVT' ? ['WHT', 'WHT'] : [])])];
      for (const code of codes) {
        const nhs = patient.exempt !== 'PVT' && code !== 'WHT' && !(code === 'FILL_CO' && random() < 0.4);
        const nhsBand = nhs ? band[code] : null;
        const fee = nhs ? (patient.exempt === 'NONE' ? charge[nhsBand] : 0) : privateFee[code] * (patient.reg_prac === 6 ? 1.15 : 1);
        const tooth = ['FILL_AM', 'FILL_CO', 'EXT', 'RCT', 'CRN'].includes(code) ? pick(teeth) : null;
        items.push({ item_id: 0, appt_key: appt, tx_code: code, tooth, nhs_band: nhsBand, fee_gbp: money(fee), udas: nhs ? udas[nhsBand].toFixed(1) : '0.0' });
      }
    }
  }
  appts.sort((a, b) => cmp(a.appt_at, b.appt_at) || a.pt_id - b.pt_id);
  appts.forEach((a, index) => { a.appt_id = 200001 + index; });
  items.sort((a, b) => a.appt_key.appt_id - b.appt_key.appt_id);
  items.forEach((item, index) => { item.item_id = index + 1; item.appt_id = item.appt_key.appt_id; });
  writeTable('dental_grp', 'practices', ['prac_id', 'prac_name', 'town', 'nhs_contract', 'chairs', 'opened', 'uda_target'], practices);
  writeTable('dental_grp', 'clinicians', ['gdc_no', 'full_name', 'role', 'prac_id', 'start_dt', 'sessions_wk'], clinicians);
  writeTable('dental_grp', 'patients', ['pt_id', 'first_nm', 'surname', 'dob', 'sex', 'home_tel', 'reg_prac', 'exempt', 'reg_dt'], patients);
  writeTable('dental_grp', 'appts', ['appt_id', 'pt_id', 'gdc_no', 'appt_at', 'slot_mins', 'appt_type', 'status'], appts);
  writeTable('dental_grp', 'tx_items', ['item_id', 'appt_id', 'tx_code', 'tooth', 'nhs_band', 'fee_gbp', 'udas'], items);
}

/** A council's kerbside recycling contractor: depots, vehicles, staff, collection rounds, each round's daily run and weighbridge tickets. */
function kerbsideRecycling() {
  const { random, pick, between } = seeded(20261212);
  const nextName = namer(pick, FIRST, LAST);
  const depots = [
    ['NTH', 'Ravensclough Depot', 'Ravensclough', 14], ['STH', 'Mill Hey Depot', 'Oakenshaw', 18], ['EST', 'Fold Lane Depot', 'Whitlow Bridge', 9],
  ].map(([depot_cd, depot_name, town, bays]) => ({ depot_cd, depot_name, town, bays }));
  const vehicles = [];
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const fleet = { NTH: 9, STH: 12, EST: 6 };
  for (const depot of depots) {
    for (let n = 0; n < fleet[depot.depot_cd]; n += 1) {
      const body = n < fleet[depot.depot_cd] * 0.6 ? 'RCV' : n < fleet[depot.depot_cd] * 0.85 ? 'KSD' : 'CAGE';
      const year = between(2014, 2025);
      const fuel = year >= 2024 && random() < 0.6 ? 'BEV' : year >= 2020 && random() < 0.5 ? 'HVO' : 'DSL';
      const plateAge = (year % 100) + (random() < 0.5 ? 0 : 50);
      vehicles.push({ reg_no: `${pick(['YK', 'YJ', 'MX', 'PN'])}${String(plateAge).padStart(2, '0')} ${pick([...letters])}${pick([...letters])}${pick([...letters])}`, depot_cd: depot.depot_cd, make: body === 'RCV' ? pick(['Eaglet', 'Corvan']) : body === 'KSD' ? 'Kerbmaster' : 'Corvan', body, fuel, gvw_t: body === 'RCV' ? pick([26, 32]) : body === 'KSD' ? 18 : 7.5, first_reg: day(addDays(new Date(Date.UTC(year, 0, 1)), between(0, 300))) });
    }
  }
  const staff = [];
  const crewSize = { NTH: 22, STH: 30, EST: 14 };
  for (const depot of depots) {
    for (let n = 0; n < crewSize[depot.depot_cd]; n += 1) {
      const role = n === 0 ? 'SUP' : n % 3 === 1 ? 'DRV' : n % 3 === 2 ? 'LDR' : pick(['LDR', 'DRV']);
      staff.push({ staff_no: 0, staff_nm: nextName().join(' '), role, depot_cd: depot.depot_cd, hgv_cat: role === 'DRV' ? pick(['C', 'C', 'C+E']) : role === 'SUP' ? 'C' : null, start_dt: day(addDays(new Date(Date.UTC(1999, 0, 1)), between(0, 9800))) });
    }
  }
  staff.forEach((s, index) => { s.staff_no = 7001 + index; });
  const rounds = [];
  const households = { DMR: [1400, 2100], GLS: [2400, 3600], FOOD: [1000, 1500], GDN: [700, 1100] };
  const weekdays = ['MON', 'TUE', 'WED', 'THU', 'FRI'];
  for (const depot of depots) {
    for (const stream of ['DMR', 'GLS', 'FOOD', 'GDN']) {
      const perDay = depot.depot_cd === 'STH' && stream !== 'GDN' ? 2 : 1;
      for (const collDay of weekdays) {
        for (let k = 1; k <= perDay; k += 1) {
          if (stream === 'GLS' && depot.depot_cd === 'EST' && (collDay === 'TUE' || collDay === 'THU')) continue;
          rounds.push({ round_cd: `${depot.depot_cd}-${stream}-${collDay}${perDay > 1 ? k : ''}`, depot_cd: depot.depot_cd, stream, coll_day: collDay, freq: stream === 'GLS' || stream === 'GDN' ? 'FN' : 'WK', hh: between(...households[stream]) });
        }
      }
    }
  }
  const facilities = { DMR: 'Hallam Road MRF', GLS: 'Coldharbour Glass Bulking', FOOD: 'Greave Fold AD Plant', GDN: 'Tarnside Composting' };
  const kgPerHh = { DMR: 7.5, GLS: 6.2, FOOD: 3.1, GDN: 11 };
  const season = { DMR: [1.25, 1.05, 0.95, 0.95, 1, 1, 1, 1, 1, 1, 1, 1.05], GLS: [1.5, 1, 0.9, 0.95, 1, 1.05, 1.1, 1.1, 1.05, 1, 0.95, 1.05], FOOD: Array(12).fill(1), GDN: [0.2, 0.15, 0.4, 0.9, 1.3, 1.5, 1.4, 1.3, 1.2, 1.1, 0.9, 0.5] };
  const logs = [];
  const tickets = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    if (isWeekend(date) || isBankHoliday(date)) continue;
    const weekIndex = Math.floor(d / 7);
    const dayCode = weekdays[date.getUTCDay() - 1];
    const month = date.getUTCMonth();
    for (const round of rounds.filter((r) => r.coll_day === dayCode)) {
      if (round.freq === 'FN' && weekIndex % 2 === (round.stream === 'GLS' ? 1 : 0)) continue;
      if (round.stream === 'GDN' && (month === 11 || month === 0)) continue;
      const bodies = round.stream === 'GLS' ? ['CAGE', 'KSD'] : round.stream === 'FOOD' ? ['KSD'] : ['RCV'];
      const truck = pick(vehicles.filter((v) => v.depot_cd === round.depot_cd && bodies.includes(v.body)));
      const drivers = staff.filter((s) => s.depot_cd === round.depot_cd && s.role === 'DRV');
      const out = addMinutes(date, 6 * 60 + 30 + between(0, 6) * 5);
      const mins = between(330, 560);
      const kg = round.hh * kgPerHh[round.stream] * season[round.stream][month] * (round.freq === 'FN' ? 1.8 : 1) * (0.8 + random() * 0.4) * (0.6 + 0.4 * random());
      const log = { log_id: 0, round_cd: round.round_cd, run_dt: day(date), reg_no: truck.reg_no, driver: pick(drivers).staff_no, out_at: stamp(out), back_at: stamp(addMinutes(out, mins)), miles: (between(180, 620) / 10).toFixed(1), tonnes: (kg / 1000).toFixed(2), missed: Math.max(0, between(-6, 5)), contam_tags: round.stream === 'DMR' ? between(0, 14) : round.stream === 'FOOD' ? between(0, 4) : between(0, 2) };
      logs.push(log);
      const loads = kg > 9000 ? 2 : 1;
      for (let l = 0; l < loads; l += 1) {
        const rejected = round.stream === 'DMR' && random() < 0.035;
        const net = Math.round(kg / loads);
        tickets.push({ ticket_no: 0, log: log, facility: facilities[round.stream], tipped_at: stamp(addMinutes(out, Math.round(mins * (l + 1) / (loads + 0.4)))), net_kg: net, rejected, gate_fee_gbp: money(rejected ? net / 1000 * 128 : round.stream === 'GLS' ? 0 : net / 1000 * { DMR: 41, FOOD: 28, GDN: 22 }[round.stream]) });
      }
    }
  }
  logs.sort((a, b) => cmp(a.run_dt, b.run_dt) || cmp(a.round_cd, b.round_cd));
  logs.forEach((log, index) => { log.log_id = 300001 + index; });
  tickets.sort((a, b) => cmp(a.tipped_at, b.tipped_at) || a.log.log_id - b.log.log_id);
  tickets.forEach((t, index) => { t.ticket_no = `WB${String(100001 + index)}`; t.log_id = t.log.log_id; });
  writeTable('kerbside_recycling', 'depots', ['depot_cd', 'depot_name', 'town', 'bays'], depots);
  writeTable('kerbside_recycling', 'vehicles', ['reg_no', 'depot_cd', 'make', 'body', 'fuel', 'gvw_t', 'first_reg'], vehicles);
  writeTable('kerbside_recycling', 'staff', ['staff_no', 'staff_nm', 'role', 'depot_cd', 'hgv_cat', 'start_dt'], staff);
  writeTable('kerbside_recycling', 'rounds', ['round_cd', 'depot_cd', 'stream', 'coll_day', 'freq', 'hh'], rounds);
  writeTable('kerbside_recycling', 'round_log', ['log_id', 'round_cd', 'run_dt', 'reg_no', 'driver', 'out_at', 'back_at', 'miles', 'tonnes', 'missed', 'contam_tags'], logs);
  writeTable('kerbside_recycling', 'wb_tickets', ['ticket_no', 'log_id', 'facility', 'tipped_at', 'net_kg', 'rejected', 'gate_fee_gbp'], tickets);
}

/** A community music school: tutors, pupils, loan instruments, weekly lessons and graded exam entries, 2025-12 to 2026-11. */
function musicSchool() {
  const { random, pick, between } = seeded(20261213);
  const nextName = namer(pick, FIRST, LAST);
  const tutors = [
    ['piano', 38, 'SE'], ['piano', 34, 'PAYE'], ['violin', 36, 'SE'], ['cello', 36, 'SE'], ['guitar', 30, 'PAYE'], ['guitar', 32, 'SE'],
    ['drums', 32, 'SE'], ['voice', 40, 'SE'], ['flute', 35, 'PAYE'], ['clarinet', 33, 'SE'], ['trumpet', 31, 'PAYE'], ['saxophone', 33, 'SE'],
  ].map(([main_instr, rate_gbp_hr, contract], index) => ({ tutor_id: index + 1, tutor_nm: nextName().join(' '), main_instr, rate_gbp_hr: money(rate_gbp_hr), contract, dbs_date: day(addDays(new Date(Date.UTC(2022, 0, 1)), between(0, 1500))), started: day(addDays(new Date(Date.UTC(2006, 0, 1)), between(0, 6800))) }));
  const pupils = [];
  for (let n = 0; n < 180; n += 1) {
    const adult = random() < 0.12;
    const born = adult ? addDays(new Date(Date.UTC(1955, 0, 1)), between(0, 16000)) : addDays(new Date(Date.UTC(2008, 8, 1)), between(0, 4700));
    const [first, last] = nextName();
    const age = (Date.UTC(2026, 8, 1) - born.getTime()) / 31_557_600_000;
    const drawn = addDays(new Date(Date.UTC(2018, 0, 1)), between(0, 3150));
    const sixth = addDays(born, 6 * 366);
    const joined = drawn < sixth ? sixth : drawn;
    pupils.push({ pupil_id: 1001 + n, first_name: first, last_name: last, dob: day(born), school_yr: adult ? null : Math.max(1, Math.min(13, Math.floor(age) - 4)), parent_email: adult ? null : `${last.toLowerCase()}.family${between(1, 99)}@example.org`, bursary: random() < 0.15, joined: day(joined > new Date(Date.UTC(2026, 9, 1)) ? new Date(Date.UTC(2026, 8, 7)) : joined), instr: pick(tutors).main_instr });
  }
  const rooms = ['R1', 'R2', 'R3', 'R4', 'R5', 'DRUM', 'HALL'];
  const terms = [['2025-12-01', '2025-12-19'], ['2026-01-05', '2026-03-27'], ['2026-04-20', '2026-07-17'], ['2026-09-07', '2026-11-30']];
  const halfTerms = [['2026-02-16', '2026-02-20'], ['2026-05-25', '2026-05-29'], ['2026-10-26', '2026-10-30']];
  const lessons = [];
  for (const pupil of pupils) {
    const tutor = pick(tutors.filter((t) => t.main_instr === pupil.instr));
    const mins = pick([30, 30, 30, 45, 60]);
    const weekday = between(1, 6);
    const time = weekday === 6 ? 9 * 60 + between(0, 12) * 30 : 15 * 60 + 30 + between(0, 7) * 30;
    const room = pupil.instr === 'drums' ? 'DRUM' : pick(rooms.slice(0, 5));
    for (const [from, to] of terms) {
      for (let date = new Date(`${from}T00:00:00Z`); day(date) <= to; date = addDays(date, 1)) {
        if (date.getUTCDay() !== weekday || halfTerms.some(([a, b]) => day(date) >= a && day(date) <= b)) continue;
        if (day(date) < pupil.joined) continue;
        const roll = random();
        const attn = roll < 0.07 ? 'A' : roll < 0.12 ? 'L' : roll < 0.14 ? 'X' : 'P';
        lessons.push({ lesson_id: 0, pupil_id: pupil.pupil_id, tutor_id: tutor.tutor_id, instr: pupil.instr, lesson_at: stamp(addMinutes(date, time)), mins, room: random() < 0.03 ? 'HALL' : room, attn, fee_gbp: money(attn === 'X' ? 0 : (mins / 60) * 42 * (pupil.bursary ? 0.5 : 1)) });
      }
    }
  }
  lessons.sort((a, b) => cmp(a.lesson_at, b.lesson_at) || a.pupil_id - b.pupil_id);
  lessons.forEach((l, index) => { l.lesson_id = 60001 + index; });
  const examDays = ['2025-12-06', '2026-03-14', '2026-03-21', '2026-06-20', '2026-06-27', '2026-11-21', '2026-11-28'];
  const entries = [];
  for (const pupil of pupils) {
    if (random() > 0.45) continue;
    const board = pupil.instr === 'drums' || (pupil.instr === 'guitar' && random() < 0.6) ? 'RSL' : random() < 0.75 ? 'ABRSM' : 'TCL';
    const mark = between(88, 146);
    entries.push({ entry_id: 0, pupil_id: pupil.pupil_id, board, instr: pupil.instr, grade: between(1, 8), exam_dt: pick(examDays), mark, result: mark >= 130 ? 'D' : mark >= 120 ? 'M' : mark >= 100 ? 'P' : 'F' });
  }
  entries.sort((a, b) => cmp(a.exam_dt, b.exam_dt) || a.pupil_id - b.pupil_id);
  entries.forEach((e, index) => { e.entry_id = 801 + index; });
  const loanTypes = [['violin', 'Hartwell', 420], ['violin', 'Hartwell', 420], ['violin', 'Stentorian Works', 610], ['cello', 'Stentorian Works', 1150], ['cello', 'Hartwell', 980], ['flute', 'Brightreed', 540], ['flute', 'Brightreed', 540], ['clarinet', 'Brightreed', 495], ['clarinet', 'Kilner & Voss', 720], ['trumpet', 'Kilner & Voss', 655], ['trumpet', 'Kilner & Voss', 655], ['saxophone', 'Kilner & Voss', 1390], ['guitar', 'Oakridge', 260], ['guitar', 'Oakridge', 260], ['guitar', 'Oakridge', 310], ['violin', 'Hartwell', 390], ['cello', 'Stentorian Works', 1200], ['saxophone', 'Brightreed', 1240]];
  const loans = loanTypes.map(([instr, maker, value], index) => {
    const candidates = pupils.filter((p) => p.instr === instr && p.school_yr !== null);
    const borrower = random() < 0.75 && candidates.length > 0 ? pick(candidates) : null;
    const bought = addDays(new Date(Date.UTC(2012, 0, 1)), between(0, 5000));
    const from = addDays(new Date(Date.UTC(2024, 8, 1)), between(0, 800));
    const loanFrom = [day(from), day(bought), borrower?.joined ?? ''].sort(cmp)[2];
    return { asset_tag: `MS-${String(index + 1).padStart(3, '0')}`, instr, maker, bought: day(bought), value_gbp: money(value), loaned_to: borrower === null ? null : borrower.pupil_id, loan_from: borrower === null ? null : loanFrom };
  });
  writeTable('music_school', 'tutors', ['tutor_id', 'tutor_nm', 'main_instr', 'rate_gbp_hr', 'contract', 'dbs_date', 'started'], tutors);
  writeTable('music_school', 'pupils', ['pupil_id', 'first_name', 'last_name', 'dob', 'school_yr', 'parent_email', 'bursary', 'joined'], pupils);
  writeTable('music_school', 'loan_instr', ['asset_tag', 'instr', 'maker', 'bought', 'value_gbp', 'loaned_to', 'loan_from'], loans);
  writeTable('music_school', 'lessons', ['lesson_id', 'pupil_id', 'tutor_id', 'instr', 'lesson_at', 'mins', 'room', 'attn', 'fee_gbp'], lessons);
  writeTable('music_school', 'exam_entries', ['entry_id', 'pupil_id', 'board', 'instr', 'grade', 'exam_dt', 'mark', 'result'], entries);
}

dentalGroup();
kerbsideRecycling();
musicSchool();

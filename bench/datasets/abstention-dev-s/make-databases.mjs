// Writes databases/{pottery_studio,leak_ops,arch_dig}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-s/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Agnes', 'Bryn', 'Carys', 'Dominic', 'Elsie', 'Felix', 'Gwen', 'Hugo', 'Imogen', 'Jasper', 'Kit', 'Leah', 'Marcus', 'Nell', 'Oscar', 'Phoebe', 'Quentin', 'Ruth', 'Silas', 'Tamsin', 'Ursula', 'Vikram', 'Wren', 'Xavier', 'Yusuf', 'Zara', 'Anya', 'Bilal', 'Cormac', 'Delia'];
const LAST = ['Abbott', 'Blackmore', 'Chivers', 'Dyer', 'Elton', 'Fry', 'Gulliver', 'Hembury', 'Isaacs', 'Jeffries', 'Keel', 'Loxton', 'Midgley', 'Norris', 'Oakes', 'Pounds', 'Rendell', 'Stainer', 'Tucker', 'Venn', 'Wyatt', 'Yeo', 'Adeyemi', 'Kowalski', 'Mistry', 'Chen', 'Doyle'];
const START = new Date(Date.UTC(2025, 11, 1));
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A community pottery studio: tutors, students, courses and enrolments, kilns and their firings, clay sold to members. */
function potteryStudio() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const tutors = [
    ['throwing', 32], ['throwing', 28.5], ['handbuilding', 26], ['glaze', 30], ['raku', 29], ['handbuilding', 24.5],
  ].map(([speciality, rate], index) => ({ tutor_id: index + 1, full_name: nextName().join(' '), speciality, hourly_rate_gbp: money(rate), joined_on: day(addDays(iso('2014-09-01'), between(0, 3500))) }));
  const students = [];
  for (let n = 0; n < 230; n += 1) {
    const [first, last] = nextName();
    students.push({ student_id: 1001 + n, full_name: `${first} ${last}`, email: `${first.toLowerCase()}${last.toLowerCase().slice(0, 3)}${between(1, 98)}@example.org`, postcode_district: pick(['BA11', 'BA11', 'BA11', 'BA12', 'BA2', 'BA3', 'BA9', 'BA13']), joined_on: day(addDays(iso('2019-01-10'), between(0, 2850))), membership: pick(['PAYG', 'PAYG', 'PAYG', 'MONTHLY', 'MONTHLY', 'KEY']) });
  }
  students.sort((a, b) => cmp(a.joined_on, b.joined_on) || a.student_id - b.student_id);
  students.forEach((s, index) => { s.student_id = 1001 + index; });
  const titles = [
    ["Beginners' Wheel Throwing", 'throwing', 'BEG', 6, 195, 8, [1, 2], 1], ['Improvers Throwing', 'throwing', 'IMP', 8, 240, 8, [1, 2], 2],
    ['Coil and Slab Handbuilding', 'handbuilding', 'BEG', 6, 165, 10, [3, 6], 4], ['Sculptural Heads', 'handbuilding', 'IMP', 5, 175, 8, [3, 6], 3],
    ['Glaze Chemistry', 'glaze', 'IMP', 4, 150, 8, [4], 2], ['Raku Weekend', 'raku', 'ALL', 1, 135, 6, [5], 6],
    ['Family Clay Saturday', 'handbuilding', 'ALL', 1, 45, 12, [6, 3], 6], ['Taster Evening', 'throwing', 'BEG', 1, 38, 8, [2, 1], 5],
  ];
  const courses = [];
  let when = iso('2025-09-01');
  let k = 0;
  while (when < iso('2027-01-20')) {
    const [title, technique, level, weeks, price, places, who, weekday] = titles[k % titles.length];
    const start = addDays(when, (weekday - when.getUTCDay() + 7) % 7 + 7 * between(0, 1));
    courses.push({ course_id: 0, title, technique, level, tutor_id: pick(who), starts_on: day(start), weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][start.getUTCDay()], weeks, places, price_gbp: money(price + (start >= iso('2026-04-01') ? Math.round(price * 0.05) : 0)) });
    k += 1;
    when = addDays(when, between(6, 13));
  }
  courses.sort((a, b) => cmp(a.starts_on, b.starts_on) || cmp(a.title, b.title));
  courses.forEach((c, index) => { c.course_id = 101 + index; });
  const enrolments = [];
  for (const course of courses) {
    const start = iso(course.starts_on);
    const filled = Math.max(1, Math.round(course.places * (0.45 + random() * 0.55)));
    const taken = new Set();
    for (let s = 0; s < filled; s += 1) {
      const pool = students.filter((st) => iso(st.joined_on) <= start);
      const student = pick(pool);
      if (taken.has(student.student_id)) continue;
      taken.add(student.student_id);
      const booked = addDays(start, -between(3, 70));
      if (booked > LAST_DAY) continue;
      const concession = random() < 0.15;
      const finished = addDays(start, course.weeks * 7) <= LAST_DAY;
      const withdrew = random() < 0.06;
      enrolments.push({ enrolment_id: 0, course_id: course.course_id, student_id: student.student_id, booked_on: day(booked), concession, paid_gbp: money(Number(course.price_gbp) * (concession ? 0.8 : 1) * (withdrew && random() < 0.5 ? 0 : 1)), status: withdrew ? 'WITHDRAWN' : finished ? 'COMPLETED' : 'BOOKED' });
    }
  }
  enrolments.sort((a, b) => cmp(a.booked_on, b.booked_on) || a.course_id - b.course_id || a.student_id - b.student_id);
  enrolments.forEach((e, index) => { e.enrolment_id = 5001 + index; });
  const kilns = [
    ['Big Bertha', 'electric', 1300, 220, 2018], ['Little Kiln', 'electric', 1280, 45, 2021], ['Car Kiln', 'gas', 1320, 600, 2015], ['Raku Bin', 'gas', 1000, 70, 2019],
  ].map(([kiln_name, fuel, max_temp_c, capacity_litres, installed_year], index) => ({ kiln_id: index + 1, kiln_name, fuel, max_temp_c, capacity_litres, installed_year }));
  const firings = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(START, d);
    const wd = date.getUTCDay();
    if (wd === 0) continue;
    if (random() < 0.42) {
      const type = pick(['BISQUE', 'BISQUE', 'GLAZE', 'GLAZE', 'GLAZE', 'TEST']);
      const kiln = type === 'TEST' ? kilns[1] : random() < 0.2 ? kilns[2] : kilns[0];
      const cone = type === 'BISQUE' ? '04' : type === 'TEST' ? pick(['6', '8']) : kiln.kiln_id === 3 ? '10' : pick(['6', '6', '8']);
      const target = { '04': 1060, 6: 1222, 8: 1250, 10: 1285 }[cone];
      const r = random();
      const result = r < 0.86 ? 'OK' : r < 0.93 ? 'UNDERFIRED' : r < 0.97 ? 'OVERFIRED' : 'ELEMENT_FAIL';
      const peak = result === 'UNDERFIRED' ? target - between(25, 60) : result === 'OVERFIRED' ? target + between(10, 30) : result === 'ELEMENT_FAIL' ? between(700, 980) : target + between(-6, 6);
      firings.push({ firing_id: 0, kiln_id: kiln.kiln_id, fired_on: day(date), firing_type: type, cone, peak_temp_c: peak, hours: (kiln.kiln_id === 3 ? 11 + random() * 4 : type === 'BISQUE' ? 8 + random() * 2.5 : 9 + random() * 3).toFixed(1), shelves_used: between(1, kiln.kiln_id === 2 ? 2 : kiln.kiln_id === 3 ? 9 : 5), loaded_by: pick([1, 2, 3, 4, 4, 6]), result });
    }
    const rakuCourse = courses.some((c) => c.technique === 'raku' && c.starts_on === day(date));
    if (rakuCourse || (wd === 6 && random() < 0.25 && date.getUTCMonth() >= 3 && date.getUTCMonth() <= 9)) {
      firings.push({ firing_id: 0, kiln_id: 4, fired_on: day(date), firing_type: 'RAKU', cone: '010', peak_temp_c: between(940, 1000), hours: (1 + random()).toFixed(1), shelves_used: 1, loaded_by: 5, result: random() < 0.92 ? 'OK' : 'UNDERFIRED' });
    }
  }
  firings.forEach((f, index) => { f.firing_id = 2601 + index; });
  const clays = { 'Buff stoneware': 16.5, 'Crank (grogged)': 17.95, Porcelain: 28.5, 'Red terracotta': 13.75, 'Raku white': 19.4 };
  const sales = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(START, d);
    const n = between(0, 2);
    for (let j = 0; j < n; j += 1) {
      const buyer = pick(students.filter((s) => s.membership !== 'PAYG' || random() < 0.2));
      const clay = pick(Object.keys(clays).concat(['Buff stoneware', 'Buff stoneware', 'Crank (grogged)']));
      const bags = between(1, clay === 'Porcelain' ? 2 : 4);
      sales.push({ sale_id: 0, student_id: buyer.student_id, sold_on: day(date), clay_body: clay, bags, total_gbp: money(bags * clays[clay] * (buyer.membership === 'KEY' ? 0.9 : 1)) });
    }
  }
  sales.forEach((s, index) => { s.sale_id = 9001 + index; });
  writeTable('pottery_studio', 'tutors', ['tutor_id', 'full_name', 'speciality', 'hourly_rate_gbp', 'joined_on'], tutors);
  writeTable('pottery_studio', 'students', ['student_id', 'full_name', 'email', 'postcode_district', 'joined_on', 'membership'], students);
  writeTable('pottery_studio', 'courses', ['course_id', 'title', 'technique', 'level', 'tutor_id', 'starts_on', 'weekday', 'weeks', 'places', 'price_gbp'], courses);
  writeTable('pottery_studio', 'enrolments', ['enrolment_id', 'course_id', 'student_id', 'booked_on', 'concession', 'paid_gbp', 'status'], enrolments);
  writeTable('pottery_studio', 'kilns', ['kiln_id', 'kiln_name', 'fuel', 'max_temp_c', 'capacity_litres', 'installed_year'], kilns);
  writeTable('pottery_studio', 'firings', ['firing_id', 'kiln_id', 'fired_on', 'firing_type', 'cone', 'peak_temp_c', 'hours', 'shelves_used', 'loaded_by', 'result'], firings);
  writeTable('pottery_studio', 'clay_sales', ['sale_id', 'student_id', 'sold_on', 'clay_body', 'bags', 'total_gbp'], sales);
}

/** A water company's leakage team, in warehouse codes: district metered areas, technicians, weekly night flows, leaks, repairs, acoustic loggers. */
function leakOps() {
  const { random, pick, between } = seeded(20261222);
  const nextName = namer(pick, FIRST, LAST);
  const dmas = [
    ['LN-BRC', 'Bracebridge', 'LIN-S', 4210, 38.4, true, 4.2], ['LN-BCH', 'Birchwood', 'LIN-W', 5120, 41.0, true, 4.8], ['LN-ERM', 'Ermine East', 'LIN-N', 3890, 33.7, false, 4.0],
    ['LN-BLT', 'Boultham', 'LIN-S', 3340, 29.9, true, 3.1], ['LN-MKR', 'Monks Road', 'LIN-N', 2760, 21.2, false, 3.4], ['LN-NTL', 'Nettleham', 'LIN-N', 1610, 24.6, false, 2.2],
    ['LN-SKL', 'Skellingthorpe', 'LIN-W', 1420, 19.8, true, 1.9], ['LN-WAD', 'Waddington', 'LIN-S', 2380, 30.3, false, 2.9], ['LN-CHW', 'Cherry Willingham', 'LIN-N', 1530, 20.1, true, 2.0],
    ['LN-WSH', 'Washingborough', 'LIN-S', 1490, 22.7, false, 2.1], ['LN-NHK', 'North Hykeham', 'LIN-W', 6020, 52.5, true, 5.6], ['LN-SAX', 'Saxilby', 'LIN-W', 1850, 27.4, false, 2.4],
  ].map(([dma_cd, dma_nm, wsz_cd, prop_cnt, mains_km, prs_mgd_flg, elr_lps]) => ({ dma_cd, dma_nm, wsz_cd, prop_cnt, mains_km: mains_km.toFixed(1), prs_mgd_flg, elr_lps: elr_lps.toFixed(1) }));
  const techs = [
    ['ALD', 'LD2'], ['ALD', 'LD2'], ['ALD', 'LD1'], ['ALD', 'LD1'], ['ALD', 'SUP'], ['RPR', 'LD1'], ['RPR', 'LD1'], ['RPR', 'LD2'], ['RPR', 'SUP'], ['ALD', 'LD1'],
  ].map(([team_cd, grade_cd], index) => ({ tech_id: `T${String(101 + index)}`, tech_nm: nextName().join(' '), team_cd, grade_cd, start_dt: day(addDays(iso('2006-02-01'), between(0, 6800))) }));
  const detectors = techs.filter((t) => t.team_cd === 'ALD');
  const gangs = techs.filter((t) => t.team_cd === 'RPR');
  const streets = ['High Street', 'Station Road', 'Church Lane', 'Mill Lane', 'School Lane', 'Main Road', 'Park Avenue', 'Queens Road', 'Manor Drive', 'Green Lane', 'Chapel Street', 'Westfield Road', 'Newark Road', 'Brant Road', 'Doddington Road'];
  const leaks = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(START, d);
    const winter = [11, 0, 1].includes(date.getUTCMonth());
    const n = between(0, winter ? 4 : 2);
    for (let j = 0; j < n; j += 1) {
      const dma = pick(dmas.concat([dmas[1], dmas[10], dmas[0], dmas[10]]));
      const src = pick(['CUST', 'CUST', 'ALC', 'ALC', 'ALC', 'LOG', 'LOG', 'NFS']);
      const asset = pick(['MN', 'MN', 'CP', 'CP', 'CP', 'SP', 'SP', 'HY', 'VL', 'MT']);
      const lps = asset === 'MN' ? 0.2 + random() * (winter ? 3.2 : 1.8) : 0.03 + random() * 0.35;
      leaks.push({ lk_id: '', dma_cd: dma.dma_cd, rpt_dt: day(date), src_cd: src, asset_cd: asset, est_lps: lps.toFixed(2), vis_flg: src === 'CUST' ? true : random() < 0.15, fnd_by: src === 'CUST' ? null : pick(detectors).tech_id, strt_nm: pick(streets) });
    }
  }
  leaks.forEach((l, index) => { l.lk_id = `LK${String(260001 + index)}`; });
  const rprs = [];
  for (const lk of leaks) {
    const reported = iso(lk.rpt_dt);
    const fix = addDays(reported, lk.asset_cd === 'MN' && Number(lk.est_lps) > 1.5 ? between(0, 2) : between(1, 21));
    if (fix > LAST_DAY) continue;
    if (random() < 0.04) continue;
    const code = lk.asset_cd === 'SP' ? 'CUSTN' : lk.asset_cd === 'HY' ? 'HYD' : lk.asset_cd === 'VL' ? 'VLV' : lk.asset_cd === 'MT' ? 'MTR' : lk.asset_cd === 'MN' ? pick(['CLMP', 'CLMP', 'CLMP', 'CUT', 'RLAY']) : pick(['CLMP', 'CUT', 'RLAY']);
    const excv = !['CUSTN', 'MTR'].includes(code) && (code !== 'HYD' || random() < 0.5);
    const hrs = code === 'CUSTN' ? 0.5 : code === 'MTR' ? 1 + random() : code === 'RLAY' ? 9 + random() * 14 : excv ? 3 + random() * 6 : 1.5 + random() * 2;
    rprs.push({ rpr_id: 0, lk_id: lk.lk_id, rpr_dt: day(fix), rpr_cd: code, excv_flg: excv, lab_hrs: hrs.toFixed(1), cost_gbp: money(code === 'CUSTN' ? 0 : hrs * 58 + (excv ? between(420, 1900) : 60) + (code === 'RLAY' ? between(1500, 6000) : 0)), gang_lead: pick(gangs).tech_id });
  }
  rprs.sort((a, b) => cmp(a.rpr_dt, b.rpr_dt) || cmp(a.lk_id, b.lk_id));
  rprs.forEach((r, index) => { r.rpr_id = 80001 + index; });
  const flows = [];
  for (let w = 0; w < 52; w += 1) {
    const week = addDays(START, w * 7);
    const winter = [11, 0, 1].includes(week.getUTCMonth());
    for (const dma of dmas) {
      const legit = dma.prop_cnt * (1.7 + random() * 0.3) / 1000;
      const leak = Number(dma.elr_lps) * (0.7 + random() * (winter ? 1.4 : 0.8));
      flows.push({ dma_cd: dma.dma_cd, wk_start: day(week), mnf_lps: (legit + leak).toFixed(2), lgt_nf_lps: legit.toFixed(2) });
    }
  }
  const loggers = [];
  for (const dma of dmas) {
    const count = Math.round(Number(dma.mains_km) / 4) + between(0, 3);
    for (let j = 0; j < count; j += 1) {
      loggers.push({ lggr_id: 0, dma_cd: dma.dma_cd, inst_dt: day(addDays(iso('2021-06-01'), between(0, 1900))), mk_cd: pick(['PX2', 'PX2', 'SNX', 'HMR']), mnt_cd: pick(['HYD', 'HYD', 'VLV', 'VLV', 'MTR']), actv_flg: random() < 0.9 });
    }
  }
  loggers.sort((a, b) => cmp(a.inst_dt, b.inst_dt) || cmp(a.dma_cd, b.dma_cd));
  loggers.forEach((l, index) => { l.lggr_id = 7001 + index; });
  writeTable('leak_ops', 'dim_dma', ['dma_cd', 'dma_nm', 'wsz_cd', 'prop_cnt', 'mains_km', 'prs_mgd_flg', 'elr_lps'], dmas);
  writeTable('leak_ops', 'dim_tech', ['tech_id', 'tech_nm', 'team_cd', 'grade_cd', 'start_dt'], techs);
  writeTable('leak_ops', 'fct_mnf_wk', ['dma_cd', 'wk_start', 'mnf_lps', 'lgt_nf_lps'], flows);
  writeTable('leak_ops', 'fct_lk', ['lk_id', 'dma_cd', 'rpt_dt', 'src_cd', 'asset_cd', 'est_lps', 'vis_flg', 'fnd_by', 'strt_nm'], leaks);
  writeTable('leak_ops', 'fct_rpr', ['rpr_id', 'lk_id', 'rpr_dt', 'rpr_cd', 'excv_flg', 'lab_hrs', 'cost_gbp', 'gang_lead'], rprs);
  writeTable('leak_ops', 'dim_lggr', ['lggr_id', 'dma_cd', 'inst_dt', 'mk_cd', 'mnt_cd', 'actv_flg'], loggers);
}

/** A commercial archaeology unit, in camelCase: sites, field staff, trenches, contexts, finds and samples. */
function archDig() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const sites = [
    ['WLM25', 'Wellow Mill Farm', 'Wellow', 'Somerset', 'DEV', '2025-09-08', '2025-12-19', 'Mendip Homes Ltd', 'ST 741 583'],
    ['CHD26', 'Chard Road Reservoir', 'Chard', 'Somerset', 'DEV', '2026-01-12', '2026-04-24', 'Wessex Aqua plc', 'ST 324 091'],
    ['HGB26', 'Hog Barrow', 'Priddy', 'Somerset', 'RES', '2026-06-01', '2026-07-17', null, 'ST 528 511'],
    ['ILC26', 'Ilchester Bypass Plot 4', 'Ilchester', 'Somerset', 'DEV', '2026-03-02', '2026-09-25', 'Carrow Developments', 'ST 522 227'],
    ['FRM26', 'Frome Market Yard', 'Frome', 'Somerset', 'DEV', '2026-05-11', '2026-06-26', 'Frome Town Council', 'ST 778 479'],
    ['CMV26', 'Cadbury Meadows Villa', 'Queen Camel', 'Somerset', 'COM', '2026-07-20', '2026-08-28', null, 'ST 596 246'],
    ['SHB26', 'Shepton Beauchamp Glebe', 'Shepton Beauchamp', 'Somerset', 'DEV', '2026-09-14', null, 'Hamlin Land', 'ST 403 172'],
    ['BRD26', 'Bradford Leigh Solar', 'Bradford on Avon', 'Wiltshire', 'DEV', '2026-10-05', null, 'Sunfold Energy', 'ST 836 624'],
  ].map(([siteCode, siteName, parish, county, projectType, startDate, endDate, clientName, gridRef]) => ({ siteCode, siteName, parish, county, projectType, startDate, endDate, clientName, gridRef }));
  const staff = [
    ['PM', 310], ['SUP', 245], ['SUP', 240], ['SUP', 232], ['ARCH', 178], ['ARCH', 178], ['ARCH', 172], ['ARCH', 165], ['ARCH', 165], ['ARCH', 160], ['ARCH', 160], ['FINDS', 215], ['GEO', 205], ['ENV', 220],
  ].map(([role, dayRate], index) => ({ staffId: 31 + index, fullName: nextName().join(' '), role, dayRate: money(dayRate), cscsCard: role === 'PM' || random() < 0.8, joinedOn: day(addDays(iso('2009-03-01'), between(0, 5800))) }));
  const supervisors = staff.filter((s) => s.role === 'SUP');
  const diggers = staff.filter((s) => s.role === 'ARCH' || s.role === 'SUP');
  const periodsBySite = { WLM25: ['ROM', 'MED', 'PMED'], CHD26: ['PREH', 'ROM', 'PMED'], HGB26: ['PREH', 'PREH'], ILC26: ['ROM', 'ROM', 'ASAX', 'MED'], FRM26: ['MED', 'PMED', 'PMED', 'MOD'], CMV26: ['ROM', 'ROM'], SHB26: ['MED', 'PMED'], BRD26: ['PREH', 'ROM'] };
  const trenches = [];
  for (const site of sites) {
    const count = site.projectType === 'RES' ? 3 : site.projectType === 'COM' ? 4 : between(6, 14);
    const start = iso(site.startDate);
    const end = site.endDate ? iso(site.endDate) : LAST_DAY;
    for (let t = 1; t <= count; t += 1) {
      const length = site.projectType === 'DEV' ? pick([20, 30, 30, 50]) : between(5, 15);
      trenches.push({ trenchId: 0, siteCode: site.siteCode, trenchNo: t, lengthM: length.toFixed(1), widthM: (site.projectType === 'DEV' ? 1.8 : pick([2, 3, 4])).toFixed(1), maxDepthM: (0.4 + random() * (site.siteCode === 'FRM26' ? 2.6 : 1.3)).toFixed(2), supervisorId: pick(supervisors).staffId, openedOn: day(addDays(start, Math.floor(((end - start) / 86_400_000) * (t - 1) / (count + 1)))), machineDug: site.projectType === 'DEV' || random() < 0.3 });
    }
  }
  trenches.forEach((t, index) => { t.trenchId = index + 1; });
  const contexts = [];
  for (const tr of trenches) {
    const n = between(3, 18);
    const opened = iso(tr.openedOn);
    for (let c = 0; c < n; c += 1) {
      const type = c === 0 ? 'LAYER' : pick(['CUT', 'FILL', 'FILL', 'LAYER', 'DEPOSIT', 'STRUCTURE']);
      const recorded = addDays(opened, between(0, 12));
      contexts.push({ contextId: 0, trenchId: tr.trenchId, contextNo: 0, contextType: type, period: c === 0 ? 'MOD' : pick(periodsBySite[tr.siteCode]), recordedOn: day(recorded > LAST_DAY ? LAST_DAY : recorded), recordedBy: pick(diggers).staffId });
    }
  }
  contexts.forEach((c, index) => { c.contextId = 10001 + index; });
  const bySite = {};
  for (const c of contexts) {
    const tr = trenches[c.trenchId - 1];
    bySite[tr.siteCode] = (bySite[tr.siteCode] ?? 0) + 1;
    c.contextNo = 100 + bySite[tr.siteCode];
  }
  const finds = [];
  const materials = { PREH: ['FLINT', 'FLINT', 'POT', 'BONE'], ROM: ['POT', 'POT', 'CBM', 'BONE', 'METAL', 'GLASS', 'COIN'], ASAX: ['POT', 'BONE', 'METAL'], MED: ['POT', 'POT', 'BONE', 'CBM', 'METAL'], PMED: ['POT', 'CBM', 'GLASS', 'CLAY_PIPE', 'METAL'], MOD: ['CBM', 'GLASS', 'POT'] };
  for (const c of contexts) {
    if (c.contextType === 'CUT' || random() < 0.25) continue;
    const n = between(1, 3);
    const used = new Set();
    for (let j = 0; j < n; j += 1) {
      const material = pick(materials[c.period]);
      if (used.has(material)) continue;
      used.add(material);
      const count = material === 'COIN' ? between(1, 2) : material === 'FLINT' ? between(1, 40) : between(1, 60);
      const grams = { POT: 14, BONE: 22, FLINT: 6, CBM: 120, METAL: 18, GLASS: 9, COIN: 3, CLAY_PIPE: 4 }[material];
      finds.push({ findId: 0, contextId: c.contextId, material, fragmentCount: count, weightG: Math.round(count * grams * (0.5 + random())), smallFind: material === 'COIN' || (material === 'METAL' && random() < 0.5), recordedOn: c.recordedOn });
    }
  }
  finds.forEach((f, index) => { f.findId = 40001 + index; });
  const samples = [];
  for (const c of contexts) {
    if (!['FILL', 'DEPOSIT'].includes(c.contextType) || random() < 0.6) continue;
    const type = c.period === 'PREH' && random() < 0.5 ? 'C14' : pick(['ENV', 'ENV', 'ENV', 'C14', 'OSL']);
    const submitted = addDays(iso(c.recordedOn), between(10, 60));
    const returned = type === 'C14' && submitted < iso('2026-09-15');
    const bp = { PREH: between(2700, 4800), ROM: between(1650, 1950), ASAX: between(1200, 1500), MED: between(600, 950), PMED: between(150, 450), MOD: between(40, 120) }[c.period];
    samples.push({ sampleId: 0, contextId: c.contextId, sampleType: type, litres: type === 'ENV' ? pick([10, 20, 30, 40]) : 1, submittedOn: submitted > LAST_DAY ? null : day(submitted), labCode: type === 'C14' ? pick(['SUERC', 'BETA', 'OXA']) : type === 'OSL' ? 'GLOSL' : 'INHOUSE', resultBp: returned ? bp : null });
  }
  samples.forEach((s, index) => { s.sampleId = 601 + index; });
  writeTable('arch_dig', 'sites', ['siteCode', 'siteName', 'parish', 'county', 'projectType', 'startDate', 'endDate', 'clientName', 'gridRef'], sites);
  writeTable('arch_dig', 'staff', ['staffId', 'fullName', 'role', 'dayRate', 'cscsCard', 'joinedOn'], staff);
  writeTable('arch_dig', 'trenches', ['trenchId', 'siteCode', 'trenchNo', 'lengthM', 'widthM', 'maxDepthM', 'supervisorId', 'openedOn', 'machineDug'], trenches);
  writeTable('arch_dig', 'contexts', ['contextId', 'trenchId', 'contextNo', 'contextType', 'period', 'recordedOn', 'recordedBy'], contexts);
  writeTable('arch_dig', 'finds', ['findId', 'contextId', 'material', 'fragmentCount', 'weightG', 'smallFind', 'recordedOn'], finds);
  writeTable('arch_dig', 'samples', ['sampleId', 'contextId', 'sampleType', 'litres', 'submittedOn', 'labCode', 'resultBp'], samples);
}

potteryStudio();
leakOps();
archDig();

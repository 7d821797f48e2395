// Writes databases/{rowing_club,puzzle_dw,borehole_drill}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-x/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alfie', 'Bethan', 'Callum', 'Delyth', 'Ewan', 'Fern', 'Gethin', 'Harriet', 'Idris', 'Jodie', 'Kieran', 'Lowri', 'Morgan', 'Nia', 'Owain', 'Phoebe', 'Rhys', 'Sian', 'Tomos', 'Una', 'Vikram', 'Wren', 'Xander', 'Yusuf', 'Zara', 'Anwen', 'Bryn', 'Cerys'];
const LAST = ['Abbott', 'Bevan', 'Crowther', 'Davies', 'Evans', 'Frost', 'Griffiths', 'Howells', 'Iqbal', 'Jenkins', 'Kemp', 'Llewellyn', 'Morgan', 'Nash', 'Owen', 'Powell', 'Quinn', 'Rees', 'Stokes', 'Thomas', 'Vaughan', 'Watkins', 'Yates', 'Zielinski', 'Pritchard', 'Mahoney', 'Chandra'];
const FEMALE = new Set(['Bethan', 'Delyth', 'Fern', 'Harriet', 'Jodie', 'Lowri', 'Nia', 'Phoebe', 'Sian', 'Una', 'Wren', 'Zara', 'Anwen', 'Cerys']);
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A river rowing club: members, coaches, its fleet of boats, outings on the water, who sat in which seat, regatta entries. */
function rowingClub() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const members = [];
  for (let n = 0; n < 118; n += 1) {
    const category = pick(['senior', 'senior', 'senior', 'masters', 'masters', 'junior', 'junior', 'student', 'recreational']);
    const birthYear = category === 'junior' ? between(2008, 2013) : category === 'student' ? between(2003, 2007) : category === 'masters' ? between(1955, 1991) : between(1985, 2004);
    const [first, last] = nextName();
    members.push({ member_id: 0, full_name: `${first} ${last}`, gender: FEMALE.has(first) ? 'F' : first === 'Morgan' ? pick(['F', 'M']) : 'M', birth_year: birthYear, category, joined_on: day(addDays(iso(`${Math.max(2009, birthYear + 12)}-09-01`), between(0, Math.min(6200, (2026 - Math.max(2009, birthYear + 12)) * 365 + 30)))), is_cox: random() < 0.12, british_rowing_no: random() < 0.85 ? `BR${between(100000, 999999)}` : null });
  }
  members.sort((a, b) => cmp(a.joined_on, b.joined_on));
  members.forEach((m, index) => { m.member_id = 1 + index; });
  const coaches = [
    ['Gwen Talbot', 'L3', true, 2008], ['Huw Prosser', 'L3', true, 2012], ['Marta Kowalska', 'L2', true, 2017], ['Dafydd Ellis', 'L2', false, 2019],
    ['Sophie Grant', 'L2', false, 2021], ['Rob Tanner', 'L1', false, 2023], ['Emma Beckett', 'L1', false, 2024],
  ].map(([coach_name, qualification, paid, since_year], index) => ({ coach_id: 11 + index, coach_name, qualification, paid, since_year }));
  const boats = [
    ['Afon Wen', '8+', 9, 2016, 'Empacher', 38500], ['Taff Flyer', '8+', 9, 2009, 'Janousek', 21000], ['Mary Rees', '4+', 5, 2012, 'WinTech', 9800],
    ['Llandaff Lady', '4x', 4, 2020, 'Filippi', 24500], ['Heron', '4-', 4, 2018, 'Empacher', 23800], ['Kingfisher', '4x', 4, 2005, 'Janousek', 11500],
    ['Dipper', '2x', 2, 2021, 'Filippi', 12900], ['Otter', '2-', 2, 2014, 'Hudson', 8600], ['Swift', '1x', 1, 2022, 'Filippi', 7400],
    ['Moorhen', '1x', 1, 2011, 'WinTech', 3900], ['Grebe', '1x', 1, 2019, 'Hudson', 6100], ['Old Bill', '4+', 5, 1998, 'Sims', 2500],
  ].map(([boat_name, boat_class, seats, built_year, builder, purchase_price_gbp]) => ({ boat_name, boat_class, seats, built_year, builder, purchase_price_gbp: money(purchase_price_gbp), in_service: boat_name !== 'Old Bill' }));
  const rowers = members.filter((m) => !m.is_cox);
  const coxes = members.filter((m) => m.is_cox);
  const outings = [];
  const crew = [];
  const active = boats.filter((b) => b.in_service);
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const weekday = date.getUTCDay();
    const month = date.getUTCMonth();
    const winter = [11, 0, 1].includes(month);
    const n = weekday === 0 || weekday === 6 ? between(2, 5) : between(0, winter ? 1 : 3);
    for (let k = 0; k < n; k += 1) {
      const boat = pick(active);
      const flag = winter ? pick(['green', 'amber', 'amber', 'red']) : pick(['green', 'green', 'green', 'green', 'amber']);
      if (flag === 'red') continue;
      const outing = { outing_id: 0, outing_date: day(date), session: weekday === 0 || weekday === 6 ? 'AM' : pick(['AM', 'PM', 'PM']), boat_name: boat.boat_name, coach_id: random() < 0.8 ? pick(coaches).coach_id : null, distance_km: (between(60, 220) / 10).toFixed(1), river_flag: flag, crew: [] };
      const seated = new Set();
      const rowingSeats = boat.boat_class.endsWith('+') ? boat.seats - 1 : boat.seats;
      for (let s = 1; s <= rowingSeats; s += 1) {
        let r;
        do r = pick(rowers); while (seated.has(r.member_id));
        seated.add(r.member_id);
        outing.crew.push({ member_id: r.member_id, seat: rowingSeats === 1 ? 'single' : s === 1 ? 'bow' : s === rowingSeats ? 'stroke' : String(s) });
      }
      if (boat.boat_class.endsWith('+')) outing.crew.push({ member_id: pick(coxes).member_id, seat: 'cox' });
      outings.push(outing);
    }
  }
  outings.forEach((o, index) => {
    o.outing_id = 3001 + index;
    for (const c of o.crew) crew.push({ outing_id: o.outing_id, member_id: c.member_id, seat: c.seat });
  });
  const regattas = [
    ['Cardiff Head', '2025-12-06', 'Cardiff'], ['Monmouth Winter Head', '2026-02-14', 'Monmouth'], ['Hereford Spring Regatta', '2026-04-25', 'Hereford'],
    ['Welsh Championships', '2026-05-16', 'Cardiff'], ['Ross Regatta', '2026-06-06', 'Ross-on-Wye'], ['Monmouth Regatta', '2026-06-27', 'Monmouth'],
    ['Bristol Avon Regatta', '2026-07-11', 'Bristol'], ['Llandaff Regatta', '2026-08-08', 'Cardiff'], ['Chepstow Sprint', '2026-09-12', 'Chepstow'],
    ['Taff Autumn Head', '2026-11-07', 'Cardiff'],
  ];
  const entries = [];
  for (const [regatta_name, raced_on, town] of regattas) {
    const head = regatta_name.includes('Head');
    for (const boat of active) {
      if (random() < 0.45) continue;
      const rowingSeats = boat.boat_class.endsWith('+') ? boat.seats - 1 : boat.seats;
      const level = pick(['Open', 'Masters', 'Junior', 'Novice', 'Women']);
      const base = { '8+': 330, '4+': 375, '4x': 350, '4-': 355, '2x': 390, '2-': 405, '1x': 420 }[boat.boat_class];
      const result = head ? 'finished' : pick(['won final', 'lost final', 'lost semi', 'lost heat', 'lost heat', 'lost heat']);
      const scratched = random() < 0.06;
      entries.push({ entry_id: 0, regatta_name, raced_on, town, boat_name: boat.boat_name, event_name: `${level} ${boat.boat_class}`, stroke_id: pick(rowers).member_id, result: scratched ? 'scratched' : result, time_secs: scratched ? null : Math.round((head ? base * 1.9 : base) * (0.94 + random() * 0.16) * (rowingSeats === 1 ? 1.05 : 1)), entry_fee_gbp: money(rowingSeats * (head ? 9 : 7.5)) });
    }
  }
  entries.forEach((e, index) => { e.entry_id = 501 + index; });
  writeTable('rowing_club', 'members', ['member_id', 'full_name', 'gender', 'birth_year', 'category', 'joined_on', 'is_cox', 'british_rowing_no'], members);
  writeTable('rowing_club', 'coaches', ['coach_id', 'coach_name', 'qualification', 'paid', 'since_year'], coaches);
  writeTable('rowing_club', 'boats', ['boat_name', 'boat_class', 'seats', 'built_year', 'builder', 'purchase_price_gbp', 'in_service'], boats);
  writeTable('rowing_club', 'outings', ['outing_id', 'outing_date', 'session', 'boat_name', 'coach_id', 'distance_km', 'river_flag'], outings);
  writeTable('rowing_club', 'outing_crew', ['outing_id', 'member_id', 'seat'], crew);
  writeTable('rowing_club', 'race_entries', ['entry_id', 'regatta_name', 'raced_on', 'town', 'boat_name', 'event_name', 'stroke_id', 'result', 'time_secs', 'entry_fee_gbp'], entries);
}

/** A puzzle publisher's warehouse: setters, titles, issues, the puzzles printed in them, prize-puzzle entries, setters' fees. */
function puzzleWarehouse() {
  const { random, pick, between } = seeded(20261222);
  const setters = [
    ['Quixote', 'Alan Hebblethwaite', 1994, 'CRY', 210], ['Mephisto Jr', 'Ruth Carrow', 2003, 'CRY', 230], ['Pangolin', 'Ifan Roberts', 2011, 'CRY', 195],
    ['Tinker', 'Grace Oduya', 2016, 'QCK', 95], ['Vesper', 'Nell Ashdown', 2008, 'CRY', 205], ['Bodkin', 'Simon Pell', 2019, 'QCK', 90],
    ['Numerix', 'Priya Lal', 2014, 'SUD', 60], ['Gridlock', 'Tom Hardwick', 2020, 'LOG', 80], ['Wordsmith', 'Jean Baptiste', 2010, 'WRD', 70],
    ['Corvid', 'Hannah Slee', 2022, 'CRY', 180], ['Oddball', 'Martin Keel', 2017, 'LOG', 85], ['Sable', 'Ama Boateng', 2024, 'QCK', 90],
  ].map(([pseud_nm, real_nm, since_yr, spec_cd, std_fee_gbp], index) => ({ setter_key: 101 + index, pseud_nm, real_nm, since_yr, spec_cd, std_fee_gbp: money(std_fee_gbp), actv_flg: pseud_nm !== 'Quixote' }));
  const titles = [
    ['DCW', 'Daily Crossword Weekly', 'W', 2.5], ['PZM', 'Puzzler Monthly', 'M', 4.25], ['BRN', 'Brainteaser Bumper', 'M', 5.99],
    ['SDK', 'Sudoku Super', 'F', 2.99], ['CRX', 'Cryptic Xtra', 'W', 3.2],
  ].map(([title_cd, title_nm, freq_cd, cover_px_gbp]) => ({ title_cd, title_nm, freq_cd, cover_px_gbp: money(cover_px_gbp) }));
  const issues = [];
  for (const t of titles) {
    const step = t.freq_cd === 'W' ? 7 : t.freq_cd === 'F' ? 14 : 28;
    for (let d = between(0, step - 1); d < DAYS; d += step) {
      issues.push({ issue_key: 0, title_cd: t.title_cd, issue_no: 0, pub_dt: day(addDays(START, d)), print_run: Math.round((t.freq_cd === 'W' ? 42000 : t.freq_cd === 'F' ? 18000 : 26000) * (0.8 + random() * 0.4) / 100) * 100, unsold_pct: (between(80, 380) / 10).toFixed(1) });
    }
  }
  issues.sort((a, b) => cmp(a.pub_dt, b.pub_dt) || cmp(a.title_cd, b.title_cd));
  const counters = {};
  issues.forEach((iss, index) => {
    iss.issue_key = 9001 + index;
    counters[iss.title_cd] = (counters[iss.title_cd] ?? 0) + 1;
    iss.issue_no = ({ DCW: 1480, PZM: 212, BRN: 88, SDK: 640, CRX: 930 })[iss.title_cd] + counters[iss.title_cd];
  });
  const mix = { DCW: ['CRY', 'QCK', 'QCK', 'WRD'], PZM: ['CRY', 'QCK', 'SUD', 'LOG', 'WRD', 'WRD'], BRN: ['LOG', 'LOG', 'SUD', 'SUD', 'WRD', 'QCK', 'CRY'], SDK: ['SUD', 'SUD', 'SUD', 'SUD', 'LOG'], CRX: ['CRY', 'CRY', 'CRY'] };
  const puzzles = [];
  for (const iss of issues) {
    mix[iss.title_cd].forEach((type, k) => {
      const able = setters.filter((s) => s.actv_flg && (s.spec_cd === type || (type === 'QCK' && s.spec_cd === 'CRY' && random() < 0.3)));
      const setter = able.length ? pick(able) : pick(setters.filter((s) => s.actv_flg));
      const prize = k === 0 && (type === 'CRY' || iss.title_cd === 'SDK');
      puzzles.push({ pzl_key: 0, issue_key: iss.issue_key, setter_key: setter.setter_key, pzl_type_cd: type, grid_sz: type === 'SUD' ? 9 : type === 'LOG' ? pick([5, 6, 7]) : type === 'QCK' ? 13 : type === 'WRD' ? pick([12, 15]) : 15, clue_ct: type === 'SUD' || type === 'LOG' ? null : type === 'QCK' ? between(22, 28) : between(26, 34), diff_lvl: type === 'QCK' ? between(1, 2) : between(2, 5), prize_gbp: prize ? money(type === 'CRY' ? pick([50, 50, 100]) : 25) : null, fee_gbp: money(Number(setter.std_fee_gbp) * (type === setter.spec_cd ? 1 : 0.6)) });
    });
  }
  puzzles.forEach((p, index) => { p.pzl_key = 400001 + index; });
  const entries = [];
  const byKey = Object.fromEntries(issues.map((i) => [i.issue_key, i]));
  for (const p of puzzles) {
    if (p.prize_gbp === null) continue;
    const pub = iso(byKey[p.issue_key].pub_dt);
    const n = between(6, 22);
    for (let k = 0; k < n; k += 1) {
      const rcv = addDays(pub, between(1, 20));
      if (rcv > LAST_DAY) continue;
      entries.push({ ent_key: 0, pzl_key: p.pzl_key, rcv_dt: day(rcv), chan_cd: pick(['POST', 'POST', 'WEB', 'WEB', 'WEB', 'APP']), rgn_cd: pick(['NE', 'NW', 'YH', 'EM', 'WM', 'EE', 'LON', 'SE', 'SW', 'WAL', 'SCO', 'NI']), crct_flg: random() < (p.diff_lvl >= 4 ? 0.7 : 0.9), win_flg: false });
    }
  }
  entries.sort((a, b) => cmp(a.rcv_dt, b.rcv_dt) || a.pzl_key - b.pzl_key);
  entries.forEach((e, index) => { e.ent_key = 7000001 + index; });
  for (const p of puzzles) {
    const right = entries.filter((e) => e.pzl_key === p.pzl_key && e.crct_flg);
    if (right.length && iso(byKey[p.issue_key].pub_dt) < addDays(LAST_DAY, -21)) pick(right).win_flg = true;
  }
  const fees = [];
  for (const s of setters) {
    for (let m = 0; m < 12; m += 1) {
      const monthStart = new Date(Date.UTC(2025, 11 + m, 1));
      const monthEnd = new Date(Date.UTC(2025, 12 + m, 1));
      const own = puzzles.filter((p) => p.setter_key === s.setter_key && iso(byKey[p.issue_key].pub_dt) >= monthStart && iso(byKey[p.issue_key].pub_dt) < monthEnd);
      if (own.length === 0) continue;
      const payDay = addDays(monthEnd, between(9, 20));
      if (payDay > LAST_DAY) continue;
      fees.push({ pay_key: 0, setter_key: s.setter_key, pay_dt: day(payDay), pzl_ct: own.length, amt_gbp: money(own.reduce((sum, p) => sum + Number(p.fee_gbp), 0)), pay_mthd_cd: s.setter_key % 4 === 0 ? 'CHQ' : 'BACS' });
    }
  }
  fees.sort((a, b) => cmp(a.pay_dt, b.pay_dt) || a.setter_key - b.setter_key);
  fees.forEach((f, index) => { f.pay_key = 1 + index; });
  writeTable('puzzle_dw', 'd_setter', ['setter_key', 'pseud_nm', 'real_nm', 'since_yr', 'spec_cd', 'std_fee_gbp', 'actv_flg'], setters);
  writeTable('puzzle_dw', 'd_title', ['title_cd', 'title_nm', 'freq_cd', 'cover_px_gbp'], titles);
  writeTable('puzzle_dw', 'd_issue', ['issue_key', 'title_cd', 'issue_no', 'pub_dt', 'print_run', 'unsold_pct'], issues);
  writeTable('puzzle_dw', 'f_puzzle', ['pzl_key', 'issue_key', 'setter_key', 'pzl_type_cd', 'grid_sz', 'clue_ct', 'diff_lvl', 'prize_gbp', 'fee_gbp'], puzzles);
  writeTable('puzzle_dw', 'f_entry', ['ent_key', 'pzl_key', 'rcv_dt', 'chan_cd', 'rgn_cd', 'crct_flg', 'win_flg'], entries);
  writeTable('puzzle_dw', 'f_setter_pay', ['pay_key', 'setter_key', 'pay_dt', 'pzl_ct', 'amt_gbp', 'pay_mthd_cd'], fees);
}

/** A water-borehole drilling contractor's legacy system: clients, rigs, drillers, jobs, boreholes, water tests, invoices. */
function boreholeDrill() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const counties = ['Shropshire', 'Herefordshire', 'Powys', 'Worcestershire', 'Gloucestershire', 'Monmouthshire'];
  const farms = ['Upper House Farm', 'Lower Cwm Farm', 'Brook Farm', 'The Grange', 'Oak Tree Farm', 'Hill End', 'Pentre Farm', 'Manor Farm', 'Lydiate Farm', 'Nant-y-Gwair'];
  const clients = [];
  for (let n = 0; n < 84; n += 1) {
    const type = pick(['Farm', 'Farm', 'Farm', 'Domestic', 'Domestic', 'Commercial', 'Estate', 'Council']);
    const [f, l] = nextName();
    const county = pick(counties);
    let name;
    let tries = 0;
    do name = type === 'Farm' ? `${pick(farms)} (${l})` : type === 'Domestic' ? `${f} ${l}` : type === 'Commercial' ? `${l} ${pick(['Poultry Ltd', 'Nurseries', 'Leisure Ltd', 'Dairies Ltd', 'Golf Club'])}` : type === 'Estate' ? `${pick(['Brampton', 'Croft', 'Stokesay', 'Moccas', 'Kinnersley', 'Garnons', 'Downton', 'Walcot', 'Whitbourne', 'Eywood', 'Hergest', 'Burton Court'])} Estate` : `${county} Council ${pick(['Highways', 'Property Services', 'Waste Services', 'Countryside Service', 'Schools', 'Flood Team', 'Parks', 'Depot'])}`;
    while (clients.some((c) => c.clientName === name) && (tries += 1) < 50);
    if (clients.some((c) => c.clientName === name)) name = `${name} (${f} ${l})`;
    clients.push({ clientID: 0, clientName: name, clientType: type, county, firstContact: day(addDays(iso('2012-01-01'), between(0, 5000))) });
  }
  clients.sort((a, b) => cmp(a.firstContact, b.firstContact));
  clients.forEach((c, index) => { c.clientID = 2001 + index; });
  const rigs = [
    ['Big Red', 'Comacchio MC 600', 250, 2017], ['Ironside', 'Dando Terrier 2000', 120, 2011], ['Mule', 'Massenza MI 6', 180, 2020],
    ['Nipper', 'Dando Mini Terrier', 40, 2023], ['Old Faithful', 'Atlas Copco T3W', 300, 2004],
  ].map(([rigName, makeModel, maxDepthM, purchYr], index) => ({ rigID: index + 1, rigName, makeModel, maxDepthM, purchYr, rigStatus: rigName === 'Old Faithful' ? 'RETIRED' : 'ACTIVE' }));
  const staff = [];
  for (let n = 0; n < 11; n += 1) {
    staff.push({ staffID: 71 + n, staffName: nextName().join(' '), staffGrade: n < 5 ? 'LEAD' : n < 9 ? 'ASST' : 'OFFICE', bdaCert: n < 5 ? random() < 0.8 : n < 9 ? random() < 0.3 : false, startDate: day(addDays(iso('2001-03-01'), between(0, 8600))) });
  }
  const leads = staff.filter((s) => s.staffGrade === 'LEAD');
  const jobs = [];
  const liveRigs = rigs.filter((r) => r.rigStatus === 'ACTIVE');
  for (let n = 0; n < 136; n += 1) {
    const client = pick(clients);
    const purpose = client.clientType === 'Domestic' ? pick(['WATER', 'GSHP', 'GSHP']) : client.clientType === 'Council' ? pick(['MONITOR', 'MONITOR', 'DEWATER']) : pick(['WATER', 'WATER', 'WATER', 'GSHP', 'MONITOR']);
    const rig = purpose === 'MONITOR' ? pick([liveRigs[1], liveRigs[3]]) : pick(liveRigs);
    const start = addDays(iso('2025-09-01'), between(0, 500));
    const days = between(2, purpose === 'GSHP' ? 6 : 12);
    const end = addDays(start, days);
    const quote = purpose === 'MONITOR' ? between(2, 6) * 1000 + between(0, 9) * 100 : purpose === 'GSHP' ? between(8, 22) * 1000 : between(9, 28) * 1000;
    const abandoned = random() < 0.05;
    const status = start > LAST_DAY ? 'BOOKED' : end > LAST_DAY ? 'ON SITE' : abandoned ? 'ABANDONED' : 'COMPLETE';
    jobs.push({ jobNo: '', clientID: client.clientID, siteTown: pick(['Ludlow', 'Leominster', 'Knighton', 'Bishops Castle', 'Kington', 'Presteigne', 'Church Stretton', 'Tenbury Wells', 'Craven Arms', 'Clun', 'Ledbury', 'Llandrindod Wells']), jobPurpose: purpose, rigID: rig.rigID, leadDriller: pick(leads).staffID, startDate: day(start), endDate: status === 'COMPLETE' || status === 'ABANDONED' ? day(end) : null, jobStatus: status, quoteGBP: money(quote) });
  }
  jobs.sort((a, b) => cmp(a.startDate, b.startDate) || a.clientID - b.clientID);
  jobs.forEach((j, index) => { j.jobNo = `BH-${String(2501 + index)}`; });
  const holes = [];
  for (const j of jobs) {
    if (j.jobStatus === 'BOOKED') continue;
    const count = j.jobPurpose === 'GSHP' ? between(1, 4) : j.jobPurpose === 'MONITOR' ? between(1, 3) : 1;
    for (let k = 0; k < count; k += 1) {
      const geology = pick(['Old Red Sandstone', 'Old Red Sandstone', 'Silurian Mudstone', 'Wenlock Limestone', 'Carboniferous Limestone', 'Alluvial Gravel', 'Precambrian Volcanics']);
      const maxDepth = rigs[j.rigID - 1].maxDepthM;
      const depth = j.jobPurpose === 'MONITOR' ? between(8, 35) : j.jobPurpose === 'GSHP' ? between(60, Math.min(150, maxDepth)) : between(40, Math.min(160, maxDepth));
      const finished = j.jobStatus === 'COMPLETE';
      holes.push({ bhRef: `${j.jobNo}/${k + 1}`, jobNo: j.jobNo, depthM: finished ? depth : between(5, depth), diamMm: j.jobPurpose === 'MONITOR' ? 50 : j.jobPurpose === 'GSHP' ? 150 : pick([150, 165, 200]), casingType: j.jobPurpose === 'MONITOR' ? 'uPVC' : pick(['uPVC', 'uPVC', 'Steel']), geology, restWaterM: finished && j.jobPurpose !== 'GSHP' ? (between(20, Math.min(450, depth * 6)) / 10).toFixed(1) : null, yieldM3d: finished && j.jobPurpose === 'WATER' ? between(geology.includes('Limestone') ? 20 : 3, geology.includes('Limestone') ? 160 : geology.includes('Gravel') ? 120 : 60) : null, gpsOk: random() < 0.9 });
    }
  }
  const tests = [];
  for (const h of holes) {
    if (h.yieldM3d === null) continue;
    const job = jobs.find((j) => j.jobNo === h.jobNo);
    const samples = between(1, 2);
    for (let s = 0; s < samples; s += 1) {
      const sampled = addDays(iso(job.endDate), s === 0 ? between(2, 10) : between(60, 200));
      if (sampled > LAST_DAY) continue;
      const ph = 6.2 + random() * 1.9;
      const nitrate = h.geology.includes('Gravel') ? between(15, 70) : between(1, 38);
      const iron = random() < 0.2 ? (between(21, 90) / 100) : (between(0, 18) / 100);
      const coliform = random() < 0.12;
      tests.push({ testID: 0, bhRef: h.bhRef, sampleDate: day(sampled), labName: pick(['Severn Analytical', 'Marches Water Lab']), phVal: ph.toFixed(2), nitrateMgL: nitrate, ironMgL: iron.toFixed(2), coliformFound: coliform, passFlag: !coliform && nitrate <= 50 && iron <= 0.2 && ph >= 6.5 && ph <= 9.5 });
    }
  }
  tests.sort((a, b) => cmp(a.sampleDate, b.sampleDate) || cmp(a.bhRef, b.bhRef));
  tests.forEach((t, index) => { t.testID = 880001 + index; });
  const invoices = [];
  for (const j of jobs) {
    if (j.jobStatus === 'BOOKED') continue;
    const quote = Number(j.quoteGBP);
    const parts = j.jobStatus === 'COMPLETE' ? [['DEP', addDays(iso(j.startDate), -between(7, 21)), 0.25], ['FINAL', addDays(iso(j.endDate), between(1, 10)), 0.75 * (0.9 + random() * 0.3)]] : j.jobStatus === 'ABANDONED' ? [['DEP', addDays(iso(j.startDate), -between(7, 21)), 0.25]] : [['DEP', addDays(iso(j.startDate), -between(7, 21)), 0.25]];
    for (const [invType, when, share] of parts) {
      if (when > LAST_DAY) continue;
      const net = Math.round(quote * share * 100) / 100;
      const paid = random() < 0.88 ? addDays(when, between(5, 75)) : null;
      invoices.push({ invNo: 0, jobNo: j.jobNo, invType, invDate: day(when), netGBP: money(net), vatGBP: money(j.jobPurpose === 'GSHP' && random() < 0.5 ? 0 : net * 0.2), paidDate: paid === null || paid > LAST_DAY ? null : day(paid) });
    }
  }
  invoices.sort((a, b) => cmp(a.invDate, b.invDate) || cmp(a.jobNo, b.jobNo));
  invoices.forEach((inv, index) => { inv.invNo = 30001 + index; });
  writeTable('borehole_drill', 'tblClient', ['clientID', 'clientName', 'clientType', 'county', 'firstContact'], clients);
  writeTable('borehole_drill', 'tblRig', ['rigID', 'rigName', 'makeModel', 'maxDepthM', 'purchYr', 'rigStatus'], rigs);
  writeTable('borehole_drill', 'tblStaff', ['staffID', 'staffName', 'staffGrade', 'bdaCert', 'startDate'], staff);
  writeTable('borehole_drill', 'tblJob', ['jobNo', 'clientID', 'siteTown', 'jobPurpose', 'rigID', 'leadDriller', 'startDate', 'endDate', 'jobStatus', 'quoteGBP'], jobs);
  writeTable('borehole_drill', 'tblBorehole', ['bhRef', 'jobNo', 'depthM', 'diamMm', 'casingType', 'geology', 'restWaterM', 'yieldM3d', 'gpsOk'], holes);
  writeTable('borehole_drill', 'tblWaterTest', ['testID', 'bhRef', 'sampleDate', 'labName', 'phVal', 'nitrateMgL', 'ironMgL', 'coliformFound', 'passFlag'], tests);
  writeTable('borehole_drill', 'tblInvoice', ['invNo', 'jobNo', 'invType', 'invDate', 'netGBP', 'vatGBP', 'paidDate'], invoices);
}

rowingClub();
puzzleWarehouse();
boreholeDrill();

// Writes databases/{window_cleaning,blood_donors}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-l/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A Norwich window cleaning business: cleaners, rounds, customers, cleans, payments and complaints, 2024-2026. */
function windowCleaning() {
  const { random, pick, between } = seeded(20140414);
  const nextName = namer(pick,
    ['Aaron', 'Becky', 'Callum', 'Darren', 'Ellie', 'Gary', 'Jake', 'Kerry', 'Lee', 'Marek', 'Nathan', 'Paul', 'Ryan', 'Shane', 'Tom', 'Wayne'],
    ['Ainsworth', 'Blyth', 'Catchpole', 'Dack', 'Eastick', 'Futter', 'Gotts', 'Howes', 'Kett', 'Loades', 'Mobbs', 'Pegg', 'Rix', 'Spall', 'Thrower', 'Youngs']);
  const cleaners = [];
  for (let i = 0; i < 13; i += 1) {
    const [first, last] = nextName();
    const started = addDays(new Date(Date.UTC(2013, 2, 4)), between(0, 3900));
    cleaners.push({ cleaner_id: 1 + i, full_name: `${first} ${last}`, employment_type: random() < 0.55 ? 'employed' : 'subcontractor', water_fed_pole: random() < 0.7, started_on: day(started), left_on: null });
  }
  // three have left, one started in October 2026
  cleaners[3].left_on = '2024-09-27';
  cleaners[7].left_on = '2025-06-13';
  cleaners[10].left_on = '2026-03-20';
  for (const c of [cleaners[3], cleaners[7], cleaners[10]]) if (c.started_on > '2023-06-01') c.started_on = '2021-04-12';
  cleaners[12].started_on = '2026-10-05';
  cleaners[12].employment_type = 'employed';
  const active = (c, today) => c.started_on <= today && !(c.left_on && c.left_on < today);
  // [name, town, weekday, cycle weeks, current cleaner index or null, previous cleaner index, customers]
  const roundList = [
    ['Eaton', 'Norwich', 1, 4, 0, null, 30], ['Cringleford', 'Cringleford', 2, 6, 1, null, 24], ['Costessey North', 'Costessey', 3, 4, 2, 3, 28],
    ['Costessey South', 'Costessey', 4, 6, 4, null, 22], ['Hellesdon', 'Hellesdon', 1, 6, 5, null, 26], ['Sprowston', 'Sprowston', 2, 8, 6, 7, 25],
    ['Thorpe St Andrew', 'Thorpe St Andrew', 3, 4, 8, null, 27], ['Wymondham', 'Wymondham', 5, 8, 9, null, 23], ['Drayton and Taverham', 'Taverham', 4, 6, 11, 10, 24],
    ['City Centre Shops', 'Norwich', 5, 2, 12, 1, 18], ['Poringland', 'Poringland', 2, 8, null, 10, 16],
  ];
  const rounds = roundList.map(([round_name, town, dow, cycle_weeks, now, before, size], index) => ({ round_id: 1 + index, round_name, town, day_of_week: WEEKDAYS[dow], cycle_weeks, cleaner_id: now === null ? null : cleaners[now].cleaner_id, dow, now, before, size, offset: between(0, cycle_weeks - 1) }));
  const surnames = ['Abbs', 'Bunn', 'Cubitt', 'Durrant', 'Emms', 'Fisk', 'Gedge', 'Hewitt', 'Jarvis', 'Knights', 'Lubbock', 'Middleton', 'Nobbs', 'Oakes', 'Platten', 'Quinton', 'Riches', 'Sayer', 'Thirtle', 'Utting', 'Varden', 'Warnes', 'Yaxley', 'Bidewell', 'Coe', 'Daniels', 'Grimmer', 'Hipkin', 'Laws', 'Mayes', 'Neave', 'Pointer', 'Smith', 'Tooley', 'Wright'];
  const streets = ['Church Lane', 'The Street', 'Long Road', 'Mill Close', 'Station Road', 'Orchard Way', 'Beech Drive', 'Lime Tree Road', 'Meadow Rise', 'School Lane', 'Norwich Road', 'Hall Road', 'Willow Close', 'Chapel Street'];
  const businesses = ['Pharmacy', 'Dental Surgery', 'Opticians', 'Hair Studio', 'Cafe', 'Estate Agents', 'Bookshop', 'Bakery', 'Florist', 'Barbers', 'Building Society', 'Vets', 'Tattoo Parlour', 'Deli', 'Gallery', 'Charity Shop', 'Wine Bar', 'Letting Agents'];
  const lanes = ['London Street', 'Elm Hill', 'St Benedicts Street', 'Magdalen Street', 'Timber Hill', 'Pottergate', 'St Giles Street', 'Upper St Giles'];
  const customers = [];
  const usedBusiness = new Set();
  for (const r of rounds) {
    const postcode = { Norwich: 'NR2', Cringleford: 'NR4', Costessey: 'NR8', Hellesdon: 'NR6', Sprowston: 'NR7', 'Thorpe St Andrew': 'NR7', Wymondham: 'NR18', Taverham: 'NR8', Poringland: 'NR14' }[r.town];
    for (let k = 0; k < r.size; k += 1) {
      let type;
      let name;
      let address;
      if (r.round_name === 'City Centre Shops' || (random() < 0.04 && r.round_name !== 'Poringland')) {
        type = 'C';
        for (;;) {
          name = `${pick(['The', pick(['Castle', 'Cathedral', 'Lanes', 'Riverside', 'Tombland', 'Golden Ball', 'Colegate', 'Market'])])} ${pick(businesses)}`.replace(/^The The/, 'The');
          if (!usedBusiness.has(name)) break;
        }
        usedBusiness.add(name);
        address = `${between(1, 60)} ${r.round_name === 'City Centre Shops' ? pick(lanes) : pick(streets)}`;
      } else {
        const roll = random();
        type = roll < 0.22 ? 'T' : roll < 0.5 ? 'S' : roll < 0.74 ? 'D' : roll < 0.93 ? 'B' : 'F';
        for (;;) {
          name = type === 'F' ? `${pick(['Ashcroft', 'Bure', 'Carrow', 'Wensum', 'Yare', 'Tas', 'Chapel Field', 'Heigham', 'Mousehold'])} ${pick(['Court', 'House', 'Lodge', 'Mews'])} (management company)` : `${pick(['Mr', 'Mrs', 'Ms', 'Mr and Mrs', 'Dr'])} ${pick(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'J', 'K', 'L', 'M', 'P', 'R', 'S', 'T'])} ${pick(surnames)}`;
          if (!usedBusiness.has(name)) break;
        }
        usedBusiness.add(name);
        address = `${between(1, 140)} ${pick(streets)}`;
      }
      const base = { T: 12, S: 16, D: 22, B: 14, F: 55, C: 18 }[type];
      const price = base + between(0, type === 'F' ? 35 : type === 'C' ? 30 : type === 'D' ? 14 : 5);
      const joined = addDays(new Date(Date.UTC(2011, 8, 1)), between(0, 5500));
      const cancelled = random() < 0.13 ? addDays(joined, between(120, 2400)) : null;
      const method = type === 'C' || type === 'F' ? pick(['bank transfer', 'bank transfer', 'direct debit', 'card']) : pick(['cash', 'cash', 'cash', 'bank transfer', 'bank transfer', 'direct debit', 'card']);
      customers.push({ customer_id: 0, customer_name: name, address, postcode: `${postcode} ${between(1, 9)}${pick(['AB', 'DF', 'EW', 'HJ', 'LQ', 'PT', 'SX', 'UY'])}`, round_id: r.round_id, property_type: type, has_conservatory: ['S', 'D', 'B'].includes(type) && random() < 0.3, standard_price: money(price), payment_method: method, joined_on: day(joined), cancelled_on: cancelled && cancelled < END ? day(cancelled) : null, slow: method === 'bank transfer' && random() < 0.15 });
    }
  }
  // four new customers, signed up after their round's last visit
  for (const [roundIndex, name, type, price, joined] of [[0, 'Mrs F Knights', 'S', 17, '2026-11-24'], [6, 'Mr and Mrs P Coe', 'D', 28, '2026-11-26'], [4, 'Dr L Varden', 'B', 15, '2026-11-27'], [7, 'Ms R Gedge', 'T', 13, '2026-11-28']]) {
    customers.push({ customer_id: 0, customer_name: name, address: `${between(1, 90)} ${pick(streets)}`, postcode: 'NR4 7QT', round_id: rounds[roundIndex].round_id, property_type: type, has_conservatory: false, standard_price: money(price), payment_method: 'cash', joined_on: joined, cancelled_on: null, slow: false });
  }
  customers.forEach((c, index) => { c.customer_id = 1001 + index; });
  const cleans = [];
  const payments = [];
  const complaints = [];
  const firstMonday = new Date(Date.UTC(2024, 0, 1));
  for (let d = new Date(firstMonday); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    const week = Math.floor((d - firstMonday) / (7 * 86_400_000));
    for (const r of rounds) {
      if (r.dow !== dow || (week - r.offset) % r.cycle_weeks !== 0) continue;
      // a wet or windy day: the round is rained off and done the next working day
      let when = d;
      const rainedOff = random() < (d.getUTCMonth() >= 10 || d.getUTCMonth() <= 1 ? 0.14 : 0.05);
      const today0 = day(d);
      const people = customers.filter((c) => c.round_id === r.round_id && c.joined_on <= today0 && !(c.cancelled_on && c.cancelled_on <= today0));
      let cleaner = [r.now, r.before].map((i) => (i === null ? null : cleaners[i])).find((c) => c && active(c, today0));
      if (!cleaner) cleaner = pick(cleaners.filter((c) => active(c, today0)));
      if (rainedOff) {
        for (const c of people) cleans.push({ customer_id: c.customer_id, cleaner_id: cleaner.cleaner_id, cleaned_on: today0, outcome: 'R', amount_charged: money(0), c });
        when = addDays(d, dow === 5 ? 3 : 1);
        if (when > END) continue;
      }
      const today = day(when);
      for (const c of people) {
        const roll = random();
        const outcome = roll < 0.045 ? 'N' : roll < 0.075 ? 'S' : 'D';
        const price = Number(c.standard_price) - (today < '2025-04-01' ? (Number(c.standard_price) >= 20 ? 2 : 1) : 0);
        const extra = outcome === 'D' && c.has_conservatory && random() < 0.1 ? 25 : 0;
        cleans.push({ customer_id: c.customer_id, cleaner_id: cleaner.cleaner_id, cleaned_on: today, outcome, amount_charged: money(outcome === 'D' ? price + extra : 0), c, cleanerRef: cleaner });
      }
    }
  }
  cleans.sort((a, b) => cmp(a.cleaned_on, b.cleaned_on) || a.customer_id - b.customer_id || cmp(b.outcome === 'R' ? 0 : 1, a.outcome === 'R' ? 0 : 1));
  cleans.forEach((x, index) => { x.clean_id = 300001 + index; });
  for (const x of cleans) {
    if (x.outcome !== 'D') continue;
    const when = new Date(`${x.cleaned_on}T00:00:00Z`);
    const m = x.c.payment_method;
    let paid;
    if (m === 'cash' || m === 'card') paid = random() < 0.03 ? addDays(when, between(14, 50)) : when;
    else if (m === 'direct debit') paid = new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth() + 1, 1));
    else paid = addDays(when, x.c.slow ? between(10, 70) : between(0, 12));
    if (m === 'bank transfer' && random() < (x.c.slow ? 0.08 : 0.012)) paid = null;
    if (paid && paid > END) paid = null;
    if (paid) payments.push({ clean_id: x.clean_id, paid_on: day(paid), amount: x.amount_charged, method: m });
    const roll = random();
    if (roll < 0.014) {
      const type = pick(['smears', 'smears', 'smears', 'missed windows', 'missed windows', 'water on car', 'gate left open', 'damage']);
      const refund = type === 'damage' ? money(40 + random() * 260) : type === 'smears' || type === 'missed windows' ? (random() < 0.5 ? x.amount_charged : money(0)) : money(0);
      const logged = addDays(when, between(0, 4));
      if (logged <= END) complaints.push({ logged_on: day(logged), customer_id: x.customer_id, clean_id: x.clean_id, complaint_type: type, refund_amount: refund, resolved: logged < addDays(END, -20) ? random() < 0.94 : random() < 0.3 });
    }
  }
  for (let k = 0; k < 14; k += 1) {
    const logged = addDays(new Date(Date.UTC(2024, 0, 15)), between(0, 1040));
    const today = day(logged);
    const who = pick(customers.filter((c) => c.joined_on <= today && !(c.cancelled_on && c.cancelled_on <= today)));
    complaints.push({ logged_on: today, customer_id: who.customer_id, clean_id: null, complaint_type: pick(['billing error', 'billing error', 'no-show']), refund_amount: money(0), resolved: random() < 0.85 });
  }
  payments.sort((a, b) => cmp(a.paid_on, b.paid_on) || a.clean_id - b.clean_id);
  payments.forEach((p, index) => { p.payment_id = 1 + index; });
  complaints.sort((a, b) => cmp(a.logged_on, b.logged_on) || a.customer_id - b.customer_id);
  complaints.forEach((p, index) => { p.complaint_id = 1 + index; });
  writeTable('window_cleaning', 'cleaners', ['cleaner_id', 'full_name', 'employment_type', 'water_fed_pole', 'started_on', 'left_on'], cleaners);
  writeTable('window_cleaning', 'rounds', ['round_id', 'round_name', 'town', 'day_of_week', 'cycle_weeks', 'cleaner_id'], rounds);
  writeTable('window_cleaning', 'customers', ['customer_id', 'customer_name', 'address', 'postcode', 'round_id', 'property_type', 'has_conservatory', 'standard_price', 'payment_method', 'joined_on', 'cancelled_on'], customers);
  writeTable('window_cleaning', 'cleans', ['clean_id', 'customer_id', 'cleaner_id', 'cleaned_on', 'outcome', 'amount_charged'], cleans);
  writeTable('window_cleaning', 'payments', ['payment_id', 'clean_id', 'paid_on', 'amount', 'method'], payments);
  writeTable('window_cleaning', 'complaints', ['complaint_id', 'customer_id', 'clean_id', 'logged_on', 'complaint_type', 'refund_amount', 'resolved'], complaints);
}

/** A regional blood donation service (north Lancashire and south Cumbria): venues, donors, sessions, appointments, deferrals and awards, 2024-2026. */
function bloodDonors() {
  const { random, pick, between } = seeded(19460317);
  const gauss = () => (random() + random() + random() + random() + random() + random() - 3) / Math.sqrt(0.5);
  // [name, town, type, slots]
  const venueList = [
    ['Lancaster Donor Centre', 'Lancaster', 'DC', 40], ['Ashton Memorial Hall', 'Lancaster', 'CH', 28], ['Morecambe Methodist Hall', 'Morecambe', 'CH', 30],
    ['Carnforth Civic Hall', 'Carnforth', 'CH', 24], ['Kendal Town Hall', 'Kendal', 'CH', 32], ['Garstang Community Centre', 'Garstang', 'CH', 22],
    ['Ulverston Coronation Hall', 'Ulverston', 'CH', 26], ['Barrow Forum', 'Barrow-in-Furness', 'CH', 34], ['Heysham Power Station', 'Heysham', 'WP', 20],
    ['Lancaster University', 'Lancaster', 'WP', 26], ['Silverdale Village Hall', 'Silverdale', 'CH', 16], ['Grange Victoria Hall', 'Grange-over-Sands', 'CH', 18],
  ];
  const venues = venueList.map(([vnu_nm, twn, vnu_typ, slots], i) => ({ vnu_id: 31 + i, vnu_nm, twn, vnu_typ, slots }));
  const nextName = namer(pick,
    ['Adam', 'Bethany', 'Chris', 'Donna', 'Emily', 'Fraser', 'Gail', 'Harriet', 'Isaac', 'Jade', 'Kieran', 'Leanne', 'Mohammed', 'Nicola', 'Oliver', 'Phoebe', 'Rachel', 'Simon', 'Tracey', 'Usman', 'Vicky', 'William', 'Zara', 'Graham', 'Joanne', 'Martin', 'Alison', 'Ben', 'Carol', 'Dean', 'Eleanor', 'Gareth', 'Hannah', 'Jordan', 'Karen', 'Lewis', 'Megan', 'Nathan', 'Sophie', 'Tariq'],
    ['Airey', 'Bowness', 'Capstick', 'Dobson', 'Ellwood', 'Fell', 'Gregson', 'Holme', 'Inman', 'Jackson', 'Kellet', 'Lund', 'Mason', 'Nelson', 'Parkinson', 'Quayle', 'Rawlinson', 'Sowerby', 'Thexton', 'Ward', 'Whiteside', 'Benson', 'Crayston', 'Hodgson', 'Moorhouse', 'Postlethwaite', 'Shepherd', 'Tyson', 'Walmsley', 'Patel', 'Khan', 'Nowak', 'Cornthwaite', 'Dawson', 'Threlfall']);
  const groups = [['O+', 35], ['A+', 30], ['B+', 8], ['AB+', 2], ['O-', 13], ['A-', 8], ['B-', 2], ['AB-', 2]];
  const pickGroup = () => { let r = random() * 100; for (const [g, w] of groups) { r -= w; if (r <= 0) return g; } return 'O+'; };
  const homeTowns = ['Lancaster', 'Lancaster', 'Lancaster', 'Morecambe', 'Morecambe', 'Heysham', 'Carnforth', 'Kendal', 'Kendal', 'Garstang', 'Ulverston', 'Barrow-in-Furness', 'Barrow-in-Furness', 'Silverdale', 'Grange-over-Sands'];
  const donors = [];
  for (let i = 0; i < 1150; i += 1) {
    const [first, last] = nextName();
    const sex = ['Bethany', 'Donna', 'Emily', 'Gail', 'Harriet', 'Jade', 'Leanne', 'Nicola', 'Phoebe', 'Rachel', 'Tracey', 'Vicky', 'Zara', 'Joanne', 'Alison', 'Carol', 'Eleanor', 'Hannah', 'Karen', 'Megan', 'Sophie'].includes(first) ? 'F' : 'M';
    const reg = addDays(new Date(Date.UTC(1988, 0, 4)), Math.floor(Math.sqrt(random()) * 14100));
    const ageAtReg = between(17, 55);
    let dob = addDays(reg, -(ageAtReg * 365 + between(0, 364)));
    if (dob < new Date(Date.UTC(1952, 0, 1))) dob = addDays(new Date(Date.UTC(1952, 0, 1)), between(0, 3000)); // donors stop in their seventies
    const years = Math.max(0, (Date.UTC(2024, 0, 1) - reg) / (365.25 * 86_400_000));
    const keen = random();
    const twn = pick(homeTowns);
    const local = venues.filter((v) => v.twn === twn && v.vnu_typ !== 'WP');
    donors.push({ dnr_id: 100001 + i, dnr_nm: `${first} ${last}`, sex_cd: sex, dob: day(dob), bld_grp: pickGroup(), twn, reg_dt: day(reg), hist_cnt: Math.min(Math.floor(years * keen * (sex === 'M' ? 3.2 : 2.4)), 140), pref_vnu: random() < 0.35 && local.length ? pick(local).vnu_id : null, keen, withdrawnFrom: random() < 0.04 ? day(addDays(new Date(Date.UTC(2024, 0, 1)), between(0, 1050))) : null, next: '2024-01-01', last: null, full: 0 });
  }
  donors[donors.length - 1].reg_dt = '2026-11-24';
  donors[donors.length - 1].hist_cnt = 0;
  donors[donors.length - 2].reg_dt = '2026-11-18';
  donors[donors.length - 2].hist_cnt = 0;
  const sessions = [];
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    const week = Math.floor((d - new Date(Date.UTC(2024, 0, 1))) / (7 * 86_400_000));
    for (const v of venues) {
      let held = false;
      if (v.vnu_typ === 'DC') held = dow === 2 || (dow === 6 && d.getUTCDate() <= 7);
      else if (v.vnu_typ === 'WP') held = dow === 3 && (week + v.vnu_id) % 12 === 0;
      else held = dow === 1 + (v.vnu_id % 5) && (week + v.vnu_id * 3) % 14 === 0;
      if (!held) continue;
      if (v.vnu_typ === 'DC' && d.getUTCMonth() === 11 && d.getUTCDate() > 23) continue;
      sessions.push({ ssn_id: 0, vnu_id: v.vnu_id, ssn_dt: day(d), slots: v.slots, st_cd: random() < 0.025 ? 'X' : 'H', v });
    }
  }
  sessions.forEach((s, i) => { s.ssn_id = 7001 + i; });
  const apts = [];
  const deferrals = [];
  const awards = [];
  const milestones = [[10, 'B10'], [25, 'S25'], [50, 'G50'], [75, 'P75'], [100, 'D100']];
  for (const dn of donors) {
    for (const [n, code] of milestones) {
      if (dn.hist_cnt >= n) {
        const reg = new Date(`${dn.reg_dt}T00:00:00Z`);
        const span = (Date.UTC(2023, 11, 31) - reg) / 86_400_000;
        awards.push({ dnr_id: dn.dnr_id, awd_cd: code, awd_dt: day(addDays(reg, Math.floor(span * (n / dn.hist_cnt) * (0.9 + random() * 0.1)))) });
      }
    }
    dn.full = dn.hist_cnt;
  }
  for (const s of sessions) {
    if (s.st_cd === 'X') continue;
    const today = s.ssn_dt;
    const eligible = donors.filter((dn) => dn.reg_dt <= today && dn.next <= today && !(dn.withdrawnFrom && dn.withdrawnFrom <= today));
    const weight = (dn) => (dn.pref_vnu === s.vnu_id ? 6 : dn.twn === s.v.twn ? 3 : s.v.vnu_typ === 'DC' ? 1 : 0.15) * (dn.keen < 0.22 ? 0.01 : 0.1 + dn.keen) * (dn.reg_dt > '2023-06-01' ? 1.5 : 1);
    const n = Math.min(eligible.length, Math.round(s.slots * (0.7 + random() * 0.28)));
    const chosen = new Set();
    let total = eligible.reduce((sum, dn) => sum + weight(dn), 0);
    for (let k = 0; k < n; k += 1) {
      let r = random() * total;
      let pickd = null;
      for (const dn of eligible) {
        if (chosen.has(dn)) continue;
        r -= weight(dn);
        if (r <= 0) { pickd = dn; break; }
      }
      if (!pickd) break;
      chosen.add(pickd);
      total -= weight(pickd);
    }
    for (const dn of chosen) {
      const roll = random();
      let outcome;
      let hb = null;
      let vol = null;
      let reason = null;
      let days = null;
      if (roll < 0.055) outcome = 'NA';
      else if (roll < 0.095) outcome = 'CX';
      else {
        hb = Math.round((dn.sex_cd === 'F' ? 139 : 152) + gauss() * (dn.sex_cd === 'F' ? 9 : 10));
        if (hb < (dn.sex_cd === 'F' ? 125 : 135)) { outcome = 'DF'; reason = 'LHB'; days = 90; }
        else if (random() < 0.035) { outcome = 'DF'; reason = pick(['TRV', 'TRV', 'MED', 'MED', 'TAT', 'ILL', 'ILL']); days = { TRV: pick([28, 120, 180]), MED: pick([7, 14, 28]), TAT: 120, ILL: pick([14, 28]) }[reason]; }
        else if (random() < 0.025) { outcome = 'PB'; vol = between(120, 400); }
        else { outcome = 'DN'; vol = between(465, 480); }
      }
      const apt = { apt_id: 0, dnr_id: dn.dnr_id, ssn_id: s.ssn_id, outcome, hb_gl: hb, vol_ml: vol, reason, days, today };
      apts.push(apt);
      const date = new Date(`${today}T00:00:00Z`);
      if (outcome === 'DN' || outcome === 'PB') {
        dn.next = day(addDays(date, dn.sex_cd === 'F' ? 112 : 84));
        dn.last = today;
        if (outcome === 'DN') {
          dn.full += 1;
          const hit = milestones.find(([m]) => m === dn.full);
          if (hit) awards.push({ dnr_id: dn.dnr_id, awd_cd: hit[1], awd_dt: day(addDays(date, between(20, 45))) });
        }
      } else if (outcome === 'DF') dn.next = day(addDays(date, days));
      else dn.next = day(addDays(date, between(7, 40)));
    }
  }
  apts.forEach((a, i) => { a.apt_id = 500001 + i; });
  for (const a of apts) if (a.outcome === 'DF') deferrals.push({ apt_id: a.apt_id, rsn_cd: a.reason, dfr_days: a.days, until_dt: day(addDays(new Date(`${a.today}T00:00:00Z`), a.days)) });
  deferrals.forEach((x, i) => { x.dfr_id = 1 + i; });
  const live = awards.filter((a) => a.awd_dt <= day(END));
  live.sort((a, b) => cmp(a.awd_dt, b.awd_dt) || a.dnr_id - b.dnr_id);
  live.forEach((a, i) => { a.awd_id = 1 + i; });
  for (const dn of donors) dn.stat_cd = dn.withdrawnFrom ? 'W' : dn.reg_dt < '2024-12-01' && !(dn.last && dn.last >= '2024-12-01') ? 'L' : 'A';
  writeTable('blood_donors', 'vnu', ['vnu_id', 'vnu_nm', 'twn', 'vnu_typ', 'slots'], venues);
  writeTable('blood_donors', 'dnr', ['dnr_id', 'dnr_nm', 'sex_cd', 'dob', 'bld_grp', 'twn', 'reg_dt', 'hist_cnt', 'pref_vnu', 'stat_cd'], donors);
  writeTable('blood_donors', 'ssn', ['ssn_id', 'vnu_id', 'ssn_dt', 'slots', 'st_cd'], sessions);
  writeTable('blood_donors', 'apt', ['apt_id', 'dnr_id', 'ssn_id', 'outcome', 'hb_gl', 'vol_ml'], apts);
  writeTable('blood_donors', 'dfr', ['dfr_id', 'apt_id', 'rsn_cd', 'dfr_days', 'until_dt'], deferrals);
  writeTable('blood_donors', 'awd', ['awd_id', 'dnr_id', 'awd_cd', 'awd_dt'], live);
}

windowCleaning();
bloodDonors();

// Writes databases/{canal_hire,school_meals}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere:
// node bench/datasets/probe-abstain13/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Ada', 'Barnaby', 'Celia', 'Dominic', 'Eleanor', 'Felix', 'Grace', 'Harvey', 'Isla', 'Jasper', 'Keira', 'Leo', 'Maisie', 'Nathan', 'Olive', 'Patrick', 'Rosa', 'Samuel', 'Tilly', 'Umar', 'Vera', 'William', 'Yasmin', 'Zachary', 'Agnes', 'Bilal', 'Clara', 'Dexter', 'Ellis', 'Freya'];
const LAST = ['Ashworth', 'Bramley', 'Cartwright', 'Dunmore', 'Eastwood', 'Fairclough', 'Gorton', 'Holroyd', 'Inskip', 'Jagger', 'Kershaw', 'Lumb', 'Moorhouse', 'Nuttall', 'Ormerod', 'Priestley', 'Rhodes', 'Sutcliffe', 'Townend', 'Utley', 'Varley', 'Wadsworth', 'Yates', 'Ahmed', 'Begum', 'Novak', 'Okafor', 'Quinn', 'Rossi', 'Schmidt'];

/** A canal boat hire firm: its hire bases, boats, customers, hires, yard repairs and staff, 2026-01 to 2026-11. */
function canalHire() {
  const { random, pick, between } = seeded(20261305);
  const nextName = namer(pick, FIRST, LAST);
  const bases = [
    ['Wharfside Lock', 'Leeds & Liverpool Canal', 'Skelbrook', 1987, true, '01632 960501'],
    ['Hawthorn Junction', 'Trent & Mersey Canal', 'Brindlebury', 1994, false, '01632 960622'],
    ['Kennet Reach', 'Kennet & Avon Canal', 'Oakhanger', 2003, true, '01632 960733'],
    ['Aqueduct Moorings', 'Llangollen Canal', 'Pentrefelin', 2011, false, '01632 960844'],
  ].map(([base_nm, canal, town, opened_yr, slipway, tel], index) => ({ base_id: index + 1, base_nm, canal, town, opened_yr, slipway, tel }));
  const prefix = { 1: 'WL', 2: 'HJ', 3: 'KR', 4: 'AM' };
  const BOAT_NAMES = ['Kingfisher', 'Dabchick', 'Marsh Harrier', 'Water Vole', 'Moorhen', 'Otter Holt', 'Heron Dawn', 'Lapwing', 'Willow Wren', 'Teasel', 'Meadowsweet', 'Grebe', 'Bittern', 'Reed Bunting', 'Damselfly', 'Coot', 'Wagtail', 'Mallow', 'Sedge Warbler', 'Alder', 'Foxglove', 'Dipper', 'Pochard', 'Campion'];
  const boats = [];
  let nameIndex = 0;
  for (const base of bases) {
    const count = { 1: 7, 2: 6, 3: 6, 4: 5 }[base.base_id];
    for (let k = 1; k <= count; k += 1) {
      const cls = k === count && base.base_id !== 4 ? 'WB' : k === 1 && base.base_id === 3 ? 'CR' : 'NB';
      const len = cls === 'CR' ? between(28, 34) : cls === 'WB' ? between(55, 60) : between(45, 70);
      const berths = cls === 'CR' ? 2 : cls === 'WB' ? between(6, 8) : Math.min(10, 2 + Math.floor((len - 40) / 5));
      const grade = pick(['G', 'S', 'S', 'B']);
      const rate = (cls === 'WB' ? 1650 : cls === 'CR' ? 780 : 900 + len * 12) * (grade === 'G' ? 1.2 : grade === 'B' ? 0.85 : 1);
      boats.push({ boat_id: `${prefix[base.base_id]}${String(k).padStart(2, '0')}`, base_id: base.base_id, boat_nm: BOAT_NAMES[nameIndex++], cls, grade, len_ft: len, berths, built_yr: between(1998, 2023), wk_rate_gbp: money(Math.round(rate / 5) * 5), pets_ok: random() < 0.6 });
    }
  }
  const countries = ['GB', 'GB', 'GB', 'GB', 'GB', 'DE', 'NL', 'US', 'AU', 'IE', 'FR'];
  const customers = [];
  for (let n = 0; n < 260; n += 1) {
    const [first, last] = nextName();
    customers.push({ cust_id: 5001 + n, first_nm: first, last_nm: last, email: `${first.toLowerCase()}.${last.toLowerCase()}${between(1, 99)}@example.org`, ctry: pick(countries), prior_trips: random() < 0.6 ? 0 : between(1, 9), news_ok: random() < 0.4 });
  }
  const hires = [];
  const start = new Date(Date.UTC(2026, 2, 6));
  for (const boat of boats) {
    let date = addDays(start, between(0, 6));
    for (;;) {
      const nights = pick([3, 4, 7, 7, 7, 14]);
      if (addDays(date, nights) > new Date(Date.UTC(2026, 10, 1))) break;
      const customer = pick(customers);
      const roll = random();
      const status = roll < 0.07 ? 'CXL' : roll < 0.1 ? 'NS' : 'CMP';
      const weeks = nights === 3 || nights === 4 ? 0.6 : nights / 7;
      const peak = date.getUTCMonth() >= 5 && date.getUTCMonth() <= 7 ? 1.25 : 1;
      const total = Number(boat.wk_rate_gbp) * weeks * peak;
      const damage = status === 'CMP' && random() < 0.12 ? money(between(40, 450)) : status === 'CMP' ? '0.00' : null;
      hires.push({ hire_ref: null, cust_id: customer.cust_id, boat_id: boat.boat_id, start_dt: day(date), nights, party: between(1, boat.berths), chan: pick(['WEB', 'WEB', 'WEB', 'AGT', 'AGT', 'PHN']), status, total_gbp: money(total), dep_gbp: money(boat.cls === 'CR' ? 150 : 300), diesel_l: status === 'CMP' ? between(nights * 6, nights * 12) : null, dmg_gbp: damage });
      date = addDays(date, nights + between(0, 5));
    }
  }
  hires.sort((a, b) => (a.start_dt < b.start_dt ? -1 : a.start_dt > b.start_dt ? 1 : a.boat_id < b.boat_id ? -1 : 1));
  hires.forEach((hire, index) => { hire.hire_ref = `H${String(26001 + index)}`; });
  const repairs = [];
  const systems = ['ENG', 'ENG', 'PROP', 'PUMP', 'ELEC', 'HULL', 'TOIL', 'TOIL'];
  for (let n = 0; n < 90; n += 1) {
    const boat = pick(boats);
    const sys = pick(systems);
    const cost = { ENG: [120, 1900], PROP: [40, 260], PUMP: [60, 340], ELEC: [50, 620], HULL: [300, 4200], TOIL: [35, 210] }[sys];
    repairs.push({ rep_id: 701 + n, boat_id: boat.boat_id, rep_dt: day(addDays(new Date(Date.UTC(2026, 0, 5)), between(0, 320))), sys, cost_gbp: money(between(cost[0], cost[1])), days_off: sys === 'HULL' ? between(5, 21) : between(0, 3) });
  }
  repairs.sort((a, b) => (a.rep_dt < b.rep_dt ? -1 : a.rep_dt > b.rep_dt ? 1 : a.rep_id - b.rep_id));
  const staff = [];
  for (const base of bases) {
    for (const role of ['MGR', 'ENG', 'ENG', 'HND', 'HND', 'CLN', 'CLN', 'CLN']) {
      if (role === 'ENG' && base.base_id === 4 && staff.some((s) => s.base_id === 4 && s.role === 'ENG')) continue;
      const [first, last] = nextName();
      staff.push({ emp_id: 101 + staff.length, emp_nm: `${first} ${last}`, base_id: base.base_id, role, hrly_gbp: money(role === 'MGR' ? 19.5 : role === 'ENG' ? between(15, 18) + 0.5 : role === 'HND' ? 13.25 : 12.6), start_dt: day(addDays(new Date(Date.UTC(2012, 0, 1)), between(0, 5000))), seasonal: role === 'CLN' && random() < 0.7 });
    }
  }
  writeTable('canal_hire', 'bases', ['base_id', 'base_nm', 'canal', 'town', 'opened_yr', 'slipway', 'tel'], bases);
  writeTable('canal_hire', 'boats', ['boat_id', 'base_id', 'boat_nm', 'cls', 'grade', 'len_ft', 'berths', 'built_yr', 'wk_rate_gbp', 'pets_ok'], boats);
  writeTable('canal_hire', 'customers', ['cust_id', 'first_nm', 'last_nm', 'email', 'ctry', 'prior_trips', 'news_ok'], customers);
  writeTable('canal_hire', 'hires', ['hire_ref', 'cust_id', 'boat_id', 'start_dt', 'nights', 'party', 'chan', 'status', 'total_gbp', 'dep_gbp', 'diesel_l', 'dmg_gbp'], hires);
  writeTable('canal_hire', 'repairs', ['rep_id', 'boat_id', 'rep_dt', 'sys', 'cost_gbp', 'days_off'], repairs);
  writeTable('canal_hire', 'staff', ['emp_id', 'emp_nm', 'base_id', 'role', 'hrly_gbp', 'start_dt', 'seasonal'], staff);
}

/** A school meals caterer: its schools, dishes, kitchen staff, daily servings, hygiene inspections and complaints, autumn term 2026. */
function schoolMeals() {
  const { random, pick, between } = seeded(20261306);
  const nextName = namer(pick, FIRST, LAST);
  const schools = [
    [118204, 'Millbrook Primary', 'Ravensholme', 'PRI', 210, 18.5, 'FULL', null],
    [118211, 'St Aidan\'s CE Primary', 'Ravensholme', 'PRI', 96, 9.4, 'SAT', 118204],
    [118230, 'Thornley Moor Primary', 'Cawdale', 'PRI', 315, 27.1, 'FULL', null],
    [118236, 'Cawdale Infant School', 'Cawdale', 'PRI', 142, 22.0, 'SAT', 118230],
    [120415, 'Ravensholme Academy', 'Ravensholme', 'SEC', 1120, 24.8, 'FULL', null],
    [120433, 'Highfield High School', 'Lowmoor', 'SEC', 860, 31.6, 'FULL', null],
    [121007, 'Oakdene School', 'Lowmoor', 'SPC', 74, 41.2, 'SAT', 120433],
  ].map(([sch_id, sch_nm, town, phase, roll, fsm_pct, kit, hub_sch]) => ({ sch_id, sch_nm, town, phase, roll, fsm_pct: fsm_pct.toFixed(1), kit, hub_sch }));
  const dishes = [
    ['Beef lasagne', 'MN', 'S', 280, 92], ['Cheese and tomato pizza', 'MN', 'V', 220, 61], ['Chicken curry with rice', 'MN', 'H', 300, 88],
    ['Vegetable chilli', 'MN', 'VE', 290, 54], ['Fish fingers', 'MN', 'S', 180, 79], ['Roast chicken dinner', 'MN', 'H', 320, 104],
    ['Jacket potato with beans', 'MN', 'VE', 310, 38], ['Quorn sausage and mash', 'MN', 'V', 300, 66], ['Shepherd\'s pie', 'MN', 'S', 290, 85],
    ['Macaroni cheese', 'MN', 'V', 270, 49], ['Garden peas', 'SD', 'VE', 60, 8], ['Carrot batons', 'SD', 'VE', 60, 7],
    ['Garlic bread', 'SD', 'V', 50, 12], ['Salad bar', 'SD', 'VE', 80, 19], ['Apple crumble and custard', 'DS', 'V', 150, 24],
    ['Chocolate sponge', 'DS', 'V', 120, 21], ['Fresh fruit pot', 'DS', 'VE', 100, 27], ['Yoghurt', 'DS', 'V', 125, 18],
  ].map(([dish_nm, course, diet, portion_g, cost_p], index) => ({ dish_id: 301 + index, dish_nm, course, diet, portion_g, cost_p, menu_wk: (index % 3) + 1 }));
  const staff = [];
  for (const school of schools) {
    const roles = school.kit === 'FULL' ? ['CK', 'AC', 'GA', 'GA', 'MDSA', 'MDSA', ...(school.phase === 'SEC' ? ['AC', 'GA', 'GA', 'GA'] : [])] : ['GA', 'MDSA', 'MDSA'];
    for (const role of roles) {
      const [first, last] = nextName();
      staff.push({ emp_id: 4401 + staff.length, emp_nm: `${first} ${last}`, sch_id: school.sch_id, role, hrs_wk: role === 'CK' ? 30 : role === 'MDSA' ? 7.5 : between(12, 25), hrly_gbp: money(role === 'CK' ? 14.1 : role === 'AC' ? 12.95 : 12.6), fh_lvl: role === 'CK' ? 3 : role === 'AC' ? 2 : random() < 0.6 ? 1 : null, start_dt: day(addDays(new Date(Date.UTC(2008, 0, 1)), between(0, 6600))) });
    }
  }
  const servings = [];
  const termStart = new Date(Date.UTC(2026, 8, 3));
  const mains = dishes.filter((d) => d.course === 'MN');
  for (let d = 0; d < 78; d += 1) {
    const date = addDays(termStart, d);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (date >= new Date(Date.UTC(2026, 9, 26)) && date <= new Date(Date.UTC(2026, 9, 30))) continue; // half term
    const todays = [mains[(d * 2) % mains.length], mains[(d * 2 + 1) % mains.length], dishes[10 + (d % 4)], dishes[14 + (d % 4)]];
    for (const school of schools) {
      const eating = Math.round(school.roll * (school.phase === 'SEC' ? 0.45 : 0.78) * (0.9 + random() * 0.15));
      const split = 0.35 + random() * 0.3;
      for (const dish of todays) {
        const served = dish.course === 'MN' ? Math.round(eating * (dish === todays[0] ? split : 1 - split)) : Math.round(eating * (0.5 + random() * 0.4));
        const free = Math.round(served * Number(school.fsm_pct) / 100 * (school.phase === 'PRI' ? 2.2 : 1.1));
        servings.push({ sch_id: school.sch_id, srv_dt: day(date), dish_id: dish.dish_id, served, free_meals: Math.min(served, free), waste_kg: (served * dish.portion_g / 1000 * (0.05 + random() * 0.2)).toFixed(1) });
      }
    }
  }
  const inspections = [];
  for (const school of schools) {
    for (const when of [between(0, 300), between(400, 700)]) {
      inspections.push({ insp_id: 0, sch_id: school.sch_id, insp_dt: day(addDays(new Date(Date.UTC(2024, 11, 1)), when)), fhrs: pick([5, 5, 5, 4, 4, 3]), follow_up: random() < 0.2 });
    }
  }
  inspections.sort((a, b) => (a.insp_dt < b.insp_dt ? -1 : a.insp_dt > b.insp_dt ? 1 : a.sch_id - b.sch_id));
  inspections.forEach((inspection, index) => { inspection.insp_id = 61 + index; });
  const complaints = [];
  for (let n = 0; n < 48; n += 1) {
    const school = pick(schools);
    complaints.push({ cmp_id: 9001 + n, sch_id: school.sch_id, cmp_dt: day(addDays(termStart, between(0, 85))), src: pick(['PAR', 'PAR', 'PAR', 'STF', 'GOV']), topic: pick(['TEMP', 'PORT', 'PORT', 'ALG', 'TASTE', 'TASTE', 'QUEUE']), closed: random() < 0.75 });
  }
  complaints.sort((a, b) => (a.cmp_dt < b.cmp_dt ? -1 : a.cmp_dt > b.cmp_dt ? 1 : a.cmp_id - b.cmp_id));
  writeTable('school_meals', 'schools', ['sch_id', 'sch_nm', 'town', 'phase', 'roll', 'fsm_pct', 'kit', 'hub_sch'], schools);
  writeTable('school_meals', 'dishes', ['dish_id', 'dish_nm', 'course', 'diet', 'portion_g', 'cost_p', 'menu_wk'], dishes);
  writeTable('school_meals', 'staff', ['emp_id', 'emp_nm', 'sch_id', 'role', 'hrs_wk', 'hrly_gbp', 'fh_lvl', 'start_dt'], staff);
  writeTable('school_meals', 'servings', ['sch_id', 'srv_dt', 'dish_id', 'served', 'free_meals', 'waste_kg'], servings);
  writeTable('school_meals', 'inspections', ['insp_id', 'sch_id', 'insp_dt', 'fhrs', 'follow_up'], inspections);
  writeTable('school_meals', 'complaints', ['cmp_id', 'sch_id', 'cmp_dt', 'src', 'topic', 'closed'], complaints);
}

canalHire();
schoolMeals();

// Writes databases/{livery_yard,lift_maint}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-k/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));

/** A Cheshire livery yard: stable boxes, horse owners, the horses kept there, yard staff, a price list and the extras charged, 2024-2026. */
function liveryYard() {
  const { random, pick, between } = seeded(20190415);
  const boxes = [];
  const addBoxes = (block, prefix, count, size, area) => {
    for (let k = 1; k <= count; k += 1) boxes.push({ box_id: boxes.length + 1, box_label: `${prefix}${String(k).padStart(2, '0')}`, block, box_size: size, floor_area_m2: (area + (random() < 0.3 ? 0.5 : 0)).toFixed(1), has_camera: block === 'Foaling Barn' || random() < 0.2 });
  };
  addBoxes('Main Barn', 'MB', 12, 'standard', 13.4);
  addBoxes('Old Yard', 'OY', 6, 'standard', 12.5);
  for (let k = 7; k <= 10; k += 1) boxes.push({ box_id: boxes.length + 1, box_label: `OY${String(k).padStart(2, '0')}`, block: 'Old Yard', box_size: 'large', floor_area_m2: '15.6', has_camera: false });
  addBoxes('Top Yard', 'TY', 4, 'large', 16.7);
  addBoxes('Foaling Barn', 'FB', 2, 'foaling', 22.3);

  const nextName = namer(pick,
    ['Abigail', 'Beth', 'Charlotte', 'Debbie', 'Emma', 'Fiona', 'Georgia', 'Hannah', 'Isla', 'Jess', 'Karen', 'Lucy', 'Megan', 'Nicola', 'Olivia', 'Paul', 'Rachel', 'Sophie', 'Tom', 'Vicky', 'Will'],
    ['Ainsworth', 'Bradshaw', 'Cheetham', 'Dutton', 'Entwistle', 'Fairclough', 'Grundy', 'Hulme', 'Kenyon', 'Lowe', 'Mottram', 'Naylor', 'Ollerenshaw', 'Platt', 'Rigby', 'Shufflebotham', 'Tomlinson', 'Worthington']);
  const towns = ['Knutsford', 'Knutsford', 'Wilmslow', 'Macclesfield', 'Alderley Edge', 'Northwich', 'Holmes Chapel', 'Mobberley', 'Altrincham'];
  const owners = [];
  for (let i = 0; i < 40; i += 1) {
    const [first, last] = nextName();
    owners.push({ owner_id: 1 + i, full_name: `${first} ${last}`, town: pick(towns), joined_on: day(addDays(new Date(Date.UTC(2012, 2, 1)), between(0, 5200))), pays_by: pick(['direct debit', 'direct debit', 'direct debit', 'bank transfer', 'card']), email_opt_in: random() < 0.7 });
  }
  owners.forEach((o) => { if (o.joined_on > '2026-10-31') o.joined_on = '2026-09-14'; });
  // two on the waiting list for a box: registered, no horse here yet
  owners.push({ owner_id: 41, full_name: 'Isla Worthington', town: 'Mobberley', joined_on: '2026-10-12', pays_by: 'direct debit', email_opt_in: true });
  owners.push({ owner_id: 42, full_name: 'Will Ainsworth', town: 'Wilmslow', joined_on: '2026-11-20', pays_by: 'card', email_opt_in: false });

  const horseNames = ['Bramble', 'Dusty', 'Ziggy', 'Toffee', 'Monty', 'Bonnie', 'Jasper', 'Willow', 'Murphy', 'Pepper', 'Rolo', 'Blue', 'Archie', 'Daisy', 'Harvey', 'Misty', 'Otis', 'Poppy', 'Rocco', 'Sable', 'Tilly', 'Dolly', 'Fudge', 'Gatsby', 'Hector', 'Inka', 'Juno', 'Kestrel', 'Lottie', 'Maverick', 'Nutmeg', 'Oakley', 'Pip', 'Quincy', 'Ruby', 'Saffy', 'Teddy', 'Vinnie', 'Wispa', 'Xander', 'Bertie', 'Cobweb', 'Dexter', 'Echo', 'Flynn', 'Ginger', 'Hamish', 'Ivy', 'Jigsaw', 'Kobi', 'Luna', 'Marmite', 'Nelson', 'Opal'];
  // [breed, low height, high height]
  const breeds = [['Irish Sport Horse', 15.2, 17.0], ['Thoroughbred', 15.3, 16.3], ['Welsh Section D', 14.0, 15.1], ['Cob', 14.2, 15.3], ['Connemara', 13.2, 14.2], ['Warmblood', 16.0, 17.2], ['Highland', 13.2, 14.2], ['Shetland', 9.0, 10.2], ['Arab', 14.2, 15.2], ['Clydesdale cross', 16.0, 17.0]];
  const toInches = (hh) => Math.floor(hh) * 4 + Math.round((hh - Math.floor(hh)) * 10);
  const hands = (lo, hi) => {
    const inches = between(toInches(lo), toInches(hi));
    return `${Math.floor(inches / 4)}.${inches % 4}`;
  };
  const horses = [];
  const occupiedUntil = new Map(); // box_id -> day it is free again ('9999' while occupied)
  const ownerOrder = owners.map((o) => o.owner_id);
  for (let i = 0; i < horseNames.length; i += 1) {
    const ownerId = i < 40 ? ownerOrder[i] : pick(ownerOrder.slice(0, 30));
    const owner = owners[ownerId - 1];
    const [breed, lo, hi] = pick(breeds);
    const arrived = i < 34 ? addDays(new Date(Date.UTC(2016, 0, 1)), between(0, 2900)) : addDays(new Date(Date.UTC(2024, 0, 8)), between(0, 1020));
    let arrivedOn = day(arrived) < owner.joined_on ? owner.joined_on : day(arrived);
    const leaves = i % 6 === 4 || (i >= 34 && i % 5 === 0);
    let leftOn = leaves ? day(addDays(new Date(`${arrivedOn}T00:00:00Z`), between(120, 1400))) : null;
    if (leftOn && leftOn > '2026-11-30') leftOn = null;
    const foaled = breed === 'Shetland' ? between(2002, 2016) : between(2003, 2021);
    const rollType = random();
    let type = foaled < 2006 && rollType < 0.6 ? 'R' : rollType < 0.34 ? 'F' : rollType < 0.62 ? 'P' : rollType < 0.86 ? 'D' : 'G';
    if (breed === 'Shetland') type = 'G';
    let boxId = null;
    if (type !== 'G' && type !== 'R') {
      const want = breed === 'Warmblood' || breed === 'Clydesdale cross' ? ['large'] : ['standard', 'large'];
      const free = boxes.filter((b) => want.includes(b.box_size) && (occupiedUntil.get(b.box_id) ?? '0000') < arrivedOn);
      const box = free.length ? free[0] : null;
      if (box) {
        boxId = box.box_id;
        occupiedUntil.set(box.box_id, leftOn ?? '9999');
      } else type = 'G';
    }
    horses.push({ horse_id: 101 + i, stable_name: horseNames[i], owner_id: ownerId, box_id: boxId, breed, sex: breed === 'Shetland' || random() < 0.55 ? 'gelding' : random() < 0.93 ? 'mare' : 'stallion', foaled_year: foaled, height_hands: hands(lo, hi), livery_type: type, arrived_on: arrivedOn, left_on: leftOn });
  }
  const foal = horses.find((h) => h.stable_name === 'Opal');
  foal.box_id = boxes.find((b) => b.box_label === 'FB01').box_id;
  foal.livery_type = 'F';
  foal.breed = 'Welsh Section D';
  foal.sex = 'mare';
  foal.height_hands = '14.3';

  const staffList = [
    ['Janet Grundy', 'yard manager', '2011-04-04', null], ['Kelly Mottram', 'groom', '2016-08-15', null], ['Amy Rigby', 'groom', '2019-03-01', '2025-06-27'],
    ['Lewis Hulme', 'groom', '2021-09-06', null], ['Chloe Naylor', 'apprentice groom', '2024-09-02', null], ['Sarah Dutton', 'instructor', '2014-05-12', null],
    ['Mark Kenyon', 'instructor', '2022-01-10', '2024-11-29'], ['Ellie Platt', 'groom', '2025-07-07', null], ['Ruth Cheetham', 'instructor', '2025-02-03', null],
  ];
  const staff = staffList.map(([full_name, job_role, started_on, left_on], index) => ({ staff_id: 1 + index, full_name, job_role, started_on, left_on }));

  // [name, category, price, by visiting professional, kinds of livery that book it (weights per month)]
  const serviceList = [
    ['Full set of shoes', 'farrier', 110, true], ['Front shoes only', 'farrier', 75, true], ['Barefoot trim', 'farrier', 40, true],
    ['Flu and tetanus vaccination', 'veterinary', 68, true], ['Dental check (equine dentist)', 'veterinary', 70, true], ['Worm egg count', 'veterinary', 18, false],
    ['Physiotherapy session', 'therapy', 60, true], ['Saddle fitting', 'therapy', 85, true],
    ['Hacking out', 'exercise', 18, false], ['Lunging', 'exercise', 14, false], ['Schooling session', 'exercise', 25, false],
    ['Full clip', 'clipping', 65, false], ['Hunter clip', 'clipping', 55, false], ['Trace clip', 'clipping', 40, false],
    ['Bath and groom', 'grooming', 22, false], ['Rug wash and reproof', 'grooming', 16, false],
    ['Private lesson (45 min)', 'tuition', 42, false], ['Trailer transport (local)', 'transport', 65, false], ['Extra hay net (week)', 'feed', 9, false],
  ];
  const services = serviceList.map(([service_name, category, price, visiting], index) => ({ service_id: 1 + index, service_name, category, standard_price: money(price), provided_by: visiting ? 'visiting professional' : 'yard staff', visiting }));
  // 2026 price rise on the yard's own services
  const priceOn = (s, today) => Number(s.standard_price) * (today >= '2026-04-01' && !s.visiting ? 1.08 : 1);

  const extras = [];
  const onStaff = (today, roles) => staff.filter((s) => roles.includes(s.job_role) && s.started_on <= today && !(s.left_on && s.left_on < today));
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const month = d.getUTCMonth();
    const dow = d.getUTCDay();
    const here = horses.filter((h) => h.arrived_on <= today && !(h.left_on && h.left_on < today));
    for (const h of here) {
      const care = { F: 1, P: 0.7, D: 0.35, G: 0.25, R: 0.2 }[h.livery_type];
      const want = [];
      if (random() < 0.0165 * (h.breed === 'Shetland' || h.livery_type === 'R' ? 0.6 : 1)) want.push(h.livery_type === 'R' || h.breed === 'Shetland' || h.breed === 'Highland' ? 3 : random() < 0.7 ? 1 : 2);
      if ((month === 3 || month === 9) && random() < 0.012) want.push(4);
      if (random() < 0.0028) want.push(5);
      if (random() < 0.004) want.push(6);
      if (random() < 0.004 * care) want.push(7);
      if (random() < 0.0012) want.push(8);
      if (h.livery_type !== 'R' && h.livery_type !== 'G' && dow !== 0) {
        if (random() < 0.05 * care) want.push(9);
        if (random() < 0.025 * care) want.push(10);
        if (random() < 0.018 * care) want.push(11);
      }
      if ((month >= 9 || month <= 1) && h.livery_type !== 'R' && h.breed !== 'Shetland' && random() < 0.012) want.push(pick([12, 13, 14, 14]));
      if (random() < 0.01 * care) want.push(15);
      if ((month === 3 || month === 4 || month === 9) && random() < 0.006) want.push(16);
      if (h.livery_type !== 'R' && h.breed !== 'Shetland' && dow !== 1 && random() < 0.02) want.push(17);
      if (random() < 0.0015) want.push(18);
      if ((month >= 10 || month <= 2) && h.box_id !== null && random() < 0.03) want.push(19);
      for (const serviceId of want) {
        const s = services[serviceId - 1];
        let staffId = null;
        if (!s.visiting) {
          const roles = s.category === 'tuition' || s.category === 'exercise' && serviceId === 11 ? ['instructor'] : s.category === 'transport' ? ['yard manager'] : ['groom', 'apprentice groom', 'yard manager'];
          const who = onStaff(today, roles);
          staffId = who.length ? pick(who).staff_id : null;
          if (staffId === null) continue;
        }
        const charge = priceOn(s, today) * (serviceId === 18 ? between(1, 3) : 1);
        const age = (END - d) / 86_400_000;
        extras.push({ extra_id: 0, horse_id: h.horse_id, service_id: s.service_id, done_on: today, staff_id: staffId, charge: money(charge), paid: age > 45 ? random() < 0.995 : age > 20 ? random() < 0.6 : random() < 0.15 });
      }
    }
  }
  extras.forEach((x, index) => { x.extra_id = 1 + index; });
  writeTable('livery_yard', 'boxes', ['box_id', 'box_label', 'block', 'box_size', 'floor_area_m2', 'has_camera'], boxes);
  writeTable('livery_yard', 'owners', ['owner_id', 'full_name', 'town', 'joined_on', 'pays_by', 'email_opt_in'], owners);
  writeTable('livery_yard', 'horses', ['horse_id', 'stable_name', 'owner_id', 'box_id', 'breed', 'sex', 'foaled_year', 'height_hands', 'livery_type', 'arrived_on', 'left_on'], horses);
  writeTable('livery_yard', 'staff', ['staff_id', 'full_name', 'job_role', 'started_on', 'left_on'], staff);
  writeTable('livery_yard', 'services', ['service_id', 'service_name', 'category', 'provided_by', 'standard_price'], services);
  writeTable('livery_yard', 'extras', ['extra_id', 'horse_id', 'service_id', 'done_on', 'staff_id', 'charge', 'paid'], extras);
}

/** A lift (elevator) maintenance contractor in Greater Manchester: customers, sites, lifts, engineers, breakdown callouts and planned maintenance visits, 2024-2026. */
function liftMaint() {
  const { random, pick, between } = seeded(19580902);
  const custNames = {
    HA: ['Irwell Valley Homes', 'Mancunian Housing Trust', 'Tameside Homes', 'Pennine Vale Housing', 'Salford Community Homes', 'Stockport Homes Partnership', 'Bolton At Home'],
    NHS: ['Northern Care Alliance', 'Stepping Hill Hospital Trust', 'Wythenshawe Health Trust'],
    RET: ['Arndale Retail Estates', 'Trafford Park Shopping', 'Stockport Merseyway Centre', 'Bury Millgate Ltd', 'Altrincham Market Holdings'],
    OFF: ['Spinningfields Estates', 'Piccadilly Office Partners', 'Deansgate Property Co', 'MediaCity Workspace', 'Oxford Road Offices', 'Salford Quays Estates'],
    EDU: ['Oldham College', 'Salford Schools Partnership', 'Trafford College Group', 'Bury Grammar Foundation'],
    RES: ['Castlefield Block Management', 'Northern Quarter Residents Ltd', 'Ancoats Mill Apartments', 'Chorlton Green Management', 'Didsbury Point RTM', 'Hulme Park Residential'],
  };
  const custs = [];
  for (const [typ, names] of Object.entries(custNames)) {
    for (const nm of names) {
      const lvl = typ === 'NHS' ? 'G' : random() < 0.25 ? 'G' : random() < 0.55 ? 'S' : 'B';
      custs.push({ cust_no: 0, cust_nm: nm, cust_typ: typ, ctr_lvl: lvl, ctr_strt: day(addDays(new Date(Date.UTC(2015, 3, 1)), between(0, 4000))), ann_val: 0 });
    }
  }
  custs.sort((a, b) => cmp(a.ctr_strt, b.ctr_strt));
  custs.forEach((c, index) => { c.cust_no = 1001 + index; });
  const lateSigners = custs.slice(-2);
  lateSigners[0].ctr_strt = '2026-11-02';
  lateSigners[1].ctr_strt = '2026-11-23';
  const districts = ['M1', 'M2', 'M3', 'M4', 'M15', 'M16', 'M20', 'M50', 'SK1', 'SK2', 'OL1', 'OL8', 'BL1', 'BL3', 'WA14', 'BL9'];
  const streets = ['Mill', 'Canal', 'Church', 'Victoria', 'Albert', 'Station', 'Portland', 'Whitworth', 'Peel', 'Cross', 'Lever', 'Hardman', 'Ducie', 'Mosley'];
  const kinds = { HA: ['House', 'Court', 'Tower'], NHS: ['Wing', 'Block', 'Outpatients'], RET: ['Centre', 'Mall', 'Car Park'], OFF: ['House', 'Chambers', 'Point'], EDU: ['Building', 'Campus', 'Library'], RES: ['Mill', 'Lofts', 'Apartments'] };
  const sites = [];
  for (const c of custs) {
    if (lateSigners.includes(c)) continue;
    const n = c.cust_typ === 'HA' ? between(3, 6) : c.cust_typ === 'RES' ? between(1, 2) : between(1, 4);
    for (let k = 0; k < n; k += 1) {
      sites.push({ site_no: 0, cust_no: c.cust_no, site_nm: `${pick(streets)} ${pick(kinds[c.cust_typ])}`, pcode: pick(districts), flrs: c.cust_typ === 'HA' && random() < 0.5 ? between(8, 24) : between(2, 9), c });
    }
  }
  sites.forEach((s, index) => { s.site_no = 2001 + index; });
  const mfrs = ['OTS', 'OTS', 'KON', 'KON', 'SCH', 'SCH', 'TKE', 'STN', 'PCK'];
  const units = [];
  for (const s of sites) {
    const n = s.flrs >= 12 ? 2 : s.c.cust_typ === 'NHS' || s.c.cust_typ === 'RET' ? between(2, 4) : between(1, 2);
    for (let k = 0; k < n; k += 1) {
      const drv = s.flrs >= 7 ? (random() < 0.7 ? 'T' : 'M') : random() < 0.45 ? 'H' : random() < 0.5 ? 'M' : 'T';
      const mfr = s.flrs <= 3 && random() < 0.4 ? pick(['STN', 'PCK']) : pick(mfrs);
      const cap = s.c.cust_typ === 'NHS' && k === 0 ? 2500 : pick([630, 630, 630, 800, 1000, 1000, 1275]);
      units.push({ unit_no: 0, site_no: s.site_no, unit_ref: `L${k + 1}`, mfr_cd: mfr, drv_typ: drv, inst_yr: between(1968, 2023), cap_kg: cap, stops: Math.min(s.flrs, between(2, s.flrs)) , stat: 'A', lolr_dt: null, s });
    }
  }
  units.forEach((u, index) => { u.unit_no = 5001 + index; });
  for (const u of units) {
    if (u.inst_yr < 1985 && random() < 0.4) u.stat = 'D';
    else if (random() < 0.03) u.stat = 'O';
    u.lolr_dt = u.stat === 'D' ? null : day(addDays(new Date(Date.UTC(2026, 4, 1)), between(0, 210)));
  }
  const decommissionedOn = new Map(units.filter((u) => u.stat === 'D').map((u) => [u.unit_no, day(addDays(new Date(Date.UTC(2024, 1, 1)), between(0, 950)))]));
  const engNames = ['Gary Ashton', 'Dean Whittaker', 'Priya Chauhan', 'Steve Mellor', 'Lee Hargreaves', 'Kieran Doyle', 'Tariq Hussain', 'Mike Brennan', 'Sean Fletcher', 'Jordan Tate', 'Adam Kowalczyk', 'Craig Openshaw', 'Hayley Birtwistle', 'Nathan Ogden', 'Ryan Schofield', 'Owen Pilling'];
  const engs = engNames.map((eng_nm, index) => ({ eng_no: 71 + index, eng_nm, grd: index < 3 ? 'SNR' : index < 12 ? 'TEC' : index < 15 ? 'APP' : 'SUP', area: pick(['N', 'S', 'C', 'C']), hire_dt: day(addDays(new Date(Date.UTC(2008, 0, 7)), between(0, 5500))), term_dt: null }));
  engs[5].term_dt = '2025-03-28';
  engs[9].term_dt = '2024-10-11';
  engs[14].hire_dt = '2026-09-07';
  engs[13].hire_dt = '2025-09-01';
  engs[12].hire_dt = '2024-09-02';
  const working = (today) => engs.filter((e) => e.grd !== 'SUP' && e.hire_dt <= today && !(e.term_dt && e.term_dt < today));
  const liveUnit = (u, today) => u.stat !== 'D' || decommissionedOn.get(u.unit_no) > today;

  const clos = [];
  const pmvs = [];
  const unitWeights = units.map((u) => (2026 - u.inst_yr) / 25 * (u.drv_typ === 'H' ? 1.4 : 1) * (u.s.c.cust_typ === 'HA' || u.s.c.cust_typ === 'RET' ? 1.6 : 1) * (random() < 0.12 ? 0.05 : 0.5 + random()));
  for (let d = new Date(Date.UTC(2024, 0, 1)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const dow = d.getUTCDay();
    const live = units.map((u, i) => (liveUnit(u, today) && u.s.c.ctr_strt <= today ? unitWeights[i] : 0));
    const total = live.reduce((s, w) => s + w, 0);
    const n = between(1, dow === 0 ? 3 : 6);
    for (let k = 0; k < n; k += 1) {
      let r = random() * total;
      let u = units[units.length - 1];
      for (let i = 0; i < units.length; i += 1) {
        r -= live[i];
        if (r <= 0) { u = units[i]; break; }
      }
      const roll = random();
      const flt = roll < 0.34 ? 'DOR' : roll < 0.44 ? 'ENT' : roll < 0.58 ? 'LEV' : roll < 0.72 ? 'CTL' : roll < 0.8 ? (u.s.c.cust_typ === 'HA' || u.s.c.cust_typ === 'RET' ? 'VAN' : 'NFF') : roll < 0.95 ? 'NFF' : 'WTR';
      const cancelled = flt !== 'ENT' && random() < 0.05;
      const crew = working(today);
      const eng = cancelled ? null : pick(crew);
      const lvl = u.s.c.ctr_lvl;
      const resp = cancelled ? null : Math.round((flt === 'ENT' ? 22 + random() * 40 : { G: 60, S: 120, B: 200 }[lvl] * (0.4 + random() * 1.1)) * (dow === 0 || dow === 6 ? 1.3 : 1));
      const fix = cancelled ? 'X' : flt === 'NFF' || flt === 'ENT' && random() < 0.8 ? 'F' : random() < 0.62 ? 'F' : random() < 0.6 ? 'R' : 'P';
      const labour = cancelled ? 0 : 95 + (resp > 120 ? 0 : 0) + random() * 160;
      const covered = lvl === 'G' && flt !== 'VAN' || lvl === 'S' && flt !== 'VAN' && random() < 0.5;
      clos.push({ clo_no: 0, unit_no: u.unit_no, rpt_dt: today, flt_cd: flt, eng_no: eng ? eng.eng_no : null, resp_min: resp, fix_cd: fix, chg: money(cancelled || covered ? 0 : labour * (flt === 'WTR' ? 3 : 1)) });
    }
  }
  clos.forEach((c, index) => { c.clo_no = 300001 + index; });
  for (let m = 0; m < 35; m += 1) {
    const monthStart = new Date(Date.UTC(2024, m, 1));
    for (const u of units) {
      if (u.s.c.ctr_strt > day(monthStart)) continue;
      const visitDay = addDays(monthStart, between(1, 26));
      const today = day(visitDay);
      if (!liveUnit(u, today) || visitDay > END) continue;
      const every = u.s.c.cust_typ === 'NHS' || u.s.c.ctr_lvl === 'G' ? 1 : u.s.c.ctr_lvl === 'S' ? 2 : 3;
      if (m % every !== u.unit_no % every) continue;
      const crew = working(today).filter((e) => e.grd !== 'APP');
      const e = pick(crew);
      const rr = random();
      pmvs.push({ pmv_no: 0, unit_no: u.unit_no, eng_no: e.eng_no, vis_dt: today, hrs: (0.75 + random() * 2.5 * (u.drv_typ === 'H' ? 1.2 : 1)).toFixed(2), rslt: rr < 0.86 ? 'OK' : rr < 0.985 ? 'DEF' : 'ISO' });
    }
  }
  pmvs.sort((a, b) => cmp(a.vis_dt, b.vis_dt) || a.unit_no - b.unit_no);
  pmvs.forEach((p, index) => { p.pmv_no = 800001 + index; });
  for (const c of custs) {
    const n = units.filter((u) => u.s.c === c && u.stat !== 'D').length;
    c.ann_val = money(n * { G: 2400, S: 1500, B: 950 }[c.ctr_lvl] * (0.9 + random() * 0.3) + (n === 0 ? 1800 : 0));
  }
  writeTable('lift_maint', 'cust', ['cust_no', 'cust_nm', 'cust_typ', 'ctr_lvl', 'ctr_strt', 'ann_val'], custs);
  writeTable('lift_maint', 'site', ['site_no', 'cust_no', 'site_nm', 'pcode', 'flrs'], sites);
  writeTable('lift_maint', 'unit', ['unit_no', 'site_no', 'unit_ref', 'mfr_cd', 'drv_typ', 'inst_yr', 'cap_kg', 'stops', 'stat', 'lolr_dt'], units);
  writeTable('lift_maint', 'eng', ['eng_no', 'eng_nm', 'grd', 'area', 'hire_dt', 'term_dt'], engs);
  writeTable('lift_maint', 'clo', ['clo_no', 'unit_no', 'rpt_dt', 'flt_cd', 'eng_no', 'resp_min', 'fix_cd', 'chg'], clos);
  writeTable('lift_maint', 'pmv', ['pmv_no', 'unit_no', 'eng_no', 'vis_dt', 'hrs', 'rslt'], pmvs);
}

liveryYard();
liftMaint();

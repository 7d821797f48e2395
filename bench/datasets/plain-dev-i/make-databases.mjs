// Writes databases/{bike_courier,county_archive}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-i/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));

/** A Bristol bicycle courier firm: zones, riders, client accounts, jobs and incidents, 2024-2026. */
function bikeCourier() {
  const { random, pick, between } = seeded(20240311);
  // [code, name, base fee]
  const zoneList = [
    ['CC', 'City Centre', 6.5], ['HB', 'Harbourside', 7], ['CL', 'Clifton', 8], ['ST', 'Stokes Croft', 7.5],
    ['EA', 'Easton', 8.5], ['BD', 'Bedminster', 8.5], ['HF', 'Horfield', 10], ['AV', 'Avonmouth', 16],
  ];
  const zones = zoneList.map(([zone_cd, zone_nm, base_fee]) => ({ zone_cd, zone_nm, base_fee: money(base_fee) }));
  const nextName = namer(pick,
    ['Ash', 'Bea', 'Cal', 'Dani', 'Eli', 'Finn', 'Gus', 'Hana', 'Iggy', 'Jo', 'Kit', 'Lou', 'Max', 'Nia', 'Ollie', 'Priya', 'Ravi', 'Sam', 'Tam', 'Zoe'],
    ['Adeyemi', 'Barker', 'Coles', 'Doyle', 'Evans', 'Fry', 'Greaves', 'Hussain', 'Jenkins', 'Kowalski', 'Lane', 'Moss', 'Novak', 'Okafor', 'Price', 'Rowe', 'Sharma', 'Tucker']);
  const riders = [];
  for (let i = 0; i < 24; i += 1) {
    const [first, last] = nextName();
    const start = addDays(new Date(Date.UTC(2019, 4, 1)), between(0, 2600));
    const left = i % 5 === 2 ? addDays(start, between(200, 900)) : null;
    const bike = i === 0 ? 'CG' : pick(['RD', 'RD', 'RD', 'EB', 'EB', 'CG']);
    riders.push({ rdr_id: 101 + i, rdr_nm: `${first} ${last}`, bike_cd: bike, emp_cd: random() < 0.4 ? 'E' : 'C', home_zone: pick(zones.slice(0, 7)).zone_cd, start_dt: day(start), end_dt: left && left < END ? day(left) : null });
  }
  riders[23].start_dt = '2026-11-16';
  riders[23].end_dt = null;
  const firstWord = ['Harbour', 'Clifton', 'Redcliffe', 'Temple', 'Broad Quay', 'Queen Square', 'Colston', 'Whiteladies', 'Cabot', 'Gloucester Road', 'Old Market', 'Totterdown', 'Brandon Hill', 'Wapping'];
  const secondWord = {
    LGL: ['Solicitors', 'Conveyancing', 'Legal LLP', 'Chambers'],
    MED: ['Dental Lab', 'Pathology', 'Pharmacy', 'Physio Clinic'],
    HSP: ['Kitchen', 'Bakehouse', 'Deli', 'Coffee Co'],
    RTL: ['Books', 'Florist', 'Cycles', 'Records', 'Optician'],
    PRP: ['Estates', 'Lettings', 'Surveyors'],
    CRT: ['Studio', 'Design', 'Print Works', 'Architects'],
  };
  const accounts = [];
  const usedNames = new Set();
  for (let i = 0; i < 62; i += 1) {
    const roll = random();
    const sect = roll < 0.22 ? 'LGL' : roll < 0.38 ? 'MED' : roll < 0.55 ? 'HSP' : roll < 0.74 ? 'RTL' : roll < 0.86 ? 'PRP' : 'CRT';
    let name;
    for (;;) {
      name = `${pick(firstWord)} ${pick(secondWord[sect])}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    accounts.push({ acct_id: 3001 + i, acct_nm: name, sect_cd: sect, zone_cd: pick(['CC', 'CC', 'CC', 'HB', 'CL', 'ST', 'EA', 'BD', 'HF', 'AV']), ctrct: random() < 0.45, opened_dt: day(addDays(new Date(Date.UTC(2020, 0, 6)), between(0, 2480))) });
  }
  const quiet = new Set([3009, 3027, 3044, 3058]);
  const weights = accounts.map((a) => (quiet.has(a.acct_id) ? 0 : random() * random() * (a.ctrct ? 3 : 1) * (a.sect_cd === 'LGL' || a.sect_cd === 'MED' ? 1.6 : 1)));
  const pickAccount = (today) => {
    const total = weights.reduce((s, w, i) => s + (accounts[i].opened_dt <= today ? w : 0), 0);
    let r = random() * total;
    for (let i = 0; i < accounts.length; i += 1) {
      if (accounts[i].opened_dt > today) continue;
      r -= weights[i];
      if (r <= 0) return accounts[i];
    }
    return null;
  };
  const service = { ECO: 1, STD: 1.4, EXP: 2.1, DED: 3.2 };
  const jobs = [];
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0) continue;
    const today = day(d);
    const month = d.getUTCMonth();
    const n = dow === 6 ? between(0, 2) : between(1, month === 11 ? 7 : 5);
    const onDuty = riders.filter((r) => r.start_dt <= today && !(r.end_dt && r.end_dt < today));
    for (let k = 0; k < n; k += 1) {
      const app = random() < 0.28;
      const acct = app ? null : pickAccount(today);
      if (!app && !acct) continue;
      const svc = pick(acct?.sect_cd === 'MED' ? ['EXP', 'EXP', 'STD', 'DED'] : ['ECO', 'ECO', 'STD', 'STD', 'STD', 'EXP', 'DED']);
      const from = acct && random() < 0.7 ? zones.find((z) => z.zone_cd === acct.zone_cd) : pick(zones.slice(0, 7));
      const to = random() < 0.08 ? zones[7] : pick(zones.slice(0, 7));
      const far = from.zone_cd === 'AV' || to.zone_cd === 'AV';
      const km = far ? 9 + random() * 6 : from === to ? 0.6 + random() * 2 : 1.8 + random() * 5.5;
      const wt = random() < 0.1 ? 8 + random() * 40 : 0.1 + random() * 4;
      const roll = random();
      let st = roll < 0.03 ? 'CXL' : roll < 0.075 ? 'FAL' : roll < 0.085 ? 'RTS' : 'DLV';
      const age = (END - d) / 86_400_000;
      if (age < 1 && random() < 0.5) st = 'CXL';
      let rider = null;
      if (!(st === 'CXL' && random() < 0.6)) {
        let candidates = onDuty;
        if (wt > 8 || far) candidates = onDuty.filter((r) => r.bike_cd !== 'RD');
        if (candidates.length === 0) candidates = onDuty;
        rider = pick(candidates);
      }
      const fee = (Number(from.base_fee) + Number(to.base_fee)) / 2 * service[svc] + km * 0.9 + (wt > 8 ? 6 : 0);
      const target = { ECO: 360, STD: 180, EXP: 60, DED: 60 }[svc];
      const mins = st === 'DLV' ? Math.round(km * 4 + 8 + random() * (svc === 'ECO' ? 330 : svc === 'STD' ? 170 : 36) * (rider && rider.bike_cd === 'CG' ? 1.15 : 1)) : null;
      jobs.push({ job_id: 0, job_dt: today, acct_id: acct ? acct.acct_id : null, rdr_id: rider ? rider.rdr_id : null, svc_cd: svc, pu_zone: from.zone_cd, dl_zone: to.zone_cd, km: km.toFixed(1), wt_kg: wt.toFixed(1), fee: money(st === 'CXL' ? fee * 0.25 : fee), st_cd: st, dl_mins: mins, late: mins === null ? null : mins > target, sig: st === 'DLV' ? random() < (acct?.sect_cd === 'LGL' ? 0.95 : 0.6) : false });
    }
  }
  jobs.forEach((j, index) => { j.job_id = 500001 + index; });
  const incidents = [];
  for (const j of jobs) {
    if (j.rdr_id === null) continue;
    const roll = random();
    if (roll < 0.012) incidents.push({ inc_dt: j.job_dt, rdr_id: j.rdr_id, job_id: j.job_id, inc_cd: 'DM', cost_gbp: money(20 + random() * 260), injury: false });
    else if (roll < 0.02) incidents.push({ inc_dt: j.job_dt, rdr_id: j.rdr_id, job_id: j.job_id, inc_cd: 'CP', cost_gbp: money(random() < 0.5 ? 0 : j.fee), injury: false });
    else if (roll < 0.024) incidents.push({ inc_dt: j.job_dt, rdr_id: j.rdr_id, job_id: j.job_id, inc_cd: 'CR', cost_gbp: money(40 + random() * 400), injury: random() < 0.35 });
    else if (roll < 0.03) incidents.push({ inc_dt: j.job_dt, rdr_id: j.rdr_id, job_id: j.job_id, inc_cd: 'MC', cost_gbp: money(8 + random() * 60), injury: false });
  }
  for (let k = 0; k < 9; k += 1) {
    const when = addDays(new Date(Date.UTC(2024, 0, 10)), between(0, 1050));
    const r = pick(riders.filter((x) => (x.bike_cd !== 'RD' || k % 2 === 0) && x.start_dt <= day(when) && !(x.end_dt && x.end_dt < day(when))));
    incidents.push({ inc_dt: day(when), rdr_id: r.rdr_id, job_id: null, inc_cd: k % 3 === 0 ? 'TH' : 'MC', cost_gbp: money(k % 3 === 0 ? 900 + random() * 2600 : 15 + random() * 80), injury: false });
  }
  incidents.sort((a, b) => cmp(a.inc_dt, b.inc_dt) || a.rdr_id - b.rdr_id);
  incidents.forEach((x, index) => { x.inc_id = 1 + index; });
  writeTable('bike_courier', 'zone', ['zone_cd', 'zone_nm', 'base_fee'], zones);
  writeTable('bike_courier', 'rdr', ['rdr_id', 'rdr_nm', 'bike_cd', 'emp_cd', 'home_zone', 'start_dt', 'end_dt'], riders);
  writeTable('bike_courier', 'acct', ['acct_id', 'acct_nm', 'sect_cd', 'zone_cd', 'ctrct', 'opened_dt'], accounts);
  writeTable('bike_courier', 'job', ['job_id', 'job_dt', 'acct_id', 'rdr_id', 'svc_cd', 'pu_zone', 'dl_zone', 'km', 'wt_kg', 'fee', 'st_cd', 'dl_mins', 'late', 'sig'], jobs);
  writeTable('bike_courier', 'inc', ['inc_id', 'inc_dt', 'rdr_id', 'job_id', 'inc_cd', 'cost_gbp', 'injury'], incidents);
}

/** A county record office: depositors, collections, catalogued items, registered readers, search-room visits and productions, 2023-2026. */
function countyArchive() {
  const { random, pick, between } = seeded(19470601);
  const towns = ['Shrewsbury', 'Shrewsbury', 'Ludlow', 'Oswestry', 'Bridgnorth', 'Wellington', 'Market Drayton', 'Church Stretton', 'Much Wenlock', 'Whitchurch'];
  const parishes = ['Alberbury', 'Condover', 'Clun', 'Hodnet', 'Worfield', 'Myddle', 'Baschurch', 'Cardington', 'Stottesdon', 'Prees', 'Chirbury', 'Kinlet'];
  const families = ['Corbet', 'Kynaston', 'Leighton', 'Mytton', 'Plowden', 'Acton', 'Whitmore', 'Hill'];
  const depositors = [];
  const addDepositor = (depositor_name, depositor_type, town) => {
    depositors.push({ depositor_id: 201 + depositors.length, depositor_name, depositor_type, town });
    return depositors[depositors.length - 1];
  };
  for (const p of parishes) addDepositor(`Parochial Church Council of ${p}`, 'parish', pick(towns));
  for (const f of families) addDepositor(`${f} family`, 'family', pick(towns));
  for (const s of ['Salt & Wingfield', 'Lanyon Bowdler', 'Marcy & Pryce', 'Whitcombe Harley']) addDepositor(s, 'solicitors', pick(towns));
  for (const b of ['Severn Valley Ironworks', 'Ludlow Gas Light Company', 'Shropshire Union Carriers', 'Brookes Brewery', 'Mansell Drapers']) addDepositor(b, 'business', pick(towns));
  for (const s of ['Oswestry Field Club', 'Ludlow Historical Society', 'Shropshire Women\'s Institutes']) addDepositor(s, 'society', pick(towns));
  addDepositor('Dorothy Pemberton', 'individual', 'Church Stretton');
  addDepositor('Hodnet Hall Estate', 'family', 'Market Drayton');
  const collections = [];
  const addCollection = (reference_code, title, depositor, earliest_year, latest_year, boxes, catalogue_status, closedShare) => {
    collections.push({ collection_id: 0, reference_code, title, depositor_id: depositor ? depositor.depositor_id : null, received_on: null, earliest_year, latest_year, boxes, catalogue_status, closedShare });
  };
  depositors.forEach((d) => {
    if (d.depositor_name === 'Dorothy Pemberton') return;
    if (d.depositor_type === 'parish') {
      const p = d.depositor_name.replace('Parochial Church Council of ', '');
      addCollection(`P/${p.slice(0, 3).toUpperCase()}`, `${p} parish records`, d, between(1538, 1620), between(1950, 2012), between(3, 18), random() < 0.8 ? 'F' : 'L', 0.02);
    } else if (d.depositor_type === 'family') {
      addCollection(`FAM/${d.depositor_name.slice(0, 3).toUpperCase()}`, `${d.depositor_name.replace(' family', '')} family and estate papers`, d, between(1400, 1650), between(1890, 1985), between(10, 90), pick(['F', 'L', 'L', 'U']), 0.04);
    } else if (d.depositor_type === 'solicitors') {
      addCollection(`SOL/${d.depositor_name.slice(0, 3).toUpperCase()}`, `${d.depositor_name} client papers`, d, between(1700, 1800), between(1960, 2000), between(20, 120), pick(['L', 'U']), 0.2);
    } else if (d.depositor_type === 'business') {
      addCollection(`B/${d.depositor_name.slice(0, 4).toUpperCase()}`, `${d.depositor_name} records`, d, between(1780, 1880), between(1930, 1990), between(4, 40), pick(['F', 'L']), 0.05);
    } else if (d.depositor_type === 'society') {
      addCollection(`S/${d.depositor_name.slice(0, 3).toUpperCase()}`, `${d.depositor_name} minutes and papers`, d, between(1860, 1920), between(1990, 2020), between(2, 12), 'F', 0.05);
    }
  });
  const council = [
    ['QS', 'Quarter Sessions', 1550, 1971, 140, 'F', 0.02], ['CC/MIN', 'County Council minutes', 1889, 2009, 60, 'F', 0.03], ['HOSP/SR', 'Royal Salop Infirmary patient registers', 1745, 1995, 48, 'L', 0.7],
    ['SCH/ADM', 'School admission registers', 1870, 2001, 35, 'L', 0.45], ['TITHE', 'Tithe maps and apportionments', 1836, 1852, 22, 'F', 0], ['PL/COR', 'Coroners\' inquests', 1870, 1999, 30, 'L', 0.6],
    ['RDC/PL', 'Rural district building plans', 1920, 1974, 80, 'U', 0.05], ['ELEC', 'Electoral registers', 1832, 2002, 70, 'F', 0.02],
  ];
  for (const [ref, title, from, to, boxes, status, closed] of council) addCollection(ref, title, null, from, to, boxes, status, closed);
  addDepositor('Wroxeter Estate', 'family', 'Shrewsbury'); // offered records not yet received
  addDepositor('Clee Hill Granite Company', 'business', 'Ludlow');
  const pemberton = depositors.find((d) => d.depositor_name === 'Dorothy Pemberton');
  addCollection('PH/PEM', 'Pemberton photographic collection', pemberton, 1895, 1968, 9, 'U', 0);
  collections.forEach((c, index) => {
    c.collection_id = 1 + index;
    c.received_on = day(addDays(new Date(Date.UTC(1948, 0, 5)), between(0, 27000)));
  });
  collections.find((c) => c.reference_code === 'PH/PEM').received_on = '2026-06-17';
  const formatsFor = (c) => {
    if (c.reference_code === 'TITHE') return ['map', 'map', 'volume'];
    if (c.reference_code.startsWith('PH/')) return ['photograph'];
    if (c.reference_code === 'RDC/PL') return ['plan'];
    if (c.reference_code.startsWith('P/')) return ['volume', 'volume', 'bundle', 'map'];
    if (c.reference_code.startsWith('FAM/') || c.reference_code.startsWith('SOL/')) return ['deed', 'deed', 'bundle', 'volume', 'map', 'letter'];
    return ['volume', 'bundle', 'file', 'photograph'];
  };
  const items = [];
  for (const c of collections) {
    if (c.catalogue_status === 'U') continue;
    const n = c.catalogue_status === 'F' ? between(18, 45) : between(5, 14);
    for (let k = 0; k < n; k += 1) {
      const fmt = pick(formatsFor(c));
      const from = between(c.earliest_year, c.latest_year);
      const to = Math.min(c.latest_year, from + (fmt === 'volume' ? between(0, 40) : between(0, 6)));
      const access = random() < c.closedShare ? 'C' : random() < 0.03 ? 'R' : 'O';
      const grade = random() < 0.05 ? 4 : random() < 0.12 ? 3 : random() < 0.45 ? 2 : 1;
      items.push({ item_id: 0, collection_id: c.collection_id, item_reference: `${c.reference_code}/${k + 1}`, description: `${fmt} ${from === to ? from : `${from}-${to}`}`, item_format: fmt, year_from: from, year_to: to, access_code: access, condition_grade: grade, digitised: (c.reference_code.startsWith('P/') || c.reference_code === 'TITHE') && random() < 0.5, c });
    }
  }
  items.forEach((it, index) => { it.item_id = 10001 + index; });
  const nextName = namer(pick,
    ['Alan', 'Barbara', 'Clive', 'Diane', 'Edward', 'Frances', 'Geoffrey', 'Helen', 'Ian', 'Janet', 'Keith', 'Linda', 'Martin', 'Nadia', 'Owen', 'Pauline', 'Rhys', 'Susan', 'Tomasz', 'Yvonne'],
    ['Ashworth', 'Bebb', 'Corfield', 'Davies', 'Everall', 'Gittins', 'Hughes', 'Jukes', 'Lloyd', 'Morris', 'Onions', 'Pugh', 'Rowlands', 'Tudor', 'Vaughan', 'Wellings', 'Yale', 'Beddoes', 'Cadwallader', 'Edwards', 'Hotchkiss', 'Instone', 'Machin', 'Nevett', 'Preece', 'Ruscoe', 'Steventon', 'Tipton', 'Whitefoot']);
  const counties = ['Shropshire', 'Shropshire', 'Shropshire', 'Shropshire', 'Staffordshire', 'Cheshire', 'Powys', 'West Midlands', 'Herefordshire', 'London', 'Overseas'];
  const readerTypes = ['family historian', 'family historian', 'family historian', 'local historian', 'local historian', 'academic', 'student', 'professional researcher'];
  const readers = [];
  for (let i = 0; i < 420; i += 1) {
    const [first, last] = nextName();
    const registered = addDays(new Date(Date.UTC(2014, 0, 7)), between(0, 4700));
    readers.push({ reader_id: 1 + i, ticket_number: `SA${String(70000 + i * 7 + between(0, 6)).padStart(6, '0')}`, full_name: `${first} ${last}`, home_county: pick(counties), reader_type: pick(readerTypes), registered_on: day(registered) });
  }
  const readerWeights = readers.map((r) => (random() < 0.25 ? 0 : random() * random() * (r.reader_type === 'professional researcher' ? 4 : r.reader_type === 'academic' ? 2 : 1)));
  const pickReader = (today) => {
    const total = readerWeights.reduce((s, w, i) => s + (readers[i].registered_on <= today ? w : 0), 0);
    let r = random() * total;
    for (let i = 0; i < readers.length; i += 1) {
      if (readers[i].registered_on > today) continue;
      r -= readerWeights[i];
      if (r <= 0) return readers[i];
    }
    return null;
  };
  const producible = items.filter((it) => it.access_code !== 'C' && it.condition_grade < 4);
  const itemWeights = producible.map((it) => (it.c.reference_code === 'ELEC' || it.c.reference_code.startsWith('P/') ? 3 : it.c.reference_code.startsWith('SOL/') ? 0.6 : 1) * (it.access_code === 'R' ? 0.2 : 1) * random());
  const itemTotal = itemWeights.reduce((s, w) => s + w, 0);
  const pickItem = () => {
    let r = random() * itemTotal;
    for (let i = 0; i < producible.length; i += 1) {
      r -= itemWeights[i];
      if (r <= 0) return producible[i];
    }
    return producible[producible.length - 1];
  };
  const visits = [];
  const productions = [];
  for (let d = new Date(Date.UTC(2023, 0, 3)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 1) continue;
    const today = day(d);
    if (today >= '2025-07-28' && today <= '2025-08-09') continue; // closed for the strongroom move
    const n = dow === 6 ? between(0, 3) : between(1, 5);
    for (let k = 0; k < n; k += 1) {
      const reader = pickReader(today);
      if (!reader) continue;
      const room = random() < 0.15 ? 'map room' : 'search room';
      const visit = { visit_id: 0, reader_id: reader.reader_id, visit_date: today, room, arrived_at: `${String(between(9, 14)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`, items: [] };
      visits.push(visit);
      const nItems = between(0, 4) + (reader.reader_type === 'professional researcher' ? 2 : 0);
      const seen = new Set();
      for (let m = 0; m < nItems; m += 1) {
        let it = pickItem();
        if (room === 'map room' && random() < 0.7) {
          const maps = producible.filter((x) => x.item_format === 'map' || x.item_format === 'plan');
          it = pick(maps);
        }
        if (seen.has(it.item_id)) continue;
        seen.add(it.item_id);
        const copies = random() < 0.22 ? between(1, 12) : 0;
        productions.push({ production_id: 0, visit_id: visit, item_id: it.item_id, copies_ordered: copies, copy_fee: money(copies * (it.item_format === 'map' || it.item_format === 'plan' ? 6.5 : 1.2)) });
      }
    }
  }
  visits.forEach((v, index) => { v.visit_id = 40001 + index; });
  productions.forEach((p, index) => {
    p.production_id = 1 + index;
    p.visit_id = p.visit_id.visit_id;
  });
  writeTable('county_archive', 'depositors', ['depositor_id', 'depositor_name', 'depositor_type', 'town'], depositors);
  writeTable('county_archive', 'collections', ['collection_id', 'reference_code', 'title', 'depositor_id', 'received_on', 'earliest_year', 'latest_year', 'boxes', 'catalogue_status'], collections);
  writeTable('county_archive', 'items', ['item_id', 'collection_id', 'item_reference', 'description', 'item_format', 'year_from', 'year_to', 'access_code', 'condition_grade', 'digitised'], items);
  writeTable('county_archive', 'readers', ['reader_id', 'ticket_number', 'full_name', 'home_county', 'reader_type', 'registered_on'], readers);
  writeTable('county_archive', 'visits', ['visit_id', 'reader_id', 'visit_date', 'arrived_at', 'room'], visits);
  writeTable('county_archive', 'productions', ['production_id', 'visit_id', 'item_id', 'copies_ordered', 'copy_fee'], productions);
}

bikeCourier();
countyArchive();

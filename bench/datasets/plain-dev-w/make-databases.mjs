// Writes databases/{removals_firm,veg_box}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-w/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A West Yorkshire removals firm: customers, staff, vans, house moves (2023-2026, a few booked for December 2026), the crew on each move and damage claims. */
function removalsFirm() {
  const { random, pick, between } = seeded(20230109);
  const nextName = namer(pick,
    ['Adam', 'Beverley', 'Carl', 'Dawn', 'Edward', 'Fiona', 'Gary', 'Hannah', 'Isaac', 'Jane', 'Kevin', 'Lorraine', 'Mark', 'Nicola', 'Owen', 'Paula', 'Ryan', 'Sarah', 'Tom', 'Wendy', 'Zoe', 'Philip'],
    ['Ackroyd', 'Booth', 'Crowther', 'Dyson', 'Exley', 'Firth', 'Greenwood', 'Haigh', 'Illingworth', 'Jagger', 'Kershaw', 'Lumb', 'Mitchell', 'Naylor', 'Oldroyd', 'Priestley', 'Rushworth', 'Sutcliffe', 'Taylor', 'Whiteley']);
  const towns = ['Halifax', 'Halifax', 'Huddersfield', 'Huddersfield', 'Brighouse', 'Elland', 'Sowerby Bridge', 'Hebden Bridge', 'Todmorden', 'Holmfirth', 'Bradford', 'Leeds'];
  const farTowns = ['London', 'Manchester', 'Edinburgh', 'Bristol', 'Newcastle', 'York', 'Sheffield', 'Cardiff', 'Norwich'];
  const customers = [];
  for (let i = 0; i < 136; i += 1) {
    const [first, last] = nextName();
    customers.push({ customer_id: 0, full_name: `${first} ${last}`, customer_type: random() < 0.1 ? 'landlord' : 'private', home_town: pick(towns) });
  }
  const businesses = [['Calder Valley Solicitors', 'Halifax'], ['Pennine Dental Care', 'Huddersfield'], ['Brighouse Community Library', 'Brighouse'], ['Kirklees Print Works', 'Huddersfield'], ['Shibden Veterinary Surgery', 'Halifax'], ['Holme Valley Accountants', 'Holmfirth']];
  for (const [name, town] of businesses) customers.splice(between(0, customers.length), 0, { customer_id: 0, full_name: name, customer_type: 'business', home_town: town });
  customers.forEach((c, index) => { c.customer_id = 1 + index; });
  const neverMoved = new Set([17, 58, 99, 131]);

  // [name, role, HGV licence, day rate, started, left]
  const staffList = [
    ['Stuart Ackroyd', 'surveyor', false, 140, '2010-04-06', null], ['Janet Crowther', 'surveyor', false, 135, '2018-06-04', null], ['Lee Dyson', 'driver', true, 150, '2012-02-13', null],
    ['Wayne Haigh', 'driver', true, 145, '2015-09-01', null], ['Craig Lumb', 'driver', false, 120, '2020-03-02', '2025-05-30'], ['Dean Naylor', 'porter', false, 105, '2019-07-15', null],
    ['Kyle Firth', 'porter', false, 100, '2021-01-11', null], ['Jordan Exley', 'porter', false, 98, '2022-08-22', '2024-10-31'], ['Tracy Booth', 'packer', false, 110, '2016-05-09', null],
    ['Maria Kershaw', 'packer', false, 108, '2023-02-20', null], ['Shane Oldroyd', 'driver', true, 148, '2024-11-04', null], ['Liam Whiteley', 'porter', false, 102, '2025-06-16', null],
  ];
  const staff = staffList.map(([full_name, role, hgv, rate, started_on, left_on], index) => ({ staff_id: 1 + index, full_name, role, hgv_licence: hgv, day_rate: money(rate), started_on, left_on }));
  const onStaff = (today, role) => staff.filter((s) => s.role === role && s.started_on <= today && !(s.left_on && s.left_on < today));

  // [registration, size code, capacity in cubic feet, bought, sold]
  const vanList = [
    ['YG17 KDX', 'S', 550, '2017-03-01', '2024-02-28'], ['YH19 RMU', 'S', 550, '2019-04-12', null], ['YJ24 HBT', 'S', 600, '2024-03-01', null],
    ['YK16 PLA', 'M', 1100, '2016-07-20', null], ['YB21 WFE', 'M', 1200, '2021-05-05', null], ['YC15 NVO', 'L', 2100, '2015-10-01', null], ['YE23 TSG', 'L', 2300, '2023-06-30', null],
  ];
  const vans = vanList.map(([registration, size_code, capacity_cubic_ft, bought_on, sold_on], index) => ({ van_id: 1 + index, registration, size_code, capacity_cubic_ft, bought_on, sold_on }));
  const vanFor = (today, size) => vans.filter((v) => v.size_code === size && v.bought_on <= today && !(v.sold_on && v.sold_on < today));

  const moves = [];
  const crew = [];
  const claims = [];
  const movers = customers.filter((c) => !neverMoved.has(c.customer_id));
  for (let d = new Date(Date.UTC(2023, 0, 3)); day(d) <= '2026-12-23'; d = addDays(d, 1)) {
    const weekday = d.getUTCDay();
    if (weekday === 0) continue;
    const busy = (d.getUTCMonth() >= 5 && d.getUTCMonth() <= 8) ? 0.75 : 0.45;
    const count = (random() < busy ? 1 : 0) + (weekday === 5 && random() < 0.5 ? 1 : 0);
    for (let k = 0; k < count; k += 1) {
      const today = day(d);
      const customer = pick(movers);
      const volume = customer.customer_type === 'business' ? between(900, 2200) : between(120, 1900);
      const size = volume <= 600 ? 'S' : volume <= 1200 ? 'M' : 'L';
      const van = pick(vanFor(today, size));
      const far = random() < 0.18;
      const toTown = far ? pick(farTowns) : pick(towns);
      const miles = far ? between(40, 330) : between(1, 25);
      const surveyed = volume > 400 && random() < 0.8;
      const surveyor = surveyed ? pick(onStaff(today, 'surveyor')) : null;
      const packing = random() < 0.3;
      const storageWeeks = random() < 0.12 ? between(1, 16) : 0;
      const quote = 180 + volume * 0.55 + miles * 2.4 + (packing ? volume * 0.25 : 0) + storageWeeks * 35;
      const bookedOn = day(addDays(d, -between(7, 60)));
      const status = today > LAST ? 'B' : random() < 0.04 ? 'X' : 'C';
      const move = { move_id: 0, customer_id: customer.customer_id, surveyor_id: surveyor ? surveyor.staff_id : null, van_id: van.van_id, booked_on: bookedOn, move_date: today, from_town: customer.home_town, to_town: toTown, miles, volume_cubic_ft: volume, packing_service: packing, storage_weeks: storageWeeks, quoted_price: money(quote), status };
      moves.push(move);
      if (status === 'C') {
        const drivers = onStaff(today, 'driver').filter((s) => size !== 'L' || s.hgv_licence);
        const team = [pick(drivers)];
        const porters = onStaff(today, 'porter');
        const extra = size === 'S' ? 1 : size === 'M' ? 2 : 3;
        for (let p = 0; p < extra; p += 1) { const who = pick(porters); if (!team.includes(who)) team.push(who); }
        if (packing) team.push(pick(onStaff(today, 'packer')));
        const hours = Math.min(14, 3 + Math.round(volume / 250) + Math.round(miles / 60));
        for (const who of team) crew.push({ move: move, staff_id: who.staff_id, hours_worked: who.role === 'packer' ? Math.max(3, hours - 2) : hours });
        if (random() < 0.06) {
          const reported = addDays(d, between(1, 20));
          const claimed = between(25, 900);
          const settled = day(reported) < '2026-10-15' || random() < 0.3;
          const rejected = settled && random() < 0.3;
          claims.push({ claim_id: 0, move: move, reported_on: day(reported), item: pick(['wardrobe', 'dining table', 'mirror', 'television', 'sofa', 'piano', 'glassware', 'bookcase', 'lamp', 'chest of drawers']), amount_claimed: money(claimed), amount_paid: settled ? money(rejected ? 0 : Math.round(claimed * (random() < 0.6 ? 1 : 0.5))) : null });
        }
      }
    }
  }
  moves.forEach((m, index) => { m.move_id = 1 + index; });
  crew.forEach((c) => { c.move_id = c.move.move_id; });
  claims.sort((a, b) => cmp(a.reported_on, b.reported_on) || a.move.move_id - b.move.move_id);
  claims.forEach((c, index) => { c.claim_id = 1 + index; c.move_id = c.move.move_id; });
  writeTable('removals_firm', 'customers', ['customer_id', 'full_name', 'customer_type', 'home_town'], customers);
  writeTable('removals_firm', 'staff', ['staff_id', 'full_name', 'role', 'hgv_licence', 'day_rate', 'started_on', 'left_on'], staff);
  writeTable('removals_firm', 'vans', ['van_id', 'registration', 'size_code', 'capacity_cubic_ft', 'bought_on', 'sold_on'], vans);
  writeTable('removals_firm', 'moves', ['move_id', 'customer_id', 'surveyor_id', 'van_id', 'booked_on', 'move_date', 'from_town', 'to_town', 'miles', 'volume_cubic_ft', 'packing_service', 'storage_weeks', 'quoted_price', 'status'], moves);
  writeTable('removals_firm', 'move_crew', ['move_id', 'staff_id', 'hours_worked'], crew);
  writeTable('removals_firm', 'damage_claims', ['claim_id', 'move_id', 'reported_on', 'item', 'amount_claimed', 'amount_paid'], claims);
}

/** A Wharfedale veg box scheme, in terse coded names: customers, box types, delivery drivers, subscriptions, deliveries and complaints, 2024-2026. */
function vegBox() {
  const { random, pick, between } = seeded(20240304);
  const nextName = namer(pick,
    ['Alice', 'Ben', 'Chloe', 'Dan', 'Emma', 'Finn', 'Grace', 'Harry', 'Imogen', 'Jack', 'Katie', 'Luke', 'Megan', 'Nathan', 'Olivia', 'Paul', 'Rosie', 'Sam', 'Tessa', 'Will'],
    ['Armitage', 'Bairstow', 'Clough', 'Dawson', 'Eastwood', 'Fearnley', 'Gott', 'Hirst', 'Ibbotson', 'Jowitt', 'Kellett', 'Lodge', 'Moorhouse', 'Normington', 'Pollard', 'Rhodes', 'Speight', 'Tillotson', 'Verity', 'Wormald']);
  const areas = ['LS29', 'LS29', 'LS29', 'LS21', 'LS21', 'BD23', 'BD20', 'LS16', 'HG3'];
  const boxes = [
    ['Small Veg', 'S', 14.5, false], ['Medium Veg', 'M', 19.5, false], ['Large Veg', 'L', 26, false], ['Small Fruit and Veg', 'S', 17.5, true],
    ['Medium Fruit and Veg', 'M', 23, true], ['Large Fruit and Veg', 'L', 31, true], ['Salad Bag', 'S', 9.5, false], ['Fruit Only', 'M', 16, true],
  ].map(([bxt_nm, sz, prc, frt], index) => ({ bxt_no: 1 + index, bxt_nm, sz, prc: money(prc), frt }));
  const drivers = [
    ['Gordon Hirst', 'IL', '2024-01-08', null], ['Beth Clough', 'OT', '2024-01-08', '2025-03-28'], ['Rob Speight', 'SK', '2024-01-08', null], ['Nina Lodge', 'OT', '2025-03-31', null],
    ['Ian Verity', 'BU', '2024-06-03', '2026-02-27'], ['Kate Moorhouse', 'BU', '2026-03-02', null], ['Owen Pollard', 'HA', '2024-01-08', null],
  ].map(([drv_nm, rnd, strt_dt, end_dt], index) => ({ drv_no: 1 + index, drv_nm, rnd, strt_dt, end_dt }));
  const roundFor = { LS29: 'IL', LS21: 'OT', BD23: 'SK', BD20: 'SK', LS16: 'BU', HG3: 'HA' };
  const driverOn = (rnd, today) => drivers.find((r) => r.rnd === rnd && r.strt_dt <= today && !(r.end_dt && r.end_dt < today)) ?? null;

  const customers = [];
  for (let i = 0; i < 170; i += 1) {
    const [first, last] = nextName();
    const joined = addDays(new Date(Date.UTC(2024, 0, 8)), between(0, 1050));
    customers.push({ cst_no: 1 + i, cst_nm: `${first} ${last}`, pc: pick(areas), jn_dt: day(joined), pay: random() < 0.7 ? 'D' : random() < 0.8 ? 'C' : 'X', joined });
  }
  const subs = [];
  for (const c of customers) {
    if (c.cst_no % 29 === 0) continue; // joined the mailing list, never took a box
    let start = addDays(c.joined, between(0, 14));
    let more = true;
    while (more && day(start) <= LAST) {
      const weeks = between(3, 70);
      const stop = addDays(start, weeks * 7);
      const ends = day(stop) <= LAST && random() < 0.7 ? day(stop) : null;
      const bxt = c.pc === 'HG3' && random() < 0.5 ? boxes[6] : pick(boxes);
      subs.push({ sub_no: 0, cst_no: c.cst_no, bxt_no: bxt.bxt_no, frq: random() < 0.65 ? 'W' : 'F', strt_dt: day(start), end_dt: ends, bxt, c });
      more = ends !== null && random() < 0.35;
      start = addDays(stop, between(7, 60));
    }
    const last = subs.at(-1);
    c.lft_dt = last && last.c === c && last.end_dt !== null ? last.end_dt : null;
  }
  subs.sort((a, b) => cmp(a.strt_dt, b.strt_dt) || a.cst_no - b.cst_no);
  subs.forEach((s, index) => { s.sub_no = 1 + index; });
  const dlvs = [];
  for (const s of subs) {
    const step = s.frq === 'W' ? 7 : 14;
    const first = new Date(`${s.strt_dt}T00:00:00Z`);
    const shift = (2 - first.getUTCDay() + 7) % 7; // boxes go out on Tuesdays
    for (let d = addDays(first, shift); day(d) <= LAST && (s.end_dt === null || day(d) < s.end_dt); d = addDays(d, step)) {
      const today = day(d);
      const collect = s.c.pc === 'LS29' && s.cst_no % 5 === 0;
      const roll = random();
      const stat = roll < 0.06 ? 'S' : roll < 0.09 ? 'M' : 'D';
      const drv = collect ? null : driverOn(roundFor[s.c.pc], today);
      dlvs.push({ dlv_no: 0, sub_no: s.sub_no, drv_no: drv ? drv.drv_no : null, dlv_dt: today, stat, amt: stat === 'S' ? money(0) : s.bxt.prc });
    }
  }
  dlvs.sort((a, b) => cmp(a.dlv_dt, b.dlv_dt) || a.sub_no - b.sub_no);
  dlvs.forEach((d, index) => { d.dlv_no = 1 + index; });
  const cmps = [];
  for (const d of dlvs) {
    if (d.stat !== 'D' && d.stat !== 'M') continue;
    if (random() < (d.stat === 'M' ? 0.3 : 0.025)) {
      const rsn = d.stat === 'M' ? 'N' : pick(['Q', 'Q', 'Q', 'L', 'W', 'I']);
      const rcv = day(addDays(new Date(`${d.dlv_dt}T00:00:00Z`), between(0, 3)));
      const refunded = rsn === 'L' ? null : random() < 0.6 ? money(rsn === 'N' ? Number(d.amt) : between(2, 8)) : null;
      cmps.push({ cmp_no: 0, dlv_no: d.dlv_no, rcv_dt: rcv, rsn, rfnd: rcv > LAST ? null : refunded });
    }
  }
  const kept = cmps.filter((c) => c.rcv_dt <= LAST);
  kept.forEach((c, index) => { c.cmp_no = 1 + index; });
  writeTable('veg_box', 'cst', ['cst_no', 'cst_nm', 'pc', 'jn_dt', 'lft_dt', 'pay'], customers);
  writeTable('veg_box', 'bxt', ['bxt_no', 'bxt_nm', 'sz', 'prc', 'frt'], boxes);
  writeTable('veg_box', 'drv', ['drv_no', 'drv_nm', 'rnd', 'strt_dt', 'end_dt'], drivers);
  writeTable('veg_box', 'sub', ['sub_no', 'cst_no', 'bxt_no', 'frq', 'strt_dt', 'end_dt'], subs);
  writeTable('veg_box', 'dlv', ['dlv_no', 'sub_no', 'drv_no', 'dlv_dt', 'stat', 'amt'], dlvs);
  writeTable('veg_box', 'cmp', ['cmp_no', 'dlv_no', 'rcv_dt', 'rsn', 'rfnd'], kept);
}

removalsFirm();
vegBox();

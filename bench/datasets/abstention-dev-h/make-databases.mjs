// Writes databases/{ferry_ops,housing_assoc,pest_control}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-h/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Ailsa', 'Bruce', 'Catriona', 'Dougie', 'Eilidh', 'Fraser', 'Gillian', 'Hamish', 'Isla', 'Jamie', 'Kirsty', 'Lachlan', 'Morag', 'Niall', 'Orla', 'Pauline', 'Ross', 'Shona', 'Tam', 'Yvonne', 'Aamir', 'Beata', 'Chidi', 'Dorota'];
const LAST = ['Baird', 'Cameron', 'Docherty', 'Ferguson', 'Gillies', 'Henderson', 'Innes', 'Kerr', 'Lindsay', 'MacLeod', 'Munro', 'Nicol', 'Ogilvie', 'Paterson', 'Reid', 'Sinclair', 'Tait', 'Watt', 'Nowak', 'Okafor', 'Hussain'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30

/** A west-coast island ferry operator: ports, vessels, routes, every scheduled sailing, fares and fuel bunkering, 2025-12 to 2026-11. */
function ferryOps() {
  const { random, pick, between } = seeded(20251202);
  const ports = [
    ['ARD', 'Ardcairn', false], ['PTL', 'Portlachan', false], ['EIL', 'Eilean Mor', true],
    ['BRS', 'Brasay', true], ['SKV', 'Skarvay', true], ['TOB', 'Tobarmore', true],
  ].map(([port_code, port_name, island]) => ({ port_code, port_name, island }));
  const vessels = [
    ['CRI', 'MV Corran Isle', 1998, 1640, 250, 36, 'ARD'],
    ['ISB', 'MV Isbister', 2007, 2950, 450, 60, 'ARD'],
    ['MRG', 'MV Morag Dubh', 2014, 540, 150, 18, 'PTL'],
    ['SGN', 'MV Sgeir Ghlas', 1989, 3800, 600, 85, 'PTL'],
    ['TIR', 'MV Tiree Lass', 2021, 900, 190, 24, 'ARD'],
  ].map(([vsl_code, vsl_name, built_yr, gt, pax_cap, car_cap, home_port]) => ({ vsl_code, vsl_name, built_yr, gt, pax_cap, car_cap, home_port }));
  const routes = [
    [1, 'ARD-EIL', 'ARD', 'EIL', 6.2, 40, 'ALL', 'CRI', [7 * 60 + 30, 11 * 60, 14 * 60 + 30, 18 * 60]],
    [2, 'ARD-BRS', 'ARD', 'BRS', 11.5, 75, 'ALL', 'ISB', [8 * 60, 12 * 60 + 30, 17 * 60]],
    [3, 'PTL-SKV', 'PTL', 'SKV', 4.1, 25, 'ALL', 'MRG', [7 * 60, 9 * 60, 11 * 60, 13 * 60, 15 * 60, 17 * 60 + 30]],
    [4, 'PTL-TOB', 'PTL', 'TOB', 18.0, 110, 'ALL', 'SGN', [9 * 60, 15 * 60]],
    [5, 'EIL-BRS', 'EIL', 'BRS', 5.5, 35, 'SUM', 'TIR', [10 * 60, 16 * 60]],
    [6, 'ARD-TOB', 'ARD', 'TOB', 21.4, 125, 'SUM', 'TIR', [13 * 60]],
  ].map(([rte_id, rte_code, orig_port, dest_port, dist_nm, sched_mins, season, vessel, times]) => ({ rte_id, rte_code, orig_port, dest_port, dist_nm: dist_nm.toFixed(1), sched_mins, season, vessel, times }));
  const sailings = [];
  for (let offset = 0; offset < DAYS; offset += 1) {
    const date = addDays(START, offset);
    const month = date.getUTCMonth();
    const summer = month >= 3 && month <= 8;
    const storm = random() < [0.2, 0.22, 0.18, 0.1, 0.05, 0.02, 0.02, 0.03, 0.06, 0.1, 0.15, 0.2][month];
    const demand = [0.3, 0.3, 0.35, 0.55, 0.7, 0.85, 1, 1, 0.75, 0.5, 0.35, 0.45][month];
    for (const route of routes) {
      if (route.season === 'SUM' && !summer) continue;
      // ISB is away for refit in February: CRI's sister TIR covers ARD-BRS.
      const vsl = route.vessel === 'ISB' && month === 1 ? vessels[4] : vessels.find((v) => v.vsl_code === route.vessel);
      for (const minutes of route.times) {
        const sched = addMinutes(date, minutes);
        const cancelled = storm ? random() < 0.6 : random() < 0.012;
        const row = { sail_id: 0, rte_id: route.rte_id, vsl_code: vsl.vsl_code, sched_dep: stamp(sched), act_dep: null, arr_at: null, status: 'OK', cnx_rsn: null, pax_n: null, cars_n: null, cv_n: null };
        if (cancelled) {
          row.status = 'CNX';
          row.cnx_rsn = storm ? 'WX' : pick(['TECH', 'TECH', 'CREW', 'TIDE']);
        } else {
          const late = random() < (storm ? 0.4 : 0.08) ? between(11, 95) : between(0, 8);
          const dep = addMinutes(sched, late);
          row.act_dep = stamp(dep);
          row.arr_at = stamp(addMinutes(dep, route.sched_mins + between(-4, storm ? 25 : 8)));
          row.status = late > 10 ? 'DLY' : 'OK';
          row.pax_n = Math.min(vsl.pax_cap, Math.round(vsl.pax_cap * demand * (0.25 + random() * 0.6)));
          row.cars_n = Math.min(vsl.car_cap, Math.round(vsl.car_cap * demand * (0.3 + random() * 0.7)));
          row.cv_n = between(0, route.dist_nm > 10 ? 6 : 3);
        }
        sailings.push(row);
      }
    }
  }
  sailings.forEach((s, index) => { s.sail_id = 400001 + index; });
  const fares = [];
  for (const route of routes) {
    const base = Number(route.dist_nm);
    for (const [valid_from, rise] of [['2025-04-01', 1], ['2026-04-01', 1.04]]) {
      for (const [fare_type, factor, floor] of [['ADT', 0.55, 3.6], ['CHD', 0.28, 1.8], ['CAR', 2.1, 14], ['CV', 6.5, 40], ['MC', 1.1, 7], ['CYC', 0, 0]]) {
        fares.push({ rte_id: route.rte_id, fare_type, valid_from, fare_gbp: money(Math.max(floor, base * factor) * rise) });
      }
    }
  }
  const bunkers = [];
  for (const vsl of vessels) {
    for (let offset = between(0, 6); offset < DAYS; offset += vsl.gt > 2000 ? 7 : 14) {
      const date = addDays(START, offset);
      bunkers.push({ bunker_id: 0, vsl_code: vsl.vsl_code, bunker_dt: day(date), port_code: vsl.home_port, fuel_t: (vsl.gt / 100 * (0.8 + random() * 0.5)).toFixed(1), usd_per_t: money(690 + offset * 0.12 + (random() - 0.5) * 60) });
    }
  }
  bunkers.sort((a, b) => cmp(a.bunker_dt, b.bunker_dt) || cmp(a.vsl_code, b.vsl_code));
  bunkers.forEach((b, index) => { b.bunker_id = 1 + index; });
  writeTable('ferry_ops', 'ports', ['port_code', 'port_name', 'island'], ports);
  writeTable('ferry_ops', 'vessels', ['vsl_code', 'vsl_name', 'built_yr', 'gt', 'pax_cap', 'car_cap', 'home_port'], vessels);
  writeTable('ferry_ops', 'routes', ['rte_id', 'rte_code', 'orig_port', 'dest_port', 'dist_nm', 'sched_mins', 'season'], routes);
  writeTable('ferry_ops', 'sailings', ['sail_id', 'rte_id', 'vsl_code', 'sched_dep', 'act_dep', 'arr_at', 'status', 'cnx_rsn', 'pax_n', 'cars_n', 'cv_n'], sailings);
  writeTable('ferry_ops', 'fares', ['rte_id', 'fare_type', 'valid_from', 'fare_gbp'], fares);
  writeTable('ferry_ops', 'bunkers', ['bunker_id', 'vsl_code', 'bunker_dt', 'port_code', 'fuel_t', 'usd_per_t'], bunkers);
}

/** A housing association's estates, homes, tenancies, repair jobs and month-end rent arrears, 2025-12 to 2026-11. */
function housingAssoc() {
  const { random, pick, between } = seeded(20251203);
  const nextName = namer(pick, FIRST, LAST);
  const estates = [
    ['Burnside', 'Kilmarnock'], ['Castlehill', 'Kilmarnock'], ['Dalmore Court', 'Irvine'], ['Eastfield', 'Irvine'],
    ['Glenview', 'Ayr'], ['Harbour Row', 'Troon'], ['Millbrae', 'Ayr'], ['Whinfield', 'Kilwinning'],
  ].map(([estate_name, town], index) => ({ estate_id: index + 1, estate_name, town, housing_officer: nextName().join(' ') }));
  const streets = ['Road', 'Crescent', 'Avenue', 'Drive', 'Place', 'Gardens', 'Court', 'Terrace'];
  const properties = [];
  for (const estate of estates) {
    const count = between(30, 48);
    const built = between(1955, 2015);
    const street = `${estate.estate_name.split(' ')[0]} ${streets[estate.estate_id - 1]}`;
    for (let i = 0; i < count; i += 1) {
      const prop_type = estate.estate_name === 'Dalmore Court' || estate.estate_name === 'Harbour Row' ? pick(['FLAT', 'FLAT', 'MAIS']) : pick(['FLAT', 'HSE', 'HSE', 'HSE', 'BUNG', 'MAIS']);
      const beds = prop_type === 'BUNG' ? pick([1, 2]) : prop_type === 'FLAT' ? pick([1, 1, 2, 2, 3]) : pick([2, 3, 3, 4]);
      properties.push({
        prop_ref: '', estate_id: estate.estate_id, addr1: `${i + 1} ${street}`, postcode: `KA${between(1, 13)} ${between(1, 9)}${pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'])}${pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'])}`,
        prop_type, beds, built_yr: built + between(0, 3), epc: built > 2005 ? pick(['B', 'B', 'C']) : built > 1980 ? pick(['C', 'C', 'D']) : pick(['C', 'D', 'D', 'E', 'F']),
        tenure: random() < 0.7 ? 'SR' : random() < 0.7 ? 'AR' : 'SO', adapted: random() < 0.12,
      });
    }
  }
  properties.forEach((p, index) => { p.prop_ref = `P${String(10001 + index * 3)}`; });
  const tenancies = [];
  const end = new Date(Date.UTC(2026, 10, 30));
  for (const prop of properties) {
    let begin = addDays(new Date(Date.UTC(Math.max(2008, prop.built_yr), 3, 1)), between(0, prop.built_yr > 2008 ? 400 : 5000));
    for (;;) {
      const length = between(300, 6000);
      const finish = addDays(begin, length);
      const rentBase = { FLAT: 88, MAIS: 95, HSE: 104, BUNG: 99 }[prop.prop_type] + prop.beds * 7 + (prop.tenure === 'AR' ? 28 : 0);
      const current = finish > end || random() < 0.05;
      tenancies.push({ tenancy_id: 0, prop_ref: prop.prop_ref, lead_tenant: `${pick(FIRST)} ${pick(LAST)}`, start_date: day(begin), end_date: current ? null : day(finish), weekly_rent: money(rentBase * (current ? 1 : 0.85 + random() * 0.1) + random() * 6), hh_size: between(1, Math.min(6, prop.beds + 2)) });
      if (current) break;
      begin = addDays(finish, between(5, 60));
      if (begin > end) break;
    }
  }
  tenancies.sort((a, b) => cmp(a.start_date, b.start_date) || cmp(a.prop_ref, b.prop_ref));
  tenancies.forEach((t, index) => { t.tenancy_id = 50001 + index; });
  const contractors = ['DLO', 'DLO', 'DLO', 'Hendry Plumbing Ltd', 'Brightspark Electrical', 'Apex Roofing & Rhones', 'Clyde Damp Solutions'];
  const repairs = [];
  for (let n = 0; n < 1400; n += 1) {
    const prop = pick(properties);
    const trade = pick(['PLUMB', 'PLUMB', 'ELEC', 'JOIN', 'JOIN', 'ROOF', 'GAS', 'DAMP', 'GLAZ']);
    const priority = trade === 'GAS' ? pick(['E', 'U']) : pick(['E', 'U', 'U', 'R', 'R', 'R', 'R']);
    const reported = addDays(START, between(0, DAYS - 1));
    const target = { E: 1, U: 7, R: 28 }[priority];
    const took = random() < 0.82 ? between(0, target) : between(target + 1, target * 3 + 5);
    const done = addDays(reported, took);
    const contractor = trade === 'PLUMB' && random() < 0.4 ? 'Hendry Plumbing Ltd' : trade === 'ELEC' && random() < 0.5 ? 'Brightspark Electrical' : trade === 'ROOF' ? pick(['Apex Roofing & Rhones', 'DLO']) : trade === 'DAMP' ? pick(['Clyde Damp Solutions', 'DLO']) : 'DLO';
    repairs.push({ job_no: 0, prop_ref: prop.prop_ref, reported: day(reported), completed: done > end ? null : day(done), trade, priority, contractor: contractors.includes(contractor) ? contractor : 'DLO', cost_gbp: money(between(40, trade === 'ROOF' || trade === 'DAMP' ? 2400 : 650) + random()) });
  }
  repairs.sort((a, b) => cmp(a.reported, b.reported) || cmp(a.prop_ref, b.prop_ref));
  repairs.forEach((r, index) => { r.job_no = 260001 + index; });
  const arrears = [];
  const debt = new Map();
  for (let m = 0; m < 12; m += 1) {
    const monthEnd = addDays(new Date(Date.UTC(2025, 12 + m, 1)), -1);
    for (const t of tenancies) {
      if (t.start_date > day(monthEnd) || (t.end_date !== null && t.end_date < day(monthEnd))) continue;
      const before = debt.get(t.tenancy_id) ?? (random() < 0.3 ? between(20, 600) : 0);
      const after = Math.max(0, before + (random() < 0.25 ? between(20, 220) : -between(0, 180)));
      debt.set(t.tenancy_id, after);
      arrears.push({ tenancy_id: t.tenancy_id, month_end: day(monthEnd), balance_gbp: money(after) });
    }
  }
  writeTable('housing_assoc', 'estates', ['estate_id', 'estate_name', 'town', 'housing_officer'], estates);
  writeTable('housing_assoc', 'properties', ['prop_ref', 'estate_id', 'addr1', 'postcode', 'prop_type', 'beds', 'built_yr', 'epc', 'tenure', 'adapted'], properties);
  writeTable('housing_assoc', 'tenancies', ['tenancy_id', 'prop_ref', 'lead_tenant', 'start_date', 'end_date', 'weekly_rent', 'hh_size'], tenancies);
  writeTable('housing_assoc', 'repairs', ['job_no', 'prop_ref', 'reported', 'completed', 'trade', 'priority', 'contractor', 'cost_gbp'], repairs);
  writeTable('housing_assoc', 'arrears', ['tenancy_id', 'month_end', 'balance_gbp'], arrears);
}

/** A pest control firm's commercial and domestic customers, technicians, visits, treatments applied and bait stations, 2025-12 to 2026-11. */
function pestControl() {
  const { random, pick, between } = seeded(20251204);
  const nextName = namer(pick, FIRST, LAST);
  const names = {
    FOOD: ['Baxter Bakeries', 'Glenmuir Meats', 'Pentland Dairy Foods', 'Clydeside Noodle Co', 'Hollins Fish Merchants', 'Rowan Brewing Co'],
    HOSP: ['The Drover Inn', 'Marchmont Hotel', 'Cafe Solana', 'The Tolbooth Bar', 'Harbour Lights B&B', 'Ettrick Lodge', 'Sorrento Pizzeria'],
    RETAIL: ['Greig & Sons Hardware', 'Fairmile Garden Centre', 'Nisa Locale Leith', 'Corstorphine Pet Supplies'],
    OFFICE: ['Quayside Business Centre', 'Lothian Legal LLP', 'Arden House Offices'],
    SCHOOL: ['St Ninian\'s Primary', 'Craigmount Nursery'],
    FARM: ['Mains of Dalry', 'Westerton Farm', 'Boghall Poultry'],
    RES: [],
  };
  const customers = [];
  for (const [sector, list] of Object.entries(names)) {
    for (const cust_name of list) customers.push({ cust_id: 0, cust_name, sector, postcode: `EH${between(1, 55)} ${between(1, 9)}${pick(['AB', 'DL', 'HT', 'NP', 'QX', 'RW', 'SZ'])}`, contract: sector === 'FOOD' ? pick(['MTH', 'MTH', 'QTR']) : pick(['QTR', 'QTR', 'ANN', 'MTH']), since: day(addDays(new Date(Date.UTC(2012, 0, 1)), between(0, 4700))) });
  }
  for (let i = 0; i < 30; i += 1) {
    const [first, last] = nextName();
    customers.push({ cust_id: 0, cust_name: `${first[0]}. ${last}`, sector: 'RES', postcode: `EH${between(1, 55)} ${between(1, 9)}${pick(['AB', 'DL', 'HT', 'NP', 'QX', 'RW', 'SZ'])}`, contract: 'NONE', since: day(addDays(START, between(0, DAYS - 30))) });
  }
  customers.forEach((c, index) => { c.cust_id = 1001 + index; });
  const technicians = [
    ['Leith', 'SF21 PCX', 3, '2014-05-12'], ['Leith', 'SF22 RTB', 2, '2019-09-02'], ['Leith', 'SK70 WEV', 2, '2023-03-20'],
    ['Livingston', 'SJ19 MKO', 3, '2011-01-10'], ['Livingston', 'SH23 ZAP', 2, '2021-06-14'], ['Dalkeith', 'SN72 HGU', 2, '2022-10-03'],
  ].map(([depot, van_reg, rsph_lvl, start_dt], index) => ({ tech_id: index + 1, tech_name: nextName().join(' '), depot, van_reg, rsph_lvl, start_dt }));
  const visits = [];
  const treatments = [];
  const products = {
    RAT: [['Difenacoum wax block', 'g'], ['Snap trap', 'ea']], MOU: [['Bromadiolone grain', 'g'], ['Snap trap', 'ea'], ['Glue board', 'ea']],
    CKR: [['Cockroach gel bait', 'g'], ['Monitoring trap', 'ea']], BBG: [['Permethrin spray', 'ml'], ['Heat treatment', 'hr']],
    WSP: [['Wasp nest dust', 'g']], PGN: [['Bird spikes', 'm'], ['Bird netting', 'm2']], ANT: [['Ant gel bait', 'g']], FLE: [['Permethrin spray', 'ml']],
  };
  const addTreatments = (visit, pest) => {
    const options = products[pest];
    const n = pest === 'PGN' ? 1 : between(1, options.length);
    for (let k = 0; k < n; k += 1) {
      const [product, unit] = options[k];
      const qty = unit === 'g' ? between(20, 400) : unit === 'ml' ? between(250, 3000) : unit === 'hr' ? between(4, 8) : unit === 'm' || unit === 'm2' ? between(3, 40) : between(2, 12);
      treatments.push({ trt_id: 0, visit_id: visit, product, qty, unit });
    }
  };
  const seasonPest = (month) => (month >= 5 && month <= 8 ? pick(['WSP', 'WSP', 'ANT', 'MOU', 'RAT', 'FLE', 'PGN']) : pick(['RAT', 'RAT', 'MOU', 'MOU', 'CKR', 'BBG', 'PGN']));
  for (const c of customers.filter((x) => x.contract !== 'NONE')) {
    const step = { MTH: 30, QTR: 91, ANN: 182 }[c.contract];
    for (let offset = between(0, step - 1); offset < DAYS; offset += step) {
      const date = addDays(START, offset);
      const found = random() < 0.25;
      const pest = found ? (c.sector === 'FARM' ? pick(['RAT', 'RAT', 'MOU']) : c.sector === 'FOOD' ? pick(['RAT', 'MOU', 'CKR', 'MOU']) : seasonPest(date.getUTCMonth())) : null;
      visits.push({ visit_id: 0, cust_id: c.cust_id, tech_id: 0, visit_dt: day(date), vtype: 'INSP', pest, activity: found ? pick(['LOW', 'LOW', 'MED', 'HIGH']) : 'NONE', mins_on_site: between(25, 90), charge_gbp: money(0) });
    }
  }
  for (let n = 0; n < 260; n += 1) {
    const c = random() < 0.45 ? pick(customers.filter((x) => x.sector === 'RES')) : pick(customers);
    const date = addDays(START, between(0, DAYS - 1));
    const pest = seasonPest(date.getUTCMonth());
    const activity = pick(['LOW', 'MED', 'MED', 'HIGH']);
    visits.push({ visit_id: 0, cust_id: c.cust_id, tech_id: 0, visit_dt: day(date), vtype: 'CALL', pest, activity, mins_on_site: between(20, pest === 'BBG' ? 360 : 120), charge_gbp: money(c.contract === 'NONE' ? pick([65, 75, 85, 120]) + (pest === 'BBG' ? 250 : 0) : c.contract === 'ANN' ? 45 : 0) });
    if (activity !== 'LOW' && random() < 0.6) {
      const follow = addDays(date, between(7, 21));
      if (follow <= new Date(Date.UTC(2026, 10, 30))) visits.push({ visit_id: 0, cust_id: c.cust_id, tech_id: 0, visit_dt: day(follow), vtype: 'FU', pest, activity: pick(['NONE', 'NONE', 'LOW', 'MED']), mins_on_site: between(15, 60), charge_gbp: money(c.contract === 'NONE' ? 40 : 0) });
    }
  }
  visits.sort((a, b) => cmp(a.visit_dt, b.visit_dt) || a.cust_id - b.cust_id || cmp(a.vtype, b.vtype));
  visits.forEach((v, index) => {
    v.visit_id = 70001 + index;
    v.tech_id = pick(v.cust_id % 3 === 0 ? [4, 5] : v.cust_id % 3 === 1 ? [1, 2, 3] : [1, 6, 3]);
    if (v.pest !== null && v.activity !== 'NONE') addTreatments(v.visit_id, v.pest);
  });
  treatments.forEach((t, index) => { t.trt_id = 1 + index; });
  const stations = [];
  for (const c of customers.filter((x) => x.sector !== 'RES')) {
    const count = c.sector === 'FOOD' || c.sector === 'FARM' ? between(6, 14) : between(2, 6);
    for (let k = 0; k < count; k += 1) {
      const stn_type = c.sector === 'FOOD' || c.sector === 'HOSP' ? pick(['RBOX', 'MBOX', 'MBOX', 'EFK', 'IMT']) : c.sector === 'FARM' ? pick(['RBOX', 'RBOX', 'MBOX']) : pick(['RBOX', 'MBOX']);
      const lastDay = new Date(Date.UTC(2026, 10, 30));
      const drawn = addDays(new Date(`${c.since}T00:00:00Z`), between(0, 900));
      const placed = drawn > lastDay ? addDays(lastDay, -between(10, 300)) : drawn;
      const removed = random() < 0.1 ? addDays(START, between(0, DAYS - 1)) : null;
      stations.push({ stn_id: 0, cust_id: c.cust_id, stn_type, location: pick(['Bin store', 'Kitchen rear wall', 'Goods-in door', 'Cellar', 'Loading bay', 'Store room', 'Boiler room', 'Perimeter fence']), placed: day(placed), removed: removed !== null && removed > placed ? day(removed) : null });
    }
  }
  stations.forEach((s, index) => { s.stn_id = 5001 + index; });
  writeTable('pest_control', 'customers', ['cust_id', 'cust_name', 'sector', 'postcode', 'contract', 'since'], customers);
  writeTable('pest_control', 'technicians', ['tech_id', 'tech_name', 'depot', 'van_reg', 'rsph_lvl', 'start_dt'], technicians);
  writeTable('pest_control', 'visits', ['visit_id', 'cust_id', 'tech_id', 'visit_dt', 'vtype', 'pest', 'activity', 'mins_on_site', 'charge_gbp'], visits);
  writeTable('pest_control', 'treatments', ['trt_id', 'visit_id', 'product', 'qty', 'unit'], treatments);
  writeTable('pest_control', 'bait_stations', ['stn_id', 'cust_id', 'stn_type', 'location', 'placed', 'removed'], stations);
}

ferryOps();
housingAssoc();
pestControl();

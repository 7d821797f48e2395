// Writes databases/{chimney_sweep,heating_oil,cowork_space}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-r/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alice', 'Bryn', 'Carys', 'Dafydd', 'Eleanor', 'Gareth', 'Hannah', 'Idris', 'Jasmine', 'Kieran', 'Lowri', 'Martin', 'Nerys', 'Owen', 'Priya', 'Rhodri', 'Sian', 'Tomasz', 'Ursula', 'Vikram', 'Wendy', 'Alfie', 'Beatrice', 'Callum', 'Delyth', 'Ewan', 'Freya', 'Grace'];
const LAST = ['Adderley', 'Beddoes', 'Corbett', 'Davies', 'Edwards', 'Foxall', 'Griffiths', 'Hotchkiss', 'Instone', 'Jukes', 'Kendrick', 'Lloyd', 'Meredith', 'Norgrove', 'Onions', 'Powell', 'Preece', 'Rowlands', 'Stokes', 'Tranter', 'Vaughan', 'Watkins', 'Yapp', 'Kowalski', 'Chaudhry', 'Mensah'];
const START = new Date(Date.UTC(2025, 11, 1));
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A chimney sweep firm in the Welsh Marches: sweeps, customers, their appliances, visits, invoices and parts fitted. */
function chimneySweep() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const sweeps = [
    [true, true, '2009-04-01', 'CX59 SOT'], [true, false, '2013-09-16', 'CX63 FLU'], [false, false, '2018-02-05', 'DK18 BRM'], [true, true, '2015-06-22', 'DK65 STK'],
    [false, false, '2021-10-04', 'CX71 POT'], [true, false, '2019-03-11', 'DK19 ASH'], [false, false, '2024-08-19', 'CX24 VAN'],
  ].map(([guild_member, hetas_registered, start_date, van_reg], index) => ({ sweep_id: index + 1, full_name: nextName().join(' '), guild_member, hetas_registered, start_date, van_reg }));
  const towns = [['Ludlow', 'SY8'], ['Church Stretton', 'SY6'], ["Bishop's Castle", 'SY9'], ['Craven Arms', 'SY7'], ['Clun', 'SY7'], ['Knighton', 'LD7'], ['Leominster', 'HR6'], ['Tenbury Wells', 'WR15']];
  const customers = [];
  for (let n = 0; n < 260; n += 1) {
    const [first, last] = nextName();
    const [town, area] = pick(towns);
    const first_booked_on = day(addDays(iso('2019-09-01'), between(0, 2200)));
    customers.push({ customer_id: 0, customer_name: `${first} ${last}`, email: random() < 0.82 ? `${first.toLowerCase()}.${last.toLowerCase()}${between(1, 99)}@example.net` : null, town, postcode: `${area} ${between(1, 9)}${pick(['A', 'B', 'D', 'E', 'H', 'J', 'L', 'N', 'P', 'R', 'T', 'W'])}${pick(['A', 'B', 'D', 'F', 'G', 'Q', 'S', 'U', 'X', 'Y'])}`, first_booked_on, heard_via: pick(['word of mouth', 'word of mouth', 'website', 'leaflet', 'guild directory', 'facebook']) });
  }
  customers.sort((a, b) => cmp(a.first_booked_on, b.first_booked_on) || cmp(a.customer_name, b.customer_name));
  customers.forEach((c, index) => { c.customer_id = 1001 + index; });
  const types = [
    ['wood burner', ['wood', 'wood', 'wood'], 'liner'], ['multi-fuel stove', ['wood', 'smokeless coal', 'smokeless coal'], 'liner'], ['open fire', ['wood', 'house coal', 'smokeless coal'], 'masonry'],
    ['inglenook', ['wood'], 'masonry'], ['range cooker', ['wood', 'oil'], 'twin-wall'], ['oil boiler', ['oil'], 'twin-wall'],
  ];
  const appliances = [];
  for (const c of customers) {
    const count = random() < 0.2 ? 2 : 1;
    for (let k = 0; k < count; k += 1) {
      const [appliance_type, fuels, flue] = pick([types[0], types[0], types[0], types[1], types[1], types[2], types[2], types[3], types[4], types[5]]);
      const masonry = flue === 'masonry';
      appliances.push({ appliance_id: 0, customer_id: c.customer_id, appliance_type, fuel: pick(fuels), flue_type: masonry && random() < 0.3 ? 'liner' : flue, installed_year: masonry ? null : between(2003, 2025), flue_length_m: (between(35, 110) / 10).toFixed(1) });
    }
  }
  appliances.forEach((a, index) => { a.appliance_id = 1 + index; });
  const visits = [];
  const jobPrice = { sweep: 75, 'power sweep': 120, 'cctv survey': 95, 'bird nest removal': 140, 'smoke test': 60, 'stove installation': 1850 };
  const jobMins = { sweep: [35, 60], 'power sweep': [60, 110], 'cctv survey': [40, 75], 'bird nest removal': [60, 150], 'smoke test': [25, 45], 'stove installation': [360, 540] };
  for (const ap of appliances) {
    const customer = customers.find((c) => c.customer_id === ap.customer_id);
    const since = iso(customer.first_booked_on) > iso('2024-06-01') ? iso(customer.first_booked_on) : iso('2024-06-01');
    const solid = ap.fuel !== 'oil';
    const perYear = ap.fuel === 'house coal' || ap.appliance_type === 'inglenook' ? 2 : 1;
    let when = addDays(since, between(0, 200));
    while (when <= LAST_DAY) {
      const weekday = when.getUTCDay();
      if (weekday === 0) when = addDays(when, 1);
      if (random() < 0.12) { when = addDays(when, between(300, 420)); continue; }
      const r = random();
      const job = r < 0.66 ? 'sweep' : r < 0.76 ? 'power sweep' : r < 0.84 ? 'cctv survey' : r < 0.9 && solid ? 'bird nest removal' : r < 0.96 ? 'smoke test' : solid && ap.installed_year !== null ? 'stove installation' : 'sweep';
      const o = random();
      const outcome = o < 0.8 ? 'pass' : o < 0.96 ? 'advisory' : 'unsafe';
      const qualified = sweeps.filter((s) => job !== 'stove installation' || s.hetas_registered);
      const sweep = pick(qualified);
      visits.push({ visit_id: 0, appliance_id: ap.appliance_id, sweep_id: sweep.sweep_id, visit_date: day(when), job_type: job, duration_mins: between(...jobMins[job]), price_gbp: money(jobPrice[job] + (job === 'stove installation' ? between(0, 12) * 50 : between(0, 3) * 5)), outcome, certificate_issued: job === 'sweep' || job === 'power sweep' || job === 'stove installation' ? outcome !== 'unsafe' : false });
      when = addDays(when, Math.round(365 / perYear) + between(-40, 40));
    }
  }
  visits.sort((a, b) => cmp(a.visit_date, b.visit_date) || a.appliance_id - b.appliance_id);
  visits.forEach((v, index) => { v.visit_id = 5001 + index; });
  const parts = [['anti-downdraught cowl', 68], ['bird guard', 42], ['rain cap', 35], ['flue liner (per metre)', 38], ['register plate', 55], ['carbon monoxide alarm', 24]];
  const partsFitted = [];
  for (const v of visits) {
    if (v.job_type === 'stove installation') {
      const ap = appliances.find((a) => a.appliance_id === v.appliance_id);
      partsFitted.push({ visit_id: v.visit_id, part: 'flue liner (per metre)', qty: Math.ceil(Number(ap.flue_length_m)), unit_price_gbp: money(38) });
      partsFitted.push({ visit_id: v.visit_id, part: 'register plate', qty: 1, unit_price_gbp: money(55) });
      partsFitted.push({ visit_id: v.visit_id, part: 'carbon monoxide alarm', qty: 1, unit_price_gbp: money(24) });
      continue;
    }
    if (random() < (v.job_type === 'bird nest removal' ? 0.9 : 0.12)) {
      const [part, price] = v.job_type === 'bird nest removal' ? parts[1] : pick([parts[0], parts[1], parts[2], parts[5], parts[5]]);
      partsFitted.push({ visit_id: v.visit_id, part, qty: part === 'carbon monoxide alarm' ? between(1, 2) : 1, unit_price_gbp: money(price) });
    }
  }
  const invoices = [];
  for (const v of visits) {
    const net = Number(v.price_gbp) + partsFitted.filter((p) => p.visit_id === v.visit_id).reduce((sum, p) => sum + p.qty * Number(p.unit_price_gbp), 0);
    const issued = iso(v.visit_date);
    const due = random() < 0.93 ? addDays(issued, random() < 0.6 ? 0 : between(1, 45)) : null;
    const paid = due === null || due > LAST_DAY ? null : due;
    const method = pick(['card', 'card', 'bank transfer', 'bank transfer', 'cash']);
    invoices.push({ invoice_no: 0, visit_id: v.visit_id, issued_on: day(issued), net_gbp: money(net), vat_gbp: money(net * 0.2), paid_on: paid === null ? null : day(paid), pay_method: paid === null ? null : method });
  }
  invoices.forEach((inv, index) => { inv.invoice_no = 24001 + index; });
  writeTable('chimney_sweep', 'sweeps', ['sweep_id', 'full_name', 'guild_member', 'hetas_registered', 'start_date', 'van_reg'], sweeps);
  writeTable('chimney_sweep', 'customers', ['customer_id', 'customer_name', 'email', 'town', 'postcode', 'first_booked_on', 'heard_via'], customers);
  writeTable('chimney_sweep', 'appliances', ['appliance_id', 'customer_id', 'appliance_type', 'fuel', 'flue_type', 'installed_year', 'flue_length_m'], appliances);
  writeTable('chimney_sweep', 'visits', ['visit_id', 'appliance_id', 'sweep_id', 'visit_date', 'job_type', 'duration_mins', 'price_gbp', 'outcome', 'certificate_issued'], visits);
  writeTable('chimney_sweep', 'invoices', ['invoice_no', 'visit_id', 'issued_on', 'net_gbp', 'vat_gbp', 'paid_on', 'pay_method'], invoices);
  writeTable('chimney_sweep', 'parts_fitted', ['visit_id', 'part', 'qty', 'unit_price_gbp'], partsFitted);
}

/** A heating-oil distributor in the Fens, in a warehouse's coded names: depots, tankers, drivers, customers, orders, deliveries, payments. */
function heatingOil() {
  const { random, pick, between } = seeded(20261222);
  const nextName = namer(pick, FIRST, LAST);
  const depots = [[1, 'WIS', 'Wisbech', 450000, 1998], [2, 'MAR', 'March', 300000, 2006], [3, 'DOW', 'Downham Market', 220000, 2017]]
    .map(([depot_key, depot_cd, depot_nm, store_cap_ltr, open_yr]) => ({ depot_key, depot_cd, depot_nm, store_cap_ltr, open_yr }));
  const tankers = [
    ['AE14 FEN', 1, 'RIG', 18000, 5, 2014], ['AE17 OIL', 1, 'RIG', 18000, 5, 2017], ['AU19 KRO', 1, 'RIG', 13000, 4, 2019], ['AU21 DRV', 1, 'TWN', 7000, 3, 2021],
    ['AF16 MRC', 2, 'RIG', 13000, 4, 2016], ['AF20 GAS', 2, 'TWN', 7000, 3, 2020], ['AK18 DWN', 3, 'RIG', 13000, 4, 2018], ['AK23 HVO', 3, 'TWN', 5500, 2, 2023],
  ].map(([reg_no, depot_key, body_cd, cap_ltr, cmpt_cnt, reg_yr], index) => ({ tanker_key: index + 1, reg_no, depot_key, body_cd, cap_ltr, cmpt_cnt, reg_yr }));
  const drivers = [];
  for (const [depot, n] of [[1, 5], [2, 3], [3, 3]]) {
    for (let k = 0; k < n; k += 1) drivers.push({ drv_key: 0, drv_nm: nextName().join(' '), depot_key: depot, adr_exp_dt: day(addDays(iso('2026-02-01'), between(0, 1500))), hire_dt: day(addDays(iso('2004-01-01'), between(0, 7500))) });
  }
  drivers.forEach((d, index) => { d.drv_key = 101 + index; });
  const districts = { 1: ['PE13', 'PE14', 'PE12'], 2: ['PE15', 'PE16', 'CB6'], 3: ['PE38', 'PE33', 'PE34'] };
  const customers = [];
  const usedNames = new Set();
  for (let n = 0; n < 420; n += 1) {
    const depot = pick([1, 1, 1, 2, 2, 3, 3]);
    const r = random();
    const acct = r < 0.8 ? 'DOM' : r < 0.93 ? 'FARM' : 'COMM';
    const [first, last] = nextName();
    const farmNames = ['Fen End Farm', 'Manor Farm', 'Drove Farm', 'Washway Farm', 'Poplar Farm', 'Sluice Farm', 'Bank Farm', 'Marsh Farm', 'Grange Farm', 'Hall Farm'];
    const commNames = ['Parish Hall', 'Primary School', 'Garden Centre', 'Village Hall', 'Caravan Park', 'Nursing Home', 'Church', 'Pub'];
    let cust_nm = `${first} ${last}`;
    while (acct !== 'DOM' && (cust_nm === `${first} ${last}` || usedNames.has(cust_nm))) cust_nm = acct === 'FARM' ? `${pick(LAST)} & Sons, ${pick(farmNames)}` : `${pick(['Outwell', 'Upwell', 'Emneth', 'Walsoken', 'Elm', 'Christchurch', 'Manea', 'Doddington', 'Wimblington', 'Hilgay', 'Southery', 'Stow Bardolph', 'Tilney', 'Terrington'])} ${pick(commNames)}`;
    usedNames.add(cust_nm);
    customers.push({ cust_key: 0, cust_nm, acct_typ: acct, pcode_dist: pick(districts[depot]), depot_key: depot, fuel_cd: acct === 'FARM' ? pick(['KERO', 'GASO', 'GASO']) : acct === 'COMM' ? pick(['KERO', 'KERO', 'HVO']) : pick(['KERO', 'KERO', 'KERO', 'KERO', 'KERO', 'KERO', 'HVO']), tank_cap_ltr: acct === 'DOM' ? pick([1000, 1200, 1200, 1400, 1800, 2500]) : acct === 'FARM' ? pick([2500, 5000, 5000, 10000]) : pick([1800, 2500, 3500, 5000]), bud_plan_flg: acct === 'DOM' && random() < 0.3, open_dt: day(addDays(iso('2009-01-01'), between(0, 6200))) });
  }
  customers.sort((a, b) => cmp(a.open_dt, b.open_dt) || cmp(a.cust_nm, b.cust_nm));
  customers.forEach((c, index) => { c.cust_key = 20001 + index; });
  const basePpl = { KERO: 62, GASO: 71, HVO: 118 };
  const orders = [];
  const deliveries = [];
  for (const c of customers) {
    let when = addDays(START, between(0, 60));
    for (;;) {
      const month = when.getUTCMonth();
      const winter = [11, 0, 1, 2].includes(month);
      const gap = c.acct_typ === 'FARM' ? between(30, 80) : winter ? between(35, 90) : between(70, 170);
      if (when > LAST_DAY) break;
      if (when.getUTCDay() === 0) when = addDays(when, 1);
      const req = Math.round((c.tank_cap_ltr * (0.45 + random() * 0.4)) / 50) * 50;
      const ppl = (basePpl[c.fuel_cd] + (winter ? 4 : 0) + (req >= 1000 ? -2 : req < 500 ? 3 : 0) + Math.round((random() - 0.5) * 60) / 10).toFixed(2);
      const daysLeft = (LAST_DAY - when) / 86_400_000;
      const cancelled = random() < 0.05;
      const sts = cancelled ? 'CXL' : daysLeft < between(2, 9) ? 'OPEN' : 'DLV';
      const ord = { ord_id: 0, cust_key: c.cust_key, ord_dt: day(when), chnl_cd: pick(['PH', 'PH', 'WEB', 'WEB', 'AUTO']), fuel_cd: c.fuel_cd, req_ltr: req, ppl_qtd: ppl, ord_sts: sts };
      orders.push(ord);
      if (sts === 'DLV') {
        const dlvDay = addDays(when, between(1, winter ? 9 : 5));
        const own = tankers.filter((t) => t.depot_key === c.depot_key && (c.acct_typ !== 'FARM' || t.body_cd === 'RIG'));
        const tanker = pick(own.length ? own : tankers.filter((t) => t.depot_key === c.depot_key));
        const ltr = Math.max(100, req - (random() < 0.15 ? between(1, 8) * 25 : 0));
        const net = (ltr * Number(ppl)) / 100;
        deliveries.push({ dlv_id: 0, ord_id: ord, tanker_key: tanker.tanker_key, drv_key: pick(drivers.filter((d) => d.depot_key === c.depot_key)).drv_key, dlv_dt: day(dlvDay > LAST_DAY ? LAST_DAY : dlvDay), ltr_dlv: ltr, net_gbp: money(net), vat_gbp: money(net * (c.acct_typ === 'DOM' ? 0.05 : 0.2)) });
      }
      when = addDays(when, gap);
    }
  }
  orders.sort((a, b) => cmp(a.ord_dt, b.ord_dt) || a.cust_key - b.cust_key);
  orders.forEach((o, index) => { o.ord_id = 310001 + index; });
  deliveries.forEach((d) => { d.ord_id = d.ord_id.ord_id; });
  deliveries.sort((a, b) => cmp(a.dlv_dt, b.dlv_dt) || a.ord_id - b.ord_id);
  deliveries.forEach((d, index) => { d.dlv_id = 880001 + index; });
  const payments = [];
  for (const c of customers) {
    if (c.bud_plan_flg) {
      const monthly = Math.round(c.tank_cap_ltr * 2.2 * 0.66 / 12 / 5) * 5;
      for (let m = 0; m < 12; m += 1) payments.push({ pymt_id: 0, cust_key: c.cust_key, pymt_dt: day(new Date(Date.UTC(2025, 11 + m, 1))), pymt_mthd: 'DD', amt_gbp: money(monthly) });
    } else {
      for (const d of deliveries.filter((x) => orders[x.ord_id - 310001].cust_key === c.cust_key)) {
        const paid = addDays(iso(d.dlv_dt), c.acct_typ === 'DOM' ? between(0, 10) : between(7, 35));
        if (paid > LAST_DAY || random() < 0.03) continue;
        payments.push({ pymt_id: 0, cust_key: c.cust_key, pymt_dt: day(paid), pymt_mthd: c.acct_typ === 'DOM' ? pick(['CARD', 'CARD', 'BACS']) : 'BACS', amt_gbp: money(Number(d.net_gbp) + Number(d.vat_gbp)) });
      }
    }
  }
  payments.sort((a, b) => cmp(a.pymt_dt, b.pymt_dt) || a.cust_key - b.cust_key);
  payments.forEach((p, index) => { p.pymt_id = 1 + index; });
  writeTable('heating_oil', 'dim_depot', ['depot_key', 'depot_cd', 'depot_nm', 'store_cap_ltr', 'open_yr'], depots);
  writeTable('heating_oil', 'dim_tanker', ['tanker_key', 'reg_no', 'depot_key', 'body_cd', 'cap_ltr', 'cmpt_cnt', 'reg_yr'], tankers);
  writeTable('heating_oil', 'dim_drv', ['drv_key', 'drv_nm', 'depot_key', 'adr_exp_dt', 'hire_dt'], drivers);
  writeTable('heating_oil', 'dim_cust', ['cust_key', 'cust_nm', 'acct_typ', 'pcode_dist', 'depot_key', 'fuel_cd', 'tank_cap_ltr', 'bud_plan_flg', 'open_dt'], customers);
  writeTable('heating_oil', 'fct_ord', ['ord_id', 'cust_key', 'ord_dt', 'chnl_cd', 'fuel_cd', 'req_ltr', 'ppl_qtd', 'ord_sts'], orders);
  writeTable('heating_oil', 'fct_dlv', ['dlv_id', 'ord_id', 'tanker_key', 'drv_key', 'dlv_dt', 'ltr_dlv', 'net_gbp', 'vat_gbp'], deliveries);
  writeTable('heating_oil', 'fct_pymt', ['pymt_id', 'cust_key', 'pymt_dt', 'pymt_mthd', 'amt_gbp'], payments);
}

/** A coworking company in camelCase: sites, membership plans, members, meeting rooms, room bookings, invoices, day passes. */
function coworkSpace() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const sites = [
    [1, 'Canal Works', 'Birmingham', '2017-03-01', 140, true], [2, 'The Old Post Office', 'Shrewsbury', '2019-09-02', 60, true],
    [3, 'Foundry Yard', 'Wolverhampton', '2021-05-10', 85, false], [4, 'Corn Exchange Studios', 'Hereford', '2024-02-05', 45, true],
  ].map(([siteId, siteName, city, openedOn, deskCount, hasCafe]) => ({ siteId, siteName, city, openedOn, deskCount, hasCafe }));
  const plans = [
    ['HOT', 'Hot desk', 189, 4, false], ['HOT-PT', 'Hot desk, 10 days a month', 119, 2, false], ['FIX', 'Fixed desk', 295, 8, true],
    ['OFC', 'Private office (per person)', 420, 12, true], ['VO', 'Virtual office (mail and address only)', 45, 0, false],
  ].map(([planCode, planName, monthlyFee, meetingCredits, access24h]) => ({ planCode, planName, monthlyFee: money(monthlyFee), meetingCredits, access24h }));
  const companies = ['Bramble Analytics Ltd', 'Kestrel Design Co', 'Northgate Legal', 'Pixelfold Studio', 'Severn Data Labs', 'Tinker & Thread', 'Wrekin Marketing', 'Ironbridge Apps', 'Lantern Recruitment', 'Oakfield Architects'];
  const members = [];
  for (let n = 0; n < 230; n += 1) {
    const [first, last] = nextName();
    const site = pick([1, 1, 1, 2, 2, 3, 3, 4]);
    const joined = addDays(iso('2019-01-07'), between(0, 2850));
    const siteOpened = iso(sites[site - 1].openedOn);
    const joinedOn = joined < siteOpened ? addDays(siteOpened, between(0, 90)) : joined;
    const left = random() < 0.3 ? addDays(joinedOn, between(60, 900)) : null;
    members.push({ memberId: 0, fullName: `${first} ${last}`, companyName: random() < 0.45 ? pick(companies) : null, email: `${first[0].toLowerCase()}${last.toLowerCase()}@example.org`, homeSiteId: site, planCode: pick(['HOT', 'HOT', 'HOT', 'HOT-PT', 'FIX', 'FIX', 'OFC', 'VO']), joinedOn: day(joinedOn), leftOn: left === null || left > LAST_DAY ? null : day(left) });
  }
  members.sort((a, b) => cmp(a.joinedOn, b.joinedOn) || cmp(a.fullName, b.fullName));
  members.forEach((m, index) => { m.memberId = 401 + index; });
  const rooms = [
    [1, 'Lock Keeper', 4, false, 25], [1, 'Towpath', 8, true, 40], [1, 'Boardroom', 16, true, 75], [2, 'Sorting Room', 6, true, 30], [2, 'Franking Room', 3, false, 18],
    [3, 'Crucible', 10, true, 45], [3, 'Anvil', 4, true, 25], [4, 'Trading Floor', 20, true, 85], [4, 'Snug', 2, false, 12],
  ].map(([siteId, roomName, seats, hasScreen, hourlyRate], index) => ({ roomId: 11 + index, siteId, roomName, seats, hasScreen, hourlyRate: money(hourlyRate) }));
  const bookings = [];
  const active = (m, date) => iso(m.joinedOn) <= date && (m.leftOn === null || iso(m.leftOn) >= date);
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(START, d);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (date.getUTCMonth() === 11 && date.getUTCDate() >= 23) continue;
    for (const room of rooms) {
      const slots = between(0, room.seats >= 10 ? 2 : 3);
      let hour = 8 + between(0, 2);
      for (let k = 0; k < slots && hour < 17; k += 1) {
        const length = pick([0.5, 1, 1, 1, 1.5, 2, 2, 3, 4]);
        const who = members.filter((m) => m.homeSiteId === room.siteId && m.planCode !== 'VO' && active(m, date));
        if (who.length === 0) break;
        const member = pick(who);
        const startsAt = addMinutes(date, hour * 60 + (random() < 0.3 ? 30 : 0));
        bookings.push({ bookingId: 0, roomId: room.roomId, memberId: member.memberId, startsAt: stamp(startsAt), durationHours: length.toFixed(1), creditsUsed: Math.ceil(length * (room.seats >= 10 ? 2 : 1)), cancelled: random() < 0.06 });
        hour += Math.ceil(length) + between(0, 2);
      }
    }
  }
  bookings.forEach((b, index) => { b.bookingId = 90001 + index; });
  const invoices = [];
  for (let m = 0; m < 12; m += 1) {
    const periodStart = new Date(Date.UTC(2025, 11 + m, 1));
    for (const member of members) {
      if (!active(member, periodStart)) continue;
      const plan = plans.find((p) => p.planCode === member.planCode);
      const net = Number(plan.monthlyFee);
      const paid = random() < 0.96 ? addDays(periodStart, between(0, 20)) : null;
      invoices.push({ invoiceId: 0, memberId: member.memberId, periodStart: day(periodStart), amountNet: money(net), vatAmount: money(net * 0.2), paidOn: paid === null || paid > LAST_DAY ? null : day(paid) });
    }
  }
  invoices.forEach((inv, index) => { inv.invoiceId = 7001 + index; });
  const passes = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(START, d);
    const weekday = date.getUTCDay();
    if (weekday === 0) continue;
    for (const site of sites) {
      const n = between(0, weekday === 6 ? 1 : site.siteId === 1 ? 4 : 2);
      for (let k = 0; k < n; k += 1) {
        const channel = pick(['walk-in', 'app', 'app', 'partner']);
        passes.push({ passId: 0, siteId: site.siteId, soldOn: day(date), channel, price: money(channel === 'partner' ? 15 : site.siteId === 1 ? 25 : 20) });
      }
    }
  }
  passes.forEach((p, index) => { p.passId = 300001 + index; });
  writeTable('cowork_space', 'sites', ['siteId', 'siteName', 'city', 'openedOn', 'deskCount', 'hasCafe'], sites);
  writeTable('cowork_space', 'plans', ['planCode', 'planName', 'monthlyFee', 'meetingCredits', 'access24h'], plans);
  writeTable('cowork_space', 'members', ['memberId', 'fullName', 'companyName', 'email', 'homeSiteId', 'planCode', 'joinedOn', 'leftOn'], members);
  writeTable('cowork_space', 'meetingRooms', ['roomId', 'siteId', 'roomName', 'seats', 'hasScreen', 'hourlyRate'], rooms);
  writeTable('cowork_space', 'roomBookings', ['bookingId', 'roomId', 'memberId', 'startsAt', 'durationHours', 'creditsUsed', 'cancelled'], bookings);
  writeTable('cowork_space', 'invoices', ['invoiceId', 'memberId', 'periodStart', 'amountNet', 'vatAmount', 'paidOn'], invoices);
  writeTable('cowork_space', 'dayPasses', ['passId', 'siteId', 'soldOn', 'channel', 'price'], passes);
}

chimneySweep();
heatingOil();
coworkSpace();

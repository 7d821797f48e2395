// Writes databases/{opticians,vend_dw,sailmaker}/data/*.csv: three small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-z/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Agnes', 'Bruce', 'Catriona', 'Donald', 'Eilidh', 'Fraser', 'Gordon', 'Heather', 'Iain', 'Jean', 'Kenneth', 'Lorna', 'Morag', 'Neil', 'Orla', 'Peter', 'Rhona', 'Struan', 'Tam', 'Una', 'Wallace', 'Yvonne', 'Alasdair', 'Beth', 'Callum', 'Duncan', 'Euan', 'Fiona'];
const LAST = ['Abernethy', 'Buchan', 'Cairns', 'Dalgleish', 'Ewing', 'Forsyth', 'Gilchrist', 'Hendry', 'Imrie', 'Jamieson', 'Kerr', 'Lindsay', 'McAllister', 'Nairn', 'Ogilvie', 'Pringle', 'Rennie', 'Sutherland', 'Tennant', 'Urquhart', 'Weir', 'Young', 'Moffat', 'Baird', 'Laidlaw', 'Crichton'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** An independent opticians' practice: its clinicians, patients, eye examinations and spectacle orders. */
function opticians() {
  const { random, pick, between } = seeded(20261301);
  const nextName = namer(pick, FIRST, LAST);
  const roles = ['optometrist', 'optometrist', 'optometrist', 'optometrist', 'dispensing optician', 'dispensing optician', 'contact lens optician'];
  const clinicians = roles.map((role, n) => {
    const [first, last] = nextName();
    return { clinician_id: 11 + n, full_name: `${first} ${last}`, role, goc_registered_on: day(addDays(iso('1996-09-01'), n * 1150 + between(0, 400))), days_per_week: n === 0 ? 5 : between(2, 5), home_visits: n === 1 || n === 3 };
  });
  const areas = ['EH4', 'EH4', 'EH12', 'EH12', 'EH3', 'EH10', 'EH15', 'KY11'];
  const patients = [];
  for (let n = 0; n < 220; n += 1) {
    const [first, last] = [pick(FIRST), pick(LAST)];
    const birth = between(1938, 2019);
    patients.push({ patient_id: 4001 + n, patient_name: `${first} ${last}`, birth_year: birth, postcode_area: pick(areas), nhs_eligible: birth < 1961 || birth > 2009 || random() < 0.3, registered_on: day(addDays(iso('2009-01-05'), between(0, 6150))) });
  }
  const types = { 'NHS sight test': 0, 'private eye exam': 35, 'contact lens check': 30, 'OCT scan': 45 };
  const optoms = clinicians.filter((c) => c.role === 'optometrist');
  const tests = [];
  for (let n = 0; n < 400; n += 1) {
    const date = addDays(START, between(0, DAYS - 1));
    if (date.getUTCDay() === 0) continue;
    const patient = pick(patients);
    const type = patient.nhs_eligible && random() < 0.7 ? 'NHS sight test' : pick(['private eye exam', 'private eye exam', 'contact lens check', 'OCT scan']);
    const by = type === 'contact lens check' && random() < 0.6 ? clinicians[6] : pick(optoms);
    const sph = (base) => (Math.round((base + (random() - 0.5) * 1.5) * 4) / 4).toFixed(2);
    const base = 2026 - patient.birth_year > 45 ? between(0, 8) * 0.5 - 1 : between(-12, 2) * 0.5;
    const age = 2026 - patient.birth_year;
    tests.push({ test_id: 0, patient_id: patient.patient_id, clinician_id: by.clinician_id, test_date: day(date), test_type: type, fee_gbp: money(types[type]), right_sphere: sph(base), left_sphere: sph(base), iop_right_mmhg: type === 'contact lens check' || age < 16 ? null : between(11, age > 60 ? 27 : 21), referred: random() < (age > 60 ? 0.12 : 0.03) });
  }
  tests.sort((a, b) => cmp(a.test_date, b.test_date) || a.patient_id - b.patient_id);
  tests.forEach((t, index) => { t.test_id = 70001 + index; });
  const brands = ['Lindberg', 'Silhouette', 'Ray-Ban', 'Oakley', 'Tom Davies', 'Orgreen', 'house range'];
  const orders = [];
  for (const t of tests) {
    if (t.test_type === 'contact lens check' || random() > 0.62) continue;
    const patient = patients.find((p) => p.patient_id === t.patient_id);
    const age = 2026 - patient.birth_year;
    const lens = age > 45 ? pick(['varifocal', 'varifocal', 'bifocal', 'single vision']) : 'single vision';
    const brand = pick(brands);
    const frame = brand === 'house range' ? between(3, 7) * 10 : brand === 'Lindberg' ? between(28, 45) * 10 : between(10, 24) * 10;
    const lensPrice = lens === 'varifocal' ? between(18, 42) * 10 : lens === 'bifocal' ? between(12, 20) * 10 : between(5, 15) * 10;
    const lag = between(0, 5);
    const ordered = addDays(iso(t.test_date), addDays(iso(t.test_date), lag) > iso('2026-11-30') ? 0 : lag);
    const ready = addDays(ordered, between(6, 20));
    const collected = ready > iso('2026-11-30') ? null : addDays(ready, between(0, 14));
    orders.push({ order_ref: '', patient_id: t.patient_id, test_id: t.test_id, dispensed_by: pick(clinicians.slice(4, 6)).clinician_id, ordered_on: day(ordered), frame_brand: brand, lens_type: lens, frame_price_gbp: money(frame), lens_price_gbp: money(lensPrice), nhs_voucher_gbp: patient.nhs_eligible ? money(lens === 'single vision' ? 42.4 : lens === 'bifocal' ? 73.1 : 73.1) : null, collected_on: collected && collected <= iso('2026-11-30') ? day(collected) : null });
  }
  orders.forEach((o, index) => { o.order_ref = `SP${5101 + index}`; });
  writeTable('opticians', 'clinicians', ['clinician_id', 'full_name', 'role', 'goc_registered_on', 'days_per_week', 'home_visits'], clinicians);
  writeTable('opticians', 'patients', ['patient_id', 'patient_name', 'birth_year', 'postcode_area', 'nhs_eligible', 'registered_on'], patients);
  writeTable('opticians', 'eye_tests', ['test_id', 'patient_id', 'clinician_id', 'test_date', 'test_type', 'fee_gbp', 'right_sphere', 'left_sphere', 'iop_right_mmhg', 'referred'], tests);
  writeTable('opticians', 'spectacle_orders', ['order_ref', 'patient_id', 'test_id', 'dispensed_by', 'ordered_on', 'frame_brand', 'lens_type', 'frame_price_gbp', 'lens_price_gbp', 'nhs_voucher_gbp', 'collected_on'], orders);
}

/** A vending-machine operator's warehouse: host sites, machines, products, daily sales lines and service visits. */
function vendWarehouse() {
  const { random, pick, between } = seeded(20261302);
  const siteRows = [
    ['Royal Infirmary Concourse', 'HOSP', 'Edinburgh', 15], ['Western General Outpatients', 'HOSP', 'Edinburgh', 15], ['Queen Margaret Hospital', 'HOSP', 'Dunfermline', 12],
    ['Waverley Platform 2', 'STN', 'Edinburgh', 20], ['Haymarket Station', 'STN', 'Edinburgh', 18], ['Inverkeithing Station', 'STN', 'Inverkeithing', 10],
    ['Leith Academy', 'SCH', 'Edinburgh', 5], ['Boroughmuir High', 'SCH', 'Edinburgh', 5], ['Quartermile Offices', 'OFF', 'Edinburgh', 8],
    ['Gyle Business Park', 'OFF', 'Edinburgh', 8], ['Fife Leisure Gym', 'GYM', 'Dunfermline', 10], ['Meadowbank Sports Centre', 'GYM', 'Edinburgh', 10],
  ];
  const sites = siteRows.map(([site_nm, site_typ_cd, cty_nm, cmsn_pct], index) => ({ site_key: 101 + index, site_nm, site_typ_cd, cty_nm, cmsn_pct }));
  const models = { SNK: ['SV-600', 'SV-900'], DRK: ['CL-40', 'CL-60'], HOT: ['BR-7'], CMB: ['DX-10'] };
  const machines = [];
  for (const s of sites) {
    const kinds = s.site_typ_cd === 'SCH' ? ['DRK', 'SNK'] : s.site_typ_cd === 'STN' ? ['SNK', 'DRK', 'HOT'] : s.site_typ_cd === 'HOSP' ? ['CMB', 'HOT'] : pick([['CMB'], ['SNK', 'DRK']]);
    for (const k of kinds) {
      machines.push({ mach_key: 0, mach_sn: '', site_key: s.site_key, mach_typ_cd: k, mdl_cd: pick(models[k]), instl_dt: day(addDays(iso('2018-02-01'), between(0, 2700))), cashless_flg: random() < 0.7 });
    }
  }
  machines.forEach((m, index) => { m.mach_key = 501 + index; m.mach_sn = `VX${String(83100 + index * 7)}`; });
  const productRows = [
    ['Mars Bar', 'CFN', 38, 120], ['Twix', 'CFN', 38, 120], ['Dairy Milk', 'CFN', 42, 130], ['KitKat Chunky', 'CFN', 40, 125],
    ['Walkers Ready Salted', 'CRS', 30, 100], ['Tunnock\'s Caramel Wafer', 'CFN', 22, 80], ['Irn-Bru 500ml', 'SDR', 55, 170], ['Coca-Cola 500ml', 'SDR', 62, 180],
    ['Highland Spring 500ml', 'WTR', 25, 120], ['Nakd Bar', 'HLT', 48, 140], ['Fruit Pot', 'HLT', 55, 160], ['Latte', 'HDR', 28, 200],
    ['Black Coffee', 'HDR', 18, 160], ['Hot Chocolate', 'HDR', 24, 180], ['Oat Crisps', 'CRS', 35, 110],
  ];
  const products = productRows.map(([prod_nm, cat_cd, unit_cost_p, list_px_p], index) => ({ prod_key: 21 + index, prod_nm, cat_cd, unit_cost_p, list_px_p }));
  const fits = { SNK: ['CFN', 'CRS', 'HLT'], DRK: ['SDR', 'WTR'], HOT: ['HDR'], CMB: ['CFN', 'CRS', 'HLT', 'SDR', 'WTR'] };
  const sales = [];
  for (let n = 0; n < 420; n += 1) {
    const m = pick(machines);
    const p = pick(products.filter((x) => fits[m.mach_typ_cd].includes(x.cat_cd)));
    const site = sites.find((s) => s.site_key === m.site_key);
    const qty = site.site_typ_cd === 'SCH' && p.cat_cd === 'CFN' ? 0 : between(1, 14);
    if (qty === 0) continue;
    const pay = m.cashless_flg ? pick(['CRD', 'CRD', 'APP', 'CSH']) : 'CSH';
    sales.push({ sale_key: 0, sale_dt: day(addDays(START, between(0, DAYS - 1))), mach_key: m.mach_key, prod_key: p.prod_key, qty, amt_p: qty * p.list_px_p, pay_typ_cd: pay });
  }
  sales.sort((a, b) => cmp(a.sale_dt, b.sale_dt) || a.mach_key - b.mach_key || a.prod_key - b.prod_key);
  sales.forEach((s, index) => { s.sale_key = 900001 + index; });
  const techs = ['Kenny Moffat', 'Shona Baird', 'Ally Rennie', 'Derek Laidlaw'];
  const visits = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    if ([0, 6].includes(date.getUTCDay())) continue;
    const n = between(0, 2);
    for (let k = 0; k < n; k += 1) {
      const m = pick(machines);
      const typ = pick(['RFL', 'RFL', 'RFL', 'RFL', 'FIX', 'CLN']);
      visits.push({ svc_key: 0, svc_dt: day(date), mach_key: m.mach_key, svc_typ_cd: typ, tech_nm: pick(techs), dur_min: typ === 'FIX' ? between(30, 150) : typ === 'CLN' ? between(15, 40) : between(10, 35), cash_coll_p: typ === 'RFL' ? between(8, 160) * 50 : 0, fault_cd: typ === 'FIX' ? pick(['CJAM', 'COOL', 'SPRL', 'CARD', 'DISP']) : null });
    }
  }
  visits.forEach((v, index) => { v.svc_key = 30001 + index; });
  writeTable('vend_dw', 'd_site', ['site_key', 'site_nm', 'site_typ_cd', 'cty_nm', 'cmsn_pct'], sites);
  writeTable('vend_dw', 'd_mach', ['mach_key', 'mach_sn', 'site_key', 'mach_typ_cd', 'mdl_cd', 'instl_dt', 'cashless_flg'], machines);
  writeTable('vend_dw', 'd_prod', ['prod_key', 'prod_nm', 'cat_cd', 'unit_cost_p', 'list_px_p'], products);
  writeTable('vend_dw', 'f_sale', ['sale_key', 'sale_dt', 'mach_key', 'prod_key', 'qty', 'amt_p', 'pay_typ_cd'], sales);
  writeTable('vend_dw', 'f_svc', ['svc_key', 'svc_dt', 'mach_key', 'svc_typ_cd', 'tech_nm', 'dur_min', 'cash_coll_p', 'fault_cd'], visits);
}

/** A sail loft's old order system, names with their vowels dropped: customers, boats, sails made, repairs and sailmakers. */
function sailmaker() {
  const { random, pick, between } = seeded(20261303);
  const nextName = namer(pick, FIRST, LAST);
  const makers = [];
  for (let n = 0; n < 6; n += 1) {
    const [first, last] = nextName();
    makers.push({ mkr_id: 1 + n, mkr_nm: `${first} ${last}`, grd: n === 0 ? 'master' : n < 4 ? 'journeyman' : 'apprentice', strt_yr: n === 0 ? 1991 : 2026 - (n < 4 ? between(6, 22) : between(1, 3)) });
  }
  const clubs = ['Royal Forth YC', 'Granton Sailing Club', 'Dalgety Bay SC', 'Aberdour Boat Club', 'Largo Bay SC', 'none'];
  const classes = [['Laser', 14], ['GP14', 14], ['Flying Fifteen', 20], ['Sigma 33', 33], ['Contessa 32', 32], ['Hallberg-Rassy 36', 36], ['Dragon', 29], ['Squib', 19], ['J/24', 24]];
  const custs = [];
  for (let n = 0; n < 90; n += 1) {
    const [first, last] = [pick(FIRST), pick(LAST)];
    custs.push({ cst_id: 301 + n, cst_nm: `${first} ${last}`, clb_nm: pick(clubs), trd_acct: random() < 0.12 });
  }
  const boats = [];
  for (let n = 0; n < 110; n += 1) {
    const [cls, ft] = pick(classes);
    boats.push({ bt_id: 601 + n, bt_nm: '', bt_cls: cls, lgth_ft: ft, cst_id: pick(custs).cst_id, hm_prt: pick(['Granton', 'Port Edgar', 'Dalgety Bay', 'Aberdour', 'Anstruther', 'Lower Largo']) });
  }
  const names = ['Aurora', 'Bonxie', 'Corrie', 'Dunlin', 'Eider', 'Fulmar', 'Gannet', 'Halcyon', 'Islay', 'Jura', 'Kittiwake', 'Lismore', 'Merlin', 'Nimbus', 'Oyster', 'Puffin', 'Quest', 'Razorbill', 'Skua', 'Tern', 'Undine', 'Valkyrie', 'Whimbrel', 'Xanadu', 'Yaffle', 'Zephyr'];
  boats.forEach((b, index) => { b.bt_nm = `${names[index % names.length]}${index >= names.length ? ` ${['II', 'III', 'IV', 'V'][Math.floor(index / names.length) - 1]}` : ''}`; });
  const sailTypes = { main: 1.0, genoa: 1.1, jib: 0.6, spinnaker: 1.9, mizzen: 0.4 };
  const sails = [];
  for (let n = 0; n < 240; n += 1) {
    const b = pick(boats);
    const typ = pick(['main', 'main', 'genoa', 'jib', 'spinnaker', b.lgth_ft > 30 ? 'mizzen' : 'jib']);
    const mtrl = typ === 'spinnaker' ? 'nylon' : b.lgth_ft < 21 ? pick(['Dacron', 'Mylar']) : pick(['Dacron', 'Dacron', 'laminate', 'Hydranet']);
    const area = Math.round(b.lgth_ft * b.lgth_ft * 0.052 * sailTypes[typ] * (0.9 + random() * 0.2) * 10) / 10;
    const rate = mtrl === 'laminate' ? 95 : mtrl === 'Hydranet' ? 120 : mtrl === 'Mylar' ? 80 : mtrl === 'nylon' ? 45 : 60;
    const ordered = addDays(START, between(-30, DAYS - 1));
    const made = addDays(ordered, between(14, 70));
    sails.push({ sl_id: 0, bt_id: b.bt_id, sl_typ: typ, mtrl, ar_sqm: area.toFixed(1), prc_gbp: money(area * rate + 150), ordrd_dt: day(ordered), dlvrd_dt: made > iso('2026-11-30') ? null : day(made), mkr_id: pick(makers.slice(0, 5)).mkr_id });
  }
  sails.sort((a, b) => cmp(a.ordrd_dt, b.ordrd_dt) || a.bt_id - b.bt_id);
  sails.forEach((s, index) => { s.sl_id = 12001 + index; });
  const repairs = [];
  for (let n = 0; n < 260; n += 1) {
    const s = pick(sails);
    const b = boats.find((x) => x.bt_id === s.bt_id);
    const rcvd = addDays(START, between(0, DAYS - 1));
    const typ = pick(['restitch', 'restitch', 'patch', 'patch', 'UV strip', 'batten pocket', 'new luff tape']);
    const hrs = typ === 'UV strip' ? between(6, 14) : typ === 'new luff tape' ? between(4, 9) : between(1, 6);
    const back = addDays(rcvd, between(3, 30));
    repairs.push({ rpr_id: 0, sl_id: s.sl_id, cst_id: b.cst_id, rcvd_dt: day(rcvd), rtrnd_dt: back > iso('2026-11-30') ? null : day(back), rpr_typ: typ, hrs: hrs + between(0, 3) * 0.25, chrg_gbp: money(hrs * 42 + (typ === 'UV strip' ? 60 : 0)), mkr_id: pick(makers).mkr_id, wrnty: random() < 0.08 });
  }
  repairs.sort((a, b) => cmp(a.rcvd_dt, b.rcvd_dt) || a.sl_id - b.sl_id);
  repairs.forEach((r, index) => { r.rpr_id = 80001 + index; if (r.wrnty) r.chrg_gbp = money(0); });
  writeTable('sailmaker', 'mkrs', ['mkr_id', 'mkr_nm', 'grd', 'strt_yr'], makers);
  writeTable('sailmaker', 'cstmrs', ['cst_id', 'cst_nm', 'clb_nm', 'trd_acct'], custs);
  writeTable('sailmaker', 'bts', ['bt_id', 'bt_nm', 'bt_cls', 'lgth_ft', 'cst_id', 'hm_prt'], boats);
  writeTable('sailmaker', 'sls', ['sl_id', 'bt_id', 'sl_typ', 'mtrl', 'ar_sqm', 'prc_gbp', 'ordrd_dt', 'dlvrd_dt', 'mkr_id'], sails);
  writeTable('sailmaker', 'rprs', ['rpr_id', 'sl_id', 'cst_id', 'rcvd_dt', 'rtrnd_dt', 'rpr_typ', 'hrs', 'chrg_gbp', 'mkr_id', 'wrnty'], repairs);
}

opticians();
vendWarehouse();
sailmaker();

// Writes databases/{mountain_rescue,livestock_mart,linen_hire}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-q/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere
// and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alison', 'Bryn', 'Carys', 'Duncan', 'Eilidh', 'Fergus', 'Gwen', 'Harvey', 'Imogen', 'Jonah', 'Kirsty', 'Lachlan', 'Megan', 'Niall', 'Olwen', 'Piers', 'Rhona', 'Struan', 'Tamsin', 'Euan', 'Vikram', 'Wendy', 'Yusuf', 'Zoe', 'Ailsa', 'Callum', 'Freya', 'Gareth'];
const LAST = ['Armstrong', 'Birkett', 'Crosthwaite', 'Dixon', 'Elliot', 'Fell', 'Graham', 'Hodgson', 'Irving', 'Jackson', 'Kendall', 'Lowther', 'Musgrave', 'Nicholson', 'Oliver', 'Pattinson', 'Robson', 'Scott', 'Tweddle', 'Wilson', 'Atkinson', 'Bell', 'Coulthard', 'Dodd', 'Forster', 'Kowalski', 'Rahman'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A volunteer mountain rescue team: members, vehicles, incidents, casualties, who turned out, vehicles sent, training. */
function mountainRescue() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const villages = ['Keswick', 'Braithwaite', 'Portinscale', 'Threlkeld', 'Rosthwaite', 'Grange', 'Thornthwaite', 'Bassenthwaite', 'Cockermouth'];
  const roles = ['Team leader', 'Deputy leader', 'Deputy leader', ...Array(8).fill('Party leader'), ...Array(26).fill('Team member'), ...Array(5).fill('Trainee')];
  const members = roles.map((role, index) => {
    const trainee = role === 'Trainee';
    const joined = trainee ? addDays(iso('2025-09-01'), between(0, 400)) : addDays(iso('1994-03-01'), between(0, 10500));
    return {
      member_id: 101 + index,
      full_name: nextName().join(' '),
      role,
      joined_on: day(joined > iso('2026-11-30') ? iso('2026-11-30') : joined),
      home_village: pick(villages),
      casualty_care_cert: !trainee && random() < 0.55,
      blue_light_driver: !trainee && random() < 0.3,
      dog_handler: false,
    };
  });
  for (const id of [118, 131]) members.find((m) => m.member_id === id).dog_handler = true;
  const vehicles = [
    ['Rescue 1', 'Land Rover Defender 110', 'Ambulance', 6, 2021],
    ['Rescue 2', 'Land Rover Defender 130', 'Ambulance', 7, 2017],
    ['Rescue 3', 'Toyota Hilux', 'Pick-up', 5, 2019],
    ['Control', 'Ford Transit Custom', 'Control vehicle', 3, 2015],
    ['Quad 1', 'Honda TRX420', 'Quad bike', 1, 2022],
  ].map(([call_sign, make_model, vehicle_type, seats, year_registered], index) => ({ vehicle_id: index + 1, call_sign, make_model, vehicle_type, seats, year_registered }));
  const places = [
    ['Helvellyn, Striding Edge', 'NY 345 150'], ['Skiddaw, Jenkin Hill', 'NY 268 282'], ['Blencathra, Sharp Edge', 'NY 327 283'], ['Catbells', 'NY 244 198'],
    ['Great Gable, Napes', 'NY 210 099'], ['Scafell Pike, Corridor Route', 'NY 219 083'], ['Castle Crag', 'NY 249 159'], ['Grisedale Pike', 'NY 198 225'],
    ['Newlands Valley', 'NY 230 185'], ['Derwent Water shore', 'NY 262 210'], ['Honister Pass', 'NY 225 135'], ['Lonscale Fell', 'NY 285 271'],
  ];
  const types = ['Slip or trip', 'Slip or trip', 'Slip or trip', 'Lost', 'Lost', 'Cragfast', 'Medical', 'Fall', 'Missing person search'];
  const activities = ['Hillwalking', 'Hillwalking', 'Hillwalking', 'Hillwalking', 'Scrambling', 'Scrambling', 'Rock climbing', 'Fell running', 'Mountain biking', 'Wild camping'];
  const incidents = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const month = date.getUTCMonth();
    const busy = month >= 4 && month <= 8;
    const n = random() < (busy ? 0.42 : 0.2) ? (random() < 0.15 ? 2 : 1) : 0;
    for (let k = 0; k < n; k += 1) {
      const [location_name, grid_ref] = pick(places);
      const type = pick(types);
      const reported = addMinutes(date, between(9 * 60, 21 * 60 + 30));
      const duration = type === 'Missing person search' ? between(6, 22) : type === 'Lost' ? between(2, 7) : between(2, 6);
      const falseAlarm = random() < 0.07;
      incidents.push({
        incident_id: 0,
        reported_at: stamp(reported),
        location_name,
        grid_ref,
        incident_type: falseAlarm ? 'False alarm' : type,
        activity: falseAlarm ? null : pick(activities),
        alerted_by: pick(['Police', 'Police', 'Police', 'Ambulance service', 'Ambulance service', 'Coastguard']),
        hours_taken: falseAlarm ? (1 + random()).toFixed(1) : (duration + random()).toFixed(1),
        helicopter_used: !falseAlarm && (type === 'Fall' || type === 'Medical' ? random() < 0.45 : random() < 0.08),
      });
    }
  }
  incidents.forEach((inc, index) => { inc.incident_id = 2601 + index; });
  const injuries = { 'Slip or trip': ['Lower leg injury', 'Lower leg injury', 'Ankle injury', 'Wrist injury', 'Head injury'], Lost: ['None', 'None', 'Hypothermia'], Cragfast: ['None', 'None', 'None', 'Hypothermia'], Medical: ['Cardiac', 'Cardiac', 'Exhaustion', 'Diabetic episode'], Fall: ['Head injury', 'Spinal injury', 'Multiple injuries', 'Lower leg injury'], 'Missing person search': ['None', 'Hypothermia', 'Fatal'] };
  const casualties = [];
  const attendance = [];
  const deployments = [];
  for (const inc of incidents) {
    const type = inc.incident_type;
    if (type !== 'False alarm') {
      const count = type === 'Lost' || type === 'Cragfast' ? between(1, 3) : 1;
      for (let k = 0; k < count; k += 1) {
        const injury = pick(injuries[type]);
        const evacuation = inc.helicopter_used && k === 0 ? 'Helicopter' : injury === 'None' ? 'Walked off' : injury === 'Fatal' ? 'Stretcher' : pick(['Stretcher', 'Stretcher', 'Walked off assisted', 'Vehicle']);
        casualties.push({ casualty_id: 0, incident_id: inc.incident_id, age: between(type === 'Medical' ? 45 : 14, type === 'Medical' ? 82 : 74), sex: pick(['M', 'F']), injury, evacuated_by: evacuation, hospital: injury === 'None' || injury === 'Fatal' ? null : evacuation === 'Helicopter' ? pick(['Royal Preston Hospital', 'Cumberland Infirmary']) : pick(['West Cumberland Hospital', 'Cumberland Infirmary', 'Cumberland Infirmary']) });
      }
    }
    const crew = between(type === 'Missing person search' ? 14 : 5, type === 'Missing person search' ? 30 : 16);
    const chosen = new Set();
    while (chosen.size < crew) chosen.add(pick(members).member_id);
    const hours = Number(inc.hours_taken);
    for (const member_id of [...chosen].sort((a, b) => a - b)) {
      attendance.push({ incident_id: inc.incident_id, member_id, hours_on_hill: (Math.max(0.5, hours - random() * 1.5)).toFixed(1) });
    }
    const sent = new Set([random() < 0.6 ? 1 : 2]);
    if (random() < 0.5) sent.add(3);
    if (hours > 5 || random() < 0.2) sent.add(4);
    if (random() < 0.12) sent.add(5);
    for (const vehicle_id of [...sent].sort((a, b) => a - b)) {
      deployments.push({ incident_id: inc.incident_id, vehicle_id, road_miles: vehicle_id === 5 ? between(1, 6) : between(4, 38) });
    }
  }
  casualties.forEach((c, index) => { c.casualty_id = index + 1; });
  const topics = ['Casualty care', 'Rope rescue', 'Swift water', 'Navigation', 'Search management', 'Stretcher handling', 'Radio procedure', 'Winter skills'];
  const training = [];
  for (let w = 0; w < 52; w += 1) {
    const held = addDays(iso('2025-12-03'), w * 7);
    const topic = pick(topics);
    training.push({ session_id: w + 1, held_on: day(held), topic, location_name: topic === 'Swift water' ? 'River Greta, Keswick' : topic === 'Rope rescue' ? pick(['Shepherds Crag', 'Castle Crag']) : pick(['Team base, Keswick', 'Team base, Keswick', 'Catbells', 'Latrigg']), attendees: between(9, 28), led_by: pick(members.filter((m) => m.role !== 'Trainee' && m.role !== 'Team member')).member_id });
  }
  writeTable('mountain_rescue', 'team_members', ['member_id', 'full_name', 'role', 'joined_on', 'home_village', 'casualty_care_cert', 'blue_light_driver', 'dog_handler'], members);
  writeTable('mountain_rescue', 'vehicles', ['vehicle_id', 'call_sign', 'make_model', 'vehicle_type', 'seats', 'year_registered'], vehicles);
  writeTable('mountain_rescue', 'incidents', ['incident_id', 'reported_at', 'location_name', 'grid_ref', 'incident_type', 'activity', 'alerted_by', 'hours_taken', 'helicopter_used'], incidents);
  writeTable('mountain_rescue', 'casualties', ['casualty_id', 'incident_id', 'age', 'sex', 'injury', 'evacuated_by', 'hospital'], casualties);
  writeTable('mountain_rescue', 'incident_attendance', ['incident_id', 'member_id', 'hours_on_hill'], attendance);
  writeTable('mountain_rescue', 'vehicle_deployments', ['incident_id', 'vehicle_id', 'road_miles'], deployments);
  writeTable('mountain_rescue', 'training_sessions', ['session_id', 'held_on', 'topic', 'location_name', 'attendees', 'led_by'], training);
}

/** A livestock auction mart's sales warehouse: auctioneers, vendors, buyers, sale days, lots and vendor settlements. */
function livestockMart() {
  const { random, pick, between } = seeded(20261222);
  const nextName = namer(pick, FIRST, LAST);
  const auctioneers = [['JRB', 1998], ['KMD', 2006], ['HLT', 2013], ['SWP', 2021]].map(([auctnr_cd, lic_yr]) => ({ auctnr_cd, auctnr_nm: nextName().join(' '), lic_yr, snr_flg: lic_yr < 2010 }));
  const farms = ['High Birk Howe', 'Low Moor', 'Greenside', 'Crag End', 'Watendlath', 'Fell Foot', 'Beckstones', 'Hause Farm', 'Nook', 'Rigg Side', 'Town Head', 'Mireside', 'Gatesgarth', 'Stonycroft', 'Wythop Hall', 'Skelgill', 'Ullock', 'Hollin Root', 'Brackenburgh', 'Row End'];
  const vendors = [];
  for (let n = 0; n < 64; n += 1) {
    const [, last] = nextName();
    vendors.push({ vndr_id: 4001 + n, vndr_nm: `${last} ${pick(['& Sons', 'Partners', '& Co', 'Farms Ltd', 'J & M', 'Bros'])}`.replace(/^(\w+) (J & M)$/, '$2 $1'), farm_nm: `${pick(farms)}${n >= 20 ? ` ${pick(['North', 'South', 'West', 'East', 'Side'])}` : ''}`, cph_no: `${pick(['08', '08', '08', '09'])}/${String(between(100, 899))}/${String(between(1000, 9999))}`, cnty_cd: pick(['CMB', 'CMB', 'CMB', 'CMB', 'DUR', 'NYK', 'DGW']), org_flg: random() < 0.12, reg_dt: day(addDays(iso('1990-01-01'), between(0, 12500))) });
  }
  const buyers = [];
  for (let n = 0; n < 38; n += 1) {
    const typ = pick(['BUT', 'BUT', 'FIN', 'FIN', 'FIN', 'DLR', 'DLR', 'ABT']);
    const [first, last] = nextName();
    buyers.push({ byr_id: 7001 + n, byr_nm: typ === 'ABT' ? `${pick(['Penrith', 'Carlisle', 'Kendal', 'Workington'])} Meats ${pick(['Ltd', 'plc'])}` : typ === 'BUT' ? `${last} Family Butchers` : `${first} ${last}`, byr_typ: typ, cnty_cd: pick(['CMB', 'CMB', 'CMB', 'DUR', 'NYK', 'DGW', 'LAN']), cr_lim_gbp: money(typ === 'ABT' ? between(15, 40) * 5000 : typ === 'DLR' ? between(4, 15) * 5000 : between(1, 6) * 5000) });
  }
  const seenAbt = new Set();
  for (const b of buyers) {
    if (b.byr_typ !== 'ABT') continue;
    while (seenAbt.has(b.byr_nm)) b.byr_nm = `${pick(['Penrith', 'Carlisle', 'Kendal', 'Workington', 'Cockermouth'])} Meats ${pick(['Ltd', 'plc'])}`;
    seenAbt.add(b.byr_nm);
  }
  const sales = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const weekday = date.getUTCDay();
    const month = date.getUTCMonth();
    if (weekday === 2) sales.push({ sale_id: 0, sale_dt: day(date), sale_typ: 'PRIME', spc_cd: 'CAT', auctnr_cd: pick(['JRB', 'KMD', 'HLT']) });
    if (weekday === 3) sales.push({ sale_id: 0, sale_dt: day(date), sale_typ: 'PRIME', spc_cd: 'SHP', auctnr_cd: pick(['KMD', 'HLT', 'SWP']) });
    if (weekday === 6 && (month >= 7 && month <= 10) && date.getUTCDate() <= 14) sales.push({ sale_id: 0, sale_dt: day(date), sale_typ: 'STORE', spc_cd: pick(['CAT', 'SHP']), auctnr_cd: pick(['JRB', 'JRB', 'SWP']) });
    if (weekday === 5 && (month === 8 || month === 9) && date.getUTCDate() > 21) sales.push({ sale_id: 0, sale_dt: day(date), sale_typ: 'BREED', spc_cd: 'SHP', auctnr_cd: 'JRB' });
  }
  sales.forEach((s, index) => { s.sale_id = 501 + index; });
  const breeds = { CAT: ['LIMX', 'LIMX', 'CHX', 'AA', 'BBX', 'HFD', 'FRX'], SHP: ['TEX', 'TEX', 'SWD', 'HDW', 'MUL', 'MUL', 'BFL'] };
  const lots = [];
  for (const sale of sales) {
    const count = sale.spc_cd === 'CAT' ? between(18, 40) : between(25, 60);
    for (let k = 0; k < count; k += 1) {
      const vendor = pick(vendors);
      const brd = pick(breeds[sale.spc_cd]);
      const cattle = sale.spc_cd === 'CAT';
      const hd = cattle ? (sale.sale_typ === 'STORE' ? between(2, 10) : between(1, 4)) : between(8, 60);
      const lw = cattle ? (sale.sale_typ === 'STORE' ? between(280, 420) : between(520, 760)) : between(sale.sale_typ === 'BREED' ? 55 : 38, sale.sale_typ === 'BREED' ? 80 : 52);
      const rate = cattle ? (brd === 'FRX' ? 2.05 : brd === 'LIMX' || brd === 'BBX' ? 2.85 : 2.6) + random() * 0.5 : (brd === 'TEX' ? 2.75 : brd === 'SWD' || brd === 'HDW' ? 2.2 : 2.45) + random() * 0.6;
      const unsold = random() < 0.05;
      const byr = unsold ? null : pick(buyers);
      lots.push({ lot_id: 0, sale_id: sale.sale_id, lot_no: k + 1, vndr_id: vendor.vndr_id, byr_id: byr?.byr_id ?? null, brd_cd: brd, hd_cnt: hd, avg_lw_kg: lw, hmr_px_gbp: unsold ? null : money(sale.sale_typ === 'BREED' ? between(140, 420) : lw * rate), sold_flg: !unsold, tb_tst_dt: cattle ? day(addDays(iso(sale.sale_dt), -between(5, 55))) : null });
    }
  }
  lots.forEach((l, index) => { l.lot_id = 900001 + index; });
  const settlements = [];
  const byVendorSale = new Map();
  for (const lot of lots) {
    if (!lot.sold_flg) continue;
    const key = `${lot.sale_id}|${lot.vndr_id}`;
    byVendorSale.set(key, (byVendorSale.get(key) ?? 0) + Number(lot.hmr_px_gbp) * lot.hd_cnt);
  }
  const saleDate = new Map(sales.map((s) => [s.sale_id, s.sale_dt]));
  for (const [key, gross] of [...byVendorSale.entries()].sort(([a], [b]) => cmp(a, b))) {
    const [sale_id, vndr_id] = key.split('|').map(Number);
    const paid = addDays(iso(saleDate.get(sale_id)), between(1, 9));
    settlements.push({ sttl_id: 0, sale_id, vndr_id, gross_gbp: money(gross), comm_gbp: money(gross * 0.035), lvy_gbp: money(gross * 0.004 + 2.5), pd_dt: paid > iso('2026-11-30') ? null : day(paid) });
  }
  settlements.sort((a, b) => a.sale_id - b.sale_id || a.vndr_id - b.vndr_id);
  settlements.forEach((s, index) => { s.sttl_id = 30001 + index; });
  writeTable('livestock_mart', 'dim_auctnr', ['auctnr_cd', 'auctnr_nm', 'lic_yr', 'snr_flg'], auctioneers);
  writeTable('livestock_mart', 'dim_vndr', ['vndr_id', 'vndr_nm', 'farm_nm', 'cph_no', 'cnty_cd', 'org_flg', 'reg_dt'], vendors);
  writeTable('livestock_mart', 'dim_byr', ['byr_id', 'byr_nm', 'byr_typ', 'cnty_cd', 'cr_lim_gbp'], buyers);
  writeTable('livestock_mart', 'dim_sale', ['sale_id', 'sale_dt', 'sale_typ', 'spc_cd', 'auctnr_cd'], sales);
  writeTable('livestock_mart', 'fct_lot', ['lot_id', 'sale_id', 'lot_no', 'vndr_id', 'byr_id', 'brd_cd', 'hd_cnt', 'avg_lw_kg', 'hmr_px_gbp', 'sold_flg', 'tb_tst_dt'], lots);
  writeTable('livestock_mart', 'fct_sttl', ['sttl_id', 'sale_id', 'vndr_id', 'gross_gbp', 'comm_gbp', 'lvy_gbp', 'pd_dt'], settlements);
}

/** A commercial linen-hire laundry: customers, linen items, drivers, deliveries, the items on each and invoices. */
function linenHire() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const items = [
    ['TBL-W90', 'White tablecloth 90in square', 'Table linen', 1.15, 14.5, 180], ['TBL-W54', 'White tablecloth 54in square', 'Table linen', 0.85, 9.75, 180],
    ['NAP-W20', 'White napkin 20in', 'Table linen', 0.22, 2.1, 150], ['NAP-B20', 'Black napkin 20in', 'Table linen', 0.24, 2.3, 150],
    ['TWL-BTH', 'Bath towel', 'Towels', 0.55, 6.4, 120], ['TWL-HND', 'Hand towel', 'Towels', 0.32, 3.2, 120], ['TWL-SAL', 'Salon towel, black', 'Towels', 0.28, 2.9, 100],
    ['BED-SGL', 'Single flat sheet', 'Bed linen', 0.6, 7.2, 200], ['BED-DBL', 'Double flat sheet', 'Bed linen', 0.75, 8.9, 200], ['BED-PIL', 'Pillowcase', 'Bed linen', 0.2, 1.8, 200],
    ['WW-CHEF', "Chef's jacket", 'Workwear', 0.95, 16.0, 90], ['WW-APR', 'Bib apron', 'Workwear', 0.4, 5.5, 110], ['WW-TUN', 'Care tunic', 'Workwear', 0.85, 12.5, 100],
  ].map(([itemCode, description, category, hirePrice, replacementCost, washLife]) => ({ itemCode, description, category, hirePrice: money(hirePrice), replacementCost: money(replacementCost), washLife }));
  const sectors = { Restaurant: ['TBL-W90', 'TBL-W54', 'NAP-W20', 'NAP-B20', 'WW-CHEF', 'WW-APR'], 'Care home': ['BED-SGL', 'BED-PIL', 'TWL-BTH', 'TWL-HND', 'WW-TUN'], Salon: ['TWL-SAL', 'TWL-HND'], Gym: ['TWL-BTH', 'TWL-HND'], 'Holiday let': ['BED-DBL', 'BED-SGL', 'BED-PIL', 'TWL-BTH', 'TWL-HND'], Cafe: ['NAP-W20', 'WW-APR', 'TBL-W54'] };
  const towns = ['Harrogate', 'Knaresborough', 'Ripon', 'Wetherby', 'Otley', 'Ilkley', 'Pateley Bridge', 'Boroughbridge'];
  const prefixes = { Restaurant: ['The Olive Tree', 'Bistro Verde', 'The Copper Pot', 'Saffron House', 'The Old Granary', 'Riverside Kitchen', 'Lotus Garden', 'The Fat Pheasant', 'Trattoria Sole', 'The Stable Yard'], 'Care home': ['Meadowbank', 'Ashgrove', 'Nidd Vale', 'Rowan Lodge', 'St Wilfrid\'s'], Salon: ['Cut Above', 'Studio 9', 'Glow', 'The Hair Loft', 'Blush'], Gym: ['FitHub', 'Iron Works', 'Pulse Fitness'], 'Holiday let': ['Dales Retreats', 'Nidderdale Cottages', 'Fountains View', 'Priory Barns', 'Swaledale Stays', 'Moorside Lets'], Cafe: ['Bean & Bloom', 'The Little Teapot', 'Crumbs', 'Toast Café'] };
  const customers = [];
  for (const [sector, names] of Object.entries(prefixes)) {
    for (const name of names) {
      const suffix = sector === 'Care home' ? ' Care Home' : sector === 'Salon' ? ' Salon' : '';
      customers.push({ customerId: 0, tradingName: `${name}${suffix}`, sector, town: pick(towns), accountOpened: day(addDays(iso('2014-02-01'), between(0, 4500))), creditDays: pick([14, 30, 30, 30, 60]), deliveriesPerWeek: sector === 'Care home' ? 3 : sector === 'Restaurant' || sector === 'Gym' ? 2 : 1, onHold: random() < 0.08 });
    }
  }
  customers.sort((a, b) => cmp(a.accountOpened, b.accountOpened));
  customers.forEach((c, index) => { c.customerId = 1201 + index; });
  const drivers = ['YB21 HNX', 'YB21 HNZ', 'YE69 KLT', 'YF23 ORD', 'YF23 ORE', 'YC18 MAX'].map((vanReg, index) => ({ driverId: 51 + index, driverName: nextName().join(' '), vanReg, startedOn: day(addDays(iso('2012-06-01'), between(0, 4800))), fullTime: index < 4 }));
  const deliveries = [];
  const lines = [];
  const routeDays = { 1: [3], 2: [2, 5], 3: [1, 3, 5] };
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (day(date) === '2025-12-25' || day(date) === '2025-12-26' || day(date) === '2026-01-01') continue;
    for (const c of customers) {
      if (!routeDays[c.deliveriesPerWeek].includes(weekday)) continue;
      if (c.sector === 'Holiday let' && [0, 1, 2].includes(date.getUTCMonth()) && random() < 0.5) continue;
      const driver = drivers[(c.customerId + (random() < 0.1 ? 3 : 0)) % (weekday === 5 ? 6 : 4)];
      const bagsOut = between(2, c.sector === 'Care home' ? 14 : 8);
      deliveries.push({ deliveryId: 0, customerId: c.customerId, driverId: driver.driverId, deliveredOn: day(date), bagsOut, bagsIn: Math.max(0, bagsOut + between(-2, 2)), onTime: random() < 0.92, signedBy: random() < 0.85 ? nextSigner() : null, _items: sectors[c.sector] });
    }
  }
  function nextSigner() {
    return pick(['Kitchen', 'Reception', 'Manager', 'Night staff', 'Owner', 'Housekeeping']);
  }
  deliveries.forEach((dl, index) => { dl.deliveryId = 300001 + index; });
  for (const dl of deliveries) {
    for (const itemCode of dl._items) {
      if (random() < 0.2) continue;
      const qty = itemCode.startsWith('NAP') || itemCode.startsWith('BED-PIL') ? between(20, 120) : itemCode.startsWith('WW') ? between(4, 18) : between(10, 60);
      lines.push({ deliveryId: dl.deliveryId, itemCode, qtyDelivered: qty, qtyRejected: random() < 0.3 ? between(1, Math.max(1, Math.round(qty * 0.06))) : 0 });
    }
  }
  const price = new Map(items.map((i) => [i.itemCode, Number(i.hirePrice)]));
  const byMonth = new Map();
  const deliveryById = new Map(deliveries.map((dl) => [dl.deliveryId, dl]));
  for (const line of lines) {
    const dl = deliveryById.get(line.deliveryId);
    const key = `${dl.customerId}|${dl.deliveredOn.slice(0, 7)}`;
    byMonth.set(key, (byMonth.get(key) ?? 0) + line.qtyDelivered * price.get(line.itemCode));
  }
  const invoices = [];
  const credit = new Map(customers.map((c) => [c.customerId, c.creditDays]));
  for (const [key, net] of [...byMonth.entries()].sort(([a], [b]) => cmp(a.split('|')[1], b.split('|')[1]) || cmp(a, b))) {
    const [customerId, month] = key.split('|');
    const start = iso(`${month}-01`);
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const issued = addDays(next, between(0, 3));
    if (issued > iso('2026-11-30')) continue;
    const late = random() < 0.18;
    const paid = addDays(issued, late ? credit.get(Number(customerId)) + between(5, 50) : between(3, credit.get(Number(customerId))));
    invoices.push({ invoiceNo: 0, customerId: Number(customerId), periodStart: day(start), issuedOn: day(issued), netAmount: money(net), vatAmount: money(net * 0.2), paidOn: paid > iso('2026-11-30') ? null : day(paid) });
  }
  invoices.forEach((inv, index) => { inv.invoiceNo = 88001 + index; });
  writeTable('linen_hire', 'customers', ['customerId', 'tradingName', 'sector', 'town', 'accountOpened', 'creditDays', 'deliveriesPerWeek', 'onHold'], customers);
  writeTable('linen_hire', 'linenItems', ['itemCode', 'description', 'category', 'hirePrice', 'replacementCost', 'washLife'], items);
  writeTable('linen_hire', 'drivers', ['driverId', 'driverName', 'vanReg', 'startedOn', 'fullTime'], drivers);
  writeTable('linen_hire', 'deliveries', ['deliveryId', 'customerId', 'driverId', 'deliveredOn', 'bagsOut', 'bagsIn', 'onTime', 'signedBy'], deliveries);
  writeTable('linen_hire', 'deliveryLines', ['deliveryId', 'itemCode', 'qtyDelivered', 'qtyRejected'], lines);
  writeTable('linen_hire', 'invoices', ['invoiceNo', 'customerId', 'periodStart', 'issuedOn', 'netAmount', 'vatAmount', 'paidOn'], invoices);
}

mountainRescue();
livestockMart();
linenHire();

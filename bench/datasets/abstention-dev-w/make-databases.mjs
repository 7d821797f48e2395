// Writes databases/{stained_glass,yarn_dw,mot_garage}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-w/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alys', 'Bryn', 'Carys', 'Dafydd', 'Elin', 'Gareth', 'Hywel', 'Ieuan', 'Lowri', 'Mali', 'Nia', 'Osian', 'Rhodri', 'Seren', 'Tomos', 'Ffion', 'Gwen', 'Aled', 'Megan', 'Rhys', 'Sian', 'Owain', 'Priya', 'Kasia', 'Femi', 'Marek', 'Ruth', 'Colin'];
const LAST = ['Bevan', 'Clwyd', 'Davies', 'Edwards', 'Griffiths', 'Howells', 'Jenkins', 'Llewellyn', 'Morgan', 'Nicholas', 'Owen', 'Powell', 'Prosser', 'Rees', 'Roberts', 'Thomas', 'Vaughan', 'Watkins', 'Williams', 'Pritchard', 'Lewis', 'Mendez', 'Kowalski', 'Adeyemi', 'Hughes', 'Parry', 'Probert'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A stained-glass studio: its craftspeople, clients, commissions, glass stock, glass used, kiln firings and timesheets. */
function stainedGlass() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const craftspeople = [
    ['Studio director', 420, true], ['Glass painter', 310, true], ['Glass painter', 280, false], ['Glazier', 240, true], ['Glazier', 225, false],
    ['Glazier', 210, false], ['Fixer', 200, false], ['Fixer', 195, false], ['Apprentice', 120, false], ['Apprentice', 115, false],
  ].map(([role, day_rate_gbp, accredited], index) => ({ craftsperson_id: index + 1, full_name: nextName().join(' '), role, day_rate_gbp: money(day_rate_gbp), joined_on: day(role === 'Apprentice' ? addDays(iso('2023-09-01'), between(0, 700)) : addDays(iso('2004-09-01'), between(0, 6500))), accredited }));
  const towns = [['Brecon', 'Swansea and Brecon'], ['Hay-on-Wye', 'Swansea and Brecon'], ['Abergavenny', 'Monmouth'], ['Monmouth', 'Monmouth'], ['Crickhowell', 'Swansea and Brecon'], ['Llandrindod Wells', 'Swansea and Brecon'], ['Builth Wells', 'Swansea and Brecon'], ['Usk', 'Monmouth'], ['Hereford', 'Hereford'], ['Ludlow', 'Hereford']];
  const dedications = ['St Mary', 'St David', 'St Michael and All Angels', 'Holy Trinity', 'St John the Baptist', 'St Peter', 'All Saints', 'St Cadoc', 'St Teilo', 'Christ Church', 'St Bride', 'St Issui'];
  const clients = [];
  for (let n = 0; n < 64; n += 1) {
    const [town, diocese] = pick(towns);
    const type = pick(['CHURCH', 'CHURCH', 'CHURCH', 'CHURCH', 'PRIVATE', 'PRIVATE', 'PRIVATE', 'SCHOOL', 'COUNCIL', 'TRUST']);
    const [first, last] = nextName();
    const name = type === 'CHURCH' ? `${pick(dedications)}, ${town}` : type === 'PRIVATE' ? `${first} ${last}` : type === 'SCHOOL' ? `${town} ${pick(['Primary School', 'High School', 'Church in Wales School'])}` : type === 'COUNCIL' ? `${town} Town Council` : `${town} ${pick(['Civic Society', 'Chapel Trust', 'Almshouse Trust'])}`;
    if (clients.some((c) => c.client_name === name)) { n -= 1; continue; }
    clients.push({ client_id: 101 + n, client_name: name, client_type: type, town, diocese: type === 'CHURCH' ? diocese : null, first_contact_on: day(addDays(iso('2012-01-01'), between(0, 4350))) });
  }
  const glass = [
    ['LAM-R12', 'antique', 'ruby', 'Lamberts', 3, 48.5], ['LAM-B07', 'antique', 'cobalt blue', 'Lamberts', 3, 44.0], ['LAM-G03', 'antique', 'emerald green', 'Lamberts', 3, 44.0],
    ['LAM-Y21', 'antique', 'golden yellow', 'Lamberts', 3, 41.0], ['LAM-W01', 'antique', 'clear white', 'Lamberts', 3, 32.0], ['LAM-F44', 'flashed', 'ruby on white', 'Lamberts', 3, 62.0],
    ['LAM-F45', 'flashed', 'blue on white', 'Lamberts', 3, 58.0], ['BUL-O10', 'opalescent', 'milk white', 'Bullseye', 3, 27.5], ['BUL-S22', 'streaky', 'amber and brown', 'Bullseye', 3, 29.0],
    ['SPC-C01', 'cathedral', 'pale green', 'Spectrum', 3, 16.0], ['SPC-C04', 'cathedral', 'light amber', 'Spectrum', 3, 16.0], ['SPC-C09', 'cathedral', 'pale blue', 'Spectrum', 3, 16.0],
    ['OUG-S05', 'streaky', 'purple and clear', 'Oceanside', 3, 24.0], ['RGG-R02', 'reamy', 'clear', 'Restoration Glass', 2, 55.0], ['RGG-R05', 'reamy', 'light seedy', 'Restoration Glass', 2, 55.0],
  ].map(([sheet_code, glass_type, colour, maker, thickness_mm, cost_per_sheet_gbp]) => ({ sheet_code, glass_type, colour, maker, thickness_mm, sheets_in_stock: between(0, 24), cost_per_sheet_gbp: money(cost_per_sheet_gbp) }));
  const locations = ['East window', 'West window', 'North aisle', 'South aisle', 'Chancel', 'Lady Chapel', 'Porch', 'Tower', 'Stairwell', 'Front door fanlight', 'Bay window', 'Hall'];
  const commissions = [];
  for (let n = 0; n < 138; n += 1) {
    const client = pick(clients);
    const work = client.client_type === 'PRIVATE' ? pick(['NEW', 'REP', 'REP', 'REST']) : pick(['NEW', 'REST', 'REST', 'REST', 'REP', 'PROT']);
    const accepted = addDays(iso('2024-01-08'), between(0, 1050));
    const width = between(4, 30) * 50;
    const height = between(6, 60) * 50;
    const area = (width * height) / 1e6;
    const rate = { NEW: 2600, REST: 1900, REP: 950, PROT: 420 }[work];
    const quoted = Math.round((area * rate + between(200, 900)) / 10) * 10;
    const due = addDays(accepted, between(60, 300));
    const late = between(-20, 45);
    const done = addDays(due, late);
    const cancelled = random() < 0.05;
    const status = cancelled ? 'CANCELLED' : done <= LAST_DAY ? 'COMPLETE' : accepted <= LAST_DAY ? 'IN_PROGRESS' : 'ACCEPTED';
    commissions.push({
      commission_ref: '', client_id: client.client_id, title: `${work === 'NEW' ? 'New' : work === 'REST' ? 'Restore' : work === 'REP' ? 'Repair' : 'Protective glazing,'} ${pick(locations).toLowerCase()}`,
      work_type: work, accepted_on: day(accepted), due_on: day(due), completed_on: status === 'COMPLETE' ? day(done) : null, width_mm: width, height_mm: height,
      quoted_gbp: money(quoted), faculty_needed: client.client_type === 'CHURCH' && work !== 'REP', lead_id: pick([1, 2, 2, 3, 4, 4, 5]), status,
    });
  }
  commissions.sort((a, b) => cmp(a.accepted_on, b.accepted_on) || a.client_id - b.client_id);
  commissions.forEach((c, index) => { c.commission_ref = `SG-${String(2401 + index)}`; });
  const used = [];
  const firings = [];
  const timesheets = [];
  for (const c of commissions.filter((x) => x.accepted_on <= day(LAST_DAY))) {
    const startDate = iso(c.accepted_on);
    const endDate = c.completed_on ? iso(c.completed_on) : c.status === 'CANCELLED' ? addDays(startDate, 30) : LAST_DAY;
    const span = Math.max(7, Math.round((endDate - startDate) / 86_400_000));
    const sheets = [...new Set(Array.from({ length: between(1, 5) }, () => pick(glass).sheet_code))];
    if (c.work_type !== 'PROT') for (const sheet_code of sheets) used.push({ commission_ref: c.commission_ref, sheet_code, sheets_used: between(1, 4) });
    if (c.work_type === 'NEW' || c.work_type === 'REST') {
      for (let k = 0, n = between(1, 4); k < n; k += 1) {
        const r = random();
        firings.push({ firing_id: 0, commission_ref: c.commission_ref, fired_on: day(addDays(startDate, between(5, span))), kiln: pick(['Big Paragon', 'Big Paragon', 'Little Kilncare']), peak_temp_c: between(640, 680), pieces: between(6, 60), outcome: r < 0.86 ? 'OK' : r < 0.94 ? 'CRACKED' : 'UNDERFIRED' });
      }
    }
    const people = c.work_type === 'PROT' ? [6, 7] : [c.lead_id, pick([3, 4, 5, 6]), pick([8, 9, 10])];
    for (let k = 0, n = c.work_type === 'REP' ? between(2, 5) : between(4, 14); k < n; k += 1) {
      const when = addDays(startDate, between(1, span));
      if (when > LAST_DAY) continue;
      timesheets.push({ entry_id: 0, commission_ref: c.commission_ref, craftsperson_id: pick(people), worked_on: day(when), hours: (between(4, 16) / 2).toFixed(1) });
    }
  }
  firings.sort((a, b) => cmp(a.fired_on, b.fired_on) || cmp(a.commission_ref, b.commission_ref));
  firings.forEach((f, index) => { f.firing_id = 501 + index; });
  timesheets.sort((a, b) => cmp(a.worked_on, b.worked_on) || cmp(a.commission_ref, b.commission_ref) || a.craftsperson_id - b.craftsperson_id);
  timesheets.forEach((t, index) => { t.entry_id = 9001 + index; });
  writeTable('stained_glass', 'craftspeople', ['craftsperson_id', 'full_name', 'role', 'day_rate_gbp', 'joined_on', 'accredited'], craftspeople);
  writeTable('stained_glass', 'clients', ['client_id', 'client_name', 'client_type', 'town', 'diocese', 'first_contact_on'], clients);
  writeTable('stained_glass', 'commissions', ['commission_ref', 'client_id', 'title', 'work_type', 'accepted_on', 'due_on', 'completed_on', 'width_mm', 'height_mm', 'quoted_gbp', 'faculty_needed', 'lead_id', 'status'], commissions);
  writeTable('stained_glass', 'glass_stock', ['sheet_code', 'glass_type', 'colour', 'maker', 'thickness_mm', 'sheets_in_stock', 'cost_per_sheet_gbp'], glass);
  writeTable('stained_glass', 'glass_used', ['commission_ref', 'sheet_code', 'sheets_used'], used);
  writeTable('stained_glass', 'kiln_firings', ['firing_id', 'commission_ref', 'fired_on', 'kiln', 'peak_temp_c', 'pieces', 'outcome'], firings);
  writeTable('stained_glass', 'timesheets', ['entry_id', 'commission_ref', 'craftsperson_id', 'worked_on', 'hours'], timesheets);
}

/** A hand-dyed yarn business's warehouse: yarn bases, colourways, wholesale stockists, dye lots, order lines, shipments. */
function yarnWarehouse() {
  const { random, pick, between } = seeded(20261222);
  const bases = [
    ['MER4', 'Superwash merino 4ply', 'MER', '4PLY', 400, 38.0], ['MERDK', 'Superwash merino DK', 'MER', 'DK', 225, 36.5], ['MERAR', 'Merino aran', 'MER', 'ARAN', 166, 35.0],
    ['BFL4', 'Bluefaced Leicester 4ply', 'BFL', '4PLY', 400, 42.0], ['BFLDK', 'Bluefaced Leicester DK', 'BFL', 'DK', 230, 40.0], ['MSLK', 'Merino silk lace', 'MSK', 'LACE', 800, 71.0],
    ['MSK4', 'Merino silk 4ply', 'MSK', '4PLY', 400, 64.0], ['ALPDK', 'Baby alpaca DK', 'ALP', 'DK', 230, 58.0], ['SOCK', 'Merino nylon sock', 'MNY', '4PLY', 425, 33.0],
    ['CHNK', 'Merino chunky', 'MER', 'CHKY', 100, 34.0],
  ].map(([base_cd, base_desc, fibre_cd, wt_cd, m_per_100g, cost_gbp_kg]) => ({ base_cd, base_desc, fibre_cd, wt_cd, m_per_100g, cost_gbp_kg: money(cost_gbp_kg) }));
  const names = ['Heather Moor', 'Slate Quarry', 'Kingfisher', 'Bramble Jam', 'Sea Glass', 'Lichen', 'Ember', 'Foxglove', 'Storm Petrel', 'Peat Bog', 'Rhubarb Crumble', 'Bluebell Wood', 'Harbour Lights', 'Rust Belt', 'Oyster', 'Midnight Tide', 'Gorse', 'Damson', 'Pebble Beach', 'Puffin', 'Copper Kettle', 'Thistle', 'Hedgerow', 'Smoked Plum', 'Marram Grass', 'Coal Tit', 'Rock Pool', 'Bonfire Night', 'Frost Fair', 'Spring Lamb'];
  const clrways = names.map((clrway_nm, index) => ({ clrway_cd: `CW${String(index + 1).padStart(3, '0')}`, clrway_nm, fam_cd: pick(['WARM', 'COOL', 'COOL', 'NEUT', 'SPKL', 'VAR']), ltd_ed: random() < 0.2, launch_dt: day(addDays(iso('2019-03-01'), between(0, 2600))) }));
  const shops = [
    ['Woolly Mammoth Yarns', 'GB', 'LYS', 30], ['The Knitting Nook', 'GB', 'LYS', 30], ['Purl & Pint', 'GB', 'LYS', 30], ['Loop Hole', 'GB', 'LYS', 60], ['Cast On Cardiff', 'GB', 'LYS', 30],
    ['Ewe & Me', 'GB', 'LYS', 30], ['Wool Gathering', 'IE', 'LYS', 30], ['Strikkebutikken Nord', 'NO', 'ONL', 45], ['Garnhuset', 'DK', 'LYS', 45], ['Wollwerk Leipzig', 'DE', 'ONL', 45],
    ['La Pelote', 'FR', 'LYS', 45], ['Tricot Atelier', 'FR', 'LYS', 60], ['Fibre Island', 'NL', 'ONL', 30], ['Stitch Bar Brooklyn', 'US', 'LYS', 60], ['Yarn Cartel', 'US', 'ONL', 60],
    ['Maple Fibre Co', 'CA', 'ONL', 60], ['Sheep Thrills', 'GB', 'LYS', 30], ['Ply Away', 'GB', 'ONL', 30],
  ].map(([stk_nm, ctry_cd, stk_type, terms_d], index) => ({ stk_id: 71 + index, stk_nm, ctry_cd, stk_type, terms_d, acct_open_dt: day(addDays(iso('2018-06-01'), between(0, 2700))) }));
  const lots = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (let k = 0, n = between(0, 2); k < n; k += 1) {
      const skeins = pick([10, 12, 20, 24, 30, 40]);
      lots.push({ lot_no: '', base_cd: pick(bases).base_cd, clrway_cd: pick(clrways).clrway_cd, dye_dt: day(date), dyer_cd: pick(['RH', 'RH', 'SM', 'JT']), skeins_n: skeins, seconds_n: random() < 0.7 ? 0 : between(1, 4) });
    }
  }
  lots.forEach((lot, index) => { lot.lot_no = `D${String(26001 + index)}`; });
  const retail = { MER4: 24, MERDK: 24, MERAR: 25, BFL4: 26, BFLDK: 26, MSLK: 32, MSK4: 30, ALPDK: 29, SOCK: 22, CHNK: 26 };
  const lines = [];
  const ships = [];
  let ordNo = 550001;
  for (const lot of lots) {
    let left = lot.skeins_n - lot.seconds_n;
    const dyed = iso(lot.dye_dt);
    while (left > 0) {
      const chan = pick(['WEB', 'WEB', 'WEB', 'WHS', 'WHS', 'FEST', 'CLUB']);
      const qty = Math.min(left, chan === 'WHS' ? pick([5, 10, 10, 15]) : chan === 'CLUB' ? between(4, 10) : between(1, 4));
      const ordDt = addDays(dyed, between(2, 70));
      if (ordDt > LAST_DAY) break;
      const shop = chan === 'WHS' ? pick(shops) : null;
      const price = chan === 'WHS' ? retail[lot.base_cd] * 0.55 : chan === 'CLUB' ? retail[lot.base_cd] * 0.9 : retail[lot.base_cd];
      const ord = { ord_no: ordNo, ord_dt: day(ordDt), chan_cd: chan, stk_id: shop ? shop.stk_id : null, lot_no: lot.lot_no, qty_sk: qty, unit_px_gbp: money(price), disc_pct: chan === 'WEB' && random() < 0.15 ? pick([10, 15, 20]) : 0 };
      lines.push(ord);
      if (chan !== 'FEST') {
        const ctry = shop ? shop.ctry_cd : pick(['GB', 'GB', 'GB', 'GB', 'GB', 'IE', 'DE', 'US', 'FR', 'NL', 'AU']);
        const grams = qty * 100 + between(40, 160);
        const shipDt = addDays(ordDt, between(1, 4));
        if (shipDt <= LAST_DAY) {
          ships.push({ ship_id: 0, ord_no: ordNo, ship_dt: day(shipDt), carrier_cd: ctry === 'GB' ? pick(['RM48', 'RM48', 'RMTR', 'EVRI']) : pick(['RMI', 'RMI', 'DHL']), dest_ctry: ctry, parcel_g: grams, post_gbp: money(ctry === 'GB' ? 3.2 + grams / 1000 : 9.5 + (grams / 1000) * 6) });
        }
      }
      ordNo += 1;
      left -= qty;
    }
  }
  lines.sort((a, b) => cmp(a.ord_dt, b.ord_dt) || a.ord_no - b.ord_no);
  const ordRenumber = new Map(lines.map((line, index) => [line.ord_no, 550001 + index]));
  lines.forEach((line) => { line.ord_no = ordRenumber.get(line.ord_no); });
  ships.forEach((s) => { s.ord_no = ordRenumber.get(s.ord_no); });
  ships.sort((a, b) => cmp(a.ship_dt, b.ship_dt) || a.ord_no - b.ord_no);
  ships.forEach((s, index) => { s.ship_id = 880001 + index; });
  writeTable('yarn_dw', 'dim_base', ['base_cd', 'base_desc', 'fibre_cd', 'wt_cd', 'm_per_100g', 'cost_gbp_kg'], bases);
  writeTable('yarn_dw', 'dim_clrway', ['clrway_cd', 'clrway_nm', 'fam_cd', 'ltd_ed', 'launch_dt'], clrways);
  writeTable('yarn_dw', 'dim_stk', ['stk_id', 'stk_nm', 'ctry_cd', 'stk_type', 'terms_d', 'acct_open_dt'], shops);
  writeTable('yarn_dw', 'f_dye_lot', ['lot_no', 'base_cd', 'clrway_cd', 'dye_dt', 'dyer_cd', 'skeins_n', 'seconds_n'], lots);
  writeTable('yarn_dw', 'f_ord_ln', ['ord_no', 'ord_dt', 'chan_cd', 'stk_id', 'lot_no', 'qty_sk', 'unit_px_gbp', 'disc_pct'], lines);
  writeTable('yarn_dw', 'f_ship', ['ship_id', 'ord_no', 'ship_dt', 'carrier_cd', 'dest_ctry', 'parcel_g', 'post_gbp'], ships);
}

/** An independent MOT and repair garage's legacy system: mechanics, customers, vehicles, MOT tests, job cards, parts. */
function motGarage() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const mechanics = [
    [true, 38, 1], [true, 36, 2], [true, 34, 3], [false, 32, 4], [false, 30, 5], [false, 26, 6], [false, 18, 6],
  ].map(([isMotTester, hourlyCost, bayNo], index) => ({ mechanicId: 21 + index, fullName: nextName().join(' '), isMotTester, hourlyCost: money(hourlyCost), startDate: day(addDays(iso('2006-02-01'), between(0, 7000))), bayNo }));
  const postcodes = ['NP7', 'NP7', 'NP8', 'NP15', 'NP4', 'NP25', 'LD3', 'HR2'];
  const customers = [];
  for (let n = 0; n < 230; n += 1) {
    const fleet = random() < 0.06;
    const [first, last] = nextName();
    const custName = fleet ? `${last} ${pick(['Plant Hire', 'Builders', 'Farms', 'Electrical', 'Taxis'])} Ltd` : `${first} ${last}`;
    if (customers.some((c) => c.custName === custName)) { n -= 1; continue; }
    customers.push({ custId: 3001 + n, custName, postcodeDistrict: pick(postcodes), isFleet: fleet, acctOpened: day(addDays(iso('2009-01-01'), between(0, 6200))) });
  }
  const models = [['Ford Fiesta', 'P', 1242], ['Ford Focus', 'D', 1499], ['Vauxhall Corsa', 'P', 1398], ['VW Golf', 'D', 1968], ['VW Polo', 'P', 999], ['Toyota Yaris', 'HEV', 1490], ['Toyota Prius', 'HEV', 1798], ['Nissan Qashqai', 'D', 1461], ['Land Rover Defender', 'D', 2198], ['Ford Transit', 'D', 1995], ['Skoda Octavia', 'D', 1968], ['Kia Niro', 'EV', 0], ['Nissan Leaf', 'EV', 0], ['Mini Cooper', 'P', 1499], ['Dacia Duster', 'P', 1332], ['Volvo XC60', 'D', 1969], ['Honda Jazz', 'P', 1339], ['Mitsubishi L200', 'D', 2442]];
  const vehicles = [];
  const letters = 'ABCDEFGHJKLMNOPRSTUVWXY';
  for (const c of customers) {
    for (let k = 0, n = c.isFleet ? between(3, 6) : random() < 0.2 ? 2 : 1; k < n; k += 1) {
      const [makeModel, fuel, cc] = c.isFleet ? pick([models[9], models[8], models[17], models[3]]) : pick(models);
      const year = between(2005, 2023);
      const age = year >= 2021 ? ['71', '21', '72', '22', '73', '23'][between(0, 5)] : String(year % 100).padStart(2, '0');
      const reg = `${pick(['CV', 'CU', 'CY', 'WR', 'WU'])}${age} ${letters[between(0, 22)]}${letters[between(0, 22)]}${letters[between(0, 22)]}`;
      if (vehicles.some((v) => v.regMark === reg)) continue;
      vehicles.push({ regMark: reg, custId: c.custId, makeModel, fuelType: fuel, engineCc: cc === 0 ? null : cc, firstRegistered: day(addDays(iso(`${year}-01-01`), between(0, 360))), colour: pick(['Silver', 'Black', 'White', 'Blue', 'Grey', 'Red', 'Green']) });
    }
  }
  const testers = mechanics.filter((m) => m.isMotTester);
  const tests = [];
  const jobs = [];
  const parts = [];
  const catalogue = [['BRK-PAD-F', 'Front brake pads', 34, 'Euro Car Parts'], ['BRK-DSC-F', 'Front brake discs (pair)', 62, 'Euro Car Parts'], ['FLT-OIL', 'Oil filter', 7.5, 'GSF'], ['OIL-5W30', 'Engine oil 5W-30 (litre)', 6.8, 'GSF'], ['FLT-AIR', 'Air filter', 12, 'GSF'], ['WIP-BLD', 'Wiper blade', 9, 'Euro Car Parts'], ['BLB-H7', 'Headlamp bulb H7', 5.5, 'Euro Car Parts'], ['TYR-205', 'Tyre 205/55 R16', 78, 'Micheldever'], ['TYR-215', 'Tyre 215/65 R16C', 112, 'Micheldever'], ['EXH-BOX', 'Rear exhaust box', 88, 'Motor Parts Direct'], ['SPR-CL', 'Front coil spring', 41, 'Motor Parts Direct'], ['BAT-075', 'Battery 075', 96, 'GSF'], ['DRL-ARB', 'Anti-roll bar link', 18, 'Euro Car Parts'], ['TIM-KIT', 'Timing belt kit', 145, 'Motor Parts Direct'], ['CLU-KIT', 'Clutch kit', 210, 'Motor Parts Direct']];
  let jobNo = 17001;
  let testNo = 1;
  for (const v of vehicles) {
    const firstReg = iso(v.firstRegistered);
    const motDay = between(0, 364);
    const testDate = addDays(START, motDay);
    const odo = Math.round(((testDate - firstReg) / 86_400_000 / 365) * between(3500, 9500));
    const due = testDate - firstReg > 3 * 365 * 86_400_000;
    if (due && random() < 0.8) {
      const r = random();
      const result = r < 0.62 ? 'PASS' : r < 0.72 ? 'PRS' : 'FAIL';
      const tester = pick(testers);
      const test = { motTestNo: testNo, regMark: v.regMark, testDate: day(testDate), testerId: tester.mechanicId, odometerMiles: odo, result, advisoryCount: between(0, result === 'PASS' ? 4 : 6), retestOfNo: null };
      tests.push(test);
      testNo += 1;
      if (result === 'FAIL' || result === 'PRS') {
        const lines = [pick(catalogue), pick(catalogue)];
        const labour = between(2, 8) / 2;
        const job = { jobNo, regMark: v.regMark, openedDate: day(testDate), closedDate: day(addDays(testDate, result === 'PRS' ? 0 : between(1, 6))), jobType: 'MOTW', mechanicId: pick(mechanics).mechanicId, labourHours: labour.toFixed(1), labourGbp: money(labour * 72), partsGbp: '0.00', jobStatus: 'DONE' };
        let total = 0;
        for (const [partCode, partDesc, price, supplier] of lines) {
          const qty = partCode.startsWith('OIL') ? 5 : partCode.startsWith('TYR') ? pick([1, 2]) : 1;
          parts.push({ lineId: 0, jobNo, partCode, partDesc, qty, unitPrice: money(price * 1.35), supplierName: supplier });
          total += qty * price * 1.35;
        }
        job.partsGbp = money(total);
        if (addDays(testDate, 6) <= LAST_DAY) jobs.push(job);
        jobNo += 1;
        if (result === 'FAIL') {
          const retest = addDays(testDate, between(2, 9));
          if (retest <= LAST_DAY) {
            tests.push({ motTestNo: testNo, regMark: v.regMark, testDate: day(retest), testerId: pick(testers).mechanicId, odometerMiles: odo + between(5, 60), result: 'PASS', advisoryCount: between(0, 3), retestOfNo: test.motTestNo });
            testNo += 1;
          }
        }
      }
    }
    for (let k = 0, n = between(0, 3); k < n; k += 1) {
      const opened = addDays(START, between(0, 364));
      const type = pick(['SVC', 'SVC', 'SVC', 'REP', 'REP', 'TYR', 'DIAG']);
      const labour = type === 'SVC' ? between(2, 5) / 2 : type === 'DIAG' ? 1 : type === 'TYR' ? 0.5 : between(2, 14) / 2;
      const closed = addDays(opened, between(0, type === 'REP' ? 8 : 2));
      const open = closed > LAST_DAY;
      const job = { jobNo, regMark: v.regMark, openedDate: day(opened), closedDate: open ? null : day(closed), jobType: type, mechanicId: pick(mechanics).mechanicId, labourHours: labour.toFixed(1), labourGbp: money(labour * 72), partsGbp: '0.00', jobStatus: open ? pick(['WIP', 'WAITPARTS']) : 'DONE' };
      const picks = type === 'SVC' ? [catalogue[2], catalogue[3], catalogue[4]] : type === 'TYR' ? [pick([catalogue[7], catalogue[8]])] : type === 'DIAG' ? [] : [pick(catalogue), ...(random() < 0.5 ? [pick(catalogue)] : [])];
      let total = 0;
      for (const [partCode, partDesc, price, supplier] of picks) {
        const qty = partCode.startsWith('OIL') ? between(4, 6) : partCode.startsWith('TYR') ? pick([1, 2, 2, 4]) : 1;
        parts.push({ lineId: 0, jobNo, partCode, partDesc, qty, unitPrice: money(price * 1.35), supplierName: supplier });
        total += qty * price * 1.35;
      }
      job.partsGbp = money(total);
      jobs.push(job);
      jobNo += 1;
    }
  }
  const keptJobs = new Set(jobs.map((j) => j.jobNo));
  const keptParts = parts.filter((p) => keptJobs.has(p.jobNo));
  jobs.sort((a, b) => cmp(a.openedDate, b.openedDate) || a.jobNo - b.jobNo);
  const renumber = new Map(jobs.map((j, index) => [j.jobNo, 17001 + index]));
  jobs.forEach((j) => { j.jobNo = renumber.get(j.jobNo); });
  keptParts.forEach((p) => { p.jobNo = renumber.get(p.jobNo); });
  keptParts.sort((a, b) => a.jobNo - b.jobNo || cmp(a.partCode, b.partCode));
  keptParts.forEach((p, index) => { p.lineId = 1 + index; });
  tests.sort((a, b) => cmp(a.testDate, b.testDate) || a.motTestNo - b.motTestNo);
  const testRenumber = new Map(tests.map((t, index) => [t.motTestNo, 260001 + index]));
  tests.forEach((t) => { t.motTestNo = testRenumber.get(t.motTestNo); if (t.retestOfNo !== null) t.retestOfNo = testRenumber.get(t.retestOfNo); });
  writeTable('mot_garage', 'Mechanic', ['mechanicId', 'fullName', 'isMotTester', 'hourlyCost', 'startDate', 'bayNo'], mechanics);
  writeTable('mot_garage', 'Customer', ['custId', 'custName', 'postcodeDistrict', 'isFleet', 'acctOpened'], customers);
  writeTable('mot_garage', 'Vehicle', ['regMark', 'custId', 'makeModel', 'fuelType', 'engineCc', 'firstRegistered', 'colour'], vehicles);
  writeTable('mot_garage', 'MotTest', ['motTestNo', 'regMark', 'testDate', 'testerId', 'odometerMiles', 'result', 'advisoryCount', 'retestOfNo'], tests);
  writeTable('mot_garage', 'JobCard', ['jobNo', 'regMark', 'openedDate', 'closedDate', 'jobType', 'mechanicId', 'labourHours', 'labourGbp', 'partsGbp', 'jobStatus'], jobs);
  writeTable('mot_garage', 'PartLine', ['lineId', 'jobNo', 'partCode', 'partDesc', 'qty', 'unitPrice', 'supplierName'], keptParts);
}

stainedGlass();
yarnWarehouse();
motGarage();

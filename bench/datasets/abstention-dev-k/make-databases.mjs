// Writes databases/{campsite_ops,bakery_chain,ground_handling}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-k/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alfie', 'Bethany', 'Connor', 'Darcey', 'Elliot', 'Fatima', 'George', 'Hannah', 'Imran', 'Jessica', 'Kyle', 'Lucy', 'Mason', 'Nadia', 'Oscar', 'Poppy', 'Reece', 'Sophie', 'Toby', 'Uzma', 'Victor', 'Wendy', 'Xavier', 'Yusuf', 'Zara', 'Abigail', 'Bradley', 'Ciara', 'Declan', 'Erin', 'Lewis', 'Megan', 'Owen', 'Phoebe'];
const LAST = ['Allonby', 'Birkett', 'Crabtree', 'Dewhurst', 'Entwistle', 'Fothergill', 'Greenhalgh', 'Haworth', 'Illingworth', 'Jowett', 'Kitching', 'Lockwood', 'Mellor', 'Naylor', 'Oldroyd', 'Pickles', 'Ramsden', 'Schofield', 'Thackray', 'Walmsley', 'Ackroyd', 'Bairstow', 'Cawthorne', 'Heptonstall', 'Iqbal', 'Hussain', 'Mistry', 'Kowalski', 'Brennan', 'MacLeod', 'Sowerby', 'Tordoff'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30

/** A campsite operator: its parks, pitches, guests, bookings and the extras sold on site, 2025-12 to 2026-11. */
function campsiteOps() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const parks = [
    ['Brackenfold Farm Camping', 'Hollins Cross', 12.5, '2026-03-20', '2026-10-31', true, '01632 960114'],
    ['Tarn Edge Holiday Park', 'Kelbeck', 31.0, null, null, true, '01632 960287'],
    ['Saltmarsh Meadows', 'Wrenhaven', 18.0, '2026-04-01', '2026-09-30', false, '01632 960342'],
    ['Hobbs Wood Glamping', 'Ashcombe Dale', 6.5, '2026-02-13', '2026-11-29', true, '01632 960455'],
  ].map(([park_nm, nearest_town, acres, season_start, season_end, dogs_ok, warden_tel], index) => ({ park_id: index + 1, park_nm, nearest_town, acres: acres.toFixed(1), season_start, season_end, dogs_ok, warden_tel }));
  const prefix = { 1: 'BF', 2: 'TE', 3: 'SM', 4: 'HW' };
  const layout = { 1: { TNT: 14, TRV: 6, HSD: 0, POD: 0, HUT: 2 }, 2: { TNT: 6, TRV: 14, HSD: 12, POD: 0, HUT: 0 }, 3: { TNT: 12, TRV: 8, HSD: 4, POD: 4, HUT: 0 }, 4: { TNT: 0, TRV: 0, HSD: 0, POD: 8, HUT: 5 } };
  const base = { TNT: [18, 26], TRV: [26, 34], HSD: [30, 38], POD: [65, 85], HUT: [95, 120] };
  const pitches = [];
  for (const park of parks) {
    let n = 0;
    for (const [pitch_type, count] of Object.entries(layout[park.park_id])) {
      for (let k = 0; k < count; k += 1) {
        n += 1;
        const built = pitch_type === 'POD' || pitch_type === 'HUT';
        pitches.push({ pitch_id: `${prefix[park.park_id]}-${String(n).padStart(2, '0')}`, park_id: park.park_id, pitch_type, ehu: built || pitch_type === 'HSD' || (pitch_type === 'TRV' ? random() < 0.9 : random() < 0.35), max_occ: pitch_type === 'HUT' ? pick([2, 2, 4]) : pitch_type === 'POD' ? 4 : 6, sz_m2: built ? null : pitch_type === 'TNT' ? between(8, 14) * 10 : between(10, 16) * 10, nightly_gbp: money(between(...base[pitch_type])) });
      }
    }
  }
  const districts = ['LS6', 'LS17', 'M20', 'M33', 'S11', 'S7', 'BD9', 'HG2', 'YO31', 'NE3', 'WF1', 'HD7', 'SK8', 'L18', 'B15', 'NG5', 'DH1', 'TS9', 'CA11', 'LA1', 'HU5', 'DN4', 'OL3', 'BB7'];
  const guests = [];
  for (let n = 0; n < 720; n += 1) {
    const [first, last] = nextName();
    guests.push({ guest_id: 30001 + n, first_nm: first, last_nm: last, email: `${first.toLowerCase()}.${last.toLowerCase()}${between(1, 99)}@example.net`, mob_no: random() < 0.1 ? null : `07700 ${String(between(900000, 900999))}`, home_pcd: pick(districts), club_mbr: random() < 0.22, first_stay: day(addDays(new Date(Date.UTC(2015, 0, 1)), between(0, 4000))) });
  }
  const bookings = [];
  const peak = (date) => { const m = date.getUTCMonth(); return m === 6 || m === 7 ? 1.35 : m === 4 || m === 5 || m === 8 ? 1.1 : 1; };
  for (const pitch of pitches) {
    const park = parks[pitch.park_id - 1];
    let date = park.season_start === null ? START : new Date(`${park.season_start}T00:00:00Z`);
    const last = new Date(`${park.season_end ?? '2026-11-30'}T00:00:00Z`);
    for (;;) {
      date = addDays(date, between(0, pitch.pitch_type === 'TNT' ? 9 : 6));
      const month = date.getUTCMonth();
      const nights = pitch.pitch_type === 'TRV' || pitch.pitch_type === 'HSD' ? between(2, 10) : month === 6 || month === 7 ? between(2, 7) : between(1, 4);
      if (addDays(date, nights) > addDays(last, 1)) break;
      const guest = pick(guests);
      const channel = pick(['WEB', 'WEB', 'WEB', 'OTA', 'OTA', 'PHN', ...(pitch.pitch_type === 'TNT' ? ['WLK', 'WLK'] : [])]);
      const roll = random();
      const status = roll < 0.08 ? 'CXL' : roll < 0.11 ? 'NS' : 'CMP';
      const adults = pitch.max_occ === 2 ? between(1, 2) : between(1, 4);
      const children = Math.max(0, Math.min(pitch.max_occ - adults, between(-2, 3)));
      const dogs = park.dogs_ok && pitch.pitch_type !== 'POD' && random() < 0.3 ? between(1, 2) : 0;
      const total = Number(pitch.nightly_gbp) * nights * peak(date) + dogs * 3 * nights + (children > 0 && pitch.pitch_type !== 'POD' && pitch.pitch_type !== 'HUT' ? 4 * children * nights : 0);
      const booked = channel === 'WLK' ? date : addDays(date, -between(1, 150));
      bookings.push({ bkg_ref: '', guest_id: guest.guest_id, pitch_id: pitch.pitch_id, booked_on: day(booked < new Date(Date.UTC(2025, 6, 1)) ? new Date(Date.UTC(2025, 6, 1)) : booked), arr_dt: day(date), nights, adults, children, dogs, channel, status, total_gbp: money(total), deposit_gbp: money(channel === 'WLK' ? 0 : Math.round(total * 0.25)) });
      date = addDays(date, nights);
    }
  }
  bookings.sort((a, b) => cmp(a.arr_dt, b.arr_dt) || cmp(a.pitch_id, b.pitch_id));
  for (const booking of bookings) {
    const guest = guests[booking.guest_id - 30001];
    if (booking.status === 'CMP' && booking.arr_dt < guest.first_stay) guest.first_stay = booking.arr_dt;
  }
  bookings.forEach((b, index) => { b.bkg_ref = `BK${26000 + index + 1}`; });
  const extras = [];
  const prices = { FW: 7.5, GAS: 32, ICE: 1.5, BBQ: 5, LATE: 15, HOT: 45 };
  for (const booking of bookings) {
    if (booking.status !== 'CMP') continue;
    const pitch = pitches.find((p) => p.pitch_id === booking.pitch_id);
    const count = between(0, 3);
    for (let e = 0; e < count; e += 1) {
      const item = pick(['FW', 'FW', 'FW', 'ICE', 'BBQ', 'LATE', ...(pitch.pitch_type === 'TRV' || pitch.pitch_type === 'HSD' ? ['GAS'] : []), ...(pitch.pitch_type === 'HUT' ? ['HOT', 'HOT'] : [])]);
      const qty = item === 'FW' || item === 'ICE' ? between(1, 4) : 1;
      const at = addMinutes(addDays(new Date(`${booking.arr_dt}T00:00:00Z`), between(0, booking.nights - 1)), 9 * 60 + between(0, 40) * 15);
      extras.push({ extra_id: 0, bkg_ref: booking.bkg_ref, item, qty, amt_gbp: money(prices[item] * qty), sold_at: stamp(at) });
    }
  }
  extras.sort((a, b) => cmp(a.sold_at, b.sold_at) || cmp(a.bkg_ref, b.bkg_ref));
  extras.forEach((e, index) => { e.extra_id = index + 1; });
  writeTable('campsite_ops', 'parks', ['park_id', 'park_nm', 'nearest_town', 'acres', 'season_start', 'season_end', 'dogs_ok', 'warden_tel'], parks);
  writeTable('campsite_ops', 'pitches', ['pitch_id', 'park_id', 'pitch_type', 'ehu', 'max_occ', 'sz_m2', 'nightly_gbp'], pitches);
  writeTable('campsite_ops', 'guests', ['guest_id', 'first_nm', 'last_nm', 'email', 'mob_no', 'home_pcd', 'club_mbr', 'first_stay'], guests);
  writeTable('campsite_ops', 'bookings', ['bkg_ref', 'guest_id', 'pitch_id', 'booked_on', 'arr_dt', 'nights', 'adults', 'children', 'dogs', 'channel', 'status', 'total_gbp', 'deposit_gbp'], bookings);
  writeTable('campsite_ops', 'extras', ['extra_id', 'bkg_ref', 'item', 'qty', 'amt_gbp', 'sold_at'], extras);
}

/** A chain of craft bakeries: its shops, products, staff, each shop's weekly bake and sales per product, and special orders. */
function bakeryChain() {
  const { random, pick, between } = seeded(20261222);
  const nextName = namer(pick, FIRST, LAST);
  const shops = [
    ['Bridge Street', 'Holmfirth Vale', '2011-05-14', true, 24, true],
    ['Market Hall', 'Calderbrook', '2014-09-01', false, null, false],
    ['Station Parade', 'Calderbrook', '2017-03-11', true, 16, true],
    ['Hillcrest', 'Marsby', '2019-10-05', false, null, true],
    ['Canal Wharf', 'Sowden Bridge', '2021-06-19', true, 32, true],
    ['Upper Moor', 'Marsby', '2024-02-10', true, 12, false],
  ].map(([shop_name, town, opened, has_cafe, cafe_seats, sunday_open], index) => ({ shop_id: index + 1, shop_name, town, opened, has_cafe, cafe_seats, sunday_open }));
  const products = [
    ['Sourdough loaf', 'BRD', 4.6, 1.1, true, 3], ['White bloomer', 'BRD', 3.2, 0.7, true, 2], ['Seeded rye', 'BRD', 4.2, 1.05, true, 4], ['Wholemeal tin', 'BRD', 3.0, 0.65, true, 3],
    ['Baguette', 'BRD', 2.1, 0.4, true, 1], ['Focaccia slab', 'BRD', 3.8, 0.9, true, 2], ['Butter croissant', 'VNS', 2.3, 0.55, false, 1], ['Pain au chocolat', 'VNS', 2.6, 0.65, false, 1],
    ['Almond croissant', 'VNS', 3.1, 0.85, false, 1], ['Cinnamon bun', 'VNS', 2.9, 0.6, false, 2], ['Cardamom knot', 'VNS', 2.9, 0.62, false, 2], ['Victoria sponge', 'CAK', 16.5, 4.2, false, 3],
    ['Carrot cake slice', 'CAK', 3.4, 0.8, false, 3], ['Chocolate brownie', 'CAK', 2.8, 0.55, false, 4], ['Lemon drizzle slice', 'CAK', 2.9, 0.5, false, 3], ['Eccles cake', 'CAK', 2.2, 0.45, true, 4],
    ['Sausage roll', 'SAV', 2.4, 0.7, false, 2], ['Cheese and onion pasty', 'SAV', 3.3, 0.85, false, 2], ['Vegan sausage roll', 'SAV', 2.6, 0.75, true, 2], ['Spinach and feta swirl', 'SAV', 3.1, 0.9, false, 2],
  ].map(([product_name, category, price, unit_cost, vegan, shelf_life_days], index) => ({ sku: `${category}${String(index + 1).padStart(3, '0')}`, product_name, category, price: money(price), unit_cost: money(unit_cost), vegan, shelf_life_days, launched: day(addDays(new Date(Date.UTC(2011, 4, 1)), between(0, 5300))) }));
  const staff = [];
  for (const shop of shops) {
    const roles = ['MGR', 'SUP', ...Array(shop.has_cafe ? 5 : 3).fill('ASST'), ...(shop.shop_id === 1 ? ['BKR'] : [])];
    for (const role of roles) staff.push({ staff_id: 0, full_name: nextName().join(' '), shop_id: shop.shop_id, role, hourly_rate: money(role === 'MGR' ? 15.6 : role === 'SUP' ? 13.4 : role === 'BKR' ? 14.2 : pick([12.21, 12.21, 12.6, 12.9])), contract_hrs: role === 'MGR' ? 40 : pick([16, 20, 24, 30, 37.5]), start_date: day(addDays(new Date(`${shop.opened}T00:00:00Z`), between(0, Math.floor((Date.UTC(2026, 10, 1) - Date.parse(`${shop.opened}T00:00:00Z`)) / 86_400_000)))) });
  }
  for (let n = 0; n < 9; n += 1) staff.push({ staff_id: 0, full_name: nextName().join(' '), shop_id: null, role: n < 7 ? 'BKR' : 'DRV', hourly_rate: money(n === 0 ? 17.5 : n < 7 ? pick([13.8, 14.2, 14.6]) : 12.9), contract_hrs: pick([30, 37.5, 40]), start_date: day(addDays(new Date(Date.UTC(2011, 4, 1)), between(0, 5400))) });
  staff.forEach((s, index) => { s.staff_id = 101 + index; });
  const weekly = [];
  for (let w = 0; w < 52; w += 1) {
    const weekStart = addDays(START, w * 7);
    const month = weekStart.getUTCMonth();
    const seasonal = w === 3 || w === 4 ? 0.6 : month === 11 ? 1.2 : month === 7 ? 0.9 : 1;
    for (const shop of shops) {
      for (const product of products) {
        if (product.category === 'SAV' && !shop.has_cafe && product.product_name !== 'Sausage roll') continue;
        if (product.product_name === 'Victoria sponge' && shop.shop_id === 2) continue;
        const demand = (product.category === 'BRD' ? 90 : product.category === 'VNS' ? 110 : product.category === 'SAV' ? 70 : 40) * (product.product_name === 'Victoria sponge' ? 0.15 : 1) * (shop.has_cafe ? 1.2 : 0.9) * (shop.sunday_open ? 1.1 : 1) * seasonal;
        const baked = Math.max(4, Math.round(demand * (0.85 + random() * 0.5)));
        const sold = Math.min(baked, Math.round(demand * (0.75 + random() * 0.4)));
        const left = baked - sold;
        const donated = product.category === 'BRD' ? Math.round(left * random() * 0.7) : 0;
        weekly.push({ shop_id: shop.shop_id, week_start: day(weekStart), sku: product.sku, baked, sold, wasted: left - donated, donated });
      }
    }
  }
  const orders = [];
  const customers = { WHL: ['Riverside Cafe', 'The Drovers Arms', 'Calder Valley Deli', 'Moorgate Offices', 'St Aidan Primary School', 'The Packhorse Inn'], EVT: ['wedding', 'christening', 'birthday', 'retirement', 'corporate event'] };
  for (let n = 0; n < 640; n += 1) {
    const shop = pick(shops);
    const type = pick(['RET', 'RET', 'RET', 'WHL', 'WHL', 'EVT']);
    const placed = addDays(START, between(0, DAYS - 10));
    const collect = addDays(placed, type === 'EVT' ? between(7, 60) : between(1, 6));
    if (day(collect) > '2026-11-30') continue;
    const roll = random();
    const status = roll < 0.06 ? 'CXL' : type === 'WHL' ? 'DLV' : 'COL';
    const total = type === 'WHL' ? between(40, 260) : type === 'EVT' ? between(90, 480) : between(14, 70);
    orders.push({ order_no: '', shop_id: shop.shop_id, cust_type: type, cust_name: type === 'WHL' ? pick(customers.WHL) : nextName().join(' '), occasion: type === 'EVT' ? pick(customers.EVT) : null, placed_on: day(placed), due_on: day(collect), total_gbp: money(total), deposit_gbp: money(type === 'EVT' ? Math.round(total * 0.3) : 0), status });
  }
  orders.sort((a, b) => cmp(a.placed_on, b.placed_on) || a.shop_id - b.shop_id || cmp(a.cust_name, b.cust_name));
  orders.forEach((o, index) => { o.order_no = `SO-${String(4001 + index)}`; });
  writeTable('bakery_chain', 'shops', ['shop_id', 'shop_name', 'town', 'opened', 'has_cafe', 'cafe_seats', 'sunday_open'], shops);
  writeTable('bakery_chain', 'products', ['sku', 'product_name', 'category', 'price', 'unit_cost', 'vegan', 'shelf_life_days', 'launched'], products);
  writeTable('bakery_chain', 'staff', ['staff_id', 'full_name', 'shop_id', 'role', 'hourly_rate', 'contract_hrs', 'start_date'], staff);
  writeTable('bakery_chain', 'weekly_sales', ['shop_id', 'week_start', 'sku', 'baked', 'sold', 'wasted', 'donated'], weekly);
  writeTable('bakery_chain', 'special_orders', ['order_no', 'shop_id', 'cust_type', 'cust_name', 'occasion', 'placed_on', 'due_on', 'total_gbp', 'deposit_gbp', 'status'], orders);
}

/** An airport ground handler: client airlines, stands, ground support equipment, ramp staff, aircraft turnarounds and the tasks on each, 2026-06 to 2026-11. */
function groundHandling() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const airlines = [
    ['NX', 'Northmere Airways', '2019-04-01', 45, 'GBP'], ['KB', 'Kestrel Blue', '2021-03-28', 35, 'GBP'], ['FJ', 'Fjordlink', '2023-05-01', 40, 'NOK'],
    ['SW', 'Sunward Charter', '2022-04-15', 55, 'EUR'], ['AQ', 'Aran Connect', '2024-10-27', 30, 'EUR'],
  ].map(([al_cd, al_name, contract_from, sla_turn_min, bill_ccy]) => ({ al_cd, al_name, contract_from, sla_turn_min, bill_ccy }));
  const fleet = { NX: ['A320', 'A321', 'A319'], KB: ['E195', 'E190'], FJ: ['B738', 'B737'], SW: ['B738', 'A321'], AQ: ['AT76', 'DH8D'] };
  const seats = { A320: 180, A321: 220, A319: 144, E195: 118, E190: 100, B738: 189, B737: 149, AT76: 72, DH8D: 78 };
  const stands = [
    ['1', 'CON', 'C', true], ['2', 'CON', 'C', true], ['3', 'CON', 'C', true], ['4', 'CON', 'D', true], ['5A', 'CON', 'C', false], ['5B', 'CON', 'C', false],
    ['20', 'RMT', 'C', false], ['21', 'RMT', 'C', false], ['22', 'RMT', 'D', false], ['30', 'RMT', 'E', false],
  ].map(([stand_no, stand_typ, max_code, fgp]) => ({ stand_no, stand_typ, max_code, fgp }));
  const gse = [];
  const gseFleet = [['GPU', 4, ['Powerline', 'Aerovolt']], ['TUG', 8, ['Tracmaster']], ['BELT', 6, ['Tracmaster', 'Liftwell']], ['PBT', 3, ['Towbird']], ['STP', 4, ['Liftwell']], ['DIC', 2, ['Glacia']]];
  for (const [type, count, makes] of gseFleet) {
    for (let n = 1; n <= count; n += 1) {
      const built = between(2009, 2025);
      gse.push({ gse_id: `${type}-${String(n).padStart(2, '0')}`, gse_typ: type, make: pick(makes), yr_built: built, fuel: (type === 'TUG' || type === 'BELT') && built >= 2019 && random() < 0.7 ? 'BEV' : 'DSL', last_svc: day(addDays(new Date(Date.UTC(2026, 4, 1)), between(0, 210))) });
    }
  }
  const staff = [];
  const roles = [...Array(4).fill('TL'), ...Array(6).fill('TC'), ...Array(30).fill('RA'), ...Array(10).fill('PSA')];
  roles.forEach((role, index) => {
    staff.push({ emp_no: 4401 + index, emp_nm: nextName().join(' '), role, shift: pick(['E', 'L', 'ROT']), pb_auth: role === 'RA' ? random() < 0.35 : role === 'TL', id_exp: day(addDays(new Date(Date.UTC(2026, 6, 1)), between(0, 1000))), start_dt: day(addDays(new Date(Date.UTC(2008, 0, 1)), between(0, 6700))) });
  });
  const rampAgents = staff.filter((s) => s.role === 'RA');
  const regs = {};
  for (const airline of airlines) {
    for (const type of fleet[airline.al_cd]) regs[type + airline.al_cd] = Array.from({ length: between(3, 6) }, () => `G-${airline.al_cd[0]}${String.fromCharCode(65 + between(0, 25))}${String.fromCharCode(65 + between(0, 25))}${String.fromCharCode(65 + between(0, 25))}`);
  }
  const schedule = [
    ['NX', '07:05', 45], ['NX', '10:40', 45], ['NX', '15:20', 50], ['NX', '19:55', 45], ['KB', '08:15', 35], ['KB', '13:30', 35], ['KB', '18:10', 35],
    ['FJ', '11:50', 45], ['SW', '06:30', 60], ['AQ', '09:20', 30], ['AQ', '16:45', 30],
  ];
  const delayCodes = ['11', '15', '18', '31', '32', '33', '41', '63', '89', '93', '71'];
  const turns = [];
  const tasks = [];
  const DSTART = new Date(Date.UTC(2026, 5, 1));
  for (let d = 0; d < 183; d += 1) {
    const date = addDays(DSTART, d);
    schedule.forEach(([al, at, ground], index) => {
      if (al === 'SW' && ![1, 3, 6].includes(date.getUTCDay())) return;
      if (al === 'SW' && date.getUTCMonth() >= 9) return;
      if (al === 'FJ' && date.getUTCDay() === 2) return;
      if (random() < 0.015) return;
      const [h, m] = at.split(':').map(Number);
      const sta = addMinutes(date, h * 60 + m);
      const type = pick(fleet[al]);
      const late = random() < 0.25 ? between(5, 90) : between(-15, 4);
      const ata = addMinutes(sta, late);
      const std = addMinutes(sta, ground);
      const sla = airlines.find((a) => a.al_cd === al).sla_turn_min;
      const handling = sla + between(-8, 14);
      const atd = new Date(Math.max(std.getTime() + between(-2, 3) * 60_000, ata.getTime() + handling * 60_000));
      const dly = Math.round((atd.getTime() - std.getTime()) / 60_000);
      const code = dly >= 3 ? (late > 10 ? '93' : pick(delayCodes)) : null;
      const cap = seats[type];
      const usable = type === 'AT76' || type === 'DH8D' ? stands.filter((s) => s.stand_typ === 'RMT') : stands;
      const stand = pick(usable);
      const turn = { turn_id: 0, al_cd: al, arr_flt: `${al}${100 + index * 2 + 1}`, dep_flt: `${al}${100 + index * 2 + 2}`, acft_typ: type, acft_reg: pick(regs[type + al]), stand_no: stand.stand_no, sta: stamp(sta), ata: stamp(ata), std: stamp(std), atd: stamp(atd), pax_in: Math.round(cap * (0.55 + random() * 0.42)), pax_out: Math.round(cap * (0.55 + random() * 0.42)), bags_out: 0, dly_cd: code, dly_min: code === null ? 0 : dly };
      turn.bags_out = Math.round(turn.pax_out * (al === 'SW' ? 1.0 : 0.45 + random() * 0.2));
      turns.push(turn);
      const agent = () => pick(rampAgents).emp_no;
      const useGse = (t) => pick(gse.filter((g) => g.gse_typ === t)).gse_id;
      tasks.push({ turn: turn, task: 'BAG', gse_id: useGse('BELT'), emp_no: agent(), start_at: stamp(addMinutes(ata, between(2, 6))), end_at: stamp(addMinutes(ata, handling - between(3, 8))) });
      if (!stand.fgp) tasks.push({ turn: turn, task: 'GPU', gse_id: useGse('GPU'), emp_no: agent(), start_at: stamp(addMinutes(ata, between(1, 3))), end_at: stamp(addMinutes(atd, -between(2, 5))) });
      if (stand.stand_typ === 'RMT') tasks.push({ turn: turn, task: 'STP', gse_id: useGse('STP'), emp_no: agent(), start_at: stamp(addMinutes(ata, between(1, 4))), end_at: stamp(addMinutes(atd, -between(4, 9))) });
      if (stand.stand_typ === 'CON') tasks.push({ turn: turn, task: 'PB', gse_id: useGse('PBT'), emp_no: pick(staff.filter((s) => s.pb_auth)).emp_no, start_at: stamp(atd), end_at: stamp(addMinutes(atd, between(4, 9))) });
      if (date.getUTCMonth() === 10 && random() < 0.3) tasks.push({ turn: turn, task: 'DIC', gse_id: useGse('DIC'), emp_no: agent(), start_at: stamp(addMinutes(atd, -between(14, 20))), end_at: stamp(addMinutes(atd, -between(3, 6))) });
    });
  }
  turns.sort((a, b) => cmp(a.sta, b.sta) || cmp(a.al_cd, b.al_cd));
  turns.forEach((t, index) => { t.turn_id = 90001 + index; });
  tasks.sort((a, b) => a.turn.turn_id - b.turn.turn_id || cmp(a.start_at, b.start_at) || cmp(a.task, b.task));
  tasks.forEach((t, index) => { t.task_id = index + 1; t.turn_id = t.turn.turn_id; });
  writeTable('ground_handling', 'airlines', ['al_cd', 'al_name', 'contract_from', 'sla_turn_min', 'bill_ccy'], airlines);
  writeTable('ground_handling', 'stands', ['stand_no', 'stand_typ', 'max_code', 'fgp'], stands);
  writeTable('ground_handling', 'gse', ['gse_id', 'gse_typ', 'make', 'yr_built', 'fuel', 'last_svc'], gse);
  writeTable('ground_handling', 'staff', ['emp_no', 'emp_nm', 'role', 'shift', 'pb_auth', 'id_exp', 'start_dt'], staff);
  writeTable('ground_handling', 'turns', ['turn_id', 'al_cd', 'arr_flt', 'dep_flt', 'acft_typ', 'acft_reg', 'stand_no', 'sta', 'ata', 'std', 'atd', 'pax_in', 'pax_out', 'bags_out', 'dly_cd', 'dly_min'], turns);
  writeTable('ground_handling', 'turn_tasks', ['task_id', 'turn_id', 'task', 'gse_id', 'emp_no', 'start_at', 'end_at'], tasks);
}

campsiteOps();
bakeryChain();
groundHandling();

// Writes databases/{picture_framers,snk_hall}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-u/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A picture framing workshop in Shropshire: customers, framers, the moulding stock, framing orders and payments, 2023-2026. */
function pictureFramers() {
  const { random, pick, between } = seeded(20261207);
  const nextName = namer(pick,
    ['Anne', 'Bernard', 'Clare', 'Derek', 'Eileen', 'Fiona', 'Gareth', 'Hilary', 'Iris', 'Julian', 'Karen', 'Lewis', 'Maureen', 'Nigel', 'Olive', 'Paul', 'Rosemary', 'Stuart', 'Tessa', 'Vincent'],
    ['Ashby', 'Bromley', 'Corbett', 'Davies', 'Evans', 'Foxall', 'Griffiths', 'Hotchkiss', 'Instone', 'Jervis', 'Lloyd', 'Morris', 'Onions', 'Pugh', 'Rowley', 'Tranter', 'Vaughan', 'Wilde']);
  const towns = ['Shrewsbury', 'Shrewsbury', 'Shrewsbury', 'Ludlow', 'Ludlow', 'Church Stretton', 'Much Wenlock', 'Bridgnorth', 'Oswestry', 'Telford'];
  const customers = [];
  for (let i = 0; i < 70; i += 1) {
    const [first, last] = nextName();
    customers.push({ customer_id: 0, full_name: `${first} ${last}`, customer_type: random() < 0.16 ? 'artist' : 'private', town: pick(towns) });
  }
  const trade = [['Wenlock Edge Gallery', 'gallery', 'Much Wenlock'], ['Castle Gate Fine Art', 'gallery', 'Ludlow'], ['Severn Side Studios', 'gallery', 'Shrewsbury'],
    ['Stretton Hills Hotel', 'business', 'Church Stretton'], ['Quarry Park Dental', 'business', 'Shrewsbury'], ['Bridgnorth Rugby Club', 'business', 'Bridgnorth']];
  for (const [name, type, town] of trade) customers.splice(between(0, customers.length), 0, { customer_id: 0, full_name: name, customer_type: type, town });
  customers.forEach((c, index) => { c.customer_id = 1 + index; });

  const framerList = [
    ['Marian Tranter', 'owner', 30, '2009-04-01', null], ['Owen Pugh', 'framer', 19.5, '2014-06-02', null], ['Heidi Corbett', 'framer', 18.75, '2018-03-05', null],
    ['Craig Jervis', 'framer', 18, '2020-01-13', '2024-10-31'], ['Zoe Instone', 'apprentice', 11.5, '2023-09-04', null], ['Liam Rowley', 'apprentice', 11, '2022-09-05', '2023-12-22'],
    ['Patrick Onions', 'gilder', 24, '2016-05-09', null],
  ];
  const framers = framerList.map(([full_name, role, rate, started_on, left_on], index) => ({ framer_id: 1 + index, full_name, role, hourly_rate: money(rate), started_on, left_on }));
  const working = (today) => framers.filter((f) => f.started_on <= today && !(f.left_on && f.left_on < today));

  // [name, supplier, material, width mm, price a metre, discontinued]
  const mouldingList = [
    ['Classic Oak 20', 'Arqadia', 'oak', 20, 9.8, false], ['Classic Oak 40', 'Arqadia', 'oak', 40, 16.5, false], ['Limed Ash Flat', 'Arqadia', 'ash', 30, 12.4, false],
    ['Walnut Scoop', 'Larson-Juhl', 'walnut', 35, 24.9, false], ['Black Box 15', 'Larson-Juhl', 'pine', 15, 6.2, false], ['White Box 15', 'Larson-Juhl', 'pine', 15, 6.2, false],
    ['Gilt Swept Louis', 'Larson-Juhl', 'gilt composite', 70, 38.5, false], ['Gilt Hockey Stick', 'Wessex Pictures', 'gilt composite', 45, 27, true], ['Silver Slip', 'Wessex Pictures', 'gilt composite', 12, 8.75, false],
    ['Brushed Aluminium', 'Nielsen', 'aluminium', 10, 11.2, false], ['Matt Black Aluminium', 'Nielsen', 'aluminium', 10, 11.2, false], ['Float Tray Natural', 'Wessex Pictures', 'ash', 25, 14.6, false],
    ['Rustic Barnwood', 'Wessex Pictures', 'pine', 50, 13.9, true], ['Cherry Cushion', 'Arqadia', 'cherry', 40, 21.3, false], ['Ebony Stain Flat', 'Arqadia', 'oak', 25, 11.75, false],
    ['Deep Box Walnut', 'Larson-Juhl', 'walnut', 60, 32, false], ['Ornate Gold Carved', 'Wessex Pictures', 'gilt composite', 90, 54, true], ['Pewter Fillet', 'Nielsen', 'aluminium', 8, 7.4, false],
  ];
  const mouldings = mouldingList.map(([moulding_name, supplier, material, width, price, disc], index) => ({ moulding_id: 1 + index, moulding_name, supplier, material, width_mm: width, price_per_metre: money(price), discontinued: disc }));
  const inUse = mouldings.filter((m) => !['Ornate Gold Carved', 'Pewter Fillet'].includes(m.moulding_name));

  const artworks = ['O', 'W', 'W', 'P', 'P', 'P', 'H', 'T', 'M'];
  const glazings = ['float glass', 'float glass', 'float glass', 'anti-reflective glass', 'museum glass', 'acrylic', 'none'];
  const orders = [];
  const payments = [];
  for (let d = new Date(Date.UTC(2023, 0, 3)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 1) continue; // the shop is shut on Sundays and Mondays
    const today = day(d);
    const n = random() < 0.55 ? 1 : random() < 0.35 ? 2 : 0;
    for (let k = 0; k < n; k += 1) {
      const customer = random() < 0.25 ? pick(customers.filter((c) => c.customer_type !== 'private')) : customers[Math.floor(Math.pow(random(), 1.3) * customers.length)];
      if (customer.customer_id === 3 || customer.customer_id === 41) continue; // two customers who asked for a quote but never ordered
      const artwork = customer.customer_type === 'artist' ? pick(['O', 'O', 'W', 'P']) : customer.customer_type === 'business' ? pick(['P', 'H', 'M']) : pick(artworks);
      const own = random() < 0.12; // refitted into the customer's own frame
      const moulding = own ? null : artwork === 'O' && random() < 0.4 ? pick(inUse.filter((m) => m.material === 'gilt composite' || m.moulding_name.startsWith('Float'))) : pick(inUse);
      const width = between(15, artwork === 'O' ? 120 : 80);
      const height = between(15, artwork === 'O' ? 100 : 70);
      const glazing = artwork === 'O' ? 'none' : pick(glazings.slice(0, 6));
      const framer = pick(working(today).filter((f) => f.role !== 'gilder' || (moulding && moulding.material === 'gilt composite')));
      const metres = (2 * (width + height)) / 100 + 0.3;
      const glassRate = { none: 0, 'float glass': 0.012, 'anti-reflective glass': 0.03, 'museum glass': 0.06, acrylic: 0.018 }[glazing];
      const quote = Math.round((moulding ? Number(moulding.price_per_metre) * metres * 2.4 : 0) + width * height * glassRate + 25 + (artwork === 'T' || artwork === 'M' ? 35 : 0));
      const ready = addDays(d, between(6, 28));
      const readyOn = day(ready) <= LAST ? day(ready) : null;
      let collectedOn = readyOn ? day(addDays(ready, between(0, 30))) : null;
      if (collectedOn && collectedOn > LAST) collectedOn = null;
      if (collectedOn && random() < 0.01) collectedOn = null; // never collected
      orders.push({ order_id: 0, customer_id: customer.customer_id, framer_id: framer.framer_id, moulding_id: moulding ? moulding.moulding_id : null, artwork_type: artwork, glazing, width_cm: width, height_cm: height, ordered_on: today, quoted_price: money(quote), ready_on: readyOn, collected_on: collectedOn });
    }
  }
  orders.forEach((o, index) => { o.order_id = 1001 + index; });
  for (const o of orders) {
    const deposit = Number(o.quoted_price) >= 100 ? Math.round(Number(o.quoted_price) * 0.5) : 0;
    if (deposit) payments.push({ payment_id: 0, order_id: o.order_id, paid_on: o.ordered_on, amount: money(deposit), method: pick(['card', 'card', 'card', 'cash']) });
    if (o.collected_on) payments.push({ payment_id: 0, order_id: o.order_id, paid_on: o.collected_on, amount: money(Number(o.quoted_price) - deposit), method: pick(['card', 'card', 'cash', 'bank transfer']) });
  }
  payments.sort((a, b) => (a.paid_on < b.paid_on ? -1 : a.paid_on > b.paid_on ? 1 : a.order_id - b.order_id));
  payments.forEach((p, index) => { p.payment_id = 1 + index; });
  writeTable('picture_framers', 'customers', ['customer_id', 'full_name', 'customer_type', 'town'], customers);
  writeTable('picture_framers', 'framers', ['framer_id', 'full_name', 'role', 'hourly_rate', 'started_on', 'left_on'], framers);
  writeTable('picture_framers', 'mouldings', ['moulding_id', 'moulding_name', 'supplier', 'material', 'width_mm', 'price_per_metre', 'discontinued'], mouldings);
  writeTable('picture_framers', 'orders', ['order_id', 'customer_id', 'framer_id', 'moulding_id', 'artwork_type', 'glazing', 'width_cm', 'height_cm', 'ordered_on', 'quoted_price', 'ready_on', 'collected_on'], orders);
  writeTable('picture_framers', 'payments', ['payment_id', 'order_id', 'paid_on', 'amount', 'method'], payments);
}

/** A snooker and pool hall in Stoke-on-Trent: its tables, members, table bookings, in-house tournaments and their entries, 2024-2026. */
function snookerHall() {
  const { random, pick, between } = seeded(19850428);
  const nextName = namer(pick,
    ['Barry', 'Carl', 'Dean', 'Gary', 'Jimmy', 'Kev', 'Lee', 'Mark', 'Neil', 'Paul', 'Ray', 'Shaun', 'Steve', 'Tony', 'Wayne', 'Jade', 'Kelly', 'Reanne', 'Josh', 'Kyle'],
    ['Bagnall', 'Boote', 'Capewell', 'Dale', 'Finney', 'Goodwin', 'Hulme', 'Lovatt', 'Mountford', 'Plant', 'Ridgway', 'Salt', 'Shenton', 'Tatton', 'Walley', 'Wood']);
  // [name, type, floor, peak rate an hour, off-peak rate]
  const tableList = [
    ['Table 1', 'S', 1, 9, 6], ['Table 2', 'S', 1, 9, 6], ['Table 3', 'S', 1, 9, 6], ['Table 4', 'S', 1, 9, 6], ['Table 5', 'S', 1, 9, 6], ['Table 6', 'S', 1, 9, 6],
    ['Crucible', 'S', 2, 12, 8], ['Pool 1', 'P', 0, 7, 5], ['Pool 2', 'P', 0, 7, 5], ['Pool 3', 'P', 0, 7, 5], ['Pool 4', 'P', 0, 7, 5],
    ['Nine-ball 1', 'A', 0, 8, 5.5], ['Nine-ball 2', 'A', 0, 8, 5.5], ['Table 8', 'S', 2, 9, 6],
  ];
  const tables = tableList.map(([tbl_nm, typ, flr, pk, op], index) => ({ tbl_no: 1 + index, tbl_nm, typ, flr, rt_pk: money(pk), rt_op: money(op) }));
  const members = [];
  for (let i = 0; i < 180; i += 1) {
    const [first, last] = nextName();
    const typ = random() < 0.5 ? 'F' : random() < 0.5 ? 'O' : random() < 0.5 ? 'J' : 'V';
    const joined = addDays(new Date(Date.UTC(2015, 0, 1)), between(0, 4300));
    const lapsed = random() < 0.18 ? addDays(joined, between(200, 1500)) : null;
    members.push({ mbr_no: 0, mbr_nm: `${first} ${last}`, mbr_typ: typ, jn_dt: day(joined), lps_dt: lapsed && day(lapsed) <= LAST ? day(lapsed) : null });
  }
  members.sort((a, b) => (a.jn_dt < b.jn_dt ? -1 : a.jn_dt > b.jn_dt ? 1 : 0));
  members.forEach((m, index) => { m.mbr_no = 501 + index; });
  const current = (today) => members.filter((m) => m.jn_dt <= today && !(m.lps_dt && m.lps_dt < today));
  const bookings = [];
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const weekend = [0, 6].includes(d.getUTCDay());
    const n = between(weekend ? 5 : 2, weekend ? 9 : 6);
    const pool = current(today).filter((m) => m.mbr_no % 7 !== 3); // a few members never book a table
    for (let k = 0; k < n; k += 1) {
      const table = random() < 0.6 ? pick(tables.filter((t) => t.typ === 'S')) : pick(tables);
      const member = random() < 0.2 ? null : pick(pool);
      const hour = member && member.mbr_typ === 'J' ? between(15, 18) : between(10, 22);
      const peak = hour >= 17 || weekend;
      const hrs = pick([1, 1, 1.5, 2, 2, 2.5, 3]);
      const stat = random() < 0.06 ? 'X' : random() < 0.04 ? 'N' : 'P';
      const rate = Number(peak && !(member && member.mbr_typ === 'O') ? table.rt_pk : table.rt_op) * (member ? 1 : 1.25);
      bookings.push({ bkg_no: 0, tbl_no: table.tbl_no, mbr_no: member ? member.mbr_no : null, bk_dt: today, st_hr: hour, hrs: hrs.toFixed(1), amt: stat === 'X' ? money(0) : money(rate * hrs), stat });
    }
  }
  bookings.forEach((b, index) => { b.bkg_no = 70001 + index; });
  const events = [];
  const entries = [];
  let month = 0;
  for (let y = 2024; y <= 2026; y += 1) {
    for (let m = 0; m < 12; m += 1) {
      const evDate = new Date(Date.UTC(y, m, 8 + between(0, 14)));
      if (day(evDate) > LAST) continue;
      month += 1;
      const fmt = month % 3 === 0 ? 'P' : 'S';
      const fee = fmt === 'S' ? pick([10, 15, 20]) : pick([5, 10]);
      const evt = { evt_no: month, evt_nm: `${fmt === 'S' ? 'Snooker' : 'Pool'} ${['Open', 'Handicap', 'Masters', 'Cup'][month % 4]} ${y}-${String(m + 1).padStart(2, '0')}`, evt_dt: day(evDate), fmt, ent_fee: money(fee) };
      events.push(evt);
      const field = current(evt.evt_dt).filter((mm) => mm.mbr_typ !== 'J' || fmt === 'P').filter(() => random() < 0.14);
      const order = field.map((mm) => ({ mm, r: random() })).sort((a, b) => a.r - b.r);
      order.forEach(({ mm }, idx) => {
        entries.push({ ent_no: 0, evt_no: evt.evt_no, mbr_no: mm.mbr_no, pos: idx < 4 ? idx + 1 : null, hi_brk: fmt === 'S' ? Math.max(0, Math.round(Math.pow(random(), 2.2) * 110 + between(0, 20))) : null });
      });
    }
  }
  entries.forEach((e, index) => { e.ent_no = 1 + index; });
  writeTable('snk_hall', 'tbl', ['tbl_no', 'tbl_nm', 'typ', 'flr', 'rt_pk', 'rt_op'], tables);
  writeTable('snk_hall', 'mbr', ['mbr_no', 'mbr_nm', 'mbr_typ', 'jn_dt', 'lps_dt'], members);
  writeTable('snk_hall', 'bkg', ['bkg_no', 'tbl_no', 'mbr_no', 'bk_dt', 'st_hr', 'hrs', 'amt', 'stat'], bookings);
  writeTable('snk_hall', 'evt', ['evt_no', 'evt_nm', 'evt_dt', 'fmt', 'ent_fee'], events);
  writeTable('snk_hall', 'ent', ['ent_no', 'evt_no', 'mbr_no', 'pos', 'hi_brk'], entries);
}

pictureFramers();
snookerHall();

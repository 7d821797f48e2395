// Writes databases/{auction_rooms,golf_clb}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-t/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));

const FIRST = ['Adrian', 'Beverley', 'Colin', 'Diane', 'Edward', 'Fiona', 'Geoffrey', 'Hilary', 'Irene', 'James', 'Karen', 'Lesley', 'Malcolm', 'Nicola', 'Oliver', 'Pauline', 'Roger', 'Sandra', 'Timothy', 'Wendy', 'Rachel', 'Stuart'];
const LAST = ['Ashworth', 'Bainbridge', 'Cartwright', 'Dewhurst', 'Entwistle', 'Fothergill', 'Greenhalgh', 'Haworth', 'Ibbotson', 'Kershaw', 'Lomax', 'Marsden', 'Nuttall', 'Openshaw', 'Pilling', 'Ramsbottom', 'Sutcliffe', 'Tattersall', 'Whittaker', 'Wolstenholme'];

/** A Lancashire auction room: valuers, consignors (sellers), registered bidders, sale days, the lots offered and buyers' payments, 2024-2026. */
function auctionRooms() {
  const { random, pick, between } = seeded(20240117);
  const nextName = namer(pick, FIRST, LAST);
  const towns = ['Clitheroe', 'Clitheroe', 'Whalley', 'Blackburn', 'Burnley', 'Preston', 'Skipton', 'Accrington', 'Longridge', 'Padiham'];
  const valuerList = [
    ['Harriet Greenhalgh', 'ceramics and glass', '2009-04-01', null], ['Marcus Ibbotson', 'furniture', '2011-09-12', null], ['Clare Nuttall', 'jewellery and silver', '2014-02-03', null],
    ['Dominic Pilling', 'pictures', '2016-06-20', '2025-03-31'], ['Yasmin Haworth', 'pictures', '2025-04-07', null], ['Gordon Lomax', 'general', '2002-01-07', null], ['Tess Marsden', 'collectables', '2019-10-01', null],
  ];
  const valuers = valuerList.map(([full_name, specialism, started_on, left_on], i) => ({ valuer_id: 1 + i, full_name, specialism, started_on, left_on }));
  const consignors = [];
  for (let i = 0; i < 130; i += 1) {
    const [f, l] = nextName();
    const roll = random();
    const type = roll < 0.72 ? 'private' : roll < 0.88 ? 'dealer' : 'executor';
    const name = type === 'executor' ? `Executors of the late ${pick(FIRST)} ${l}` : `${f} ${l}`;
    consignors.push({ consignor_id: 1 + i, full_name: name, consignor_type: type, town: pick(towns), commission_rate: money(type === 'dealer' ? 10 : type === 'executor' ? 12.5 : 15) });
  }
  const bidders = [];
  for (let i = 0; i < 220; i += 1) {
    const [f, l] = nextName();
    const reg = day(addDays(new Date(Date.UTC(2023, 6, 1)), between(0, 1200)));
    bidders.push({ bidder_id: 500 + i, full_name: `${f} ${l}`, town: random() < 0.8 ? pick(towns) : pick(['Manchester', 'Leeds', 'London', 'Lancaster', 'Kendal', 'Harrogate']), registered_on: reg, bids_online: random() < 0.45 });
  }
  // categories: [name, valuer specialism, low estimate range]
  const cats = [['ceramics', 'ceramics and glass', 20, 400], ['glass', 'ceramics and glass', 15, 200], ['furniture', 'furniture', 40, 1500], ['clocks', 'furniture', 60, 900],
    ['jewellery', 'jewellery and silver', 50, 2500], ['silver', 'jewellery and silver', 40, 1200], ['pictures', 'pictures', 30, 3000], ['books', 'general', 10, 300], ['toys', 'collectables', 10, 250], ['coins and medals', 'collectables', 20, 600]];
  const sales = [];
  const lots = [];
  const payments = [];
  let saleDate = new Date(Date.UTC(2024, 0, 10));
  while (saleDate <= END) {
    const dateText = day(saleDate);
    const fine = sales.length % 6 === 4;
    const online = !fine && sales.length % 5 === 2;
    const sale = { sale_id: 101 + sales.length, sale_title: fine ? `Fine Art and Antiques ${dateText}` : online ? `Online Collectables ${dateText}` : `General Sale ${dateText}`, sale_date: dateText, sale_kind: fine ? 'fine art' : online ? 'online only' : 'general', buyers_premium_pct: money(fine ? 25 : 21) };
    sales.push(sale);
    const n = fine ? between(70, 95) : online ? between(40, 60) : between(55, 80);
    for (let k = 0; k < n; k += 1) {
      const cat = online ? pick(cats.filter((c) => ['toys', 'coins and medals', 'books', 'glass'].includes(c[0]))) : fine ? pick(cats.filter((c) => ['pictures', 'furniture', 'silver', 'jewellery', 'clocks', 'ceramics'].includes(c[0]))) : pick(cats);
      const onDuty = valuers.filter((v) => v.started_on <= dateText && !(v.left_on && v.left_on < dateText));
      const spec = onDuty.filter((v) => v.specialism === cat[1]);
      const valuer = spec.length && random() < 0.85 ? pick(spec) : pick(onDuty.filter((v) => v.specialism === 'general'));
      const consignor = consignors[Math.floor(Math.pow(random(), 1.6) * (consignors.length - 3))];
      const low = Math.round((cat[2] + Math.pow(random(), 2.2) * (cat[3] - cat[2])) / 10) * 10 || 10;
      const high = Math.round(low * 1.5 / 10) * 10;
      const reserve = random() < 0.55 ? Math.round(low * 0.8 / 5) * 5 : null;
      const withdrawn = random() < 0.025;
      let hammer = null;
      let buyer = null;
      if (!withdrawn) {
        const price = Math.round(low * (0.4 + Math.pow(random(), 1.5) * 2.6) / 5) * 5;
        if (price >= (reserve ?? 0) && random() < 0.9) { hammer = Math.max(price, 5); const eligible = bidders.filter((b) => b.registered_on <= dateText); buyer = eligible[Math.floor(Math.pow(random(), 1.3) * eligible.length)]; }
      }
      const lot = { lot_id: 0, sale_id: sale.sale_id, lot_number: k + 1, consignor_id: consignor.consignor_id, valuer_id: valuer.valuer_id, category: cat[0], low_estimate: money(low), high_estimate: money(high), reserve_price: reserve === null ? null : money(reserve), hammer_price: hammer === null ? null : money(hammer), buyer_id: buyer ? buyer.bidder_id : null, withdrawn };
      lots.push(lot);
    }
    saleDate = addDays(saleDate, fine ? 35 : between(12, 16));
  }
  lots.forEach((l, i) => { l.lot_id = 1 + i; });
  for (const l of lots) {
    if (l.hammer_price === null) continue;
    const sale = sales.find((s) => s.sale_id === l.sale_id);
    const due = Number(l.hammer_price) * (1 + Number(sale.buyers_premium_pct) / 100);
    const paidOn = addDays(new Date(`${sale.sale_date}T00:00:00Z`), between(0, 20));
    if (paidOn > END || random() < 0.03) continue;
    payments.push({ payment_id: 0, lot_id: l.lot_id, paid_on: day(paidOn), amount: money(due), method: random() < 0.55 ? 'card' : random() < 0.85 ? 'bank transfer' : 'cash' });
  }
  payments.sort((a, b) => (a.paid_on < b.paid_on ? -1 : a.paid_on > b.paid_on ? 1 : a.lot_id - b.lot_id));
  payments.forEach((p, i) => { p.payment_id = 9001 + i; });
  writeTable('auction_rooms', 'valuers', ['valuer_id', 'full_name', 'specialism', 'started_on', 'left_on'], valuers);
  writeTable('auction_rooms', 'consignors', ['consignor_id', 'full_name', 'consignor_type', 'town', 'commission_rate'], consignors);
  writeTable('auction_rooms', 'bidders', ['bidder_id', 'full_name', 'town', 'registered_on', 'bids_online'], bidders);
  writeTable('auction_rooms', 'sales', ['sale_id', 'sale_title', 'sale_date', 'sale_kind', 'buyers_premium_pct'], sales);
  writeTable('auction_rooms', 'lots', ['lot_id', 'sale_id', 'lot_number', 'consignor_id', 'valuer_id', 'category', 'low_estimate', 'high_estimate', 'reserve_price', 'hammer_price', 'buyer_id', 'withdrawn'], lots);
  writeTable('auction_rooms', 'payments', ['payment_id', 'lot_id', 'paid_on', 'amount', 'method'], payments);
}

const LADIES = ['Beverley', 'Diane', 'Fiona', 'Hilary', 'Irene', 'Karen', 'Lesley', 'Nicola', 'Pauline', 'Sandra', 'Wendy', 'Rachel', 'Barbara', 'Gwen', 'Moira', 'Sheila'];

/** A members' golf club, in terse coded names: members, competitions, competition entries, tee-time bookings and yearly subscriptions, 2024-2026. */
function golfClub() {
  const { random, pick, between } = seeded(19120405);
  const nextName = namer(pick, [...FIRST, 'Alan', 'Barbara', 'Derek', 'Gwen', 'Kevin', 'Moira', 'Philip', 'Sheila'], [...LAST, 'Crabtree', 'Holroyd', 'Stansfield', 'Uttley']);
  const mbrs = [];
  for (let i = 0; i < 260; i += 1) {
    const roll = random();
    const cat = roll < 0.5 ? 'F' : roll < 0.66 ? 'W' : roll < 0.8 ? 'S' : roll < 0.92 ? 'J' : 'A';
    const sx = random() < 0.27 ? 'F' : 'M';
    let [f, l] = nextName();
    while (LADIES.includes(f) !== (sx === 'F')) [f, l] = nextName();
    const hcp = cat === 'A' || random() < 0.05 ? null : (Math.round((cat === 'J' ? 8 + random() * 28 : 2 + Math.pow(random(), 0.9) * 30) * 10) / 10).toFixed(1);
    const jn = day(addDays(new Date(Date.UTC(1995, 0, 1)), between(0, 11300)));
    const lft = jn < '2025-06-01' && random() < 0.1 ? day(addDays(new Date(Date.UTC(2024, 0, 1)), between(0, 1000))) : null;
    mbrs.push({ mbr_no: 1001 + i, nm: `${f} ${l}`, cat, sx, hcp, jn_dt: jn, lft_dt: lft && lft > jn ? lft : null });
  }
  const active = (d) => mbrs.filter((m) => m.jn_dt <= d && !(m.lft_dt && m.lft_dt < d));
  const comps = [];
  const ents = [];
  const names = { M: ['Monthly Medal', 'Club Championship', 'Spring Medal', 'Autumn Medal'], S: ['Seniors Stableford', 'Saturday Stableford', 'Captains Day', 'Presidents Trophy', 'Ladies Stableford'], B: ['Par Competition', 'Bogey Cup'], T: ['Fourball Betterball', 'Mixed Greensomes'] };
  for (let d = new Date(Date.UTC(2024, 2, 2)); d <= END; d = addDays(d, 7)) {
    const dt = day(d);
    const month = d.getUTCMonth();
    if (month === 11 || month === 0 || (month === 1 && random() < 0.5)) continue;
    const fmt = random() < 0.35 ? 'M' : random() < 0.6 ? 'S' : random() < 0.5 ? 'B' : 'T';
    const nm = pick(names[fmt]);
    const comp = { comp_no: 0, comp_nm: nm, cdt: dt, fmt, qlf: fmt !== 'T' && random() < 0.75, fee: money(fmt === 'T' ? 6 : nm === 'Club Championship' || nm === 'Captains Day' ? 10 : 3) };
    comps.push(comp);
    const pool = active(dt).filter((m) => m.hcp !== null && (nm !== 'Ladies Stableford' || m.sx === 'F') && (nm !== 'Seniors Stableford' || m.cat === 'S'));
    const want = between(18, 48);
    const chosen = new Set();
    while (chosen.size < Math.min(want, pool.length)) chosen.add(pick(pool));
    for (const m of chosen) {
      const h = Number(m.hcp);
      const nr = random() < 0.07;
      const grs = nr ? null : Math.round(72 + h + (random() - 0.45) * 10);
      const pts = nr || fmt === 'M' ? null : Math.max(18, Math.min(44, Math.round(36 - (grs - 72 - h) + (random() - 0.5) * 2)));
      ents.push({ ent_no: 0, comp_no: comps.length, mbr_no: m.mbr_no, grs, pts });
    }
  }
  comps.forEach((c, i) => { c.comp_no = 1 + i; });
  ents.forEach((e, i) => { e.ent_no = 1 + i; });
  const bkgs = [];
  for (let d = new Date(Date.UTC(2024, 0, 1)); d <= END; d = addDays(d, 1)) {
    const dt = day(d);
    const winter = [10, 11, 0, 1].includes(d.getUTCMonth());
    const n = between(winter ? 0 : 3, winter ? 5 : 11);
    const pool = active(dt).filter((m) => m.cat !== 'A' && (m.cat !== 'W' || (d.getUTCDay() !== 0 && d.getUTCDay() !== 6)));
    for (let k = 0; k < n; k += 1) {
      const m = pool[Math.floor(Math.pow(random(), 1.4) * pool.length)];
      const hr = between(7, 15);
      bkgs.push({ bkg_no: 0, mbr_no: m.mbr_no, tdt: dt, ttm: `${String(hr).padStart(2, '0')}:${pick(['00', '10', '20', '30', '40', '50'])}`, hls: random() < 0.25 ? 9 : 18, gst: random() < 0.7 ? 0 : between(1, 3), bgy: m.cat === 'S' ? random() < 0.4 : random() < 0.08 });
    }
  }
  bkgs.forEach((b, i) => { b.bkg_no = 1 + i; });
  const fees = { F: 895, W: 640, S: 710, J: 120, A: 95 };
  const subs = [];
  for (const yr of [2024, 2025, 2026]) {
    for (const m of mbrs) {
      if (m.jn_dt > `${yr}-03-31` || (m.lft_dt && m.lft_dt < `${yr}-01-01`)) continue;
      const unpaid = yr === 2026 && random() < 0.06;
      subs.push({ sub_no: 0, mbr_no: m.mbr_no, yr, amt: money(fees[m.cat]), pd_dt: unpaid ? null : day(addDays(new Date(Date.UTC(yr - 1, 11, 1)), between(0, 110))) });
    }
  }
  subs.forEach((s, i) => { s.sub_no = 1 + i; });
  writeTable('golf_clb', 'mbr', ['mbr_no', 'nm', 'cat', 'sx', 'hcp', 'jn_dt', 'lft_dt'], mbrs);
  writeTable('golf_clb', 'comp', ['comp_no', 'comp_nm', 'cdt', 'fmt', 'qlf', 'fee'], comps);
  writeTable('golf_clb', 'ent', ['ent_no', 'comp_no', 'mbr_no', 'grs', 'pts'], ents);
  writeTable('golf_clb', 'bkg', ['bkg_no', 'mbr_no', 'tdt', 'ttm', 'hls', 'gst', 'bgy'], bkgs);
  writeTable('golf_clb', 'sub', ['sub_no', 'mbr_no', 'yr', 'amt', 'pd_dt'], subs);
}

auctionRooms();
golfClub();

// Writes databases/{clock_repair,dryclean_dw,mushroom_farm}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-aa/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alun', 'Bethan', 'Cerys', 'Dafydd', 'Eleri', 'Gareth', 'Huw', 'Ifan', 'Lowri', 'Meinir', 'Nia', 'Owain', 'Rhys', 'Sian', 'Tomos', 'Wyn', 'Angharad', 'Bryn', 'Carys', 'Emyr', 'Ffion', 'Gwen', 'Iolo', 'Mared'];
const LAST = ['Bevan', 'Davies', 'Evans', 'Griffiths', 'Howells', 'Jenkins', 'Llewellyn', 'Morgan', 'Powell', 'Price', 'Pritchard', 'Rees', 'Roberts', 'Thomas', 'Vaughan', 'Watkins', 'Lloyd', 'Parry', 'Bowen', 'Owen', 'Probert', 'Meredith'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const END = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A clock and watch repair workshop: its horologists, customers, the timepieces brought in, repair jobs and parts fitted. */
function clockRepair() {
  const { random, pick, between } = seeded(20261401);
  const nextName = namer(pick, FIRST, LAST);
  const grades = ['master', 'senior', 'senior', 'junior', 'junior', 'apprentice'];
  const horologists = grades.map((grade, n) => {
    const [first, last] = nextName();
    return { horologist_id: 1 + n, full_name: `${first} ${last}`, grade, joined_on: day(addDays(iso('1994-04-01'), n * 1400 + between(0, 300))), bench_number: 1 + n, bhi_member: n < 3 || random() < 0.3 };
  });
  const towns = ['Cardiff', 'Cardiff', 'Penarth', 'Barry', 'Caerphilly', 'Pontypridd', 'Cowbridge', 'Newport'];
  const customers = [];
  for (let n = 0; n < 150; n += 1) {
    const [first, last] = nextName();
    customers.push({ customer_id: 201 + n, customer_name: `${first} ${last}`, town: pick(towns), trade_customer: random() < 0.1, first_visit: day(addDays(iso('2012-03-01'), between(0, 5300))) });
  }
  const kinds = [['longcase clock', ['Thwaites', 'John Smith of Derby', 'Gillett & Johnston', 'unknown']], ['mantel clock', ['Smiths', 'Junghans', 'Seth Thomas', 'Hermle']], ['wall clock', ['Vienna regulator', 'Junghans', 'Smiths', 'Hermle']], ['carriage clock', ['Matthew Norman', 'Jaeger-LeCoultre', 'Charles Frodsham']], ['pocket watch', ['Waltham', 'Elgin', 'Omega', 'Smiths']], ['wristwatch', ['Rolex', 'Omega', 'Seiko', 'Tissot', 'Longines', 'Timex']]];
  const timepieces = [];
  for (let n = 0; n < 220; n += 1) {
    const [kind, makers] = pick(kinds);
    const wrist = kind === 'wristwatch';
    const movement = wrist ? pick(['mechanical', 'automatic', 'automatic', 'quartz']) : kind === 'wall clock' || kind === 'mantel clock' ? pick(['mechanical', 'mechanical', 'quartz']) : 'mechanical';
    const made = kind === 'longcase clock' ? between(1740, 1890) : wrist ? between(1948, 2022) : between(1860, 1985);
    timepieces.push({ timepiece_id: 1001 + n, customer_id: pick(customers).customer_id, kind, maker: pick(makers), movement, made_year: random() < 0.15 ? null : made });
  }
  const works = { 'full service': [6, 14], mainspring: [3, 6], cleaning: [2, 5], 'new glass': [1, 1], battery: [0.25, 0.25], regulation: [1, 2], 'case repair': [2, 5], 'dial restoration': [4, 10] };
  const jobs = [];
  for (let n = 0; n < 380; n += 1) {
    const t = pick(timepieces);
    const work = t.movement === 'quartz' ? pick(['battery', 'battery', 'new glass', 'case repair', 'full service']) : pick(['full service', 'full service', 'mainspring', 'cleaning', 'new glass', 'regulation', 'case repair', 'dial restoration']);
    const [low, high] = works[work];
    const hours = Math.round((low + random() * (high - low)) * 4) / 4;
    const booked = addDays(START, between(0, DAYS - 1));
    const done = addDays(booked, between(2, work === 'full service' || work === 'dial restoration' ? 60 : 21));
    const guarantee = random() < 0.07;
    const estimate = Math.round((hours * 48 + (work === 'mainspring' ? 35 : work === 'new glass' ? 25 : 0) + 10) / 5) * 5;
    const by = t.kind === 'longcase clock' ? pick(horologists.slice(0, 3)) : pick(horologists.slice(work === 'battery' ? 3 : 0));
    jobs.push({ job_id: 0, timepiece_id: t.timepiece_id, horologist_id: by.horologist_id, booked_in: day(booked), completed_on: done > END ? null : day(done), work_type: work, estimate_gbp: money(estimate), charged_gbp: done > END ? null : money(guarantee ? 0 : estimate + between(-2, 6) * 5), hours_spent: hours, under_guarantee: guarantee, home_visit: t.kind === 'longcase clock' && random() < 0.5 });
  }
  jobs.sort((a, b) => cmp(a.booked_in, b.booked_in) || a.timepiece_id - b.timepiece_id);
  jobs.forEach((j, index) => { j.job_id = 5001 + index; });
  const partsFor = { 'full service': ['mainspring', 'pivot bush', 'click spring', 'gasket set'], mainspring: ['mainspring'], 'new glass': ['mineral glass', 'sapphire crystal', 'bevelled glass'], battery: ['SR626SW cell', 'CR2032 cell'], 'case repair': ['crown', 'case screw', 'hinge pin'], cleaning: ['gasket set'], regulation: ['hairspring stud'], 'dial restoration': ['dial feet', 'lume paint'] };
  const prices = { mainspring: 32, 'pivot bush': 6, 'click spring': 9, 'gasket set': 8, 'mineral glass': 14, 'sapphire crystal': 65, 'bevelled glass': 40, 'SR626SW cell': 2.5, 'CR2032 cell': 1.8, crown: 22, 'case screw': 3, 'hinge pin': 5, 'hairspring stud': 12, 'dial feet': 7, 'lume paint': 18 };
  const parts = [];
  for (const j of jobs) {
    const list = partsFor[j.work_type];
    const count = j.work_type === 'full service' ? between(0, 3) : random() < 0.8 ? 1 : 0;
    for (let k = 0; k < count; k += 1) {
      const part = pick(list);
      const quantity = part === 'pivot bush' || part === 'case screw' ? between(1, 4) : 1;
      parts.push({ part_line_id: 0, job_id: j.job_id, part_name: part, quantity, part_cost_gbp: money(prices[part] * quantity) });
    }
  }
  parts.forEach((p, index) => { p.part_line_id = 90001 + index; });
  writeTable('clock_repair', 'horologists', ['horologist_id', 'full_name', 'grade', 'joined_on', 'bench_number', 'bhi_member'], horologists);
  writeTable('clock_repair', 'customers', ['customer_id', 'customer_name', 'town', 'trade_customer', 'first_visit'], customers);
  writeTable('clock_repair', 'timepieces', ['timepiece_id', 'customer_id', 'kind', 'maker', 'movement', 'made_year'], timepieces);
  writeTable('clock_repair', 'repair_jobs', ['job_id', 'timepiece_id', 'horologist_id', 'booked_in', 'completed_on', 'work_type', 'estimate_gbp', 'charged_gbp', 'hours_spent', 'under_guarantee', 'home_visit'], jobs);
  writeTable('clock_repair', 'parts_used', ['part_line_id', 'job_id', 'part_name', 'quantity', 'part_cost_gbp'], parts);
}

/** A dry-cleaning chain's warehouse: shops, item types, customer accounts, ticket lines and damage claims. */
function drycleanWarehouse() {
  const { random, pick, between } = seeded(20261402);
  const nextName = namer(pick, FIRST, LAST);
  const shopRows = [['Canton', 'Cardiff', '2009-05-11', 'Y'], ['Roath', 'Cardiff', '2011-09-01', 'Y'], ['Whitchurch', 'Cardiff', '2014-02-17', 'N'], ['Llandaff', 'Cardiff', '2016-06-06', 'N'], ['Penarth Marina', 'Penarth', '2018-03-12', 'Y'], ['Barry Island', 'Barry', '2020-10-05', 'N'], ['Cowbridge High St', 'Cowbridge', '2022-04-25', 'N']];
  const shops = shopRows.map(([shop_nm, twn_nm, opn_dt, plant_flg], index) => ({ shop_key: 11 + index, shop_nm, twn_nm, opn_dt, plant_flg: plant_flg === 'Y' }));
  const itemRows = [['SUIT2', 'Two-piece suit', 'DRY', 14.5], ['SUIT3', 'Three-piece suit', 'DRY', 18], ['JKT', 'Jacket', 'DRY', 8.5], ['TRS', 'Trousers', 'DRY', 6.5], ['SHRT', 'Shirt', 'WET', 2.75], ['DRS', 'Dress', 'DRY', 11], ['WDRS', 'Wedding dress', 'DRY', 95], ['COAT', 'Overcoat', 'DRY', 15], ['DUV', 'Duvet', 'WET', 22], ['CURT', 'Curtains per panel', 'DRY', 12], ['TIE', 'Tie', 'DRY', 4], ['KNIT', 'Knitwear', 'WET', 6], ['LTHR', 'Leather jacket', 'SPC', 45], ['TBLC', 'Tablecloth', 'WET', 7.5]];
  const items = itemRows.map(([itm_cd, itm_desc, proc_cd, base_px_gbp], index) => ({ itm_key: 31 + index, itm_cd, itm_desc, proc_cd, base_px_gbp: money(base_px_gbp) }));
  const custs = [];
  for (let n = 0; n < 130; n += 1) {
    const hotel = n < 6;
    const biz = !hotel && n < 12;
    const [first, last] = hotel || biz ? ['', ''] : nextName();
    custs.push({ cust_key: 4001 + n, cust_nm: hotel ? ['The Angel Hotel', 'Park Plaza Cardiff', 'Hotel Maes', 'Lydstep Guest House', 'The Townhouse Penarth', 'Bay Lodge'][n] : biz ? ['Roath Dental', 'Morgan & Rees Solicitors', 'Capitol Estates', 'Canton Cafe Co', 'Bevan Catering', 'Tafwys Theatre'][n - 6] : `${first} ${last}`, acct_typ_cd: hotel ? 'HTL' : biz ? 'BUS' : 'IND', home_shop_key: pick(shops).shop_key, join_dt: day(addDays(iso('2010-01-04'), between(0, 6000))), loy_flg: !hotel && !biz && random() < 0.35 });
  }
  const lines = [];
  let ticket = 700100;
  for (let n = 0; n < 300; n += 1) {
    const c = pick(custs);
    const shop = random() < 0.8 ? c.home_shop_key : pick(shops).shop_key;
    const inDate = addDays(START, between(0, DAYS - 1));
    if (inDate.getUTCDay() === 0) continue;
    const express = random() < 0.15;
    const due = addDays(inDate, express ? 1 : between(3, 7));
    const out = addDays(due, between(0, 9));
    ticket += between(1, 4);
    const nLines = c.acct_typ_cd === 'HTL' ? between(1, 3) : between(1, 2);
    for (let k = 0; k < nLines; k += 1) {
      const it = c.acct_typ_cd === 'HTL' ? pick(items.filter((x) => ['DUV', 'CURT', 'TBLC', 'SHRT'].includes(x.itm_cd))) : pick(items);
      const qty = it.itm_cd === 'SHRT' || it.itm_cd === 'TBLC' ? between(1, 12) : between(1, 2);
      const amt = Number(it.base_px_gbp) * qty * (express ? 1.5 : 1) * (c.loy_flg ? 0.9 : 1);
      lines.push({ tkt_ln_key: 0, tkt_no: ticket, shop_key: shop, cust_key: c.cust_key, itm_key: it.itm_key, in_dt: day(inDate), due_dt: day(due), out_dt: out > END ? null : day(out), qty, amt_gbp: money(amt), exp_flg: express, stn_flg: random() < 0.18 });
    }
  }
  lines.sort((a, b) => a.tkt_no - b.tkt_no || a.itm_key - b.itm_key);
  lines.forEach((l, index) => { l.tkt_ln_key = 100001 + index; });
  const claims = [];
  for (const l of lines) {
    if (random() > 0.06) continue;
    const typ = pick(['SHRK', 'SHRK', 'CLRN', 'TEAR', 'LOST', 'BTTN']);
    const claimed = addDays(iso(l.in_dt), between(5, 20));
    if (claimed > END) continue;
    claims.push({ clm_key: 0, tkt_ln_key: l.tkt_ln_key, clm_dt: day(claimed), clm_typ_cd: typ, paid_gbp: typ === 'BTTN' ? money(0) : money(between(10, 80) * (typ === 'LOST' ? 2 : 1)), upheld_flg: typ !== 'BTTN' && random() < 0.7 });
  }
  claims.forEach((c, index) => { c.clm_key = 61 + index; if (!c.upheld_flg) c.paid_gbp = money(0); });
  writeTable('dryclean_dw', 'd_shop', ['shop_key', 'shop_nm', 'twn_nm', 'opn_dt', 'plant_flg'], shops);
  writeTable('dryclean_dw', 'd_itm', ['itm_key', 'itm_cd', 'itm_desc', 'proc_cd', 'base_px_gbp'], items);
  writeTable('dryclean_dw', 'd_cust', ['cust_key', 'cust_nm', 'acct_typ_cd', 'home_shop_key', 'join_dt', 'loy_flg'], custs);
  writeTable('dryclean_dw', 'f_tkt_ln', ['tkt_ln_key', 'tkt_no', 'shop_key', 'cust_key', 'itm_key', 'in_dt', 'due_dt', 'out_dt', 'qty', 'amt_gbp', 'exp_flg', 'stn_flg'], lines);
  writeTable('dryclean_dw', 'f_clm', ['clm_key', 'tkt_ln_key', 'clm_dt', 'clm_typ_cd', 'paid_gbp', 'upheld_flg'], claims);
}

/** A mushroom farm's old Access-era system, columns named with Hungarian type prefixes: rooms, strains, batches, harvests, buyers, sales. */
function mushroomFarm() {
  const { random, pick, between } = seeded(20261403);
  const roomRows = [['Tunnel A', 42.5, 6, true], ['Tunnel B', 42.5, 6, true], ['Old Dairy', 30, 4, false], ['Cellar', 18, 3, false], ['Container 1', 28, 5, true], ['Container 2', 28, 5, true]];
  const rooms = roomRows.map(([strRoomName, dblAreaM2, intShelves, blnClimateCtl], index) => ({ lngRoomID: 1 + index, strRoomName, dblAreaM2, intShelves, blnClimateCtl }));
  const strainRows = [['Blue Oyster', 'oyster', 14, 9.5], ['Pink Oyster', 'oyster', 12, 11], ['King Oyster', 'oyster', 21, 12.5], ['Shiitake 3782', 'shiitake', 60, 10], ['Lion\'s Mane', 'lion\'s mane', 24, 14], ['Chestnut', 'chestnut', 28, 13], ['Pioppino', 'pioppino', 30, 13]];
  const strains = strainRows.map(([strStrainName, strSpecies, intDaysToFruit, curSpawnCostKg], index) => ({ lngStrainID: 11 + index, strStrainName, strSpecies, intDaysToFruit, curSpawnCostKg: money(curSpawnCostKg) }));
  const batches = [];
  for (let n = 0; n < 160; n += 1) {
    const room = pick(rooms);
    const strain = pick(strains);
    const substrate = strain.strSpecies === 'oyster' ? pick(['straw', 'straw', 'coffee grounds']) : pick(['hardwood sawdust', 'hardwood sawdust', 'soy hull mix']);
    batches.push({ lngBatchID: 0, lngRoomID: room.lngRoomID, lngStrainID: strain.lngStrainID, dtmInoculated: day(addDays(START, between(-40, DAYS - 30))), strSubstrate: substrate, dblSubstrateKg: between(40, 160) / 2, blnOrganic: substrate !== 'coffee grounds' && random() < 0.6 });
  }
  batches.sort((a, b) => cmp(a.dtmInoculated, b.dtmInoculated) || a.lngRoomID - b.lngRoomID);
  batches.forEach((b, index) => { b.lngBatchID = 301 + index; });
  const harvests = [];
  for (const b of batches) {
    const strain = strains.find((s) => s.lngStrainID === b.lngStrainID);
    const flushes = between(1, 3);
    for (let f = 1; f <= flushes; f += 1) {
      const picked = addDays(iso(b.dtmInoculated), strain.intDaysToFruit + (f - 1) * between(9, 14));
      if (picked > END || picked < START) continue;
      const yieldKg = Math.round(b.dblSubstrateKg * (f === 1 ? 0.22 : f === 2 ? 0.14 : 0.07) * (0.7 + random() * 0.6) * 10) / 10;
      harvests.push({ lngHarvestID: 0, lngBatchID: b.lngBatchID, dtmPicked: day(picked), intFlush: f, dblYieldKg: yieldKg, strGrade: pick(['A', 'A', 'A', 'B']), strPickedBy: pick(['Nia', 'Owain', 'Gwen', 'Bryn']) });
    }
  }
  harvests.sort((a, b) => cmp(a.dtmPicked, b.dtmPicked) || a.lngBatchID - b.lngBatchID);
  harvests.forEach((h, index) => { h.lngHarvestID = 2001 + index; });
  const buyerRows = [['The Potting Shed', 'restaurant', 'Cardiff'], ['Chapel Kitchen', 'restaurant', 'Cowbridge'], ['Riverside Market stall', 'market', 'Cardiff'], ['Roath Farmers Market', 'market', 'Cardiff'], ['Vale Veg Box', 'box scheme', 'Barry'], ['Castell Wholesale', 'wholesaler', 'Newport'], ['Penylan Deli', 'shop', 'Cardiff'], ['Bistro Ty Coch', 'restaurant', 'Penarth'], ['Green Valley Grocers', 'shop', 'Pontypridd'], ['Severn Foods', 'wholesaler', 'Bristol']];
  const buyers = buyerRows.map(([strBuyerName, strBuyerType, strTown], index) => ({ lngBuyerID: 51 + index, strBuyerName, strBuyerType, strTown, blnOnAccount: strBuyerType === 'wholesaler' || strBuyerType === 'restaurant' }));
  const basePrice = { oyster: 12, shiitake: 16, 'lion\'s mane': 24, chestnut: 14, pioppino: 18 };
  const sales = [];
  for (let n = 0; n < 320; n += 1) {
    const buyer = pick(buyers);
    const strain = pick(strains);
    const wholesale = buyer.strBuyerType === 'wholesaler';
    const kg = wholesale ? between(10, 40) : between(2, 16) / 2;
    const price = basePrice[strain.strSpecies] * (wholesale ? 0.7 : buyer.strBuyerType === 'restaurant' ? 0.9 : 1) + between(-1, 1);
    sales.push({ lngSaleID: 0, lngBuyerID: buyer.lngBuyerID, lngStrainID: strain.lngStrainID, dtmSold: day(addDays(START, between(0, DAYS - 1))), dblKg: kg, curPricePerKg: money(price), blnDelivered: !['market'].includes(buyer.strBuyerType) && random() < 0.85 });
  }
  sales.sort((a, b) => cmp(a.dtmSold, b.dtmSold) || a.lngBuyerID - b.lngBuyerID);
  sales.forEach((s, index) => { s.lngSaleID = 8001 + index; });
  writeTable('mushroom_farm', 'rooms', ['lngRoomID', 'strRoomName', 'dblAreaM2', 'intShelves', 'blnClimateCtl'], rooms);
  writeTable('mushroom_farm', 'strains', ['lngStrainID', 'strStrainName', 'strSpecies', 'intDaysToFruit', 'curSpawnCostKg'], strains);
  writeTable('mushroom_farm', 'batches', ['lngBatchID', 'lngRoomID', 'lngStrainID', 'dtmInoculated', 'strSubstrate', 'dblSubstrateKg', 'blnOrganic'], batches);
  writeTable('mushroom_farm', 'harvests', ['lngHarvestID', 'lngBatchID', 'dtmPicked', 'intFlush', 'dblYieldKg', 'strGrade', 'strPickedBy'], harvests);
  writeTable('mushroom_farm', 'buyers', ['lngBuyerID', 'strBuyerName', 'strBuyerType', 'strTown', 'blnOnAccount'], buyers);
  writeTable('mushroom_farm', 'sales', ['lngSaleID', 'lngBuyerID', 'lngStrainID', 'dtmSold', 'dblKg', 'curPricePerKg', 'blnDelivered'], sales);
}

clockRepair();
drycleanWarehouse();
mushroomFarm();

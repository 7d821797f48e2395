// Writes databases/{sheep_shearing,cider_mill}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-s/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A contract sheep-shearing gang working hill and lowland farms: farms, shearers, shearing visits, each shearer's tally and the fleece lots sold to wool buyers, 2024-2026. */
function sheepShearing() {
  const { random, pick, between } = seeded(19910614);
  const farmWords = ['Low', 'High', 'Nether', 'Upper', 'Moor', 'Fell', 'Beck', 'Hill', 'Brook', 'Cwm', 'Pant', 'Ty', 'Heath', 'Dale', 'Crag'];
  const farmEnds = ['Farm', 'Side', 'Hall', 'Gate', 'House', 'Top', 'End', 'Head', 'Bank', 'Isaf', 'Uchaf'];
  const places = [['Cumbria', 'England'], ['Cumbria', 'England'], ['Northumberland', 'England'], ['North Yorkshire', 'England'], ['Shropshire', 'England'], ['Powys', 'Wales'], ['Powys', 'Wales'], ['Ceredigion', 'Wales'], ['Gwynedd', 'Wales'], ['Dumfries and Galloway', 'Scotland'], ['Scottish Borders', 'Scotland']];
  const usedFarm = new Set();
  const farms = [];
  for (let i = 0; i < 64; i += 1) {
    let name;
    do name = `${pick(farmWords)} ${pick(['Ash', 'Birk', 'Thorn', 'Oak', 'Rigg', 'Gill', 'Mawr', 'Fach', 'Holme', 'Green', 'Stone'])} ${pick(farmEnds)}`; while (usedFarm.has(name));
    usedFarm.add(name);
    const [county, country] = pick(places);
    const hill = random() < 0.55;
    farms.push({ farm_id: 101 + i, farm_name: name, county, country, flock_size: hill ? between(300, 2400) : between(80, 900), hill_farm: hill, organic: random() < 0.16, customer_since: day(addDays(new Date(Date.UTC(2008, 2, 1)), between(0, 5600))) });
  }
  farms[7].customer_since = '2026-10-12';
  farms[40].customer_since = '2026-11-03';

  const shearerList = [
    ['Gareth Pugh', 'Wales', 'gold', 210, '2009-04-20', null], ['Owain Jenkins', 'Wales', 'silver', 190, '2014-05-01', null], ['Tom Dixon', 'England', 'gold', 210, '2011-05-09', null],
    ['Matt Ridley', 'England', 'bronze', 170, '2019-05-13', null], ['Hemi Walker', 'New Zealand', 'gold', 230, '2016-05-02', '2025-09-30'], ['Jared Tuhoe', 'New Zealand', 'silver', 205, '2022-05-03', null],
    ['Callum Reid', 'Scotland', 'silver', 190, '2013-05-06', null], ['Ieuan Morgan', 'Wales', 'blue', 150, '2024-05-06', null], ['Sam Nicholson', 'England', 'blue', 145, '2023-05-08', '2024-08-30'],
    ['Liam Hughes', 'Wales', 'bronze', 165, '2020-05-04', null], ['Ana Brighouse', 'England', 'bronze', 170, '2021-05-10', null], ['Rawiri Ngata', 'New Zealand', 'gold', 230, '2025-05-05', null],
  ];
  const shearers = shearerList.map(([full_name, home_country, seal, rate, started_on, left_on], index) => ({ shearer_id: 1 + index, full_name, home_country, seal, day_rate: money(rate), started_on, left_on }));
  const working = (today) => shearers.filter((s) => s.started_on <= today && !(s.left_on && s.left_on < today));

  const buyerList = [['British Wool', 'wool board', 'United Kingdom'], ['Dales Spinners', 'spinner', 'United Kingdom'], ['Cambrian Mills', 'spinner', 'United Kingdom'], ['Fleece and Felt Co', 'craft supplier', 'United Kingdom'],
    ['Laine du Nord', 'merchant', 'France'], ['Wollhandel Brandt', 'merchant', 'Germany'], ['Bradford Combers', 'merchant', 'United Kingdom'], ['Donegal Yarns', 'spinner', 'Ireland']];
  const buyers = buyerList.map(([buyer_name, buyer_type, country], index) => ({ buyer_id: 1 + index, buyer_name, buyer_type, country }));

  const visits = [];
  const tallies = [];
  const lots = [];
  const regular = farms.filter((f, index) => index !== 7 && index !== 40);
  for (const year of [2024, 2025, 2026]) {
    for (const farm of regular) {
      if (random() < 0.12) continue; // a year they shore themselves
      const start = new Date(Date.UTC(year, farm.hill_farm ? 5 : 4, 1));
      let remaining = Math.round(farm.flock_size * (0.85 + random() * 0.2));
      let d = addDays(start, between(0, 55));
      while (remaining > 0) {
        const today = day(d);
        const crew = working(today);
        const size = Math.min(crew.length, between(2, 4));
        const team = [];
        while (team.length < size) { const s = pick(crew); if (!team.includes(s)) team.push(s); }
        const rained = random() < 0.07;
        const method = farm.organic && random() < 0.35 ? 'B' : random() < 0.04 ? 'B' : 'M';
        const perShearer = team.map((s) => (rained ? between(10, 60) : between(120, 260)) * (s.seal === 'blue' ? 0.6 : 1) * (method === 'B' ? 0.3 : 1));
        let shorn = Math.min(remaining, Math.round(perShearer.reduce((a, b) => a + b, 0)));
        if (shorn < 1) shorn = Math.min(remaining, 1);
        const price = (farm.hill_farm ? 1.9 : 1.6) + (method === 'B' ? 2.5 : 0) + (year - 2024) * 0.1;
        const paid = random() < 0.9 ? day(addDays(d, between(7, 60))) : null;
        const visit = { visit_id: 0, farm_id: farm.farm_id, visit_date: today, lead_shearer_id: team[0].shearer_id, sheep_shorn: shorn, method, rained_off: rained, price_per_head: money(price), invoice_amount: money(shorn * price), paid_on: paid && paid <= LAST ? paid : null, _team: team, _farm: farm };
        visits.push(visit);
        remaining -= shorn;
        d = addDays(d, rained ? between(1, 3) : between(1, 6));
      }
    }
  }
  visits.sort((a, b) => cmp(a.visit_date, b.visit_date) || a.farm_id - b.farm_id);
  visits.forEach((v, index) => { v.visit_id = 5001 + index; });
  for (const v of visits) {
    let left = v.sheep_shorn;
    v._team.forEach((s, k) => {
      const n = k === v._team.length - 1 ? left : Math.min(left, Math.round(v.sheep_shorn / v._team.length * (0.8 + random() * 0.4)));
      left -= n;
      if (n > 0) tallies.push({ tally_id: 0, visit_id: v.visit_id, shearer_id: s.shearer_id, sheep_count: n });
    });
    if (v.sheep_shorn >= 40) {
      const grade = v._farm.hill_farm ? pick(['mountain', 'mountain', 'coarse']) : pick(['fine', 'medium', 'medium', 'coarse']);
      const kg = Math.round(v.sheep_shorn * (v._farm.hill_farm ? 1.6 : 2.4) * (0.9 + random() * 0.2));
      const sold = addDays(new Date(`${v.visit_date}T00:00:00Z`), between(30, 200));
      const unsold = day(sold) > LAST || random() < 0.05;
      const buyer = unsold ? null : random() < 0.55 ? buyers[0] : pick(buyers.slice(1, 7)); // Donegal Yarns, new this autumn, has bought nothing yet
      const base = { fine: 1.4, medium: 0.9, coarse: 0.5, mountain: 0.35 }[grade] * (buyer && buyer.buyer_type === 'craft supplier' ? 2 : 1);
      lots.push({ lot_id: 0, visit_id: v.visit_id, wool_grade: grade, bales: Math.max(1, Math.round(kg / 180)), weight_kg: kg, buyer_id: buyer ? buyer.buyer_id : null, sold_on: buyer ? day(sold) : null, price_per_kg: buyer ? money(base * (0.85 + random() * 0.3)) : null });
    }
  }
  tallies.forEach((t, index) => { t.tally_id = 1 + index; });
  lots.forEach((l, index) => { l.lot_id = 1 + index; });
  writeTable('sheep_shearing', 'farms', ['farm_id', 'farm_name', 'county', 'country', 'flock_size', 'hill_farm', 'organic', 'customer_since'], farms);
  writeTable('sheep_shearing', 'shearers', ['shearer_id', 'full_name', 'home_country', 'seal', 'day_rate', 'started_on', 'left_on'], shearers);
  writeTable('sheep_shearing', 'buyers', ['buyer_id', 'buyer_name', 'buyer_type', 'country'], buyers);
  writeTable('sheep_shearing', 'visits', ['visit_id', 'farm_id', 'visit_date', 'lead_shearer_id', 'sheep_shorn', 'method', 'rained_off', 'price_per_head', 'invoice_amount', 'paid_on'], visits);
  writeTable('sheep_shearing', 'tallies', ['tally_id', 'visit_id', 'shearer_id', 'sheep_count'], tallies);
  writeTable('sheep_shearing', 'fleece_lots', ['lot_id', 'visit_id', 'wool_grade', 'bales', 'weight_kg', 'buyer_id', 'sold_on', 'price_per_kg'], lots);
}

/** A farm cider mill: orchard growers, apple varieties, deliveries of apples, pressed batches, trade customers and sales, pressings 2023-2026. */
function ciderMill() {
  const { random, pick, between } = seeded(20031017);
  const nextName = namer(pick,
    ['Alan', 'Bridget', 'Colin', 'Dora', 'Edwin', 'Fiona', 'Geoff', 'Hazel', 'Ivor', 'Janet', 'Ken', 'Lorna', 'Mervyn', 'Nora', 'Percy', 'Rosalind', 'Stan', 'Tessa'],
    ['Bevan', 'Coombes', 'Dampier', 'Fry', 'Gulliford', 'Hembrow', 'Keedwell', 'Loxton', 'Musgrove', 'Norris', 'Perrett', 'Rugg', 'Sparkes', 'Tucker', 'Vowles', 'Yeandle']);
  const villages = ['Martock', 'Kingsbury Episcopi', 'Burrow Bridge', 'Wedmore', 'Baltonsborough', 'Long Sutton', 'Stogursey', 'Much Marcle', 'Dymock'];
  const growers = [];
  for (let i = 0; i < 38; i += 1) {
    const [first, last] = nextName();
    growers.push({ grw_no: 201 + i, grw_nm: `${first} ${last}`, vlg: pick(villages), acr: (between(8, 160) / 4).toFixed(1), org: random() < 0.2, jn_dt: day(addDays(new Date(Date.UTC(1998, 0, 1)), between(0, 9000))) });
  }
  const varietyList = [['DAB', 'Dabinett', 'B'], ['YAR', 'Yarlington Mill', 'B'], ['HAR', 'Harry Masters Jersey', 'B'], ['CHS', 'Chisel Jersey', 'B'], ['MIC', 'Michelin', 'B'],
    ['KBK', 'Kingston Black', 'X'], ['STB', 'Stoke Red', 'X'], ['BRN', 'Browns Apple', 'S'], ['FRS', 'Frederick', 'S'], ['BRM', 'Bramley', 'S'],
    ['SWC', 'Sweet Coppin', 'W'], ['ASH', 'Ashton Brown Jersey', 'B'], ['TRM', 'Tremletts Bitter', 'B'], ['NRM', 'Northwood', 'W']];
  const vrt = varietyList.map(([vrt_cd, vrt_nm, cls]) => ({ vrt_cd, vrt_nm, cls }));
  const grown = new Map(growers.map((g) => [g.grw_no, [pick(vrt), pick(vrt), pick(vrt)]]));
  const dlv = [];
  const btch = [];
  for (const year of [2023, 2024, 2025, 2026]) {
    const pending = [];
    for (let d = new Date(Date.UTC(year, 8, 8)); d <= new Date(Date.UTC(year, 10, 28)); d = addDays(d, 1)) {
      if (d > END) break;
      if (d.getUTCDay() === 0) continue;
      const today = day(d);
      const n = random() < 0.7 ? between(1, 3) : 0;
      for (let k = 0; k < n; k += 1) {
        const g = growers[Math.floor(Math.pow(random(), 1.3) * growers.length)];
        if (g.grw_no === 207 || g.grw_no === 230 || (g.grw_no === 219 && year === 2026)) continue;
        const v = pick(grown.get(g.grw_no));
        const rej = random() < 0.04;
        const kg = between(4, 60) * 50;
        const row = { dlv_no: 0, grw_no: g.grw_no, vrt_cd: v.vrt_cd, dlv_dt: today, kg, prc: money((v.cls === 'X' ? 190 : v.cls === 'B' ? 150 : 120) + (g.org ? 40 : 0) + (year - 2023) * 8), rej, btch_no: null };
        dlv.push(row);
        if (!rej) pending.push(row);
      }
      const pressDay = d.getUTCDay() === 5 || (d.getUTCDate() === 28 && d.getUTCMonth() === 10);
      if (pressDay && pending.length) {
        const kg = pending.reduce((a, r) => a + r.kg, 0);
        const ageDays = Math.round((END - d) / 86_400_000);
        const sty = pick(['D', 'D', 'M', 'M', 'S']);
        const dumped = random() < 0.05;
        const stt = dumped ? 'X' : ageDays < 150 ? 'F' : 'R';
        const b = { btch_no: 0, prs_dt: today, ltr: Math.round(kg * 0.62), abv: (5.2 + random() * 2.4).toFixed(1), sty, stt, rdy_dt: stt === 'R' ? day(addDays(d, between(120, 170))) : null, _rows: pending.splice(0) };
        btch.push(b);
      }
    }
  }
  btch.forEach((b, index) => { b.btch_no = 1 + index; for (const r of b._rows) r.btch_no = b.btch_no; });
  dlv.forEach((r, index) => { r.dlv_no = 10001 + index; });
  const custList = [['The Rose and Crown', 'P', 'Taunton'], ['The Halfway House', 'P', 'Pitney'], ['The Royal Oak', 'P', 'Wells'], ['The Bell', 'P', 'Glastonbury'], ['The Ring o Bells', 'P', 'Compton Dundon'],
    ['The Swan', 'P', 'Wedmore'], ['The Lamb Inn', 'P', 'Frome'], ['Red Lion', 'P', 'Langport'], ['Kings Arms', 'P', 'Montacute'], ['The Queens Head', 'P', 'Milborne Port'],
    ['Levels Farm Shop', 'S', 'Langport'], ['Cheddar Gorge Stores', 'S', 'Cheddar'], ['Mendip Deli', 'S', 'Wells'], ['Quantock Larder', 'S', 'Nether Stowey'], ['Brue Valley Farm Shop', 'S', 'Bruton'],
    ['Somerset Cider Festival', 'F', 'Shepton Mallet'], ['Harvest Home Fair', 'F', 'Ilminster'], ['Bath Food Fair', 'F', 'Bath'],
    ['West Country Drinks', 'W', 'Bristol'], ['Severn Beverage Supply', 'W', 'Gloucester'], ['Cotswold Cellars', 'W', 'Cirencester'], ['The Tithe Barn', 'P', 'Ilchester'], ['Avalon Bottle Shop', 'S', 'Glastonbury']];
  const cst = custList.map(([cst_nm, typ, twn], index) => ({ cst_no: 61 + index, cst_nm, typ, twn }));
  const sl = [];
  const ready = btch.filter((b) => b.stt === 'R');
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const stock = ready.filter((b) => b.rdy_dt <= today && b.rdy_dt > day(addDays(d, -420)));
    if (!stock.length || d.getUTCDay() === 0) continue;
    const n = random() < 0.55 ? between(1, 3) : 0;
    for (let k = 0; k < n; k += 1) {
      const c = cst[Math.floor(Math.pow(random(), 1.2) * cst.length)];
      if (c.cst_no === 82 || c.cst_no === 83) continue; // the last two have not ordered yet
      const festMonth = d.getUTCMonth() >= 5 && d.getUTCMonth() <= 8;
      if (c.typ === 'F' && !festMonth) continue;
      const b = pick(stock);
      const pck = c.typ === 'P' ? pick(['K', 'K', 'K', 'G']) : c.typ === 'S' ? pick(['B', 'B', 'G']) : c.typ === 'F' ? pick(['K', 'G']) : pick(['B', 'K', 'G']);
      const ltr = c.typ === 'W' ? between(4, 20) * 50 : pck === 'K' ? 50 * between(1, 3) : pck === 'G' ? 20 * between(1, 4) : 9 * between(2, 12);
      const perL = (pck === 'B' ? 4.2 : pck === 'G' ? 3.1 : 2.6) * (c.typ === 'W' ? 0.8 : 1) * (b.sty === 'D' ? 1 : 0.95);
      sl.push({ sl_no: 0, cst_no: c.cst_no, btch_no: b.btch_no, sl_dt: today, pck, ltr, amt: money(ltr * perL) });
    }
  }
  sl.forEach((s, index) => { s.sl_no = 70001 + index; });
  writeTable('cider_mill', 'grw', ['grw_no', 'grw_nm', 'vlg', 'acr', 'org', 'jn_dt'], growers);
  writeTable('cider_mill', 'vrt', ['vrt_cd', 'vrt_nm', 'cls'], vrt);
  writeTable('cider_mill', 'btch', ['btch_no', 'prs_dt', 'ltr', 'abv', 'sty', 'stt', 'rdy_dt'], btch);
  writeTable('cider_mill', 'dlv', ['dlv_no', 'grw_no', 'vrt_cd', 'dlv_dt', 'kg', 'prc', 'rej', 'btch_no'], dlv);
  writeTable('cider_mill', 'cst', ['cst_no', 'cst_nm', 'typ', 'twn'], cst);
  writeTable('cider_mill', 'sl', ['sl_no', 'cst_no', 'btch_no', 'sl_dt', 'pck', 'ltr', 'amt'], sl);
}

sheepShearing();
ciderMill();

// Writes databases/{print_shop,vineyard}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-g/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));

/** A Cumbrian print shop: customers, products, presses, orders, order lines and press runs, 2024-2026. */
function printShop() {
  const { random, pick, between } = seeded(20240108);
  const towns = ['Kendal', 'Kendal', 'Kendal', 'Windermere', 'Ambleside', 'Keswick', 'Penrith', 'Ulverston', 'Sedbergh', 'Kirkby Lonsdale'];
  const firstWord = ['Lakeland', 'Fellside', 'Kent Valley', 'Helvellyn', 'Brockhole', 'Mintsfeet', 'Castle Street', 'Beck', 'Old Mill', 'Howgill', 'Stricklandgate', 'Coniston', 'Riverside', 'Birkett', 'Greenside', 'Thornbank', 'Oakfield', 'Low Wood', 'Wainwright', 'Shap'];
  const secondWord = {
    BUS: ['Outdoor Ltd', 'Joinery', 'Estate Agents', 'Tearooms', 'Bakery', 'Garage', 'Dental Practice', 'Solicitors', 'Guest House', 'Brewing Co', 'Gallery', 'Butchers'],
    SCH: ['Primary School', 'Academy', 'C of E School', 'Nursery'],
    CHR: ['Mountain Rescue', 'Hospice Shop', 'Scouts', 'Community Trust', 'Rotary Club'],
  };
  const initials = ['A', 'B', 'C', 'D', 'E', 'G', 'H', 'J', 'K', 'L', 'M', 'P', 'R', 'S', 'T'];
  const surnames = ['Atkinson', 'Benson', 'Dixon', 'Fell', 'Hodgson', 'Nicholson', 'Postlethwaite', 'Rigg', 'Tyson', 'Wilson', 'Brownrigg', 'Crosthwaite', 'Airey', 'Gaskell', 'Harrison', 'Mounsey'];
  const customers = [];
  const usedNames = new Set();
  for (let i = 0; i < 230; i += 1) {
    const roll = random();
    const type = roll < 0.58 ? 'BUS' : roll < 0.7 ? 'SCH' : roll < 0.8 ? 'CHR' : 'PRV';
    let name;
    for (;;) {
      name = type === 'PRV' ? `${pick(initials)}. ${pick(surnames)}` : `${pick(firstWord)} ${pick(secondWord[type])}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    customers.push({ cust_no: 4001 + i, cust_name: name, cust_type: type, town: pick(towns), on_acct: type !== 'PRV' && random() < 0.55, created_on: day(addDays(new Date(Date.UTC(2016, 3, 1)), between(0, 3800))) });
  }
  // [code, description, category, list price per unit, unit]
  const productList = [
    ['BC-STD', 'Business cards 400gsm, 250', 'STN', 34, 'pack'], ['BC-LUX', 'Business cards soft-touch, 250', 'STN', 58, 'pack'], ['LH-A4', 'Letterheads A4 120gsm, 500', 'STN', 72, 'pack'],
    ['CS-DL', 'Compliment slips DL, 500', 'STN', 49, 'pack'], ['FLY-A5', 'Flyers A5 gloss, 1000', 'MKT', 65, 'pack'], ['FLY-A6', 'Flyers A6 gloss, 1000', 'MKT', 45, 'pack'],
    ['LFT-DL', 'Leaflets DL tri-fold, 1000', 'MKT', 110, 'pack'], ['PST-A3', 'Posters A3, 50', 'MKT', 55, 'pack'], ['MNU-A4', 'Menus A4 laminated, 25', 'MKT', 88, 'pack'],
    ['BKL-A5', 'Booklet A5 saddle-stitched, each', 'BK', 2.4, 'each'], ['BKL-A4', 'Booklet A4 perfect bound, each', 'BK', 6.5, 'each'], ['CAL-WL', 'Wall calendar A4, each', 'BK', 7.95, 'each'],
    ['BAN-PVC', 'PVC banner, per m2', 'LF', 18, 'm2'], ['RU-850', 'Roller banner 850mm', 'LF', 79, 'each'], ['SGN-FOAM', 'Foamex sign A1', 'LF', 42, 'each'],
    ['WED-INV', 'Wedding invitations, each', 'WED', 1.9, 'each'], ['WED-OOD', 'Order of the day, each', 'WED', 2.6, 'each'], ['NCR-A4', 'NCR pads A4 duplicate, 10', 'STN', 96, 'pack'],
  ];
  const products = productList.map(([prod_cd, prod_desc, cat_cd, list_price, unit]) => ({ prod_cd, prod_desc, cat_cd, list_price: money(list_price), unit, active: prod_cd !== 'NCR-A4' }));
  // [name, type, installed year, colours, retired on]
  const pressList = [
    ['Konica Minolta C4080', 'DIG', 2019, 4, null], ['HP Indigo 7K', 'DIG', 2021, 7, null], ['Xerox Versant 180', 'DIG', 2016, 4, '2025-06-30'],
    ['Heidelberg SM52-4', 'LITHO', 2012, 4, null], ['Roland TrueVIS VG3', 'WF', 2020, 8, null], ['Mimaki JV150', 'WF', 2015, 4, '2024-09-30'],
    ['Ricoh Pro C7500', 'DIG', 2025, 5, null],
  ];
  const presses = pressList.map(([press_nm, press_type, installed_yr, colours, retired_on], index) => ({ press_id: 11 + index, press_nm, press_type, installed_yr, colours, retired_on }));
  const operators = ['JT', 'MK', 'SB', 'AH', 'RW'];
  const orders = [];
  const lines = [];
  const runs = [];
  const weights = customers.map(() => random() * random() * random());
  const pickCustomer = () => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = random() * total;
    for (let i = 0; i < customers.length; i += 1) {
      r -= weights[i];
      if (r <= 0) return customers[i];
    }
    return customers[customers.length - 1];
  };
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0) continue;
    const busy = d.getUTCMonth() === 2 || d.getUTCMonth() === 10 ? 3 : 2;
    const n = dow === 6 ? between(0, 1) : between(0, busy);
    for (let k = 0; k < n; k += 1) {
      const c = pickCustomer();
      if (day(d) < c.created_on) continue;
      const rush = random() < 0.12;
      const due = addDays(d, rush ? between(1, 3) : between(4, 15));
      const age = (END - d) / 86_400_000;
      let status;
      if (age < 4) status = pick(['QT', 'PR', 'PR']);
      else if (age < 12) status = pick(['PR', 'RD', 'DSP', 'COL']);
      else status = random() < 0.05 ? 'CXL' : random() < 0.04 ? 'QT' : random() < 0.55 ? 'DSP' : 'COL';
      const order = { order_no: 0, cust_no: c.cust_no, ordered_on: day(d), due_on: day(due), status_cd: status, rush, src_cd: pick(['WEB', 'WEB', 'EML', 'EML', 'CTR']), d };
      orders.push(order);
    }
  }
  orders.forEach((o, index) => { o.order_no = 24001 + index; });
  const typeProducts = { SCH: ['BKL-A5', 'PST-A3', 'LH-A4', 'CAL-WL', 'FLY-A5', 'RU-850'], CHR: ['FLY-A5', 'FLY-A6', 'PST-A3', 'RU-850', 'BAN-PVC', 'CAL-WL', 'LFT-DL'], PRV: ['WED-INV', 'WED-OOD', 'WED-INV', 'BC-STD', 'PST-A3'] };
  let lineId = 1;
  let runId = 1;
  for (const o of orders) {
    const c = customers.find((x) => x.cust_no === o.cust_no);
    const nLines = pick([1, 1, 1, 2, 2, 3]);
    const chosen = new Set();
    for (let k = 0; k < nLines; k += 1) {
      const code = c.cust_type === 'BUS' ? pick(products).prod_cd : pick(typeProducts[c.cust_type]);
      if (chosen.has(code)) continue;
      chosen.add(code);
      const p = products.find((x) => x.prod_cd === code);
      if (!p.active && o.ordered_on > '2025-03-31') continue;
      const qty = p.unit === 'pack' ? pick([1, 1, 1, 2, 2, 3, 5]) : p.cat_cd === 'WED' ? between(40, 140) : p.unit === 'm2' ? between(2, 12) : p.cat_cd === 'BK' ? pick([50, 100, 100, 250, 500, 1000]) : between(1, 4);
      const price = Number(p.list_price) * qty * (o.rush ? 1.25 : 1) * (c.on_acct ? 0.95 : 1);
      const line = { line_id: lineId, order_no: o.order_no, prod_cd: code, qty, line_total: money(price), finish_cd: p.cat_cd === 'LF' ? null : pick(['GLS', 'MAT', 'MAT', 'UNC', 'STF']) };
      lineId += 1;
      lines.push(line);
      if (o.status_cd === 'QT' || o.status_cd === 'CXL') continue;
      if (o.status_cd === 'PR' && random() < 0.5) continue;
      const runDay = addDays(o.d, between(0, Math.max(0, (new Date(o.due_on) - o.d) / 86_400_000 - 1)));
      const when = runDay > END ? END : runDay;
      const live = presses.filter((x) => x.installed_yr <= when.getUTCFullYear() && !(x.retired_on && day(when) > x.retired_on));
      let candidates;
      if (p.cat_cd === 'LF') candidates = live.filter((x) => x.press_type === 'WF');
      else if ((p.cat_cd === 'BK' && qty >= 500) || (p.unit === 'pack' && qty >= 3 && p.cat_cd === 'MKT')) candidates = live.filter((x) => x.press_type === 'LITHO');
      else candidates = live.filter((x) => x.press_type === 'DIG');
      if (p.cat_cd === 'WED' && random() < 0.8) candidates = candidates.filter((x) => x.press_nm.startsWith('HP'));
      const press = pick(candidates);
      const sheets = p.unit === 'm2' ? qty : p.unit === 'pack' ? qty * between(60, 260) : Math.ceil(qty * (p.cat_cd === 'BK' ? between(4, 12) : 1) / (p.cat_cd === 'WED' ? 2 : 1));
      runs.push({ run_id: runId, order_no: o.order_no, line_id: line.line_id, press_id: press.press_id, run_on: day(when), sheets, waste_sheets: Math.round(sheets * (press.press_type === 'LITHO' ? 0.04 + random() * 0.05 : random() * 0.03)), operator: pick(operators) });
      runId += 1;
    }
  }
  for (const o of orders) delete o.d;
  runs.sort((a, b) => cmp(a.run_on, b.run_on) || a.run_id - b.run_id);
  runs.forEach((r, index) => { r.run_id = 70001 + index; });
  writeTable('print_shop', 'customers', ['cust_no', 'cust_name', 'cust_type', 'town', 'on_acct', 'created_on'], customers);
  writeTable('print_shop', 'products', ['prod_cd', 'prod_desc', 'cat_cd', 'list_price', 'unit', 'active'], products);
  writeTable('print_shop', 'presses', ['press_id', 'press_nm', 'press_type', 'installed_yr', 'colours', 'retired_on'], presses);
  writeTable('print_shop', 'orders', ['order_no', 'cust_no', 'ordered_on', 'due_on', 'status_cd', 'rush', 'src_cd'], orders);
  writeTable('print_shop', 'order_lines', ['line_id', 'order_no', 'prod_cd', 'qty', 'line_total', 'finish_cd'], lines);
  writeTable('print_shop', 'press_runs', ['run_id', 'order_no', 'line_id', 'press_id', 'run_on', 'sheets', 'waste_sheets', 'operator'], runs);
}

/** An English sparkling-wine estate in West Sussex: varieties, vineyard blocks, harvest picks, wine lots, trade accounts and sales, 2019-2026. */
function vineyard() {
  const { random, pick, between } = seeded(20190920);
  const varieties = [
    ['CH', 'Chardonnay', 'W'], ['PN', 'Pinot Noir', 'R'], ['PM', 'Pinot Meunier', 'R'], ['BAC', 'Bacchus', 'W'], ['ORT', 'Ortega', 'W'], ['PB', 'Pinot Blanc', 'W'], ['SEY', 'Seyval Blanc', 'W'],
  ].map(([var_cd, var_nm, colour]) => ({ var_cd, var_nm, colour }));
  // [code, name, variety, hectares, planted, soil, aspect]
  const blockList = [
    ['TH1', 'Top Hill', 'CH', 2.4, 2011, 'CHK', 'S'], ['TH2', 'Top Hill East', 'CH', 1.8, 2013, 'CHK', 'SE'], ['LA', 'Long Acre', 'PN', 3.1, 2011, 'CLY', 'S'],
    ['CP', 'Church Piece', 'PN', 1.6, 2014, 'CHK', 'SW'], ['BB', 'Bramble Bank', 'PM', 1.2, 2012, 'GSD', 'SW'], ['RK', 'Rookery', 'CH', 2.0, 2016, 'GSD', 'S'],
    ['OO', 'Old Orchard', 'BAC', 0.9, 2015, 'CLY', 'SE'], ['HG', 'Hanger', 'PN', 2.2, 2017, 'CHK', 'S'], ['DP', 'Dewpond', 'PM', 0.8, 2017, 'CHK', 'SW'],
    ['LB', 'Lower Brook', 'ORT', 0.6, 2013, 'CLY', 'E'], ['CK', 'Chalk Pit', 'CH', 1.4, 2019, 'CHK', 'S'], ['WM', 'Windmill', 'SEY', 0.7, 2010, 'GSD', 'SW'],
    ['FA', 'Five Acre', 'PN', 2.0, 2021, 'CLY', 'S'], ['KP', 'Keeper\'s', 'CH', 1.1, 2024, 'CHK', 'SE'],
  ];
  const blocks = blockList.map(([block_cd, block_nm, var_cd, area_ha, planted_yr, soil_cd, aspect]) => ({ block_cd, block_nm, var_cd, area_ha: area_ha.toFixed(2), planted_yr, soil_cd, aspect, grubbed: block_cd === 'WM' }));
  // tonnes per hectare by vintage: 2021 was a poor year, 2023 a record one
  const yieldBy = { 2019: 5.2, 2020: 6.8, 2021: 3.1, 2022: 7.4, 2023: 11.2, 2024: 4.2, 2025: 8.1, 2026: 6.3 };
  const picks = [];
  const lots = new Map();
  const lotFor = (vintage, style) => {
    const key = `${vintage}-${style}`;
    if (!lots.has(key)) lots.set(key, { lot_no: '', vintage, style_cd: style, litres: 0, status_cd: '', key });
    return lots.get(key);
  };
  for (let v = 2019; v <= 2026; v += 1) {
    for (const b of blocks) {
      if (b.planted_yr > v - 3) continue;
      if (b.grubbed && v > 2023) continue;
      const nPicks = Number(b.area_ha) > 1.5 ? between(2, 3) : between(1, 2);
      let tonnes = Number(b.area_ha) * yieldBy[v] * (0.8 + random() * 0.4);
      const sparkling = ['CH', 'PN', 'PM'].includes(b.var_cd);
      for (let k = 0; k < nPicks; k += 1) {
        const share = k === nPicks - 1 ? tonnes : tonnes * (0.35 + random() * 0.3);
        tonnes -= share;
        const when = addDays(new Date(Date.UTC(v, 8, 18)), between(0, 34) + (sparkling ? 0 : -6));
        let style;
        if (b.var_cd === 'CH') style = b.soil_cd === 'CHK' && random() < 0.6 ? 'BDB' : 'CLS';
        else if (b.var_cd === 'PN') style = random() < 0.3 ? 'ROS' : 'CLS';
        else if (b.var_cd === 'PM') style = 'CLS';
        else style = 'STW';
        const lot = lotFor(v, style);
        lot.litres += share * 640;
        picks.push({ pick_id: 0, block_cd: b.block_cd, pick_dt: day(when), tonnes: share.toFixed(2), brix: ((sparkling ? 16.5 : 18.5) + random() * 3 + (v === 2025 ? 1.2 : 0) - (v === 2021 ? 1.4 : 0)).toFixed(1), ta_gl: (8 + random() * 5 + (v === 2021 ? 2 : 0)).toFixed(1), crew: between(8, 26), lot });
      }
    }
  }
  picks.sort((a, b) => cmp(a.pick_dt, b.pick_dt) || cmp(a.block_cd, b.block_cd));
  picks.forEach((p, index) => { p.pick_id = 1 + index; });
  const lotList = [...lots.values()].sort((a, b) => a.vintage - b.vintage || cmp(a.style_cd, b.style_cd));
  const perVintage = {};
  for (const lot of lotList) {
    perVintage[lot.vintage] = (perVintage[lot.vintage] ?? 0) + 1;
    lot.lot_no = `L${String(lot.vintage).slice(2)}-${String(perVintage[lot.vintage]).padStart(2, '0')}`;
    lot.litres = Math.round(lot.litres);
    lot.bottles = lot.vintage === 2026 ? null : Math.floor(lot.litres * 0.97 / 0.75);
    const still = lot.style_cd === 'STW';
    lot.release_dt = still ? `${lot.vintage + 1}-04-01` : `${lot.vintage + (lot.style_cd === 'BDB' ? 5 : 4)}-04-15`;
    if (lot.vintage === 2026) lot.status_cd = 'TNK';
    else if (still) lot.status_cd = 'BTL';
    else lot.status_cd = lot.release_dt <= '2026-11-30' ? 'DSG' : 'TIR';
    lot.tank = `T${between(1, 9)}`;
  }
  for (const p of picks) {
    p.lot_no = p.lot.lot_no;
    delete p.lot;
  }
  // [name, type, county]
  const accountList = [
    ['The Fig Tree, Arundel', 'RST', 'West Sussex'], ['Gravetye Manor', 'HTL', 'West Sussex'], ['Petworth Wine Cellar', 'IND', 'West Sussex'], ['Ditchling Grocer', 'IND', 'East Sussex'],
    ['Brighton Wine Merchants', 'IND', 'East Sussex'], ['The Cat Inn', 'RST', 'West Sussex'], ['South Downs Distribution', 'DST', 'Hampshire'], ['Chichester Harbour Hotel', 'HTL', 'West Sussex'],
    ['Lewes Fine Wines', 'IND', 'East Sussex'], ['Borough Wines', 'IND', 'London'], ['Fenwick Food Hall', 'DEP', 'Kent'], ['The Pig at Bridge Place', 'HTL', 'Kent'],
    ['Noble Rot Soho', 'RST', 'London'], ['Vinothèque Nordic', 'DST', 'Denmark'], ['Tokyo Sparkling Imports', 'DST', 'Japan'], ['The Ginger Fox', 'RST', 'West Sussex'],
    ['Midhurst Deli', 'IND', 'West Sussex'], ['Seaside Rooms Hove', 'HTL', 'East Sussex'],
  ];
  const accounts = accountList.map(([acct_nm, acct_type, county], index) => ({ acct_id: 501 + index, acct_nm, acct_type, county, opened_dt: day(addDays(new Date(Date.UTC(2020, 2, 1)), between(0, 1900))) }));
  accounts[15].opened_dt = '2026-10-20';
  const sales = [];
  const basePrice = { CLS: 36, BDB: 48, ROS: 40, STW: 19 };
  for (let d = new Date(Date.UTC(2021, 0, 4)); d <= END; d = addDays(d, 1)) {
    const released = lotList.filter((l) => l.release_dt <= day(d) && l.bottles);
    if (released.length === 0) continue;
    const n = between(0, d.getUTCMonth() === 11 || d.getUTCMonth() === 10 ? 4 : 2);
    for (let k = 0; k < n; k += 1) {
      const lot = pick(released);
      const roll = random();
      const channel = roll < 0.35 ? 'CD' : roll < 0.5 ? 'ONL' : roll < 0.62 ? 'CLB' : 'TRD';
      let acct = null;
      if (channel === 'TRD') {
        const open = accounts.filter((a) => a.opened_dt <= day(d) && a.acct_id !== 504);
        if (open.length === 0) continue;
        acct = open[Math.floor(random() * random() * open.length)];
      }
      const bottles = channel === 'TRD' ? pick([12, 24, 36, 60, 120]) * (acct.acct_type === 'DST' ? 3 : 1) : channel === 'CLB' ? pick([3, 6, 6, 12]) : pick([1, 1, 2, 3, 6]);
      const price = basePrice[lot.style_cd] * (channel === 'TRD' ? 0.6 : channel === 'CLB' ? 0.85 : 1) * (1 + (d.getUTCFullYear() - 2021) * 0.04);
      sales.push({ sale_id: 0, sale_dt: day(d), lot_no: lot.lot_no, channel_cd: channel, acct_id: acct ? acct.acct_id : null, btl_qty: bottles, btl_price: money(price), total_gbp: money(Math.round(price * 100) * bottles / 100) });
    }
  }
  sales.forEach((s, index) => { s.sale_id = 90001 + index; });
  writeTable('vineyard', 'variety', ['var_cd', 'var_nm', 'colour'], varieties);
  writeTable('vineyard', 'block', ['block_cd', 'block_nm', 'var_cd', 'area_ha', 'planted_yr', 'soil_cd', 'aspect', 'grubbed'], blocks);
  writeTable('vineyard', 'wine_lot', ['lot_no', 'vintage', 'style_cd', 'litres', 'bottles', 'tank', 'status_cd', 'release_dt'], lotList);
  writeTable('vineyard', 'harvest_pick', ['pick_id', 'block_cd', 'pick_dt', 'tonnes', 'brix', 'ta_gl', 'crew', 'lot_no'], picks);
  writeTable('vineyard', 'trade_acct', ['acct_id', 'acct_nm', 'acct_type', 'county', 'opened_dt'], accounts);
  writeTable('vineyard', 'sale', ['sale_id', 'sale_dt', 'lot_no', 'channel_cd', 'acct_id', 'btl_qty', 'btl_price', 'total_gbp'], sales);
}

printShop();
vineyard();

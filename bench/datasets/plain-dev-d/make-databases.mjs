// Writes databases/{farm_coop,freight_carrier}/data/*.csv: two small invented databases in terse legacy naming, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-d/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Arlen', 'Bess', 'Cody', 'Delia', 'Emmett', 'Faye', 'Garrett', 'Hollis', 'Irma', 'Jed', 'Kay', 'Lyle', 'Mabel', 'Nolan', 'Opal', 'Pruitt', 'Roscoe', 'Sadie', 'Tate', 'Verna', 'Wade', 'Yvonne'];
const LAST = ['Ackley', 'Brandt', 'Culver', 'Dahl', 'Engstrom', 'Fenske', 'Grubb', 'Hadley', 'Iverson', 'Jorgens', 'Kessler', 'Lundquist', 'Mattis', 'Norby', 'Oakes', 'Pfeiffer', 'Rasmussen', 'Schaal', 'Thorsen', 'Unruh', 'Vogel', 'Wendt'];

/** A farm supply cooperative in Iowa, abbreviated snake_case with one code table: members, branches, vendors, items, order headers and lines, 2024-2026. */
function farmCoop() {
  const { random, pick, between } = seeded(19470312);
  const codes = [
    ['MBR_STAT', 'A', 'Active member'], ['MBR_STAT', 'I', 'Inactive member'], ['MBR_STAT', 'S', 'Suspended for unpaid balance'],
    ['ORD_STAT', 'P', 'Pending'], ['ORD_STAT', 'S', 'Shipped'], ['ORD_STAT', 'D', 'Delivered'], ['ORD_STAT', 'X', 'Cancelled'],
    ['PAY_MTH', 'C', 'Cash'], ['PAY_MTH', 'K', 'Cheque'], ['PAY_MTH', 'A', 'Charged to member account'],
    ['ITM_CAT', 'FD', 'Livestock feed'], ['ITM_CAT', 'SD', 'Seed'], ['ITM_CAT', 'FT', 'Fertilizer'], ['ITM_CAT', 'CH', 'Crop chemicals'], ['ITM_CAT', 'HW', 'Hardware and fencing'],
  ].map(([cd_typ, cd_val, cd_desc]) => ({ cd_typ, cd_val, cd_desc }));
  const branches = [['Ames', 'Story'], ['Boone', 'Boone'], ['Nevada', 'Story'], ['Jefferson', 'Greene']].map(([br_nm, cnty], index) => ({ br_no: 11 + index, br_nm, cnty }));
  const vendors = [['Heartland Feeds', 'IA'], ['Prairie Gold Seed', 'IA'], ['Cornbelt Nutrients', 'IL'], ['AgriShield Chemical', 'MO'], ['Northstar Fence & Supply', 'MN'], ['Big River Seed Co', 'NE']].map(([vnd_nm, st], index) => ({ vnd_no: 101 + index, vnd_nm, st }));
  const catalogue = [
    ['FD', 101, 'Cattle ration 14% 50LB', 'BAG', 16.5], ['FD', 101, 'Hog finisher pellet 50LB', 'BAG', 18.25], ['FD', 101, 'Layer crumble 50LB', 'BAG', 19.75], ['FD', 101, 'Mineral block 33LB', 'EA', 12.4], ['FD', 101, 'Calf starter 50LB', 'BAG', 24.9],
    ['SD', 102, 'Seed corn 105-day 80K', 'UNIT', 289], ['SD', 102, 'Seed corn 112-day 80K', 'UNIT', 305], ['SD', 106, 'Soybean seed 140K', 'UNIT', 62], ['SD', 106, 'Alfalfa seed 50LB', 'BAG', 235], ['SD', 106, 'Oats seed 2BU', 'BAG', 31],
    ['FT', 103, 'Anhydrous ammonia', 'TON', 780], ['FT', 103, 'Urea 46-0-0', 'TON', 540], ['FT', 103, 'Potash 0-0-60', 'TON', 465], ['FT', 103, 'MAP 11-52-0', 'TON', 720],
    ['CH', 104, 'Glyphosate 2.5GAL', 'JUG', 58], ['CH', 104, 'Atrazine 2.5GAL', 'JUG', 71], ['CH', 104, 'Fungicide 2.5GAL', 'JUG', 189], ['CH', 104, 'Insecticide 1GAL', 'JUG', 96],
    ['HW', 105, 'Barbed wire 1320FT', 'ROLL', 84], ['HW', 105, 'Steel T-post 6FT', 'EA', 5.6], ['HW', 105, 'Electric fence charger', 'EA', 212], ['HW', 105, 'Gate 16FT', 'EA', 179], ['HW', 105, 'Stock tank 300GAL', 'EA', 265],
  ];
  const items = catalogue.map(([cat_cd, vnd_no, itm_desc, uom, unit_prc], index) => ({ itm_no: 5001 + index, itm_desc, cat_cd, uom, unit_prc: money(unit_prc), vnd_no }));
  const members = [];
  for (let i = 0; i < 310; i += 1) {
    const br = pick(branches);
    const roll = random();
    members.push({ mbr_no: 20001 + i, mbr_nm: `${pick(FIRST)} ${pick(LAST)}`, farm_nm: random() < 0.55 ? `${pick(LAST)} ${pick(['Farms', 'Acres', 'Family Farm', 'Cattle Co', 'Grain'])}` : null, cnty: random() < 0.8 ? br.cnty : pick(['Story', 'Boone', 'Greene', 'Polk', 'Hamilton', 'Marshall']), home_br: br.br_no, jn_dt: day(addDays(new Date(Date.UTC(1988, 0, 4)), between(0, 13500))), acres: between(40, 2400), stat_cd: roll < 0.8 ? 'A' : roll < 0.93 ? 'I' : 'S' });
  }
  const orders = [];
  const lines = [];
  const asOf = new Date(Date.UTC(2026, 9, 30));
  for (let i = 0; i < 860; i += 1) {
    const mbr = pick(members);
    const dt = addDays(new Date(Date.UTC(2024, 0, 2)), between(0, 1032));
    const age = Math.round((asOf - dt) / 86_400_000);
    const roll = random();
    const stat = age < 6 ? pick(['P', 'P', 'S']) : roll < 0.07 ? 'X' : age < 14 && roll < 0.5 ? 'S' : 'D';
    const ship = stat === 'S' || stat === 'D' ? day(addDays(dt, between(1, 5))) : null;
    const ord = { ord_no: 0, mbr_no: mbr.mbr_no, br_no: random() < 0.85 ? mbr.home_br : pick(branches).br_no, ord_dt: day(dt), ship_dt: ship, stat_cd: stat, pay_cd: pick(['A', 'A', 'A', 'C', 'K', 'K']) };
    orders.push(ord);
    const month = dt.getUTCMonth();
    const season = month >= 2 && month <= 4 ? ['SD', 'SD', 'FT', 'FT', 'CH', 'FD'] : month >= 5 && month <= 7 ? ['CH', 'CH', 'FD', 'HW', 'FT'] : month >= 8 && month <= 10 ? ['FT', 'FD', 'FD', 'HW'] : ['FD', 'FD', 'FD', 'HW'];
    const n = between(1, 4);
    const chosen = new Set();
    for (let k = 0; k < n; k += 1) {
      const cat = pick(season);
      const itm = pick(items.filter((x) => x.cat_cd === cat));
      if (chosen.has(itm.itm_no)) continue;
      chosen.add(itm.itm_no);
      const qty = itm.uom === 'TON' ? between(2, 40) : itm.uom === 'UNIT' ? between(5, 120) : between(1, 60);
      lines.push({ ord, ln_no: chosen.size, itm_no: itm.itm_no, qty, amt: money(qty * Number(itm.unit_prc) * (random() < 0.2 ? 0.95 : 1)) });
    }
  }
  orders.sort((a, b) => cmp(a.ord_dt, b.ord_dt) || a.mbr_no - b.mbr_no);
  orders.forEach((o, index) => { o.ord_no = 700001 + index; });
  for (const l of lines) l.ord_no = l.ord.ord_no;
  lines.sort((a, b) => a.ord_no - b.ord_no || a.ln_no - b.ln_no);
  writeTable('farm_coop', 'code_tbl', ['cd_typ', 'cd_val', 'cd_desc'], codes);
  writeTable('farm_coop', 'br', ['br_no', 'br_nm', 'cnty'], branches);
  writeTable('farm_coop', 'vnd', ['vnd_no', 'vnd_nm', 'st'], vendors);
  writeTable('farm_coop', 'itm', ['itm_no', 'itm_desc', 'cat_cd', 'uom', 'unit_prc', 'vnd_no'], items);
  writeTable('farm_coop', 'mbr', ['mbr_no', 'mbr_nm', 'farm_nm', 'cnty', 'home_br', 'jn_dt', 'acres', 'stat_cd'], members);
  writeTable('farm_coop', 'ord_hdr', ['ord_no', 'mbr_no', 'br_no', 'ord_dt', 'ship_dt', 'stat_cd', 'pay_cd'], orders);
  writeTable('farm_coop', 'ord_ln', ['ord_no', 'ln_no', 'itm_no', 'qty', 'amt'], lines);
}

/** A regional less-than-truckload freight carrier in mainframe UPPER_CASE: terminals, sales reps, drivers, tractors, shippers, shipments and claims, 2024-2026. */
function freightCarrier() {
  const { random, pick, between } = seeded(19800815);
  const terminals = [[10, 'DES MOINES', 'IA'], [20, 'OMAHA', 'NE'], [30, 'KANSAS CITY', 'MO'], [40, 'MINNEAPOLIS', 'MN'], [50, 'CHICAGO', 'IL'], [60, 'ST LOUIS', 'MO']].map(([TERM_CD, TERM_NM, STATE_CD]) => ({ TERM_CD, TERM_NM, STATE_CD }));
  const statuses = [[10, 'BOOKED'], [20, 'PICKED UP'], [30, 'IN TRANSIT'], [40, 'DELIVERED'], [50, 'REFUSED BY CONSIGNEE'], [90, 'CANCELLED']].map(([STATCD, STAT_DESC]) => ({ STATCD, STAT_DESC }));
  const claimTypes = [[1, 'DAMAGE'], [2, 'SHORTAGE'], [3, 'LATE DELIVERY'], [4, 'LOST FREIGHT']].map(([CLMTYP, CLMTYP_DESC]) => ({ CLMTYP, CLMTYP_DESC }));
  const reps = [];
  for (let i = 0; i < 14; i += 1) reps.push({ SLSREP_ID: 301 + i, REPNM: `${pick(LAST).toUpperCase()}, ${pick(FIRST).toUpperCase()}`, TERM_CD: i < 6 ? terminals[i].TERM_CD : pick(terminals).TERM_CD, QUOTA_AMT: money(between(30, 90) * 10000) });
  const drivers = [];
  for (let i = 0; i < 85; i += 1) drivers.push({ DRVR_ID: 1001 + i, DRVRNM: `${pick(LAST).toUpperCase()}, ${pick(FIRST).toUpperCase()}`, TERM_CD: pick(terminals).TERM_CD, HIREDT: day(addDays(new Date(Date.UTC(2001, 2, 5)), between(0, 9200))), HAZMAT_FLG: random() < 0.35 ? 'Y' : 'N', ACTV_FLG: random() < 0.88 ? 'Y' : 'N' });
  const tractors = [];
  for (let i = 0; i < 70; i += 1) tractors.push({ UNITNO: 4101 + i, MAKE: pick(['FREIGHTLINER', 'FREIGHTLINER', 'KENWORTH', 'PETERBILT', 'VOLVO', 'INTERNATIONAL']), MDLYR: between(2012, 2025), TERM_CD: pick(terminals).TERM_CD, ODOMTR: 0, OOS_FLG: random() < 0.08 ? 'Y' : 'N' });
  const cities = [['CEDAR RAPIDS', 'IA'], ['DAVENPORT', 'IA'], ['SIOUX CITY', 'IA'], ['LINCOLN', 'NE'], ['WICHITA', 'KS'], ['TOPEKA', 'KS'], ['SPRINGFIELD', 'MO'], ['ROCHESTER', 'MN'], ['ST PAUL', 'MN'], ['PEORIA', 'IL'], ['ROCKFORD', 'IL'], ['FARGO', 'ND'], ['MADISON', 'WI']];
  const words = ['PRAIRIE', 'MIDWEST', 'GREAT PLAINS', 'RIVERBEND', 'HAWKEYE', 'CORNHUSKER', 'NORTHLAND', 'TRI-STATE', 'HEARTLAND', 'LAKESHORE', 'BADGER', 'GATEWAY'];
  const kinds = ['MILLING', 'PLASTICS', 'SUPPLY', 'FOODS', 'TOOL & DIE', 'PAPER', 'CHEMICAL', 'FURNITURE', 'APPLIANCE', 'PACKAGING'];
  const customers = [];
  const seen = new Set();
  while (customers.length < 160) {
    const name = `${pick(words)} ${pick(kinds)} ${pick(['INC', 'CO', 'LLC', 'CORP'])}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const [CITY, STATE_CD] = pick(cities);
    customers.push({ CUSTNO: 880001 + customers.length, CUSTNM: name, CITY, STATE_CD, SLSREP_ID: pick(reps).SLSREP_ID, CRLMT: money(between(5, 60) * 1000), NATL_ACCT_FLG: random() < 0.12 ? 'Y' : 'N', OPENDT: day(addDays(new Date(Date.UTC(1996, 0, 2)), between(0, 10500))) });
  }
  const shipments = [];
  const asOf = new Date(Date.UTC(2026, 9, 30));
  for (let i = 0; i < 1600; i += 1) {
    const cust = pick(customers);
    const orig = pick(terminals);
    const pu = addDays(new Date(Date.UTC(2024, 0, 2)), between(0, 1032));
    const age = Math.round((asOf - pu) / 86_400_000);
    const roll = random();
    const stat = age < 2 ? pick([10, 20]) : age < 5 && roll < 0.5 ? 30 : roll < 0.05 ? 90 : roll < 0.08 ? 50 : 40;
    const hazmat = random() < 0.1 ? 'Y' : 'N';
    const pool = drivers.filter((d) => d.TERM_CD === orig.TERM_CD && (hazmat === 'N' || d.HAZMAT_FLG === 'Y'));
    const drv = stat === 90 || stat === 10 ? null : pick(pool.length ? pool : drivers);
    const trk = stat === 90 || stat === 10 ? null : pick(tractors);
    const miles = between(40, 780);
    const wgt = between(3, 220) * 100;
    const dlv = stat === 40 || stat === 50 ? day(addDays(pu, Math.max(1, Math.round(miles / 450)) + (random() < 0.15 ? between(1, 4) : 0))) : null;
    shipments.push({ PRONO: 0, CUSTNO: cust.CUSTNO, ORIG_TERM: orig.TERM_CD, DEST_CITY: pick(cities)[0], DEST_ST: null, PUDT: day(pu), DLVDT: dlv, DRVR_ID: drv ? drv.DRVR_ID : null, UNITNO: trk ? trk.UNITNO : null, PCS: between(1, 26), WGT_LBS: wgt, MILES: miles, FRTCHG: stat === 90 ? money(0) : money(95 + wgt * miles * 0.00011 * (0.85 + random() * 0.3)), HAZMAT_FLG: hazmat, STATCD: stat });
  }
  for (const s of shipments) s.DEST_ST = cities.find(([c]) => c === s.DEST_CITY)[1];
  shipments.sort((a, b) => cmp(a.PUDT, b.PUDT) || a.CUSTNO - b.CUSTNO);
  shipments.forEach((s, index) => { s.PRONO = 5500001 + index; });
  for (const t of tractors) t.ODOMTR = between(60, 900) * 1000 + shipments.filter((s) => s.UNITNO === t.UNITNO).reduce((sum, s) => sum + s.MILES, 0);
  const claims = [];
  for (const s of shipments) {
    if (s.STATCD !== 40 && s.STATCD !== 50) continue;
    if (random() > 0.06) continue;
    const typ = s.DLVDT && s.DLVDT > day(addDays(new Date(`${s.PUDT}T00:00:00Z`), 2)) && random() < 0.5 ? 3 : pick([1, 1, 1, 2, 2, 4]);
    const filed = addDays(new Date(`${s.DLVDT}T00:00:00Z`), between(1, 40));
    if (filed > asOf) continue;
    claims.push({ CLMNO: 0, PRONO: s.PRONO, CLMTYP: typ, FILEDT: day(filed), CLM_AMT: money(typ === 3 ? between(50, 400) : between(120, 9000)), PAID_FLG: random() < 0.6 ? 'Y' : 'N' });
  }
  claims.forEach((c, index) => { c.CLMNO = 90001 + index; });
  writeTable('freight_carrier', 'TERMNL', ['TERM_CD', 'TERM_NM', 'STATE_CD'], terminals);
  writeTable('freight_carrier', 'SHPSTAT', ['STATCD', 'STAT_DESC'], statuses);
  writeTable('freight_carrier', 'CLMTYPE', ['CLMTYP', 'CLMTYP_DESC'], claimTypes);
  writeTable('freight_carrier', 'SLSREP', ['SLSREP_ID', 'REPNM', 'TERM_CD', 'QUOTA_AMT'], reps);
  writeTable('freight_carrier', 'DRVRMST', ['DRVR_ID', 'DRVRNM', 'TERM_CD', 'HIREDT', 'HAZMAT_FLG', 'ACTV_FLG'], drivers);
  writeTable('freight_carrier', 'TRCTR', ['UNITNO', 'MAKE', 'MDLYR', 'TERM_CD', 'ODOMTR', 'OOS_FLG'], tractors);
  writeTable('freight_carrier', 'CUSTMST', ['CUSTNO', 'CUSTNM', 'CITY', 'STATE_CD', 'SLSREP_ID', 'CRLMT', 'NATL_ACCT_FLG', 'OPENDT'], customers);
  writeTable('freight_carrier', 'SHPMT', ['PRONO', 'CUSTNO', 'ORIG_TERM', 'DEST_CITY', 'DEST_ST', 'PUDT', 'DLVDT', 'DRVR_ID', 'UNITNO', 'PCS', 'WGT_LBS', 'MILES', 'FRTCHG', 'HAZMAT_FLG', 'STATCD'], shipments);
  writeTable('freight_carrier', 'CLAIM', ['CLMNO', 'PRONO', 'CLMTYP', 'FILEDT', 'CLM_AMT', 'PAID_FLG'], claims);
}

farmCoop();
freightCarrier();

// Writes databases/self_storage/data/*.csv: one small invented database, the same bytes on every run (a seeded
// generator, no clock). Run from anywhere: node bench/datasets/probe-plain13/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aled', 'Bethan', 'Cerys', 'Dafydd', 'Eleri', 'Ffion', 'Gareth', 'Huw', 'Iolo', 'Jac', 'Lowri', 'Meinir', 'Nia', 'Owain', 'Pryce', 'Rhian', 'Sioned', 'Tomos', 'Gwen', 'Wyn', 'Alys', 'Bryn', 'Carys', 'Dewi', 'Elin', 'Geraint', 'Hywel', 'Ieuan', 'Kelly', 'Llinos', 'Mared', 'Nerys', 'Osian', 'Rhodri', 'Sian', 'Tegan', 'Ursula', 'Wil', 'Yvonne', 'Zac'];
const LAST = ['Bevan', 'Cadwalader', 'Davies', 'Evans', 'Griffiths', 'Howells', 'Jenkins', 'Lewis', 'Morgan', 'Nicholas', 'Owen', 'Powell', 'Rees', 'Pritchard', 'Thomas', 'Vaughan', 'Watkins', 'Williams', 'Price', 'Parry', 'Ashe', 'Beddoe', 'Crowley', 'Daniel', 'Ellis', 'Francis', 'Gibbon', 'Harries', 'James', 'Kinsey', 'Llewellyn', 'Mathias', 'Nash', 'Oakley', 'Probert', 'Roderick', 'Stephens', 'Tudor', 'Upton', 'Walters'];
const COMPANIES = ['Taff Valley Plumbing', 'Cardiff Bay Events', 'Gower Antiques', 'Newport Office Supplies', 'Brecon Bikes', 'Penarth Props Hire', 'Swansea Sound Systems', 'Barry Island Catering', 'Valleys Vintage', 'Caerphilly Carpets', 'Mumbles Marine', 'Pontypridd Print Co'];
const END = new Date(Date.UTC(2026, 10, 30));

/** A self-storage operator in South Wales: sites, storage units, customers, leases (tenancies) and rent payments, 2024-2026. */
function selfStorage() {
  const { random, pick, between } = seeded(20261205);
  const nextName = namer(pick, FIRST, LAST);
  // [name, town, opened year, 24-hour gate access, units, first day of trading for this data]
  const siteList = [
    ['Cardiff Docks', 'Cardiff', 2011, true, 120, '2024-01-01'], ['Newport Road', 'Cardiff', 2016, false, 90, '2024-01-01'],
    ['Swansea Marina', 'Swansea', 2014, true, 100, '2024-01-01'], ['Bridgend Retail Park', 'Bridgend', 2019, false, 60, '2024-01-01'],
    ['Pontypridd Mill', 'Pontypridd', 2025, false, 48, '2025-04-01'],
  ];
  const sites = siteList.map(([site_nm, town, opened_yr, gate_24h], index) => ({ site_id: 1 + index, site_nm, town, opened_yr, gate_24h }));
  // size_cd: [code, square feet low/high, list weekly rate low/high]
  const sizes = [['LKR', 10, 15, 6, 9], ['S', 25, 35, 12, 18], ['M', 50, 75, 22, 30], ['L', 100, 150, 38, 52], ['XL', 200, 300, 65, 90]];
  const units = [];
  siteList.forEach(([, , , , count], siteIndex) => {
    for (let k = 0; k < count; k += 1) {
      const size = sizes[k % 10 < 2 ? 0 : k % 10 < 5 ? 1 : k % 10 < 8 ? 2 : k % 10 < 9 ? 3 : 4];
      const flr = size[0] === 'XL' || size[0] === 'L' ? 0 : between(0, 2);
      const clim = size[0] !== 'XL' && random() < 0.35;
      units.push({
        unit_no: (siteIndex + 1) * 1000 + k + 1,
        site_id: siteIndex + 1,
        size_cd: size[0],
        sq_ft: between(size[1], size[2]),
        flr,
        clim,
        drv_up: flr === 0 && (size[0] === 'L' || size[0] === 'XL' || random() < 0.2),
        list_wk: money(between(size[3], size[4]) + (clim ? 3.5 : 0)),
        siteStart: siteList[siteIndex][5],
      });
    }
  });
  const customers = [];
  const newCustomer = (joined) => {
    const [fname, lname] = nextName();
    const roll = random();
    const cust_cd = roll < 0.16 ? 'B' : roll < 0.27 ? 'S' : 'P';
    const cust = { cust_id: 3001 + customers.length, fname, lname, co_nm: cust_cd === 'B' ? pick(COMPANIES) : null, cust_cd, join_dt: day(joined), ref_cd: pick(['WEB', 'WEB', 'WEB', 'AGG', 'REF', 'WLK']) };
    customers.push(cust);
    return cust;
  };
  const leases = [];
  for (const unit of units) {
    let d = addDays(new Date(`${unit.siteStart}T00:00:00Z`), between(0, 60));
    while (d <= END) {
      const returning = customers.length > 40 && random() < 0.22;
      const cust = returning ? customers[between(0, customers.length - 1)] : newCustomer(d);
      const weeks = cust.cust_cd === 'S' ? between(8, 16) : cust.cust_cd === 'B' ? between(30, 120) : between(6, 80);
      const out = addDays(d, weeks * 7);
      const year = d.getUTCFullYear();
      const rate = Number(unit.list_wk) * (year === 2026 ? 1.05 : 1) * (cust.cust_cd === 'S' ? 0.9 : 1);
      const insRoll = random();
      leases.push({
        lease_id: 0,
        unit_no: unit.unit_no,
        cust_id: cust.cust_id,
        in_dt: day(d),
        out_dt: out <= END ? day(out) : null,
        wk_rate: money(rate),
        ins_cd: insRoll < 0.3 ? 'NON' : insRoll < 0.85 ? 'STD' : 'PLU',
        start: d,
        end: out <= END ? out : END,
        meth: cust.cust_cd === 'B' ? pick(['DD', 'BT', 'BT']) : pick(['DD', 'DD', 'CRD', 'CRD', 'CSH']),
      });
      d = addDays(out, between(3, 70));
    }
  }
  leases.sort((a, b) => cmp(a.in_dt, b.in_dt) || a.unit_no - b.unit_no);
  leases.forEach((lease, index) => { lease.lease_id = 50001 + index; });
  const payments = [];
  for (const lease of leases) {
    for (let due = lease.start; due <= lease.end; due = addDays(due, 28)) {
      const late = random() < (lease.meth === 'CSH' ? 0.2 : lease.meth === 'DD' ? 0.02 : 0.08);
      const paid = addDays(due, late ? between(8, 30) : between(0, 3));
      if (paid > END) break;
      payments.push({ pmt_id: 0, lease_id: lease.lease_id, paid_dt: day(paid), amt_gbp: money(Number(lease.wk_rate) * 4 + (lease.ins_cd === 'STD' ? 4.5 : lease.ins_cd === 'PLU' ? 9 : 0)), meth_cd: lease.meth, late, fee_gbp: money(late ? 15 : 0) });
    }
  }
  payments.sort((a, b) => cmp(a.paid_dt, b.paid_dt) || a.lease_id - b.lease_id);
  payments.forEach((p, index) => { p.pmt_id = 900001 + index; });
  writeTable('self_storage', 'site', ['site_id', 'site_nm', 'town', 'opened_yr', 'gate_24h'], sites);
  writeTable('self_storage', 'unit', ['unit_no', 'site_id', 'size_cd', 'sq_ft', 'flr', 'clim', 'drv_up', 'list_wk'], units);
  writeTable('self_storage', 'cust', ['cust_id', 'fname', 'lname', 'co_nm', 'cust_cd', 'join_dt', 'ref_cd'], customers);
  writeTable('self_storage', 'lease', ['lease_id', 'unit_no', 'cust_id', 'in_dt', 'out_dt', 'wk_rate', 'ins_cd'], leases);
  writeTable('self_storage', 'pmt', ['pmt_id', 'lease_id', 'paid_dt', 'amt_gbp', 'meth_cd', 'late', 'fee_gbp'], payments);
}

selfStorage();

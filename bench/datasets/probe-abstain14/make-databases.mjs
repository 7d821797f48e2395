// Writes databases/{allotments,tattoo_studios}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere:
// node bench/datasets/probe-abstain14/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alma', 'Bertie', 'Cora', 'Desmond', 'Edith', 'Fergus', 'Gwen', 'Hamish', 'Ivy', 'Jude', 'Kit', 'Lois', 'Mabel', 'Ned', 'Orla', 'Percy', 'Ruby', 'Stanley', 'Thea', 'Vince', 'Winnie', 'Alfie', 'Bea', 'Callum', 'Dot', 'Esme', 'Frank', 'Hattie', 'Ibrahim', 'Joyce'];
const LAST = ['Allerton', 'Birtwistle', 'Clegg', 'Duckworth', 'Entwistle', 'Fothergill', 'Greenhalgh', 'Haworth', 'Ingham', 'Judd', 'Kenyon', 'Lightfoot', 'Marsden', 'Nield', 'Ogden', 'Pilling', 'Rawcliffe', 'Shorrock', 'Tattersall', 'Walmsley', 'Whittle', 'Yardley', 'Ali', 'Kowalski', 'Mensah', 'Nowak', 'Patel', 'Singh', 'Dube', 'Osei'];

/** An allotment society: its sites, plots, members, tenancies, payments and annual show entries, 2019 to 2026. */
function allotments() {
  const { random, pick, between } = seeded(20261401);
  const nextName = namer(pick, FIRST, LAST);
  const sites = [
    ['Hollins Lane', 'Brackley Vale', 3.2, 1921, true, 6],
    ['Moss Bank', 'Brackley Vale', 1.8, 1947, false, 3],
    ['Tanners Field', 'Oldcastle', 2.5, 1978, true, 5],
    ['Railway Cutting', 'Oldcastle', 0.9, 2009, false, 2],
  ].map(([site_nm, ward, area_ac, est_yr, shop, troughs], index) => ({ site_id: index + 1, site_nm, ward, area_ac: area_ac.toFixed(1), est_yr, shop, troughs }));
  const letters = { 1: 'H', 2: 'M', 3: 'T', 4: 'R' };
  const plots = [];
  for (const site of sites) {
    const count = { 1: 14, 2: 9, 3: 12, 4: 5 }[site.site_id];
    for (let k = 1; k <= count; k += 1) {
      const size = pick([2.5, 5, 5, 5, 10, 10]);
      plots.push({ plot_no: `${letters[site.site_id]}${String(k).padStart(2, '0')}`, site_id: site.site_id, size_rods: size.toFixed(1), cond: pick(['G', 'G', 'G', 'F', 'F', 'P', 'OV']), shed: random() < 0.55, gh: random() < 0.25, rent_gbp: money(size * 6.5) });
    }
  }
  const members = [];
  for (let n = 0; n < 52; n += 1) {
    const [first, last] = nextName();
    members.push({ mem_id: 201 + n, first_nm: first, last_nm: last, joined_dt: day(addDays(new Date(Date.UTC(2005, 0, 1)), between(0, 7900))), conc: pick(['NONE', 'NONE', 'NONE', 'OAP', 'OAP', 'UNW', 'STU']) });
  }
  members.sort((a, b) => cmp(a.joined_dt, b.joined_dt) || a.mem_id - b.mem_id);
  const tenancies = [];
  const free = [...plots];
  for (const member of members) {
    if (free.length === 0) break;
    const plot = free.splice(Math.floor(random() * free.length), 1)[0];
    const start = member.joined_dt < '2019-01-01' ? '2019-01-01' : member.joined_dt;
    const ended = random() < 0.3;
    const end_dt = ended ? day(addDays(new Date(`${start}T00:00:00Z`), between(200, 1500))) : null;
    tenancies.push({ ten_id: 0, plot_no: plot.plot_no, mem_id: member.mem_id, start_dt: start, end_dt: end_dt && end_dt < '2026-11-01' ? end_dt : null, end_rsn: null });
  }
  tenancies.filter((tenancy) => tenancy.end_dt).forEach((tenancy, index) => { tenancy.end_rsn = ['GU', 'EV', 'GU', 'MV', 'GU', 'DC'][index % 6]; });
  tenancies.sort((a, b) => cmp(a.start_dt, b.start_dt) || cmp(a.plot_no, b.plot_no));
  tenancies.forEach((tenancy, index) => { tenancy.ten_id = 1 + index; });
  const payments = [];
  for (const tenancy of tenancies) {
    const plot = plots.find((p) => p.plot_no === tenancy.plot_no);
    const member = members.find((m) => m.mem_id === tenancy.mem_id);
    const discount = member.conc === 'NONE' ? 1 : 0.5;
    payments.push({ pay_id: 0, mem_id: member.mem_id, pay_dt: tenancy.start_dt, amt_gbp: money(25), kind: 'DEP', method: pick(['CSH', 'BT', 'CHQ']) });
    for (let year = Number(tenancy.start_dt.slice(0, 4)); year <= 2026; year += 1) {
      if (tenancy.end_dt && `${year}-10-01` > tenancy.end_dt) break;
      const late = random() < 0.12;
      payments.push({ pay_id: 0, mem_id: member.mem_id, pay_dt: day(addDays(new Date(Date.UTC(year, 9, 1)), late ? between(40, 90) : between(0, 20))), amt_gbp: money(Number(plot.rent_gbp) * discount), kind: 'RENT', method: pick(['CSH', 'BT', 'BT', 'CHQ']) });
      if (late) payments.push({ pay_id: 0, mem_id: member.mem_id, pay_dt: day(addDays(new Date(Date.UTC(year, 11, 15)), between(0, 10))), amt_gbp: money(5), kind: 'FINE', method: 'CSH' });
      if (random() < 0.5) payments.push({ pay_id: 0, mem_id: member.mem_id, pay_dt: day(addDays(new Date(Date.UTC(year, 2, 1)), between(0, 60))), amt_gbp: money(between(3, 40)), kind: 'SHOP', method: 'CSH' });
    }
  }
  payments.sort((a, b) => cmp(a.pay_dt, b.pay_dt) || a.mem_id - b.mem_id);
  payments.forEach((payment, index) => { payment.pay_id = 5001 + index; });
  const EXHIBITS = { VEG: ['Three onions', 'Longest runner bean', 'Five potatoes', 'Heaviest marrow', 'Six pods of peas'], FRU: ['Plate of raspberries', 'Five dessert apples', 'Rhubarb, three sticks'], FLW: ['Vase of sweet peas', 'Three dahlias', 'Single rose'], PRE: ['Jar of strawberry jam', 'Jar of chutney', 'Bottle of elderflower cordial'] };
  const entries = [];
  for (const year of [2023, 2024, 2025, 2026]) {
    for (const cls of ['VEG', 'VEG', 'FRU', 'FLW', 'PRE']) {
      const exhibit = pick(EXHIBITS[cls]);
      const entrants = new Set();
      for (let k = 0; k < between(3, 6); k += 1) entrants.add(pick(members).mem_id);
      let place = 1;
      for (const mem_id of entrants) {
        entries.push({ entry_id: 0, mem_id, show_yr: year, cls, exhibit, place: place <= 3 ? place : null });
        place += 1;
      }
    }
  }
  entries.forEach((entry, index) => { entry.entry_id = 801 + index; });
  writeTable('allotments', 'sites', ['site_id', 'site_nm', 'ward', 'area_ac', 'est_yr', 'shop', 'troughs'], sites);
  writeTable('allotments', 'plots', ['plot_no', 'site_id', 'size_rods', 'cond', 'shed', 'gh', 'rent_gbp'], plots);
  writeTable('allotments', 'members', ['mem_id', 'first_nm', 'last_nm', 'joined_dt', 'conc'], members);
  writeTable('allotments', 'tenancies', ['ten_id', 'plot_no', 'mem_id', 'start_dt', 'end_dt', 'end_rsn'], tenancies);
  writeTable('allotments', 'payments', ['pay_id', 'mem_id', 'pay_dt', 'amt_gbp', 'kind', 'method'], payments);
  writeTable('allotments', 'show_entries', ['entry_id', 'mem_id', 'show_yr', 'cls', 'exhibit', 'place'], entries);
}

/** A chain of tattoo studios: its studios, artists, clients, sessions, touch-ups and supply orders, 2026. */
function tattooStudios() {
  const { random, pick, between } = seeded(20261402);
  const nextName = namer(pick, FIRST, LAST);
  const studios = [
    ['Black Anchor', 'Saltmouth', '2014-04-12', 5, true, 'SKP-0419'],
    ['Iron Lotus', 'Brackwell', '2018-09-01', 4, false, 'SKP-1187'],
    ['Needle & Thread', 'Brackwell', '2021-02-20', 3, true, 'SKP-1562'],
    ['Kestrel Ink', 'Harrowgate Cross', '2024-06-15', 2, false, 'SKP-2033'],
  ].map(([stu_nm, city, opened_dt, chairs, walk_ins, lic_no], index) => ({ stu_id: index + 1, stu_nm, city, opened_dt, chairs, walk_ins, lic_no }));
  const artists = [];
  for (const studio of studios) {
    for (let k = 0; k < studio.chairs + (studio.stu_id === 1 ? 1 : 0); k += 1) {
      const [first, last] = nextName();
      const years = between(1, 22);
      artists.push({ art_id: 31 + artists.length, art_nm: `${first} ${last}`, stu_id: studio.stu_id, style: pick(['TRD', 'BW', 'RLM', 'FL', 'JP', 'TRD', 'FL']), hr_rate_gbp: money(70 + years * 4 + between(0, 10)), yrs_exp: years, guest: k === studio.chairs - 1 && studio.stu_id % 2 === 1 });
    }
  }
  const cities = ['Saltmouth', 'Saltmouth', 'Brackwell', 'Brackwell', 'Brackwell', 'Harrowgate Cross', 'Fenby', 'Quarrington'];
  const clients = [];
  for (let n = 0; n < 150; n += 1) {
    const [first, last] = nextName();
    clients.push({ cli_id: 10001 + n, first_nm: first, last_nm: last, birth_yr: between(1962, 2007), home_city: pick(cities), email: `${first.toLowerCase()}${between(10, 99)}@example.net` });
  }
  const sessions = [];
  for (let d = 0; d < 300; d += 1) {
    const date = addDays(new Date(Date.UTC(2026, 0, 5)), d);
    if (date.getUTCDay() === 1) continue;
    for (const artist of artists) {
      if (random() > 0.28) continue;
      const hours = pick([1, 1.5, 2, 2, 3, 4, 5, 6]);
      const roll = random();
      const status = roll < 0.06 ? 'DNA' : roll < 0.12 ? 'RSCH' : 'DONE';
      sessions.push({ sess_id: 0, art_id: artist.art_id, cli_id: pick(clients).cli_id, sess_dt: day(date), hrs: hours.toFixed(1), placement: pick(['ARM', 'ARM', 'ARM', 'LEG', 'LEG', 'BACK', 'CHST', 'HND', 'NCK', 'RIB']), colour: random() < 0.4, price_gbp: status === 'DONE' ? money(Number(artist.hr_rate_gbp) * hours) : money(0), dep_gbp: money(hours >= 3 ? 100 : 50), status });
    }
  }
  sessions.forEach((session, index) => { session.sess_id = 70001 + index; });
  const touchups = [];
  for (const session of sessions) {
    if (session.status !== 'DONE' || random() > 0.12) continue;
    touchups.push({ tu_id: 0, sess_id: session.sess_id, tu_dt: day(addDays(new Date(`${session.sess_dt}T00:00:00Z`), between(28, 90))), free: random() < 0.8 });
  }
  touchups.sort((a, b) => cmp(a.tu_dt, b.tu_dt) || a.sess_id - b.sess_id);
  touchups.forEach((touchup, index) => { touchup.tu_id = 401 + index; });
  const supplies = [];
  for (const studio of studios) {
    for (let month = 0; month < 10; month += 1) {
      for (const item of ['INK', 'NDL', 'GLV', 'FILM', 'SOAP']) {
        if (item !== 'NDL' && item !== 'GLV' && random() < 0.4) continue;
        const qty = { INK: between(4, 20), NDL: between(2, 8) * 50, GLV: between(2, 6) * 100, FILM: between(1, 4), SOAP: between(1, 3) }[item];
        const unit = { INK: 14.5, NDL: 0.42, GLV: 0.09, FILM: 11, SOAP: 18 }[item];
        supplies.push({ sup_id: 0, stu_id: studio.stu_id, ord_dt: day(new Date(Date.UTC(2026, month, between(1, 27)))), item, qty, cost_gbp: money(qty * unit) });
      }
    }
  }
  supplies.sort((a, b) => cmp(a.ord_dt, b.ord_dt) || a.stu_id - b.stu_id || cmp(a.item, b.item));
  supplies.forEach((supply, index) => { supply.sup_id = 9001 + index; });
  writeTable('tattoo_studios', 'studios', ['stu_id', 'stu_nm', 'city', 'opened_dt', 'chairs', 'walk_ins', 'lic_no'], studios);
  writeTable('tattoo_studios', 'artists', ['art_id', 'art_nm', 'stu_id', 'style', 'hr_rate_gbp', 'yrs_exp', 'guest'], artists);
  writeTable('tattoo_studios', 'clients', ['cli_id', 'first_nm', 'last_nm', 'birth_yr', 'home_city', 'email'], clients);
  writeTable('tattoo_studios', 'sessions', ['sess_id', 'art_id', 'cli_id', 'sess_dt', 'hrs', 'placement', 'colour', 'price_gbp', 'dep_gbp', 'status'], sessions);
  writeTable('tattoo_studios', 'touchups', ['tu_id', 'sess_id', 'tu_dt', 'free'], touchups);
  writeTable('tattoo_studios', 'supplies', ['sup_id', 'stu_id', 'ord_dt', 'item', 'qty', 'cost_gbp'], supplies);
}

allotments();
tattooStudios();

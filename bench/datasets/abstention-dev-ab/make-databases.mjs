// Writes databases/{bookbindery,marquee_dw,heritage_rly}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-ab/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Agnes', 'Callum', 'Duncan', 'Eilidh', 'Fiona', 'Hamish', 'Iona', 'Isla', 'Kirsty', 'Lachlan', 'Morag', 'Murdo', 'Niall', 'Rona', 'Ruaridh', 'Shona', 'Struan', 'Catriona', 'Ewan', 'Mhairi', 'Alasdair', 'Ailsa', 'Fraser', 'Innes'];
const LAST = ['MacLeod', 'Campbell', 'Fraser', 'Grant', 'Munro', 'Ross', 'Sinclair', 'Stewart', 'Urquhart', 'Mackay', 'Gunn', 'Matheson', 'Robertson', 'Cameron', 'Shaw', 'Macrae', 'Gordon', 'Baird', 'Kerr', 'Lindsay', 'Ogilvie', 'Drummond'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const END = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A hand bookbinding workshop: its binders, clients, commissions and the materials used on them. */
function bookbindery() {
  const { random, pick, between } = seeded(20261501);
  const nextName = namer(pick, FIRST, LAST);
  const specialisms = ['fine binding', 'restoration', 'restoration', 'case binding', 'box making'];
  const binders = specialisms.map((specialism, n) => {
    const [first, last] = nextName();
    return { binder_id: 1 + n, full_name: `${first} ${last}`, specialism, started_on: day(addDays(iso('1998-02-02'), n * 1600 + between(0, 400))), guild_member: n < 2 || random() < 0.4 };
  });
  const towns = ['Edinburgh', 'Edinburgh', 'Leith', 'Musselburgh', 'Dalkeith', 'Linlithgow', 'Haddington', 'Peebles'];
  const clients = [];
  for (let n = 0; n < 120; n += 1) {
    const institution = n < 8;
    const [first, last] = institution ? ['', ''] : nextName();
    const name = institution ? ['Leith Public Library', 'University of the Forth Special Collections', 'Canongate Antiquarian Books', 'St Giles Parish Archive', 'Old Town Rare Books', 'Midlothian Council Archives', 'Royal Burgh Law Society', 'Tweeddale Museum'][n] : `${first} ${last}`;
    const type = institution ? ['library', 'university', 'bookseller', 'archive', 'bookseller', 'archive', 'library', 'archive'][n] : 'private';
    clients.push({ client_id: 301 + n, client_name: name, client_type: type, town: pick(towns), account_opened: day(addDays(iso('2009-06-01'), between(0, 6000))) });
  }
  const titles = ['Family Bible', 'Book of Common Prayer', 'Waverley', 'Rob Roy', 'The Heart of Midlothian', 'Kidnapped', 'Treasure Island', 'Poems of Robert Burns', 'Parish register', 'Minute book', 'Ledger', 'Cookery book', 'Atlas of Scotland', 'Hymnal', 'Thesis', 'Photograph album', 'Visitors book', 'Herbarium'];
  const works = { rebind: [8, 20], repair: [2, 8], 'new binding': [10, 30], 'clamshell box': [4, 9], rebacking: [3, 7] };
  const commissions = [];
  for (let n = 0; n < 340; n += 1) {
    const client = pick(clients);
    const work = pick(['rebind', 'rebind', 'repair', 'repair', 'repair', 'new binding', 'clamshell box', 'rebacking']);
    const binder = work === 'clamshell box' ? binders[4] : work === 'new binding' ? pick([binders[0], binders[3]]) : pick(binders.slice(0, 4));
    const covering = work === 'clamshell box' ? 'cloth' : work === 'new binding' && client.client_type === 'university' ? 'cloth' : pick(['full leather', 'half leather', 'half leather', 'cloth', 'cloth', 'vellum', 'paper']);
    const [low, high] = works[work];
    const hours = Math.round((low + random() * (high - low)) * 2) / 2;
    const received = addDays(START, between(0, DAYS - 1));
    const delivered = addDays(received, between(7, 75));
    const tooling = covering !== 'paper' && covering !== 'cloth' && random() < 0.5;
    const quote = Math.round((hours * 42 + (covering === 'full leather' ? 60 : covering === 'vellum' ? 90 : 15) + (tooling ? 40 : 0)) / 5) * 5;
    const title = work === 'new binding' && client.client_type === 'university' ? 'Thesis' : pick(titles);
    const pubYear = title === 'Thesis' ? between(2024, 2026) : between(1790, 1965);
    commissions.push({ commission_id: 0, client_id: client.client_id, binder_id: binder.binder_id, received_on: day(received), delivered_on: delivered > END ? null : day(delivered), work, covering, book_title: title, pub_year: random() < 0.12 ? null : pubYear, quote_gbp: money(quote), invoiced_gbp: delivered > END ? null : money(quote + between(-2, 5) * 5), hours_worked: hours, gold_tooling: tooling });
  }
  commissions.sort((a, b) => cmp(a.received_on, b.received_on) || a.client_id - b.client_id);
  commissions.forEach((c, index) => { c.commission_id = 7001 + index; });
  const materialFor = { 'full leather': ['goatskin', 'calfskin'], 'half leather': ['goatskin', 'bookcloth', 'marbled paper'], cloth: ['bookcloth', 'board'], vellum: ['vellum skin'], paper: ['marbled paper', 'board'] };
  const price = { goatskin: 38, calfskin: 30, bookcloth: 9, 'marbled paper': 6.5, board: 3, 'vellum skin': 85, 'gold leaf': 14, 'linen thread': 4 };
  const unit = { goatskin: 'sq ft', calfskin: 'sq ft', bookcloth: 'm', 'marbled paper': 'sheet', board: 'sheet', 'vellum skin': 'skin', 'gold leaf': 'book', 'linen thread': 'reel' };
  const materials = [];
  for (const c of commissions) {
    const list = [...materialFor[c.covering], ...(c.gold_tooling ? ['gold leaf'] : []), ...(c.work === 'repair' ? [] : ['linen thread'])];
    for (const material of list) {
      if (c.work === 'repair' && random() < 0.5) continue;
      const quantity = unit[material] === 'sq ft' ? between(2, 8) : unit[material] === 'm' ? between(1, 4) / 2 : 1;
      materials.push({ line_id: 0, commission_id: c.commission_id, material, quantity, unit: unit[material], cost_gbp: money(price[material] * quantity) });
    }
  }
  materials.forEach((m, index) => { m.line_id = 40001 + index; });
  writeTable('bookbindery', 'binders', ['binder_id', 'full_name', 'specialism', 'started_on', 'guild_member'], binders);
  writeTable('bookbindery', 'clients', ['client_id', 'client_name', 'client_type', 'town', 'account_opened'], clients);
  writeTable('bookbindery', 'commissions', ['commission_id', 'client_id', 'binder_id', 'received_on', 'delivered_on', 'work', 'covering', 'book_title', 'pub_year', 'quote_gbp', 'invoiced_gbp', 'hours_worked', 'gold_tooling'], commissions);
  writeTable('bookbindery', 'materials_used', ['line_id', 'commission_id', 'material', 'quantity', 'unit', 'cost_gbp'], materials);
}

/** A marquee hire firm's warehouse: marquees, customers, erection crews, hires and damage reports. */
function marqueeWarehouse() {
  const { random, pick, between } = seeded(20261502);
  const nextName = namer(pick, FIRST, LAST);
  const mrqRows = [['CLR9x12', '9m x 12m clearspan', 'CLR', 80, 650], ['CLR12x18', '12m x 18m clearspan', 'CLR', 150, 1100], ['CLR15x30', '15m x 30m clearspan', 'CLR', 300, 2200], ['TRD6x9', '6m x 9m traditional pole', 'TRAD', 45, 380], ['TRD9x15', '9m x 15m traditional pole', 'TRAD', 100, 720], ['STR10', '10m stretch tent', 'STR', 60, 540], ['STR15', '15m stretch tent', 'STR', 120, 890], ['PGD5', '5m pagoda', 'PGD', 20, 210]];
  const mrqs = mrqRows.map(([mrq_cd, mrq_desc, frm_typ_cd, cap_pax, day_rt_gbp], index) => ({ mrq_key: 21 + index, mrq_cd, mrq_desc, frm_typ_cd, cap_pax, day_rt_gbp: money(day_rt_gbp) }));
  const crews = [['Crew A', 6], ['Crew B', 5], ['Crew C', 4], ['Crew D', 4]].map(([crew_nm, hdcnt], index) => {
    const [first, last] = nextName();
    return { crew_key: 1 + index, crew_nm, lead_nm: `${first} ${last}`, hdcnt };
  });
  const counties = ['Fife', 'Fife', 'Perth and Kinross', 'Angus', 'Stirling', 'East Lothian', 'Clackmannanshire'];
  const custs = [];
  for (let n = 0; n < 110; n += 1) {
    const corp = n < 10;
    const charity = !corp && n < 15;
    const [first, last] = corp || charity ? ['', ''] : nextName();
    custs.push({ cust_key: 5001 + n, cust_nm: corp ? ['Kingdom Events Ltd', 'Tay Distillers', 'Fife Agricultural Society', 'St Andrews Golf Week', 'Perth Racecourse Hospitality', 'Angus Show Co', 'Forth Valley Motors', 'Cupar Food Festival', 'Dundee Tech Park', 'Crail Harbour Gallery'][n] : charity ? ['Riding for the Disabled Fife', 'Kinross Rotary', 'Tayside Hospice', 'Anstruther Lifeboat Guild', 'Perth Scouts'][n - 10] : `${first} ${last}`, cust_typ_cd: corp ? 'CORP' : charity ? 'CHAR' : 'PRV', cnty_nm: pick(counties), reg_dt: day(addDays(iso('2011-03-01'), between(0, 5600))) });
  }
  const hires = [];
  for (let n = 0; n < 280; n += 1) {
    const c = pick(custs);
    const evtType = c.cust_typ_cd === 'CORP' ? pick(['CORP', 'CORP', 'FEST']) : c.cust_typ_cd === 'CHAR' ? pick(['FEST', 'PARTY']) : pick(['WED', 'WED', 'WED', 'PARTY']);
    const m = evtType === 'FEST' ? pick(mrqs.filter((x) => x.cap_pax >= 100)) : pick(mrqs);
    const evt = addDays(START, between(0, DAYS - 1));
    const days = evtType === 'FEST' ? between(2, 4) : between(1, 2);
    const pax = Math.max(10, Math.round(m.cap_pax * (0.5 + random() * 0.5)));
    const floor = m.frm_typ_cd !== 'PGD' && random() < 0.6;
    const heat = evt.getUTCMonth() <= 3 || evt.getUTCMonth() >= 9 ? random() < 0.8 : random() < 0.15;
    const amt = Number(m.day_rt_gbp) * days + (floor ? 180 : 0) + (heat ? 120 : 0) - (c.cust_typ_cd === 'CHAR' ? 100 : 0);
    hires.push({ hire_key: 0, mrq_key: m.mrq_key, cust_key: c.cust_key, crew_key: pick(crews).crew_key, evt_dt: day(evt), up_dt: day(addDays(evt, -between(1, 2))), dn_dt: day(addDays(evt, days + between(0, 1))), evt_typ_cd: evtType, pax, days, hire_amt_gbp: money(amt), flr_flg: floor, htr_flg: heat });
  }
  hires.sort((a, b) => cmp(a.evt_dt, b.evt_dt) || a.cust_key - b.cust_key);
  hires.forEach((h, index) => { h.hire_key = 900001 + index; });
  const dmgs = [];
  for (const h of hires) {
    if (random() > 0.11) continue;
    const reported = addDays(iso(h.dn_dt), between(0, 3));
    if (reported > END) continue;
    const typ = pick(['TEAR', 'TEAR', 'POLE', 'STAIN', 'WIND', 'PEG']);
    dmgs.push({ dmg_key: 0, hire_key: h.hire_key, rpt_dt: day(reported), dmg_typ_cd: typ, rpr_cost_gbp: money(typ === 'WIND' ? between(300, 900) : typ === 'PEG' ? between(10, 40) : between(40, 260)), chrg_flg: typ !== 'WIND' && random() < 0.55 });
  }
  dmgs.forEach((d, index) => { d.dmg_key = 301 + index; });
  writeTable('marquee_dw', 'd_mrq', ['mrq_key', 'mrq_cd', 'mrq_desc', 'frm_typ_cd', 'cap_pax', 'day_rt_gbp'], mrqs);
  writeTable('marquee_dw', 'd_cust', ['cust_key', 'cust_nm', 'cust_typ_cd', 'cnty_nm', 'reg_dt'], custs);
  writeTable('marquee_dw', 'd_crew', ['crew_key', 'crew_nm', 'lead_nm', 'hdcnt'], crews);
  writeTable('marquee_dw', 'f_hire', ['hire_key', 'mrq_key', 'cust_key', 'crew_key', 'evt_dt', 'up_dt', 'dn_dt', 'evt_typ_cd', 'pax', 'days', 'hire_amt_gbp', 'flr_flg', 'htr_flg'], hires);
  writeTable('marquee_dw', 'f_dmg', ['dmg_key', 'hire_key', 'rpt_dt', 'dmg_typ_cd', 'rpr_cost_gbp', 'chrg_flg'], dmgs);
}

/** A heritage railway's old mainframe export, every name cut to eight capitals: locomotives, volunteers, services, tickets. */
function heritageRailway() {
  const { random, pick, between } = seeded(20261503);
  const nextName = namer(pick, FIRST, LAST);
  const locoRows = [['Braeriach', 'STEAM', 1924, '0-6-0T'], ['Lady Ailsa', 'STEAM', 1938, '4-6-0'], ['Kinloch', 'STEAM', 1911, '0-4-0ST'], ['Glen Clova', 'STEAM', 1950, '2-6-0'], ['D5351', 'DIESEL', 1961, 'Bo-Bo'], ['Strathmore', 'DIESEL', 1958, '0-6-0'], ['Ben Vrackie', 'STEAM', 1947, '4-4-0']];
  const locos = locoRows.map(([LOCONAME, TRACTION, BUILDYR, WHEELARR], index) => ({ LOCOID: 31 + index, LOCONAME, TRACTION, BUILDYR, WHEELARR, INSERVIC: index !== 2 }));
  const roles = ['DRIVER', 'DRIVER', 'DRIVER', 'DRIVER', 'DRIVER', 'FIREMAN', 'FIREMAN', 'FIREMAN', 'FIREMAN', 'GUARD', 'GUARD', 'GUARD', 'SIGNALMN', 'SIGNALMN', 'BOOKING', 'BOOKING', 'BOOKING', 'BOOKING'];
  const towns = ['Brechin', 'Forfar', 'Montrose', 'Kirriemuir', 'Arbroath', 'Dundee'];
  const vols = roles.map((ROLECODE, n) => {
    const [first, last] = nextName();
    return { VOLID: 101 + n, VOLNAME: `${first} ${last}`, ROLECODE, JOINDATE: day(addDays(iso('1992-05-01'), between(0, 12000))), HOMETOWN: pick(towns) };
  });
  const drivers = vols.filter((v) => v.ROLECODE === 'DRIVER');
  const running = locos.filter((l) => l.INSERVIC);
  const services = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const month = date.getUTCMonth();
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const summer = month >= 5 && month <= 7;
    const santa = month === 11 && weekend;
    if (!(summer || santa || (weekend && month >= 3 && month <= 9))) continue;
    const trains = santa ? 3 : summer && weekend ? 3 : summer ? 2 : 1;
    for (let t = 0; t < trains; t += 1) {
      const loco = pick(running);
      const route = santa ? 'SHORT' : pick(['FULL', 'FULL', 'SHORT']);
      const miles = route === 'FULL' ? 13 : 6;
      services.push({ SRVCID: 0, SRVCDATE: day(date), DEPARTTM: ['10:30', '13:00', '15:30'][t], LOCOID: loco.LOCOID, DRIVERID: pick(drivers).VOLID, ROUTECOD: route, EVENTNAM: santa ? 'Santa Special' : month === 6 && weekend && random() < 0.3 ? 'Gala Weekend' : null, MILESRUN: miles, COALTONS: loco.TRACTION === 'STEAM' ? Math.round(miles * (0.09 + random() * 0.04) * 100) / 100 : null });
    }
  }
  services.forEach((s, index) => { s.SRVCID = 20001 + index; });
  const fares = { FULL: { ADULT: 16, CHILD: 8, SENIOR: 13, FAMILY: 42 }, SHORT: { ADULT: 9, CHILD: 4.5, SENIOR: 7.5, FAMILY: 24 } };
  const tickets = [];
  for (const s of services) {
    const sales = s.EVENTNAM === 'Santa Special' ? between(3, 5) : between(1, 3);
    for (let k = 0; k < sales; k += 1) {
      const type = s.EVENTNAM === 'Santa Special' ? pick(['FAMILY', 'FAMILY', 'CHILD', 'ADULT']) : pick(['ADULT', 'ADULT', 'CHILD', 'SENIOR', 'SENIOR', 'FAMILY']);
      const quantity = type === 'FAMILY' ? 1 : between(1, 4);
      const fare = fares[s.ROUTECOD][type] * (s.EVENTNAM === 'Santa Special' ? 1.5 : 1);
      tickets.push({ TICKETID: 0, SRVCID: s.SRVCID, TICKTYPE: type, QUANTITY: quantity, FAREPAID: money(fare * quantity), SALECHAN: random() < 0.55 ? 'ONLINE' : 'STATION' });
    }
  }
  tickets.forEach((t, index) => { t.TICKETID = 500001 + index; });
  writeTable('heritage_rly', 'LOCOMOTV', ['LOCOID', 'LOCONAME', 'TRACTION', 'BUILDYR', 'WHEELARR', 'INSERVIC'], locos);
  writeTable('heritage_rly', 'VOLUNTRS', ['VOLID', 'VOLNAME', 'ROLECODE', 'JOINDATE', 'HOMETOWN'], vols);
  writeTable('heritage_rly', 'SERVICES', ['SRVCID', 'SRVCDATE', 'DEPARTTM', 'LOCOID', 'DRIVERID', 'ROUTECOD', 'EVENTNAM', 'MILESRUN', 'COALTONS'], services);
  writeTable('heritage_rly', 'TICKETSL', ['TICKETID', 'SRVCID', 'TICKTYPE', 'QUANTITY', 'FAREPAID', 'SALECHAN'], tickets);
}

bookbindery();
marqueeWarehouse();
heritageRailway();

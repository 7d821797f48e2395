// Writes databases/{dive_contractor,clay_grnd}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-r/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A commercial diving contractor on the Firth of Forth: divers, clients, dive sites, jobs, the dives logged on them and invoices, 2023-2026. */
function diveContractor() {
  const { random, pick, between } = seeded(19860214);
  // [name, ticket, role, day rate, joined, left]
  const diverList = [
    ['Callum Rennie', 'CB', 'supervisor', 520, '2009-04-06', null], ['Fiona Baird', 'SS', 'supervisor', 480, '2012-03-12', null], ['Alasdair Munro', 'SS', 'supervisor', 470, '2014-05-19', '2025-03-28'],
    ['Grant Lindsay', 'CB', 'diver', 440, '2015-08-03', null], ['Euan Crawford', 'SS', 'diver', 380, '2016-02-15', null], ['Kirsty Paterson', 'SS', 'diver', 375, '2017-06-05', null],
    ['Ross McKenzie', 'SS', 'diver', 370, '2018-09-10', null], ['Duncan Fraser', 'SC', 'diver', 310, '2019-01-14', '2024-10-31'], ['Morag Sinclair', 'SS', 'diver', 365, '2020-04-20', null],
    ['Iain Gillespie', 'SC', 'diver', 300, '2021-03-01', null], ['Lewis Armstrong', 'SS', 'diver', 360, '2021-07-12', null], ['Shona Murray', 'SC', 'diver', 295, '2022-05-09', null],
    ['Jamie Dalgleish', 'SC', 'trainee', 210, '2024-02-05', null], ['Niamh Cowan', 'SS', 'trainee', 220, '2025-01-13', null], ['Rory Buchanan', 'SS', 'diver', 355, '2023-09-04', null],
    ['Hamish Gow', 'CB', 'supervisor', 505, '2025-04-07', null],
  ];
  const divers = diverList.map(([full_name, ticket, role, rate, joined_on, left_on], index) => ({ diver_id: 1 + index, full_name, ticket, role, day_rate: money(rate), joined_on, left_on }));
  const working = (today) => divers.filter((d) => d.joined_on <= today && !(d.left_on && d.left_on < today));

  // [name, sector, town]
  const clientList = [
    ['Forth Ports', 'port authority', 'Leith'], ['Port of Rosyth', 'port authority', 'Rosyth'], ['Scottish Water', 'water utility', 'Edinburgh'], ['Neart na Gaoithe Offshore Wind', 'offshore wind', 'Dunbar'],
    ['Inch Cape Offshore', 'offshore wind', 'Edinburgh'], ['Balfour Civil', 'civil engineering', 'Glasgow'], ['Queensferry Crossing Maintenance', 'civil engineering', 'South Queensferry'],
    ['Loch Fyne Salmon', 'aquaculture', 'Cairndow'], ['Mowi Scotland', 'aquaculture', 'Fort William'], ['Port Edgar Marina', 'leisure harbour', 'South Queensferry'], ['Granton Harbour Trust', 'leisure harbour', 'Edinburgh'],
    ['Cockenzie Power Demolition', 'civil engineering', 'Prestonpans'], ['Fife Council Harbours', 'port authority', 'Glenrothes'], ['Tayside Marine Survey', 'marine survey', 'Dundee'],
  ];
  const clients = clientList.map(([client_name, sector, town], index) => ({ client_id: 201 + index, client_name, sector, town }));
  // [client index, site, water, max depth]
  const siteList = [
    [0, 'Leith Western Harbour quay wall', 'dock', 12], [0, 'Leith Imperial Dock gate', 'dock', 14.5], [0, 'Grangemouth Eastern Channel', 'estuary', 16], [1, 'Rosyth main basin', 'dock', 18],
    [1, 'Rosyth entrance lock', 'dock', 15], [2, 'Gladhouse Reservoir intake tower', 'reservoir', 22], [2, 'Glencorse Reservoir outlet', 'reservoir', 17], [2, 'Seafield outfall', 'sea', 11],
    [2, 'Talla Reservoir draw-off', 'reservoir', 26], [3, 'NnG array cable landfall', 'sea', 9], [3, 'NnG turbine foundations', 'sea', 48], [4, 'Inch Cape export cable route', 'sea', 38],
    [5, 'River Clyde Govan quay', 'river', 8], [5, 'Kincardine Bridge piers', 'estuary', 13], [6, 'Queensferry Crossing pier footings', 'estuary', 31], [6, 'Forth Road Bridge caissons', 'estuary', 29],
    [7, 'Loch Fyne pens A', 'loch', 24], [7, 'Loch Fyne pens B', 'loch', 27], [8, 'Loch Linnhe farm', 'loch', 35], [8, 'Loch Leven (Lochaber) farm', 'loch', 30],
    [9, 'Port Edgar pontoons', 'dock', 6], [10, 'Granton middle pier', 'dock', 7], [11, 'Cockenzie cooling water intake', 'sea', 10], [12, 'Anstruther harbour wall', 'sea', 5],
    [12, 'Pittenweem harbour', 'sea', 5.5], [12, 'Burntisland breakwater', 'sea', 9], [0, 'Methil docks', 'dock', 11], [2, 'Megget Reservoir tower', 'reservoir', 34],
  ];
  const sites = siteList.map(([c, site_name, water, depth], index) => ({ site_id: 501 + index, client_id: clients[c].client_id, site_name, water, max_depth_m: depth.toFixed(1) }));
  const idle = new Set([sites[26].site_id, sites[27].site_id]); // surveyed for a tender, never worked on
  const vessels = ['MV Forth Guardian', 'MV Isle of Mull', 'Fingal', 'MV Clansman', 'Tug Ashgrove', 'MV Pentland Venture', 'Dredger Forth Endeavour', 'MV Hebridean Isles'];
  // [type, days low, high, dives a day, value a day, on a vessel]
  const jobTypes = [
    ['inspection', 1, 4, 2, 1900, false], ['inspection', 1, 4, 2, 1900, false], ['underwater welding', 3, 12, 3, 3600, false], ['salvage', 2, 9, 3, 4200, false],
    ['hull cleaning', 1, 2, 3, 1700, true], ['propeller polishing', 1, 1, 2, 1500, true], ['cable survey', 2, 8, 2, 3900, false], ['net repair', 1, 3, 4, 1600, false],
    ['intake clearance', 1, 5, 3, 2300, false], ['concrete repair', 3, 14, 3, 3300, false],
  ];
  const jobs = [];
  const dives = [];
  const invoices = [];
  const active = clients.filter((c) => c.client_name !== 'Tayside Marine Survey' && c.client_name !== 'Fife Council Harbours');
  for (let d = new Date(Date.UTC(2023, 0, 9)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const winter = [11, 0, 1].includes(d.getUTCMonth());
    if (random() > (winter ? 0.17 : 0.33)) continue;
    const today = day(d);
    let [type, lo, hi, perDay, valueDay, onVessel] = pick(jobTypes);
    let client = pick(active);
    if (type === 'net repair') client = pick(clients.filter((c) => c.sector === 'aquaculture'));
    if (type === 'cable survey') client = pick(clients.filter((c) => c.sector === 'offshore wind'));
    if (client.sector === 'aquaculture' && !onVessel) type = 'net repair';
    const clientSites = sites.filter((s) => s.client_id === client.client_id && !idle.has(s.site_id));
    const site = onVessel || clientSites.length === 0 ? null : pick(clientSites);
    const days = between(lo, hi);
    const start = d;
    const end = addDays(start, days - 1 + between(0, Math.round(days / 3)));
    const team = working(today);
    const supers = team.filter((x) => x.role === 'supervisor');
    const depthMax = site ? Number(site.max_depth_m) : between(4, 9);
    const needsSS = depthMax > 30 || ['underwater welding', 'concrete repair', 'salvage'].includes(type);
    const deep = depthMax > 40;
    const supervisor = deep ? (supers.find((x) => x.ticket === 'CB') ?? pick(supers)) : pick(supers);
    const divePool = team.filter((x) => x.role !== 'supervisor' && (!needsSS || x.ticket !== 'SC') && (!deep || x.ticket !== 'SC'));
    const value = Math.round(valueDay * days * (0.85 + random() * 0.35) / 50) * 50;
    const job = { job_id: 0, client_id: client.client_id, site_id: site ? site.site_id : null, vessel_name: site ? null : pick(vessels), job_type: type, supervisor_id: supervisor.diver_id, start_date: today, end_date: day(end) <= LAST && !(today >= '2026-11-09' && days >= 3) ? day(end) : null, contract_value: money(value), _start: start, _end: end };
    jobs.push(job);
  }
  jobs.forEach((j, index) => { j.job_id = 3001 + index; });
  for (const j of jobs) {
    const site = j.site_id ? sites.find((s) => s.site_id === j.site_id) : null;
    const depthMax = site ? Number(site.max_depth_m) : 7;
    const last = j.end_date ? j._end : END;
    for (let d = j._start; d <= last; d = addDays(d, 1)) {
      if (random() < 0.12) continue; // weather day
      const today = day(d);
      const team = working(today).filter((x) => x.role !== 'supervisor');
      const needsSS = depthMax > 30 || ['underwater welding', 'concrete repair', 'salvage'].includes(j.job_type);
      const pool = team.filter((x) => !needsSS || x.ticket !== 'SC');
      const n = between(1, j.job_type === 'net repair' ? 4 : 3);
      for (let k = 0; k < n; k += 1) {
        const diver = pick(pool);
        const depth = Math.max(2, depthMax * (0.45 + random() * 0.55));
        const gas = depth > 40 ? 'heliox' : depth > 18 && random() < 0.5 ? 'nitrox' : 'air';
        const bottom = Math.round(Math.max(15, (gas === 'heliox' ? 40 : 140 - depth * 2.2) * (0.5 + random() * 0.6)));
        const deco = depth > 15 && bottom > 160 - depth * 3 ? Math.round((bottom - (160 - depth * 3)) * 0.5 + 5) : 0;
        dives.push({ dive_id: 0, job_id: j.job_id, diver_id: diver.diver_id, dive_date: today, max_depth_m: depth.toFixed(1), bottom_minutes: bottom, breathing_gas: gas, deco_minutes: deco });
      }
    }
    // invoices: a stage invoice for jobs over 10 000, then the final one when the job ends
    const value = Number(j.contract_value);
    const stage = value > 10000 ? Math.round(value * 0.4 / 50) * 50 : 0;
    if (stage) {
      const issued = addDays(j._start, 14);
      if (day(issued) <= LAST) {
        const paid = addDays(issued, between(12, 60));
        invoices.push({ invoice_id: 0, job_id: j.job_id, issued_on: day(issued), amount: money(stage), paid_on: day(paid) <= LAST ? day(paid) : null });
      }
    }
    if (j.end_date) {
      const issued = addDays(j._end, between(2, 9));
      if (day(issued) <= LAST) {
        const slow = j.client_id === clients[5].client_id || j.client_id === clients[11].client_id;
        const paid = addDays(issued, between(14, slow ? 95 : 50));
        invoices.push({ invoice_id: 0, job_id: j.job_id, issued_on: day(issued), amount: money(value - stage), paid_on: day(paid) <= LAST && random() > 0.02 ? day(paid) : null });
      }
    }
  }
  dives.sort((a, b) => cmp(a.dive_date, b.dive_date) || a.job_id - b.job_id);
  dives.forEach((x, index) => { x.dive_id = 1 + index; });
  invoices.sort((a, b) => cmp(a.issued_on, b.issued_on) || a.job_id - b.job_id);
  invoices.forEach((x, index) => { x.invoice_id = 9001 + index; });
  writeTable('dive_contractor', 'divers', ['diver_id', 'full_name', 'ticket', 'role', 'day_rate', 'joined_on', 'left_on'], divers);
  writeTable('dive_contractor', 'clients', ['client_id', 'client_name', 'sector', 'town'], clients);
  writeTable('dive_contractor', 'sites', ['site_id', 'client_id', 'site_name', 'water', 'max_depth_m'], sites);
  writeTable('dive_contractor', 'jobs', ['job_id', 'client_id', 'site_id', 'vessel_name', 'job_type', 'supervisor_id', 'start_date', 'end_date', 'contract_value'], jobs);
  writeTable('dive_contractor', 'dives', ['dive_id', 'job_id', 'diver_id', 'dive_date', 'max_depth_m', 'bottom_minutes', 'breathing_gas', 'deco_minutes'], dives);
  writeTable('dive_contractor', 'invoices', ['invoice_id', 'job_id', 'issued_on', 'amount', 'paid_on'], invoices);
}

/** A clay pigeon shooting ground in the Welsh Marches: shooters, coaches, practice rounds, cartridge sales, competitions and entries, 2024-2026. */
function clayGround() {
  const { random, pick, between } = seeded(20030917);
  const nextName = namer(pick,
    ['Gareth', 'Rhys', 'Owen', 'Sian', 'Bethan', 'Huw', 'Dylan', 'Ceri', 'Tom', 'James', 'Emma', 'Sarah', 'Mark', 'Paul', 'Lowri', 'Geraint', 'Nia', 'Alun', 'Kate', 'Ben', 'Harriet', 'William', 'George', 'Lucy'],
    ['Pryce', 'Bevan', 'Vaughan', 'Powell', 'Morgan', 'Griffiths', 'Lloyd', 'Price', 'Davies', 'Hughes', 'Meredith', 'Parry', 'Jenkins', 'Probert', 'Gittins', 'Breeze', 'Bufton', 'Beddoes', 'Wozencroft', 'Preece', 'Watkins', 'Corbett']);
  const towns = ['Knighton', 'Knighton', 'Presteigne', 'Presteigne', 'Kington', 'Ludlow', 'Ludlow', 'Llandrindod Wells', 'Leominster', 'Builth Wells', 'Hereford', 'Craven Arms', 'Rhayader'];
  const shtrs = [];
  for (let i = 0; i < 380; i += 1) {
    const [first, last] = nextName();
    const r = random();
    const cls = r < 0.08 ? 'J' : r < 0.22 ? 'V' : r < 0.36 ? 'D' : 'F';
    const jn = addDays(new Date(Date.UTC(2012, 0, 1)), between(0, cls === 'D' ? 5420 : 5100));
    let jnDt = day(jn);
    if (cls === 'D' && jnDt < '2024-01-01') jnDt = day(addDays(new Date(Date.UTC(2024, 0, 1)), between(0, 1030)));
    const cert = cls === 'D' ? null : `SGC/${pick(['DP', 'WM', 'GW'])}/${between(10000, 99999)}`;
    const lft = cls !== 'D' && random() < 0.07 ? day(addDays(new Date(Date.UTC(2024, 2, 1)), between(0, 900))) : null;
    shtrs.push({ shtr_no: 1001 + i, shtr_nm: `${first} ${last}`, cls, cert_no: cert, twn: pick(towns), jn_dt: jnDt, lft_dt: lft && lft > jnDt ? lft : null, _skill: 0.45 + random() * 0.45 + (cls === 'J' ? -0.1 : 0), _keen: random() < 0.15 ? 6 : random() < 0.5 ? 2 : 0.5 });
  }
  // [name, level, hourly rate, start, end]
  const coachList = [['Dai Pritchard', 'L3', 55, '2010-04-01', null], ['Gwen Lewis', 'L2', 42, '2016-05-01', null], ['Martin Bowen', 'L2', 40, '2018-03-01', '2025-06-30'], ['Sophie Rees', 'L1', 30, '2023-04-01', null], ['Ieuan Jones', 'L2', 42, '2025-07-01', null], ['Terry Halford', 'L1', 28, '2021-09-01', null]];
  const coaches = coachList.map(([coach_nm, lvl, rate, s, e], index) => ({ coach_no: 11 + index, coach_nm, lvl, hr_rt: money(rate), strt_dt: s, end_dt: e }));
  const onDuty = (today) => coaches.filter((c) => c.strt_dt <= today && !(c.end_dt && c.end_dt < today) && c.coach_nm !== 'Terry Halford');
  const discs = ['SP', 'SP', 'SP', 'SP', 'DTL', 'DTL', 'SK', 'SK', 'CS'];
  const rnds = [];
  const sales = [];
  const brands = [['Gamebore', 'Black Gold', 7.2], ['Gamebore', 'Clear Pigeon', 6.4], ['Hull', 'Pro One', 6.8], ['Eley', 'VIP Sporting', 7.5], ['Fiocchi', 'TT One', 7.9], ['Lyalvale', 'Supreme', 6.2]];
  const weights = shtrs.map((s) => (s.cls === 'D' ? 0.15 : s._keen));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickShtr = (today) => {
    for (let tries = 0; tries < 20; tries += 1) {
      let r = random() * total;
      let s = shtrs[shtrs.length - 1];
      for (let i = 0; i < shtrs.length; i += 1) { r -= weights[i]; if (r <= 0) { s = shtrs[i]; break; } }
      if (s.jn_dt <= today && !(s.lft_dt && s.lft_dt < today)) return s;
    }
    return null;
  };
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 1) continue; // closed on Mondays
    const today = day(d);
    const m = d.getUTCMonth();
    const n = (dow === 0 || dow === 6 ? between(9, 16) : between(3, 8)) + (m >= 3 && m <= 8 ? 2 : 0);
    for (let k = 0; k < n; k += 1) {
      const s = pickShtr(today);
      if (!s) continue;
      const lesson = (s.cls === 'D' ? random() < 0.75 : random() < 0.07) && onDuty(today).length > 0;
      const coach = lesson ? pick(onDuty(today)) : null;
      const disc = s.cls === 'D' ? 'SP' : pick(discs);
      const tgts = s.cls === 'D' ? 25 : pick([25, 50, 50, 100]);
      const skill = s.cls === 'D' ? 0.2 + random() * 0.35 : s._skill;
      const hits = Math.max(0, Math.min(tgts, Math.round(tgts * (skill + (random() - 0.5) * 0.16))));
      const fee = tgts * (today >= '2025-04-01' ? 0.46 : 0.42) + (coach ? Number(coach.hr_rt) : 0);
      rnds.push({ rnd_no: 0, shtr_no: s.shtr_no, rnd_dt: today, disc, tgts, hits, coach_no: coach ? coach.coach_no : null, fee: money(fee) });
      if (random() < (s.cls === 'D' ? 0.6 : 0.45)) {
        const [brnd, line, price] = s.cls === 'J' && random() < 0.6 ? ['Gamebore', 'Evo 20 gauge', 8.1] : pick(brands);
        const gge = line.includes('20 gauge') ? '20' : random() < 0.04 ? '28' : '12';
        const bxs = s.cls === 'D' ? 1 : pick([1, 2, 2, 4, 4, 10, 10, 20]);
        const p = price * (today >= '2025-09-01' ? 1.08 : 1);
        sales.push({ sale_no: 0, shtr_no: s.cls === 'D' ? null : s.shtr_no, sale_dt: today, brnd, line, gge, ld_g: gge === '12' ? pick([21, 24, 24, 28]) : 21, bxs, amt: money(p * bxs * (bxs >= 10 ? 0.92 : 1)) });
      }
    }
  }
  rnds.forEach((x, index) => { x.rnd_no = 500001 + index; });
  sales.forEach((x, index) => { x.sale_no = 80001 + index; });
  // competitions: monthly club shoots and registered shoots
  const comps = [];
  const cents = [];
  const compNames = { SP: ['Marches Sporting', 'Offa\'s Dyke 100', 'Teme Valley Sporting', 'Radnor Forest Open'], DTL: ['Border DTL', 'Clun Forest DTL'], SK: ['Knighton Skeet', 'Lugg Valley Skeet'], CS: ['Compak Challenge'] };
  for (let m = 0; m < 35; m += 1) {
    const base = new Date(Date.UTC(2024, m, 1));
    const cnt = m % 3 === 0 ? 2 : 1;
    for (let k = 0; k < cnt; k += 1) {
      let dd = addDays(base, between(3, 25));
      while (dd.getUTCDay() !== 0) dd = addDays(dd, 1);
      if (day(dd) > LAST) continue;
      const disc = k === 1 ? pick(['DTL', 'SK', 'CS']) : pick(['SP', 'SP', 'DTL', 'SK']);
      const reg = k === 0 && m % 2 === 0 ? 'R' : 'O';
      comps.push({ comp_no: 0, comp_nm: `${pick(compNames[disc])} ${day(dd).slice(0, 7)}`, comp_dt: day(dd), disc, tgts: reg === 'R' ? 100 : 50, ent_fee: money(reg === 'R' ? 45 : 25), reg });
    }
  }
  comps.sort((a, b) => cmp(a.comp_dt, b.comp_dt));
  comps.forEach((x, index) => { x.comp_no = 301 + index; });
  for (const c of comps) {
    const eligible = shtrs.filter((s) => s.cls !== 'D' && s.jn_dt <= c.comp_dt && !(s.lft_dt && s.lft_dt < c.comp_dt) && (s._keen > 1 || random() < 0.2));
    const n = between(c.reg === 'R' ? 28 : 14, c.reg === 'R' ? 60 : 34);
    const chosen = new Set();
    for (let k = 0; k < n * 3 && chosen.size < n && chosen.size < eligible.length; k += 1) chosen.add(pick(eligible));
    const list = [...chosen].map((s) => ({ s, scr: Math.max(0, Math.min(c.tgts, Math.round(c.tgts * (s._skill + 0.04 + (random() - 0.5) * 0.14)))) }));
    list.sort((a, b) => b.scr - a.scr || a.s.shtr_no - b.s.shtr_no);
    list.forEach((e, index) => cents.push({ ent_no: 0, comp_no: c.comp_no, shtr_no: e.s.shtr_no, scr: e.scr, plc: index < 3 ? index + 1 : null }));
  }
  cents.forEach((x, index) => { x.ent_no = 1 + index; });
  writeTable('clay_grnd', 'shtr', ['shtr_no', 'shtr_nm', 'cls', 'cert_no', 'twn', 'jn_dt', 'lft_dt'], shtrs);
  writeTable('clay_grnd', 'coach', ['coach_no', 'coach_nm', 'lvl', 'hr_rt', 'strt_dt', 'end_dt'], coaches);
  writeTable('clay_grnd', 'rnd', ['rnd_no', 'shtr_no', 'rnd_dt', 'disc', 'tgts', 'hits', 'coach_no', 'fee'], rnds);
  writeTable('clay_grnd', 'ctg_sale', ['sale_no', 'shtr_no', 'sale_dt', 'brnd', 'line', 'gge', 'ld_g', 'bxs', 'amt'], sales);
  writeTable('clay_grnd', 'comp', ['comp_no', 'comp_nm', 'comp_dt', 'disc', 'tgts', 'ent_fee', 'reg'], comps);
  writeTable('clay_grnd', 'cent', ['ent_no', 'comp_no', 'shtr_no', 'scr', 'plc'], cents);
}

diveContractor();
clayGround();

// Writes databases/{phone_fix,piano_tuning,kart_track}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-p/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aiden', 'Bryony', 'Callum', 'Delyth', 'Ewan', 'Freya', 'Gareth', 'Harriet', 'Idris', 'Jasmine', 'Keiran', 'Leah', 'Morgan', 'Niamh', 'Osian', 'Priya', 'Rhys', 'Seren', 'Tomos', 'Ursula', 'Vikram', 'Wyn', 'Yasmin', 'Zac', 'Amelia', 'Ben', 'Carys', 'Dylan', 'Efa', 'Huw', 'Isla', 'Joel'];
const LAST = ['Aberdare', 'Bevan', 'Cadwallader', 'Davies', 'Evans', 'Griffiths', 'Howells', 'Jenkins', 'Llewellyn', 'Meredith', 'Nash', 'Owain', 'Powell', 'Pritchard', 'Rowlands', 'Thomas', 'Vaughan', 'Watkins', 'Prosser', 'Gwynne', 'Harries', 'Lloyd', 'Morgan', 'Parry', 'Rees', 'Tudor', 'Probert', 'Bowen', 'Kaur', 'Okafor', 'Nowak', 'Chen'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30

/** A chain of mobile-phone repair shops: shops, technicians, parts, repair jobs and the parts each job used. */
function phoneFix() {
  const { random, pick, between } = seeded(20261301);
  const nextName = namer(pick, FIRST, LAST);
  const shops = [
    ['CDF1', 'Queen Street', 'Cardiff', '2016-04-02', 4],
    ['CDF2', 'Albany Road', 'Cardiff', '2019-08-17', 2],
    ['NPT1', 'Commercial Street', 'Newport', '2018-02-10', 3],
    ['SWA1', 'Oxford Street', 'Swansea', '2020-11-07', 3],
    ['BGD1', 'Nolton Street', 'Bridgend', '2023-05-20', 2],
  ].map(([shop_cd, shop_nm, town, opn_dt, bench_cnt]) => ({ shop_cd, shop_nm, town, opn_dt, bench_cnt, mgr_nm: '' }));
  const techs = [];
  for (const shop of shops) {
    for (let k = 0; k < shop.bench_cnt + 1; k += 1) {
      const grade = k === 0 ? 'T3' : pick(['T1', 'T1', 'T2', 'T2', 'T3']);
      const name = nextName().join(' ');
      if (k === 0) shop.mgr_nm = name;
      techs.push({ tech_id: 0, tech_nm: name, shop_cd: shop.shop_cd, grade_cd: grade, hrly_gbp: money(grade === 'T1' ? 12.21 : grade === 'T2' ? pick([13.5, 14]) : pick([15.5, 16.25])), mcro_sldr: grade === 'T3' || (grade === 'T2' && random() < 0.3), start_dt: day(addDays(new Date(`${shop.opn_dt}T00:00:00Z`), between(0, 900))) });
    }
  }
  techs.forEach((t, index) => { t.tech_id = 201 + index; });
  const models = [
    ['Apple', 'iPhone 12'], ['Apple', 'iPhone 13'], ['Apple', 'iPhone 14'], ['Apple', 'iPhone 15'], ['Apple', 'iPhone 15 Pro'],
    ['Samsung', 'Galaxy S22'], ['Samsung', 'Galaxy S23'], ['Samsung', 'Galaxy A54'], ['Google', 'Pixel 7'], ['Google', 'Pixel 8'], ['Motorola', 'Moto G84'],
  ];
  const suppliers = ['Severn Parts Ltd', 'Mobile Spares Direct', 'Dragon Components'];
  const catCost = { SCR: [38, 140], BAT: [14, 32], CHP: [6, 15], CAM: [18, 55], BCK: [10, 30] };
  const parts = [];
  for (const [brand, model] of models) {
    for (const cat of ['SCR', 'BAT', 'CHP', 'CAM', 'BCK']) {
      if (cat === 'BCK' && brand !== 'Apple') continue;
      parts.push({ part_no: `${cat}-${brand.slice(0, 2).toUpperCase()}${model.replace(/\D/g, '').padStart(2, '0')}${model.includes('Pro') ? 'P' : ''}${model.includes('A54') ? 'A' : ''}`, part_desc: `${model} ${{ SCR: 'screen assembly', BAT: 'battery', CHP: 'charge port flex', CAM: 'rear camera module', BCK: 'back glass' }[cat]}`, dev_mdl: model, cat_cd: cat, cost_gbp: money(between(...catCost[cat]) + (model.includes('Pro') || model.includes('S23') ? 20 : 0)), supp_nm: pick(suppliers), stk_qty: between(0, 25) });
    }
  }
  const faultCat = { SCR: 'SCR', BAT: 'BAT', CHP: 'CHP', CAM: 'CAM', BCK: 'BCK', LIQ: null, SW: null };
  const labour = { SCR: 25, BAT: 20, CHP: 30, CAM: 25, BCK: 35, LIQ: 45, SW: 30 };
  const jobs = [];
  const jobParts = [];
  const districts = ['CF10', 'CF11', 'CF14', 'CF24', 'CF5', 'NP19', 'NP20', 'SA1', 'SA2', 'CF31', 'CF32', 'CF62'];
  for (let n = 0; n < 2600; n += 1) {
    const shop = pick([...shops, shops[0], shops[0], shops[2], shops[3]]);
    const [brand, model] = pick([...models, models[1], models[2], models[3], models[6]]);
    const fault = pick(['SCR', 'SCR', 'SCR', 'SCR', 'BAT', 'BAT', 'CHP', 'CAM', 'LIQ', 'SW', ...(brand === 'Apple' ? ['BCK'] : [])]);
    const bookedIn = addMinutes(addDays(START, between(0, DAYS - 1)), 9 * 60 + between(0, 32) * 15);
    const shopTechs = techs.filter((t) => t.shop_cd === shop.shop_cd && t.start_dt <= day(bookedIn));
    const tech = pick(shopTechs.length ? shopTechs : techs.filter((t) => t.shop_cd === shop.shop_cd));
    const partRow = faultCat[fault] ? parts.find((p) => p.dev_mdl === model && p.cat_cd === faultCat[fault]) : null;
    const quote = Math.round((partRow ? Number(partRow.cost_gbp) * 1.8 : 0) + labour[fault] + (fault === 'LIQ' ? between(0, 40) : 0));
    const roll = random();
    let status = roll < 0.05 ? 'CXL' : fault === 'LIQ' && roll < 0.35 ? 'BER' : roll < 0.08 ? 'BER' : 'CMP';
    const hours = fault === 'LIQ' ? between(24, 120) : fault === 'SCR' || fault === 'BAT' ? between(1, 6) : between(2, 48);
    let done = addMinutes(bookedIn, hours * 60);
    if (day(done) > '2026-11-30') status = 'WIP';
    const amt = status === 'CMP' ? money(quote * (random() < 0.12 ? 0.9 : 1)) : status === 'BER' ? money(15) : money(0);
    jobs.push({ job_no: '', shop_cd: shop.shop_cd, tech_id: tech.tech_id, dev_brand: brand, dev_mdl: model, imei_l4: String(between(1000, 9999)), fault_cd: fault, bkd_in: stamp(bookedIn), cmpl_at: status === 'CMP' || status === 'BER' ? stamp(done) : null, sts_cd: status, quote_gbp: money(quote), amt_gbp: amt, wty_rtn: status === 'CMP' && random() < 0.04, cust_pcd: pick(districts), _part: status === 'CMP' ? partRow : null, _fault: fault });
  }
  jobs.sort((a, b) => cmp(a.bkd_in, b.bkd_in) || cmp(a.shop_cd, b.shop_cd));
  jobs.forEach((job, index) => {
    job.job_no = `J${String(50001 + index)}`;
    if (job._part) jobParts.push({ job_no: job.job_no, part_no: job._part.part_no, qty: job._fault === 'SCR' && random() < 0.1 ? 2 : 1 });
    if (job.sts_cd === 'CMP' && job._fault === 'LIQ') {
      const bat = parts.find((p) => p.dev_mdl === job.dev_mdl && p.cat_cd === 'BAT');
      jobParts.push({ job_no: job.job_no, part_no: bat.part_no, qty: 1 });
    }
  });
  const jp = jobParts;
  writeTable('phone_fix', 'shops', ['shop_cd', 'shop_nm', 'town', 'opn_dt', 'bench_cnt', 'mgr_nm'], shops);
  writeTable('phone_fix', 'techs', ['tech_id', 'tech_nm', 'shop_cd', 'grade_cd', 'hrly_gbp', 'mcro_sldr', 'start_dt'], techs);
  writeTable('phone_fix', 'parts', ['part_no', 'part_desc', 'dev_mdl', 'cat_cd', 'cost_gbp', 'supp_nm', 'stk_qty'], parts);
  writeTable('phone_fix', 'jobs', ['job_no', 'shop_cd', 'tech_id', 'dev_brand', 'dev_mdl', 'imei_l4', 'fault_cd', 'bkd_in', 'cmpl_at', 'sts_cd', 'quote_gbp', 'amt_gbp', 'wty_rtn', 'cust_pcd'], jobs);
  writeTable('phone_fix', 'job_parts', ['job_no', 'part_no', 'qty'], jp);
}

/** A piano tuning service: its tuners, customers, the pianos they look after and every visit. */
function pianoTuning() {
  const { random, pick, between } = seeded(20261302);
  const nextName = namer(pick, FIRST, LAST);
  const tuners = [
    ['Bath', 1998, true], ['Bristol', 2006, false], ['Bristol', 2012, true], ['Wells', 2015, false], ['Frome', 2019, false], ['Bath', 2022, false],
  ].map(([home_town, qualified_year, does_restoration], index) => ({ tuner_id: index + 1, full_name: nextName().join(' '), home_town, qualified_year, does_restoration, hourly_rate: money(does_restoration ? 48 : qualified_year < 2015 ? 42 : 38) }));
  const towns = ['Bath', 'Bristol', 'Wells', 'Frome', 'Radstock', 'Keynsham', 'Shepton Mallet', 'Glastonbury'];
  const venues = ['St Cuthbert\'s Church', 'Wells Cathedral School', 'Frome Memorial Theatre', 'Keynsham Community Hall', 'Bath Assembly Rooms', 'Radstock Methodist Chapel', 'Glastonbury Abbey Barn', 'Bristol Old Vic Studio', 'Kingswood Academy', 'Priory Primary School', 'The Cheese & Grain', 'Harbourside Recording Studio'];
  const venueType = ['CHURCH', 'SCHOOL', 'VENUE', 'VENUE', 'VENUE', 'CHURCH', 'VENUE', 'VENUE', 'SCHOOL', 'SCHOOL', 'VENUE', 'STUDIO'];
  const customers = [];
  const venueTown = ['Wells', 'Wells', 'Frome', 'Keynsham', 'Bath', 'Radstock', 'Glastonbury', 'Bristol', 'Bristol', 'Bath', 'Frome', 'Bristol'];
  venues.forEach((name, k) => customers.push({ customer_id: 0, customer_name: name, customer_type: venueType[k], town: venueTown[k], phone: `0117 496 0${String(between(100, 999))}`, customer_since: day(addDays(new Date(Date.UTC(2008, 0, 1)), between(0, 6000))) }));
  for (let n = 0; n < 228; n += 1) customers.push({ customer_id: 0, customer_name: nextName().join(' '), customer_type: 'HOME', town: pick(towns), phone: `07700 9${String(between(10000, 99999))}`, customer_since: day(addDays(new Date(Date.UTC(2008, 0, 1)), between(0, 6500))) });
  customers.forEach((c, index) => { c.customer_id = 1001 + index; });
  const makers = [['Yamaha', 'U1', 'UPRIGHT'], ['Yamaha', 'U3', 'UPRIGHT'], ['Yamaha', 'C3', 'GRAND'], ['Kawai', 'K-300', 'UPRIGHT'], ['Kawai', 'GL-30', 'BABY_GRAND'], ['Steinway', 'Model B', 'GRAND'], ['Steinway', 'Model S', 'BABY_GRAND'], ['Bechstein', 'Model 8', 'UPRIGHT'], ['Broadwood', 'Cottage', 'UPRIGHT'], ['Challen', 'Studio', 'UPRIGHT'], ['Chappell', 'Overstrung', 'UPRIGHT'], ['Blüthner', 'Model 6', 'BABY_GRAND']];
  const pianos = [];
  for (const customer of customers) {
    const count = customer.customer_type === 'HOME' ? 1 : customer.customer_type === 'SCHOOL' ? between(2, 5) : between(1, 3);
    for (let k = 0; k < count; k += 1) {
      const [maker, model, piano_type] = customer.customer_type === 'VENUE' && k === 0 ? pick([makers[2], makers[5], makers[4]]) : pick(makers);
      const old = maker === 'Broadwood' || maker === 'Chappell' || maker === 'Challen';
      pianos.push({ piano_id: 0, customer_id: customer.customer_id, maker, model, piano_type, year_made: old ? between(1890, 1975) : between(1978, 2023), serial_number: String(between(100000, 6999999)), finish: pick(['black polyester', 'black satin', 'walnut', 'mahogany', 'white', 'oak']) });
    }
  }
  pianos.forEach((p, index) => { p.piano_id = 5001 + index; });
  const visits = [];
  for (const piano of pianos) {
    const customer = customers[piano.customer_id - 1001];
    const perYear = customer.customer_type === 'VENUE' || customer.customer_type === 'STUDIO' ? between(4, 10) : customer.customer_type === 'HOME' ? pick([0, 1, 1, 1, 2]) : between(1, 3);
    for (let v = 0; v < perYear; v += 1) {
      const date = addDays(START, between(0, DAYS - 1));
      const roll = random();
      const service = roll < 0.7 ? 'TUNE' : roll < 0.8 ? 'PITCH_RAISE' : roll < 0.88 ? 'REGULATION' : roll < 0.95 ? 'REPAIR' : 'VOICING';
      const tuner = pick(service === 'REPAIR' || service === 'VOICING' ? tuners.filter((t) => t.does_restoration) : tuners);
      const before = service === 'PITCH_RAISE' ? between(4280, 4370) / 10 : between(4375, 4405) / 10;
      const minutes = { TUNE: between(60, 90), PITCH_RAISE: between(100, 150), REGULATION: between(150, 300), REPAIR: between(45, 240), VOICING: between(90, 180) }[service];
      const fee = { TUNE: piano.piano_type === 'UPRIGHT' ? 75 : 95, PITCH_RAISE: 130, REGULATION: 240, REPAIR: Math.round(minutes / 60 * 48), VOICING: 160 }[service];
      visits.push({ visit_id: 0, piano_id: piano.piano_id, tuner_id: tuner.tuner_id, visit_date: day(date), service, pitch_before_hz: service === 'REPAIR' ? null : before.toFixed(1), pitch_after_hz: service === 'REPAIR' ? null : '440.0', minutes_on_site: minutes, fee: money(fee), paid: date > new Date(Date.UTC(2026, 10, 1)) ? random() < 0.5 : random() < 0.97, _date: date });
    }
  }
  visits.sort((a, b) => cmp(a.visit_date, b.visit_date) || a.piano_id - b.piano_id);
  visits.forEach((v, index) => { v.visit_id = 70001 + index; });
  const reminders = [];
  for (const piano of pianos) {
    const own = visits.filter((v) => v.piano_id === piano.piano_id);
    const lastVisit = own.length ? own[own.length - 1]._date : addDays(START, -between(30, 400));
    const due = addDays(lastVisit, 180);
    if (day(due) > '2026-12-31') continue;
    const sent = addDays(due, -21);
    if (day(sent) > '2026-11-30' || day(sent) < '2025-12-01') continue;
    reminders.push({ piano_id: piano.piano_id, due_date: day(due), sent_on: day(sent), sent_by: pick(['EMAIL', 'EMAIL', 'SMS', 'POST']), response: day(addDays(sent, 10)) > '2026-11-30' ? null : pick(['BOOKED', 'BOOKED', 'DECLINED', null]) });
  }
  reminders.sort((a, b) => cmp(a.sent_on, b.sent_on) || a.piano_id - b.piano_id);
  reminders.forEach((r, index) => { r.reminder_id = index + 1; });
  writeTable('piano_tuning', 'tuners', ['tuner_id', 'full_name', 'home_town', 'qualified_year', 'does_restoration', 'hourly_rate'], tuners);
  writeTable('piano_tuning', 'customers', ['customer_id', 'customer_name', 'customer_type', 'town', 'phone', 'customer_since'], customers);
  writeTable('piano_tuning', 'pianos', ['piano_id', 'customer_id', 'maker', 'model', 'piano_type', 'year_made', 'serial_number', 'finish'], pianos);
  writeTable('piano_tuning', 'visits', ['visit_id', 'piano_id', 'tuner_id', 'visit_date', 'service', 'pitch_before_hz', 'pitch_after_hz', 'minutes_on_site', 'fee', 'paid'], visits);
  writeTable('piano_tuning', 'reminders', ['reminder_id', 'piano_id', 'due_date', 'sent_on', 'sent_by', 'response'], reminders);
}

/** An indoor karting track: karts, drivers, sessions, each driver's entry in a session, and track incidents. */
function kartTrack() {
  const { random, pick, between } = seeded(20261303);
  const nextName = namer(pick, FIRST, LAST);
  const karts = [];
  for (let n = 1; n <= 30; n += 1) {
    const kartClass = n <= 20 ? 'ADULT' : n <= 26 ? 'JUNIOR' : 'TWIN';
    const since = addDays(new Date(Date.UTC(2019, 0, 1)), between(0, 2300));
    const isElectric = kartClass === 'ADULT' && n > 14;
    karts.push({ kartId: n, kartNumber: n <= 20 ? n : n <= 26 ? 30 + n : 70 + n, kartClass, engineCc: isElectric ? null : kartClass === 'JUNIOR' ? 160 : 270, inServiceSince: day(since), lastServiceDate: day(addDays(new Date(Date.UTC(2026, 9, 1)), between(0, 59))), isElectric });
  }
  const drivers = [];
  const towns = ['Milton Keynes', 'Bedford', 'Northampton', 'Luton', 'Leighton Buzzard', 'Buckingham', 'Olney', 'Newport Pagnell'];
  for (let n = 0; n < 640; n += 1) {
    const [first, last] = nextName();
    const junior = random() < 0.2;
    drivers.push({ driverId: 9001 + n, firstName: first, lastName: last, birthYear: junior ? between(2011, 2016) : between(1965, 2007), homeTown: pick(towns), licenceLevel: junior ? 'CADET' : pick(['NOVICE', 'NOVICE', 'NOVICE', 'CLUB', 'CLUB', 'PRO']), memberSince: day(addDays(new Date(Date.UTC(2017, 0, 1)), between(0, 3500))), emailOptIn: random() < 0.55 });
  }
  const sessions = [];
  const entries = [];
  const baseLap = { CLUB: 34000, NATIONAL: 41000, REVERSE: 35500 };
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const dow = date.getUTCDay();
    const slots = dow === 0 || dow === 6 ? [10, 11, 12, 14, 15, 16, 18] : dow === 1 ? [] : [17, 18, 19];
    for (const hour of slots) {
      if (random() < 0.25) continue;
      const roll = random();
      const sessionType = dow === 6 && hour < 13 ? 'JUNIOR_PARTY' : roll < 0.6 ? 'ARRIVE_DRIVE' : roll < 0.8 ? 'GRAND_PRIX' : 'CORPORATE';
      const trackLayout = sessionType === 'GRAND_PRIX' ? 'NATIONAL' : pick(['CLUB', 'CLUB', 'REVERSE']);
      const laps = sessionType === 'GRAND_PRIX' ? 30 : sessionType === 'CORPORATE' ? 20 : 15;
      sessions.push({ sessionId: 0, sessionStart: stamp(addMinutes(date, hour * 60)), sessionType, trackLayout, lapsScheduled: laps, pricePerDriver: money({ ARRIVE_DRIVE: 32, GRAND_PRIX: 65, CORPORATE: 55, JUNIOR_PARTY: 22 }[sessionType]), marshalName: pick(['Ewan Rees', 'Seren Bowen', 'Huw Probert', 'Isla Tudor']), _date: date });
    }
  }
  sessions.forEach((s, index) => { s.sessionId = 40001 + index; });
  for (const session of sessions) {
    const junior = session.sessionType === 'JUNIOR_PARTY';
    const pool = drivers.filter((dr) => (junior ? dr.licenceLevel === 'CADET' : dr.licenceLevel !== 'CADET') && dr.memberSince <= day(session._date));
    const count = Math.min(pool.length, between(4, junior ? 6 : 12));
    const chosen = new Set();
    while (chosen.size < count) chosen.add(pick(pool));
    const kartPool = karts.filter((k) => (junior ? k.kartClass === 'JUNIOR' : k.kartClass === 'ADULT'));
    const usedKarts = new Set();
    const rows = [];
    for (const driver of chosen) {
      let kart = pick(kartPool);
      while (usedKarts.has(kart.kartId)) kart = pick(kartPool);
      usedKarts.add(kart.kartId);
      const skill = { CADET: 1.12, NOVICE: 1.1, CLUB: 1.04, PRO: 1.0 }[driver.licenceLevel];
      const best = Math.round(baseLap[session.trackLayout] * skill * (1 + random() * 0.06) * (junior ? 1.15 : 1));
      const dnf = random() < 0.03;
      rows.push({ entryId: 0, sessionId: session.sessionId, driverId: driver.driverId, kartId: kart.kartId, lapsCompleted: dnf ? between(2, session.lapsScheduled - 1) : session.lapsScheduled, bestLapMs: best, finishPos: 0, amountPaid: money(Number(session.pricePerDriver) * (driver.licenceLevel === 'PRO' || driver.licenceLevel === 'CLUB' ? 0.9 : 1)), _dnf: dnf });
    }
    rows.sort((a, b) => (a._dnf - b._dnf) || (b.lapsCompleted - a.lapsCompleted) || (a.bestLapMs - b.bestLapMs));
    rows.forEach((r, index) => { r.finishPos = index + 1; entries.push(r); });
  }
  entries.forEach((e, index) => { e.entryId = index + 1; });
  const incidents = [];
  for (const entry of entries) {
    if (random() > 0.06) continue;
    const session = sessions[entry.sessionId - 40001];
    const incidentType = pick(['SPIN', 'SPIN', 'CONTACT', 'CONTACT', 'BLACK_FLAG', 'MECHANICAL']);
    incidents.push({ incidentId: 0, entryId: entry.entryId, kartId: entry.kartId, occurredAt: stamp(addMinutes(new Date(`${session.sessionStart.replace(' ', 'T')}Z`), between(1, 14))), incidentType, penaltySec: incidentType === 'CONTACT' ? pick([0, 5, 10]) : incidentType === 'BLACK_FLAG' ? 30 : 0, injuryReported: incidentType === 'CONTACT' && random() < 0.15 });
  }
  incidents.forEach((i, index) => { i.incidentId = index + 1; });
  writeTable('kart_track', 'karts', ['kartId', 'kartNumber', 'kartClass', 'engineCc', 'isElectric', 'inServiceSince', 'lastServiceDate'], karts);
  writeTable('kart_track', 'drivers', ['driverId', 'firstName', 'lastName', 'birthYear', 'homeTown', 'licenceLevel', 'memberSince', 'emailOptIn'], drivers);
  writeTable('kart_track', 'sessions', ['sessionId', 'sessionStart', 'sessionType', 'trackLayout', 'lapsScheduled', 'pricePerDriver', 'marshalName'], sessions);
  writeTable('kart_track', 'sessionEntries', ['entryId', 'sessionId', 'driverId', 'kartId', 'lapsCompleted', 'bestLapMs', 'finishPos', 'amountPaid'], entries);
  writeTable('kart_track', 'incidents', ['incidentId', 'entryId', 'kartId', 'occurredAt', 'incidentType', 'penaltySec', 'injuryReported'], incidents);
}

phoneFix();
pianoTuning();
kartTrack();

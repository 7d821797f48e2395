// Writes databases/{wedding_venue,funeral_dir,bee_coop}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-m/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Amelia', 'Barnaby', 'Chloe', 'Declan', 'Esme', 'Finlay', 'Georgia', 'Hamish', 'Isla', 'Jacob', 'Keira', 'Lewis', 'Maisie', 'Nathan', 'Orla', 'Patrick', 'Rosie', 'Stanley', 'Tilly', 'Umar', 'Verity', 'William', 'Yasmin', 'Zach', 'Aditi', 'Bogdan', 'Ciara', 'Dev'];
const LAST = ['Ashby', 'Brennan', 'Calloway', 'Dearden', 'Eastwood', 'Fairclough', 'Gorton', 'Hebden', 'Ingham', 'Jessop', 'Kershaw', 'Lomax', 'Mellor', 'Nuttall', 'Ormerod', 'Pilling', 'Quayle', 'Rushworth', 'Sutcliffe', 'Thwaite', 'Uttley', 'Varley', 'Whitworth', 'Yeadon', 'Okafor', 'Nowak', 'Bhatt'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A country-house wedding venue: its rooms, staff, enquiring couples, bookings, payments and booked extras. */
function weddingVenue() {
  const { random, pick, between } = seeded(20261211);
  const nextName = namer(pick, FIRST, LAST);
  const spaces = [
    ['The Orangery', 120, true, true, 3500], ['Great Barn', 180, true, true, 5200], ['Walled Garden', 150, false, true, 2800],
    ['The Library', 40, true, true, 1200], ['Cellar Bar', 80, true, false, 900], ['Lakeside Pavilion', 100, false, false, 1800],
  ].map(([space_nm, max_covers, indoor, civ_lic, hire_gbp], index) => ({ space_id: index + 1, space_nm, max_covers, indoor, civ_lic, hire_gbp: money(hire_gbp) }));
  const staff = [
    ['COORD', 16.5], ['COORD', 17.25], ['COORD', 15.8], ['COORD', 18.0], ['CHEF', 19.5], ['CHEF', 14.75], ['BAR', 12.6], ['BAR', 12.1], ['FOH', 12.4], ['FOH', 13.0],
  ].map(([role_cd, hourly_gbp], index) => ({ staff_id: 201 + index, staff_nm: nextName().join(' '), role_cd, hourly_gbp: money(hourly_gbp), start_dt: day(addDays(iso('2015-03-01'), between(0, 3600))) }));
  const coords = staff.filter((s) => s.role_cd === 'COORD');
  const couples = [];
  for (let n = 0; n < 190; n += 1) {
    const [f1, l1] = nextName();
    const [f2, l2] = nextName();
    const enq = addDays(iso('2024-03-01'), between(0, 1000));
    couples.push({ couple_id: 5001 + n, p1_nm: `${f1} ${l1}`, p2_nm: `${f2} ${l2}`, email: `${f1.toLowerCase()}.${l1.toLowerCase()}${between(1, 99)}@example.com`, enq_dt: day(enq), src_cd: pick(['WEB', 'WEB', 'FAIR', 'REF', 'SOC', 'DIR', 'DIR']) });
  }
  couples.sort((a, b) => cmp(a.enq_dt, b.enq_dt) || a.couple_id - b.couple_id);
  couples.forEach((c, index) => { c.couple_id = 5001 + index; });
  const bookings = [];
  const usedDates = new Set();
  for (const couple of couples) {
    if (random() < 0.22) continue;
    const enq = iso(couple.enq_dt);
    let event;
    for (;;) {
      event = addDays(enq, between(120, 640));
      const weekday = event.getUTCDay();
      if ((weekday === 5 || weekday === 6 || random() < 0.2) && !usedDates.has(day(event))) break;
    }
    usedDates.add(day(event));
    const pkg = pick(['DAY', 'DAY', 'DAY', 'TWI', 'EXC', 'ELO']);
    const space = pkg === 'ELO' ? spaces[3] : pick([spaces[0], spaces[1], spaces[1], spaces[2], spaces[5]]);
    const guestsDay = pkg === 'ELO' ? between(2, 20) : between(40, space.max_covers);
    const guestsEve = pkg === 'ELO' ? 0 : guestsDay + between(10, 70);
    const quoted = Number(space.hire_gbp) + guestsDay * (pkg === 'EXC' ? 110 : pkg === 'TWI' ? 62 : 85) + (pkg === 'EXC' ? 4000 : 0) + guestsEve * 14;
    const past = event < iso('2026-12-01');
    const cancelled = random() < 0.07;
    const booked = addDays(enq, between(3, 60));
    const sts = cancelled ? 'CXL' : past ? 'DONE' : random() < 0.25 ? 'PROV' : 'CONF';
    bookings.push({ bkg_ref: '', couple_id: couple.couple_id, booked_dt: day(booked > LAST_DAY ? LAST_DAY : booked), event_dt: day(event), space_id: space.space_id, pkg_cd: pkg, coord_id: pick(coords).staff_id, guests_day: guestsDay, guests_eve: guestsEve, quoted_gbp: money(quoted), sts_cd: sts });
  }
  bookings.sort((a, b) => cmp(a.event_dt, b.event_dt));
  bookings.forEach((b, index) => { b.bkg_ref = `AH${String(1001 + index)}`; });
  const payments = [];
  for (const bkg of bookings) {
    if (bkg.sts_cd === 'PROV') continue;
    const quoted = Number(bkg.quoted_gbp);
    const deposit = Math.min(1500, Math.round(quoted * 0.2));
    const booked = iso(bkg.booked_dt);
    const event = iso(bkg.event_dt);
    const rows = [['DEP', booked, deposit]];
    if (bkg.sts_cd === 'CXL') {
      if (random() < 0.5) rows.push(['REF', addDays(booked, between(30, 90)), Math.round(deposit / 2)]);
    } else {
      const mid = addDays(booked, Math.round((event - booked) / 86_400_000 / 2));
      const inst = Math.round((quoted - deposit) * 0.5);
      rows.push(['INST', mid, inst]);
      rows.push(['FINAL', addDays(event, -between(28, 45)), quoted - deposit - inst]);
    }
    for (const [pay_type, when, amount] of rows) {
      if (when > LAST_DAY) continue;
      payments.push({ pay_id: 0, bkg_ref: bkg.bkg_ref, paid_dt: day(when), pay_type, method: pick(['BACS', 'BACS', 'BACS', 'CARD']), amt_gbp: money(amount) });
    }
  }
  payments.sort((a, b) => cmp(a.paid_dt, b.paid_dt) || cmp(a.bkg_ref, b.bkg_ref));
  payments.forEach((p, index) => { p.pay_id = 70001 + index; });
  const items = [['Late bar licence', 350], ['Fireworks display', 1450], ['Chair covers and sashes', 3.5], ['Evening hog roast', 14], ['Sparkler send-off', 2], ['Bridal suite (extra night)', 295], ['Welcome drinks upgrade', 6.5], ['Lakeside boat photos', 180]];
  const extras = [];
  for (const bkg of bookings) {
    if (bkg.pkg_cd === 'ELO' || bkg.sts_cd === 'PROV') continue;
    for (const [item, unit] of items) {
      if (random() >= 0.28) continue;
      const perHead = unit < 20;
      const qty = perHead ? (item === 'Evening hog roast' ? bkg.guests_eve : bkg.guests_day) : 1;
      extras.push({ bkg_ref: bkg.bkg_ref, item, qty, amt_gbp: money(qty * unit) });
    }
  }
  writeTable('wedding_venue', 'spaces', ['space_id', 'space_nm', 'max_covers', 'indoor', 'civ_lic', 'hire_gbp'], spaces);
  writeTable('wedding_venue', 'staff', ['staff_id', 'staff_nm', 'role_cd', 'hourly_gbp', 'start_dt'], staff);
  writeTable('wedding_venue', 'couples', ['couple_id', 'p1_nm', 'p2_nm', 'email', 'enq_dt', 'src_cd'], couples);
  writeTable('wedding_venue', 'bookings', ['bkg_ref', 'couple_id', 'booked_dt', 'event_dt', 'space_id', 'pkg_cd', 'coord_id', 'guests_day', 'guests_eve', 'quoted_gbp', 'sts_cd'], bookings);
  writeTable('wedding_venue', 'payments', ['pay_id', 'bkg_ref', 'paid_dt', 'pay_type', 'method', 'amt_gbp'], payments);
  writeTable('wedding_venue', 'booking_extras', ['bkg_ref', 'item', 'qty', 'amt_gbp'], extras);
}

/** A family firm of funeral directors: branches, staff, funerals arranged, invoices, vehicles and vehicle journeys. */
function funeralDirector() {
  const { random, pick, between } = seeded(20261212);
  const nextName = namer(pick, FIRST, LAST);
  const branches = [
    ['HEB', 'Hebden Bridge', 'Hebden Bridge', 1962, true], ['TOD', 'Todmorden', 'Todmorden', 1988, true],
    ['SOW', 'Sowerby Bridge', 'Sowerby Bridge', 2004, false], ['HAL', 'Halifax King Cross', 'Halifax', 2019, true],
  ].map(([br_cd, br_name, town, opened_yr, chapel]) => ({ br_cd, br_name, town, opened_yr, chapel }));
  const staff = [];
  for (const br of branches) {
    for (const role of ['FD', 'ARR', 'ARR', 'BEAR', 'BEAR', ...(br.br_cd === 'HEB' || br.br_cd === 'HAL' ? ['EMB'] : [])]) {
      staff.push({ staff_id: 0, br_cd: br.br_cd, full_nm: nextName().join(' '), role, nafd_dip: role === 'FD' || (role === 'ARR' && random() < 0.5), hired_dt: day(addDays(iso('1998-01-01'), between(0, 10000))) });
    }
  }
  staff.forEach((s, index) => { s.staff_id = 11 + index; });
  const vehicles = [
    ['HEB', 'HRS', 'Mercedes E-Class hearse', 2019], ['HEB', 'LIMO', 'Mercedes E-Class limousine', 2019], ['HEB', 'PRV', 'Ford Transit private ambulance', 2021],
    ['TOD', 'HRS', 'Jaguar XF hearse', 2016], ['TOD', 'LIMO', 'Jaguar XF limousine', 2016], ['SOW', 'PRV', 'Vauxhall Vivaro private ambulance', 2022],
    ['HAL', 'HRS', 'Mercedes E-Class hearse', 2023], ['HAL', 'LIMO', 'Mercedes E-Class limousine', 2023], ['HAL', 'PRV', 'Ford Transit private ambulance', 2020],
  ].map(([br_cd, veh_type, make_model, reg_yr], index) => ({ reg_no: ['YH19 KFB', 'YH19 KFC', 'YD71 PLM', 'YJ66 TRW', 'YJ66 TRX', 'YF22 HBN', 'YA23 OVE', 'YA23 OVF', 'YG70 MDU'][index], br_cd, veh_type, make_model, reg_yr }));
  const venues = ['Park Wood Crematorium', 'Park Wood Crematorium', 'Todmorden Crematorium', 'St Thomas a Becket, Heptonstall', 'Lister Lane Cemetery', 'Heptonstall Methodist Chapel', 'Hebden Bridge Chapel of Rest', 'Lower Fold Natural Burial Ground', 'Stoney Royd Cemetery'];
  const funerals = [];
  const weights = { HEB: 0.3, TOD: 0.25, SOW: 0.15, HAL: 0.3 };
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const winter = [11, 0, 1, 2].includes(date.getUTCMonth());
    const n = between(0, winter ? 3 : 2);
    for (let k = 0; k < n; k += 1) {
      const r = random();
      let acc = 0;
      const br = branches.find((b) => (acc += weights[b.br_cd]) > r) ?? branches[3];
      const disp = pick(['CRE', 'CRE', 'CRE', 'CRE', 'BUR', 'BUR', 'DC', 'NAT']);
      const svc = disp === 'DC' ? null : addDays(date, between(8, 24));
      const venue = disp === 'DC' ? null : disp === 'NAT' ? 'Lower Fold Natural Burial Ground' : disp === 'CRE' ? pick(venues.slice(0, 3).concat(venues.slice(3, 7))) : pick(['St Thomas a Becket, Heptonstall', 'Lister Lane Cemetery', 'Stoney Royd Cemetery']);
      const arrangers = staff.filter((s) => s.br_cd === br.br_cd && (s.role === 'ARR' || s.role === 'FD'));
      const [first, last] = nextName();
      funerals.push({ fun_no: '', br_cd: br.br_cd, deceased_nm: `${first} ${last}`, dod: day(date), age_at_death: Math.min(104, Math.max(19, Math.round(82 + (random() - 0.6) * 40))), disp_cd: disp, svc_dt: svc === null ? null : day(svc), svc_venue: venue, arranger_id: pick(arrangers).staff_id, coffin_cd: disp === 'DC' ? 'STD' : disp === 'NAT' ? pick(['WIL', 'CARD']) : pick(['STD', 'STD', 'OAKV', 'OAKV', 'SOAK', 'WIL']), plan_prov: random() < 0.2 ? pick(['Evergreen Funeral Plans', 'Golden Leaf Plans', 'Dignity Assured']) : null, sts: svc === null ? 'HELD' : svc > LAST_DAY ? 'BKD' : 'HELD' });
    }
  }
  funerals.forEach((f, index) => { f.fun_no = `F${String(26001 + index)}`; });
  const profFee = { CRE: 2950, BUR: 3350, DC: 1495, NAT: 2600 };
  const coffinCost = { STD: 0, OAKV: 450, SOAK: 1650, WIL: 520, CARD: 180 };
  const invoices = [];
  for (const f of funerals) {
    if (f.sts === 'BKD') continue;
    const when = addDays(iso(f.svc_dt ?? f.dod), between(1, 7));
    if (when > LAST_DAY) continue;
    const disb = f.disp_cd === 'BUR' ? between(1800, 3600) : f.disp_cd === 'CRE' ? between(1050, 1400) : f.disp_cd === 'NAT' ? between(900, 1500) : 0;
    const paid = random() < 0.85 ? addDays(when, between(3, 60)) : null;
    invoices.push({ inv_no: 0, fun_no: f.fun_no, inv_dt: day(when), prof_fee_gbp: money(profFee[f.disp_cd] + coffinCost[f.coffin_cd] + between(0, 6) * 50), disb_gbp: money(disb), paid_dt: paid === null || paid > LAST_DAY ? null : day(paid) });
  }
  invoices.sort((a, b) => cmp(a.inv_dt, b.inv_dt) || cmp(a.fun_no, b.fun_no));
  invoices.forEach((inv, index) => { inv.inv_no = 40001 + index; });
  const jobs = [];
  for (const f of funerals) {
    const own = vehicles.filter((v) => v.br_cd === f.br_cd);
    const prv = own.find((v) => v.veh_type === 'PRV') ?? vehicles.find((v) => v.veh_type === 'PRV' && v.br_cd === 'HAL');
    jobs.push({ job_id: 0, fun_no: f.fun_no, reg_no: prv.reg_no, job_cd: 'REM', job_dt: f.dod, miles: between(2, 35) });
    if (f.svc_dt === null || f.sts === 'BKD') continue;
    const hearse = own.find((v) => v.veh_type === 'HRS') ?? vehicles.find((v) => v.reg_no === 'YA23 OVE');
    jobs.push({ job_id: 0, fun_no: f.fun_no, reg_no: hearse.reg_no, job_cd: 'SVC', job_dt: f.svc_dt, miles: between(4, 40) });
    if (random() < 0.55) {
      const limo = own.find((v) => v.veh_type === 'LIMO') ?? vehicles.find((v) => v.reg_no === 'YA23 OVF');
      jobs.push({ job_id: 0, fun_no: f.fun_no, reg_no: limo.reg_no, job_cd: 'SVC', job_dt: f.svc_dt, miles: between(4, 40) });
    }
  }
  jobs.sort((a, b) => cmp(a.job_dt, b.job_dt) || cmp(a.fun_no, b.fun_no) || cmp(a.reg_no, b.reg_no));
  jobs.forEach((j, index) => { j.job_id = 1 + index; });
  writeTable('funeral_dir', 'branches', ['br_cd', 'br_name', 'town', 'opened_yr', 'chapel'], branches);
  writeTable('funeral_dir', 'staff', ['staff_id', 'br_cd', 'full_nm', 'role', 'nafd_dip', 'hired_dt'], staff);
  writeTable('funeral_dir', 'funerals', ['fun_no', 'br_cd', 'deceased_nm', 'dod', 'age_at_death', 'disp_cd', 'svc_dt', 'svc_venue', 'arranger_id', 'coffin_cd', 'plan_prov', 'sts'], funerals);
  writeTable('funeral_dir', 'invoices', ['inv_no', 'fun_no', 'inv_dt', 'prof_fee_gbp', 'disb_gbp', 'paid_dt'], invoices);
  writeTable('funeral_dir', 'vehicles', ['reg_no', 'br_cd', 'veh_type', 'make_model', 'reg_yr'], vehicles);
  writeTable('funeral_dir', 'veh_jobs', ['job_id', 'fun_no', 'reg_no', 'job_cd', 'job_dt', 'miles'], jobs);
}

/** A beekeepers' co-operative: members, their apiaries and colonies, hive inspections, honey taken in and jars sold. */
function beeCoop() {
  const { random, pick, between } = seeded(20261213);
  const nextName = namer(pick, FIRST, LAST);
  const villages = ['Grassington', 'Kettlewell', 'Burnsall', 'Hebden', 'Linton', 'Threshfield', 'Cracoe', 'Rylstone', 'Appletreewick', 'Conistone'];
  const members = [];
  for (let n = 0; n < 42; n += 1) {
    members.push({ mem_no: 301 + n, mem_nm: nextName().join(' '), village: pick(villages), joined_dt: day(addDays(iso('2008-04-01'), between(0, 6600))), tier: pick(['FULL', 'FULL', 'FULL', 'ASSOC', 'JNR']), insured: random() < 0.85 });
  }
  const sites = ['Top Field', 'Orchard', 'Back Garden', 'Moor Edge', 'Church Croft', 'Beck Side', 'Allotment', 'Hall Farm', 'Quarry Lane', 'Old Vicarage'];
  const apiaries = [];
  for (const m of members) {
    const count = m.tier === 'JNR' ? 1 : between(1, 2);
    for (let k = 0; k < count; k += 1) {
      apiaries.push({ apiary_id: 0, mem_no: m.mem_no, site_nm: `${m.village} ${pick(sites)}`, os_grid: `SE ${String(between(0, 99)).padStart(2, '0')}${between(0, 9)} ${String(between(50, 70))}${between(0, 9)}`, forage_cd: pick(['HEA', 'OSR', 'MIX', 'MIX', 'URB']), hives_max: between(2, 12) });
    }
  }
  apiaries.forEach((a, index) => { a.apiary_id = index + 1; });
  const colonies = [];
  const marks = { 2021: 'WHITE', 2022: 'YELLOW', 2023: 'RED', 2024: 'GREEN', 2025: 'BLUE', 2026: 'WHITE' };
  for (const ap of apiaries) {
    const count = between(1, Math.min(5, ap.hives_max));
    for (let k = 0; k < count; k += 1) {
      const queenYr = between(2022, 2026);
      const r = random();
      colonies.push({ col_id: 0, apiary_id: ap.apiary_id, queen_yr: queenYr, queen_mark: random() < 0.8 ? marks[queenYr] : null, breed_cd: pick(['AMM', 'BUCK', 'BUCK', 'CARN', 'LOC', 'LOC']), hive_type: pick(['NAT', 'NAT', 'NAT', 'WBC', 'LANG', 'TBH']), est_dt: day(addDays(iso('2019-05-01'), between(0, 2500))), status: r < 0.78 ? 'ALIVE' : r < 0.9 ? 'LOST' : r < 0.95 ? 'MERGED' : 'SOLD' });
    }
  }
  colonies.forEach((c, index) => { c.col_id = 1001 + index; });
  const inspections = [];
  for (const col of colonies) {
    const endDay = col.status === 'ALIVE' ? 300 : between(130, 290);
    let d = 105 + between(0, 20); // mid-March onward
    while (d < endDay) {
      const date = addDays(START, d);
      const month = date.getUTCMonth();
      const summer = month >= 4 && month <= 7;
      const disease = random() < 0.04 ? pick(['CB', 'CB', 'SAC', 'DWV', 'EFB']) : null;
      inspections.push({ insp_id: 0, col_id: col.col_id, insp_dt: day(date), brood_frames: Math.max(0, between(summer ? 5 : 2, summer ? 11 : 6) - (col.status === 'ALIVE' ? 0 : between(0, 3))), qcells: summer && random() < 0.18, temper: pick([1, 2, 2, 3, 3, 3, 4, 5]), varroa_ct: month >= 6 ? between(0, 45) : between(0, 12), disease_cd: disease });
      d += between(7, 16);
    }
  }
  inspections.sort((a, b) => cmp(a.insp_dt, b.insp_dt) || a.col_id - b.col_id);
  inspections.forEach((insp, index) => { insp.insp_id = 60001 + index; });
  const intake = [];
  for (const m of members) {
    const aps = apiaries.filter((a) => a.mem_no === m.mem_no);
    for (const [type, from, to] of [['SPR', 150, 190], ['SUM', 225, 260], ['HTH', 270, 300]]) {
      if (type === 'HTH' && !aps.some((a) => a.forage_cd === 'HEA')) continue;
      if (random() < 0.3) continue;
      const kg = type === 'HTH' ? between(8, 40) : between(10, 95);
      const moisture = 16.5 + random() * 3.8;
      intake.push({ lot_no: '', mem_no: m.mem_no, intake_dt: day(addDays(START, between(from, to))), honey_type: type, kg_net: (kg + random()).toFixed(1), moisture_pct: moisture.toFixed(1), grade: moisture > 20 ? 'REJ' : moisture > 18.6 ? 'B' : 'A', paid_gbp_kg: money(moisture > 20 ? 0 : type === 'HTH' ? 14 : moisture > 18.6 ? 7.5 : 9) });
    }
  }
  intake.sort((a, b) => cmp(a.intake_dt, b.intake_dt) || a.mem_no - b.mem_no);
  intake.forEach((lot, index) => { lot.lot_no = `L26-${String(index + 1).padStart(3, '0')}`; });
  const sales = [];
  const price = { SPR: { 227: 5.5, 454: 8.95 }, SUM: { 227: 5.95, 454: 9.5 }, HTH: { 227: 8.5, 454: 14.5 } };
  for (let w = 0; w < 52; w += 1) {
    const week = addDays(iso('2025-12-01'), w * 7);
    const month = week.getUTCMonth();
    for (const outlet of ['SHOP', 'MKT', 'WEB', 'WS']) {
      if (outlet === 'MKT' && (month <= 2 || month === 11) && w % 2 === 1) continue;
      for (const type of ['SPR', 'SUM', 'HTH']) {
        if (type === 'HTH' && outlet === 'WS') continue;
        for (const jar of [227, 454]) {
          const jars = Math.round((outlet === 'WS' ? 24 : outlet === 'SHOP' ? 14 : 8) * (jar === 454 ? 1.3 : 0.8) * (type === 'HTH' ? 0.4 : 1) * (month === 11 ? 1.8 : 1) * (0.5 + random()));
          if (jars === 0) continue;
          sales.push({ wk_start: day(week), outlet_cd: outlet, honey_type: type, jar_g: jar, jars, amt_gbp: money(jars * price[type][jar] * (outlet === 'WS' ? 0.6 : 1)) });
        }
      }
    }
  }
  writeTable('bee_coop', 'members', ['mem_no', 'mem_nm', 'village', 'joined_dt', 'tier', 'insured'], members);
  writeTable('bee_coop', 'apiaries', ['apiary_id', 'mem_no', 'site_nm', 'os_grid', 'forage_cd', 'hives_max'], apiaries);
  writeTable('bee_coop', 'colonies', ['col_id', 'apiary_id', 'queen_yr', 'queen_mark', 'breed_cd', 'hive_type', 'est_dt', 'status'], colonies);
  writeTable('bee_coop', 'inspections', ['insp_id', 'col_id', 'insp_dt', 'brood_frames', 'qcells', 'temper', 'varroa_ct', 'disease_cd'], inspections);
  writeTable('bee_coop', 'honey_intake', ['lot_no', 'mem_no', 'intake_dt', 'honey_type', 'kg_net', 'moisture_pct', 'grade', 'paid_gbp_kg'], intake);
  writeTable('bee_coop', 'jar_sales', ['wk_start', 'outlet_cd', 'honey_type', 'jar_g', 'jars', 'amt_gbp'], sales);
}

weddingVenue();
funeralDirector();
beeCoop();

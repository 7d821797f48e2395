// Writes databases/{farrier_practice,icerink_dw,beach_huts}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-ac/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Gwen', 'Rhys', 'Bryn', 'Carys', 'Dafydd', 'Eleri', 'Ffion', 'Gareth', 'Huw', 'Iestyn', 'Lowri', 'Megan', 'Nia', 'Owain', 'Sioned', 'Tomos', 'Aled', 'Betsan', 'Cerys', 'Dylan', 'Elin', 'Geraint', 'Heledd', 'Rhian'];
const LAST = ['Jones', 'Davies', 'Evans', 'Griffiths', 'Hughes', 'Lloyd', 'Morgan', 'Owen', 'Parry', 'Powell', 'Price', 'Pritchard', 'Rees', 'Roberts', 'Thomas', 'Vaughan', 'Watkins', 'Williams', 'Bevan', 'Jenkins', 'Meredith', 'Prosser'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const END = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A country farrier practice: its farriers, the horses' owners, the horses and the farriers' visits to shoe or trim them. */
function farrierPractice() {
  const { random, pick, between } = seeded(20261601);
  const nextName = namer(pick, FIRST, LAST);
  const towns = ['Brecon', 'Builth Wells', 'Hay-on-Wye', 'Llandovery', 'Crickhowell'];
  const farriers = [0, 1, 2, 3, 4].map((n) => {
    const [first, last] = nextName();
    return { farrier_id: 1 + n, full_name: `${first} ${last}`, qualified_on: day(addDays(iso('1994-07-01'), n * 1900 + between(0, 500))), apprentice: n === 4, base_town: towns[n] };
  });
  const villages = ['Talgarth', 'Llangorse', 'Sennybridge', 'Bronllys', 'Llanfrynach', 'Pencelli', 'Libanus', 'Trecastle'];
  const stables = ['Cantref Riding School', 'Usk Valley Livery', 'Beacons Trekking Centre', 'Llangorse Lakeside Stables', 'Wye Racing Stables', 'Honddu Livery Yard'];
  const stableTypes = ['riding school', 'livery yard', 'riding school', 'riding school', 'racing stable', 'livery yard'];
  const owners = [];
  for (let n = 0; n < 80; n += 1) {
    const yard = n < stables.length;
    const [first, last] = yard ? ['', ''] : nextName();
    owners.push({ owner_id: 201 + n, owner_name: yard ? stables[n] : `${first} ${last}`, owner_type: yard ? stableTypes[n] : 'private', village: pick(villages), account_opened: day(addDays(iso('2008-03-01'), between(0, 6500))) });
  }
  const HORSE_A = ['Welsh', 'Black', 'Copper', 'Misty', 'Bramble', 'Silver', 'Wild', 'Golden', 'Little', 'Dancing', 'Storm', 'Mountain', 'Brecon', 'Lady', 'Prince', 'Midnight'];
  const HORSE_B = ['Star', 'Moon', 'Rose', 'Jack', 'Fern', 'Dream', 'Dragon', 'Meadow', 'Fox', 'Hawk', 'Willow', 'Thistle', 'Rain', 'Bell', 'Arrow', 'Heather', 'Comet'];
  const horseName = namer(pick, HORSE_A, HORSE_B);
  const breeds = ['Welsh Cob', 'Welsh Cob', 'Welsh Section A', 'Thoroughbred', 'Irish Draught', 'Connemara', 'Warmblood', 'Shetland', 'Clydesdale', 'Cob'];
  const horses = [];
  for (let n = 0; n < 150; n += 1) {
    const owner = n < 40 ? owners[[0, 0, 0, 1, 1, 2, 3, 4, 5][n % 9]] : pick(owners.slice(stables.length));
    const breed = owner.owner_type === 'racing stable' ? 'Thoroughbred' : pick(breeds);
    const inches = breed === 'Shetland' ? between(28, 42) : breed === 'Welsh Section A' ? between(44, 49) : breed === 'Clydesdale' ? between(66, 72) : between(56, 69);
    const discipline = owner.owner_type === 'racing stable' ? 'racing' : owner.owner_type === 'riding school' ? 'hacking' : pick(['hacking', 'hacking', 'dressage', 'showjumping', 'eventing', 'driving', 'retired']);
    const [a, b] = horseName();
    horses.push({ horse_id: 1001 + n, owner_id: owner.owner_id, horse_name: `${a} ${b}`, breed, height_hands: `${Math.floor(inches / 4)}.${inches % 4}`, foaled_year: between(2002, 2022), discipline });
  }
  const visits = [];
  for (let n = 0; n < 420; n += 1) {
    const horse = pick(horses);
    const job = horse.discipline === 'retired' || horse.breed === 'Shetland' ? 'trim' : pick(['full set', 'full set', 'full set', 'front pair', 'front pair', 'trim', 'remedial', 'refit']);
    const farrier = job === 'remedial' ? farriers[between(0, 1)] : pick(farriers);
    const material = job === 'trim' ? null : horse.discipline === 'racing' ? 'aluminium' : random() < 0.12 ? 'aluminium' : 'steel';
    const base = { 'full set': 95, 'front pair': 60, trim: 35, remedial: 140, refit: 70 }[job];
    const charge = base + (material === 'aluminium' ? 25 : 0) + (farrier.apprentice ? -10 : 0);
    const date = addDays(START, between(0, DAYS - 1));
    const paid = random() < 0.85 ? addDays(date, between(0, 40)) : null;
    visits.push({ visit_id: 0, horse_id: horse.horse_id, farrier_id: farrier.farrier_id, visit_date: day(date), job, shoe_material: material, hot_shod: material !== null && random() < 0.7, minutes_on_site: job === 'trim' ? between(20, 40) : job === 'remedial' ? between(70, 120) : between(40, 80), charge_gbp: money(charge), paid_on: paid === null || paid > END ? null : day(paid), lame_on_arrival: job === 'remedial' ? random() < 0.6 : random() < 0.04 });
  }
  visits.sort((a, b) => cmp(a.visit_date, b.visit_date) || a.horse_id - b.horse_id);
  visits.forEach((v, index) => { v.visit_id = 50001 + index; });
  writeTable('farrier_practice', 'farriers', ['farrier_id', 'full_name', 'qualified_on', 'apprentice', 'base_town'], farriers);
  writeTable('farrier_practice', 'owners', ['owner_id', 'owner_name', 'owner_type', 'village', 'account_opened'], owners);
  writeTable('farrier_practice', 'horses', ['horse_id', 'owner_id', 'horse_name', 'breed', 'height_hands', 'foaled_year', 'discipline'], horses);
  writeTable('farrier_practice', 'visits', ['visit_id', 'horse_id', 'farrier_id', 'visit_date', 'job', 'shoe_material', 'hot_shod', 'minutes_on_site', 'charge_gbp', 'paid_on', 'lame_on_arrival'], visits);
}

/** An ice rink's warehouse: sessions, ice pads, members, admissions and ice resurfacing runs. */
function iceRinkWarehouse() {
  const { random, pick, between } = seeded(20261602);
  const nextName = namer(pick, FIRST, LAST);
  const sessRows = [['PUB-AM', 'Morning public skate', 'PUB', 90, 7.5], ['PUB-PM', 'Afternoon public skate', 'PUB', 120, 8.5], ['DISCO', 'Friday ice disco', 'DISCO', 120, 9.5], ['LSN-JR', 'Junior skating lesson', 'LSN', 45, 11], ['LSN-AD', 'Adult skating lesson', 'LSN', 45, 13], ['HKY-REC', 'Recreational hockey', 'HKY', 75, 12], ['FIG-PATCH', 'Figure skating patch ice', 'FIG', 60, 10], ['TOTS', 'Toddler ice play', 'PUB', 45, 5]];
  const sessions = sessRows.map(([sess_cd, sess_desc, sess_typ_cd, dur_min, adm_prc_gbp], index) => ({ sess_key: 11 + index, sess_cd, sess_desc, sess_typ_cd, dur_min, adm_prc_gbp: money(adm_prc_gbp) }));
  const pads = [{ pad_key: 1, pad_nm: 'Main Pad', len_m: 60, wid_m: 30, seat_cap: 1800 }, { pad_key: 2, pad_nm: 'Studio Pad', len_m: 40, wid_m: 20, seat_cap: 150 }];
  const towns = ['Cardiff', 'Cardiff', 'Cardiff', 'Penarth', 'Barry', 'Caerphilly', 'Pontypridd', 'Newport'];
  const custs = [];
  for (let n = 0; n < 110; n += 1) {
    const club = n < 4;
    const [first, last] = club ? ['', ''] : nextName();
    custs.push({ cust_key: 7001 + n, cust_nm: club ? ['Cardiff Comets IHC', 'Bay Figure Skating Club', 'Valleys Vipers IHC', 'Penarth Synchro Team'][n] : `${first} ${last}`, mbr_typ_cd: club ? 'CLB' : pick(['ADT', 'ADT', 'JNR', 'JNR', 'FAM', 'FAM', 'SNR']), town_nm: pick(towns), join_dt: day(addDays(iso('2012-09-01'), between(0, 5100))) });
  }
  const adms = [];
  for (let n = 0; n < 460; n += 1) {
    const c = pick(custs);
    const s = c.mbr_typ_cd === 'CLB' ? pick(sessions.filter((x) => x.sess_typ_cd === 'HKY' || x.sess_typ_cd === 'FIG')) : c.mbr_typ_cd === 'JNR' ? pick(sessions.filter((x) => x.sess_cd !== 'LSN-AD' && x.sess_typ_cd !== 'HKY')) : pick(sessions);
    const pad = s.sess_typ_cd === 'LSN' || s.sess_cd === 'TOTS' ? pads[1] : s.sess_typ_cd === 'FIG' ? pick(pads) : pads[0];
    const qty = c.mbr_typ_cd === 'FAM' ? between(2, 5) : c.mbr_typ_cd === 'CLB' ? between(8, 20) : between(1, 2);
    const hire = s.sess_typ_cd === 'HKY' || s.sess_typ_cd === 'FIG' ? 0 : between(0, qty);
    const amt = Number(s.adm_prc_gbp) * qty * (c.mbr_typ_cd === 'CLB' ? 0.6 : c.mbr_typ_cd === 'SNR' ? 0.8 : 1) + hire * 3;
    adms.push({ adm_key: 0, sess_key: s.sess_key, pad_key: pad.pad_key, cust_key: c.cust_key, adm_dt: day(addDays(START, between(0, DAYS - 1))), qty, skt_hire_qty: hire, amt_gbp: money(amt), chan_cd: random() < 0.6 ? 'WEB' : 'DESK' });
  }
  adms.sort((a, b) => cmp(a.adm_dt, b.adm_dt) || a.cust_key - b.cust_key);
  adms.forEach((a, index) => { a.adm_key = 300001 + index; });
  const drivers = [nextName(), nextName(), nextName()].map(([first, last]) => `${first} ${last}`);
  const rsfs = [];
  for (let d = 0; d < DAYS; d += 1) {
    if (random() > 0.45) continue;
    const date = addDays(START, d);
    const runs = between(1, 2);
    for (let k = 0; k < runs; k += 1) {
      const pad = random() < 0.7 ? pads[0] : pads[1];
      const mach = pad.pad_key === 2 ? 'OLY' : pick(['ZAM1', 'ZAM1', 'ZAM2']);
      rsfs.push({ rsf_key: 0, pad_key: pad.pad_key, rsf_dt: day(date), rsf_tm: ['07:30', '12:45', '17:15', '21:30'][between(0, 3)], mach_cd: mach, opr_nm: pick(drivers), water_l: pad.pad_key === 1 ? between(380, 520) : between(180, 260), dur_min: pad.pad_key === 1 ? between(11, 16) : between(7, 10) });
    }
  }
  rsfs.sort((a, b) => cmp(a.rsf_dt, b.rsf_dt) || cmp(a.rsf_tm, b.rsf_tm) || a.pad_key - b.pad_key);
  rsfs.forEach((r, index) => { r.rsf_key = 8001 + index; });
  writeTable('icerink_dw', 'd_sess', ['sess_key', 'sess_cd', 'sess_desc', 'sess_typ_cd', 'dur_min', 'adm_prc_gbp'], sessions);
  writeTable('icerink_dw', 'd_pad', ['pad_key', 'pad_nm', 'len_m', 'wid_m', 'seat_cap'], pads);
  writeTable('icerink_dw', 'd_cust', ['cust_key', 'cust_nm', 'mbr_typ_cd', 'town_nm', 'join_dt'], custs);
  writeTable('icerink_dw', 'f_adm', ['adm_key', 'sess_key', 'pad_key', 'cust_key', 'adm_dt', 'qty', 'skt_hire_qty', 'amt_gbp', 'chan_cd'], adms);
  writeTable('icerink_dw', 'f_rsf', ['rsf_key', 'pad_key', 'rsf_dt', 'rsf_tm', 'mach_cd', 'opr_nm', 'water_l', 'dur_min'], rsfs);
}

/** A seaside council's beach hut lettings, exported from an old Access database: names in words with spaces, no comments. */
function beachHuts() {
  const { random, pick, between } = seeded(20261603);
  const nextName = namer(pick, FIRST, LAST);
  const colours = ['Blue', 'Yellow', 'Red', 'Green', 'White', 'Pink', 'Lilac'];
  const huts = [];
  for (let n = 0; n < 72; n += 1) {
    const prom = n < 30 ? 'West Promenade' : n < 48 ? 'East Promenade' : n < 62 ? 'Harbour Green' : 'Spa Cliff';
    const width = prom === 'Spa Cliff' ? 10 : pick([6, 8, 8, 10]);
    const electric = prom === 'Harbour Green' || random() < 0.2;
    huts.push({ 'Hut No': 1 + n, Promenade: prom, 'Hut Colour': pick(colours), 'Width Ft': width, 'Has Electric': electric, 'Annual Fee': money(width * 62 + (electric ? 150 : 0) + (prom === 'Spa Cliff' ? 200 : 0)), 'Built Year': between(1958, 2019) });
  }
  const towns = ['Tenby', 'Tenby', 'Tenby', 'Saundersfoot', 'Pembroke', 'Narberth', 'Carmarthen', 'Swansea', 'Cardiff', 'Bristol'];
  const holders = [];
  for (let n = 0; n < 150; n += 1) {
    const [first, last] = nextName();
    const town = pick(towns);
    holders.push({ 'Holder ID': 401 + n, 'Holder Name': `${first} ${last}`, 'Home Town': town, Resident: ['Tenby', 'Saundersfoot', 'Pembroke'].includes(town), 'Holder Since': day(addDays(iso('1999-04-01'), between(0, 9800))) });
  }
  const lets = [];
  const annualHuts = huts.filter((h, i) => i % 3 === 0);
  for (const hut of annualHuts) {
    const holder = pick(holders);
    lets.push({ 'Let ID': 0, 'Hut No': hut['Hut No'], 'Holder ID': holder['Holder ID'], 'Let Type': 'Annual', 'Start Date': '2026-04-01', 'End Date': '2027-03-31', 'Amount Paid': money(Number(hut['Annual Fee']) * (holder.Resident ? 0.85 : 1)), 'Paid By': pick(['Direct Debit', 'Direct Debit', 'Card', 'Cheque']) });
  }
  const shortHuts = huts.filter((h, i) => i % 3 !== 0);
  for (let n = 0; n < 300; n += 1) {
    const hut = pick(shortHuts);
    const holder = pick(holders);
    const weekly = random() < 0.45;
    const start = addDays(iso('2026-03-28'), between(0, 200));
    const rate = Number(hut['Annual Fee']) / (weekly ? 9 : 45);
    lets.push({ 'Let ID': 0, 'Hut No': hut['Hut No'], 'Holder ID': holder['Holder ID'], 'Let Type': weekly ? 'Weekly' : 'Day', 'Start Date': day(start), 'End Date': day(addDays(start, weekly ? 6 : 0)), 'Amount Paid': money(Math.round(rate)), 'Paid By': pick(['Card', 'Card', 'Card', 'Cash']) });
  }
  lets.sort((a, b) => cmp(a['Start Date'], b['Start Date']) || a['Hut No'] - b['Hut No']);
  lets.forEach((l, index) => { l['Let ID'] = 12001 + index; });
  const jobs = [];
  for (let n = 0; n < 110; n += 1) {
    const hut = pick(huts);
    const fault = pick(['Roof felt', 'Roof felt', 'Door lock', 'Storm damage', 'Graffiti', 'Rotten boards', 'Window', 'Hinges']);
    const contractor = fault === 'Roof felt' ? 'Tenby Roofing' : fault === 'Window' ? 'Pembs Glazing' : pick(['Coastline Joinery', 'Harbour Handyman', 'Harbour Handyman']);
    const reported = addDays(START, between(0, DAYS - 1));
    const done = addDays(reported, between(2, 60));
    jobs.push({ 'Job ID': 0, 'Hut No': hut['Hut No'], 'Reported On': day(reported), Fault: fault, Contractor: contractor, 'Job Cost': money(fault === 'Storm damage' ? between(400, 1500) : fault === 'Graffiti' ? between(40, 120) : between(60, 380)), 'Completed On': done > END ? null : day(done) });
  }
  jobs.sort((a, b) => cmp(a['Reported On'], b['Reported On']) || a['Hut No'] - b['Hut No']);
  jobs.forEach((j, index) => { j['Job ID'] = 901 + index; });
  writeTable('beach_huts', 'Huts', ['Hut No', 'Promenade', 'Hut Colour', 'Width Ft', 'Has Electric', 'Annual Fee', 'Built Year'], huts);
  writeTable('beach_huts', 'Hut Holders', ['Holder ID', 'Holder Name', 'Home Town', 'Resident', 'Holder Since'], holders);
  writeTable('beach_huts', 'Lets', ['Let ID', 'Hut No', 'Holder ID', 'Let Type', 'Start Date', 'End Date', 'Amount Paid', 'Paid By'], lets);
  writeTable('beach_huts', 'Repair Jobs', ['Job ID', 'Hut No', 'Reported On', 'Fault', 'Contractor', 'Job Cost', 'Completed On'], jobs);
}

farrierPractice();
iceRinkWarehouse();
beachHuts();

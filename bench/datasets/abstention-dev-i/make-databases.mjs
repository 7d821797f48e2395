// Writes databases/{theatre_tour,wind_om,wildlife_park}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-i/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alys', 'Bryn', 'Carys', 'Dafydd', 'Elin', 'Gethin', 'Hywel', 'Ieuan', 'Lowri', 'Mared', 'Nia', 'Owain', 'Rhian', 'Sioned', 'Tomos', 'Wyn', 'Priya', 'Kwame', 'Zofia', 'Marco', 'Harriet', 'Oliver', 'Imogen', 'Samir'];
const LAST = ['Pritchard', 'Vaughan', 'Howells', 'Bevan', 'Rees', 'Lloyd', 'Morgan', 'Powell', 'Griffiths', 'Jenkins', 'Probert', 'Meredith', 'Hale', 'Ashworth', 'Kowalski', 'Mensah', 'Ferreira', 'Clough', 'Whitlock', 'Dunmore'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));

/** A touring theatre company: venues it plays, its productions, every performance, ticket sales and casting, 2025-12 to 2026-11. */
function theatreTour() {
  const { random, pick, between } = seeded(20261201);
  const nextName = namer(pick, FIRST, LAST);
  const venues = [
    ['Brackley Grand Theatre', 'Brackley', 1180, 'PROS'], ['The Wharf Studio', 'Brackley', 140, 'STU'],
    ['Kessingham Civic Hall', 'Kessingham', 620, 'PROS'], ['Orchard Playhouse', 'Haverleigh', 410, 'THR'],
    ['St Aldric Arts Centre', 'Wellmouth', 230, 'STU'], ['Royal Corn Exchange', 'Dunsford', 890, 'PROS'],
    ['Millbank Community Theatre', 'Haverleigh', 180, 'STU'], ['The Lantern', 'Wellmouth', 350, 'THR'],
  ].map(([venue_name, town, seats, stage], index) => ({ venue_id: index + 1, venue_name, town, seats, stage }));
  const productions = [
    ['TMP26', 'The Tempest', 'William Shakespeare', 'DRA', '2026-02-12', 182000],
    ['GLS25', 'The Glass Orchard', 'Nerys Pritchard', 'DRA', '2025-09-18', 96000],
    ['CIN25', 'Cinderella', 'Company devised', 'PANTO', '2025-12-05', 240000],
    ['HMS26', 'Half Measures', 'Kit Dunmore', 'COM', '2026-04-23', 88000],
    ['SKY26', 'Skylark Street', 'Amira Hale & Joe Clough', 'MUS', '2026-06-04', 315000],
    ['OWL26', 'The Owl Who Was Afraid', 'Company devised', 'YP', '2026-07-20', 41000],
    ['RVL26', 'The Rivals', 'Richard Brinsley Sheridan', 'COM', '2026-09-10', 134000],
  ].map(([prod_code, title, writer, genre, press_night, budget_gbp]) => ({ prod_code, title, writer, genre, press_night, director: nextName().join(' '), budget_gbp }));
  const runs = {
    GLS25: ['2025-12-01', '2026-01-10', [2, 5, 7, 8]], CIN25: ['2025-12-05', '2026-01-11', [1, 6]],
    TMP26: ['2026-02-12', '2026-04-04', [1, 3, 4, 6, 8]], HMS26: ['2026-04-23', '2026-06-13', [2, 4, 5, 7, 8]],
    SKY26: ['2026-06-04', '2026-08-29', [1, 3, 6]], OWL26: ['2026-07-20', '2026-08-22', [2, 5, 7]],
    RVL26: ['2026-09-10', '2026-11-28', [1, 3, 4, 6, 8]],
  };
  const appeal = { GLS25: 0.55, CIN25: 0.92, TMP26: 0.7, HMS26: 0.62, SKY26: 0.85, OWL26: 0.75, RVL26: 0.66 };
  const performances = [];
  for (const prod of productions) {
    const [from, to, venueIds] = runs[prod.prod_code];
    const first = new Date(`${from}T00:00:00Z`);
    const last = new Date(`${to}T00:00:00Z`);
    const span = Math.round((last - first) / 86_400_000) + 1;
    const weeks = Math.ceil(span / 7);
    for (let d = 0; d < span; d += 1) {
      const date = addDays(first, d);
      const weekday = date.getUTCDay();
      if (weekday === 0 || (weekday === 1 && prod.genre !== 'PANTO')) continue;
      const venue = venues.find((v) => v.venue_id === venueIds[Math.min(venueIds.length - 1, Math.floor((d / 7) * venueIds.length / weeks))]);
      const slots = prod.genre === 'YP' ? [11 * 60, 14 * 60] : weekday === 6 || (prod.genre === 'PANTO' && weekday === 3) ? [14 * 60 + 30, 19 * 60 + 30] : weekday === 4 ? [14 * 60, 19 * 60 + 30] : [19 * 60 + 30];
      for (const minutes of slots) {
        const cancelled = random() < 0.015;
        performances.push({ perf_id: 0, prod_code: prod.prod_code, venue_id: venue.venue_id, perf_at: stamp(addMinutes(date, minutes)), matinee: minutes < 18 * 60, status: cancelled ? 'CANC' : 'PLAYED', seats: venue.seats });
      }
    }
  }
  performances.sort((a, b) => cmp(a.perf_at, b.perf_at) || cmp(a.prod_code, b.prod_code));
  performances.forEach((p, index) => { p.perf_id = 30001 + index; });
  const prices = { A: 32, B: 24, C: 16, CONC: 12 };
  const tix = [];
  for (const perf of performances) {
    const prod = productions.find((p) => p.prod_code === perf.prod_code);
    const fill = Math.min(1, appeal[prod.prod_code] * (perf.matinee ? 0.8 : 1) * (0.7 + random() * 0.5));
    const sold = Math.round(perf.seats * fill);
    let left = sold;
    for (const [channel, share] of [['WEB', 0.55], ['BO', 0.2], ['PHN', 0.1], ['GRP', 0.15]]) {
      const n = channel === 'GRP' ? left : Math.round(sold * share * (0.8 + random() * 0.4));
      const take = Math.min(left, n);
      left -= take;
      let bandLeft = take;
      for (const [band, bandShare] of [['A', 0.35], ['B', 0.3], ['C', 0.2], ['CONC', 0.15]]) {
        const qty = band === 'CONC' ? bandLeft : Math.min(bandLeft, Math.round(take * bandShare));
        bandLeft -= qty;
        if (qty === 0) continue;
        const unit = prices[band] * (prod.genre === 'MUS' ? 1.25 : prod.genre === 'YP' ? 0.5 : 1) * (channel === 'GRP' ? 0.85 : 1);
        tix.push({ sale_id: 0, perf_id: perf.perf_id, channel, price_band: band, qty, gross_gbp: money(qty * unit), refunded: perf.status === 'CANC' });
      }
    }
  }
  tix.forEach((t, index) => { t.sale_id = 1 + index; });
  const roles = {
    TMP26: ['Prospero', 'Miranda', 'Ariel', 'Caliban', 'Ferdinand', 'Gonzalo'], GLS25: ['Ruth', 'Alun', 'Megan'],
    CIN25: ['Cinderella', 'Buttons', 'Dame Trott', 'Prince Charming', 'Fairy Godmother'], HMS26: ['Pete', 'Lorraine', 'Dev', 'Gran'],
    SKY26: ['Lark', 'Tommy', 'Mrs Amos', 'Sid', 'Ensemble 1', 'Ensemble 2', 'Ensemble 3'], OWL26: ['Plop', 'Mum Owl'],
    RVL26: ['Lydia Languish', 'Captain Absolute', 'Mrs Malaprop', 'Sir Anthony', 'Faulkland', 'Julia'],
  };
  const actors = Array.from({ length: 22 }, () => nextName().join(' '));
  const cast = [];
  for (const prod of productions) {
    roles[prod.prod_code].forEach((role, index) => {
      const lead = index === 0;
      cast.push({ prod_code: prod.prod_code, actor: pick(actors), role_name: role, wk_fee_gbp: money((lead ? 950 : 620) + between(0, 12) * 25), u_study: false });
    });
    cast.push({ prod_code: prod.prod_code, actor: pick(actors), role_name: roles[prod.prod_code][0], wk_fee_gbp: money(560 + between(0, 4) * 20), u_study: true });
  }
  writeTable('theatre_tour', 'venues', ['venue_id', 'venue_name', 'town', 'seats', 'stage'], venues);
  writeTable('theatre_tour', 'productions', ['prod_code', 'title', 'writer', 'genre', 'press_night', 'director', 'budget_gbp'], productions);
  writeTable('theatre_tour', 'perfs', ['perf_id', 'prod_code', 'venue_id', 'perf_at', 'matinee', 'status'], performances);
  writeTable('theatre_tour', 'tix', ['sale_id', 'perf_id', 'channel', 'price_band', 'qty', 'gross_gbp', 'refunded'], tix);
  writeTable('theatre_tour', 'cast_list', ['prod_code', 'actor', 'role_name', 'wk_fee_gbp', 'u_study'], cast);
}

/** A wind-farm operations and maintenance contractor: the sites it looks after, their turbines, work orders, fault alarms and monthly output. */
function windOm() {
  const { random, pick, between } = seeded(20261202);
  const nextName = namer(pick, FIRST, LAST);
  const sites = [
    ['MYN', 'Mynydd Llwyd', 'Cambrian Wind Ltd', 'Powys', true, '2009-06-30'],
    ['BRY', 'Bryn Garw', 'Cambrian Wind Ltd', 'Powys', true, '2014-03-14'],
    ['HLF', 'Hollinfell', 'Pennine Breeze LLP', 'Cumbria', true, '2017-11-02'],
    ['SKR', 'Skerrow Bank', 'Northsea Offshore Partners', 'Irish Sea', false, '2019-08-19'],
    ['TAL', 'Talgarreg', 'Ceredigion Community Energy', 'Ceredigion', true, '2021-05-27'],
  ].map(([site_code, site_name, owner, region, onshore, cod_date]) => ({ site_code, site_name, owner, region, onshore, cod_date }));
  const models = {
    MYN: ['Vestra', 'V52', 850, 55, 12], BRY: ['Vestra', 'V90', 2000, 80, 9], HLF: ['Siemar', 'SWT-2.3', 2300, 80, 8],
    SKR: ['Siemar', 'SWT-6.0', 6000, 100, 10], TAL: ['Nordwind', 'N117', 3600, 91, 3],
  };
  const turbines = [];
  for (const site of sites) {
    const [oem, model, rated_kw, hub_m, count] = models[site.site_code];
    for (let n = 1; n <= count; n += 1) turbines.push({ wtg_id: `${site.site_code}-${String(n).padStart(2, '0')}`, site_code: site.site_code, oem, model, rated_kw, hub_m, commissioned: site.cod_date });
  }
  const techs = Array.from({ length: 9 }, () => nextName().join(' '));
  const alarms = [];
  const workOrders = [];
  const codes = [['PITCH', 'Pitch system fault'], ['GBX_T', 'Gearbox oil over temperature'], ['YAW', 'Yaw misalignment'], ['GRID', 'Grid loss'], ['OVSPD', 'Rotor overspeed'], ['CONV', 'Converter trip'], ['ICE', 'Ice on blades']];
  const downtime = new Map();
  for (const wtg of turbines) {
    const age = 2026 - Number(wtg.commissioned.slice(0, 4));
    const rate = 0.01 + age * 0.0025 + (wtg.site_code === 'SKR' ? 0.01 : 0);
    for (let d = 0; d < DAYS; d += 1) {
      if (random() >= rate) continue;
      const date = addDays(START, d);
      const month = date.getUTCMonth();
      const [code] = month <= 1 || month === 11 ? pick([...codes, codes[6], codes[3]]) : pick(codes.slice(0, 6));
      const mins = code === 'GRID' ? between(10, 240) : code === 'ICE' ? between(120, 900) : code === 'GBX_T' ? between(60, 2880) : between(5, 480);
      alarms.push({ alarm_id: 0, wtg_id: wtg.wtg_id, raised_at: stamp(addMinutes(date, between(0, 1439))), code, down_mins: mins, auto_reset: mins < 30 && code !== 'GBX_T' });
      const key = `${wtg.wtg_id}|${month}`;
      downtime.set(key, (downtime.get(key) ?? 0) + mins);
      if (mins >= 30 && random() < 0.7) {
        const raised = date;
        const closed = addDays(raised, between(0, code === 'GBX_T' ? 30 : 6));
        workOrders.push({ wo_no: 0, wtg_id: wtg.wtg_id, raised: day(raised), closed: closed > LAST_DAY ? null : day(closed), wo_type: 'CM', prio: code === 'GBX_T' || code === 'OVSPD' ? 1 : pick([2, 2, 3]), lead_tech: pick(techs), labour_hrs: (between(2, 40) / 2).toFixed(1), parts_gbp: money(code === 'GBX_T' ? between(800, 48000) : between(0, 3500)) });
      }
    }
    for (const month of [3, 9]) {
      const raised = addDays(new Date(Date.UTC(2026, month, 1)), between(0, 20));
      workOrders.push({ wo_no: 0, wtg_id: wtg.wtg_id, raised: day(raised), closed: day(addDays(raised, between(1, 3))), wo_type: 'PM', prio: 3, lead_tech: pick(techs), labour_hrs: (between(24, 60) / 2).toFixed(1), parts_gbp: money(between(300, 1900)) });
    }
    if (random() < 0.5) {
      const raised = addDays(START, between(30, 330));
      workOrders.push({ wo_no: 0, wtg_id: wtg.wtg_id, raised: day(raised), closed: day(addDays(raised, between(0, 2))), wo_type: 'BLD', prio: 3, lead_tech: pick(techs), labour_hrs: (between(8, 24) / 2).toFixed(1), parts_gbp: money(between(0, 1200)) });
    }
  }
  alarms.sort((a, b) => cmp(a.raised_at, b.raised_at) || cmp(a.wtg_id, b.wtg_id));
  alarms.forEach((a, index) => { a.alarm_id = 900001 + index; });
  workOrders.sort((a, b) => cmp(a.raised, b.raised) || cmp(a.wtg_id, b.wtg_id) || cmp(a.wo_type, b.wo_type));
  workOrders.forEach((w, index) => { w.wo_no = `WO-${26000 + index}`; });
  const output = [];
  const wind = [1.25, 1.2, 1.15, 1.0, 0.8, 0.65, 0.6, 0.7, 0.85, 1.05, 1.2, 1.3];
  for (const wtg of turbines) {
    for (let m = 0; m < 12; m += 1) {
      const monthStart = new Date(Date.UTC(2025, 11 + m, 1));
      const month = monthStart.getUTCMonth();
      const hours = (addDays(new Date(Date.UTC(2025, 12 + m, 1)), 0) - monthStart) / 3_600_000;
      const down = downtime.get(`${wtg.wtg_id}|${month}`) ?? 0;
      const avail = Math.max(0.6, 1 - down / 60 / hours - 0.01 * random());
      const cf = (wtg.site_code === 'SKR' ? 0.42 : 0.27) * wind[month] * (0.9 + random() * 0.2);
      output.push({ wtg_id: wtg.wtg_id, month: day(monthStart), mwh: (wtg.rated_kw / 1000 * hours * cf * avail).toFixed(1), avail_pct: (avail * 100).toFixed(2) });
    }
  }
  writeTable('wind_om', 'sites', ['site_code', 'site_name', 'owner', 'region', 'onshore', 'cod_date'], sites);
  writeTable('wind_om', 'turbines', ['wtg_id', 'site_code', 'oem', 'model', 'rated_kw', 'hub_m', 'commissioned'], turbines);
  writeTable('wind_om', 'work_orders', ['wo_no', 'wtg_id', 'raised', 'closed', 'wo_type', 'prio', 'lead_tech', 'labour_hrs', 'parts_gbp'], workOrders);
  writeTable('wind_om', 'alarms', ['alarm_id', 'wtg_id', 'raised_at', 'code', 'down_mins', 'auto_reset'], alarms);
  writeTable('wind_om', 'gen_monthly', ['wtg_id', 'month', 'mwh', 'avail_pct'], output);
}

/** A wildlife park: enclosures, its animals, keepers, veterinary checks and daily gate admissions, 2025-12 to 2026-11. */
function wildlifePark() {
  const { random, pick, between } = seeded(20261203);
  const nextName = namer(pick, FIRST, LAST);
  const enclosures = [
    ['Savannah Paddock', 'AFR', 12000, false, 1], ['Lemur Walk', 'MAD', 1800, false, 2], ['Big Cat Ridge', 'ASI', 6500, false, 3],
    ['Rainforest Dome', 'SAM', 2400, true, 5], ['Penguin Cove', 'SAM', 900, false, 6], ['Nocturnal House', 'AUS', 400, true, 7],
    ['Wallaby Run', 'AUS', 3000, false, 7], ['Reptile House', 'TRO', 350, true, 8], ['Red Panda Wood', 'ASI', 1500, false, 4],
    ['Otter Stream', 'BRI', 700, false, 10], ['Farm Yard', 'BRI', 2000, false, 9],
  ].map(([encl_name, zone, area_m2, indoor, lead_keeper], index) => ({ encl_id: index + 1, encl_name, zone, area_m2, indoor, lead_keeper }));
  const species = [
    ['Giraffa camelopardalis', 'Giraffe', 1, 'EN', 4], ['Equus quagga', 'Plains zebra', 1, 'NT', 5], ['Lemur catta', 'Ring-tailed lemur', 2, 'EN', 9],
    ['Panthera uncia', 'Snow leopard', 3, 'VU', 2], ['Panthera tigris altaica', 'Amur tiger', 3, 'EN', 2], ['Callithrix jacchus', 'Common marmoset', 4, 'LC', 6],
    ['Tamandua tetradactyla', 'Southern tamandua', 4, 'LC', 2], ['Spheniscus humboldti', 'Humboldt penguin', 5, 'VU', 14], ['Petaurus breviceps', 'Sugar glider', 6, 'LC', 5],
    ['Notamacropus rufogriseus', "Bennett's wallaby", 7, 'LC', 7], ['Python regius', 'Royal python', 8, 'NT', 3], ['Varanus prasinus', 'Emerald tree monitor', 8, 'LC', 2],
    ['Ailurus fulgens', 'Red panda', 9, 'EN', 3], ['Lutra lutra', 'Eurasian otter', 10, 'NT', 4], ['Capra hircus', 'Pygmy goat', 11, 'DOM', 6],
  ];
  const ORIGINS = ['Born here', 'Born here', 'Born here', 'Chesterfold Zoo', 'Parc Zoologique de Vesle', 'Highmoor Wildlife Trust', 'Dierenpark Amerswolde', 'Border Force seizure'];
  const NAMES = ['Kito', 'Zuri', 'Bramble', 'Pebble', 'Nimbus', 'Juno', 'Sable', 'Tansy', 'Rowan', 'Ember', 'Moss', 'Fern', 'Basil', 'Tiko', 'Ash', 'Luna', 'Orin', 'Pip', 'Quill', 'Rafi', 'Saffi', 'Tumble', 'Umi', 'Vesper', 'Wren', 'Yarrow', 'Ziggy', 'Acorn', 'Biscuit', 'Clover', 'Dusk', 'Echo', 'Fig', 'Ginger', 'Hazel', 'Indi', 'Jasper', 'Koda', 'Lumi', 'Mango', 'Nutmeg', 'Olive', 'Pepper', 'Rocco', 'Sorrel', 'Thistle', 'Willow', 'Yuki', 'Zephyr', 'Amara', 'Bodhi', 'Cedar', 'Dara', 'Elio', 'Freya', 'Goji', 'Hugo', 'Iris', 'Jet', 'Kai', 'Lark', 'Milo', 'Nova', 'Otto', 'Poppy', 'Reed', 'Skye', 'Tali', 'Uma', 'Vida', 'Wolfie', 'Xena', 'Yogi', 'Zola', 'Arlo', 'Bea'];
  const animals = [];
  let nameIndex = 0;
  for (const [sci_name, common_name, encl_id, iucn, count] of species) {
    for (let n = 0; n < count; n += 1) {
      const born = addDays(new Date(Date.UTC(2004, 0, 1)), between(0, 8000));
      const origin = pick(ORIGINS);
      const arrived = origin === 'Born here' ? born : addDays(born, between(300, 2000));
      const died = random() < 0.04 ? addDays(START, between(0, DAYS - 1)) : null;
      animals.push({ animal_id: 0, house_name: NAMES[nameIndex % NAMES.length], sci_name, common_name, sex: pick(['M', 'F', 'F', 'U']), dob: day(born), encl_id, arrived: day(arrived > LAST_DAY ? addDays(LAST_DAY, -between(5, 200)) : arrived), origin, iucn, died: died === null ? null : day(died) });
      nameIndex += 1;
    }
  }
  animals.forEach((a, index) => { a.animal_id = 101 + index; });
  const keepers = [
    ['Africa', 'HK'], ['Africa', 'K'], ['Asia', 'SK'], ['Asia', 'K'], ['Americas', 'SK'], ['Americas', 'AK'], ['Australasia', 'K'], ['Reptiles', 'SK'], ['Children\'s farm', 'AK'], ['Children\'s farm', 'K'],
  ].map(([section, grade], index) => ({ keeper_id: index + 1, keeper_name: nextName().join(' '), section, grade, start_dt: day(addDays(new Date(Date.UTC(2005, 0, 1)), between(0, 7500))) }));
  const vets = ['Dr Ffion Probert', 'Dr Kwame Mensah', 'Dr Zofia Kowalski'];
  const checks = [];
  for (const animal of animals) {
    const n = between(1, 7);
    for (let k = 0; k < n; k += 1) {
      const date = addDays(START, between(0, DAYS - 1));
      if (animal.died !== null && day(date) > animal.died) continue;
      const reason = pick(['ROUT', 'ROUT', 'ROUT', 'INJ', 'ILL', 'DENT', 'PREG']);
      const base = { Giraffe: 800, 'Plains zebra': 320, 'Amur tiger': 180, 'Snow leopard': 45, 'Pygmy goat': 28, 'Red panda': 5.5, 'Eurasian otter': 8, 'Humboldt penguin': 4.2, 'Ring-tailed lemur': 2.4, "Bennett's wallaby": 16, 'Royal python': 1.6, 'Southern tamandua': 5, 'Common marmoset': 0.35, 'Sugar glider': 0.13, 'Emerald tree monitor': 0.25 }[animal.common_name];
      checks.push({ check_id: 0, animal_id: animal.animal_id, check_dt: day(date), vet: pick(vets), reason, wt_kg: (base * (0.85 + random() * 0.3)).toFixed(base < 1 ? 3 : 1), ga: random() < (reason === 'DENT' ? 0.8 : 0.12), outcome: reason === 'ROUT' ? pick(['FIT', 'FIT', 'FIT', 'MON']) : pick(['TRT', 'TRT', 'MON', 'FIT']) });
    }
  }
  checks.sort((a, b) => cmp(a.check_dt, b.check_dt) || a.animal_id - b.animal_id);
  checks.forEach((c, index) => { c.check_id = 4001 + index; });
  const gate = [];
  const season = [0.35, 0.3, 0.45, 0.6, 0.85, 0.9, 1.0, 1.15, 1.2, 0.8, 0.7, 0.4];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const month = date.getUTCMonth();
    if (month === 11 && date.getUTCDate() === 25) continue;
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const base = 900 * season[month] * (weekend ? 1.8 : 1) * (0.7 + random() * 0.6);
    for (const [ticket, share, price] of [['ADT', 0.38, 24.5], ['CHD', 0.3, 17], ['CONC', 0.1, 21], ['FAM', 0.12, 19], ['MEM', 0.1, 0]]) {
      const visitors = Math.round(base * share);
      gate.push({ visit_dt: day(date), ticket, visitors, takings_gbp: money(visitors * price * (month >= 3 ? 1.05 : 1)) });
    }
  }
  writeTable('wildlife_park', 'enclosures', ['encl_id', 'encl_name', 'zone', 'area_m2', 'indoor', 'lead_keeper'], enclosures);
  writeTable('wildlife_park', 'animals', ['animal_id', 'house_name', 'sci_name', 'common_name', 'sex', 'dob', 'encl_id', 'arrived', 'origin', 'iucn', 'died'], animals);
  writeTable('wildlife_park', 'keepers', ['keeper_id', 'keeper_name', 'section', 'grade', 'start_dt'], keepers);
  writeTable('wildlife_park', 'vet_checks', ['check_id', 'animal_id', 'check_dt', 'vet', 'reason', 'wt_kg', 'ga', 'outcome'], checks);
  writeTable('wildlife_park', 'gate_admissions', ['visit_dt', 'ticket', 'visitors', 'takings_gbp'], gate);
}

theatreTour();
windOm();
wildlifePark();

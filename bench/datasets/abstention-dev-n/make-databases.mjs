// Writes databases/{locksmith_ops,inshore_fleet,youth_orch}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-n/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alfie', 'Bethan', 'Connor', 'Darcy', 'Elliot', 'Ffion', 'Gethin', 'Hollie', 'Ivan', 'Jodie', 'Kieran', 'Lowri', 'Mason', 'Nia', 'Owen', 'Poppy', 'Rhys', 'Sienna', 'Toby', 'Eleri', 'Dylan', 'Imogen', 'Jake', 'Megan', 'Osian', 'Phoebe', 'Reuben', 'Seren', 'Tomos', 'Zara'];
const LAST = ['Arbuthnot', 'Bellamy', 'Carne', 'Dunstan', 'Eddy', 'Finnigan', 'Gluyas', 'Hocking', 'Jory', 'Kitto', 'Lanyon', 'Mitchell', 'Nance', 'Opie', 'Pascoe', 'Quick', 'Rowe', 'Sandow', 'Trevail', 'Uren', 'Vosper', 'Williams', 'Yelland', 'Penrose', 'Curnow', 'Hosking', 'Tremayne', 'Angove', 'Bolitho', 'Chegwidden'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const isSunday = (date) => date.getUTCDay() === 0;

/** A locksmith firm: technicians, customers, call-out jobs, the parts catalogue and the parts fitted on each job, 2025-12 to 2026-11. */
function locksmith() {
  const { random, pick, between } = seeded(20261301);
  const nextName = namer(pick, FIRST, LAST);
  const techs = [
    ['Penmarrow', 'MLA', 'Y', 38], ['Penmarrow', 'LIC', 'Y', 34], ['Trevanna', 'MLA', 'Y', 40], ['Trevanna', 'LIC', 'N', 32], ['Trevanna', 'NONE', 'N', 26],
    ['Falbridge', 'LIC', 'Y', 34], ['Falbridge', 'NONE', 'N', 27], ['Bodwen', 'MLA', 'Y', 36],
  ].map(([base_twn, mla_sts, safe_eng, hrly_rt_gbp], index) => ({
    tech_id: `T${String(index + 1).padStart(2, '0')}`, tech_nm: nextName().join(' '), base_twn, mla_sts, safe_eng, hrly_rt_gbp: money(hrly_rt_gbp),
    start_dt: day(addDays(new Date(Date.UTC(2004, 0, 1)), between(0, 7600))), van_reg: `${pick(['WK', 'WA', 'WF'])}${between(15, 24)} ${'LKXPRDNH'[index]}${pick(['C', 'S', 'M'])}${pick(['K', 'Y', 'T'])}`,
  }));
  const towns = ['Penmarrow', 'St Ennor', 'Hayleford', 'Trevanna', 'Redmoor', 'Kelwick', 'Falbridge', 'Polcarrow', 'Helmoor', 'Bodwen', 'Wadeford', 'Newstow'];
  const baseOf = { Penmarrow: 'Penmarrow', 'St Ennor': 'Penmarrow', Hayleford: 'Penmarrow', Trevanna: 'Trevanna', Redmoor: 'Trevanna', Kelwick: 'Trevanna', Falbridge: 'Falbridge', Polcarrow: 'Falbridge', Helmoor: 'Falbridge', Bodwen: 'Bodwen', Wadeford: 'Bodwen', Newstow: 'Trevanna' };
  const outward = { Penmarrow: 'KW18', 'St Ennor': 'KW26', Hayleford: 'KW27', Trevanna: 'KW1', Redmoor: 'KW15', Kelwick: 'KW14', Falbridge: 'KW11', Polcarrow: 'KW10', Helmoor: 'KW13', Bodwen: 'KQ31', Wadeford: 'KQ27', Newstow: 'KW7' };
  const agencies = ['Trevanna Lettings', 'Harbourside Property Management', 'Tamarind & Fal Estates', 'Cove Homes Lettings', 'Carrowshire Housing Trust', 'Penhale Student Lets'];
  const businesses = ['The Lugger Inn', 'Falbridge Chandlery', 'Trewenna Surgery', 'Pydar Print', 'Redmoor Road Garage', 'Mount View Care Home', 'Chapel Street Deli', 'Porthgarra Surf School', 'Hayleford Academy', 'Bodwen Moor Vets'];
  const custs = [];
  for (let n = 0; n < 420; n += 1) {
    const roll = random();
    const typ = n < agencies.length ? 'AGT' : n < agencies.length + businesses.length ? 'COM' : roll < 0.12 ? 'LL' : 'RES';
    const name = typ === 'AGT' ? agencies[n] : typ === 'COM' ? businesses[n - agencies.length] : nextName().join(' ');
    const twn = pick(towns);
    custs.push({ cust_id: 30001 + n, cust_nm: name, cust_typ: typ, twn, pcode_out: outward[twn], tel_no: random() < 0.1 ? null : `07${between(700, 999)} ${between(100000, 999999)}`, acct_flg: typ === 'AGT' || typ === 'COM' ? 'Y' : 'N', first_job_dt: null });
  }
  const parts = [
    ['EC-35-35-B', 'Euro cylinder 35/35 brass', 'Ashgrove', 'CYL', 'N', 9.5, 28],
    ['EC-40-40-B', 'Euro cylinder 40/40 brass', 'Ashgrove', 'CYL', 'N', 10.5, 30],
    ['EC-35-45-AS', 'Anti-snap euro cylinder 35/45 (3 star)', 'Veyra', 'CYL', 'N', 31, 72],
    ['EC-40-50-AS', 'Anti-snap euro cylinder 40/50 (3 star)', 'Veyra', 'CYL', 'N', 33, 76],
    ['ML5-64', '5 lever mortice deadlock 64mm BS3621', 'Ashgrove', 'MORT', 'Y', 24, 65],
    ['ML5-76', '5 lever mortice sashlock 76mm BS3621', 'Ashgrove', 'MORT', 'Y', 27, 70],
    ['ML3-64', '3 lever mortice deadlock 64mm', 'Tregarth', 'MORT', 'N', 9, 32],
    ['NL-STD', 'Standard nightlatch 60mm', 'Tregarth', 'NL', 'N', 14, 45],
    ['NL-BS', 'Deadlocking nightlatch BS3621', 'Veyra', 'NL', 'Y', 48, 110],
    ['MPL-GB-35', 'uPVC multipoint gearbox 35mm backset', 'Winlock', 'UPVC', 'N', 26, 85],
    ['MPL-FULL', 'uPVC multipoint lock strip complete', 'Winlock', 'UPVC', 'N', 58, 165],
    ['HND-LVR', 'uPVC lever handle pair', 'Winlock', 'HW', 'N', 8, 25],
    ['PAD-50-CS', 'Closed shackle padlock 50mm', 'Veyra', 'PAD', 'N', 19, 48],
    ['KS-RIM', 'Rim cylinder for nightlatch', 'Tregarth', 'CYL', 'N', 7, 22],
    ['SAFE-RELOCK', 'Safe lock replacement (key)', 'Dorran', 'SAFE', 'N', 45, 140],
    ['LB-BOX', 'Key safe (police preferred)', 'Dorran', 'HW', 'N', 38, 95],
  ].map(([part_cd, part_desc, brand, cat_cd, bs3621_flg, cost_gbp, sell_gbp]) => ({ part_cd, part_desc, brand, cat_cd, bs3621_flg, cost_gbp: money(cost_gbp), sell_gbp: money(sell_gbp) }));
  const partsFor = {
    LO: [[], [], ['EC-35-35-B'], ['EC-40-40-B'], ['EC-35-45-AS']],
    LC: [['EC-35-35-B'], ['EC-40-40-B'], ['EC-35-45-AS'], ['EC-40-50-AS'], ['ML3-64'], ['NL-STD', 'KS-RIM']],
    UPG: [['ML5-64'], ['ML5-76'], ['NL-BS'], ['EC-35-45-AS', 'ML5-64'], ['EC-40-50-AS']],
    UPVC: [['MPL-GB-35'], ['MPL-FULL'], ['MPL-GB-35', 'HND-LVR'], ['HND-LVR']],
    BURG: [['EC-35-45-AS', 'MPL-GB-35'], ['ML5-64', 'NL-BS'], ['EC-40-50-AS'], ['MPL-FULL', 'EC-35-45-AS']],
    SAFE: [[], ['SAFE-RELOCK']],
    KEYSAFE: [['LB-BOX']],
  };
  const jobs = [];
  const lines = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const count = isSunday(date) ? between(0, 3) : between(2, 7);
    for (let k = 0; k < count; k += 1) {
      const cust = pick(custs);
      const local = techs.filter((t) => t.base_twn === baseOf[cust.twn]);
      const typ = pick(['LO', 'LO', 'LO', 'LC', 'LC', 'LC', 'UPG', 'UPG', 'UPVC', 'UPVC', 'BURG', 'SAFE', 'KEYSAFE']);
      const team = typ === 'SAFE' ? techs.filter((t) => t.safe_eng === 'Y') : local.length ? local : techs;
      const tech = pick(team);
      const emerg = typ === 'LO' || typ === 'BURG' ? (random() < 0.8 ? 'Y' : 'N') : random() < 0.08 ? 'Y' : 'N';
      const hour = emerg === 'Y' && random() < 0.3 ? pick([19, 20, 21, 22, 23, 6]) : between(8, 17);
      const call = addMinutes(date, hour * 60 + between(0, 59));
      const roll = random();
      const sts = roll < 0.06 ? 'CNX' : roll < 0.1 ? 'RTN' : 'CMP';
      const arrive = sts === 'CNX' ? null : addMinutes(call, emerg === 'Y' ? between(18, 75) : between(60 * 4, 60 * 52));
      const labourMins = typ === 'LO' ? between(10, 45) : typ === 'SAFE' ? between(60, 180) : typ === 'BURG' ? between(60, 150) : between(25, 90);
      const done = arrive === null ? null : addMinutes(arrive, labourMins);
      const callout = sts === 'CNX' ? 0 : emerg === 'Y' ? (hour >= 19 || hour < 8 ? 95 : 65) : 0;
      const labour = sts === 'CNX' ? 0 : Math.round((labourMins / 60) * Number(tech.hrly_rt_gbp) * 1.8);
      const job = { job_id: 0, cust_id: cust.cust_id, tech_id: tech.tech_id, job_typ: typ, call_at: stamp(call), arr_at: arrive === null ? null : stamp(arrive), done_at: done === null ? null : stamp(done), sts_cd: sts, emerg_flg: emerg, callout_gbp: money(callout), lab_gbp: money(labour), pay_mthd: sts === 'CNX' ? null : cust.acct_flg === 'Y' ? 'INV' : pick(['CARD', 'CARD', 'CARD', 'CASH', 'BACS']) };
      jobs.push(job);
      if (sts === 'CNX') continue;
      for (const code of pick(partsFor[typ])) {
        const part = parts.find((p) => p.part_cd === code);
        const qty = code === 'HND-LVR' || typ === 'LC' ? pick([1, 1, 1, 2, 3]) : 1;
        lines.push({ line_id: 0, job, part_cd: code, qty, unit_gbp: part.sell_gbp });
      }
    }
  }
  jobs.sort((a, b) => cmp(a.call_at, b.call_at) || a.cust_id - b.cust_id);
  jobs.forEach((job, index) => { job.job_id = 700001 + index; });
  lines.sort((a, b) => a.job.job_id - b.job.job_id || cmp(a.part_cd, b.part_cd));
  lines.forEach((line, index) => { line.line_id = index + 1; line.job_id = line.job.job_id; });
  writeTable('locksmith_ops', 'techs', ['tech_id', 'tech_nm', 'base_twn', 'mla_sts', 'safe_eng', 'hrly_rt_gbp', 'start_dt', 'van_reg'], techs);
  writeTable('locksmith_ops', 'custs', ['cust_id', 'cust_nm', 'cust_typ', 'twn', 'pcode_out', 'tel_no', 'acct_flg'], custs);
  writeTable('locksmith_ops', 'parts', ['part_cd', 'part_desc', 'brand', 'cat_cd', 'bs3621_flg', 'cost_gbp', 'sell_gbp'], parts);
  writeTable('locksmith_ops', 'jobs', ['job_id', 'cust_id', 'tech_id', 'job_typ', 'call_at', 'arr_at', 'done_at', 'sts_cd', 'emerg_flg', 'callout_gbp', 'lab_gbp', 'pay_mthd'], jobs);
  writeTable('locksmith_ops', 'job_parts', ['line_id', 'job_id', 'part_cd', 'qty', 'unit_gbp'], lines);
}

/** An inshore fishing fleet: its boats, skippers, fishing trips, the catch landed from each trip and who bought it, 2025-12 to 2026-11. */
function inshoreFleet() {
  const { random, pick, between } = seeded(20261302);
  const nextName = namer(pick, FIRST, LAST);
  const species = [
    ['LBE', 'European lobster', 'shellfish', 87, 16.5], ['CRE', 'Edible crab', 'shellfish', 140, 2.4], ['SCR', 'Spider crab', 'shellfish', 120, 1.6],
    ['WHE', 'Whelk', 'shellfish', 45, 1.1], ['BSS', 'European sea bass', 'fish', 420, 13.5], ['POL', 'Pollack', 'fish', 300, 5.2],
    ['MAC', 'Mackerel', 'fish', 200, 2.1], ['SOL', 'Dover sole', 'fish', 240, 14.8], ['PLE', 'Plaice', 'fish', 270, 3.4], ['CTC', 'Cuttlefish', 'cephalopod', null, 3.9],
  ].map(([species_code, common_name, species_group, minimum_size_mm, price]) => ({ species_code, common_name, species_group, minimum_size_mm, price }));
  const vessels = [
    ['Morwenna Jane', 'PC 118', 'Porthcarrow', 9.9, 'POT', 1998, 112], ['Girl Tegen', 'PC 402', 'Porthcarrow', 11.6, 'GNS', 2004, 186], ['Silver Dawn', 'FB 77', 'Falbridge', 7.8, 'POT', 1987, 60],
    ['Brave Kerensa', 'FB 305', 'Falbridge', 9.6, 'LHM', 2011, 149], ['Three Brothers', 'SE 58', 'St Ennor', 8.2, 'LHM', 1979, 75], ['Ocean Jewel', 'PC 661', 'Porthcarrow', 14.9, 'OTB', 2001, 298],
    ['Lowenna', 'SE 212', 'St Ennor', 6.9, 'POT', 2016, 45], ['Spirit of Mylor', 'FB 19', 'Falbridge', 9.95, 'GNS', 2008, 168], ['Karenza', 'PC 9', 'Porthcarrow', 11.9, 'POT', 1993, 201],
  ].map(([vessel_name, port_number, home_port, length_metres, main_gear, year_built, engine_kw], index) => ({ vessel_id: index + 1, vessel_name, port_number, home_port, length_metres: length_metres.toFixed(2), main_gear, year_built, engine_kw }));
  const skippers = vessels.map((vessel, index) => ({ skipper_id: 101 + index, skipper_name: nextName().join(' '), mobile_number: `07${between(700, 999)} ${between(100000, 999999)}`, certificate: vessel.length_metres > 10 ? 'SK60' : pick(['SK20', 'SK60']), started_fishing: between(1985, 2016), usual_vessel_id: vessel.vessel_id }));
  skippers.push({ skipper_id: 110, skipper_name: nextName().join(' '), mobile_number: `07${between(700, 999)} ${between(100000, 999999)}`, certificate: 'SK60', started_fishing: 1982, usual_vessel_id: null });
  const buyers = [
    ['Porthcarrow Fish Market', 'AUC', 'Porthcarrow'], ['Carn Shellfish Ltd', 'MER', 'Porthcarrow'], ['Falbridge Seafoods', 'MER', 'Falbridge'], ['The Pilchard Press Kitchen', 'RES', 'St Ennor'],
    ['Harbour Lights Restaurant', 'RES', 'Falbridge'], ['Quayside stall', 'DIR', 'St Ennor'], ['Breton Viviers SA', 'EXP', 'Roscoff'],
  ].map(([buyer_name, buyer_type, town], index) => ({ buyer_id: index + 1, buyer_name, buyer_type, town }));
  const catchOf = { POT: ['LBE', 'CRE', 'CRE', 'SCR', 'WHE'], GNS: ['POL', 'SOL', 'PLE', 'BSS', 'SCR'], LHM: ['BSS', 'MAC', 'MAC', 'POL'], OTB: ['SOL', 'PLE', 'CTC', 'MAC', 'POL'] };
  const buyersOf = { LBE: [2, 7, 4, 5], CRE: [2, 3, 7], SCR: [7, 2], WHE: [2, 3], BSS: [1, 4, 5, 6], POL: [1, 3], MAC: [1, 6, 3], SOL: [1, 5], PLE: [1, 3], CTC: [1, 7] };
  const areas = { Porthcarrow: ['30E4', '29E4', '30E5', '29E3'], Falbridge: ['29E4', '29E5', '30E4'], 'St Ennor': ['30E4', '31E4', '30E5'] };
  const trips = [];
  const landings = [];
  const backAt = {};
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const month = date.getUTCMonth();
    const winter = month === 11 || month <= 1;
    for (const vessel of vessels) {
      const chance = (winter ? 0.35 : 0.62) * (vessel.length_metres > 12 ? 0.8 : 1) * (vessel.main_gear === 'LHM' && winter ? 0.5 : 1);
      if (random() > chance) continue;
      const skipper = random() < 0.88 ? skippers[vessel.vessel_id - 1] : skippers[9];
      const sailed = addMinutes(date, pick([4, 5, 5, 6, 7]) * 60 + between(0, 59));
      const hours = vessel.main_gear === 'OTB' ? between(20, 60) : between(6, 14);
      const landed = addMinutes(sailed, hours * 60 + between(0, 59));
      if ((backAt[vessel.vessel_id] ?? '') > stamp(sailed)) continue;
      backAt[vessel.vessel_id] = stamp(landed);
      const trip = { trip_id: 0, vessel_id: vessel.vessel_id, skipper_id: skipper.skipper_id, sailed_at: stamp(sailed), landed_at: stamp(landed), landing_port: random() < 0.9 ? vessel.home_port : pick(['Porthcarrow', 'Falbridge', 'St Ennor', 'Mevanna']), fishing_area: pick(areas[vessel.home_port]), fuel_litres: Math.round(Number(vessel.engine_kw) * hours * (0.08 + random() * 0.05)), crew_on_board: vessel.length_metres > 11 ? between(2, 4) : between(1, 2), pots_hauled: vessel.main_gear === 'POT' ? between(120, 450) : null };
      trips.push(trip);
      const kinds = [...new Set([pick(catchOf[vessel.main_gear]), pick(catchOf[vessel.main_gear]), ...(random() < 0.4 ? [pick(catchOf[vessel.main_gear])] : [])])];
      for (const code of kinds) {
        const sp = species.find((s) => s.species_code === code);
        if (code === 'BSS' && (month === 1 || month === 2)) continue;
        const base = code === 'LBE' ? between(5, 40) : code === 'CRE' || code === 'SCR' ? between(40, 420) : code === 'MAC' ? between(30, 600) : vessel.main_gear === 'OTB' ? between(60, 900) : between(8, 160);
        const weight = (base * (0.7 + random() * 0.6)).toFixed(1);
        const buyer = pick(buyersOf[code]);
        landings.push({ landing_id: 0, trip, species_code: code, weight_kg: weight, boxes: Math.max(1, Math.round(Number(weight) / 20)), price_per_kg: money(sp.price * (winter ? 1.2 : 1) * (0.85 + random() * 0.3) * (buyer === 4 || buyer === 5 || buyer === 6 ? 1.2 : 1)), buyer_id: buyer });
      }
    }
  }
  trips.sort((a, b) => cmp(a.sailed_at, b.sailed_at) || a.vessel_id - b.vessel_id);
  trips.forEach((trip, index) => { trip.trip_id = 4001 + index; });
  landings.sort((a, b) => a.trip.trip_id - b.trip.trip_id || cmp(a.species_code, b.species_code));
  landings.forEach((landing, index) => { landing.landing_id = 90001 + index; landing.trip_id = landing.trip.trip_id; });
  writeTable('inshore_fleet', 'species', ['species_code', 'common_name', 'species_group', 'minimum_size_mm'], species);
  writeTable('inshore_fleet', 'vessels', ['vessel_id', 'vessel_name', 'port_number', 'home_port', 'length_metres', 'main_gear', 'year_built', 'engine_kw'], vessels);
  writeTable('inshore_fleet', 'skippers', ['skipper_id', 'skipper_name', 'mobile_number', 'certificate', 'started_fishing', 'usual_vessel_id'], skippers);
  writeTable('inshore_fleet', 'buyers', ['buyer_id', 'buyer_name', 'buyer_type', 'town'], buyers);
  writeTable('inshore_fleet', 'trips', ['trip_id', 'vessel_id', 'skipper_id', 'sailed_at', 'landed_at', 'landing_port', 'fishing_area', 'fuel_litres', 'crew_on_board', 'pots_hauled'], trips);
  writeTable('inshore_fleet', 'landings', ['landing_id', 'trip_id', 'species_code', 'weight_kg', 'boxes', 'price_per_kg', 'buyer_id'], landings);
}

/** A county youth orchestra: its ensembles, staff, members, rehearsals, who attended each, and its concerts, 2025-12 to 2026-11. */
function youthOrchestra() {
  const { random, pick, between } = seeded(20261303);
  const nextName = namer(pick, FIRST, LAST);
  const staff = [
    ['CON', null, 180], ['CON', null, 160], ['CON', null, 150], ['TUT', 'violin', 55], ['TUT', 'cello', 55], ['TUT', 'flute', 50], ['TUT', 'clarinet', 50],
    ['TUT', 'trumpet', 50], ['TUT', 'percussion', 50], ['TUT', 'double bass', 50], ['ADM', null, 0],
  ].map(([role, instrumentTaught, sessionFee], index) => ({ staffId: index + 1, fullName: nextName().join(' '), role, instrumentTaught, sessionFee: money(sessionFee), dbsCheckedOn: day(addDays(new Date(Date.UTC(2022, 3, 1)), between(0, 1400))) }));
  const ensembles = [
    ['Carrowshire Youth Symphony Orchestra', 'SNR', 'SAT', 1, 165], ['Carrowshire Youth Sinfonia', 'INT', 'SAT', 2, 140], ['Junior Strings', 'JNR', 'WED', 3, 95], ['Youth Wind Band', 'INT', 'SUN', 2, 120],
  ].map(([ensembleName, level, rehearsalDay, conductorId, termFee], index) => ({ ensembleId: index + 1, ensembleName, level, rehearsalDay, conductorId, termFee: money(termFee) }));
  const sectionOf = { violin: 'STR', viola: 'STR', cello: 'STR', 'double bass': 'STR', flute: 'WW', oboe: 'WW', clarinet: 'WW', bassoon: 'WW', saxophone: 'WW', horn: 'BR', trumpet: 'BR', trombone: 'BR', tuba: 'BR', percussion: 'PERC', harp: 'HP' };
  const lineUp = {
    1: ['violin', 16, 'viola', 5, 'cello', 5, 'double bass', 3, 'flute', 3, 'oboe', 2, 'clarinet', 3, 'bassoon', 2, 'horn', 4, 'trumpet', 3, 'trombone', 3, 'tuba', 1, 'percussion', 3, 'harp', 1],
    2: ['violin', 14, 'viola', 4, 'cello', 4, 'double bass', 2, 'flute', 2, 'oboe', 1, 'clarinet', 3, 'bassoon', 1, 'horn', 2, 'trumpet', 2, 'trombone', 2, 'percussion', 2],
    3: ['violin', 18, 'viola', 3, 'cello', 6, 'double bass', 2],
    4: ['flute', 5, 'clarinet', 8, 'saxophone', 4, 'horn', 3, 'trumpet', 5, 'trombone', 4, 'tuba', 2, 'percussion', 4],
  };
  const gradeRange = { 1: [7, 8], 2: [5, 7], 3: [1, 4], 4: [3, 7] };
  const ageRange = { 1: [14, 19], 2: [12, 17], 3: [8, 12], 4: [11, 18] };
  const schools = ['Trevanna School', 'Polcarrow School', 'Redmoor High School', 'Mounts Bay Academy', 'St Ennor Grammar', 'Kelwick Community College', 'Bodwen College', 'Falbridge Academy', 'Home educated'];
  const members = [];
  for (const ensemble of ensembles) {
    const plan = lineUp[ensemble.ensembleId];
    for (let i = 0; i < plan.length; i += 2) {
      for (let n = 0; n < plan[i + 1]; n += 1) {
        const [first, last] = nextName();
        const age = between(...ageRange[ensemble.ensembleId]);
        const born = addDays(new Date(Date.UTC(2026 - age, 0, 1)), between(-180, 180));
        const joined = addDays(new Date(Date.UTC(2026 - between(0, Math.min(4, age - 7)), 8, 5)), between(0, 20));
        const left = random() < 0.06 && day(joined) < '2026-03-01' ? addDays(new Date(Date.UTC(2026, 3, 1)), between(0, 150)) : null;
        members.push({ memberId: 0, firstName: first, lastName: last, dateOfBirth: day(born), instrument: plan[i], section: sectionOf[plan[i]], ensembleId: ensemble.ensembleId, schoolName: pick(schools), highestGrade: between(...gradeRange[ensemble.ensembleId]), feeBand: random() < 0.1 ? 'FREE' : random() < 0.15 ? 'HALF' : 'FULL', joinedOn: day(joined > new Date(Date.UTC(2026, 9, 1)) ? new Date(Date.UTC(2026, 8, 12)) : joined), leftOn: left === null ? null : day(left) });
      }
    }
  }
  members.sort((a, b) => a.ensembleId - b.ensembleId || cmp(a.lastName, b.lastName) || cmp(a.firstName, b.firstName));
  members.forEach((m, index) => { m.memberId = 2001 + index; });
  const dayNumber = { SUN: 0, WED: 3, SAT: 6 };
  const venues = { 1: 'Trevanna Music Centre', 2: 'Trevanna Music Centre', 3: 'Polcarrow School Music Block', 4: 'Kelwick Band Room' };
  const termDates = [['2025-12-01', '2025-12-13'], ['2026-01-10', '2026-03-28'], ['2026-04-18', '2026-07-11'], ['2026-09-12', '2026-11-30']];
  const rehearsals = [];
  const attendance = [];
  for (const ensemble of ensembles) {
    for (const [from, to] of termDates) {
      for (let date = new Date(`${from}T00:00:00Z`); day(date) <= to; date = addDays(date, 1)) {
        if (date.getUTCDay() !== dayNumber[ensemble.rehearsalDay]) continue;
        if (day(date) >= '2026-02-14' && day(date) <= '2026-02-22') continue;
        if (day(date) >= '2026-10-24' && day(date) <= '2026-11-01') continue;
        const sectional = ensemble.ensembleId <= 2 && random() < 0.3;
        const rehearsal = { rehearsalId: 0, ensembleId: ensemble.ensembleId, rehearsalDate: day(date), startTime: ensemble.rehearsalDay === 'WED' ? '17:30' : '10:00', durationMins: ensemble.rehearsalDay === 'WED' ? 90 : pick([150, 180, 180, 300]), venue: venues[ensemble.ensembleId], sessionType: sectional ? 'SECT' : 'TUTTI' };
        rehearsals.push(rehearsal);
        for (const member of members.filter((m) => m.ensembleId === ensemble.ensembleId && m.joinedOn <= day(date) && (m.leftOn === null || m.leftOn > day(date)))) {
          const roll = random();
          attendance.push({ rehearsal, memberId: member.memberId, status: roll < 0.08 ? 'A' : roll < 0.15 ? 'E' : roll < 0.22 ? 'L' : 'P' });
        }
      }
    }
  }
  rehearsals.sort((a, b) => cmp(a.rehearsalDate, b.rehearsalDate) || a.ensembleId - b.ensembleId);
  rehearsals.forEach((r, index) => { r.rehearsalId = 501 + index; });
  attendance.sort((a, b) => a.rehearsal.rehearsalId - b.rehearsal.rehearsalId || a.memberId - b.memberId);
  attendance.forEach((a) => { a.rehearsalId = a.rehearsal.rehearsalId; });
  const concerts = [
    [1, '2025-12-14', 'Trevanna Civic Hall', 'Winter Gala', 620, 18], [2, '2025-12-13', 'St Piran\'s Church, Penmarrow', 'Carols and Overtures', 240, 10], [3, '2025-12-10', 'Polcarrow School Music Block', 'Junior Strings Christmas Showcase', 110, 5],
    [4, '2026-03-29', 'Kelwick Band Room', 'Spring Bandstand', 150, 8], [1, '2026-03-28', 'Trevanna Minster', 'Spring Concert', 540, 16], [2, '2026-07-11', 'The Assembly Rooms, Falbridge', 'Summer Serenade', 180, 10],
    [3, '2026-07-08', 'Polcarrow School Music Block', 'Junior Strings Summer Showcase', 95, 5], [4, '2026-07-12', 'Heartwood Arts Centre, Redmoor', 'Summer Wind Prom', 260, 9], [1, '2026-07-11', 'Trevanna Civic Hall', 'Summer Symphony', 700, 18],
    [2, '2026-11-28', 'St Piran\'s Church, Penmarrow', 'Autumn Concert', 210, 10], [4, '2026-11-29', 'Kelwick Band Room', 'Remembrance Concert', 175, 8],
  ].map(([ensembleId, concertDate, venue, title, ticketsSold, ticketPrice]) => ({ concertId: 0, ensembleId, concertDate, venue, title, ticketsSold, ticketPrice: money(ticketPrice) }));
  concerts.sort((a, b) => cmp(a.concertDate, b.concertDate) || a.ensembleId - b.ensembleId);
  concerts.forEach((c, index) => { c.concertId = 31 + index; });
  writeTable('youth_orch', 'staff', ['staffId', 'fullName', 'role', 'instrumentTaught', 'sessionFee', 'dbsCheckedOn'], staff);
  writeTable('youth_orch', 'ensembles', ['ensembleId', 'ensembleName', 'level', 'rehearsalDay', 'conductorId', 'termFee'], ensembles);
  writeTable('youth_orch', 'members', ['memberId', 'firstName', 'lastName', 'dateOfBirth', 'instrument', 'section', 'ensembleId', 'schoolName', 'highestGrade', 'feeBand', 'joinedOn', 'leftOn'], members);
  writeTable('youth_orch', 'rehearsals', ['rehearsalId', 'ensembleId', 'rehearsalDate', 'startTime', 'durationMins', 'venue', 'sessionType'], rehearsals);
  writeTable('youth_orch', 'attendance', ['rehearsalId', 'memberId', 'status'], attendance);
  writeTable('youth_orch', 'concerts', ['concertId', 'ensembleId', 'concertDate', 'venue', 'title', 'ticketsSold', 'ticketPrice'], concerts);
}

locksmith();
inshoreFleet();
youthOrchestra();

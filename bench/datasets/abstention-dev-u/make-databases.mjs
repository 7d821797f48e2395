// Writes databases/{bell_guild,grit_dw,icecream_vans}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-u/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Agnes', 'Bernard', 'Clara', 'Duncan', 'Edith', 'Felix', 'Gwen', 'Harold', 'Ivy', 'Jonah', 'Kathleen', 'Leonard', 'Mabel', 'Neville', 'Olive', 'Percy', 'Ruth', 'Sidney', 'Thea', 'Victor', 'Winifred', 'Arjun', 'Bronwen', 'Callum', 'Dilys', 'Emrys', 'Freya', 'Gareth'];
const LAST = ['Appleyard', 'Bramwell', 'Cockshott', 'Dinsdale', 'Entwistle', 'Fothergill', 'Garside', 'Hirst', 'Illingworth', 'Jowett', 'Kitching', 'Lumb', 'Metcalfe', 'Nettleton', 'Oddy', 'Pickles', 'Raistrick', 'Scaife', 'Tattersall', 'Waddington', 'Wilkinson', 'Yewdall', 'Mistry', 'Kowalski', 'Adeyemi'];
const iso = (text) => new Date(`${text}T00:00:00Z`);
const LAST_DAY = iso('2026-11-30');

/** A county guild of church bell ringers: towers, their bells, ringers, practice nights, peals and who rang in them. */
function bellGuild() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const towers = [
    ['St Oswald', 'Askwith', 'St Oswald', 6, 11.5, 'Tuesday', false],
    ['All Saints', 'Burley Woodhead', 'All Saints', 8, 17.25, 'Wednesday', false],
    ['St Helen', 'Denton Moor', 'St Helen', 5, 7.75, 'Thursday', true],
    ['St Mary', 'Gargrave Bridge', 'St Mary the Virgin', 8, 24.0, 'Friday', false],
    ['Holy Trinity', 'Kildwick Ings', 'Holy Trinity', 10, 28.5, 'Monday', false],
    ['St Wilfrid', 'Lothersdale Cross', 'St Wilfrid', 6, 9.25, 'Tuesday', true],
    ['St Peter', 'Otterburn Fold', 'St Peter', 6, 12.0, 'Thursday', false],
    ['St John', 'Rilston Green', 'St John the Baptist', 8, 15.5, 'Wednesday', false],
    ['Christ Church', 'Silsden Moor', 'Christ Church', 3, 5.5, 'Monday', true],
  ].map(([short, village, dedication, bell_count, tenor_cwt, practice_night, ground_floor_ring], index) => ({ tower_id: index + 1, tower_name: `${village}, ${short}`, village, dedication, bell_count, tenor_weight_cwt: tenor_cwt.toFixed(2), practice_night, ground_floor_ring }));
  const notes = ['C', 'D', 'E', 'F', 'G', 'A', 'B'];
  const bells = [];
  for (const t of towers) {
    const tenorNote = between(0, 6);
    const oldest = between(1620, 1880);
    for (let b = 1; b <= t.bell_count; b += 1) {
      const share = 0.3 + 0.7 * ((b - 1) / Math.max(1, t.bell_count - 1)) ** 1.6;
      const recast = random() < 0.3;
      bells.push({ tower_id: t.tower_id, bell_number: b, weight_cwt: (Number(t.tenor_weight_cwt) * share + (b === t.bell_count ? 0 : random() * 0.2)).toFixed(2), note: notes[(tenorNote + (t.bell_count - b)) % 7], cast_year: recast ? between(1890, 2012) : oldest + between(0, 120), hung_dead: b === t.bell_count ? false : random() < 0.04 });
    }
  }
  const levels = ['LEARNER', 'ROUNDS', 'CALL_CHANGES', 'PLAIN_HUNT', 'METHOD', 'METHOD', 'METHOD', 'CONDUCTOR'];
  const ringers = [];
  for (let n = 0; n < 96; n += 1) {
    const tower = towers[Math.min(towers.length - 1, Math.floor(random() * towers.length))];
    const level = pick(levels);
    ringers.push({ ringer_id: 101 + n, full_name: nextName().join(' '), home_tower_id: tower.tower_id, joined_year: level === 'LEARNER' ? between(2024, 2026) : between(1968, 2023), skill_level: level, tower_captain: false, subs_paid_2026: random() < 0.88 });
  }
  for (const t of towers) {
    const own = ringers.filter((r) => r.home_tower_id === t.tower_id && (r.skill_level === 'METHOD' || r.skill_level === 'CONDUCTOR'));
    if (own.length > 0) own[0].tower_captain = true;
  }
  const practices = [];
  const dayIndex = { Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5 };
  for (const t of towers) {
    const home = ringers.filter((r) => r.home_tower_id === t.tower_id).length;
    for (let d = iso('2025-12-01'); d <= LAST_DAY; d = addDays(d, 1)) {
      if (d.getUTCDay() !== dayIndex[t.practice_night]) continue;
      if (random() < 0.08) continue;
      const present = Math.max(2, Math.min(home + 2, Math.round(home * (0.45 + random() * 0.5))));
      practices.push({ practice_id: 0, tower_id: t.tower_id, practice_date: day(d), ringers_present: present, visitors: between(0, 4), learners_taught: between(0, 3) });
    }
  }
  practices.sort((a, b) => cmp(a.practice_date, b.practice_date) || a.tower_id - b.tower_id);
  practices.forEach((p, index) => { p.practice_id = 5001 + index; });
  const methods = { 5: ['Grandsire Doubles', 'Plain Bob Doubles', 'Stedman Doubles'], 6: ['Plain Bob Minor', 'Cambridge Surprise Minor', 'Kent Treble Bob Minor'], 8: ['Plain Bob Major', 'Yorkshire Surprise Major', 'Bristol Surprise Major', 'Grandsire Triples', 'Stedman Triples'], 10: ['Grandsire Caters', 'Cambridge Surprise Royal', 'Stedman Caters'] };
  const occasions = [null, null, null, null, null, 'wedding', 'Remembrance Sunday', 'Christmas', 'Easter', 'patronal festival', 'birthday', 'memorial'];
  const performances = [];
  const performanceRingers = [];
  const conductors = ringers.filter((r) => r.skill_level === 'CONDUCTOR');
  for (let k = 0; k < 118; k += 1) {
    const tower = pick(towers.filter((t) => t.bell_count >= 5));
    const date = addDays(iso('2025-12-01'), between(0, 364));
    const peal = random() < 0.2;
    const ringing = tower.bell_count === 10 ? 10 : tower.bell_count === 8 ? 8 : tower.bell_count === 5 ? 5 : 6;
    const method = pick(methods[ringing] ?? methods[6]);
    const changes = peal ? between(5000, 5184) : between(1260, 1320);
    let occasion = pick(occasions);
    if (occasion === 'Christmas' && date.getUTCMonth() !== 11) occasion = null;
    if (occasion === 'Remembrance Sunday' && date.getUTCMonth() !== 10) occasion = null;
    if (occasion === 'Easter' && date.getUTCMonth() !== 3) occasion = null;
    const conductor = pick(conductors);
    performances.push({ performance_id: 0, tower_id: tower.tower_id, rung_on: day(date), kind: peal ? 'peal' : 'quarter peal', method_name: method, changes, duration_minutes: Math.round(changes / (peal ? between(27, 30) : between(28, 33)) * (1 + Number(tower.tenor_weight_cwt) / 100)), conductor_id: conductor.ringer_id, occasion, band: [] });
    const band = [conductor];
    const pool = ringers.filter((r) => r !== conductor && ['PLAIN_HUNT', 'METHOD', 'CONDUCTOR'].includes(r.skill_level));
    while (band.length < ringing) {
      const r = pick(pool);
      if (!band.includes(r)) band.push(r);
    }
    performances[performances.length - 1].band = band;
  }
  performances.sort((a, b) => cmp(a.rung_on, b.rung_on) || a.tower_id - b.tower_id);
  performances.forEach((p, index) => {
    p.performance_id = 801 + index;
    const order = p.band.slice(1);
    const conductorBell = between(1, p.band.length);
    order.splice(conductorBell - 1, 0, p.band[0]);
    order.forEach((r, bellIndex) => performanceRingers.push({ performance_id: p.performance_id, ringer_id: r.ringer_id, bell_rung: bellIndex + 1 }));
  });
  writeTable('bell_guild', 'towers', ['tower_id', 'tower_name', 'village', 'dedication', 'bell_count', 'tenor_weight_cwt', 'practice_night', 'ground_floor_ring'], towers);
  writeTable('bell_guild', 'bells', ['tower_id', 'bell_number', 'weight_cwt', 'note', 'cast_year', 'hung_dead'], bells);
  writeTable('bell_guild', 'ringers', ['ringer_id', 'full_name', 'home_tower_id', 'joined_year', 'skill_level', 'tower_captain', 'subs_paid_2026'], ringers);
  writeTable('bell_guild', 'practices', ['practice_id', 'tower_id', 'practice_date', 'ringers_present', 'visitors', 'learners_taught'], practices);
  writeTable('bell_guild', 'performances', ['performance_id', 'tower_id', 'rung_on', 'kind', 'method_name', 'changes', 'duration_minutes', 'conductor_id', 'occasion'], performances);
  writeTable('bell_guild', 'performance_ringers', ['performance_id', 'ringer_id', 'bell_rung'], performanceRingers);
}

/** A county council's winter road gritting service as a small warehouse: depots, routes, gritters, operatives, runs, salt deliveries. */
function gritWarehouse() {
  const { random, pick, between } = seeded(20261222);
  const nextName = namer(pick, FIRST, LAST);
  const depots = [
    ['HWD', 'Harewood Bar Depot', 9000, 1996], ['SKP', 'Skipton Broughton Rd Depot', 12000, 1988],
    ['THR', 'Thirsk Sowerby Depot', 7000, 2008], ['WHB', 'Whitby Fairfield Depot', 5500, 2015],
  ].map(([dpt_cd, dpt_nm, cap_t, opn_yr]) => ({ dpt_cd, dpt_nm, cap_t, opn_yr }));
  const routes = [];
  const routeNames = { HWD: ['A61 Harrogate South', 'A658 Pool Bank', 'B6161 Killinghall', 'Wetherby Town', 'A659 Collingham'], SKP: ['A59 Kex Gill', 'A65 Gargrave', 'B6265 Grassington', 'Skipton Town', 'A629 Cononley', 'B6160 Kettlewell'], THR: ['A170 Sutton Bank', 'A61 Ripon Road', 'A168 Topcliffe', 'Thirsk Town'], WHB: ['A171 Guisborough Moor', 'A169 Sleights Moor', 'Whitby Town', 'A174 Sandsend'] };
  for (const d of depots) {
    routeNames[d.dpt_cd].forEach((nm, index) => {
      const town = nm.endsWith('Town');
      const hill = /Bank|Gill|Moor|Kettlewell|Pool/.test(nm);
      routes.push({ rte_cd: `${d.dpt_cd}${String(index + 1).padStart(2, '0')}`, dpt_cd: d.dpt_cd, rte_nm: nm, len_km: (town ? between(28, 45) : between(42, 96)) + between(0, 9) / 10, pri_cd: town || index === 0 ? 'P1' : pick(['P1', 'P2', 'P2']), hill_flg: hill });
    });
  }
  const vehicles = [];
  const makes = [['Econ Unimog', 6], ['Volvo FE 4x2 Romaquip', 9], ['MAN TGM Econ', 7], ['Scania P280 Schmidt', 10], ['Iveco Daily Mini-Gritter', 2]];
  let regN = 0;
  for (const d of depots) {
    const own = routes.filter((r) => r.dpt_cd === d.dpt_cd).length;
    for (let k = 0; k < own + 1; k += 1) {
      const [mk, hop] = k === own ? makes[4] : pick(makes.slice(0, 4));
      const yr = between(2012, 2024);
      const letters = ['YK', 'YJ', 'YH', 'YA', 'YB'][between(0, 4)];
      const age = yr >= 2020 ? String(yr - 2000 + (random() < 0.5 ? 50 : 0)) : String(yr - 2000 + 50).slice(-2);
      regN += 1;
      vehicles.push({ veh_reg: `${letters}${age} G${String.fromCharCode(65 + (regN % 26))}${String.fromCharCode(65 + ((regN * 7) % 26))}`, dpt_cd: d.dpt_cd, mk_mdl: mk, hopper_t: hop, plough_flg: hop >= 7 && random() < 0.7, reg_yr: yr, spare_flg: k === own });
    }
  }
  const operatives = [];
  for (const d of depots) {
    for (let k = 0; k < 8 + between(0, 3); k += 1) {
      operatives.push({ opr_id: 0, opr_nm: nextName().join(' '), dpt_cd: d.dpt_cd, lic_cls: pick(['C', 'C', 'C+E', 'C1']), start_dt: day(addDays(iso('2001-09-01'), between(0, 8700))), agency_flg: random() < 0.2 });
    }
  }
  operatives.forEach((o, index) => { o.opr_id = 3001 + index; });
  const runs = [];
  const seasons = [[iso('2025-10-15'), iso('2026-04-15')], [iso('2026-10-20'), LAST_DAY]];
  for (const [from, to] of seasons) {
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const m = d.getUTCMonth();
      const deep = m === 11 || m === 0 || m === 1;
      const coldness = deep ? 0.75 : m === 2 || m === 10 ? 0.45 : 0.2;
      if (random() > coldness) continue;
      const rst = deep ? -6 + random() * 7.5 : -3 + random() * 5;
      const snow = rst < -2.5 && random() < 0.3;
      const doAll = rst < 0 || snow;
      for (const r of routes) {
        if (!doAll && r.pri_cd === 'P2') continue;
        const veh = vehicles.filter((v) => v.dpt_cd === r.dpt_cd && !v.spare_flg);
        const v = random() < 0.06 ? vehicles.find((x) => x.dpt_cd === r.dpt_cd && x.spare_flg) : veh[routes.filter((x) => x.dpt_cd === r.dpt_cd).indexOf(r) % veh.length];
        const ops = operatives.filter((o) => o.dpt_cd === r.dpt_cd && (v.hopper_t > 3.5 ? o.lic_cls !== 'C1' : true));
        const op = pick(ops);
        const act = snow ? 'SNOW' : random() < 0.85 ? 'PRE' : 'POST';
        const gsm = act === 'SNOW' ? 40 : rst < -3 ? 20 : rst < -1 ? 15 : 10;
        const km = r.len_km;
        const salt = Math.min(v.hopper_t, (km * 7.5 * gsm) / 1000 * (1 + random() * 0.15));
        const dep = addMinutes(d, act === 'SNOW' ? between(2 * 60, 5 * 60) : between(17 * 60, 21 * 60 + 30));
        const mins = Math.round(km * (act === 'SNOW' ? 3.6 : 2.2) + between(10, 35));
        runs.push({ run_id: 0, rte_cd: r.rte_cd, veh_reg: v.veh_reg, opr_id: op.opr_id, run_dt: day(d), dep_ts: stamp(dep), ret_ts: stamp(addMinutes(dep, mins)), act_cd: act, spr_gsm: gsm, salt_t: salt.toFixed(2), rst_fc_c: rst.toFixed(1) });
      }
    }
  }
  runs.sort((a, b) => cmp(a.dep_ts, b.dep_ts) || cmp(a.rte_cd, b.rte_cd));
  runs.forEach((r, index) => { r.run_id = 700001 + index; });
  const deliveries = [];
  for (const d of depots) {
    for (let m = 0; m < 16; m += 1) {
      const date = addDays(iso('2025-08-04'), m * 30 + between(0, 20));
      if (date > LAST_DAY) continue;
      const month = date.getUTCMonth();
      if (month >= 4 && month <= 6) continue;
      const t = between(6, 14) * 29;
      const sup = pick(['NWS', 'NWS', 'TRS', 'IMP']);
      const rate = sup === 'IMP' ? 58 : sup === 'TRS' ? 64 : 61.5;
      deliveries.push({ dlv_id: 0, dpt_cd: d.dpt_cd, dlv_dt: day(date), sup_cd: sup, tonnes: t, cost_gbp: money(t * (rate + random() * 3)) });
    }
  }
  deliveries.sort((a, b) => cmp(a.dlv_dt, b.dlv_dt) || cmp(a.dpt_cd, b.dpt_cd));
  deliveries.forEach((x, index) => { x.dlv_id = index + 1; });
  writeTable('grit_dw', 'dim_dpt', ['dpt_cd', 'dpt_nm', 'cap_t', 'opn_yr'], depots);
  writeTable('grit_dw', 'dim_rte', ['rte_cd', 'dpt_cd', 'rte_nm', 'len_km', 'pri_cd', 'hill_flg'], routes);
  writeTable('grit_dw', 'dim_veh', ['veh_reg', 'dpt_cd', 'mk_mdl', 'hopper_t', 'plough_flg', 'reg_yr', 'spare_flg'], vehicles);
  writeTable('grit_dw', 'dim_opr', ['opr_id', 'opr_nm', 'dpt_cd', 'lic_cls', 'start_dt', 'agency_flg'], operatives);
  writeTable('grit_dw', 'fct_run', ['run_id', 'rte_cd', 'veh_reg', 'opr_id', 'run_dt', 'dep_ts', 'ret_ts', 'act_cd', 'spr_gsm', 'salt_t', 'rst_fc_c'], runs);
  writeTable('grit_dw', 'fct_salt_dlv', ['dlv_id', 'dpt_cd', 'dlv_dt', 'sup_cd', 'tonnes', 'cost_gbp'], deliveries);
}

/** A family ice-cream van business in legacy camelCase: vans, drivers, rounds, products, shifts, stock loaded and sold, van servicing. */
function iceCreamVans() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const vans = [
    ['YC14 MRW', 'Big Blue', 'Ford Transit Whitby Mondial', true, 2014], ['YD17 FTL', 'Rosie', 'Mercedes Sprinter Cummins', true, 2017],
    ['YE66 KPD', 'Little Lemon', 'Renault Master Whitby Morrison', false, 2016], ['YF20 HLC', 'Sunny', 'Mercedes Sprinter Whitby Mondial', true, 2020],
    ['YG71 RBT', 'Snowdrop', 'Ford Transit Custom Cummins', false, 2021],
  ].map(([regPlate, vanName, makeModel, softServe, firstRegYear], index) => ({ vanId: index + 1, regPlate, vanName, makeModel, softServe, firstRegYear }));
  const drivers = [];
  for (let n = 0; n < 9; n += 1) {
    const [firstName, lastName] = nextName();
    drivers.push({ driverId: 21 + n, firstName, lastName, startedOn: day(addDays(iso('2009-03-01'), between(0, 6000))), hourlyRate: money(n < 2 ? 15.5 : 11.44 + between(0, 8) * 0.25), ownsShare: n < 2 });
  }
  const rounds = [
    ['Harrogate Bilton', 'Bilton', 'MON', 42, 'Greensleeves'], ['Knaresborough Castle', 'Knaresborough', 'TUE', 38, 'Match of the Day'],
    ['Ripon Market', 'Ripon', 'WED', 35, 'Teddy Bears Picnic'], ['Pateley Bridge Dales', 'Nidderdale', 'THU', 22, 'Greensleeves'],
    ['Starbeck Estates', 'Starbeck', 'FRI', 48, 'Popeye the Sailor Man'], ['Valley Gardens', 'Harrogate', 'SAT', 12, 'Greensleeves'],
    ['Boroughbridge Villages', 'Boroughbridge', 'SAT', 30, 'Home on the Range'], ['Fewston Reservoir', 'Washburn Valley', 'SUN', 6, 'Teddy Bears Picnic'],
    ['Wetherby Racecourse', 'Wetherby', 'SUN', 9, 'Match of the Day'],
  ].map(([roundName, area, dayOfWeek, stopCount, chimeTune], index) => ({ roundId: 101 + index, roundName, area, dayOfWeek, stopCount, chimeTune }));
  const products = [
    ['CN99', '99 Flake', 'CONE', 3.2, false], ['CN99D', 'Double 99', 'CONE', 4.5, false], ['CNVG', 'Vegan Swirl Cone', 'CONE', 3.5, true],
    ['LFAB', 'Fab', 'LOLLY', 1.8, false], ['LROC', 'Rocket', 'LOLLY', 1.5, true], ['LCRN', 'Calippo', 'LOLLY', 2.0, true], ['LMAG', 'Magnum Classic', 'LOLLY', 2.8, false],
    ['LSCR', 'Screwball', 'TUB', 2.6, false], ['TSTR', 'Strawberry Tub', 'TUB', 3.0, false], ['TSOR', 'Mango Sorbet Tub', 'TUB', 3.0, true],
    ['SLSH', 'Blue Raspberry Slush', 'DRINK', 2.5, true], ['DCAN', 'Can of Pop', 'DRINK', 1.3, true], ['SWBG', 'Bag of Sweets', 'SWEETS', 1.0, false], ['DOGI', 'Doggy Ice', 'TUB', 1.5, false],
  ].map(([productCode, productName, category, unitPrice, isVegan]) => ({ productCode, productName, category, unitPrice: money(unitPrice), isVegan }));
  const dow = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
  const shifts = [];
  const stockLoads = [];
  for (let d = iso('2026-03-14'); d <= iso('2026-10-31'); d = addDays(d, 1)) {
    const m = d.getUTCMonth();
    const season = m >= 5 && m <= 7 ? 1 : m === 4 || m === 8 ? 0.7 : 0.35;
    const weather = pick(season === 1 ? ['SUN', 'SUN', 'SUN', 'CLOUD', 'CLOUD', 'RAIN'] : ['SUN', 'CLOUD', 'CLOUD', 'RAIN', 'RAIN']);
    const todays = rounds.filter((r) => r.dayOfWeek === dow[d.getUTCDay()]);
    const freeVans = vans.slice();
    const freeDrivers = drivers.slice();
    for (const r of todays) {
      if (season < 0.5 && r.stopCount > 25 && random() < 0.5) continue;
      if (weather === 'RAIN' && random() < 0.4) continue;
      const van = freeVans.splice(between(0, freeVans.length - 1), 1)[0];
      const driver = freeDrivers.splice(between(0, freeDrivers.length - 1), 1)[0];
      const hours = (r.stopCount > 30 ? 6 : 4.5) + between(0, 4) * 0.5;
      const shiftId = 0;
      const mood = season * (weather === 'SUN' ? 1.4 : weather === 'CLOUD' ? 0.9 : 0.45);
      const shift = { shiftId, shiftDate: day(d), roundId: r.roundId, vanId: van.vanId, driverId: driver.driverId, hoursWorked: hours.toFixed(1), weatherCode: weather, takingsCash: 0, takingsCard: 0, lines: [] };
      let total = 0;
      for (const p of products) {
        if (p.category === 'CONE' && p.productCode !== 'CN99' && !van.softServe) continue;
        if (p.productCode === 'CN99' && !van.softServe) continue;
        if (random() < 0.15) continue;
        const loaded = between(10, 40) + (p.category === 'CONE' ? 40 : 0);
        const sold = Math.min(loaded, Math.round(loaded * Math.min(0.98, mood * (0.35 + random() * 0.45))));
        shift.lines.push({ shiftId: 0, productCode: p.productCode, qtyLoaded: loaded, qtySold: sold });
        total += sold * Number(p.unitPrice);
      }
      const cardShare = 0.35 + random() * 0.3;
      shift.takingsCard = money(total * cardShare);
      shift.takingsCash = money(total - Number(shift.takingsCard));
      shifts.push(shift);
    }
  }
  shifts.forEach((s, index) => {
    s.shiftId = 4001 + index;
    for (const line of s.lines) {
      line.shiftId = s.shiftId;
      stockLoads.push(line);
    }
  });
  const services = [];
  for (const v of vans) {
    services.push({ vanId: v.vanId, serviceDate: day(addDays(iso('2026-02-02'), between(0, 35))), workType: 'MOT', garageName: pick(['Bilton Motors', 'Claro Commercials']), costGbp: money(54.85), passed: random() < 0.85 });
    services.push({ vanId: v.vanId, serviceDate: day(addDays(iso('2026-02-20'), between(0, 20))), workType: 'SERVICE', garageName: pick(['Bilton Motors', 'Claro Commercials']), costGbp: money(between(240, 520)), passed: null });
    if (v.softServe) services.push({ vanId: v.vanId, serviceDate: day(addDays(iso('2026-03-01'), between(0, 10))), workType: 'MACHINE', garageName: 'Whippy Engineering', costGbp: money(between(180, 420)), passed: null });
    for (let k = 0; k < between(0, 3); k += 1) services.push({ vanId: v.vanId, serviceDate: day(addDays(iso('2026-04-01'), between(0, 200))), workType: pick(['REPAIR', 'REPAIR', 'GENERATOR', 'FREEZER']), garageName: pick(['Bilton Motors', 'Claro Commercials', 'Whippy Engineering']), costGbp: money(between(60, 900)), passed: null });
  }
  services.sort((a, b) => cmp(a.serviceDate, b.serviceDate) || a.vanId - b.vanId);
  services.forEach((s, index) => { s.serviceId = 1 + index; });
  writeTable('icecream_vans', 'vans', ['vanId', 'regPlate', 'vanName', 'makeModel', 'softServe', 'firstRegYear'], vans);
  writeTable('icecream_vans', 'drivers', ['driverId', 'firstName', 'lastName', 'startedOn', 'hourlyRate', 'ownsShare'], drivers);
  writeTable('icecream_vans', 'rounds', ['roundId', 'roundName', 'area', 'dayOfWeek', 'stopCount', 'chimeTune'], rounds);
  writeTable('icecream_vans', 'products', ['productCode', 'productName', 'category', 'unitPrice', 'isVegan'], products);
  writeTable('icecream_vans', 'shifts', ['shiftId', 'shiftDate', 'roundId', 'vanId', 'driverId', 'hoursWorked', 'weatherCode', 'takingsCash', 'takingsCard'], shifts);
  writeTable('icecream_vans', 'stockLoads', ['shiftId', 'productCode', 'qtyLoaded', 'qtySold'], stockLoads);
  writeTable('icecream_vans', 'vanServices', ['serviceId', 'vanId', 'serviceDate', 'workType', 'garageName', 'costGbp', 'passed'], services);
}

bellGuild();
gritWarehouse();
iceCreamVans();

// Writes databases/{orienteering_club,bat_survey}/data/*.csv: two small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-o/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, pad, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A West Yorkshire orienteering club: mapped areas, members, events, the courses set at each, results and the members who helped, 2023-2026. */
function orienteeringClub() {
  const { random, pick, between } = seeded(19930418);
  // [name, terrain, map scale, year last surveyed, landowner whose permission is needed (null: open access)]
  const areaList = [
    ['Ogden Water', 'forest', 10000, 2019, 'Yorkshire Water'], ['Hardcastle Crags', 'forest', 10000, 2021, 'National Trust'], ['Shipley Glen', 'mixed', 7500, 2017, null],
    ['Baildon Moor', 'moorland', 10000, 2015, 'Bradford Council'], ['Judy Woods', 'forest', 7500, 2022, null], ['Chevin Forest Park', 'forest', 10000, 2020, 'Leeds City Council'],
    ['Middleton Park', 'parkland', 5000, 2018, 'Leeds City Council'], ['Roundhay Park', 'parkland', 5000, 2023, 'Leeds City Council'], ['Temple Newsam', 'parkland', 7500, 2016, 'Leeds City Council'],
    ['Otley town', 'urban', 4000, 2024, null], ['Hebden Bridge town', 'urban', 4000, 2022, null], ['Widdop Moor', 'moorland', 15000, 2014, 'Savile Estates'],
    ['Harden Moor', 'moorland', 10000, 2012, null], ['Ilkley Moor', 'moorland', 15000, 2025, 'Bradford Council'], ['Bramley Fall Woods', 'forest', 7500, 2011, null],
  ];
  const areas = areaList.map(([area_name, terrain, map_scale, surveyed_year, permission_from], index) => ({ area_id: 1 + index, area_name, terrain, map_scale, surveyed_year, permission_from }));
  const byName = (name) => areas.find((a) => a.area_name === name);

  const nextName = namer(pick,
    ['Alice', 'Ben', 'Clare', 'Duncan', 'Eleanor', 'Fraser', 'Gwen', 'Hamish', 'Isla', 'Jonty', 'Kirsty', 'Liam', 'Morag', 'Niall', 'Orla', 'Pete', 'Rosie', 'Simon', 'Tamsin', 'Will', 'Yvonne', 'Zak', 'Heather', 'Graham', 'Fiona', 'Callum'],
    ['Ackroyd', 'Brooksbank', 'Crabtree', 'Drake', 'Eastwood', 'Firth', 'Greenwood', 'Holroyd', 'Illingworth', 'Jagger', 'Kershaw', 'Lumb', 'Mitchell', 'Normanton', 'Oldroyd', 'Priestley', 'Redman', 'Sutcliffe', 'Thornton', 'Uttley', 'Whiteley', 'Haigh', 'Bairstow', 'Crowther']);
  const female = new Set(['Alice', 'Clare', 'Eleanor', 'Gwen', 'Isla', 'Kirsty', 'Morag', 'Orla', 'Rosie', 'Tamsin', 'Yvonne', 'Heather', 'Fiona']);
  const members = [];
  for (let i = 0; i < 176; i += 1) {
    const [first, last] = nextName();
    const junior = random() < 0.24;
    const born = junior ? between(2005, 2017) : between(1946, 2003);
    const joinYear = Math.max(born + 7, between(1992, 2026));
    const joined = addDays(new Date(Date.UTC(Math.min(joinYear, 2026), 0, 1)), between(0, 330));
    let joined_on = day(joined);
    if (joined_on > LAST) joined_on = day(addDays(END, -between(20, 200)));
    const membership = junior ? (random() < 0.55 ? 'family' : 'junior') : random() < 0.05 ? 'life' : random() < 0.08 && born > 1998 ? 'student' : random() < 0.3 ? 'family' : 'senior';
    let lapsed_on = null;
    if (membership !== 'life' && random() < 0.27) {
      const l = day(addDays(joined, between(400, 4000)));
      if (l < '2026-10-01') lapsed_on = l;
    }
    random(); // a spare draw, so the members' activity and the later tables stay as the questions were written against
    members.push({ member_id: 0, full_name: `${first} ${last}`, sex: female.has(first) ? 'F' : 'M', birth_year: born, membership, joined_on, lapsed_on, _w: random() < 0.18 ? 5 : random() < 0.5 ? 1.5 : 0.4, _helper: random() < 0.3 ? 4 : random() < 0.5 ? 1 : 0 });
  }
  members.sort((a, b) => cmp(a.joined_on, b.joined_on) || cmp(a.full_name, b.full_name));
  members.forEach((m, index) => { m.member_id = 1001 + index; });
  // a member who joined long ago and is still active; two recent joiners who have not run yet
  members[0].lapsed_on = null;
  const current = (today) => members.filter((m) => m.joined_on <= today && !(m.lapsed_on && m.lapsed_on < today));

  const colours = ['white', 'yellow', 'orange', 'light green', 'green', 'blue', 'brown', 'black'];
  // [km low, km high] and how the course is run
  const colourLength = { white: [1.2, 2.0], yellow: [1.8, 2.8], orange: [2.4, 3.6], 'light green': [3.0, 4.2], green: [3.4, 5.0], blue: [5.0, 7.2], brown: [6.8, 9.4], black: [8.8, 12.5] };
  const colourPace = { white: 13, yellow: 12, orange: 11, 'light green': 10.5, green: 10, blue: 9.5, brown: 9, black: 8.6 };
  const terrainClimb = { forest: 32, moorland: 28, mixed: 22, parkland: 10, urban: 9 };
  const terrainSlow = { forest: 1.15, moorland: 1.1, mixed: 1.0, parkland: 0.85, urban: 0.8 };
  const events = [];
  const courses = [];
  const results = [];
  const helpers = [];
  const guestFirst = ['Anna', 'Tom', 'Katie', 'Rob', 'Lucy', 'James', 'Emma', 'Dan', 'Sophie', 'Mark', 'Helen', 'Chris', 'Jess', 'Matt'];
  const guestLast = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Walker', 'Wright', 'Hall', 'Green', 'Wood', 'Clarke', 'Hughes', 'Lewis', 'Young'];
  const guestClubs = ['AIRE', 'EPOC', 'SYO', 'HALO', 'CLOK', 'EBOR', 'LOC', 'SROC', 'MDOC', 'none'];
  const series = {};
  const plan = [];
  for (let d = new Date(Date.UTC(2023, 0, 1)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    const month = d.getUTCMonth();
    const summer = month >= 4 && month <= 7;
    if (dow === 0 && !summer && random() < 0.55) plan.push([d, random() < 0.18 ? 'R' : 'L', false]);
    else if (dow === 0 && summer && random() < 0.2) plan.push([d, 'L', false]);
    else if (dow === 3 && summer && random() < 0.75) plan.push([d, 'C', false]);
    else if (dow === 4 && (month >= 10 || month <= 1) && random() < 0.3) plan.push([d, random() < 0.5 ? 'C' : 'L', true]);
    else if (dow === 6 && month === 9 && d.getUTCDate() <= 7) plan.push([d, 'N', false]);
  }
  const forestMoor = areas.filter((a) => ['forest', 'moorland', 'mixed'].includes(a.terrain));
  const parkUrban = areas.filter((a) => ['parkland', 'urban'].includes(a.terrain));
  const nightAreas = areas.filter((a) => ['forest', 'parkland', 'urban'].includes(a.terrain) && a.area_name !== 'Judy Woods');
  const nationals = ['Widdop Moor', 'Ilkley Moor', 'Hardcastle Crags', 'Baildon Moor'];
  for (const [d, level, night] of plan) {
    const today = day(d);
    const year = d.getUTCFullYear();
    let area;
    if (level === 'N') area = byName(nationals[year - 2023]);
    else if (night) area = pick(nightAreas);
    else if (level === 'C') area = pick(parkUrban);
    else if (level === 'R') area = pick(forestMoor.filter((a) => a.area_name !== 'Bramley Fall Woods'));
    else area = random() < 0.7 ? pick(forestMoor) : pick(parkUrban);
    if (year === 2024 && area.area_name === 'Temple Newsam') area = byName('Middleton Park');
    const inflation = 1 + 0.05 * (year - 2023);
    const fee = { C: 3, L: 7, R: 12, N: 24 }[level] * inflation;
    let event_name;
    if (level === 'C') event_name = night ? `${area.area_name} night training` : `Summer Series ${year} round ${(series[year] = (series[year] ?? 0) + 1)}: ${area.area_name}`;
    else if (level === 'L') event_name = night ? `${area.area_name} night event` : `${area.area_name} local event`;
    else if (level === 'R') event_name = `Yorkshire League: ${area.area_name}`;
    else event_name = `White Rose Weekend: ${area.area_name}`;
    const cancelled = (d.getUTCMonth() <= 1 || d.getUTCMonth() === 11) && random() < 0.05;
    const event = { event_id: 0, area_id: area.area_id, event_date: today, event_name, level, night_event: night, senior_fee: money(Math.round(fee * 2) / 2), cancelled, _d: d };
    events.push(event);
  }
  events.forEach((e, index) => { e.event_id = 1 + index; });

  for (const e of events) {
    const today = e.event_date;
    const area = areas[e.area_id - 1];
    const pool = current(today);
    const helperPool = pool.filter((m) => m._helper > 0 && m.birth_year < 2009);
    const chosen = new Set();
    const roles = ['organiser', 'planner'];
    if (e.level === 'R' || e.level === 'N') roles.push('controller');
    if (!e.cancelled) {
      const extra = e.level === 'C' ? between(0, 2) : e.level === 'N' ? between(5, 8) : between(2, 4);
      for (let k = 0; k < extra; k += 1) roles.push(pick(['start', 'registration', 'download', 'car parking', 'first aid']));
    }
    for (const role of roles) {
      let m;
      let tries = 0;
      do {
        const total = helperPool.reduce((s, x) => s + x._helper, 0);
        let r = random() * total;
        m = helperPool[helperPool.length - 1];
        for (const x of helperPool) { r -= x._helper; if (r <= 0) { m = x; break; } }
        tries += 1;
      } while (chosen.has(m.member_id) && tries < 50);
      if (chosen.has(m.member_id)) continue;
      chosen.add(m.member_id);
      helpers.push({ helper_id: 0, event_id: e.event_id, member_id: m.member_id, role });
    }
    if (e.cancelled) continue;
    let set;
    if (e.night_event) set = ['orange', 'green', 'blue'];
    else if (e.level === 'C') set = ['yellow', 'orange', 'light green', 'green'];
    else if (e.level === 'L') set = ['white', 'yellow', 'orange', 'light green', 'green', 'blue', ...(random() < 0.4 ? ['brown'] : [])];
    else set = colours;
    const slow = terrainSlow[area.terrain];
    const busy = { C: 0.55, L: 0.7, R: 1.3, N: 2.6 }[e.level] * (e.night_event ? 0.6 : 1);
    const ran = new Set([...chosen].filter((id) => random() < 0.2)); // helpers who ran early
    const runners = pool.filter((m) => !chosen.has(m.member_id) || ran.has(m.member_id));
    for (const colour of set) {
      const [lo, hi] = colourLength[colour];
      const length = Math.round((lo + random() * (hi - lo)) * (area.terrain === 'urban' ? 1.15 : 1) * 10) / 10;
      const course = { course_id: 0, event_id: e.event_id, colour, length_km: length.toFixed(1), climb_m: Math.round(length * terrainClimb[area.terrain] * (0.7 + random() * 0.6) / 5) * 5, control_count: Math.max(6, Math.round(length * (area.terrain === 'urban' ? 5.5 : 3.4) + between(-2, 3))) };
      courses.push(course);
      const juniorCourse = ['white', 'yellow', 'orange'].includes(colour);
      const fits = runners.filter((m) => {
        const age = e._d.getUTCFullYear() - m.birth_year;
        const idx = colours.indexOf(colour);
        if (age < 10) return idx <= 1;
        if (age < 14) return idx >= 1 && idx <= 3;
        if (age < 18) return idx >= 2 && idx <= 5;
        if (age >= 70) return idx >= 2 && idx <= 4;
        if (age >= 55) return idx >= 3 && idx <= 6;
        return idx >= 4;
      });
      for (const m of fits) {
        const p = 0.16 * m._w * busy / (juniorCourse ? 1.3 : 2.2);
        if (random() < p) {
          runners.splice(runners.indexOf(m), 1);
          results.push({ course_id: courses.length - 1, member: m, age: e._d.getUTCFullYear() - m.birth_year });
        }
      }
      const guests = Math.round(busy * (juniorCourse ? 5 : 9) * random() * (e.level === 'N' ? 3 : 1));
      for (let g = 0; g < guests; g += 1) results.push({ course_id: courses.length - 1, member: null, age: between(14, 65) });
    }
  }
  courses.forEach((c, index) => { c.course_id = 1 + index; });
  const rows = results.map((r) => {
    const c = courses[r.course_id];
    const e = events[c.event_id - 1];
    const area = areas[e.area_id - 1];
    const ageFactor = r.age < 14 ? 1.3 : r.age > 60 ? 1.1 + (r.age - 60) * 0.015 : 1;
    const pace = colourPace[c.colour] * terrainSlow[area.terrain] * ageFactor * (0.8 + random() * 0.6) * (e.night_event ? 1.2 : 1);
    const roll = random();
    const status = roll < 0.885 ? 'OK' : roll < 0.955 ? 'MP' : roll < 0.99 ? 'DNF' : 'DSQ';
    const seconds = Math.round(Number(c.length_km) * pace * 60);
    const junior = r.age < 21;
    const fee = Number(e.senior_fee) * (junior ? 0.5 : 1) + (r.member ? 0 : 2);
    return {
      result_id: 0, course_id: c.course_id, member_id: r.member ? r.member.member_id : null,
      guest_name: r.member ? null : `${pick(guestFirst)} ${pick(guestLast)}`, guest_club: r.member ? null : pick(guestClubs),
      time_seconds: status === 'OK' || status === 'MP' ? seconds : null, status, fee_paid: money(fee), _order: seconds,
    };
  });
  rows.sort((a, b) => a.course_id - b.course_id || a._order - b._order);
  rows.forEach((r, index) => { r.result_id = 1 + index; });
  helpers.forEach((h, index) => { h.helper_id = 1 + index; });
  writeTable('orienteering_club', 'areas', ['area_id', 'area_name', 'terrain', 'map_scale', 'surveyed_year', 'permission_from'], areas);
  writeTable('orienteering_club', 'members', ['member_id', 'full_name', 'sex', 'birth_year', 'membership', 'joined_on', 'lapsed_on'], members);
  writeTable('orienteering_club', 'events', ['event_id', 'area_id', 'event_date', 'event_name', 'level', 'night_event', 'senior_fee', 'cancelled'], events);
  writeTable('orienteering_club', 'courses', ['course_id', 'event_id', 'colour', 'length_km', 'climb_m', 'control_count'], courses);
  writeTable('orienteering_club', 'results', ['result_id', 'course_id', 'member_id', 'guest_name', 'guest_club', 'time_seconds', 'status', 'fee_paid'], rows);
  writeTable('orienteering_club', 'helpers', ['helper_id', 'event_id', 'member_id', 'role'], helpers);
}

/** An ecological consultancy's bat surveys in the Welsh Marches: projects, surveyors, bat species, survey visits, the bats recorded and the roosts found, 2023-2026. */
function batSurvey() {
  const { random, pick, between } = seeded(20230412);
  const hm = (minutes) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  // [code, name, peak echolocation kHz, annex (II: also Annex II of the Habitats Directive, IV: Annex IV only), weight, roosts in buildings, hibernates underground]
  const spList = [
    ['PIPPIP', 'Common pipistrelle', 45, 'IV', 10, true, false], ['PIPPYG', 'Soprano pipistrelle', 55, 'IV', 8, true, false],
    ['PIPNAT', "Nathusius' pipistrelle", 39, 'IV', 0.4, false, false], ['NYCNOC', 'Noctule', 20, 'IV', 4, false, false],
    ['NYCLEI', "Leisler's bat", 25, 'IV', 1, false, false], ['EPTSER', 'Serotine', 27, 'IV', 1.2, true, false],
    ['BARBAR', 'Barbastelle', 34, 'II', 0.6, true, false], ['PLEAUR', 'Brown long-eared bat', 35, 'IV', 4, true, true],
    ['MYODAU', "Daubenton's bat", 45, 'IV', 2, false, true], ['MYONAT', "Natterer's bat", 48, 'IV', 2, true, true],
    ['MYOMYS', 'Whiskered bat', 45, 'IV', 1.2, true, false], ['MYOBRA', "Brandt's bat", 45, 'IV', 0.4, false, false],
    ['MYOBEC', "Bechstein's bat", 50, 'II', 0.2, false, false], ['RHIHIP', 'Lesser horseshoe bat', 110, 'II', 2.5, true, true],
    ['RHIFER', 'Greater horseshoe bat', 82, 'II', 0.5, true, true],
  ];
  const sps = spList.map(([sp_cd, sp_nm, pk_khz, anx, w, bld, hib]) => ({ sp_cd, sp_nm, pk_khz, anx, _w: w, _bld: bld, _hib: hib }));
  const pickSpecies = (list) => {
    let r = random() * list.reduce((s, x) => s + x._w, 0);
    for (const x of list) { r -= x._w; if (r <= 0) return x; }
    return list[list.length - 1];
  };

  // surveyors: employees (E), freelancers (F) and seasonal field assistants (S, one summer each)
  const nextName = namer(pick,
    ['Rhian', 'Owen', 'Bethan', 'Gareth', 'Sian', 'Huw', 'Ffion', 'Tom', 'Hannah', 'Josh', 'Megan', 'Dylan', 'Cerys', 'Ed', 'Lowri', 'Sam', 'Abi', 'Rob', 'Nia', 'Jack'],
    ['Pryce', 'Vaughan', 'Bowen', 'Meredith', 'Hamer', 'Corbett', 'Probert', 'Gittins', 'Breeze', 'Pugh', 'Beddoes', 'Jarman', 'Lloyd', 'Tudor', 'Wilding', 'Hotchkiss']);
  const svyrs = [];
  const addSvyr = (emp, lic, strt, end) => { const [f, l] = nextName(); svyrs.push({ svyr_id: 0, svyr_nm: `${f} ${l}`, emp, lic, strt_dt: strt, end_dt: end }); };
  addSvyr('E', 'CL2', '2009-03-02', null); addSvyr('E', 'CL2', '2014-09-15', null); addSvyr('E', 'CL2', '2017-04-03', null);
  addSvyr('E', 'CL1', '2019-02-11', '2024-08-30'); addSvyr('E', 'CL1', '2020-05-05', null); addSvyr('E', 'CL1', '2021-03-01', null);
  addSvyr('E', 'N', '2022-10-03', null); addSvyr('E', 'CL1', '2023-04-17', '2025-12-19'); addSvyr('E', 'N', '2024-09-02', null);
  addSvyr('E', 'N', '2026-02-02', null);
  addSvyr('F', 'CL2', '2016-05-01', null); addSvyr('F', 'CL2', '2018-05-01', '2023-10-31'); addSvyr('F', 'CL1', '2021-05-01', null);
  addSvyr('F', 'CL1', '2023-05-01', null); addSvyr('F', 'CL2', '2024-04-15', null); addSvyr('F', 'CL1', '2025-06-01', '2026-09-30');
  for (const year of [2023, 2024, 2025, 2026]) for (let k = 0; k < (year === 2024 ? 3 : 2); k += 1) addSvyr('S', 'N', `${year}-05-0${1 + k}`, `${year}-09-30`);
  svyrs.sort((a, b) => cmp(a.strt_dt, b.strt_dt) || cmp(a.svyr_nm, b.svyr_nm));
  svyrs.forEach((s, index) => { s.svyr_id = 101 + index; s._load = 0.4 + random() * 1.2; });
  const active = (today) => svyrs.filter((s) => s.strt_dt <= today && !(s.end_dt && s.end_dt < today));
  const weighted = (list) => {
    let r = random() * list.reduce((s, x) => s + x._load, 0);
    for (const x of list) { r -= x._load; if (r <= 0) return x; }
    return list[list.length - 1];
  };

  // projects: [type, weight, area low, area high, bat potential]
  const types = [['BC', 0.3, 0.05, 0.6, 0.7], ['RES', 0.2, 1.2, 24, 0.9], ['DEM', 0.14, 0.1, 1.8, 0.6], ['RF', 0.2, 0.03, 0.4, 0.6], ['INF', 0.1, 0.8, 30, 0.8], ['TRE', 0.06, 0.3, 6, 0.7]];
  const towns = [['Clunbury', 'Shropshire'], ["Bishop's Castle", 'Shropshire'], ['Wistanstow', 'Shropshire'], ['Church Stretton', 'Shropshire'], ['Much Wenlock', 'Shropshire'], ['Ludlow', 'Shropshire'],
    ['Craven Arms', 'Shropshire'], ['Cleobury Mortimer', 'Shropshire'], ['Bridgnorth', 'Shropshire'], ['Leintwardine', 'Herefordshire'], ['Kington', 'Herefordshire'], ['Leominster', 'Herefordshire'],
    ['Bromyard', 'Herefordshire'], ['Knighton', 'Powys'], ['Presteigne', 'Powys'], ['Montgomery', 'Powys'], ['Welshpool', 'Powys'], ['Tenbury Wells', 'Malvern Hills']];
  const siteWords = {
    BC: ['Lower Barn', 'Old Granary', 'Hop Kiln', 'Cider House', 'Threshing Barn', 'Cart Shed', 'Manor Farm barns'], RES: ['Land off Station Road', 'Land east of the bypass', 'Glebe Field', 'Land at Church Lane', 'Former dairy site'],
    DEM: ['Chapel House', 'Old Vicarage outbuildings', 'Former garage', 'Mill Cottage', 'Workshop, Brook Street'], RF: ['The Stables', 'Coach House', 'Rectory', 'Almshouses', 'Village hall'],
    INF: ['A49 culvert', 'River Teme footbridge', 'A483 widening', 'Level crossing upgrade'], TRE: ['Churchyard limes', 'Roadside ash (dieback)', 'Parkland oaks'],
  };
  const clients = ['Hollins Homes Ltd', 'Marches Housing Trust', 'Redbank Farms', 'Aldmoor Estates', 'Shropshire Council', 'Powys County Council', 'Tennant & Shaw Architects',
    'Border Barns Ltd', 'Teme Valley Developments', 'Welsh Water', 'Network Rail', 'private client', 'Corvedale Builders', 'Diocese of Hereford'];
  const clientFor = (typ) => (typ === 'INF' ? pick(['Shropshire Council', 'Powys County Council', 'Welsh Water', 'Network Rail']) : typ === 'RES' ? pick(['Hollins Homes Ltd', 'Marches Housing Trust', 'Teme Valley Developments', 'Corvedale Builders', 'Aldmoor Estates'])
    : typ === 'TRE' ? pick(['Shropshire Council', 'Diocese of Hereford', 'Aldmoor Estates']) : pick(['Redbank Farms', 'Aldmoor Estates', 'Tennant & Shaw Architects', 'Border Barns Ltd', 'private client', 'private client', 'Corvedale Builders', 'Diocese of Hereford']));
  const prjs = [];
  const seq = {};
  for (let m = new Date(Date.UTC(2023, 0, 1)); m <= END; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const busy = [1, 2, 3, 3, 4, 3, 3, 2, 2, 2, 1, 1][m.getUTCMonth()];
    const n = between(Math.max(1, busy - 1), busy + 1);
    const opens = [];
    for (let i = 0; i < n; i += 1) opens.push(day(addDays(m, between(0, 26))));
    opens.sort();
    for (const opn_dt of opens) {
      let r = random();
      let t = types[types.length - 1];
      for (const x of types) { r -= x[1]; if (r <= 0) { t = x; break; } }
      const [typ, , lo, hi, potential] = t;
      const [town, lpa] = pick(towns);
      const year = opn_dt.slice(2, 4);
      seq[year] = (seq[year] ?? 0) + 1;
      prjs.push({ prj_id: 0, prj_ref: `EC${year}-${String(seq[year]).padStart(3, '0')}`, clnt_nm: clientFor(typ), site_nm: `${pick(siteWords[typ])}, ${town}`, lpa, prj_typ: typ,
        area_ha: (lo + random() * (hi - lo)).toFixed(2), opn_dt, cls_dt: null, _pot: random() < potential });
    }
  }
  prjs.forEach((p, index) => { p.prj_id = 1 + index; });

  // each project: a daytime preliminary roost assessment, then (where bats may be present) the activity surveys the guidance asks for
  const plans = [];
  const nocturnal = new Set(['DSK', 'DWN', 'TRN']);
  const inSeason = (d) => { const mo = d.getUTCMonth(); return mo >= 4 && mo <= 8 && !(mo === 8 && d.getUTCDate() > 20); };
  for (const p of prjs) {
    p._community = [];
    const picks = between(2, 6);
    for (let k = 0; k < picks; k += 1) { const s = random() < 0.5 && !p._community.length ? sps[0] : pickSpecies(sps); if (!p._community.includes(s)) p._community.push(s); }
    let d = addDays(new Date(`${p.opn_dt}T00:00:00Z`), between(3, 20));
    plans.push([p, d, 'PRA']);
    if (!p._pot) continue;
    const building = ['BC', 'DEM', 'RF'].includes(p.prj_typ);
    d = addDays(d, between(7, 20));
    while (!inSeason(d)) d = addDays(d, 7);
    if (building) {
      const visits = random() < 0.5 ? 3 : 2;
      for (let k = 0; k < visits; k += 1) {
        plans.push([p, d, k === 1 && random() < 0.6 ? 'DWN' : 'DSK']);
        d = addDays(d, between(15, 30));
        if (!inSeason(d)) break;
      }
      if (random() < 0.18) { let h = new Date(Date.UTC(d.getUTCFullYear() + 1, 0, between(8, 40))); plans.push([p, h, 'HIB']); }
    } else {
      const visits = between(3, 6);
      for (let k = 0; k < visits; k += 1) {
        plans.push([p, d, 'TRN']);
        plans.push([p, addDays(d, between(0, 2)), 'STA']);
        d = addDays(d, between(24, 36));
        if (d.getUTCMonth() > 9) break;
      }
    }
  }
  plans.sort((a, b) => a[1] - b[1] || a[0].prj_id - b[0].prj_id);

  const dusk = [16 * 60 + 30, 17 * 60 + 20, 18 * 60 + 5, 19 * 60 + 55, 20 * 60 + 40, 21 * 60 + 15, 21 * 60 + 10, 20 * 60 + 25, 19 * 60 + 20, 18 * 60 + 15, 16 * 60 + 30, 16 * 60];
  const dawn = [6 * 60 + 10, 5 * 60 + 30, 4 * 60 + 40, 4 * 60, 3 * 60 + 10, 2 * 60 + 45, 3 * 60, 3 * 60 + 40, 4 * 60 + 35, 5 * 60 + 20, 5 * 60 + 30, 6 * 60];
  const warmth = [3, 4, 6, 9.5, 12.5, 15.5, 17, 16.5, 13.5, 10, 6.5, 4];
  const svys = [];
  const obs = [];
  const rsts = [];
  const roostOf = new Map();
  const queue = [...plans];
  while (queue.length) {
    const [p, when, typ, repeat] = queue.shift();
    let d = when;
    if (day(d).slice(5) === '12-25' || day(d).slice(5) === '12-26') d = addDays(d, 2);
    const today = day(d);
    if (today > LAST) continue;
    const mo = d.getUTCMonth();
    const team = active(today);
    const leaders = team.filter((s) => s.emp !== 'S' && (typ === 'PRA' || typ === 'STA' || s.lic !== 'N') && (typ !== 'HIB' || s.lic === 'CL2'));
    const ldr = weighted(leaders);
    const others = team.filter((s) => s !== ldr && (s.emp !== 'F' || random() < 0.3));
    const size = typ === 'DSK' || typ === 'DWN' ? Math.min(others.length, between(1, 3) + (p.prj_typ === 'BC' ? 1 : 0)) : typ === 'TRN' ? Math.min(others.length, between(1, 2)) : typ === 'PRA' ? (random() < 0.3 ? 1 : 0) : 0;
    const crew = [ldr];
    while (crew.length < size + 1) { const s = pick(others); if (!crew.includes(s)) crew.push(s); }
    let strt;
    let dur;
    let tmp = null;
    if (typ === 'DSK') { strt = dusk[mo] - 15 - between(0, 1) * 5; dur = 105 + between(0, 4) * 5; tmp = warmth[mo] + (random() - 0.5) * 7; }
    else if (typ === 'DWN') { strt = dawn[mo] - 120; dur = 120 + between(0, 2) * 5; tmp = warmth[mo] - 3.5 + (random() - 0.5) * 6; }
    else if (typ === 'TRN') { strt = dusk[mo] - between(0, 2) * 5; dur = 150 + between(0, 6) * 5; tmp = warmth[mo] - 0.5 + (random() - 0.5) * 7; }
    else { strt = 9 * 60 + between(0, 10) * 30; dur = typ === 'STA' ? 30 + between(0, 6) * 5 : typ === 'HIB' ? 60 + between(0, 8) * 10 : 60 + between(0, 14) * 15 * (p.prj_typ === 'RES' || p.prj_typ === 'INF' ? 2 : 1); }
    const sub = nocturnal.has(typ) && (tmp < (typ === 'DWN' ? 7 : 9.5) || random() < 0.05);
    const svy = { svy_id: 0, prj_id: p.prj_id, svy_dt: today, svy_typ: typ, strt_tm: hm(strt), dur_min: sub && random() < 0.5 ? Math.round(dur * (0.3 + random() * 0.4)) : dur,
      tmp_c: tmp === null ? null : tmp.toFixed(1), ldr_id: ldr.svyr_id, n_svyr: crew.length, cnd: sub ? 'SUB' : 'OK', _d: d, _crew: crew };
    svys.push(svy);
    if (sub && !repeat) queue.splice(queue.findIndex((x) => x[1] > addDays(d, 8)) >>> 0, 0, [p, addDays(d, between(5, 11)), typ, true]);
    const roost = (sp, kind, count) => {
      const key = `${p.prj_id}/${sp ? sp.sp_cd : '-'}/${kind === 'HIB' ? 'H' : 'S'}`;
      const found = roostOf.get(key);
      if (found) { if (count !== null && count > found.max_cnt) found.max_cnt = count; if (kind === 'MAT') found.rst_typ = 'MAT'; return; }
      const r = { rst_id: 0, prj_id: p.prj_id, sp_cd: sp ? sp.sp_cd : null, rst_typ: kind, max_cnt: count, fnd_dt: today, lic_ref: null };
      roostOf.set(key, r);
      rsts.push(r);
    };
    if (typ === 'PRA') {
      if (p._pot && ['BC', 'DEM', 'RF'].includes(p.prj_typ) && random() < 0.35) roost(null, 'DAY', null);
      continue;
    }
    if (typ === 'HIB') {
      for (const s of p._community.filter((x) => x._hib)) if (random() < 0.5) { const c = between(1, 9); obs.push({ svy, sp: s, tm: strt + between(5, dur - 5), n: c, beh: 'HB', who: pick(crew) }); roost(s, 'HIB', c); }
      continue;
    }
    const dampen = sub ? 0.4 : 1;
    for (const s of p._community) {
      if (random() > 0.75 * dampen + 0.1) continue;
      if ((typ === 'DSK' || typ === 'DWN') && s._bld && random() < 0.45) {
        const big = (mo === 5 || mo === 6) && ['PIPPIP', 'PIPPYG', 'PLEAUR', 'MYONAT', 'RHIHIP', 'EPTSER'].includes(s.sp_cd) && random() < 0.35;
        const c = big ? between(20, 140) : between(1, 12);
        obs.push({ svy, sp: s, tm: typ === 'DSK' ? strt + between(20, 60) : strt + between(60, 110), n: c, beh: typ === 'DSK' ? 'EM' : 'RE', who: pick(crew) });
        roost(s, big ? 'MAT' : 'DAY', c);
      }
      const k = typ === 'STA' ? between(1, 3) : between(1, 3);
      for (let j = 0; j < k; j += 1) {
        const beh = random() < 0.65 ? 'FO' : 'CM';
        if (typ === 'STA') obs.push({ svy, sp: s, tm: dusk[mo] + between(10, 400), n: Math.max(1, Math.round(s._w * between(3, 60) * dampen)), beh: null, who: null });
        else obs.push({ svy, sp: s, tm: strt + between(5, dur - 5), n: Math.max(1, Math.round((beh === 'FO' ? between(1, 25) : between(1, 8)) * (s._w > 3 ? 1.5 : 1) * dampen)), beh, who: pick(crew) });
      }
    }
  }
  svys.sort((a, b) => cmp(a.svy_dt, b.svy_dt) || cmp(a.strt_tm, b.strt_tm) || a.prj_id - b.prj_id);
  svys.forEach((s, index) => { s.svy_id = 30001 + index; });
  // projects close when the report goes in; the latest ones are still open
  for (const p of prjs) {
    const mine = svys.filter((s) => s.prj_id === p.prj_id);
    const last = mine.length ? mine[mine.length - 1].svy_dt : p.opn_dt;
    const planned = plans.some(([q, when]) => q === p && day(when) > LAST);
    const cls = day(addDays(new Date(`${last}T00:00:00Z`), between(20, 75)));
    if (!planned && cls <= LAST && random() < 0.95) p.cls_dt = cls;
  }
  // a mitigation licence for most identified roosts in buildings that are to be converted or pulled down
  rsts.sort((a, b) => cmp(a.fnd_dt, b.fnd_dt) || a.prj_id - b.prj_id || cmp(a.sp_cd ?? '', b.sp_cd ?? ''));
  let licence = 0;
  for (const r of rsts) {
    const p = prjs[r.prj_id - 1];
    if (r.sp_cd && p.cls_dt && ['BC', 'DEM'].includes(p.prj_typ) && random() < 0.7) r.lic_ref = `${p.cls_dt.slice(0, 4)}-${String(14000 + (licence += between(3, 40))).padStart(5, '0')}-EPS-MIT`;
  }
  rsts.forEach((r, index) => { r.rst_id = 1 + index; });
  obs.sort((a, b) => a.svy.svy_id - b.svy.svy_id || a.tm - b.tm || cmp(a.sp.sp_cd, b.sp.sp_cd));
  const obsRows = obs.map((o, index) => ({ obs_id: 500001 + index, svy_id: o.svy.svy_id, sp_cd: o.sp.sp_cd, obs_tm: hm(o.tm), n_pss: o.n, beh: o.beh, svyr_id: o.who ? o.who.svyr_id : null }));
  writeTable('bat_survey', 'svyr', ['svyr_id', 'svyr_nm', 'emp', 'lic', 'strt_dt', 'end_dt'], svyrs);
  writeTable('bat_survey', 'prj', ['prj_id', 'prj_ref', 'clnt_nm', 'site_nm', 'lpa', 'prj_typ', 'area_ha', 'opn_dt', 'cls_dt'], prjs);
  writeTable('bat_survey', 'bat_sp', ['sp_cd', 'sp_nm', 'pk_khz', 'anx'], sps);
  writeTable('bat_survey', 'svy', ['svy_id', 'prj_id', 'svy_dt', 'svy_typ', 'strt_tm', 'dur_min', 'tmp_c', 'ldr_id', 'n_svyr', 'cnd'], svys);
  writeTable('bat_survey', 'obs', ['obs_id', 'svy_id', 'sp_cd', 'obs_tm', 'n_pss', 'beh', 'svyr_id'], obsRows);
  writeTable('bat_survey', 'rst', ['rst_id', 'prj_id', 'sp_cd', 'rst_typ', 'max_cnt', 'fnd_dt', 'lic_ref'], rsts);
}

orienteeringClub();
batSurvey();

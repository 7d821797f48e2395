// Writes databases/{orienteering_club,winter_gritting}/data/*.csv: two small invented databases, the same bytes on every
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

/** A county highways department's winter service: depots, gritting routes, gritters, drivers, treatment runs and salt deliveries, 2023-2026. */
function winterGritting() {
  const { random, pick, between } = seeded(20101221);
  // [code, name, salt barn capacity in tonnes]
  const depotList = [['HXM', 'Hexham', 5200], ['ALN', 'Alnwick', 4200], ['MPT', 'Morpeth', 6000], ['HWL', 'Haltwhistle', 2400], ['BWK', 'Berwick', 3000]];
  const dpts = depotList.map(([dpt_cd, dpt_nm, cap], index) => ({ dpt_id: 1 + index, dpt_cd, dpt_nm, barn_cap_t: cap }));
  // routes: [depot code, primary, secondary, footway]
  const rtePlan = [['HXM', 5, 2, 1], ['ALN', 4, 2, 1], ['MPT', 6, 3, 2], ['HWL', 3, 1, 0], ['BWK', 3, 2, 1]];
  const rtes = [];
  for (const [cd, p, s, f] of rtePlan) {
    const depot = dpts.find((x) => x.dpt_cd === cd);
    const add = (pri, n) => {
      for (let i = 1; i <= n; i += 1) {
        const km = pri === 'P' ? 38 + random() * 34 : pri === 'S' ? 26 + random() * 30 : 6 + random() * 9;
        rtes.push({ rte_id: 0, rte_cd: `${cd}${pri}${pad(i)}`, dpt_id: depot.dpt_id, pri, rte_km: km.toFixed(1), hll: pri !== 'F' && (cd === 'HWL' || cd === 'HXM' ? random() < 0.7 : random() < 0.25) });
      }
    };
    add('P', p); add('S', s); add('F', f);
  }
  rtes.forEach((r, index) => { r.rte_id = 11 + index; });

  const makes = ['Econ', 'Econ', 'Romaquip', 'Schmidt', 'Bunce'];
  const letters = 'ABCDEFGHJKLMNPRSTVWXY';
  const grtrs = [];
  for (const depot of dpts) {
    const need = rtes.filter((r) => r.dpt_id === depot.dpt_id && r.pri !== 'F').length + 1;
    for (let i = 0; i < need; i += 1) {
      const yr = between(2011, 2024);
      const age = ['11', '61', '13', '63', '15', '65', '17', '67', '19', '69', '21', '71', '23', '73'][yr - 2011] ?? '74';
      grtrs.push({ grtr_id: 0, reg_no: `N${pick(['K', 'L', 'X', 'Y'])}${age} ${pick(letters)}${pick(letters)}${pick(letters)}`, mk: pick(makes), cap_t: pick([6, 9, 9, 12, 12]), yr_blt: yr, dpt_id: depot.dpt_id, plgh: random() < 0.75, off_rd_dt: null });
    }
  }
  grtrs.forEach((g, index) => { g.grtr_id = 201 + index; });
  // two old gritters taken off the road, replaced the same week
  const oldest = [...grtrs].sort((a, b) => a.yr_blt - b.yr_blt || a.grtr_id - b.grtr_id).slice(0, 2);
  oldest[0].off_rd_dt = '2024-05-17';
  oldest[1].off_rd_dt = '2025-06-30';
  for (const o of oldest) grtrs.push({ grtr_id: 201 + grtrs.length, reg_no: `NX${o.off_rd_dt < '2025' ? '74' : '25'} ${pick(letters)}${pick(letters)}${pick(letters)}`, mk: 'Econ', cap_t: 12, yr_blt: Number(o.off_rd_dt.slice(0, 4)), dpt_id: o.dpt_id, plgh: true, off_rd_dt: null, _from: o.off_rd_dt });
  const inService = (g, today) => !(g.off_rd_dt && g.off_rd_dt < today) && !(g._from && g._from > today);

  const nextName = namer(pick,
    ['Alan', 'Barry', 'Craig', 'Derek', 'Gary', 'Ian', 'John', 'Kevin', 'Lee', 'Mark', 'Neil', 'Paul', 'Ryan', 'Stuart', 'Tony', 'Wayne', 'Karen', 'Lorraine', 'Shona', 'Dean'],
    ['Armstrong', 'Bell', 'Charlton', 'Dodd', 'Elliott', 'Forster', 'Hall', 'Milburn', 'Nixon', 'Ridley', 'Robson', 'Scott', 'Telfer', 'Urwin', 'Waugh', 'Young', 'Heron', 'Pattinson']);
  const drvrs = [];
  for (const depot of dpts) {
    const n = rtes.filter((r) => r.dpt_id === depot.dpt_id && r.pri !== 'F').length * 2 + between(0, 1);
    for (let i = 0; i < n; i += 1) {
      const [f, l] = nextName();
      const agncy = random() < 0.18;
      const strt = agncy ? day(addDays(new Date(Date.UTC(2022, 9, 1)), between(0, 1400))) : day(addDays(new Date(Date.UTC(1996, 0, 1)), between(0, 9600)));
      drvrs.push({ drvr_id: 0, drvr_nm: `${f} ${l}`, dpt_id: depot.dpt_id, hgv_cls: random() < 0.35 ? 'CE' : 'C', agncy, strt_dt: strt > '2026-10-15' ? '2026-10-12' : strt, end_dt: null });
    }
  }
  // three drivers taken on for this winter, still shadowing an experienced driver (no runs of their own yet)
  for (const [cd, when] of [['MPT', '2026-11-16'], ['ALN', '2026-11-16'], ['HXM', '2026-11-23']]) {
    const [f, l] = nextName();
    drvrs.push({ drvr_id: 0, drvr_nm: `${f} ${l}`, dpt_id: dpts.find((x) => x.dpt_cd === cd).dpt_id, hgv_cls: 'C', agncy: cd === 'HXM', strt_dt: when, end_dt: null });
  }
  drvrs.sort((a, b) => a.dpt_id - b.dpt_id || cmp(a.strt_dt, b.strt_dt));
  drvrs.forEach((d, index) => { d.drvr_id = 501 + index; });
  for (const d of drvrs) if (random() < 0.12 && d.strt_dt < '2024-06-01') d.end_dt = day(addDays(new Date(Date.UTC(2024, 3, 1)), between(0, 900)));
  const employed = (d, today) => d.strt_dt <= today && !(d.end_dt && d.end_dt < today) && d.strt_dt < '2026-11-16';

  const frost = [0.9, 0.75, 0.55, 0.18, 0.02, 0, 0, 0, 0, 0.02, 0.2, 0.6];
  const snow = [0.09, 0.07, 0.03, 0.005, 0, 0, 0, 0, 0, 0, 0.02, 0.06];
  const runs = [];
  const farmers = ['J Dodd (Bellingham)', 'R Charlton (Otterburn)', 'W Telfer (Wooler)', 'A Nixon (Allendale)'];
  for (let d = new Date(Date.UTC(2023, 0, 1)); d <= END; d = addDays(d, 1)) {
    const month = d.getUTCMonth();
    const today = day(d);
    const frosty = random() < frost[month] * 0.75;
    const snowy = frosty && random() < snow[month] * 1.6;
    if (!frosty) continue;
    const severe = snowy || random() < 0.18;
    const iceAfter = !snowy && random() < 0.1;
    for (const r of rtes) {
      if (r.pri === 'S' && !severe) continue;
      if (r.pri === 'F' && !snowy) continue;
      if (r.pri === 'P' && !r.hll && !severe && random() < 0.15) continue;
      const passes = snowy && r.pri !== 'F' ? (r.pri === 'P' && random() < 0.5 ? [['SP', '05:30'], ['SP', '14:00']] : [['SP', '05:30']]) : [['PR', r.pri === 'F' ? '06:00' : pick(['18:30', '19:00', '19:30', '20:00', '03:30', '04:00'])]];
      if (iceAfter && r.pri === 'P') passes.push(['PO', '07:15']);
      for (const [typ, tm] of passes) {
        const farmer = (r.pri === 'F' || r.pri === 'S') && random() < (r.pri === 'F' ? 0.6 : 0.12);
        const ploughs = grtrs.filter((x) => x.dpt_id === r.dpt_id && inService(x, today) && (typ !== 'SP' || x.plgh));
        const gg = farmer ? null : ploughs.length ? pick(ploughs) : pick(grtrs.filter((x) => x.dpt_id === r.dpt_id && inService(x, today)));
        const dv = farmer ? null : pick(drvrs.filter((x) => x.dpt_id === r.dpt_id && employed(x, today)));
        const rate = typ === 'SP' ? pick([20, 20, 30, 40]) : typ === 'PO' ? 20 : month === 0 || month === 1 ? pick([10, 15, 15, 20]) : pick([10, 10, 15]);
        const km = Number(r.rte_km);
        const width = r.pri === 'F' ? 2 : 7.3;
        const abandoned = random() < 0.02;
        const share = abandoned ? 0.3 + random() * 0.5 : 1;
        runs.push({
          run_id: 0, rte_id: r.rte_id, grtr_id: gg ? gg.grtr_id : null, drvr_id: dv ? dv.drvr_id : null, ctr_nm: farmer ? pick(farmers) : null,
          run_dt: typ === 'PO' ? day(addDays(d, 1)) : today, strt_tm: tm, trt_typ: typ, sprd_rt: rate,
          slt_t: (km * 1000 * width * rate / 1e6 * share * (typ === 'SP' ? 0.7 : 1)).toFixed(2), dur_min: Math.round(km * (typ === 'SP' ? 3.1 : 1.9) * share * (0.9 + random() * 0.25)), stat: abandoned ? 'A' : 'C',
        });
      }
    }
  }
  const runsKept = runs.filter((r) => r.run_dt <= LAST);
  runsKept.sort((a, b) => cmp(a.run_dt, b.run_dt) || cmp(a.strt_tm, b.strt_tm) || a.rte_id - b.rte_id);
  runsKept.forEach((r, index) => { r.run_id = 900001 + index; });

  // salt deliveries: topping up each barn before and during each winter
  const dlvs = [];
  const suppliers = ['CPL', 'CPL', 'SUN', 'SUN', 'IRM'];
  const price = { 2023: 54, 2024: 58.5, 2025: 61, 2026: 64.5 };
  const addon = { CPL: 0, SUN: 1.8, IRM: -2.6 };
  for (let d = new Date(Date.UTC(2023, 0, 1)); d <= END; d = addDays(d, 1)) {
    const month = d.getUTCMonth();
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const season = month >= 8 || month <= 2;
    if (!season) continue;
    for (const depot of dpts) {
      const p = (month === 8 || month === 9 ? 0.1 : 0.045) * depot.barn_cap_t / 4000;
      if (random() < p) {
        const sup = pick(suppliers);
        const lorries = between(4, 14);
        dlvs.push({ dlv_id: 0, dpt_id: depot.dpt_id, dlv_dt: day(d), sup_cd: sup, tnnes: (lorries * (28 + random() * 1.5)).toFixed(1), pr_pt: money(price[d.getUTCFullYear()] + addon[sup] + (random() - 0.5) * 1.2) });
      }
    }
  }
  dlvs.forEach((x, index) => { x.dlv_id = 4001 + index; });
  writeTable('winter_gritting', 'dpt', ['dpt_id', 'dpt_cd', 'dpt_nm', 'barn_cap_t'], dpts);
  writeTable('winter_gritting', 'rte', ['rte_id', 'rte_cd', 'dpt_id', 'pri', 'rte_km', 'hll'], rtes);
  writeTable('winter_gritting', 'grtr', ['grtr_id', 'reg_no', 'mk', 'cap_t', 'yr_blt', 'dpt_id', 'plgh', 'off_rd_dt'], grtrs);
  writeTable('winter_gritting', 'drvr', ['drvr_id', 'drvr_nm', 'dpt_id', 'hgv_cls', 'agncy', 'strt_dt', 'end_dt'], drvrs);
  writeTable('winter_gritting', 'trt_run', ['run_id', 'rte_id', 'grtr_id', 'drvr_id', 'ctr_nm', 'run_dt', 'strt_tm', 'trt_typ', 'sprd_rt', 'slt_t', 'dur_min', 'stat'], runsKept);
  writeTable('winter_gritting', 'slt_dlv', ['dlv_id', 'dpt_id', 'dlv_dt', 'sup_cd', 'tnnes', 'pr_pt'], dlvs);
}

orienteeringClub();
winterGritting();

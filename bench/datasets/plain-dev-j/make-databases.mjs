// Writes databases/{quarry,swim_school}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-j/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const START = new Date(Date.UTC(2023, 0, 2));
const END = new Date(Date.UTC(2026, 10, 30));

const FIRST = ['Alfie', 'Amelia', 'Archie', 'Ava', 'Charlie', 'Daisy', 'Ethan', 'Evie', 'Freddie', 'Florence', 'George', 'Grace', 'Harry', 'Isabella', 'Jack', 'Lily', 'Leo', 'Mia', 'Noah', 'Olivia', 'Oscar', 'Poppy', 'Theo', 'Rosie', 'Arthur', 'Ivy', 'Henry', 'Sienna', 'Jacob', 'Willow'];
const LAST = ['Adcock', 'Barnes', 'Bishop', 'Chapman', 'Cole', 'Dixon', 'Eastwood', 'Farrow', 'Gooch', 'Howes', 'Ives', 'Jarvis', 'Kemp', 'Larter', 'Mayes', 'Nobbs', 'Osborne', 'Pegg', 'Rix', 'Sayer', 'Thrower', 'Utting', 'Vincent', 'Warnes', 'Youngs'];

/** A quarry operator: pits, products, customer accounts, weighbridge tickets and blasts, 2023-2026. */
function quarry() {
  const { random, pick, between } = seeded(20230102);
  // [id, name, county, opened, rock, status, permission ends, last day worked]
  const pitList = [
    [1, 'Dunmore Edge', 'Derbyshire', '1968-04-01', 'LST', 'ACT', '2042-12-31', null],
    [2, 'Hollins Top', 'Derbyshire', '1985-06-01', 'LST', 'ACT', '2035-06-30', null],
    [3, 'Carreg Ddu', 'Gwynedd', '1952-01-01', 'GRT', 'ACT', '2039-03-31', null],
    [4, 'Fenby Lane', 'Lincolnshire', '2004-03-15', 'GRV', 'ACT', '2028-09-30', null],
    [5, 'Stainmoor', 'North Yorkshire', '1971-09-01', 'SST', 'MOTH', '2031-12-31', '2025-06-27'],
    [6, 'Ridley Bank', 'Lincolnshire', '1990-05-01', 'GRV', 'RST', '2024-03-31', '2024-03-28'],
  ];
  const pits = pitList.map(([pit_id, pit_nm, county, opened_dt, rock_cd, status, pp_end_dt]) => ({ pit_id, pit_nm, county, opened_dt, rock_cd, status, pp_end_dt }));
  // [code, description, group, list price per tonne 2023, rocks it is made from, weight of demand]
  const prodList = [
    ['T1', 'Type 1 sub-base', 'SUB', 14.8, ['LST', 'GRT', 'SST'], 10],
    ['SCALP', 'Scalpings', 'SUB', 10.9, ['LST', 'SST'], 4],
    ['10MM', '10mm single size aggregate', 'AGG', 19.5, ['LST', 'GRT'], 5],
    ['20MM', '20mm single size aggregate', 'AGG', 18.9, ['LST', 'GRT', 'GRV'], 7],
    ['40MM', '40mm clean stone', 'AGG', 17.4, ['LST', 'GRT'], 3],
    ['CHP14', '14mm road chippings', 'AGG', 24.6, ['GRT'], 4],
    ['BAL', 'Rail ballast', 'AGG', 16.2, ['GRT'], 3],
    ['DUST', '0-6mm quarry dust', 'DST', 9.8, ['LST', 'GRT', 'SST'], 4],
    ['SHSND', 'Sharp sand', 'SND', 21.5, ['GRV'], 6],
    ['BLSND', 'Building sand', 'SND', 22.4, ['GRV'], 5],
    ['MOT', 'As-dug ballast (sand and gravel)', 'SUB', 12.3, ['GRV'], 3],
    ['ARM', 'Armour stone 1-3 tonne', 'ARM', 38.0, ['GRT', 'SST'], 1],
    ['GAB', 'Gabion stone 100-200mm', 'ARM', 27.5, ['LST', 'SST'], 1],
    ['WALL', 'Dry stone walling stone', 'ARM', 55.0, [], 0],
  ];
  const prods = prodList.map(([prod_cd, prod_desc, prod_grp, list_px]) => ({ prod_cd, prod_desc, prod_grp, list_px: money(list_px) }));

  const A = ['Peak', 'Trent', 'Moorland', 'Wolds', 'Dale', 'Fen', 'Marsh', 'Ridge', 'Vale', 'Harbour', 'Castle', 'Lindsey', 'Brecon', 'Snowdon', 'Ouse', 'Derwent', 'Hope', 'Witham', 'Ancholme', 'Menai'];
  const B = { CON: ['Civils', 'Groundworks', 'Construction', 'Contractors', 'Drainage', 'Plant Hire & Civils'], MER: ['Builders Merchants', 'Building Supplies', 'Timber & Builders'], RMX: ['Ready Mix', 'Concrete'], PRV: ['Farms', 'Estate', 'Landscapes'] };
  const councils = ['Derbyshire County Council', 'Lincolnshire County Council', 'Gwynedd Council', 'North Yorkshire Council', 'Sheffield City Council', 'Cheshire East Council', 'East Lindsey District Council'];
  const custs = [];
  const usedNames = new Set();
  const typeWeights = [['CON', 52], ['MER', 22], ['RMX', 9], ['PRV', 13]];
  const drawType = () => {
    let r = random() * 96;
    for (const [t, w] of typeWeights) {
      if ((r -= w) < 0) return t;
    }
    return 'CON';
  };
  for (let i = 0; i < 104; i += 1) {
    const t = drawType();
    let nm;
    do nm = `${pick(A)} ${pick(B[t])}${random() < 0.3 ? ' Ltd' : ''}`;
    while (usedNames.has(nm));
    usedNames.add(nm);
    custs.push({ cust_nm: nm, cust_typ: t });
  }
  for (const nm of councils) custs.push({ cust_nm: nm, cust_typ: 'LA' });
  custs.forEach((c, index) => {
    c.cust_id = 1001 + index;
    const opened = addDays(new Date(Date.UTC(2008, 0, 1)), between(0, 6500));
    c.acct_open_dt = day(opened > END ? addDays(END, -between(20, 300)) : opened);
    c.credit_lim = c.cust_typ === 'PRV' ? null : c.cust_typ === 'LA' ? 250000 : c.cust_typ === 'RMX' ? pick([50000, 75000, 100000]) : pick([5000, 10000, 15000, 25000, 40000]);
    c.weight = c.cust_typ === 'RMX' ? 6 : c.cust_typ === 'LA' ? 3 : c.cust_typ === 'MER' ? 3 : c.cust_typ === 'CON' ? 2 : 0.6;
    c.dealRate = c.cust_typ === 'PRV' ? 1 : 1 - between(0, 12) / 100;
    c.home = pick([1, 2, 3, 4, 5, 6]);
  });
  // eight accounts opened but never bought anything
  const silent = new Set();
  while (silent.size < 8) silent.add(1001 + between(0, 103));
  const buyers = custs.filter((c) => !silent.has(c.cust_id));
  const totalWeight = buyers.reduce((s, c) => s + c.weight, 0);
  const drawBuyer = (pitId) => {
    for (;;) {
      let r = random() * totalWeight;
      let chosen = buyers[buyers.length - 1];
      for (const c of buyers) {
        if ((r -= c.weight) < 0) {
          chosen = c;
          break;
        }
      }
      if (chosen.home === pitId || random() < 0.35) return chosen;
    }
  };
  const yearUplift = { 2023: 1, 2024: 1.06, 2025: 1.1, 2026: 1.14 };
  const tickets = [];
  const blasts = [];
  const ownRegs = ['DE19 QRY', 'DE20 TPR', 'LN21 AGG', 'YN68 STN', 'CX70 GRT', 'LN72 SND', 'DE73 HLL', 'CX23 DDU'];
  const plate = () => `${pick(['DE', 'LN', 'YN', 'CX', 'SF', 'NG', 'FJ', 'MA'])}${between(10, 25)} ${String.fromCharCode(65 + between(0, 25))}${String.fromCharCode(65 + between(0, 25))}${String.fromCharCode(65 + between(0, 25))}`;
  const custRegs = new Map();
  for (let d = START; d <= END; d = addDays(d, 1)) {
    const weekday = d.getUTCDay();
    if (weekday === 0) continue;
    const winter = [0, 1, 11].includes(d.getUTCMonth());
    for (const p of pitList) {
      const [pitId, , , , rock, , , lastDay] = p;
      if (lastDay && day(d) > lastDay) continue;
      const loads = weekday === 6 ? between(0, 2) : between(winter ? 1 : 2, pitId === 4 || pitId === 3 ? 7 : 5);
      const fit = prodList.filter((x) => x[4].includes(rock));
      const fitWeight = fit.reduce((s, x) => s + x[5], 0);
      for (let n = 0; n < loads; n += 1) {
        let r = random() * fitWeight;
        let prod = fit[0];
        for (const x of fit) {
          if ((r -= x[5]) < 0) {
            prod = x;
            break;
          }
        }
        const cash = random() < 0.07;
        const cust = cash ? null : drawBuyer(pitId);
        const bigLorry = prod[2] === 'ARM' || random() < 0.7;
        const tare = bigLorry ? between(14200, 15600) : between(8200, 9400);
        const payload = cash ? between(800, 6000) : bigLorry ? between(17500, 20400) : between(8000, 10400);
        const haul = cash ? 'CUS' : pick(['OWN', 'OWN', 'SUB', 'CUS', 'CUS']);
        let reg;
        if (haul === 'OWN') reg = pick(ownRegs);
        else if (cust) {
          if (!custRegs.has(cust.cust_id)) custRegs.set(cust.cust_id, [plate(), plate(), plate()]);
          reg = pick(custRegs.get(cust.cust_id));
        } else reg = plate();
        const ts = addMinutes(d, (weekday === 6 ? 390 : 360) + between(0, weekday === 6 ? 300 : 660));
        const px = prod[3] * yearUplift[d.getUTCFullYear()] * (cust ? cust.dealRate : 1.08);
        tickets.push({
          ts,
          pit_id: pitId,
          cust_id: cust ? cust.cust_id : null,
          prod_cd: prod[0],
          tkt_ts: stamp(ts),
          veh_reg: reg,
          haul_cd: haul,
          gross_kg: tare + payload,
          tare_kg: tare,
          net_t: (payload / 1000).toFixed(2),
          px_t: money(px),
          void_flg: random() < 0.018,
        });
      }
    }
  }
  tickets.sort((a, b) => a.ts - b.ts || a.pit_id - b.pit_id);
  tickets.forEach((t, index) => {
    t.tkt_no = `W${String(700001 + index)}`;
    delete t.ts;
  });
  // blasting at the hard-rock pits, every one to three weeks, on weekdays
  for (const [pitId, , , , rock, , , lastDay] of pitList) {
    if (rock === 'GRV') continue;
    for (let d = addDays(START, between(3, 12)); d <= END; d = addDays(d, between(8, 20))) {
      if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
      if (lastDay && day(d) > lastDay) break;
      const holes = between(14, 42);
      const ppvMm = (1.2 + random() * (rock === 'GRT' ? 9.5 : 7)).toFixed(2);
      blasts.push({
        d,
        pit_id: pitId,
        blast_dt: day(d),
        holes,
        expl_kg: holes * between(95, 140),
        ppv_mm_s: ppvMm,
        cmpl_n: Number(ppvMm) > 8 ? between(1, 4) : random() < 0.06 ? 1 : 0,
      });
    }
  }
  blasts.sort((a, b) => a.d - b.d || a.pit_id - b.pit_id);
  blasts.forEach((b, index) => {
    b.blast_id = 3001 + index;
    delete b.d;
  });
  writeTable('quarry', 'pit', ['pit_id', 'pit_nm', 'county', 'opened_dt', 'rock_cd', 'status', 'pp_end_dt'], pits);
  writeTable('quarry', 'prod', ['prod_cd', 'prod_desc', 'prod_grp', 'list_px'], prods);
  writeTable('quarry', 'cust', ['cust_id', 'cust_nm', 'cust_typ', 'acct_open_dt', 'credit_lim'], custs);
  writeTable('quarry', 'tkt', ['tkt_no', 'pit_id', 'cust_id', 'prod_cd', 'tkt_ts', 'veh_reg', 'haul_cd', 'gross_kg', 'tare_kg', 'net_t', 'px_t', 'void_flg'], tickets);
  writeTable('quarry', 'blast', ['blast_id', 'pit_id', 'blast_dt', 'holes', 'expl_kg', 'ppv_mm_s', 'cmpl_n'], blasts);
}

/** A Norfolk swimming-lesson provider: pools, teachers, swimmers, termly classes, enrolments and badges, 2023-2026. */
function swimSchool() {
  const { random, pick, between } = seeded(20230109);
  // [id, name, town, lanes, length, hire per hour, first used]
  const pools = [
    [1, 'Riverside Leisure Pool', 'Norwich', 6, 25, 42, '2016-09-05'],
    [2, "St Clement's School Pool", 'Norwich', 4, 20, 28, '2018-01-08'],
    [3, 'Wymondham Sports Centre', 'Wymondham', 6, 25, 45, '2019-04-23'],
    [4, 'Aylsham Manor Hotel Pool', 'Aylsham', 3, 15, 25, '2024-09-09'],
  ].map(([pool_id, pool_name, town, lanes, length_m, hire_cost_per_hour, first_used_on]) => ({ pool_id, pool_name, town, lanes, length_m, hire_cost_per_hour: money(hire_cost_per_hour), first_used_on }));
  const nextName = namer(pick, FIRST, LAST);
  // [qualification, hourly rate, started, left]
  const teacherList = [
    ['L2', 24, '2015-09-01', null], ['L2', 24, '2016-01-04', null], ['L2', 23, '2017-04-18', null], ['L1', 16, '2018-09-03', '2023-07-21'],
    ['L2', 22, '2019-01-07', null], ['L2', 22, '2019-09-02', '2025-03-28'], ['L1', 16, '2020-09-07', null], ['L2', 21.5, '2021-04-19', null],
    ['L1', 15.5, '2022-01-10', '2024-07-19'], ['L2', 21, '2022-09-05', null], ['L1', 15.5, '2023-04-17', null], ['L2', 21, '2023-09-04', null],
    ['L1', 15, '2024-01-08', null], ['L2', 20.5, '2024-09-02', null], ['L1', 15, '2025-04-22', null], ['L2', 20.5, '2025-09-01', null],
    ['L1', 15, '2026-11-02', null],
  ];
  const teachers = teacherList.map(([qualification, rate, started_on, left_on], index) => {
    const [first, last] = nextName();
    return { teacher_id: 11 + index, full_name: `${first} ${last}`, qualification, hourly_rate: money(rate), started_on, left_on };
  });
  const terms = [];
  for (const year of [2023, 2024, 2025, 2026]) {
    const firstMonday = (month, dayOfMonth) => {
      let d = new Date(Date.UTC(year, month, dayOfMonth));
      while (d.getUTCDay() !== 1) d = addDays(d, 1);
      return d;
    };
    terms.push({ name: `Spring ${year}`, start: firstMonday(0, 6), weeks: 11 });
    terms.push({ name: `Summer ${year}`, start: firstMonday(3, 17), weeks: 12 });
    terms.push({ name: `Autumn ${year}`, start: firstMonday(8, 4), weeks: 13 });
  }
  const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const swimmers = [];
  const KIDS = [...FIRST, 'Alfred', 'Maisie', 'Teddy', 'Elsie', 'Reggie', 'Phoebe', 'Albie', 'Harriet', 'Louie', 'Matilda', 'Ronnie', 'Edith', 'Stanley', 'Iris', 'Jude', 'Nancy'];
  const nextSwimmer = namer(pick, KIDS, [...LAST, 'Bunn', 'Claxton', 'Doy', 'Fisk', 'Gotts', 'Hewitt', 'Kett', 'Loads', 'Muttock', 'Pointer', 'Spink', 'Tooley', 'Amies', 'Blyth', 'Crane', 'Dunham', 'Futter', 'Gedge', 'Hammond', 'Lake', 'Mobbs', 'Purdy', 'Riches', 'Seago']);
  const newSwimmer = (joined) => {
    const adult = random() < 0.07;
    const ageDays = adult ? between(20 * 365, 60 * 365) : random() < 0.18 ? between(200, 1000) : between(4 * 365, 10 * 365);
    const [first_name, last_name] = nextSwimmer();
    const s = {
      swimmer_id: 20001 + swimmers.length,
      first_name,
      last_name,
      date_of_birth: day(addDays(joined, -ageDays)),
      joined_on: day(addDays(joined, -between(3, 40))),
      home_town: pick(['Norwich', 'Norwich', 'Norwich', 'Wymondham', 'Aylsham', 'Hethersett', 'Costessey', 'Drayton', 'Taverham', 'Attleborough']),
      medical_notes: random() < 0.06 ? pick(['Asthma - inhaler poolside', 'Epilepsy (controlled)', 'Grommets - ear plugs', 'Type 1 diabetes', 'Eczema']) : null,
      stage: adult ? 8 : ageDays < 1100 ? 0 : 1 + (random() < 0.3 ? 1 : 0),
      ageDays,
      pool: null,
      active: true,
    };
    swimmers.push(s);
    return s;
  };
  for (let i = 0; i < 330; i += 1) newSwimmer(addDays(terms[0].start, -between(10, 900)));
  const classes = [];
  const enrolments = [];
  const awards = [];
  const activeTeachers = (d) => teachers.filter((t) => t.started_on <= day(d) && (!t.left_on || t.left_on >= day(d)));
  const DISTANCE = ['5 metres', '10 metres', '25 metres', '50 metres', '100 metres', '200 metres', '400 metres'];
  for (const [termIndex, term] of terms.entries()) {
    if (day(term.start) > day(END)) break;
    if (termIndex > 0) for (let i = 0; i < between(70, 100); i += 1) newSwimmer(term.start);
    const end = addDays(term.start, term.weeks * 7 - 3);
    const usable = pools.filter((p) => p.first_used_on <= day(term.start));
    const staff = activeTeachers(term.start);
    const termClasses = [];
    for (const p of usable) {
      for (let stage = 0; stage <= 8; stage += 1) {
        const copies = p.pool_id === 4 ? (stage <= 3 ? 1 : 0) : stage <= 3 ? (p.pool_id === 2 ? 2 : 3) : stage <= 6 ? 1 : stage === 7 ? (p.pool_id === 1 ? 1 : 0) : p.length_m === 25 ? 1 : 0;
        for (let k = 0; k < copies; k += 1) {
          const teacher = stage <= 1 && random() < 0.4 ? pick(staff.filter((t) => t.qualification === 'L1')) ?? pick(staff) : pick(staff.filter((t) => t.qualification === 'L2'));
          const weekday = stage === 0 ? pick(['Tuesday', 'Thursday', 'Saturday']) : stage === 8 ? pick(['Monday', 'Wednesday']) : pick(DAYS);
          const hour = stage === 0 ? between(9, 11) : stage === 8 ? between(19, 20) : weekday === 'Saturday' ? between(8, 12) : between(16, 18);
          const c = {
            class_id: 0,
            pool_id: p.pool_id,
            teacher_id: random() < 0.03 ? null : teacher.teacher_id,
            term_name: term.name,
            term_starts_on: day(term.start),
            stage,
            day_of_week: weekday,
            start_time: `${String(hour).padStart(2, '0')}:${pick(['00', '30'])}:00`,
            minutes: stage === 0 ? 30 : stage >= 6 ? 45 : 30,
            places: stage === 0 ? 10 : stage === 8 ? 6 : stage <= 2 ? 8 : 10,
            price_per_term: money((stage === 8 ? 9.5 : stage === 0 ? 7 : 8.25 + (termIndex >= 6 ? 0.5 : 0) + (termIndex >= 9 ? 0.25 : 0)) * term.weeks),
            taken: 0,
          };
          termClasses.push(c);
        }
      }
    }
    termClasses.sort((a, b) => a.pool_id - b.pool_id || cmp(DAYS.indexOf(a.day_of_week), DAYS.indexOf(b.day_of_week)) || cmp(a.start_time, b.start_time) || a.stage - b.stage);
    for (const c of termClasses) {
      c.class_id = 5001 + classes.length;
      classes.push(c);
    }
    const current = day(end) > day(END);
    const bySurname = new Map();
    for (const s of swimmers.filter((x) => x.active)) {
      if (s.pool === null) s.pool = pick(usable).pool_id;
      let options = termClasses.filter((c) => c.stage === s.stage && c.taken < c.places && c.pool_id === s.pool);
      if (!options.length) options = termClasses.filter((c) => c.stage === s.stage && c.taken < c.places);
      if (!options.length) continue;
      const c = pick(options);
      c.taken += 1;
      s.pool = c.pool_id;
      const family = `${s.last_name}|${s.home_town}`;
      const sibling = bySurname.has(family) && random() < 0.6;
      bySurname.set(family, true);
      const withdrawn = random() < 0.07;
      const enrolled = addDays(term.start, -between(5, 30));
      const status = withdrawn ? (current ? (random() < 0.5 ? 'W' : 'A') : 'W') : current ? 'A' : s.stage >= 1 && s.stage <= 7 && random() < 0.04 ? 'M' : 'C';
      const fee = Number(c.price_per_term) * (sibling ? 0.9 : 1);
      enrolments.push({ enrolment_id: 0, swimmer_id: s.swimmer_id, class_id: c.class_id, enrolled_on: day(enrolled), status, amount_paid: money(status === 'W' && random() < 0.4 ? fee / 2 : fee), sibling_discount: sibling, order: `${day(enrolled)}-${s.swimmer_id}` });
      if (status === 'W') {
        if (random() < 0.7) s.active = false;
        continue;
      }
      if (current) continue;
      const awardDay = status === 'M' ? addDays(term.start, between(20, 50)) : addDays(end, -between(0, 4));
      if (random() < 0.16 && s.stage >= 1 && s.stage <= 7) {
        awards.push({ swimmer_id: s.swimmer_id, badge_name: pick(DISTANCE.slice(0, Math.min(DISTANCE.length, s.stage + 1))), awarded_on: day(addDays(term.start, between(14, 60))), teacher_id: c.teacher_id });
      }
      s.ageDays += term.weeks * 7 + 20;
      const ready = status === 'M' || (s.stage === 0 ? s.ageDays > 3 * 365 + 200 : s.stage === 8 ? false : random() < 0.42);
      if (ready) {
        if (s.stage >= 1) awards.push({ swimmer_id: s.swimmer_id, badge_name: `Stage ${s.stage}`, awarded_on: day(awardDay), teacher_id: c.teacher_id });
        s.stage += 1;
        if (s.stage === 8) s.active = false;
      }
      if (random() < 0.06) s.active = false;
    }
  }
  enrolments.sort((a, b) => cmp(a.order, b.order));
  enrolments.forEach((e, index) => {
    e.enrolment_id = 100001 + index;
    delete e.order;
  });
  awards.sort((a, b) => cmp(a.awarded_on, b.awarded_on) || a.swimmer_id - b.swimmer_id);
  awards.forEach((a, index) => {
    a.award_id = 9001 + index;
  });
  writeTable('swim_school', 'pools', ['pool_id', 'pool_name', 'town', 'lanes', 'length_m', 'hire_cost_per_hour', 'first_used_on'], pools);
  writeTable('swim_school', 'teachers', ['teacher_id', 'full_name', 'qualification', 'hourly_rate', 'started_on', 'left_on'], teachers);
  writeTable('swim_school', 'swimmers', ['swimmer_id', 'first_name', 'last_name', 'date_of_birth', 'joined_on', 'home_town', 'medical_notes'], swimmers);
  writeTable('swim_school', 'classes', ['class_id', 'pool_id', 'teacher_id', 'term_name', 'term_starts_on', 'stage', 'day_of_week', 'start_time', 'minutes', 'places', 'price_per_term'], classes);
  writeTable('swim_school', 'enrolments', ['enrolment_id', 'swimmer_id', 'class_id', 'enrolled_on', 'status', 'amount_paid', 'sibling_discount'], enrolments);
  writeTable('swim_school', 'badge_awards', ['award_id', 'swimmer_id', 'badge_name', 'awarded_on', 'teacher_id'], awards);
}

quarry();
swimSchool();

// Writes databases/<db>/data/*.csv for two small invented databases, the same bytes on every run (a seeded
// generator, no clock). Run from anywhere: node bench/datasets/probe-precise13/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, pad, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Ada', 'Basil', 'Cora', 'Dev', 'Edie', 'Fergus', 'Greta', 'Hamish', 'Iris', 'Jago', 'Kit', 'Lorna', 'Morwenna', 'Ned', 'Opal', 'Piran', 'Quinn', 'Rosa', 'Tamsin', 'Wilf'];
const LAST = ['Angove', 'Bolitho', 'Curnow', 'Davey', 'Eddy', 'Hocking', 'Jago', 'Kitto', 'Lanyon', 'Moyle', 'Nance', 'Pascoe', 'Rowe', 'Trevail', 'Uren', 'Vosper'];

/** A repair café: volunteer fixers at monthly sessions in three venues mend items visitors bring. */
function repairCafe() {
  const { random, pick, between } = seeded(20261207);
  const nextName = namer(pick, FIRST, LAST);
  const venues = [
    { venue_id: 1, venue_nm: 'Castle Street Hall', town: 'Truro' },
    { venue_id: 2, venue_nm: 'Quay Chapel', town: 'Falmouth' },
    { venue_id: 3, venue_nm: 'Moor Library', town: 'Redruth' },
  ];
  const skills = ['ELE', 'ELE', 'TEX', 'MEC', 'MEC', 'IT'];
  const fixers = [];
  for (let i = 0; i < 16; i += 1) {
    const [first_nm, last_nm] = nextName();
    const joined = addDays(new Date(Date.UTC(2023, 0, 5)), between(0, 600));
    const left = i % 5 === 3 ? addDays(new Date(Date.UTC(2025, 2, 1)), between(0, 500)) : null;
    fixers.push({ fixer_id: 21 + i, first_nm, last_nm, skill_cd: skills[i % skills.length], joined_dt: day(joined), left_dt: left ? day(left) : null, joined, left });
  }
  const visitors = [];
  for (let i = 0; i < 150; i += 1) {
    const [first_nm, last_nm] = nextName();
    visitors.push({ visitor_id: 4001 + i, first_nm, last_nm, postcode_area: pick(['TR1', 'TR1', 'TR11', 'TR15', 'TR3']) });
  }
  const sessions = [];
  const items = [];
  let sessionId = 601;
  let itemId = 90001;
  const kinds = {
    ELE: [['Toaster', 1.2], ['Kettle', 1.0], ['Lamp', 1.5], ['Radio', 0.9], ['Vacuum cleaner', 4.5], ['Hair dryer', 0.6]],
    TEX: [['Coat', 1.1], ['Jeans', 0.7], ['Rucksack', 0.9], ['Curtains', 2.2]],
    MEC: [['Bicycle', 12.5], ['Lawn mower', 18.0], ['Clock', 1.4], ['Chair', 5.5]],
    IT: [['Laptop', 2.1], ['Phone', 0.2], ['Printer', 6.0], ['Tablet', 0.5]],
  };
  for (let month = 0; month < 23; month += 1) {
    for (const venue of venues) {
      const held = new Date(Date.UTC(2025, month, 3 + venue.venue_id * 6));
      const cancelled = random() < 0.08;
      sessions.push({ session_id: sessionId, venue_id: venue.venue_id, held_on: day(held), cancelled, donations_gbp: cancelled ? money(0) : money(between(20, 140) + random()) });
      if (!cancelled) {
        const active = fixers.filter((f) => f.joined <= held && (f.left === null || f.left > held));
        const n = between(4, 14);
        for (let k = 0; k < n; k += 1) {
          const cat = pick(['ELE', 'ELE', 'ELE', 'TEX', 'MEC', 'MEC', 'IT']);
          const [desc, kg] = pick(kinds[cat]);
          const able = active.filter((f) => f.skill_cd === cat);
          const fixer = able.length && random() < 0.93 ? pick(able) : null;
          const roll = random();
          const outcome = fixer === null ? 'ADV' : roll < 0.55 ? 'FIX' : roll < 0.7 ? 'PART' : roll < 0.85 ? 'ADV' : 'NOT';
          items.push({
            item_id: itemId, session_id: sessionId, visitor_id: pick(visitors).visitor_id, fixer_id: fixer ? fixer.fixer_id : null, cat_cd: cat,
            item_desc: desc, weight_kg: (kg * (0.8 + random() * 0.4)).toFixed(2), outcome_cd: outcome,
            parts_gbp: outcome === 'FIX' || outcome === 'PART' ? money(random() < 0.5 ? 0 : between(1, 25) + random()) : money(0),
          });
          itemId += 1;
        }
      }
      sessionId += 1;
    }
  }
  writeTable('repair_cafe', 'venue', ['venue_id', 'venue_nm', 'town'], venues);
  writeTable('repair_cafe', 'fixer', ['fixer_id', 'first_nm', 'last_nm', 'skill_cd', 'joined_dt', 'left_dt'], fixers);
  writeTable('repair_cafe', 'visitor', ['visitor_id', 'first_nm', 'last_nm', 'postcode_area'], visitors);
  writeTable('repair_cafe', 'session', ['session_id', 'venue_id', 'held_on', 'cancelled', 'donations_gbp'], sessions);
  writeTable('repair_cafe', 'item', ['item_id', 'session_id', 'visitor_id', 'fixer_id', 'cat_cd', 'item_desc', 'weight_kg', 'outcome_cd', 'parts_gbp'], items);
}

/** Beach lifeguards: guards of three grades work shifts at four beaches and log incidents. */
function lifeguardPatrol() {
  const { random, pick, between } = seeded(20261208);
  const nextName = namer(pick, FIRST, LAST);
  const beaches = [
    { beach_id: 1, beach_nm: 'Gull Point', council: 'North Coast' },
    { beach_id: 2, beach_nm: 'Sandy Bay', council: 'North Coast' },
    { beach_id: 3, beach_nm: 'Porth Mellin', council: 'South Shore' },
    { beach_id: 4, beach_nm: 'Long Strand', council: 'South Shore' },
  ];
  const guards = [];
  for (let i = 0; i < 26; i += 1) {
    const [first_nm, last_nm] = nextName();
    guards.push({ guard_id: 101 + i, first_nm, last_nm, grade_cd: i < 5 ? 'SNR' : i < 19 ? 'LG' : 'TRN', home_beach_id: 1 + (i % 4) });
  }
  const shifts = [];
  const incidents = [];
  let shiftId = 1;
  let incId = 5001;
  for (const year of [2025, 2026]) {
    for (let d = new Date(Date.UTC(year, 4, 1)); d <= new Date(Date.UTC(year, 8, 30)); d = addDays(d, 1)) {
      for (const beach of beaches) {
        const crew = new Set();
        const size = between(1, 3);
        while (crew.size < size) {
          const home = guards.filter((g) => g.home_beach_id === beach.beach_id);
          crew.add(random() < 0.8 ? pick(home) : pick(guards));
        }
        for (const guard of crew) {
          shifts.push({ shift_id: shiftId, guard_id: guard.guard_id, beach_id: beach.beach_id, shift_dt: day(d), hours: pick(['4.0', '6.0', '8.0', '8.0', '10.0']) });
          shiftId += 1;
        }
        if (random() < 0.3) {
          const type = pick(['RES', 'FA', 'FA', 'FA', 'LOST', 'ADV']);
          const lead = pick([...crew]);
          incidents.push({
            inc_id: incId, beach_id: beach.beach_id, occurred_at: `${day(d)} ${pad(between(9, 18))}:${pad(between(0, 59))}:00`, type_cd: type,
            casualties: type === 'RES' ? pick([1, 1, 1, 2, 2, 3, 4]) : type === 'FA' ? 1 : 0, lead_guard_id: lead.guard_id,
            ambulance: type === 'RES' ? random() < 0.4 : type === 'FA' ? random() < 0.1 : false,
          });
          incId += 1;
        }
      }
    }
  }
  writeTable('lifeguard_patrol', 'beach', ['beach_id', 'beach_nm', 'council'], beaches);
  writeTable('lifeguard_patrol', 'guard', ['guard_id', 'first_nm', 'last_nm', 'grade_cd', 'home_beach_id'], guards);
  writeTable('lifeguard_patrol', 'shift', ['shift_id', 'guard_id', 'beach_id', 'shift_dt', 'hours'], shifts);
  writeTable('lifeguard_patrol', 'incident', ['inc_id', 'beach_id', 'occurred_at', 'type_cd', 'casualties', 'lead_guard_id', 'ambulance'], incidents);
}

repairCafe();
lifeguardPatrol();

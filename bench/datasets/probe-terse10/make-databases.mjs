// Writes databases/{dog_kennel,ferry_line}/data/*.csv: two small invented databases with terse names, the same bytes on
// every run (a seeded generator, no clock). Run: node bench/datasets/probe-terse10/make-databases.mjs [--out DIR]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const FIRST = ['Ada', 'Bram', 'Cleo', 'Dev', 'Eira', 'Finn', 'Gus', 'Hana', 'Ivo', 'Juno', 'Kai', 'Lior'];
const LAST = ['Ashby', 'Birch', 'Carden', 'Dunmore', 'Ellery', 'Fenwick', 'Garside', 'Holm'];

/** A dog kennel: owners, dogs, runs (pens) and stays, 2024-2025. */
function dogKennel() {
  const { random, pick, between } = seeded(7102024);
  const cities = ['Leeds', 'Leeds', 'York', 'Harrogate', 'Ripon'];
  const owners = [];
  for (let i = 0; i < 30; i += 1) owners.push({ own_id: 101 + i, own_nm: `${pick(FIRST)} ${pick(LAST)}`, cty: pick(cities) });
  const dogNames = ['Biscuit', 'Pepper', 'Nala', 'Otis', 'Mabel', 'Ziggy', 'Rolo', 'Luna', 'Bear', 'Poppy', 'Scout', 'Willow', 'Milo', 'Tilly', 'Bramble'];
  const dogs = [];
  for (let i = 0; i < 45; i += 1) dogs.push({ dog_id: 1 + i, own_id: pick(owners).own_id, dog_nm: `${pick(dogNames)} ${i + 1}`, coat_cd: pick(['SHRT', 'SHRT', 'LNG', 'CRL', 'WR']), wt_kg: between(4, 42) });
  const runs = [['North 1', 'CNCRT'], ['North 2', 'CNCRT'], ['North 3', 'GRVL'], ['South 1', 'WDN'], ['South 2', 'WDN'], ['South 3', 'CNCRT'], ['Barn', 'GRVL']].map(([run_nm, flr_cd], i) => ({ run_id: i + 1, run_nm, flr_cd }));
  const stays = [];
  for (let i = 0; i < 260; i += 1) {
    const dog = pick(dogs);
    const inDate = addDays(new Date(Date.UTC(2024, 0, 2)), between(0, 720));
    const nights = between(1, 12);
    const outDate = addDays(inDate, nights);
    const cancelled = random() < 0.08;
    const late = outDate > new Date(Date.UTC(2025, 11, 20));
    const stat = cancelled ? 'CANCELLED' : late ? (random() < 0.5 ? 'BOOKED' : 'CHECKED IN') : random() < 0.55 ? 'PAID' : 'PICKED UP';
    const picked = stat === 'PAID' || stat === 'PICKED UP';
    stays.push({ stay_id: 0, dog_id: dog.dog_id, run_id: pick(runs).run_id, in_dt: day(inDate), out_dt: day(outDate), pickup_dt: picked ? day(addDays(outDate, random() < 0.2 ? 1 : 0)) : null, stat, amt_gbp: cancelled ? money(0) : money(nights * (dog.wt_kg > 25 ? 32 : 24) + (random() < 0.3 ? 15 : 0)) });
  }
  stays.sort((a, b) => cmp(a.in_dt, b.in_dt) || a.dog_id - b.dog_id);
  stays.forEach((s, i) => { s.stay_id = 5001 + i; });
  writeTable('dog_kennel', 'own', ['own_id', 'own_nm', 'cty'], owners);
  writeTable('dog_kennel', 'dog', ['dog_id', 'own_id', 'dog_nm', 'coat_cd', 'wt_kg'], dogs);
  writeTable('dog_kennel', 'run', ['run_id', 'run_nm', 'flr_cd'], runs);
  writeTable('dog_kennel', 'stay', ['stay_id', 'dog_id', 'run_id', 'in_dt', 'out_dt', 'pickup_dt', 'stat', 'amt_gbp'], stays);
}

/** A small ferry line: vessels, sailings with passengers and vehicles aboard, ticket orders and their lines, 2024-2025. */
function ferryLine() {
  const { random, pick, between } = seeded(31052025);
  const vessels = [['Skerry Lass', 'WDN'], ['Tern', 'STL'], ['Morven', 'STL'], ['Kittiwake', 'ALMNM'], ['Isle Rover', 'WDN']].map(([vsl_nm, hull_cd], i) => ({ vsl_id: i + 1, vsl_nm, hull_cd }));
  const sailings = [];
  for (let i = 0; i < 180; i += 1) {
    const vessel = pick(vessels);
    sailings.push({ sail_id: 0, vsl_id: vessel.vsl_id, rte_cd: pick(['OBN-CRN', 'OBN-CRN', 'OBN-MUL', 'MUL-IONA']), dep_dt: day(addDays(new Date(Date.UTC(2024, 2, 1)), between(0, 640))), pax_n: between(8, vessel.hull_cd === 'STL' ? 220 : 90), veh_n: vessel.hull_cd === 'STL' ? between(0, 30) : 0 });
  }
  sailings.sort((a, b) => cmp(a.dep_dt, b.dep_dt) || a.vsl_id - b.vsl_id);
  sailings.forEach((s, i) => { s.sail_id = 701 + i; });
  const orders = [];
  const lines = [];
  for (let i = 0; i < 300; i += 1) {
    const sailing = pick(sailings);
    const ord = { ord_id: 90001 + i, sail_id: sailing.sail_id, ord_dt: day(addDays(new Date(`${sailing.dep_dt}T00:00:00Z`), -between(0, 40))), chan_cd: pick(['WEB', 'WEB', 'WEB', 'PHN', 'KSK']) };
    orders.push(ord);
    const fares = ['ADLT', 'CHLD', 'SNR'].filter((_, k) => k === 0 || random() < 0.45);
    fares.forEach((fare_cd, k) => {
      const qty = between(1, fare_cd === 'ADLT' ? 4 : 3);
      lines.push({ ord_id: ord.ord_id, ln_no: k + 1, fare_cd, qty, amt_eur: money(qty * (fare_cd === 'ADLT' ? 18.5 : fare_cd === 'CHLD' ? 9.25 : 14)) });
    });
  }
  orders.sort((a, b) => cmp(a.ord_dt, b.ord_dt) || a.ord_id - b.ord_id);
  writeTable('ferry_line', 'vsl', ['vsl_id', 'vsl_nm', 'hull_cd'], vessels);
  writeTable('ferry_line', 'sail', ['sail_id', 'vsl_id', 'rte_cd', 'dep_dt', 'pax_n', 'veh_n'], sailings);
  writeTable('ferry_line', 'tkt_ord', ['ord_id', 'sail_id', 'ord_dt', 'chan_cd'], orders);
  writeTable('ferry_line', 'tkt_ln', ['ord_id', 'ln_no', 'fare_cd', 'qty', 'amt_eur'], lines);
}

dogKennel();
ferryLine();

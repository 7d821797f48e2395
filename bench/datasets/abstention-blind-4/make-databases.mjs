// Writes databases/{vet_practice,parcel_depot,brewery}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-blind-4/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, csvTableWriter, day, money, namer, outputFolder, pad, seeded, stamp } from '../make-database-helpers.mjs';

const writeCsv = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
/** Writes a table whose columns are its rows' keys, in order. */
const writeTable = (db, table, rows) => writeCsv(db, table, Object.keys(rows[0]), rows);

const utc = (text) => new Date(`${text}T00:00:00Z`);
const isSunday = (date) => date.getUTCDay() === 0;
/** A copy of `list` in a seeded random order (Fisher-Yates). */
function shuffled(list, between) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = between(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const FIRST = ['Aoife', 'Bruno', 'Chloe', 'Dmitri', 'Esme', 'Farah', 'Gareth', 'Hannah', 'Idris', 'Joanna', 'Keith', 'Leila', 'Martin', 'Niamh', 'Oscar', 'Priya', 'Quentin', 'Rhys', 'Sana', 'Tomasz', 'Una', 'Victor', 'Wendy', 'Xavier', 'Yusuf', 'Zara', 'Alan', 'Bethan', 'Colin', 'Deepa'];
const LAST = ['Abbott', 'Bakshi', 'Carver', 'Doyle', 'Evans', 'Fletcher', 'Griffiths', 'Hughes', 'Iqbal', 'Jenkins', 'Kerr', 'Lloyd', 'Mahoney', 'Nowak', 'Okoro', 'Price', 'Quinn', 'Reid', 'Singh', 'Thomas', 'Upton', 'Vaughan', 'Walsh', 'Young'];

function vetPractice() {
  const { random, pick, between } = seeded(20260105);
  const nextName = namer(pick, FIRST, LAST);
  const staff = [
    ['Dr Helen Marsh', 'vet', '2009-09-01'], ['Dr Owen Pritchard', 'vet', '2015-03-16'], ['Dr Anjali Rao', 'vet', '2021-08-02'],
    ['Dr Lukas Berg', 'vet', '2026-05-05'], ['Megan Ellis', 'nurse', '2018-01-08'], ['Tom Harding', 'nurse', '2023-10-02'],
  ].map(([full_name, role, start_dt], index) => ({ staff_id: index + 1, full_name, role, start_dt }));
  const towns = ['Cardigan', 'Cardigan', 'Cardigan', 'Aberporth', 'Newcastle Emlyn', 'Newcastle Emlyn', 'Llandysul', 'Crymych'];
  const clients = [];
  for (let i = 0; i < 90; i += 1) {
    const [first_nm, last_nm] = nextName();
    clients.push({ client_id: 201 + i, first_nm, last_nm, town: pick(towns), reg_dt: day(addDays(utc('2008-06-01'), between(0, 6700))), health_plan: random() < 0.35 });
  }
  const breeds = {
    dog: ['Labrador Retriever', 'Border Collie', 'Cocker Spaniel', 'Jack Russell Terrier', 'Staffordshire Bull Terrier', 'Cockapoo', 'Dachshund', 'German Shepherd', 'Crossbreed'],
    cat: ['Domestic Shorthair', 'Domestic Shorthair', 'Domestic Longhair', 'Siamese', 'Maine Coon', 'British Shorthair'],
    rabbit: ['Netherland Dwarf', 'Lop', 'Lionhead'],
    guinea_pig: ['Abyssinian', 'American'],
    ferret: ['Ferret'],
  };
  const petNames = ['Bella', 'Max', 'Poppy', 'Alfie', 'Luna', 'Charlie', 'Daisy', 'Milo', 'Teddy', 'Willow', 'Bramble', 'Pip', 'Smudge', 'Nala', 'Biscuit', 'Rolo', 'Meg', 'Jasper', 'Ziggy', 'Hazel', 'Oscar', 'Tilly', 'Fudge', 'Mabel'];
  const animals = [];
  for (const client of clients) {
    const count = pick([1, 1, 1, 1, 2, 2, 3]);
    for (let n = 0; n < count; n += 1) {
      const species = pick(['dog', 'dog', 'dog', 'dog', 'cat', 'cat', 'cat', 'rabbit', 'guinea_pig', 'ferret']);
      const sex = random() < 0.5 ? 'M' : 'F';
      animals.push({
        animal_id: 3001 + animals.length,
        client_id: client.client_id,
        name: pick(petNames),
        species,
        breed: pick(breeds[species]),
        sex,
        dob: day(addDays(utc('2010-01-01'), between(0, 6000))),
        neutered: random() < (species === 'guinea_pig' ? 0.1 : 0.7),
        microchip_no: species === 'dog' || (species === 'cat' && random() < 0.6) ? `9410000${String(between(10000000, 99999999))}` : null,
      });
    }
  }
  const weights = new Map(animals.map((a) => [a.animal_id, { dog: between(40, 380), cat: between(28, 62), rabbit: between(12, 30), guinea_pig: between(7, 13), ferret: between(7, 20) }[a.species] / 10]));
  const reasons = ['VACC', 'VACC', 'VACC', 'CONS', 'CONS', 'CONS', 'CONS', 'DENT', 'NEUT', 'FU', 'FU', 'EMRG'];
  const items = {
    VACC: [['Annual booster vaccination', 52.5], ['Flea and worm treatment', 18.75]],
    CONS: [['Consultation', 48], ['Blood test', 96], ['X-ray', 180], ['Antibiotics (course)', 22.4], ['Pain relief (NSAID)', 19.9], ['Nail clip', 12]],
    DENT: [['Dental scale and polish', 320], ['Tooth extraction', 85], ['General anaesthetic', 140]],
    NEUT: [['Neutering surgery', 210], ['General anaesthetic', 140], ['Buster collar', 9.5]],
    FU: [['Post-op check', 0], ['Consultation', 48]],
    EMRG: [['Out-of-hours emergency fee', 150], ['Consultation', 48], ['Fluids and hospitalisation (per day)', 165], ['X-ray', 180]],
  };
  const appts = [];
  const lines = [];
  let when = utc('2026-01-05');
  const end = utc('2026-11-30');
  while (when <= end) {
    if (!isSunday(when)) {
      const count = when.getUTCDay() === 6 ? between(2, 4) : between(4, 9);
      const slots = [];
      for (let s = 0; s < count; s += 1) slots.push(between(0, 27));
      for (const slot of [...new Set(slots)].sort((a, b) => a - b)) {
        const animal = pick(animals);
        let reason = pick(reasons);
        if (reason === 'NEUT' && animal.neutered) reason = 'CONS';
        if (reason === 'DENT' && !['dog', 'cat'].includes(animal.species)) reason = 'CONS';
        const vets = staff.filter((s) => s.start_dt <= day(when) && (s.role === 'vet' || reason === 'VACC' || reason === 'FU'));
        const roll = random();
        const status = reason === 'EMRG' ? 'attended' : roll < 0.86 ? 'attended' : roll < 0.93 ? 'cancelled' : 'dna';
        const minutes = 8 * 60 + 30 + slot * 20;
        const appt = {
          appt_id: 0,
          animal_id: animal.animal_id,
          staff_id: pick(vets).staff_id,
          appt_dt: day(when),
          start_tm: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
          reason_cd: reason,
          status,
          wt_kg: status === 'attended' ? (weights.get(animal.animal_id) * (0.95 + random() * 0.1)).toFixed(1) : null,
        };
        appts.push(appt);
        if (status !== 'attended') continue;
        const menu = items[reason];
        lines.push({ appt, item: menu[0][0], qty: 1, unit_price: menu[0][1] });
        for (const [item, price] of menu.slice(1)) {
          if (random() < 0.45) lines.push({ appt, item, qty: item.startsWith('Fluids') ? between(1, 3) : 1, unit_price: price });
        }
      }
    }
    when = addDays(when, 1);
  }
  appts.forEach((appt, index) => (appt.appt_id = 50001 + index));
  const treatments = lines.map(({ appt, item, qty, unit_price }, index) => ({ line_id: index + 1, appt_id: appt.appt_id, item, qty, unit_price: money(unit_price), paid: appt.appt_dt < '2026-11-16' || random() < 0.5 }));
  writeTable('vet_practice', 'staff', staff);
  writeTable('vet_practice', 'clients', clients);
  writeTable('vet_practice', 'animals', animals);
  writeTable('vet_practice', 'appts', appts);
  writeTable('vet_practice', 'treatments', treatments);
}

function parcelDepot() {
  const { random, pick, between } = seeded(20260602);
  const nextName = namer(pick, FIRST, LAST);
  const drivers = [];
  for (let i = 0; i < 9; i += 1) {
    const [first, last] = nextName();
    drivers.push({ driver_id: 11 + i, name: `${first} ${last}`, hired_dt: day(addDays(utc('2016-02-01'), between(0, 3700))), contract: i < 6 ? 'employed' : 'self_employed', licence_cat: i % 4 === 0 ? 'C1' : 'B' });
  }
  const vans = [
    ['YK21 HPT', 'Ford', 'Transit', 'diesel', 1300], ['YK21 HPV', 'Ford', 'Transit', 'diesel', 1300], ['YJ70 WRN', 'Mercedes-Benz', 'Sprinter', 'diesel', 1450],
    ['YJ70 WRO', 'Mercedes-Benz', 'Sprinter', 'diesel', 1450], ['YB24 EVX', 'Vauxhall', 'Vivaro Electric', 'electric', 1000], ['YB24 EVZ', 'Vauxhall', 'Vivaro Electric', 'electric', 1000],
    ['YE73 LDN', 'Renault', 'Master E-Tech', 'electric', 1100], ['YC19 MXA', 'Peugeot', 'Boxer', 'diesel', 1250],
  ].map(([reg_no, make, model, fuel, payload_kg]) => ({ reg_no, make, model, fuel, payload_kg }));
  const routes = [
    ['R01', 'City centre', 38], ['R02', 'Headingley', 46], ['R03', 'Roundhay', 52], ['R04', 'Horsforth', 61], ['R05', 'Morley', 58], ['R06', 'Wetherby', 94], ['R07', 'Otley', 83],
  ].map(([route_cd, area, planned_km]) => ({ route_cd, area, planned_km }));
  const senders = ['Northern Knitwear Ltd', 'Pennine Outdoor', 'Brightside Books', 'Kettle & Co', 'Dales Soap Company', 'PartsPoint Motor Factors', 'Yorkshire Tea Gifts', 'private'];
  const parcels = [];
  const runs = [];
  const attempts = [];
  const waiting = new Map(routes.map((r) => [r.route_cd, []]));
  let when = utc('2026-03-02');
  const end = utc('2026-11-30');
  let tracking = 480017;
  while (when <= end) {
    if (!isSunday(when)) {
      for (const route of routes) {
        const arriving = when.getUTCDay() === 6 ? between(1, 3) : between(3, 8);
        for (let p = 0; p < arriving; p += 1) {
          const service = pick(['standard', 'standard', 'standard', 'next_day', 'next_day', 'signed_for', 'economy']);
          const parcel = { tracking_no: `SLD${tracking}GB`, sender: pick(senders), service, wt_g: service === 'economy' ? between(100, 2000) : between(150, 25000), recv_dt: day(when), route_cd: route.route_cd, dest_postcode: `LS${between(1, 29)} ${between(1, 9)}${pick(['AB', 'DE', 'FG', 'HJ', 'NP', 'QR', 'TU', 'WX'])}`, tries: 0 };
          tracking += between(1, 17);
          parcels.push(parcel);
          waiting.get(route.route_cd).push(parcel);
        }
      }
      const onShift = shuffled(drivers, between).slice(0, when.getUTCDay() === 6 ? 3 : 7);
      const freeVans = [...vans];
      const todays = routes.filter((r) => waiting.get(r.route_cd).length > 0).slice(0, onShift.length);
      todays.forEach((route, index) => {
        const driver = onShift[index];
        const van = freeVans.splice(between(0, freeVans.length - 1), 1)[0];
        const out = addMinutes(when, 7 * 60 + 15 + between(0, 50));
        const load = waiting.get(route.route_cd).splice(0);
        const run = { run_id: 0, run_dt: day(when), route_cd: route.route_cd, driver_id: driver.driver_id, van_reg: van.reg_no, out_ts: stamp(out), back_ts: null, km: Math.round(route.planned_km * (0.9 + random() * 0.35)) };
        runs.push(run);
        let clock = addMinutes(out, between(15, 35));
        for (const parcel of load) {
          clock = addMinutes(clock, between(4, 14));
          const roll = random();
          parcel.tries += 1;
          let outcome = roll < 0.7 ? 'delivered' : roll < 0.8 ? 'neighbour' : roll < 0.86 ? 'safe_place' : roll < 0.96 ? 'carded' : roll < 0.98 ? 'refused' : 'bad_address';
          if (parcel.service === 'signed_for' && ['neighbour', 'safe_place'].includes(outcome)) outcome = 'carded';
          attempts.push({ attempt_id: 0, tracking_no: parcel.tracking_no, run, attempt_ts: stamp(clock), outcome, signed_by: outcome === 'delivered' && parcel.service === 'signed_for' ? pick(LAST).toUpperCase() : null });
          if (outcome === 'carded' && parcel.tries < 3) waiting.get(route.route_cd).push(parcel);
        }
        run.back_ts = stamp(addMinutes(clock, between(20, 45)));
      });
    }
    when = addDays(when, 1);
  }
  runs.forEach((run, index) => (run.run_id = 9001 + index));
  writeTable('parcel_depot', 'drivers', drivers);
  writeTable('parcel_depot', 'vans', vans);
  writeTable('parcel_depot', 'routes', routes);
  writeTable('parcel_depot', 'parcels', parcels.map(({ tries, ...parcel }) => parcel));
  writeTable('parcel_depot', 'runs', runs);
  writeTable('parcel_depot', 'delivery_attempts', attempts.map(({ run, ...attempt }, index) => ({ ...attempt, attempt_id: index + 1, run_id: run.run_id })));
}

function brewery() {
  const { random, pick, between } = seeded(20260410);
  const beers = [
    ['Harbour Light', 'Pale Ale', 3.8, 32, true], ['Breakwater', 'Best Bitter', 4.2, 38, true], ['Lighthouse IPA', 'IPA', 5.9, 62, true],
    ['Black Rock', 'Stout', 4.8, 42, true], ['Sea Fret', 'Session IPA', 4.1, 45, true], ['Lugworm', 'Mild', 3.4, 22, false],
    ['Spring Tide', 'Saison', 5.2, 28, false], ['Double Anchor', 'Double IPA', 8.2, 85, false], ['Old Harbour', 'Porter', 5.0, 35, false],
    ['Mackerel Sky', 'Lager', 4.6, 24, true],
  ].map(([name, style, abv, ibu, core], index) => ({ beer_id: index + 1, name, style, abv: abv.toFixed(1), ibu, core_range: core }));
  const seasons = { Lugworm: [3, 5], 'Spring Tide': [3, 6], 'Double Anchor': [6, 8], 'Old Harbour': [9, 11] };
  const vessels = [
    ['FV1', 'fermenter', 20], ['FV2', 'fermenter', 20], ['FV3', 'fermenter', 20], ['FV4', 'fermenter', 40], ['FV5', 'fermenter', 40], ['BT1', 'bright_tank', 20], ['BT2', 'bright_tank', 40],
  ].map(([vessel_id, kind, capacity_hl]) => ({ vessel_id, kind, capacity_hl, installed_yr: vessel_id === 'FV4' || vessel_id === 'FV5' || vessel_id === 'BT2' ? 2024 : 2019 }));
  const fermenters = vessels.filter((v) => v.kind === 'fermenter');
  const freeOn = new Map(fermenters.map((v) => [v.vessel_id, utc('2026-01-05')]));
  const brews = [];
  let when = utc('2026-01-05');
  while (when <= utc('2026-11-26')) {
    const weekday = when.getUTCDay();
    if (weekday === 2 || weekday === 4) {
      const month = when.getUTCMonth() + 1;
      const choices = beers.filter((b) => b.core_range || (seasons[b.name][0] <= month && month <= seasons[b.name][1]));
      const beer = pick(choices);
      const vessel = fermenters.find((v) => freeOn.get(v.vessel_id) <= when);
      if (vessel) {
        const lager = beer.style === 'Lager';
        const days = lager ? between(24, 30) : between(9, 16);
        const vol = Number((vessel.capacity_hl * (0.86 + random() * 0.1)).toFixed(1));
        const fg = 1.008 + between(0, 6) / 1000;
        const og = fg + Number(beer.abv) / 131.25 + between(-2, 2) / 1000;
        const packaged = addDays(when, days);
        const dumped = random() < 0.03;
        brews.push({
          batch_no: `B26-${pad(brews.length + 1)}`,
          beer_id: beer.beer_id,
          brew_dt: day(when),
          fv_id: vessel.vessel_id,
          vol_hl: vol.toFixed(1),
          og: og.toFixed(3),
          fg: fg.toFixed(3),
          pkg_dt: packaged <= utc('2026-11-30') && !dumped ? day(packaged) : null,
          dumped,
        });
        freeOn.set(vessel.vessel_id, addDays(packaged, 1));
      }
    }
    when = addDays(when, 1);
  }
  brews.forEach((b, index) => (b.batch_no = `B26-${String(index + 1).padStart(3, '0')}`));
  const customers = [
    ['The Ship Inn', 'pub', 'Whitby'], ['The Fisherman\'s Arms', 'pub', 'Staithes'], ['Crown & Anchor', 'pub', 'Robin Hood\'s Bay'], ['The Station Tap', 'pub', 'Scarborough'],
    ['The Golden Lion', 'pub', 'Whitby'], ['Hops & Crops', 'bottle_shop', 'Scarborough'], ['Bottle Bank', 'bottle_shop', 'Malton'], ['Saltwater Kitchen', 'restaurant', 'Whitby'],
    ['The Old Granary', 'restaurant', 'Pickering'], ['North Coast Drinks Ltd', 'wholesaler', 'Middlesbrough'], ['Moorland Wholesale', 'wholesaler', 'York'], ['The Black Horse', 'pub', 'Pickering'],
    ['Cliff Top Caravan Park', 'other', 'Filey'], ['The Lobster Pot', 'pub', 'Filey'],
  ].map(([name, cust_type, town], index) => ({ cust_id: 101 + index, name, cust_type, town, acct_opened: day(addDays(utc('2019-04-01'), between(0, 2500))) }));
  const formats = {
    pub: ['keg_30l', 'keg_30l', 'firkin', 'firkin', 'firkin'], bottle_shop: ['can_case', 'can_case', 'can_case', 'keg_30l'], restaurant: ['keg_30l', 'can_case'],
    wholesaler: ['keg_30l', 'keg_30l', 'firkin', 'can_case', 'can_case'], other: ['can_case', 'keg_30l'],
  };
  const listPrice = { keg_30l: 118, firkin: 96, can_case: 46 };
  const orders = [];
  for (let i = 0; i < 340; i += 1) {
    const customer = pick(customers);
    const packaged = brews.filter((b) => b.pkg_dt && !b.dumped);
    const batch = pick(packaged);
    const orderDay = addDays(utc(batch.pkg_dt), between(1, 35));
    if (orderDay > utc('2026-11-30') || day(orderDay) < customer.acct_opened) continue;
    const beer = beers[batch.beer_id - 1];
    const fmt = beer.style === 'Lager' && pick(formats[customer.cust_type]) === 'firkin' ? 'keg_30l' : pick(formats[customer.cust_type]);
    const strength = Number(beer.abv) > 5.5 ? 1.25 : 1;
    const discount = customer.cust_type === 'wholesaler' ? 0.82 : 1;
    const roll = random();
    orders.push({
      order_id: 0,
      cust_id: customer.cust_id,
      batch_no: batch.batch_no,
      order_dt: day(orderDay),
      fmt,
      qty: customer.cust_type === 'wholesaler' ? between(4, 20) : between(1, 6),
      unit_price: money(listPrice[fmt] * strength * discount),
      status: roll < 0.9 ? 'delivered' : roll < 0.96 ? 'cancelled' : 'returned',
    });
  }
  orders.sort((a, b) => a.order_dt.localeCompare(b.order_dt) || a.cust_id - b.cust_id || a.batch_no.localeCompare(b.batch_no));
  orders.forEach((order, index) => (order.order_id = 7001 + index));
  writeTable('brewery', 'beers', beers);
  writeTable('brewery', 'vessels', vessels);
  writeTable('brewery', 'brews', brews);
  writeTable('brewery', 'customers', customers);
  writeTable('brewery', 'orders', orders);
}

vetPractice();
parcelDepot();
brewery();

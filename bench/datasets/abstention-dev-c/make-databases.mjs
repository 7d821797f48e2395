// Writes databases/{ski_resort,car_rental,lettings}/data/*.csv: three small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-c/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, csvTableWriter, day, money, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Anouk', 'Bram', 'Chiara', 'Dmitri', 'Esme', 'Felix', 'Gwen', 'Henrik', 'Ines', 'Joao', 'Klara', 'Lorcan', 'Marta', 'Niamh', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Stellan', 'Tamsin', 'Umar', 'Vera', 'Wendell', 'Ximena', 'Yusuf', 'Zofia'];
const LAST = ['Abernethy', 'Baptista', 'Castellano', 'Dijkstra', 'Eriksen', 'Ferreira', 'Gallagher', 'Hoffmann', 'Iqbal', 'Jovanovic', 'Keane', 'Lemaire', 'Mendes', 'Nowak', 'Okafor', 'Pinheiro', 'Quinlan', 'Rossi', 'Sandoval', 'Thornton', 'Varga', 'Wojcik'];

/** A ski area's lifts, lift-pass products and the passes sold, gate scans and the daily snow report, 2025-12-13 to 2026-04-12. */
function skiResort() {
  const { random, pick, between } = seeded(20251213);
  const lifts = [
    ['Talstation Express', 'gondola', 10, 'Valley', 812, 2400, 2011],
    ['Birkenhang', 'chairlift', 6, 'Valley', 455, 2800, 2016],
    ['Sonnenjet', 'chairlift', 4, 'Sonnseite', 390, 2000, 2004],
    ['Gamsbahn', 'chairlift', 6, 'Gipfel', 520, 3000, 2021],
    ['Gletscherblick', 'chairlift', 2, 'Gipfel', 300, 1200, 1992],
    ['Wiesenlift', 'drag lift', 1, 'Sonnseite', 160, 900, 1988],
    ['Kinderland Band', 'magic carpet', null, 'Valley', 12, 1500, 2019],
    ['Kammlift', 'drag lift', 1, 'Gipfel', 210, 800, 1995],
  ].map(([name, lift_type, seats, sector, vertical_m, hourly_capacity, built_year], index) => ({ lift_id: index + 1, name, lift_type, seats, sector, vertical_m, hourly_capacity, built_year }));
  const kinds = [['Day pass', 1, 62], ['Afternoon pass', 1, 48], ['3-day pass', 3, 171], ['6-day pass', 6, 318], ['Season pass', 121, 890]];
  const ages = [['adult', 1], ['youth', 0.75], ['child', 0.5], ['senior', 0.85]];
  const products = [];
  for (const [kind, days_valid, price] of kinds) {
    for (const [age_group, factor] of ages) {
      products.push({ product_id: 1 + products.length, product_name: kind, age_group, days_valid, price: money(Math.round(price * factor)) });
    }
  }
  const countries = ['DE', 'DE', 'DE', 'NL', 'NL', 'AT', 'AT', 'GB', 'BE', 'DK', 'CH', 'PL', 'CZ'];
  const seasonStart = new Date(Date.UTC(2025, 11, 13));
  const conditions = [];
  let base = 45;
  for (let offset = 0; offset < 121; offset += 1) {
    const date = addDays(seasonStart, offset);
    const fresh = random() < 0.22 ? between(2, 45) : 0;
    base = Math.max(20, base + Math.round(fresh * 0.6) - between(offset > 85 ? 3 : 0, offset > 85 ? 9 : 3)); // new snow settles; spring melts it
    const late = offset > 95;
    conditions.push({
      day: day(date),
      snow_base_cm: base,
      fresh_snow_cm: fresh,
      min_temp_c: late ? between(-6, 4) : between(-17, -2),
      max_wind_kmh: between(5, random() < 0.1 ? 95 : 45),
      slopes_open: Math.min(42, between(24, 42) - (late ? between(0, 12) : 0)),
      avalanche_level: fresh > 25 ? between(3, 4) : between(1, 2),
    });
  }
  const passes = [];
  const scans = [];
  for (let n = 0; n < 900; n += 1) {
    const kindIndex = pick([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4]);
    const ageIndex = pick([0, 0, 0, 0, 1, 2, 2, 3]);
    const product = products[kindIndex * ages.length + ageIndex];
    const firstDay = kindIndex === 4 ? between(0, 20) : between(0, 120 - product.days_valid + 1);
    const first = addDays(seasonStart, firstDay);
    const channel = pick(['ticket office', 'ticket office', 'online', 'online', 'online', 'hotel partner']);
    const bought = channel === 'online' || kindIndex === 4 ? addDays(first, -between(0, kindIndex === 4 ? 40 : 21)) : first;
    const pass = { pass_id: 40001 + n, product_id: product.product_id, bought_on: day(bought), first_valid: day(first), sales_channel: channel, guest_country: pick(countries) };
    passes.push(pass);
    const skiDays = kindIndex === 4 ? between(3, 14) : product.days_valid;
    for (let d = 0; d < skiDays; d += 1) {
      const date = kindIndex === 4 ? addDays(first, between(0, 120 - firstDay)) : addDays(first, d);
      if (date > addDays(seasonStart, 120)) continue;
      const rides = product.age_group === 'child' ? between(1, 4) : between(1, 6);
      let minute = kindIndex === 1 ? between(750, 800) : between(510, 600);
      for (let r = 0; r < rides && minute < 990; r += 1) {
        const lift = r === 0 && kindIndex !== 1 ? lifts[0] : product.age_group === 'child' && random() < 0.4 ? lifts[6] : pick(lifts.slice(0, 6).concat(lifts.slice(7)));
        scans.push({ scan_id: 0, pass_id: pass.pass_id, lift_id: lift.lift_id, scanned_at: stamp(addMinutes(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())), minute)) });
        minute += between(12, 70);
      }
    }
  }
  scans.sort((a, b) => (a.scanned_at < b.scanned_at ? -1 : a.scanned_at > b.scanned_at ? 1 : a.pass_id - b.pass_id));
  scans.forEach((s, index) => { s.scan_id = 1 + index; });
  writeTable('ski_resort', 'lifts', ['lift_id', 'name', 'lift_type', 'seats', 'sector', 'vertical_m', 'hourly_capacity', 'built_year'], lifts);
  writeTable('ski_resort', 'pass_products', ['product_id', 'product_name', 'age_group', 'days_valid', 'price'], products);
  writeTable('ski_resort', 'passes', ['pass_id', 'product_id', 'bought_on', 'first_valid', 'sales_channel', 'guest_country'], passes);
  writeTable('ski_resort', 'gate_scans', ['scan_id', 'pass_id', 'lift_id', 'scanned_at'], scans);
  writeTable('ski_resort', 'daily_conditions', ['day', 'snow_base_cm', 'fresh_snow_cm', 'min_temp_c', 'max_wind_kmh', 'slopes_open', 'avalanche_level'], conditions);
}

/** A car-hire firm in Portugal and Spain: branches, fleet, customers, rentals and damage reports, June to November 2026. */
function carRental() {
  const { random, pick, between } = seeded(20260601);
  const branches = [
    ['LIS-APT', 'Lisbon Airport', 'Lisbon', true], ['LIS-CTR', 'Lisbon Saldanha', 'Lisbon', false], ['OPO-APT', 'Porto Airport', 'Porto', true],
    ['FAO-APT', 'Faro Airport', 'Faro', true], ['MAD-ATO', 'Madrid Atocha', 'Madrid', false], ['SVQ-APT', 'Seville Airport', 'Seville', true],
  ].map(([br_code, br_name, city, is_apt], index) => ({ br_id: index + 1, br_code, br_name, city, is_apt }));
  const models = [
    ['ECON', 'Fiat', 'Panda', 'petrol', 29], ['ECON', 'Renault', 'Clio', 'petrol', 32], ['COMP', 'Volkswagen', 'Golf', 'diesel', 41],
    ['COMP', 'Toyota', 'Corolla', 'hybrid', 45], ['SUV', 'Peugeot', '3008', 'diesel', 58], ['SUV', 'Kia', 'Sportage', 'hybrid', 61],
    ['VAN', 'Ford', 'Tourneo Custom', 'diesel', 89], ['PREM', 'BMW', '320d', 'diesel', 95], ['PREM', 'Tesla', 'Model 3', 'ev', 99],
  ];
  const vehicles = [];
  for (let i = 0; i < 48; i += 1) {
    const [veh_class, make, model, fuel] = models[i % models.length];
    const letters = String.fromCharCode(65 + (i * 7) % 26, 65 + (i * 11 + 3) % 26);
    vehicles.push({ veh_id: 501 + i, plate_no: `${between(10, 99)}-${letters}-${between(10, 99)}`, veh_class, make, model, fuel, mfg_yr: between(2021, 2026), odo_km: 0, home_br: pick(branches).br_id });
  }
  const tiers = ['none', 'none', 'none', 'silver', 'silver', 'gold'];
  const licence = ['PT', 'PT', 'ES', 'ES', 'GB', 'GB', 'DE', 'FR', 'NL', 'US', 'IE'];
  const customers = [];
  for (let i = 0; i < 140; i += 1) {
    customers.push({ cust_id: 7001 + i, f_name: pick(FIRST), l_name: pick(LAST), lic_country: pick(licence), loyalty_tier: pick(tiers), signup_dt: day(addDays(new Date(Date.UTC(2019, 2, 1)), between(0, 2700))) });
  }
  const rentals = [];
  const damage = [];
  const start = new Date(Date.UTC(2026, 5, 1));
  const odometer = new Map(vehicles.map((v) => [v.veh_id, between(3000, 90000)]));
  for (let n = 0; n < 420; n += 1) {
    const vehicle = pick(vehicles);
    const customer = pick(customers);
    const out = addDays(start, between(0, 179));
    const length = pick([1, 2, 3, 3, 4, 5, 7, 7, 10, 14]);
    const due = addDays(out, length);
    const pickup = random() < 0.7 ? vehicle.home_br : pick(branches).br_id;
    const ret = random() < 0.85 ? pickup : pick(branches).br_id;
    const rate = models.find((m) => m[2] === vehicle.model)[4] * (out.getUTCMonth() === 6 || out.getUTCMonth() === 7 ? 1.3 : 1) * (customer.loyalty_tier === 'gold' ? 0.9 : 1);
    let status = random() < 0.06 ? 'cancelled' : random() < 0.04 ? 'no_show' : 'completed';
    if (status === 'completed' && due > new Date(Date.UTC(2026, 10, 30))) status = 'on_rent';
    const late = status === 'completed' && random() < 0.12 ? Math.min(between(1, 2), Math.round((Date.UTC(2026, 10, 30) - due) / 86_400_000)) : 0;
    const km = between(40, 180) * length;
    const kmOut = odometer.get(vehicle.veh_id);
    const driven = status === 'completed';
    if (driven) odometer.set(vehicle.veh_id, kmOut + km);
    const ins = pick(['none', 'none', 'CDW', 'CDW', 'SCDW']);
    const rental = {
      rental_id: 0,
      cust_id: customer.cust_id,
      veh_id: vehicle.veh_id,
      pickup_br: pickup,
      return_br: status === 'completed' || status === 'on_rent' ? ret : null,
      out_dt: day(out),
      due_dt: day(due),
      in_dt: driven ? day(addDays(due, late)) : null,
      km_out: status === 'cancelled' || status === 'no_show' ? null : kmOut,
      km_in: driven ? kmOut + km : null,
      day_rate_amt: money(rate),
      ins_opt: ins,
      total_amt: status === 'cancelled' ? money(0) : status === 'no_show' ? money(rate) : money(rate * (length + late) + (ins === 'CDW' ? 9 : ins === 'SCDW' ? 17 : 0) * (length + late) + (pickup !== ret ? 75 : 0)),
      status,
    };
    rentals.push(rental);
  }
  rentals.sort((a, b) => (a.out_dt < b.out_dt ? -1 : a.out_dt > b.out_dt ? 1 : a.cust_id - b.cust_id));
  rentals.forEach((r, index) => {
    r.rental_id = 300001 + index;
    if (r.status === 'completed' && random() < 0.11) {
      const area = pick(['windscreen', 'bumper', 'door', 'tyre', 'mirror', 'interior', 'wheel rim']);
      const est = { windscreen: 420, bumper: 650, door: 900, tyre: 180, mirror: 240, interior: 150, 'wheel rim': 210 }[area] * (0.6 + random() * 0.8);
      damage.push({ dmg_id: 1 + damage.length, rental_id: r.rental_id, reported_dt: r.in_dt, dmg_area: area, est_cost_amt: money(est), charged_amt: money(r.ins_opt === 'SCDW' ? 0 : r.ins_opt === 'CDW' ? Math.min(est, 300) : Math.min(est, 1200)) });
    }
  });
  for (const v of vehicles) v.odo_km = odometer.get(v.veh_id);
  writeTable('car_rental', 'branches', ['br_id', 'br_code', 'br_name', 'city', 'is_apt'], branches);
  writeTable('car_rental', 'vehicles', ['veh_id', 'plate_no', 'veh_class', 'make', 'model', 'fuel', 'mfg_yr', 'odo_km', 'home_br'], vehicles);
  writeTable('car_rental', 'customers', ['cust_id', 'f_name', 'l_name', 'lic_country', 'loyalty_tier', 'signup_dt'], customers);
  writeTable('car_rental', 'rentals', ['rental_id', 'cust_id', 'veh_id', 'pickup_br', 'return_br', 'out_dt', 'due_dt', 'in_dt', 'km_out', 'km_in', 'day_rate_amt', 'ins_opt', 'total_amt', 'status'], rentals);
  writeTable('car_rental', 'dmg_reports', ['dmg_id', 'rental_id', 'reported_dt', 'dmg_area', 'est_cost_amt', 'charged_amt'], damage);
}

/** A letting agent in the English Midlands: landlords, properties, tenancies, rent due and paid, and repairs, 2025-2026. */
function lettings() {
  const { random, pick, between } = seeded(20250901);
  const landlords = [];
  const firms = ['Brookfield Estates Ltd', 'Calder Property Holdings', 'Redbrick Homes LLP', 'Oakmere Lettings Ltd'];
  for (let i = 0; i < 22; i += 1) {
    const company = i < firms.length;
    landlords.push({
      landlord_id: 11 + i,
      full_name: company ? firms[i] : `${pick(FIRST)} ${pick(LAST)}`,
      is_company: company,
      phone: `07${between(100, 999)} ${between(100000, 999999)}`,
      joined_on: day(addDays(new Date(Date.UTC(2015, 0, 5)), between(0, 3800))),
    });
  }
  const towns = [['Leicester', 'LE'], ['Leicester', 'LE'], ['Loughborough', 'LE'], ['Nottingham', 'NG'], ['Nottingham', 'NG'], ['Derby', 'DE']];
  const streets = ['Aylestone Road', 'Clarendon Park Road', 'Queens Road', 'Forest Road', 'Ashby Road', 'Mansfield Road', 'Lenton Boulevard', 'Burton Road', 'Belper Road', 'Welford Road', 'Narborough Road', 'Derby Road', 'Radford Road', 'Kedleston Road'];
  const types = [['flat', 1, 2], ['flat', 1, 2], ['studio', 0, 0], ['terraced house', 2, 3], ['terraced house', 2, 3], ['semi-detached house', 3, 4], ['detached house', 4, 5], ['HMO', 5, 7]];
  const properties = [];
  for (let i = 0; i < 75; i += 1) {
    const [town, area] = pick(towns);
    const [property_type, low, high] = pick(types);
    properties.push({
      property_id: 101 + i,
      landlord_id: pick(landlords).landlord_id,
      address: `${between(1, 240)} ${pick(streets)}${property_type === 'flat' || property_type === 'studio' ? `, Flat ${between(1, 12)}` : ''}`,
      town,
      postcode: `${area}${between(1, 11)} ${between(1, 9)}${String.fromCharCode(65 + between(0, 25), 65 + between(0, 25))}`,
      property_type,
      bedrooms: between(low, high),
      service_level: pick(['fully managed', 'fully managed', 'rent collection', 'let only']),
      epc_band: pick(['B', 'C', 'C', 'C', 'D', 'D', 'E']),
      furnished: property_type === 'HMO' || property_type === 'studio' || random() < 0.3,
    });
  }
  const CONTRACTORS = {
    plumbing: ['Midshires Plumbing & Heating', 'A1 Handyman Services'], heating: ['Midshires Plumbing & Heating'], electrical: ['Sparks Electrical'],
    'damp and mould': ['DryWall Damp Solutions', 'A1 Handyman Services'], appliances: ['Sparks Electrical', 'A1 Handyman Services'], roof: ['Trent Roofing'],
    pests: ['PestAway'], locks: ['A1 Handyman Services', 'KeyRight Locksmiths'],
  };
  const tenancies = [];
  const payments = [];
  const repairs = [];
  const today = new Date(Date.UTC(2026, 10, 30));
  for (const property of properties) {
    let cursor = addDays(new Date(Date.UTC(2024, 8, 1)), between(0, 300));
    const baseRent = { studio: 575, flat: 650, 'terraced house': 825, 'semi-detached house': 1050, 'detached house': 1450, HMO: 2300 }[property.property_type] + property.bedrooms * 40;
    while (cursor < today) {
      const months = pick([6, 12, 12, 12, 18, 24]);
      const end = addDays(cursor, Math.round(months * 30.44) - 1);
      const ended = end < today && random() < 0.6;
      const status = end < today ? (ended ? 'ended' : 'periodic') : random() < 0.1 ? 'notice given' : 'active';
      const rent = Math.round(baseRent * (0.9 + random() * 0.25) / 5) * 5;
      const tenancy = {
        tenancy_id: 0,
        property_id: property.property_id,
        lead_tenant: `${pick(FIRST)} ${pick(LAST)}`,
        occupants: property.property_type === 'HMO' ? between(4, property.bedrooms) : between(1, Math.max(1, property.bedrooms + 1)),
        start_date: day(cursor),
        end_date: status === 'periodic' ? null : day(end),
        monthly_rent: money(rent),
        deposit: money(Math.round(rent * 12 / 52 * 5)),
        status,
      };
      tenancies.push(tenancy);
      const stop = status === 'ended' ? end : today;
      for (let due = cursor; due <= stop; due = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()))) {
        if (due < new Date(Date.UTC(2025, 11, 1))) continue; // the ledger starts on 2025-12-01
        const roll = random();
        const paid = roll < 0.8 ? due : roll < 0.93 ? addDays(due, between(3, 25)) : null;
        payments.push({
          payment_id: 0,
          tenancy: tenancy,
          due_date: day(due),
          amount_due: money(rent),
          amount_paid: paid ? money(roll > 0.9 && roll < 0.93 ? rent / 2 : rent) : money(0),
          paid_date: paid && paid <= today ? day(paid) : null,
          method: paid && paid <= today ? pick(['standing order', 'standing order', 'standing order', 'bank transfer', 'card']) : null,
        });
        if (paid && paid > today) payments[payments.length - 1].amount_paid = money(0);
      }
      if (status === 'ended') cursor = addDays(end, between(1, 75));
      else break;
    }
    const count = between(0, property.property_type === 'HMO' ? 6 : 3);
    for (let r = 0; r < count; r += 1) {
      const category = pick(['plumbing', 'heating', 'electrical', 'damp and mould', 'appliances', 'roof', 'pests', 'locks']);
      const reported = addDays(new Date(Date.UTC(2025, 11, 1)), between(0, 363));
      const priority = category === 'heating' && reported.getUTCMonth() < 3 ? 'emergency' : pick(['urgent', 'routine', 'routine', 'routine', 'emergency']);
      const doneAfter = priority === 'emergency' ? between(0, 2) : priority === 'urgent' ? between(1, 7) : between(3, 40);
      const completed = addDays(reported, doneAfter);
      repairs.push({
        repair_id: 0,
        property_id: property.property_id,
        reported_on: day(reported),
        category,
        priority,
        contractor: pick(CONTRACTORS[category]),
        cost: money(between(45, category === 'roof' ? 1800 : 650)),
        completed_on: completed <= today ? day(completed) : null,
      });
    }
  }
  tenancies.sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : a.property_id - b.property_id));
  tenancies.forEach((t, index) => { t.tenancy_id = 5001 + index; });
  payments.sort((a, b) => (a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : a.tenancy.tenancy_id - b.tenancy.tenancy_id));
  const paymentRows = payments.map(({ tenancy, ...rest }, index) => ({ ...rest, payment_id: 800001 + index, tenancy_id: tenancy.tenancy_id }));
  repairs.sort((a, b) => (a.reported_on < b.reported_on ? -1 : a.reported_on > b.reported_on ? 1 : a.property_id - b.property_id));
  repairs.forEach((r, index) => { r.repair_id = 1 + index; });
  writeTable('lettings', 'landlords', ['landlord_id', 'full_name', 'is_company', 'phone', 'joined_on'], landlords);
  writeTable('lettings', 'properties', ['property_id', 'landlord_id', 'address', 'town', 'postcode', 'property_type', 'bedrooms', 'service_level', 'epc_band', 'furnished'], properties);
  writeTable('lettings', 'tenancies', ['tenancy_id', 'property_id', 'lead_tenant', 'occupants', 'start_date', 'end_date', 'monthly_rent', 'deposit', 'status'], tenancies);
  writeTable('lettings', 'rent_ledger', ['payment_id', 'tenancy_id', 'due_date', 'amount_due', 'amount_paid', 'paid_date', 'method'], paymentRows);
  writeTable('lettings', 'repairs', ['repair_id', 'property_id', 'reported_on', 'category', 'priority', 'contractor', 'cost', 'completed_on'], repairs);
}

skiResort();
carRental();
lettings();

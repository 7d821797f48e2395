// Writes databases/{factory,charity,cinema}/data/*.csv: three small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-b/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, csvTableWriter, day, money, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Agnes', 'Bilal', 'Carmen', 'Declan', 'Elif', 'Fergus', 'Greta', 'Hiro', 'Isla', 'Jonas', 'Keira', 'Luis', 'Maud', 'Nadia', 'Owen', 'Paula', 'Rafael', 'Sinead', 'Tobias', 'Ursula', 'Vikram', 'Wilma', 'Yara', 'Zoltan'];
const LAST = ['Achterberg', 'Brennan', 'Chowdhury', 'Delacroix', 'Engel', 'Fitzgerald', 'Grant', 'Haddad', 'Ishikawa', 'Jansen', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Novak', "O'Connell", 'Pereira', 'Ruiz', 'Schofield', 'Tanaka', 'Whitfield'];

function factory() {
  const { random, pick, between } = seeded(20261102);
  const lines = [
    ['L1', 'Bottling', 'beverages', '2014-03-10', 120],
    ['L2', 'Canning', 'beverages', '2017-09-04', 150],
    ['L3', 'Cartoning', 'dairy', '2019-01-21', 90],
    ['L4', 'Labelling', 'beverages', '2021-06-14', 200],
  ].map(([code, line_name, product_family, commissioned, rated_units_per_hr], index) => ({ line_id: index + 1, code, line_name, product_family, commissioned, rated_units_per_hr }));
  const roles = ['operator', 'operator', 'operator', 'operator', 'technician', 'supervisor'];
  const operators = [];
  for (let i = 0; i < 18; i += 1) {
    operators.push({
      op_id: 101 + i,
      full_name: `${FIRST[(i * 5) % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      role: i < 4 ? 'supervisor' : pick(roles.slice(0, 5)),
      hired: day(addDays(new Date(Date.UTC(2012, 0, 9)), between(0, 13 * 365))),
    });
  }
  const supervisors = operators.filter((o) => o.role === 'supervisor');
  const crew = operators.filter((o) => o.role !== 'supervisor');
  const skus = {
    beverages: [['SKU-330C', 'Cola 330ml'], ['SKU-500W', 'Still water 500ml'], ['SKU-750J', 'Orange juice 750ml']],
    dairy: [['SKU-1LM', 'Whole milk 1l'], ['SKU-500Y', 'Plain yoghurt 500g']],
  };
  const shifts = [];
  const runs = [];
  const defects = [];
  const start = new Date(Date.UTC(2026, 9, 19)); // Monday 2026-10-19 to Sunday 2026-11-29
  for (let offset = 0; offset < 42; offset += 1) {
    const date = addDays(start, offset);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue; // weekdays only
    for (const line of lines) {
      if (random() < 0.3) continue; // not every line runs every day
      for (const shift_code of ['A', 'B']) {
        if (shift_code === 'B' && random() < 0.5) continue;
        const shift_id = 1 + shifts.length;
        const hours = shift_code === 'A' ? 8 : 7.5;
        const downtime = random() < 0.35 ? between(10, 95) : 0;
        shifts.push({ shift_id, line_id: line.line_id, dt: day(date), shift_code, supervisor_id: pick(supervisors).op_id, downtime_min: downtime });
        const [sku, sku_desc] = pick(skus[line.product_family]);
        const planned = Math.round(line.rated_units_per_hr * hours);
        const qty = Math.round(planned * (0.7 + random() * 0.28) - downtime * line.rated_units_per_hr / 60);
        const scrap = between(0, Math.round(qty * 0.04));
        const run_id = 5001 + runs.length;
        runs.push({ run_id, shift_id, sku, sku_desc, planned_qty: planned, qty, scrap_qty: scrap, lead_op: pick(crew).op_id });
        const found = random() < 0.55 ? between(1, 3) : 0;
        for (let d = 0; d < found; d += 1) {
          const type = pick(['seal leak', 'label misaligned', 'underfill', 'dented can', 'cap missing', 'foreign particle', 'wrong batch code']);
          defects.push({
            defect_id: 1 + defects.length,
            run_id,
            defect_type: type,
            severity: type === 'foreign particle' ? 'critical' : pick(['minor', 'minor', 'minor', 'major']),
            units_affected: between(1, 60),
            found_at: stamp(addMinutes(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), shift_code === 'A' ? 6 : 14)), between(15, 420))),
            found_by: pick(crew).op_id,
          });
        }
      }
    }
  }
  writeTable('factory', 'lines', ['line_id', 'code', 'line_name', 'product_family', 'commissioned', 'rated_units_per_hr'], lines);
  writeTable('factory', 'operators', ['op_id', 'full_name', 'role', 'hired'], operators);
  writeTable('factory', 'shifts', ['shift_id', 'line_id', 'dt', 'shift_code', 'supervisor_id', 'downtime_min'], shifts);
  writeTable('factory', 'runs', ['run_id', 'shift_id', 'sku', 'sku_desc', 'planned_qty', 'qty', 'scrap_qty', 'lead_op'], runs);
  writeTable('factory', 'defects', ['defect_id', 'run_id', 'defect_type', 'severity', 'units_affected', 'found_at', 'found_by'], defects);
}

function charity() {
  const { random, pick, between } = seeded(20260415);
  const campaigns = [
    ['Winter Shelter Appeal 2025', 'mail', '2025-11-01', '2026-01-31', 40000],
    ['Spring Fun Run', 'event', '2026-03-01', '2026-04-30', 15000],
    ['Clean Water Wells', 'online', '2026-02-15', '2026-06-30', 60000],
    ['Summer Book Drive', 'street', '2026-06-01', '2026-08-31', 8000],
    ['Giving Tuesday 2026', 'online', '2026-11-24', '2026-11-30', 25000],
    ['Autumn Gala Dinner', 'event', '2026-10-10', '2026-10-10', 30000],
  ].map(([name, channel, start_dt, end_dt, target_amt], index) => ({ campaign_id: index + 1, name, channel, start_dt, end_dt, target_amt: money(target_amt) }));
  const places = [['Leeds', 'UK'], ['Bristol', 'UK'], ['Glasgow', 'UK'], ['Cardiff', 'UK'], ['Dublin', 'IE'], ['Cork', 'IE'], ['Manchester', 'UK'], ['York', 'UK']];
  const companies = ['Millstone Bakery Ltd', 'Harbourside Dental Practice', 'Greenway Builders', 'Northern Print Co', 'Foxglove Solicitors LLP', 'Quayside Hotel', 'Brightwater Engineering', 'Kestrel Accountants', 'Old Bridge Garage', 'Linden Tree Nurseries'];
  const donors = [];
  for (let i = 0; i < 60; i += 1) {
    const [city, country] = pick(places);
    const org = random() < 0.1;
    donors.push({
      donor_id: 2001 + i,
      first_name: pick(FIRST),
      last_name: pick(LAST),
      city,
      country,
      first_gift_dt: null,
      gift_aid: !org && country === 'UK' && random() < 0.6, // Gift Aid is for UK taxpayers' own gifts
      org,
    });
    if (donors[i].org) donors[i].org_name = companies[donors.filter((d) => d.org).length - 1];
  }
  const donations = [];
  for (const campaign of campaigns) {
    const from = new Date(`${campaign.start_dt}T00:00:00Z`);
    const to = new Date(`${campaign.end_dt}T00:00:00Z`);
    const span = Math.round((to - from) / 86_400_000);
    const count = campaign.channel === 'event' ? between(18, 30) : between(30, 55);
    for (let n = 0; n < count; n += 1) {
      const donor = pick(donors);
      const amount = donor.org ? pick([250, 500, 1000, 2500]) : pick([5, 10, 10, 20, 25, 25, 50, 50, 100, 150, 250]);
      donations.push({
        gift_id: 0,
        donor_id: donor.donor_id,
        campaign_id: campaign.campaign_id,
        dt: day(addDays(from, between(0, span))),
        amt: money(amount),
        pay_method: pick(['card', 'card', 'direct_debit', 'paypal', 'cheque', 'cash']),
        is_recurring: random() < 0.2,
      });
    }
  }
  donations.sort((a, b) => (a.dt < b.dt ? -1 : a.dt > b.dt ? 1 : a.donor_id - b.donor_id));
  donations.forEach((d, index) => {
    d.gift_id = 90001 + index;
    const donor = donors.find((x) => x.donor_id === d.donor_id);
    if (!donor.first_gift_dt || d.dt < donor.first_gift_dt) donor.first_gift_dt = d.dt;
  });
  // An organisation's first and last name are its contact's.
  const donorRows = donors.map(({ org, ...rest }) => ({ ...rest, donor_type: org ? 'organisation' : 'individual' }));
  writeTable('charity', 'campaigns', ['campaign_id', 'name', 'channel', 'start_dt', 'end_dt', 'target_amt'], campaigns);
  writeTable('charity', 'donors', ['donor_id', 'first_name', 'last_name', 'donor_type', 'org_name', 'city', 'country', 'first_gift_dt', 'gift_aid'], donorRows);
  writeTable('charity', 'donations', ['gift_id', 'donor_id', 'campaign_id', 'dt', 'amt', 'pay_method', 'is_recurring'], donations);
}

function cinema() {
  const { random, pick, between } = seeded(20261120);
  const sites = [
    ['Riverside', 'Norwich', 6], ['Old Market', 'Nottingham', 8], ['Harbour Lights', 'Plymouth', 4],
  ].map(([site_name, town, screens], index) => ({ site_id: index + 1, site_name, town, screens }));
  const films = [
    ['The Lantern Keeper', 'drama', '12A', 118, '2026-10-30'], ['Rust Belt Run', 'action', '15', 124, '2026-11-06'],
    ['Paws in Space', 'animation', 'U', 92, '2026-10-23'], ['Night Shift at Kestrel Hall', 'horror', '18', 101, '2026-10-30'],
    ['Marigold Summer', 'romance', '12A', 109, '2026-11-13'], ['The Quiet Hours', 'documentary', 'PG', 88, '2026-11-13'],
    ['Skyline Heist', 'action', '12A', 131, '2026-11-20'],
  ].map(([title, genre, cert, runtime_min, release_dt], index) => ({ film_id: index + 1, title, genre, cert, runtime_min, release_dt }));
  const prices = { adult: 11.5, child: 7, senior: 8.5, student: 8.5 };
  const screenings = [];
  const sales = [];
  const start = new Date(Date.UTC(2026, 10, 16)); // 2026-11-16 to 2026-11-29
  for (let offset = 0; offset < 14; offset += 1) {
    const date = addDays(start, offset);
    for (const site of sites) {
      const showing = films.filter((f) => f.release_dt <= day(date));
      const slots = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? [11, 14, 17, 20] : [17, 20];
      for (const hour of slots) {
        if (random() < 0.35) continue;
        const film = pick(showing.filter((f) => hour >= 17 || f.cert === 'U' || f.cert === 'PG' || random() < 0.4));
        const fmt = film.genre === 'action' && random() < 0.5 ? (site.site_id === 2 ? 'IMAX' : '3D') : film.genre === 'animation' && random() < 0.4 ? '3D' : '2D';
        const screening_id = 301 + screenings.length;
        const starts = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, pick([0, 15, 30])));
        screenings.push({ screening_id, site_id: site.site_id, film_id: film.film_id, screen_no: between(1, site.screens), starts_at: stamp(starts), fmt });
        const bookings = between(0, 5);
        for (let b = 0; b < bookings; b += 1) {
          const type = film.cert === '18' || film.cert === '15' ? pick(['adult', 'adult', 'student', 'senior']) : pick(['adult', 'child', 'child', 'senior', 'student']);
          const qty = type === 'child' ? between(1, 3) : between(1, 2);
          const surcharge = fmt === 'IMAX' ? 4 : fmt === '3D' ? 2 : 0;
          const channel = pick(['online', 'online', 'box_office', 'kiosk']);
          sales.push({
            sale_id: 70001 + sales.length,
            screening_id,
            ticket_type: type,
            qty,
            amt: money(qty * (prices[type] + surcharge)),
            channel,
            cust_id: channel === 'online' ? between(1, 80) : null,
            sold_at: stamp(addMinutes(starts, -between(5, channel === 'online' ? 4000 : 60))),
          });
        }
      }
    }
  }
  writeTable('cinema', 'sites', ['site_id', 'site_name', 'town', 'screens'], sites);
  writeTable('cinema', 'films', ['film_id', 'title', 'genre', 'cert', 'runtime_min', 'release_dt'], films);
  writeTable('cinema', 'screenings', ['screening_id', 'site_id', 'film_id', 'screen_no', 'starts_at', 'fmt'], screenings);
  writeTable('cinema', 'ticket_sales', ['sale_id', 'screening_id', 'ticket_type', 'qty', 'amt', 'channel', 'cust_id', 'sold_at'], sales);
}

factory();
charity();
cinema();

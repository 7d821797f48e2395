// Writes databases/<db>/data/*.csv for two small invented databases, the same bytes on every run (a seeded
// generator, no clock). Run from anywhere: node bench/datasets/probe-precise14/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, pad, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alys', 'Bryn', 'Carys', 'Dylan', 'Eira', 'Ffion', 'Gethin', 'Huw', 'Iolo', 'Lowri', 'Meinir', 'Nia', 'Owain', 'Rhys', 'Sian', 'Tomos'];
const LAST = ['Bevan', 'Cadwal', 'Evans', 'Griffith', 'Howell', 'Jenkins', 'Lloyd', 'Morgan', 'Parry', 'Powell', 'Pritchard', 'Rees', 'Vaughan', 'Wynne'];

/** A tennis club: members of three grades book four courts by the hour and pay a subscription each season. */
function tennisClub() {
  const { random, pick, between } = seeded(20261209);
  const nextName = namer(pick, FIRST, LAST);
  const courts = [
    { court_id: 1, court_nm: 'Centre Court', surface_cd: 'GRS', floodlit: true },
    { court_id: 2, court_nm: 'Orchard Court', surface_cd: 'GRS', floodlit: false },
    { court_id: 3, court_nm: 'River Court', surface_cd: 'HRD', floodlit: true },
    { court_id: 4, court_nm: 'Chapel Court', surface_cd: 'CLY', floodlit: false },
  ];
  const members = [];
  for (let i = 0; i < 60; i += 1) {
    const [first_nm, last_nm] = nextName();
    const joined = addDays(new Date(Date.UTC(2022, 3, 1)), between(0, 1500));
    const resigned = i % 6 === 2 ? addDays(joined, between(200, 500)) : null;
    const keepResigned = resigned && resigned < new Date(Date.UTC(2026, 10, 1)) ? resigned : null;
    members.push({ member_id: 301 + i, first_nm, last_nm, grade_cd: pick(['JNR', 'SNR', 'SNR', 'SNR', 'VET']), joined_dt: day(joined), resigned_dt: keepResigned ? day(keepResigned) : null, joined, resigned: keepResigned });
  }
  const payments = [];
  let paymentId = 1;
  for (const season of [2024, 2025, 2026]) {
    for (const m of members) {
      const start = new Date(Date.UTC(season, 3, 1));
      if (m.joined > new Date(Date.UTC(season, 8, 1)) || (m.resigned && m.resigned < start)) continue;
      const fee = m.grade_cd === 'JNR' ? 60 : m.grade_cd === 'VET' ? 95 : 140;
      const parts = random() < 0.3 ? 2 : 1;
      for (let k = 0; k < parts; k += 1) {
        payments.push({ payment_id: paymentId, member_id: m.member_id, season_yr: season, paid_on: day(addDays(start, between(0, 60) + k * 90)), amount_gbp: money(fee / parts) });
        paymentId += 1;
      }
    }
  }
  const bookings = [];
  let bookingId = 7001;
  for (let d = new Date(Date.UTC(2025, 3, 1)); d <= new Date(Date.UTC(2026, 10, 28)); d = addDays(d, 1)) {
    for (const court of courts) {
      if (random() < 0.45) continue;
      const n = between(1, 3);
      for (let k = 0; k < n; k += 1) {
        const active = members.filter((m) => m.joined <= d && (m.resigned === null || m.resigned > d));
        const member = pick(active.slice(0, Math.max(1, active.length - (court.surface_cd === 'CLY' ? 30 : 0))));
        const hours = pick(['1.0', '1.0', '1.5', '2.0']);
        const roll = random();
        const status = roll < 0.1 ? 'CXL' : roll < 0.15 ? 'NS' : 'OK';
        const rate = court.floodlit ? 9 : 7;
        bookings.push({ booking_id: bookingId, court_id: court.court_id, member_id: member.member_id, booked_for: `${day(d)} ${pad(8 + k * 3 + between(0, 2))}:00:00`, hours, fee_gbp: money(rate * Number(hours)), status_cd: status });
        bookingId += 1;
      }
    }
  }
  writeTable('tennis_club', 'court', ['court_id', 'court_nm', 'surface_cd', 'floodlit'], courts);
  writeTable('tennis_club', 'member', ['member_id', 'first_nm', 'last_nm', 'grade_cd', 'joined_dt', 'resigned_dt'], members);
  writeTable('tennis_club', 'subscription', ['payment_id', 'member_id', 'season_yr', 'paid_on', 'amount_gbp'], payments);
  writeTable('tennis_club', 'booking', ['booking_id', 'court_id', 'member_id', 'booked_for', 'hours', 'fee_gbp', 'status_cd'], bookings);
}

/** A cheese dairy: farms deliver milk, the dairy makes batches of three cheeses and sells wheels to buyers. */
function cheeseDairy() {
  const { random, pick, between } = seeded(20261210);
  const farms = [
    { farm_id: 1, farm_nm: 'Holm Farm', county: 'Somerset' },
    { farm_id: 2, farm_nm: 'Ridgeway Farm', county: 'Somerset' },
    { farm_id: 3, farm_nm: 'Nant Farm', county: 'Powys' },
    { farm_id: 4, farm_nm: 'Brook End', county: 'Dorset' },
    { farm_id: 5, farm_nm: 'Castle Dairy', county: 'Dorset' },
  ];
  const buyers = [];
  const shopNames = ['Kitto Deli', 'Market Cheese Co', 'The Larder', 'Harbour Stores', 'Corner Grocer', 'Fine Foods Hall', 'Bishop Inn', 'The Old Mill Restaurant', 'Quayside Bistro', 'Saturday Market Stall', 'Farmers Market Ludlow', 'Riverside Cafe'];
  const kinds = ['SHOP', 'SHOP', 'SHOP', 'SHOP', 'SHOP', 'SHOP', 'REST', 'REST', 'REST', 'MKT', 'MKT', 'REST'];
  shopNames.forEach((buyer_nm, i) => buyers.push({ buyer_id: 41 + i, buyer_nm, kind_cd: kinds[i] }));
  const deliveries = [];
  let deliveryId = 1;
  for (let d = new Date(Date.UTC(2025, 0, 2)); d <= new Date(Date.UTC(2026, 10, 27)); d = addDays(d, 3)) {
    for (const farm of farms) {
      if (random() < 0.3) continue;
      deliveries.push({ delivery_id: deliveryId, farm_id: farm.farm_id, delivered_on: day(d), litres: between(400, 1600), price_per_l: (0.36 + farm.farm_id * 0.01 + random() * 0.04).toFixed(3) });
      deliveryId += 1;
    }
  }
  const batches = [];
  const sales = [];
  let batchId = 201;
  let saleId = 9001;
  for (let d = new Date(Date.UTC(2025, 0, 6)); d <= new Date(Date.UTC(2026, 10, 20)); d = addDays(d, 4)) {
    const cheese = pick(['CHD', 'CHD', 'BRI', 'BLU']);
    const litres = between(1500, 4000);
    const wheels = Math.round(litres / (cheese === 'CHD' ? 100 : cheese === 'BRI' ? 30 : 60));
    batches.push({ batch_id: batchId, made_on: day(d), cheese_cd: cheese, litres_used: litres, wheels });
    let left = random() < 0.12 ? 0 : wheels;
    let when = addDays(d, cheese === 'CHD' ? 90 : cheese === 'BLU' ? 60 : 30);
    while (left > 0 && when <= new Date(Date.UTC(2026, 10, 30))) {
      const n = Math.min(left, between(2, 20));
      const buyer = pick(buyers.filter((b) => cheese !== 'BLU' || b.kind_cd !== 'MKT'));
      const each = cheese === 'CHD' ? 48 : cheese === 'BRI' ? 14 : 26;
      sales.push({ sale_id: saleId, batch_id: batchId, buyer_id: buyer.buyer_id, sold_on: day(when), wheels: n, total_gbp: money(n * each * (0.9 + random() * 0.2)) });
      saleId += 1;
      left -= n;
      when = addDays(when, between(1, 9));
    }
    batchId += 1;
  }
  writeTable('cheese_dairy', 'farm', ['farm_id', 'farm_nm', 'county'], farms);
  writeTable('cheese_dairy', 'delivery', ['delivery_id', 'farm_id', 'delivered_on', 'litres', 'price_per_l'], deliveries);
  writeTable('cheese_dairy', 'buyer', ['buyer_id', 'buyer_nm', 'kind_cd'], buyers);
  writeTable('cheese_dairy', 'batch', ['batch_id', 'made_on', 'cheese_cd', 'litres_used', 'wheels'], batches);
  writeTable('cheese_dairy', 'sale', ['sale_id', 'batch_id', 'buyer_id', 'sold_on', 'wheels', 'total_gbp'], sales);
}

tennisClub();
cheeseDairy();

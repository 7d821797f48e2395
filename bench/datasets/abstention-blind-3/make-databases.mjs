// Writes databases/{hotel,library,greenhouse}/data/*.csv: three small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-blind-3/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeCsv = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
/** Writes a table whose columns are its rows' keys, in order. */
const writeTable = (db, table, rows) => writeCsv(db, table, Object.keys(rows[0]), rows);

const utc = (text) => new Date(`${text}T00:00:00Z`);

const FIRST = ['Agnes', 'Bilal', 'Carmen', 'Declan', 'Elif', 'Fergus', 'Greta', 'Hassan', 'Ines', 'Jonas', 'Kofi', 'Lotte', 'Marek', 'Nadia', 'Otto', 'Paloma', 'Rosa', 'Soren', 'Tariq', 'Ursula', 'Vera', 'Wim', 'Yara', 'Zoltan', 'Beatriz', 'Callum', 'Divya', 'Emil'];
const LAST = ['Albers', 'Brennan', 'Costa', 'Duarte', 'Engel', 'Fischer', 'Gomez', 'Holm', 'Ibrahim', 'Janssen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', "O'Neill", 'Pereira', 'Rossi', 'Schmidt', 'Takahashi', 'Urquhart', 'Vos', 'Whitaker', 'Yilmaz', 'Zielinski'];

function hotel() {
  const { random, pick, between } = seeded(20260915);
  const nextName = namer(pick, FIRST, LAST);
  const rooms = [];
  for (let floor = 1; floor <= 4; floor += 1) {
    for (let n = 1; n <= 8; n += 1) {
      const type = floor === 4 && n > 5 ? 'suite' : n <= 2 ? 'single' : n <= 4 ? 'twin' : 'double';
      const base = { single: 95, twin: 130, double: 145, suite: 260 }[type];
      rooms.push({ room_no: floor * 100 + n, floor, room_type: type, max_occupancy: type === 'single' ? 1 : type === 'suite' ? 4 : 2, rack_rate: money(base + (floor - 1) * 10), sea_view: n >= 5 });
    }
  }
  const countries = ['Portugal', 'Portugal', 'Spain', 'France', 'Germany', 'Germany', 'United Kingdom', 'United Kingdom', 'Netherlands', 'United States', 'Brazil', 'Italy', 'Sweden', 'Japan'];
  const guests = [];
  for (let i = 0; i < 140; i += 1) {
    guests.push({ guest_id: 301 + i, full_name: nextName().join(' '), country: pick(countries), loyalty_tier: pick(['none', 'none', 'none', 'none', 'silver', 'silver', 'gold']), email_opt_in: random() < 0.45 });
  }
  const stays = [];
  const end = utc('2026-11-30');
  for (const room of rooms) {
    let arrive = addDays(utc('2026-09-01'), between(0, 4));
    while (true) {
      const nights = pick([1, 1, 2, 2, 2, 3, 3, 4, 5, 7]);
      const depart = addDays(arrive, nights);
      if (depart > end) break;
      stays.push({ room, arrive, nights, depart });
      arrive = addDays(depart, between(0, 9));
    }
  }
  stays.sort((a, b) => a.arrive - b.arrive || a.room.room_no - b.room.room_no);
  const bookings = [];
  const charges = [];
  for (const { room, arrive, nights, depart } of stays) {
    const roll = random();
    const status = roll < 0.84 ? 'checked_out' : roll < 0.95 ? 'cancelled' : 'no_show';
    const channel = pick(['direct', 'direct', 'online_travel_agency', 'online_travel_agency', 'online_travel_agency', 'phone', 'walk_in', 'corporate']);
    const weekendish = arrive.getUTCDay() === 5 || arrive.getUTCDay() === 6;
    const rate = Number(room.rack_rate) * (channel === 'corporate' ? 0.85 : 1) * (weekendish ? 1.15 : 1) * (arrive.getUTCMonth() >= 10 ? 0.8 : 1);
    const ref = `BK${String(7001 + bookings.length)}`;
    const guest = pick(guests);
    bookings.push({
      booking_ref: ref,
      guest_id: guest.guest_id,
      room_no: room.room_no,
      booked_dt: day(addDays(arrive, channel === 'walk_in' ? 0 : -between(1, 75))),
      arrival_dt: day(arrive),
      departure_dt: day(depart),
      adults: Math.min(room.max_occupancy, pick([1, 2, 2, 2])),
      children: room.max_occupancy > 2 ? pick([0, 0, 1, 2]) : 0,
      channel,
      nightly_amt: money(rate),
      breakfast_incl: random() < 0.55,
      status,
    });
    if (status !== 'checked_out') continue;
    for (let night = 0; night < nights; night += 1) {
      if (random() < 0.4) {
        const category = pick(['minibar', 'restaurant', 'restaurant', 'bar', 'spa', 'parking', 'laundry']);
        const amount = { minibar: between(4, 30), restaurant: between(25, 140), bar: between(8, 60), spa: between(45, 180), parking: 18, laundry: between(9, 35) }[category];
        charges.push({ charge_id: 0, booking_ref: ref, dt: day(addDays(arrive, night)), category, amt: money(amount) });
      }
    }
  }
  charges.sort((a, b) => a.dt.localeCompare(b.dt) || a.booking_ref.localeCompare(b.booking_ref));
  charges.forEach((charge, index) => (charge.charge_id = index + 1));
  writeTable('hotel', 'rooms', rooms);
  writeTable('hotel', 'guests', guests);
  writeTable('hotel', 'bookings', bookings);
  writeTable('hotel', 'charges', charges);
}

function library() {
  const { random, pick, between } = seeded(20260112);
  const nextName = namer(pick, FIRST, LAST);
  const branches = [
    ['Central Library', 'Old Town', 1911, 'Mon-Sat'], ['Riverside Branch', 'Riverside', 1968, 'Tue-Sat'], ['Hillcrest Branch', 'Hillcrest', 1984, 'Mon-Fri'],
    ['Eastgate Branch', 'Eastgate', 2003, 'Mon-Sat'], ['Mill Quarter Branch', 'Mill Quarter', 2019, 'Wed-Sun'],
  ].map(([name, neighbourhood, opened_yr, open_days], index) => ({ branch_id: index + 1, name, neighbourhood, opened_yr, open_days }));
  const books = [
    ['Pride and Prejudice', 'Jane Austen', 'fiction', 1813], ['Middlemarch', 'George Eliot', 'fiction', 1871], ['Moby-Dick', 'Herman Melville', 'fiction', 1851],
    ['Great Expectations', 'Charles Dickens', 'fiction', 1861], ['Jane Eyre', 'Charlotte Bronte', 'fiction', 1847], ['Frankenstein', 'Mary Shelley', 'fiction', 1818],
    ['The Moonstone', 'Wilkie Collins', 'mystery', 1868], ['The Hound of the Baskervilles', 'Arthur Conan Doyle', 'mystery', 1902], ['The Secret Adversary', 'Agatha Christie', 'mystery', 1922],
    ['The Thirty-Nine Steps', 'John Buchan', 'mystery', 1915], ['Little Women', 'Louisa May Alcott', 'children', 1868], ['The Wind in the Willows', 'Kenneth Grahame', 'children', 1908],
    ["Alice's Adventures in Wonderland", 'Lewis Carroll', 'children', 1865], ['The Secret Garden', 'Frances Hodgson Burnett', 'children', 1911], ['Treasure Island', 'Robert Louis Stevenson', 'children', 1883],
    ['On the Origin of Species', 'Charles Darwin', 'science', 1859], ['The Voyage of the Beagle', 'Charles Darwin', 'science', 1839], ['Relativity: The Special and General Theory', 'Albert Einstein', 'science', 1916],
    ['Walden', 'Henry David Thoreau', 'nonfiction', 1854], ['The Souls of Black Folk', 'W. E. B. Du Bois', 'nonfiction', 1903], ['A Room of One\'s Own', 'Virginia Woolf', 'nonfiction', 1929],
    ['The Time Machine', 'H. G. Wells', 'science_fiction', 1895], ['The War of the Worlds', 'H. G. Wells', 'science_fiction', 1898], ['Twenty Thousand Leagues Under the Seas', 'Jules Verne', 'science_fiction', 1870],
    ['Leaves of Grass', 'Walt Whitman', 'poetry', 1855], ['The Complete Poems of Emily Dickinson', 'Emily Dickinson', 'poetry', 1924], ['Mrs Beeton\'s Book of Household Management', 'Isabella Beeton', 'cookery', 1861],
  ];
  const titles = books.map(([title, author, genre, first_published], index) => ({
    title_id: index + 1,
    title,
    author,
    genre,
    first_published,
    fmt: index % 9 === 4 ? 'audiobook' : index % 7 === 3 ? 'large_print' : 'print',
  }));
  const members = [];
  for (let i = 0; i < 120; i += 1) {
    const birth = between(1942, 2018);
    const [first_nm, last_nm] = nextName();
    members.push({
      member_id: 5001 + i,
      first_nm,
      last_nm,
      home_branch_id: pick([1, 1, 1, 2, 2, 3, 3, 4, 5]),
      card_type: birth >= 2010 ? 'junior' : birth <= 1960 ? 'senior' : 'adult',
      birth_yr: birth,
      joined_dt: day(addDays(utc('2012-01-01'), between(0, 5100))),
    });
  }
  const loans = [];
  const today = utc('2026-11-30');
  for (let i = 0; i < 320; i += 1) {
    const member = pick(members);
    const wanted = member.card_type === 'junior' ? titles.filter((t) => t.genre === 'children' || random() < 0.1) : titles;
    const title = pick(wanted);
    const out = addDays(utc('2026-01-05'), between(0, 325));
    if (day(out) < member.joined_dt) continue;
    const due = addDays(out, title.fmt === 'audiobook' ? 14 : 21);
    const back = addDays(out, pick([5, 9, 12, 14, 16, 18, 20, 21, 21, 24, 28, 35, 49]));
    const returned = back <= today ? back : null;
    const lateDays = returned ? Math.max(0, Math.round((returned - due) / 86_400_000)) : 0;
    loans.push({
      loan_id: 0,
      title_id: title.title_id,
      member_id: member.member_id,
      branch_id: random() < 0.8 ? member.home_branch_id : pick(branches).branch_id,
      checkout_dt: day(out),
      due_dt: day(due),
      return_dt: returned ? day(returned) : null,
      renewals: pick([0, 0, 0, 0, 1, 1, 2]),
      fine_amt: member.card_type === 'junior' ? '0.00' : money(Math.min(lateDays * 0.25, 10)),
    });
  }
  loans.sort((a, b) => a.checkout_dt.localeCompare(b.checkout_dt) || a.member_id - b.member_id || a.title_id - b.title_id);
  loans.forEach((loan, index) => (loan.loan_id = index + 1));
  writeTable('library', 'branches', branches);
  writeTable('library', 'titles', titles);
  writeTable('library', 'members', members);
  writeTable('library', 'loans', loans);
}

function greenhouse() {
  const { random, pick, between } = seeded(20260301);
  const beds = [];
  for (const [house, count, heated] of [['Glasshouse A', 6, true], ['Glasshouse B', 6, false], ['Polytunnel', 4, false], ['Outdoor', 6, false]]) {
    for (let n = 1; n <= count; n += 1) beds.push({ bed_id: beds.length + 1, house, bed_no: n, area_m2: pick([8, 10, 10, 12, 15]), heated });
  }
  const crops = [
    ['Tomato', 'Sungold', 'nightshade', 60, 7.5], ['Tomato', 'San Marzano', 'nightshade', 75, 6.2], ['Sweet pepper', 'California Wonder', 'nightshade', 75, 3.8],
    ['Aubergine', 'Black Beauty', 'nightshade', 80, 3.1], ['Cucumber', 'Marketmore', 'cucurbit', 55, 8.9], ['Courgette', 'Defender', 'cucurbit', 50, 9.6],
    ['Lettuce', 'Little Gem', 'daisy', 45, 2.4], ['Spinach', 'Giant Winter', 'amaranth', 40, 1.9], ['Basil', 'Genovese', 'mint', 30, 1.2],
    ['Strawberry', 'Elsanta', 'rose', 90, 2.7], ['Carrot', 'Nantes', 'carrot', 70, 4.3], ['Kale', 'Cavolo Nero', 'brassica', 55, 2.2],
  ].map(([crop, variety, family, days_to_harvest, yield_kg_m2], index) => ({ crop_id: index + 1, crop, variety, family, days_to_harvest, expected_yield_kg_m2: yield_kg_m2 }));
  const workers = [
    ['Ana Costa', 'grower', '2019-03-01'], ['Ben Whitaker', 'picker', '2024-04-15'], ['Chidi Okafor', 'picker', '2025-05-06'],
    ['Dagny Holm', 'picker', '2026-03-02'], ['Esteban Gomez', 'supervisor', '2017-02-13'], ['Freya Lindqvist', 'picker', '2026-06-01'],
  ].map(([name, role, start_dt], index) => ({ worker_id: index + 1, name, role, start_dt }));
  const plantings = [];
  const harvests = [];
  const lastDay = utc('2026-11-27');
  for (const bed of beds) {
    let free = utc('2026-03-02');
    while (true) {
      const crop = pick(bed.house === 'Outdoor' ? crops.filter((c) => ['Carrot', 'Kale', 'Spinach', 'Lettuce', 'Courgette', 'Strawberry'].includes(c.crop)) : crops);
      const sown = addDays(free, between(0, 10));
      if (bed.house === 'Outdoor' && sown < utc('2026-04-10')) { free = utc('2026-04-10'); continue; }
      const firstPick = addDays(sown, crop.days_to_harvest + between(-5, 8));
      if (firstPick > lastDay) break;
      const planting = { planting_id: plantings.length + 1, bed_id: bed.bed_id, crop_id: crop.crop_id, sown_dt: day(sown), plant_count: Math.round(bed.area_m2 * pick([2, 3, 4])), cleared_dt: null };
      plantings.push(planting);
      const picks = ['Carrot', 'Lettuce'].includes(crop.crop) ? between(1, 2) : between(3, 8);
      let when = firstPick;
      for (let p = 0; p < picks && when <= lastDay; p += 1) {
        const kg = (crop.expected_yield_kg_m2 * bed.area_m2 / picks) * (0.6 + random() * 0.7) * (bed.heated ? 1.15 : 1);
        const eligible = workers.filter((w) => w.start_dt <= day(when) && w.role !== 'supervisor');
        harvests.push({ harvest_id: 0, planting_id: planting.planting_id, dt: day(when), qty_kg: kg.toFixed(1), grade: random() < 0.72 ? 'A' : random() < 0.8 ? 'B' : 'waste', picked_by: pick(eligible).worker_id });
        when = addDays(when, between(5, 12));
      }
      const cleared = addDays(when, between(1, 6));
      if (cleared > lastDay) break;
      planting.cleared_dt = day(cleared);
      free = cleared;
    }
  }
  harvests.sort((a, b) => a.dt.localeCompare(b.dt) || a.planting_id - b.planting_id);
  harvests.forEach((harvest, index) => (harvest.harvest_id = index + 1));
  writeTable('greenhouse', 'beds', beds);
  writeTable('greenhouse', 'crops', crops);
  writeTable('greenhouse', 'workers', workers);
  writeTable('greenhouse', 'plantings', plantings);
  writeTable('greenhouse', 'harvests', harvests);
}

hotel();
library();
greenhouse();

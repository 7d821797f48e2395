// Writes databases/{taxi_firm,rx_disp}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-q/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A private-hire taxi firm in a Shropshire market town: drivers, cars, account customers, bookings, monthly invoices to accounts and complaints, 2024-2026. */
function taxiFirm() {
  const { random, pick, between } = seeded(19950614);
  // [name, joined, left, commission]
  const driverList = [
    ['Gareth Pryce', '2011-04-04', null, 20], ['Mandeep Sandhu', '2014-06-16', null, 20], ['Kelly Bebb', '2016-09-05', null, 18], ['Tomasz Lis', '2017-02-13', null, 18],
    ['Owen Meredith', '2012-11-19', '2025-03-28', 20], ['Sharon Millichip', '2019-07-01', null, 18], ['Darren Corfield', '2020-10-12', null, 15], ['Aled Rees', '2021-05-24', null, 15],
    ['Bilal Hussain', '2022-01-10', null, 15], ['Lorraine Vaughan', '2018-03-05', '2024-08-30', 18], ['Craig Onions', '2023-06-05', null, 15], ['Petra Novak', '2024-04-15', null, 15],
    ['Ryan Bowdler', '2025-05-19', null, 15], ['Eilir Jenkins', '2026-02-02', null, 15], ['Steve Mapp', '2015-08-10', null, 18],
  ];
  const drivers = driverList.map(([full_name, joined_on, left_on, commission], index) => ({
    driver_id: 1 + index, full_name, badge_number: `PH${String(between(1000, 4999))}`, joined_on, left_on, commission_percent: commission,
    badge_expires_on: day(addDays(new Date(Date.UTC(2026, 0, 15)), between(0, 900))),
  }));
  drivers[4].badge_expires_on = '2025-06-30';
  drivers[9].badge_expires_on = '2024-12-31';
  // [registration, make, model, seats, wheelchair, fuel, first registered, sold]
  const vehicleList = [
    ['MX19 KLD', 'Skoda', 'Octavia', 4, false, 'diesel', '2019-03-14', '2025-01-20'], ['MA20 TPE', 'Toyota', 'Corolla', 4, false, 'hybrid', '2020-06-02', null],
    ['YJ21 HWB', 'Toyota', 'Corolla', 4, false, 'hybrid', '2021-04-22', null], ['MF70 BZR', 'Ford', 'Tourneo Custom', 8, true, 'diesel', '2020-11-05', null],
    ['DY22 OKC', 'Kia', 'Niro', 4, false, 'electric', '2022-07-18', null], ['MV68 SNU', 'Skoda', 'Superb', 4, false, 'diesel', '2018-09-27', '2024-05-31'],
    ['DK23 XRA', 'Toyota', 'Prius+', 6, false, 'hybrid', '2023-03-01', null], ['MW72 GLN', 'Peugeot', 'e-Traveller', 8, true, 'electric', '2022-10-10', null],
    ['DX24 PFY', 'Kia', 'Niro', 4, false, 'electric', '2024-03-08', null], ['MT19 RYV', 'Volkswagen', 'Caravelle', 8, true, 'diesel', '2019-05-15', null],
    ['DN25 KWE', 'Toyota', 'Corolla', 4, false, 'hybrid', '2025-04-01', null], ['MA75 HZT', 'Hyundai', 'Ioniq 5', 4, false, 'electric', '2025-10-03', null],
  ];
  const vehicles = vehicleList.map(([registration, make, model, seats, wheelchair_accessible, fuel, first_registered_on, sold_on], index) => ({
    vehicle_id: 1 + index, registration, make, model, seats, wheelchair_accessible, fuel, first_registered_on, sold_on,
  }));
  // [name, type, opened, credit limit]
  const accountList = [
    ['Royal Shrewsbury Hospital outpatients', 'health', '2016-01-04', 4000], ['Ludlow Primary School', 'school', '2018-09-03', 2500], ['Shropshire Council SEN transport', 'council', '2019-09-02', 9000],
    ['Severn Valley Solicitors', 'business', '2017-05-15', 1500], ['Church Stretton Golf Club', 'business', '2021-04-12', 800], ['Marches Academy', 'school', '2020-01-06', 3000],
    ['Ludlow Castle Hotel', 'business', '2015-07-01', 2000], ['Bishops Castle Medical Practice', 'health', '2022-03-07', 1200], ['Teme Valley Care Home', 'health', '2019-11-11', 2000],
    ['Craven Arms Business Park', 'business', '2023-02-20', 1000], ['Clun Valley School', 'school', '2024-09-02', 2500], ['Mortimer Forest Cycles', 'business', '2025-06-02', 500],
    ['Ludlow Food Festival', 'business', '2026-07-01', 1500],
  ];
  const accounts = accountList.map(([account_name, account_type, opened_on, credit_limit], index) => ({ account_id: 101 + index, account_name, account_type, opened_on, credit_limit: money(credit_limit) }));
  const areas = ['Ludlow', 'Ludlow', 'Ludlow', 'Ludlow', 'Ludlow station', 'Craven Arms', 'Church Stretton', 'Bishops Castle', 'Clun', 'Tenbury Wells', 'Leominster', 'Shrewsbury', 'Knighton'];
  const miles = { Ludlow: 2, 'Ludlow station': 1.5, 'Craven Arms': 8, 'Church Stretton': 15, 'Bishops Castle': 21, Clun: 17, 'Tenbury Wells': 10, Leominster: 11, Shrewsbury: 29, Knighton: 16, 'Birmingham Airport': 52, 'Hereford hospital': 25 };
  const bookings = [];
  const onDuty = (today) => drivers.filter((d) => d.joined_on <= today && !(d.left_on && d.left_on < today));
  const onRoad = (today) => vehicles.filter((v) => v.first_registered_on <= today && !(v.sold_on && v.sold_on < today));
  for (let d = new Date(Date.UTC(2024, 0, 1)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const dow = d.getUTCDay();
    const month = d.getUTCMonth();
    const schoolDay = dow >= 1 && dow <= 5 && ![7, 3].includes(month) && !(month === 11 && d.getUTCDate() > 20);
    const n = (dow === 5 || dow === 6 ? between(4, 7) : between(2, 4)) + (month === 11 ? 1 : 0) + (schoolDay ? 1 : 0);
    for (let k = 0; k < n; k += 1) {
      const open = accounts.filter((a) => a.opened_on <= today && a.account_id !== 113); // the festival account has not used the firm yet
      let account = random() < 0.3 ? pick(open) : null;
      if (account && account.account_type === 'school' && !schoolDay) account = null;
      const hour = account && account.account_type === 'school' ? pick([8, 8, 15]) : dow === 5 || dow === 6 ? pick([7, 9, 11, 13, 16, 18, 19, 20, 21, 22, 23, 23, 0, 1]) : pick([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21]);
      const pickupAt = addMinutes(d, hour * 60 + between(0, 59));
      let from = pick(areas);
      let to = random() < 0.05 ? pick(['Birmingham Airport', 'Hereford hospital']) : pick(areas);
      if (account && account.account_type === 'health') to = pick(['Shrewsbury', 'Hereford hospital', 'Ludlow']);
      if (from === to) to = 'Ludlow';
      if (from === to) from = 'Ludlow station';
      const dist = Math.max(1, Math.abs((miles[to] ?? 5) - (miles[from] ?? 5)) + 1.5 + random() * 4);
      const passengers = account && account.account_type === 'school' ? between(2, 7) : random() < 0.6 ? 1 : between(2, 6);
      const roll = random();
      const status = roll < 0.05 ? 'cancelled' : roll < 0.07 ? 'no show' : 'completed';
      const booked_via = account ? pick(['phone', 'phone', 'email']) : pick(['phone', 'phone', 'app', 'app', 'app', 'street hail']);
      const night = hour >= 22 || hour < 6;
      const fare = status === 'completed' ? money((3.8 + dist * 2.1) * (night ? 1.5 : 1) * (passengers > 4 ? 1.5 : 1) * (today >= '2025-04-01' ? 1.06 : 1)) : null;
      const needBig = passengers > 4 || (account && account.account_id === 103 && random() < 0.5);
      let car = pick(onRoad(today).filter((v) => (needBig ? v.seats >= 6 : true)));
      const driver = status === 'cancelled' && random() < 0.7 ? null : pick(onDuty(today));
      if (!driver) car = null;
      bookings.push({
        booking_id: 0, account_id: account ? account.account_id : null, driver_id: driver ? driver.driver_id : null, vehicle_id: car ? car.vehicle_id : null,
        booked_via: status !== 'completed' && booked_via === 'street hail' ? 'app' : booked_via, pickup_at: stamp(pickupAt), pickup_area: from, dropoff_area: to,
        passengers, distance_miles: status === 'completed' ? dist.toFixed(1) : null, fare, tip: status === 'completed' && !account && random() < 0.18 ? money(pick([1, 2, 2, 3, 5])) : null, status,
      });
    }
  }
  bookings.sort((a, b) => cmp(a.pickup_at, b.pickup_at));
  bookings.forEach((b, index) => { b.booking_id = 500001 + index; });
  // monthly invoices to accounts for completed trips
  const invoices = [];
  const byMonth = new Map();
  for (const b of bookings) {
    if (b.account_id === null || b.status !== 'completed') continue;
    const key = `${b.account_id}|${b.pickup_at.slice(0, 7)}`;
    byMonth.set(key, (byMonth.get(key) ?? 0) + Number(b.fare));
  }
  for (const [key, total] of [...byMonth.entries()].sort((a, b) => cmp(a[0].split('|')[1], b[0].split('|')[1]) || cmp(a[0], b[0]))) {
    const [accountId, month] = key.split('|');
    const [y, m] = month.split('-').map(Number);
    const issued = new Date(Date.UTC(y, m, 1));
    if (day(issued) > LAST) continue;
    const late = Number(accountId) === 104 || Number(accountId) === 110 ? 40 : 0;
    const paid = addDays(issued, between(8, 45) + between(0, late));
    invoices.push({ invoice_id: 0, account_id: Number(accountId), month_start: `${month}-01`, issued_on: day(issued), amount: money(total), paid_on: day(paid) <= LAST ? day(paid) : null });
  }
  invoices.forEach((inv, index) => { inv.invoice_id = 9001 + index; });
  const complaints = [];
  const categories = ['late pickup', 'late pickup', 'late pickup', 'driver conduct', 'vehicle condition', 'overcharged', 'overcharged', 'route taken', 'lost property not returned'];
  for (const b of bookings) {
    const rate = b.status === 'no show' ? 0.06 : b.driver_id === 7 ? 0.035 : b.driver_id === 4 || b.driver_id === 15 ? 0.005 : 0.013;
    if (b.driver_id === null || random() >= rate) continue;
    const category = b.status === 'no show' ? 'late pickup' : pick(categories);
    const received = addDays(new Date(`${b.pickup_at.slice(0, 10)}T00:00:00Z`), between(0, 6));
    if (day(received) > LAST) continue;
    complaints.push({ complaint_id: 0, booking_id: b.booking_id, received_on: day(received), category, upheld: random() < (category === 'late pickup' ? 0.6 : 0.35), refund: null });
  }
  complaints.forEach((c, index) => { c.complaint_id = 1 + index; if (c.upheld && c.category === 'overcharged') c.refund = money(between(3, 15)); });
  writeTable('taxi_firm', 'drivers', ['driver_id', 'full_name', 'badge_number', 'badge_expires_on', 'joined_on', 'left_on', 'commission_percent'], drivers);
  writeTable('taxi_firm', 'vehicles', ['vehicle_id', 'registration', 'make', 'model', 'seats', 'wheelchair_accessible', 'fuel', 'first_registered_on', 'sold_on'], vehicles);
  writeTable('taxi_firm', 'accounts', ['account_id', 'account_name', 'account_type', 'opened_on', 'credit_limit'], accounts);
  writeTable('taxi_firm', 'bookings', ['booking_id', 'account_id', 'driver_id', 'vehicle_id', 'booked_via', 'pickup_at', 'pickup_area', 'dropoff_area', 'passengers', 'distance_miles', 'fare', 'tip', 'status'], bookings);
  writeTable('taxi_firm', 'invoices', ['invoice_id', 'account_id', 'month_start', 'issued_on', 'amount', 'paid_on'], invoices);
  writeTable('taxi_firm', 'complaints', ['complaint_id', 'booking_id', 'received_on', 'category', 'upheld', 'refund'], complaints);
}

/** A small chain of community pharmacies (an old dispensing system): branches, pharmacists, patients, the drug list, prescriptions and their items, 2024-2026. */
function rxDisp() {
  const { random, pick, between } = seeded(20170402);
  // [code, name, town, hours a week, open on Sunday]
  const branchList = [
    ['WLV1', 'Tettenhall Road', 'Wolverhampton', 60, false], ['WLV2', 'Penn Fields', 'Wolverhampton', 48, false], ['BLX1', 'Bloxwich High Street', 'Walsall', 52, false],
    ['DDL1', 'Dudley Health Centre', 'Dudley', 100, true], ['SDG1', 'Sedgley Bull Ring', 'Dudley', 45, false],
  ];
  const brns = branchList.map(([brn_cd, brn_nm, twn, hrs_wk, sun], index) => ({ brn_id: 1 + index, brn_cd, brn_nm, twn, hrs_wk, sun_opn: sun }));
  // [name, role, branch, start, end]
  const staffList = [
    ['Priya Chauhan', 'P', 1, '2012-08-01', null], ['Daniel Whitehouse', 'P', 2, '2015-02-09', null], ['Aisha Begum', 'P', 3, '2018-10-15', null],
    ['Graham Hickman', 'P', 4, '2009-05-05', '2025-06-30'], ['Nkechi Obi', 'P', 4, '2025-07-07', null], ['Harjit Dhillon', 'P', 5, '2016-04-18', null],
    ['Laura Mansell', 'T', 1, '2019-01-14', null], ['Jodie Round', 'T', 4, '2020-09-07', null], ['Kamran Akhtar', 'P', 4, '2021-03-01', null],
    ['Emma Parkes', 'T', 2, '2023-05-22', null], ['Stuart Gripton', 'P', 3, '2026-10-05', null],
  ];
  const phms = staffList.map(([phm_nm, rl, brn_id, strt_dt, end_dt], index) => ({ phm_id: 1 + index, phm_nm, gphc_no: String(2040000 + between(1000, 99999)), rl, brn_id, strt_dt, end_dt }));
  // [name, BNF chapter, form, controlled drug schedule, price per pack, pack size]
  const drugList = [
    ['Amlodipine 5mg tablets', '02', 'T', null, 0.95, 28], ['Atorvastatin 20mg tablets', '02', 'T', null, 1.1, 28], ['Ramipril 5mg capsules', '02', 'C', null, 1.3, 28],
    ['Bisoprolol 2.5mg tablets', '02', 'T', null, 0.9, 28], ['Apixaban 5mg tablets', '02', 'T', null, 53.2, 56], ['Metformin 500mg tablets', '06', 'T', null, 1.05, 28],
    ['Levothyroxine 50mcg tablets', '06', 'T', null, 1.2, 28], ['Omeprazole 20mg capsules', '01', 'C', null, 0.98, 28], ['Lansoprazole 30mg capsules', '01', 'C', null, 1.15, 28],
    ['Sertraline 50mg tablets', '04', 'T', null, 1.35, 28], ['Citalopram 20mg tablets', '04', 'T', null, 0.99, 28], ['Co-codamol 30/500 tablets', '04', 'T', '5', 2.4, 100],
    ['Tramadol 50mg capsules', '04', 'C', '3', 2.9, 100], ['Morphine sulfate oral solution 10mg/5ml', '04', 'L', '5', 1.85, 100], ['Oxycodone 5mg capsules', '04', 'C', '2', 12.5, 56],
    ['Salbutamol 100mcg inhaler', '03', 'I', null, 1.5, 1], ['Fostair 100/6 inhaler', '03', 'I', null, 29.32, 1], ['Amoxicillin 500mg capsules', '05', 'C', null, 1.4, 21],
    ['Doxycycline 100mg capsules', '05', 'C', null, 2.15, 8], ['Nitrofurantoin 100mg capsules', '05', 'C', null, 10.9, 14], ['Diazepam 5mg tablets', '04', 'T', '4', 0.85, 28],
    ['Emollient cream 500g', '13', 'X', null, 4.6, 1], ['Hydrocortisone 1% cream', '13', 'X', null, 2.3, 1], ['Prednisolone 5mg tablets', '06', 'T', null, 1.6, 28],
    ['Folic acid 5mg tablets', '09', 'T', null, 0.89, 28], ['Methadone oral solution 1mg/ml', '04', 'L', '2', 3.2, 100],
  ];
  const drgs = drugList.map(([drg_nm, bnf_ch, frm, cd_sch, cst_pk, pk_sz], index) => ({ drg_id: 1 + index, drg_nm, bnf_ch, frm, cd_sch, cst_pk: money(cst_pk), pk_sz }));
  const chronic = drgs.filter((d) => ['02', '06', '01', '03', '09'].includes(d.bnf_ch) || d.drg_nm.startsWith('Sertraline') || d.drg_nm.startsWith('Citalopram'));
  const acuteWeights = { 'Amoxicillin 500mg capsules': 8, 'Nitrofurantoin 100mg capsules': 5, 'Doxycycline 100mg capsules': 4, 'Emollient cream 500g': 5, 'Hydrocortisone 1% cream': 4, 'Prednisolone 5mg tablets': 3, 'Co-codamol 30/500 tablets': 4, 'Tramadol 50mg capsules': 2, 'Diazepam 5mg tablets': 1, 'Morphine sulfate oral solution 10mg/5ml': 1, 'Oxycodone 5mg capsules': 1 };
  const acute = drgs.flatMap((d) => Array(acuteWeights[d.drg_nm] ?? 0).fill(d));
  const methadone = drgs.find((d) => d.drg_nm.startsWith('Methadone'));
  const pts = [];
  const nextName = namer(pick,
    ['Amrit', 'Barbara', 'Carl', 'Dawn', 'Edward', 'Fatima', 'Gurpreet', 'Hannah', 'Imran', 'Janet', 'Kevin', 'Lee', 'Mohammed', 'Nicola', 'Paul', 'Rita', 'Sandra', 'Terry', 'Wendy', 'Zainab', 'Adele', 'Brendan', 'Colette', 'Deepak', 'Elaine', 'Frank', 'Gemma', 'Harvinder', 'Irene', 'Jason', 'Kirsty', 'Leon', 'Maureen', 'Neil', 'Olivia', 'Pardeep', 'Roy', 'Stacey', 'Tariq', 'Vera'],
    ['Ahmed', 'Bayliss', 'Cartwright', 'Dhaliwal', 'Evans', 'Fellows', 'Grainger', 'Hadley', 'Jukes', 'Kaur', 'Lowe', 'Moseley', 'Nock', 'Perks', 'Rollason', 'Singh', 'Tonks', 'Whitehouse', 'Bissell', 'Cox', 'Dudley', 'Foley', 'Gough', 'Hale', 'Insley', 'Millward', 'Oakley', 'Pritchard', 'Shinton', 'Turley']);
  for (let i = 0; i < 900; i += 1) {
    const [first, last] = nextName();
    const yob = random() < 0.45 ? between(1935, 1964) : random() < 0.2 ? between(2009, 2022) : between(1965, 2008);
    pts.push({ pt_id: 30001 + i, pt_nm: `${first} ${last}`, nhs_no: String(4000000000 + Math.floor(random() * 999999999)), yob, sx: random() < 0.54 ? 'F' : 'M', brn_id: random() < 0.12 ? null : pick([1, 1, 2, 3, 3, 4, 4, 4, 5]), ppc: false, _chronic: random() < 0.68 ? [pick(chronic), ...(random() < 0.5 ? [pick(chronic)] : [])] : [], _w: random() < 0.1 ? 5 : 1 });
  }
  const rxs = [];
  const rxis = [];
  const onDuty = (today, brn) => phms.filter((p) => p.rl === 'P' && p.brn_id === brn && p.strt_dt <= today && !(p.end_dt && p.end_dt < today));
  const charge = (today) => (today >= '2024-05-01' ? 9.9 : 9.65);
  const totalW = pts.reduce((s, p) => s + p._w, 0);
  const pickPt = () => { let r = random() * totalW; for (const p of pts) { r -= p._w; if (r <= 0) return p; } return pts[pts.length - 1]; };
  const methadoneClients = pts.filter((p) => p.yob >= 1970 && p.yob <= 1995).slice(0, 9);
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const dow = d.getUTCDay();
    for (const b of brns) {
      if (dow === 0 && !b.sun_opn) continue;
      const base = b.brn_id === 4 ? 3 : b.brn_id === 1 ? 2 : 1;
      const n = dow === 6 || dow === 0 ? between(0, base) : between(base, base * 2);
      const batch = [];
      for (let k = 0; k < n; k += 1) batch.push(pickPt());
      if (b.brn_id === 3 && dow !== 0 && dow !== 6 && random() < 0.5) batch.push(pick(methadoneClients));
      for (const p of batch) {
        const age = Number(today.slice(0, 4)) - p.yob;
        const isMeth = methadoneClients.includes(p) && b.brn_id === 3;
        const items = isMeth ? [methadone] : p._chronic.length && random() < 0.85 ? [...p._chronic] : [pick(acute), ...(random() < 0.2 ? [pick(acute)] : [])];
        let exm;
        if (age >= 60) exm = 'A';
        else if (age < 16) exm = 'B';
        else if (age < 19 && random() < 0.7) exm = 'C';
        else { const r = random(); exm = r < 0.08 ? 'D' : r < 0.2 ? 'E' : r < 0.32 ? 'F' : r < 0.4 ? 'L' : r < 0.55 ? 'U' : 'X'; }
        if (isMeth) exm = 'U';
        const checkers = onDuty(today, b.brn_id);
        const locum = !checkers.length || random() < 0.08;
        const src = random() < 0.93 ? 'E' : 'P';
        const ready = addDays(d, items.some((x) => x.cst_pk > 20) && random() < 0.3 ? between(1, 4) : 0);
        const notCollected = random() < 0.03;
        const coll = notCollected ? null : addDays(ready, random() < 0.6 ? 0 : between(1, 12));
        const del = !notCollected && age >= 70 && random() < 0.35;
        rxs.push({ rx_id: 0, pt_id: p.pt_id, brn_id: b.brn_id, phm_id: locum ? null : pick(checkers).phm_id, rcv_dt: today, src, exm_cd: exm, chg_pd: exm === 'X' ? money(charge(today) * items.length) : money(0), dlv_flg: del, coll_dt: coll && day(coll) <= LAST ? day(coll) : null, _items: items, _meth: isMeth });
      }
    }
  }
  rxs.forEach((r, index) => { r.rx_id = 810001 + index; });
  for (const r of rxs) {
    for (const x of r._items) {
      const qty = r._meth ? between(30, 90) * 7 : x.pk_sz === 1 ? between(1, 2) : pick([x.pk_sz, x.pk_sz, x.pk_sz * 2]);
      const owing = random() < 0.02;
      rxis.push({ rxi_id: 0, rx_id: r.rx_id, drg_id: x.drg_id, qty, nic: money((Number(x.cst_pk) * qty) / x.pk_sz), owe_flg: owing });
    }
  }
  rxis.forEach((x, index) => { x.rxi_id = 1 + index; });
  writeTable('rx_disp', 'brn', ['brn_id', 'brn_cd', 'brn_nm', 'twn', 'hrs_wk', 'sun_opn'], brns);
  writeTable('rx_disp', 'phm', ['phm_id', 'phm_nm', 'gphc_no', 'rl', 'brn_id', 'strt_dt', 'end_dt'], phms);
  writeTable('rx_disp', 'drg', ['drg_id', 'drg_nm', 'bnf_ch', 'frm', 'cd_sch', 'cst_pk', 'pk_sz'], drgs);
  writeTable('rx_disp', 'pt', ['pt_id', 'pt_nm', 'nhs_no', 'yob', 'sx', 'brn_id'], pts);
  writeTable('rx_disp', 'rx', ['rx_id', 'pt_id', 'brn_id', 'phm_id', 'rcv_dt', 'src', 'exm_cd', 'chg_pd', 'dlv_flg', 'coll_dt'], rxs);
  writeTable('rx_disp', 'rxi', ['rxi_id', 'rx_id', 'drg_id', 'qty', 'nic', 'owe_flg'], rxis);
}

taxiFirm();
rxDisp();

// Writes databases/{food_bank,water_utility}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-b/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Abigail', 'Bernard', 'Chloe', 'Desmond', 'Esther', 'Felix', 'Gloria', 'Harvey', 'Imani', 'Jerome', 'Keisha', 'Leon', 'Maribel', 'Nolan', 'Ophelia', 'Preston', 'Rosalind', 'Stuart', 'Tamsin', 'Ulysses', 'Vivian', 'Wendell'];
const LAST = ['Abbott', 'Blackwood', 'Castillo', 'Delacroix', 'Eastman', 'Ferreira', 'Gallagher', 'Hathaway', 'Iverson', 'Jankowski', 'Kimura', 'Lockhart', 'McAllister', 'Nakamura', 'Okafor', 'Pemberton', 'Ramirez', 'Sorensen', 'Thibodeaux', 'Vasquez', 'Winslow', 'Zielinski'];

/** A regional food bank: its warehouses, donors and what they gave, the partner agencies it supplies, and its volunteers' shifts, 2025-2026. */
function foodBank() {
  const { random, pick, between } = seeded(20250301);
  const warehouses = [
    ['Northside Distribution Center', 'Dayton', 2004, 900], ['Miami Valley Depot', 'Springfield', 2011, 520],
    ['Riverbend Warehouse', 'Hamilton', 1997, 650], ['Greene County Hub', 'Xenia', 2019, 300], ['Eastgate Annex', 'Dayton', 2022, 240],
  ].map(([warehouse_name, city, opened_year, capacity_pallets], index) => ({ warehouse_id: index + 1, warehouse_name, city, opened_year, capacity_pallets }));
  const cities = ['Dayton', 'Dayton', 'Dayton', 'Springfield', 'Springfield', 'Hamilton', 'Xenia', 'Kettering', 'Fairborn', 'Middletown', 'Troy'];
  const donorKinds = [
    ['grocery store', ['Kroger #', 'Dorothy Lane Market ', 'Meijer #', 'Aldi #', 'Jungle Jim\'s ']],
    ['farm', ['Hilltop Orchard', 'Beavercreek Family Farm', 'Yellow Springs Produce', 'Cedar Run Dairy', 'Little Miami Farms', 'Stillwater Acres', 'Mad River Growers', 'Old Mill Greenhouse']],
    ['manufacturer', ['Buckeye Snack Foods', 'Mound Street Bakery', 'Gem City Canning Co', 'Tri-County Beverages', 'Valley Pasta Works', 'Heartland Cereal Mills']],
    ['restaurant', ['Oregon District Grill', 'Fifth Street Diner', 'Wright Brothers Cafe', 'Brown Street Pizza', 'Riverscape Bistro']],
    ['faith group', ['St. Albert Parish', 'First Baptist Church of Xenia', 'Temple Beth Or', 'Grace Methodist', 'Islamic Center of Dayton']],
  ];
  const donors = [];
  for (const [donor_type, names] of donorKinds) {
    for (const name of names) {
      const copies = name.endsWith('#') || name.endsWith(' ') ? between(3, 6) : 1;
      for (let c = 0; c < copies; c += 1) {
        donors.push({ donor_id: 0, donor_name: name.endsWith('#') ? `${name}${between(100, 999)}` : name.endsWith(' ') ? `${name}${pick(['Kettering', 'Centerville', 'Huber Heights', 'Beavercreek', 'Fairfield', 'Troy', 'Oakwood'])}`.trim() : name, donor_type, city: pick(cities), first_donation_date: day(addDays(new Date(Date.UTC(2012, 0, 1)), between(0, 4700))) });
      }
    }
  }
  for (let i = 0; i < 40; i += 1) {
    donors.push({ donor_id: 0, donor_name: `${pick(FIRST)} ${pick(LAST)}`, donor_type: 'individual', city: pick(cities), first_donation_date: day(addDays(new Date(Date.UTC(2016, 0, 1)), between(0, 3500))) });
  }
  const seenNames = new Set();
  const uniqueDonors = donors.filter((d) => (seenNames.has(d.donor_name) ? false : (seenNames.add(d.donor_name), true)));
  uniqueDonors.forEach((d, index) => { d.donor_id = 101 + index; });
  const categoriesFor = { 'grocery store': ['produce', 'dairy', 'bakery', 'frozen', 'canned goods', 'dry goods'], farm: ['produce', 'produce', 'produce', 'dairy'], manufacturer: ['canned goods', 'dry goods', 'dry goods', 'beverages', 'bakery'], restaurant: ['prepared meals', 'prepared meals', 'bakery'], 'faith group': ['canned goods', 'dry goods', 'hygiene products'], individual: ['canned goods', 'dry goods', 'hygiene products'] };
  const typicalKg = { produce: 420, dairy: 260, bakery: 120, frozen: 310, 'canned goods': 380, 'dry goods': 450, beverages: 300, 'prepared meals': 60, 'hygiene products': 45 };
  const start = new Date(Date.UTC(2025, 0, 2));
  const donations = [];
  for (let d = 0; d < 666; d += 1) {
    const date = addDays(start, d);
    const count = between(0, 3) + (date.getUTCMonth() >= 10 ? 1 : 0);
    for (let k = 0; k < count; k += 1) {
      const donor = pick(uniqueDonors.filter((x) => x.donor_type !== 'individual' || random() < 0.2));
      const category = pick(categoriesFor[donor.donor_type]);
      const scale = donor.donor_type === 'individual' ? 0.08 : donor.donor_type === 'restaurant' ? 0.5 : 1;
      donations.push({ donation_id: 0, donor_id: donor.donor_id, warehouse_id: pick([1, 1, 1, 2, 2, 3, 3, 4, 5]), received_date: day(date), category, weight_kg: (Math.round(typicalKg[category] * scale * (0.3 + random() * 1.4) * 10) / 10).toFixed(1), estimated_value: money(typicalKg[category] * scale * (0.3 + random() * 1.4) * (category === 'prepared meals' ? 6 : category === 'produce' ? 1.9 : 2.6)) });
    }
  }
  donations.sort((a, b) => cmp(a.received_date, b.received_date) || a.donor_id - b.donor_id);
  donations.forEach((x, index) => { x.donation_id = 1 + index; });
  const agencyNames = ['Good Neighbor Pantry', 'Westwood Community Pantry', 'House of Bread', 'St. Vincent Hotel Shelter', 'Daybreak Youth Shelter', 'Fairborn Food Closet', 'Kettering Backpack Program', 'Xenia Community Meals', 'Troy Senior Center Pantry', 'Hamilton Rescue Mission', 'Middletown Soup Kitchen', 'Springfield Salvation Army', 'Eastway Family Shelter', 'Belmont Mobile Pantry', 'Huber Heights Youth Meals', 'Linden Center Pantry', 'Miami Township Food Shelf', 'Clark County Kids Cafe', 'Wesley Community Kitchen', 'Mercy Manor Shelter', 'Englewood Pantry', 'Vandalia Blessing Box', 'Trotwood School Pantry', 'Riverside Church Pantry', 'Oakwood Senior Meals', 'Franklin Helping Hands', 'New Carlisle Food Shelf', 'Beavercreek Backpack Program', 'Fairfield Veterans Pantry', 'Dayton Free Clinic Pantry'];
  const agencyType = (name) => (/Shelter|Mission|Manor/.test(name) ? 'shelter' : /Kitchen|Meals|Cafe|House of Bread/.test(name) ? 'meal program' : /Backpack|School|Kids|Youth/.test(name) ? 'school program' : 'pantry');
  const agencies = agencyNames.map((agency_name, index) => ({ agency_id: 301 + index, agency_name, agency_type: agencyType(agency_name), city: pick(cities), joined_date: day(addDays(new Date(Date.UTC(2008, 0, 1)), between(0, 6300))), active: index % 11 !== 7 }));
  const distributions = [];
  for (let d = 0; d < 666; d += 1) {
    const date = addDays(start, d);
    if (date.getUTCDay() === 0) continue;
    const count = between(1, 3);
    for (let k = 0; k < count; k += 1) {
      const agency = pick(agencies.filter((a) => a.active && a.joined_date <= day(date)));
      const category = pick(agency.agency_type === 'meal program' ? ['produce', 'dairy', 'frozen', 'dry goods', 'prepared meals'] : agency.agency_type === 'school program' ? ['dry goods', 'canned goods', 'produce', 'beverages'] : ['produce', 'dairy', 'bakery', 'frozen', 'canned goods', 'dry goods', 'hygiene products']);
      const weight = typicalKg[category] * (0.2 + random() * 0.8);
      distributions.push({ distribution_id: 0, agency_id: agency.agency_id, warehouse_id: pick([1, 1, 1, 2, 2, 3, 3, 4, 5]), distribution_date: day(date), category, weight_kg: (Math.round(weight * 10) / 10).toFixed(1), households_served: Math.max(3, Math.round(weight / (8 + random() * 10))) });
    }
  }
  distributions.sort((a, b) => cmp(a.distribution_date, b.distribution_date) || a.agency_id - b.agency_id);
  distributions.forEach((x, index) => { x.distribution_id = 1 + index; });
  const volunteers = [];
  for (let i = 0; i < 140; i += 1) {
    volunteers.push({ volunteer_id: 501 + i, first_name: pick(FIRST), last_name: pick(LAST), home_warehouse_id: pick([1, 1, 1, 2, 2, 3, 3, 4, 5]), signup_date: day(addDays(new Date(Date.UTC(2019, 0, 1)), between(0, 2450))), is_forklift_certified: random() < 0.15 });
  }
  const shifts = [];
  for (const volunteer of volunteers) {
    const often = random() < 0.2 ? 0 : random() < 0.5 ? between(1, 5) : between(6, 25);
    for (let s = 0; s < often; s += 1) {
      const date = addDays(start, between(0, 665));
      if (day(date) < volunteer.signup_date) continue;
      shifts.push({ shift_id: 0, volunteer_id: volunteer.volunteer_id, warehouse_id: random() < 0.85 ? volunteer.home_warehouse_id : pick([1, 2, 3, 4, 5]), shift_date: day(date), hours: pick(['2.0', '3.0', '3.0', '4.0', '4.0', '4.0', '6.0', '8.0']), task: pick(['sorting', 'sorting', 'sorting', 'packing', 'packing', 'driving', 'reception']) });
    }
  }
  shifts.sort((a, b) => cmp(a.shift_date, b.shift_date) || a.volunteer_id - b.volunteer_id);
  shifts.forEach((x, index) => { x.shift_id = 1 + index; });
  writeTable('food_bank', 'warehouses', ['warehouse_id', 'warehouse_name', 'city', 'opened_year', 'capacity_pallets'], warehouses);
  writeTable('food_bank', 'donors', ['donor_id', 'donor_name', 'donor_type', 'city', 'first_donation_date'], uniqueDonors);
  writeTable('food_bank', 'donations', ['donation_id', 'donor_id', 'warehouse_id', 'received_date', 'category', 'weight_kg', 'estimated_value'], donations);
  writeTable('food_bank', 'partner_agencies', ['agency_id', 'agency_name', 'agency_type', 'city', 'joined_date', 'active'], agencies);
  writeTable('food_bank', 'distributions', ['distribution_id', 'agency_id', 'warehouse_id', 'distribution_date', 'category', 'weight_kg', 'households_served'], distributions);
  writeTable('food_bank', 'volunteers', ['volunteer_id', 'first_name', 'last_name', 'home_warehouse_id', 'signup_date', 'is_forklift_certified'], volunteers);
  writeTable('food_bank', 'volunteer_shifts', ['shift_id', 'volunteer_id', 'warehouse_id', 'shift_date', 'hours', 'task'], shifts);
}

/** A small town's water utility billing system in legacy naming: accounts, meters, bi-monthly reads, bills, service orders and the code table, 2026. */
function waterUtility() {
  const { random, pick, between } = seeded(20260105);
  const towns = ['ASHFORD', 'ASHFORD', 'ASHFORD', 'BELL CREEK', 'BELL CREEK', 'CORLISS', 'DUNMORE'];
  const streets = ['MAIN ST', 'OAK AVE', 'MILL RD', 'CHURCH ST', 'LAKE DR', 'PINE ST', 'RIVER RD', 'HIGH ST', 'ELM CT', 'DEPOT ST', 'COUNTY RD 12', 'SCHOOL ST'];
  const businesses = ['DINER', 'LAUNDROMAT', 'CAR WASH', 'MOTEL', 'DENTAL OFFICE', 'HARDWARE', 'FLORIST', 'GARAGE', 'BAKERY', 'SALON'];
  const industrial = ['ASHFORD CREAMERY', 'BELL CREEK BOTTLING', 'CORLISS CONCRETE', 'DUNMORE PAPER MILL', 'NORTHERN ICE CO', 'VALLEY POULTRY PROC'];
  const accounts = [];
  for (let i = 0; i < 380; i += 1) {
    const typ = i < industrial.length ? 'I' : random() < 0.13 ? 'C' : 'R';
    const lastName = pick(LAST).toUpperCase();
    accounts.push({
      acct_no: 10040 + i * 3,
      cust_nm: typ === 'I' ? industrial[i] : typ === 'C' ? `${lastName} ${pick(businesses)}` : `${lastName}, ${pick(FIRST).toUpperCase()}`,
      svc_addr: `${between(1, 1999)} ${pick(streets)}`,
      twn_nm: pick(towns),
      acct_typ_cd: typ,
      open_dt: day(addDays(new Date(Date.UTC(1994, 0, 1)), between(0, 11500))),
      stat_cd: 'A',
    });
  }
  for (const account of accounts) {
    const roll = random();
    if (roll < 0.06) account.stat_cd = 'F';
    else if (roll < 0.1) account.stat_cd = 'S';
  }
  const meters = [];
  let meterSeq = 0;
  for (const account of accounts) {
    const sizes = account.acct_typ_cd === 'I' ? ['30', '40'] : account.acct_typ_cd === 'C' ? ['10', '15', '20'] : ['58', '58', '58', '58', '34'];
    const count = account.acct_typ_cd === 'I' && random() < 0.5 ? 2 : 1;
    for (let m = 0; m < count; m += 1) {
      meterSeq += 1;
      meters.push({ mtr_no: `M${String(700000 + meterSeq * 11)}`, acct_no: account.acct_no, mtr_sz_cd: pick(sizes), mfr_cd: pick(['BAD', 'BAD', 'NEP', 'SEN', 'SEN', 'ITR']), instl_dt: day(addDays(new Date(Date.UTC(2003, 0, 1)), between(0, 8300))), mtr_stat_cd: 'A' });
    }
  }
  const usage = { R: 9000, C: 32000, I: 410000 };
  const reads = [];
  const bills = [];
  const rate = { R: 0.0098, C: 0.0091, I: 0.0074 };
  const base = { R: 18.5, C: 42, I: 310 };
  const cycles = ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-09-30'];
  for (const account of accounts) {
    const acctMeters = meters.filter((m) => m.acct_no === account.acct_no);
    const stopAt = account.stat_cd === 'F' ? between(1, 4) : 5;
    for (let c = 0; c < stopAt; c += 1) {
      let gallons = 0;
      for (const meter of acctMeters) {
        const estimated = random() < 0.07;
        const summer = c === 2 || c === 3 ? 1.35 : 1;
        const used = Math.round(usage[account.acct_typ_cd] * summer * (0.4 + random() * 1.2) / 10) * 10;
        gallons += used;
        reads.push({ rdg_id: 0, mtr_no: meter.mtr_no, rdg_dt: day(addDays(new Date(`${cycles[c]}T00:00:00Z`), -between(0, 4))), cons_gal: used, rdg_typ_cd: estimated ? 'E' : 'A' });
      }
      const billDate = addDays(new Date(`${cycles[c]}T00:00:00Z`), between(3, 6));
      const amount = base[account.acct_typ_cd] + gallons * rate[account.acct_typ_cd];
      const due = addDays(billDate, 21);
      const late = random() < 0.12;
      const unpaid = account.stat_cd === 'S' ? random() < 0.7 : random() < (c === 4 ? 0.25 : 0.02);
      const paidOn = unpaid ? null : addDays(billDate, late ? between(22, 60) : between(2, 20));
      bills.push({ bill_no: 0, acct_no: account.acct_no, bill_dt: day(billDate), due_dt: day(due), amt_due: money(amount), pd_dt: paidOn && paidOn <= new Date(Date.UTC(2026, 9, 30)) ? day(paidOn) : null, pd_amt: paidOn && paidOn <= new Date(Date.UTC(2026, 9, 30)) ? money(random() < 0.05 ? amount * 0.5 : amount) : null });
    }
  }
  for (const meter of meters) {
    const account = accounts.find((a) => a.acct_no === meter.acct_no);
    if (account.stat_cd === 'F') meter.mtr_stat_cd = 'R';
  }
  reads.sort((a, b) => cmp(a.rdg_dt, b.rdg_dt) || cmp(a.mtr_no, b.mtr_no));
  reads.forEach((x, index) => { x.rdg_id = 1 + index; });
  bills.sort((a, b) => cmp(a.bill_dt, b.bill_dt) || a.acct_no - b.acct_no);
  bills.forEach((x, index) => { x.bill_no = 260001 + index; });
  const orders = [];
  const crews = ['CREW1', 'CREW1', 'CREW2', 'CREW2', 'CREW3', 'CONTR'];
  for (let i = 0; i < 310; i += 1) {
    const account = pick(accounts);
    const typ = pick(['LEAK', 'LEAK', 'LEAK', 'MXCH', 'MXCH', 'SHUT', 'TURN', 'HBIL', 'HBIL', 'PRES']);
    const opened = addDays(new Date(Date.UTC(2026, 0, 2)), between(0, 300));
    const state = random() < 0.08 ? 'X' : opened > new Date(Date.UTC(2026, 9, 12)) || random() < 0.07 ? 'O' : 'C';
    const closed = state === 'C' ? addDays(opened, typ === 'LEAK' ? between(0, 6) : between(1, 21)) : null;
    orders.push({ ord_no: 0, acct_no: account.acct_no, ord_typ_cd: typ, opn_dt: day(opened), cls_dt: closed && closed <= new Date(Date.UTC(2026, 9, 30)) ? day(closed) : null, asgn_crew_cd: pick(crews), ord_stat_cd: closed && closed > new Date(Date.UTC(2026, 9, 30)) ? 'O' : state });
  }
  orders.sort((a, b) => cmp(a.opn_dt, b.opn_dt) || a.acct_no - b.acct_no);
  orders.forEach((x, index) => { x.ord_no = 88001 + index; });
  const codes = [
    ['ACCT_STAT', 'A', 'Active'], ['ACCT_STAT', 'F', 'Final billed (closed)'], ['ACCT_STAT', 'S', 'Suspended for non-payment'],
    ['ACCT_TYP', 'C', 'Commercial'], ['ACCT_TYP', 'I', 'Industrial'], ['ACCT_TYP', 'R', 'Residential'],
    ['CREW', 'CONTR', 'Outside contractor'], ['CREW', 'CREW1', 'Distribution crew 1'], ['CREW', 'CREW2', 'Distribution crew 2'], ['CREW', 'CREW3', 'Meter shop'],
    ['MFR', 'BAD', 'Badger Meter'], ['MFR', 'ITR', 'Itron'], ['MFR', 'NEP', 'Neptune'], ['MFR', 'SEN', 'Sensus'],
    ['MTR_SZ', '10', '1 inch'], ['MTR_SZ', '15', '1-1/2 inch'], ['MTR_SZ', '20', '2 inch'], ['MTR_SZ', '30', '3 inch'], ['MTR_SZ', '34', '3/4 inch'], ['MTR_SZ', '40', '4 inch'], ['MTR_SZ', '58', '5/8 inch'],
    ['MTR_STAT', 'A', 'Active'], ['MTR_STAT', 'R', 'Removed'],
    ['ORD_STAT', 'C', 'Completed'], ['ORD_STAT', 'O', 'Open'], ['ORD_STAT', 'X', 'Cancelled'],
    ['ORD_TYP', 'HBIL', 'High bill investigation'], ['ORD_TYP', 'LEAK', 'Leak repair'], ['ORD_TYP', 'MXCH', 'Meter exchange'], ['ORD_TYP', 'PRES', 'Low pressure complaint'], ['ORD_TYP', 'SHUT', 'Shut-off'], ['ORD_TYP', 'TURN', 'Turn-on'],
    ['RDG_TYP', 'A', 'Actual read'], ['RDG_TYP', 'E', 'Estimated'],
  ].map(([cd_typ, cd_val, cd_desc]) => ({ cd_typ, cd_val, cd_desc }));
  writeTable('water_utility', 'cd_lkp', ['cd_typ', 'cd_val', 'cd_desc'], codes);
  writeTable('water_utility', 'acct', ['acct_no', 'cust_nm', 'svc_addr', 'twn_nm', 'acct_typ_cd', 'open_dt', 'stat_cd'], accounts);
  writeTable('water_utility', 'mtr', ['mtr_no', 'acct_no', 'mtr_sz_cd', 'mfr_cd', 'instl_dt', 'mtr_stat_cd'], meters);
  writeTable('water_utility', 'rdg', ['rdg_id', 'mtr_no', 'rdg_dt', 'cons_gal', 'rdg_typ_cd'], reads);
  writeTable('water_utility', 'bill', ['bill_no', 'acct_no', 'bill_dt', 'due_dt', 'amt_due', 'pd_dt', 'pd_amt'], bills);
  writeTable('water_utility', 'svc_ord', ['ord_no', 'acct_no', 'ord_typ_cd', 'opn_dt', 'cls_dt', 'asgn_crew_cd', 'ord_stat_cd'], orders);
}

foodBank();
waterUtility();

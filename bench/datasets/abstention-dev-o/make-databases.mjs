// Writes databases/{dog_grooming,roofing_jobs,community_radio}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-o/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, pad, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aaron', 'Bryony', 'Callum', 'Delyth', 'Ethan', 'Freya', 'Gareth', 'Holly', 'Ishaan', 'Jodie', 'Keiran', 'Leanne', 'Marcus', 'Niamh', 'Ollie', 'Priya', 'Rhys', 'Shannon', 'Tariq', 'Una', 'Vikram', 'Wanda', 'Yasmin', 'Zak', 'Amber', 'Brandon', 'Chloe', 'Dominic', 'Eleanor', 'Finley', 'Gemma', 'Harvey', 'Isla', 'Jamal'];
const LAST = ['Abbott', 'Barraclough', 'Cartwright', 'Dransfield', 'Eastwood', 'Firth', 'Gledhill', 'Hirst', 'Ingham', 'Jagger', 'Kershaw', 'Lumb', 'Midgley', 'Nutter', 'Oddy', 'Priestley', 'Rhodes', 'Sutcliffe', 'Tattersall', 'Uttley', 'Varley', 'Wadsworth', 'Yeadon', 'Akhtar', 'Begum', 'Chowdhury', 'Nowak', 'Kaur', 'Doherty', 'McBride', 'Stansfield', 'Horsfall'];
const START = new Date(Date.UTC(2025, 11, 1));
const END = '2026-11-30';

/** A chain of dog-grooming salons: salons, groomers, owners, their dogs, appointments and add-ons, 2025-12 to 2026-11. */
function dogGrooming() {
  const { random, pick, between } = seeded(20261301);
  const nextName = namer(pick, FIRST, LAST);
  const salons = [
    ['Kirkgate', 'Brantwick', '2015-03-14', 4, true, '01632 961101'],
    ['Fellside', 'Brantwick', '2018-09-01', 3, false, '01632 961178'],
    ['Millbrook Retail Park', 'Ormsby', '2020-06-20', 5, true, '01632 961232'],
    ['Ousebank', 'Kelthorpe', '2022-02-05', 3, false, '01632 961390'],
    ['Thornley Village', 'Thornley', '2024-05-11', 2, false, '01632 961455'],
  ].map(([salon_nm, town, open_dt, n_tbl, hydro, tel_no], index) => ({ salon_id: index + 1, salon_nm, town, open_dt, n_tbl, hydro, tel_no }));
  const groomers = [];
  for (const salon of salons) {
    const levels = ['MGR', ...Array(Math.max(1, salon.n_tbl - 1)).fill('GRM'), ...(salon.n_tbl >= 3 ? ['SNR'] : []), ...(salon.salon_id % 2 === 1 ? ['TRN'] : [])];
    for (const lvl of levels) {
      groomers.push({ grmr_id: 0, grmr_nm: nextName().join(' '), salon_id: salon.salon_id, lvl_cd: lvl, hrly_gbp: money(lvl === 'MGR' ? 15.8 : lvl === 'SNR' ? 14.3 : lvl === 'GRM' ? pick([12.6, 12.9, 13.2]) : 10.2), l3_qual: lvl === 'TRN' ? false : lvl === 'MGR' || lvl === 'SNR' ? true : random() < 0.5, start_dt: lvl === 'TRN' ? day(addDays(new Date(Date.UTC(2025, 8, 1)), between(0, 400))) : day(addDays(new Date(`${salon.open_dt}T00:00:00Z`), between(0, Math.floor((Date.UTC(2026, 9, 1) - Date.parse(`${salon.open_dt}T00:00:00Z`)) / 86_400_000)))) });
    }
  }
  groomers.forEach((g, index) => { g.grmr_id = 201 + index; });
  const districts = ['BD9', 'BD13', 'HX2', 'HX7', 'LS28', 'WF17', 'HD3', 'OL14', 'BB10', 'LS21', 'HG3', 'BD20'];
  const owners = [];
  for (let n = 0; n < 860; n += 1) {
    const [first, last] = nextName();
    owners.push({ own_id: 5001 + n, first_nm: first, last_nm: last, mob_no: random() < 0.06 ? null : `07700 ${String(between(900000, 900999))}`, email: random() < 0.15 ? null : `${first.toLowerCase()}${between(1, 99)}@example.org`, pcd_dist: pick(districts), reg_dt: day(addDays(new Date(Date.UTC(2015, 2, 14)), between(0, 4250))), sms_ok: random() < 0.7 });
  }
  const breeds = [
    ['Cockapoo', 'M', 'CUR', 8, 12], ['Cockapoo', 'M', 'CUR', 8, 12], ['Labrador Retriever', 'L', 'DBL', 27, 36], ['Shih Tzu', 'S', 'LNG', 4, 7], ['Cocker Spaniel', 'M', 'LNG', 11, 15],
    ['Border Terrier', 'S', 'WIR', 5, 7], ['Miniature Schnauzer', 'S', 'WIR', 6, 9], ['Golden Retriever', 'L', 'DBL', 27, 34], ['Bichon Frise', 'S', 'CUR', 5, 8], ['West Highland White Terrier', 'S', 'WIR', 6, 9],
    ['Cavapoo', 'S', 'CUR', 5, 9], ['Standard Poodle', 'L', 'CUR', 20, 30], ['English Springer Spaniel', 'M', 'LNG', 18, 23], ['Lhasa Apso', 'S', 'LNG', 5, 8], ['Yorkshire Terrier', 'S', 'LNG', 2, 4],
    ['Labradoodle', 'L', 'CUR', 22, 32], ['German Shepherd', 'XL', 'DBL', 30, 40], ['Dachshund', 'S', 'SMO', 7, 12], ['Pomeranian', 'S', 'DBL', 2, 4], ['Bernese Mountain Dog', 'XL', 'DBL', 38, 50],
    ['Staffordshire Bull Terrier', 'M', 'SMO', 11, 17], ['Whippet', 'M', 'SMO', 9, 14], ['Cockapoo', 'M', 'CUR', 8, 12], ['Shih Tzu', 'S', 'LNG', 4, 7],
  ];
  const dogNames = ['Alfie', 'Bella', 'Biscuit', 'Bonnie', 'Bramble', 'Buster', 'Coco', 'Daisy', 'Teddy', 'Luna', 'Milo', 'Nala', 'Ollie', 'Poppy', 'Rosie', 'Ruby', 'Scout', 'Willow', 'Winston', 'Archie', 'Bailey', 'Hugo', 'Maple', 'Pickle', 'Rolo', 'Truffle', 'Dexter', 'Murphy', 'Pepper', 'Tilly', 'Barney', 'Honey', 'Juno', 'Otis'];
  const dogs = [];
  for (const owner of owners) {
    const count = random() < 0.82 ? 1 : random() < 0.8 ? 2 : 3;
    for (let k = 0; k < count; k += 1) {
      const [brd, sz_cd, coat_cd, lo, hi] = pick(breeds);
      dogs.push({ dog_id: 0, own_id: owner.own_id, dog_nm: pick(dogNames), brd, sz_cd, coat_cd, dob: day(addDays(new Date(Date.UTC(2010, 5, 1)), between(0, 5650))), neut: random() < 0.68, wt_kg: (between(lo * 10, hi * 10) / 10).toFixed(1) });
    }
  }
  // A few names given to one dog only, so questions can name a dog.
  const single = { 17: 'Bramble', 44: 'Biscuit', 310: 'Gruffalo', 512: 'Marmalade', 777: 'Sprocket' };
  dogs.forEach((d, index) => { d.dog_id = 1001 + index; });
  for (const d of dogs) {
    if (d.dog_nm === 'Bramble' || d.dog_nm === 'Biscuit') d.dog_nm = pick(['Bella', 'Teddy', 'Luna', 'Milo']);
  }
  for (const [index, name] of Object.entries(single)) dogs[Number(index)].dog_nm = name;
  const price = { FG: { S: 38, M: 46, L: 58, XL: 72 }, BT: { S: 28, M: 32, L: 40, XL: 50 }, NT: { S: 10, M: 10, L: 12, XL: 12 }, PUP: { S: 20, M: 20, L: 25, XL: 25 }, HS: { S: 45, M: 55, L: 65, XL: 75 }, DS: { S: 35, M: 45, L: 55, XL: 68 } };
  const minutes = { FG: { S: 90, M: 120, L: 150, XL: 180 }, BT: { S: 60, M: 75, L: 90, XL: 105 }, NT: { S: 15, M: 15, L: 20, XL: 20 }, PUP: { S: 45, M: 45, L: 60, XL: 60 }, HS: { S: 120, M: 150, L: 150, XL: 180 }, DS: { S: 75, M: 90, L: 120, XL: 150 } };
  const appts = [];
  const homeOf = new Map(owners.map((o) => [o.own_id, pick([1, 1, 2, 3, 3, 3, 4, 4, 5])]));
  for (const dog of dogs) {
    const salonId = homeOf.get(dog.own_id);
    const staff = groomers.filter((g) => g.salon_id === salonId);
    const young = dog.dob > '2025-09-01';
    const services = dog.coat_cd === 'WIR' ? ['HS', 'HS', 'FG', 'NT'] : dog.coat_cd === 'DBL' ? ['DS', 'DS', 'BT', 'NT'] : dog.coat_cd === 'SMO' ? ['BT', 'NT', 'NT'] : ['FG', 'FG', 'FG', 'BT', 'NT'];
    let date = addDays(START, between(0, 70));
    const gap = dog.coat_cd === 'CUR' || dog.coat_cd === 'LNG' ? [35, 63] : [49, 112];
    while (day(date) <= END) {
      if (date.getUTCDay() !== 0) {
        const svc = young && day(date) < '2026-06-01' ? 'PUP' : pick(services);
        const roll = random();
        const sts = roll < 0.06 ? 'CXL' : roll < 0.1 ? 'DNA' : 'CMP';
        const groomer = pick(svc === 'BT' || svc === 'NT' ? staff : staff.filter((g) => g.lvl_cd !== 'TRN'));
        const amt = price[svc][dog.sz_cd] + (svc === 'FG' && random() < 0.15 ? 10 : 0);
        appts.push({ apt_id: 0, dog_id: dog.dog_id, salon_id: salonId, grmr_id: groomer.grmr_id, apt_dt: day(date), slot_tm: `${pad(between(8, 15))}:${pick(['00', '30'])}`, svc_cd: svc, dur_min: minutes[svc][dog.sz_cd] + pick([-15, 0, 0, 0, 15, 30]), sts_cd: sts, amt_gbp: money(sts === 'CMP' ? amt : sts === 'DNA' ? 10 : 0), tip_gbp: money(sts === 'CMP' && random() < 0.35 ? pick([2, 3, 5, 5, 10]) : 0) });
      }
      date = addDays(date, between(...gap));
    }
  }
  appts.sort((a, b) => cmp(a.apt_dt, b.apt_dt) || cmp(a.slot_tm, b.slot_tm) || a.dog_id - b.dog_id);
  appts.forEach((a, index) => { a.apt_id = 70001 + index; });
  const addons = [];
  const addonPrice = { TTH: 6, FLEA: 9, BLU: 5, PAW: 4, DEM: 15, NPT: 5 };
  for (const appt of appts) {
    if (appt.sts_cd !== 'CMP' || appt.svc_cd === 'NT') continue;
    const count = random() < 0.6 ? 0 : random() < 0.75 ? 1 : 2;
    const chosen = new Set();
    for (let k = 0; k < count; k += 1) chosen.add(pick(['TTH', 'TTH', 'FLEA', 'BLU', 'BLU', 'PAW', 'DEM', 'NPT']));
    for (const code of chosen) addons.push({ addon_id: 0, apt_id: appt.apt_id, addon_cd: code, amt_gbp: money(addonPrice[code]) });
  }
  addons.forEach((a, index) => { a.addon_id = index + 1; });
  writeTable('dog_grooming', 'salons', ['salon_id', 'salon_nm', 'town', 'open_dt', 'n_tbl', 'hydro', 'tel_no'], salons);
  writeTable('dog_grooming', 'groomers', ['grmr_id', 'grmr_nm', 'salon_id', 'lvl_cd', 'hrly_gbp', 'l3_qual', 'start_dt'], groomers);
  writeTable('dog_grooming', 'owners', ['own_id', 'first_nm', 'last_nm', 'mob_no', 'email', 'pcd_dist', 'reg_dt', 'sms_ok'], owners);
  writeTable('dog_grooming', 'dogs', ['dog_id', 'own_id', 'dog_nm', 'brd', 'sz_cd', 'coat_cd', 'dob', 'neut', 'wt_kg'], dogs);
  writeTable('dog_grooming', 'appts', ['apt_id', 'dog_id', 'salon_id', 'grmr_id', 'apt_dt', 'slot_tm', 'svc_cd', 'dur_min', 'sts_cd', 'amt_gbp', 'tip_gbp'], appts);
  writeTable('dog_grooming', 'addons', ['addon_id', 'apt_id', 'addon_cd', 'amt_gbp'], addons);
}

/** A roofing contractor: customers, their properties, quotes, the jobs won, employees and the materials each job used. */
function roofingJobs() {
  const { random, pick, between } = seeded(20261302);
  const nextName = namer(pick, FIRST, LAST);
  const towns = ['Ormsby', 'Ormsby', 'Brantwick', 'Kelthorpe', 'Kelthorpe', 'Thornley', 'Haddleston', 'Upper Wray'];
  const streets = ['Mill Lane', 'Church Street', 'Victoria Road', 'Park Avenue', 'Station Road', 'Moor View', 'Beck Side', 'Chapel Fold', 'Hall Croft', 'Greenfield Terrace', 'Albert Street', 'Quarry Hill', 'Westgate', 'Ing Lane'];
  const employees = [];
  const titles = [['Director', 1], ['Surveyor', 2], ['Site lead', 4], ['Roofer', 9], ['Apprentice', 4], ['Office manager', 1]];
  for (const [job_title, count] of titles) {
    for (let n = 0; n < count; n += 1) employees.push({ employee_id: 0, full_name: nextName().join(' '), job_title, day_rate: money(job_title === 'Director' ? 320 : job_title === 'Surveyor' ? 210 : job_title === 'Site lead' ? between(19, 21) * 10 : job_title === 'Roofer' ? between(15, 18) * 10 : job_title === 'Apprentice' ? between(8, 10) * 10 : 150), cscs_card_expiry: job_title === 'Office manager' ? null : day(addDays(new Date(Date.UTC(2026, 3, 1)), between(0, 1500))), started_on: job_title === 'Apprentice' ? day(addDays(new Date(Date.UTC(2023, 8, 4)), between(0, 900))) : day(addDays(new Date(Date.UTC(2006, 0, 9)), between(0, 7300))) });
  }
  employees.forEach((e, index) => { e.employee_id = 11 + index; });
  const surveyors = employees.filter((e) => e.job_title === 'Surveyor' || e.job_title === 'Director');
  const leads = employees.filter((e) => e.job_title === 'Site lead');
  const customers = [];
  const businesses = ['Kelthorpe Community Church', 'Ormsby Motor Factors', 'Brantwick Primary School', 'Haddleston Cricket Club', 'Thornley Dental Practice', 'Wray Valley Homes', 'Moorside Lettings', 'Castle Yard Storage'];
  for (let n = 0; n < 420; n += 1) {
    const roll = random();
    const type = n < businesses.length ? (businesses[n].includes('Homes') || businesses[n].includes('Lettings') ? 'landlord' : 'commercial') : roll < 0.12 ? 'landlord' : 'domestic';
    const name = n < businesses.length ? businesses[n] : nextName().join(' ');
    customers.push({ customer_id: 1 + n, customer_name: name, customer_type: type, phone_number: random() < 0.04 ? null : `07700 ${String(between(900000, 900999))}`, email: random() < 0.2 ? null : `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`, first_contact_date: day(addDays(new Date(Date.UTC(2014, 0, 6)), between(0, 4600))) });
  }
  const properties = [];
  for (const customer of customers) {
    const count = customer.customer_type === 'landlord' ? between(2, 5) : 1;
    for (let k = 0; k < count; k += 1) {
      const commercial = customer.customer_type === 'commercial';
      const property_type = commercial ? 'COM' : pick(['DET', 'SEMI', 'SEMI', 'TER', 'TER', 'TER', 'BUN', 'FLT']);
      const roof_type = commercial ? pick(['FLAT_FELT', 'EPDM', 'SLATE']) : property_type === 'FLT' ? pick(['FLAT_FELT', 'EPDM', 'GRP']) : pick(['CONC_TILE', 'CONC_TILE', 'CLAY_TILE', 'SLATE', 'SLATE', 'STONE_SLATE']);
      const town = pick(towns);
      properties.push({ property_id: 0, customer_id: customer.customer_id, street_address: `${between(1, 140)} ${pick(streets)}`, town, postcode: `${town === 'Ormsby' ? 'HX4' : town === 'Brantwick' ? 'HX6' : town === 'Kelthorpe' ? 'BD22' : town === 'Thornley' ? 'HX3' : town === 'Haddleston' ? 'OL14' : 'BD23'} ${between(1, 9)}${pick(['AB', 'DF', 'GH', 'JL', 'NP', 'QR', 'SW', 'TY'])}`, property_type, roof_type, storeys: property_type === 'BUN' ? 1 : property_type === 'FLT' ? between(3, 5) : commercial ? between(1, 3) : pick([2, 2, 2, 3]), listed_building: roof_type === 'STONE_SLATE' ? random() < 0.5 : random() < 0.03, conservation_area: random() < 0.18 });
    }
  }
  properties.forEach((p, index) => { p.property_id = 301 + index; });
  const workFor = (roof) => (['FLAT_FELT', 'EPDM', 'GRP'].includes(roof) ? ['FLAT', 'FLAT', 'REPAIR', 'REPAIR', 'GUTTER', 'INSPECT'] : ['REROOF', 'REPAIR', 'REPAIR', 'REPAIR', 'CHIMNEY', 'GUTTER', 'INSPECT', 'RIDGE']);
  const band = { REROOF: [5500, 14500], FLAT: [1800, 6200], REPAIR: [180, 1400], CHIMNEY: [650, 2400], GUTTER: [380, 1600], INSPECT: [90, 180], RIDGE: [450, 1500] };
  const quotes = [];
  for (let n = 0; n < 760; n += 1) {
    const property = pick(properties);
    const work_type = pick(workFor(property.roof_type));
    const quoted = addDays(START, between(-40, 350));
    const [lo, hi] = band[work_type];
    const amount = between(lo / 10, hi / 10) * 10 * (property.storeys >= 3 ? 1.2 : 1) * (property.listed_building ? 1.3 : 1);
    const roll = random();
    const status = day(quoted) > '2026-11-10' && roll < 0.6 ? 'OPEN' : roll < (work_type === 'INSPECT' || work_type === 'REPAIR' ? 0.72 : 0.45) ? 'WON' : roll < 0.93 ? 'LOST' : 'WDN';
    quotes.push({ quote_number: '', property_id: property.property_id, surveyed_by: pick(surveyors).employee_id, quote_date: day(quoted), work_type, quoted_amount: money(amount), scaffolding_needed: work_type === 'REROOF' || work_type === 'CHIMNEY' || (work_type === 'GUTTER' && property.storeys >= 3) || (work_type === 'REPAIR' && property.storeys >= 2 && random() < 0.4), status, valid_until: day(addDays(quoted, 30)) });
  }
  quotes.sort((a, b) => cmp(a.quote_date, b.quote_date) || a.property_id - b.property_id);
  quotes.forEach((q, index) => { q.quote_number = `Q${25000 + index + 1}`; });
  const jobs = [];
  const materials = [];
  const mats = {
    REROOF: [['concrete interlocking tile', 'each', 1.35, [600, 1400]], ['breathable membrane', 'roll', 62, [3, 8]], ['treated batten', 'metre', 0.85, [300, 700]], ['ridge tile', 'each', 7.5, [10, 24]], ['lead flashing code 4', 'roll', 118, [1, 3]]],
    REROOF_SLATE: [['natural slate', 'each', 2.2, [700, 1500]], ['breathable membrane', 'roll', 62, [3, 8]], ['treated batten', 'metre', 0.85, [300, 700]], ['ridge tile', 'each', 7.5, [10, 24]], ['lead flashing code 4', 'roll', 118, [1, 3]], ['copper nails', 'kg', 14, [3, 8]]],
    FLAT: [['EPDM membrane', 'square metre', 11.5, [12, 60]], ['OSB deck board', 'sheet', 24, [6, 24]], ['EPDM adhesive', 'tub', 46, [1, 4]], ['trim edging', 'metre', 3.2, [10, 35]]],
    REPAIR: [['concrete interlocking tile', 'each', 1.35, [4, 40]], ['natural slate', 'each', 2.2, [4, 40]], ['lead flashing code 4', 'roll', 118, [0, 1]], ['roofing felt', 'roll', 38, [0, 2]]],
    CHIMNEY: [['mortar mix', 'bag', 9.5, [2, 8]], ['lead flashing code 4', 'roll', 118, [1, 2]], ['chimney cowl', 'each', 42, [0, 2]]],
    GUTTER: [['uPVC guttering', 'metre', 6.8, [8, 40]], ['uPVC fascia board', 'metre', 9.4, [0, 35]], ['downpipe', 'metre', 5.2, [2, 12]]],
    RIDGE: [['ridge tile', 'each', 7.5, [6, 30]], ['dry ridge kit', 'each', 68, [1, 2]]],
  };
  for (const quote of quotes.filter((q) => q.status === 'WON')) {
    const property = properties[quote.property_id - 301];
    const start = addDays(new Date(`${quote.quote_date}T00:00:00Z`), between(7, 45));
    const span = quote.work_type === 'REROOF' ? between(5, 14) : quote.work_type === 'FLAT' ? between(2, 5) : quote.work_type === 'INSPECT' ? 0 : between(0, 2);
    const month = start.getUTCMonth();
    const weather = quote.work_type === 'INSPECT' ? 0 : (month <= 2 || month >= 10 ? between(0, 4) : between(0, 1));
    const finish = addDays(start, span + weather);
    if (day(start) > END) continue;
    const done = day(finish) <= END;
    const job = { job_number: `J${quote.quote_number.slice(1)}`, quote_number: quote.quote_number, site_lead: pick(leads).employee_id, start_date: day(start), finish_date: done ? day(finish) : null, weather_days_lost: weather, invoice_amount: done ? money(Number(quote.quoted_amount) + (random() < 0.2 ? between(1, 12) * 25 : 0)) : null, paid_date: done && random() < 0.88 ? day(addDays(finish, between(0, 40))) : null, guarantee_years: quote.work_type === 'REROOF' || quote.work_type === 'FLAT' ? (quote.work_type === 'FLAT' ? 20 : 15) : quote.work_type === 'INSPECT' ? 0 : pick([1, 2, 5]) };
    if (job.paid_date !== null && job.paid_date > END) job.paid_date = null;
    jobs.push(job);
    if (quote.work_type === 'INSPECT') continue;
    const slate = property.roof_type === 'SLATE' || property.roof_type === 'STONE_SLATE';
    const list = quote.work_type === 'REROOF' && slate ? mats.REROOF_SLATE : quote.work_type === 'REPAIR' ? mats.REPAIR.filter(([m]) => (slate ? m !== 'concrete interlocking tile' : m !== 'natural slate')) : mats[quote.work_type];
    for (const [material, unit, cost, [lo, hi]] of list) {
      const quantity = between(lo, hi);
      if (quantity === 0) continue;
      materials.push({ job_number: job.job_number, material, unit, quantity, unit_cost: money(cost) });
    }
  }
  writeTable('roofing_jobs', 'customers', ['customer_id', 'customer_name', 'customer_type', 'phone_number', 'email', 'first_contact_date'], customers);
  writeTable('roofing_jobs', 'properties', ['property_id', 'customer_id', 'street_address', 'town', 'postcode', 'property_type', 'roof_type', 'storeys', 'listed_building', 'conservation_area'], properties);
  writeTable('roofing_jobs', 'employees', ['employee_id', 'full_name', 'job_title', 'day_rate', 'cscs_card_expiry', 'started_on'], employees);
  writeTable('roofing_jobs', 'quotes', ['quote_number', 'property_id', 'surveyed_by', 'quote_date', 'work_type', 'quoted_amount', 'scaffolding_needed', 'status', 'valid_until'], quotes);
  writeTable('roofing_jobs', 'jobs', ['job_number', 'quote_number', 'site_lead', 'start_date', 'finish_date', 'weather_days_lost', 'invoice_amount', 'paid_date', 'guarantee_years'], jobs);
  writeTable('roofing_jobs', 'materials_used', ['job_number', 'material', 'unit', 'quantity', 'unit_cost'], materials);
}

/** A community radio station: presenters, the weekly schedule of shows, each broadcast, the tracks played and sponsors' on-air spots. */
function communityRadio() {
  const { random, pick, between } = seeded(20261303);
  const nextName = namer(pick, FIRST, LAST);
  const presenters = [];
  for (let n = 0; n < 26; n += 1) {
    const [first, last] = nextName();
    presenters.push({ presenterId: 0, fullName: `${first} ${last}`, onAirName: n % 4 === 0 ? `DJ ${first} ${last[0]}` : `${first} ${last}`, joinedOn: day(addDays(new Date(Date.UTC(2012, 8, 1)), between(0, 5100))), isVolunteer: n >= 3, studioLvl: n < 3 ? 'L3' : pick(['L1', 'L2', 'L2', 'L2', 'L3']), email: `${first.toLowerCase()}.${last.toLowerCase()}@example.fm` });
  }
  presenters.forEach((p, index) => { p.presenterId = index + 1; });
  const live = presenters.filter((p) => p.studioLvl !== 'L1');
  const schedule = [
    ['Calder Breakfast', 'MUS', [1, 2, 3, 4, 5], '07:00', 180, true], ['The Mid-Morning Brew', 'TLK', [1, 2, 3, 4, 5], '10:00', 120, true], ['Lunchtime Local', 'MUS', [1, 2, 3, 4, 5], '12:00', 120, true],
    ['Valley Voices', 'TLK', [2, 4], '14:00', 60, true], ['Northern Soul Hour', 'MUS', [5], '20:00', 60, false], ['Folk on the Fells', 'MUS', [3], '19:00', 120, true],
    ['Saturday Sport Round-up', 'SPT', [6], '12:00', 180, true], ['Bhangra Beats', 'MUS', [6], '19:00', 120, true], ['Sunday Service', 'REL', [7], '09:00', 60, false],
    ['Radio Polska Kelthorpe', 'LANG', [7], '11:00', 120, false], ['Urdu Hour', 'LANG', [5], '18:00', 60, true], ['Teen Takeover', 'MUS', [6], '16:00', 120, true],
    ['Local News Bulletin', 'NEWS', [1, 2, 3, 4, 5], '13:00', 15, true], ['Late Night Jazz', 'MUS', [4], '22:00', 120, false], ['Garden Talk', 'TLK', [7], '14:00', 60, true],
    ['Rock Solid', 'MUS', [3], '21:00', 120, true], ['Country Roads', 'MUS', [2], '20:00', 60, false], ['What\'s On Weekly', 'TLK', [4], '18:00', 30, true],
  ];
  const shows = schedule.map(([showTitle, genre, days, startTime, durationMins, isLive], index) => ({ showId: 101 + index, showTitle, genre, presenterId: (isLive ? live : presenters)[index % (isLive ? live.length : presenters.length)].presenterId, airDays: days.map((d) => ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d - 1]).join(','), startTime, durationMins, isLive, firstAired: day(addDays(new Date(Date.UTC(2013, 0, 7)), between(0, 4300))), days }));
  const broadcasts = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(START, d);
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    for (const show of shows) {
      if (!show.days.includes(weekday)) continue;
      const roll = random();
      const status = roll < 0.03 ? 'DRP' : roll < (date.getUTCMonth() === 11 || date.getUTCMonth() === 7 ? 0.2 : 0.08) ? 'RPT' : show.isLive ? 'LIVE' : 'PRE';
      const standIn = status === 'LIVE' && random() < 0.1 ? pick(live.filter((p) => p.presenterId !== show.presenterId)).presenterId : null;
      const base = show.startTime === '07:00' ? 140 : show.startTime < '12:00' ? 80 : show.startTime < '18:00' ? 55 : 45;
      broadcasts.push({ broadcastId: 0, showId: show.showId, airDate: day(date), status, standInId: standIn, streamPeak: status === 'DRP' ? null : Math.round(base * (0.6 + random() * 0.8) * (show.genre === 'SPT' ? 1.5 : 1)), streamHrs: 0 });
      const b = broadcasts[broadcasts.length - 1];
      b.streamHrs = b.streamPeak === null ? null : (Math.round(b.streamPeak * show.durationMins / 60 * (0.55 + random() * 0.3) * 10) / 10).toFixed(1);
    }
  }
  broadcasts.forEach((b, index) => { b.broadcastId = 200001 + index; });
  const artists = [
    ['The Calder Lights', true], ['Holme Valley Ramblers', true], ['Saskia Moor', true], ['Brass Neck Collective', true], ['Millstone Grit', true], ['Jaz Sandhu', true], ['The Wrens', true],
    ['Arctic Monkeys', false], ['Kate Bush', false], ['The Beatles', false], ['Florence + The Machine', false], ['Elbow', false], ['Nina Simone', false], ['Stormzy', false], ['Fleetwood Mac', false],
    ['Kate Rusby', false], ['Gladys Knight', false], ['The Smiths', false], ['Dua Lipa', false], ['Miles Davis', false], ['Dolly Parton', false], ['Pulp', false], ['Little Simz', false], ['Self Esteem', false],
  ];
  const words = ['Moorland', 'Rain', 'Mill', 'Chimney', 'Silver', 'Harbour', 'Night', 'Bus', 'Canal', 'Heather', 'Sunday', 'Echo', 'Northern', 'Paper', 'Lantern', 'River', 'Stone', 'Summer', 'Winter', 'Kites'];
  const catalogue = [];
  for (const [artist, isLocal] of artists) {
    for (let k = 0; k < (isLocal ? 4 : 6); k += 1) catalogue.push({ artistName: artist, isLocal, trackTitle: `${pick(words)} ${pick(['Song', 'Lights', 'Road', 'Blues', 'Girl', 'Heart', 'Days', 'Line', 'Town', 'Dance'])}`, lenSec: between(150, 330) });
  }
  const plays = [];
  for (const b of broadcasts) {
    const show = shows.find((s) => s.showId === b.showId);
    if (b.status === 'DRP' || show.genre !== 'MUS' || random() < 0.85) continue; // only some broadcasts have a logged playlist
    let at = addMinutes(new Date(`${b.airDate}T${show.startTime}:00Z`), between(2, 6));
    const end = addMinutes(new Date(`${b.airDate}T${show.startTime}:00Z`), show.durationMins - 5);
    while (at < end) {
      const track = pick(random() < 0.3 ? catalogue.filter((t) => t.isLocal) : catalogue);
      plays.push({ playId: 0, broadcastId: b.broadcastId, artistName: track.artistName, trackTitle: track.trackTitle, isLocalArtist: track.isLocal, playedAt: stamp(at), lenSec: track.lenSec });
      at = addMinutes(at, Math.ceil(track.lenSec / 60) + between(1, 6));
    }
  }
  plays.forEach((p, index) => { p.playId = index + 1; });
  const sponsors = [
    ['Kelthorpe Building Society', 'FIN', 'Kelthorpe'], ['Moorgate Garden Centre', 'RET', 'Ormsby'], ['Sandhu & Sons Motors', 'MOT', 'Kelthorpe'], ['The Fleece Inn', 'HOS', 'Thornley'],
    ['Brantwick Dental Care', 'HLT', 'Brantwick'], ['Valley Fresh Bakery', 'RET', 'Ormsby'], ['Calder Credit Union', 'FIN', 'Brantwick'], ['Wray Valley Cars', 'MOT', 'Upper Wray'], ['Ormsby Town Council', 'PUB', 'Ormsby'],
  ].map(([businessName, sector, town], index) => ({ sponsorId: index + 1, businessName, sector, town, sinceDate: day(addDays(new Date(Date.UTC(2019, 0, 1)), between(0, 2400))) }));
  const spots = [];
  for (const b of broadcasts) {
    if (b.status === 'DRP' || b.status === 'RPT') continue;
    const count = random() < 0.55 ? 0 : random() < 0.7 ? 1 : 2;
    for (let k = 0; k < count; k += 1) {
      const sponsor = pick(sponsors);
      const spotType = sponsor.sector === 'PUB' ? 'PSA' : pick(['AD', 'AD', 'SPN']);
      const lenSec = spotType === 'SPN' ? 10 : pick([20, 30, 30, 40]);
      spots.push({ spotId: 0, sponsorId: sponsor.sponsorId, broadcastId: b.broadcastId, spotType, lenSec, fee_gbp: money(spotType === 'PSA' ? 0 : spotType === 'SPN' ? 12 : lenSec * 0.6) });
    }
  }
  spots.forEach((s, index) => { s.spotId = index + 1; });
  writeTable('community_radio', 'presenters', ['presenterId', 'fullName', 'onAirName', 'joinedOn', 'isVolunteer', 'studioLvl', 'email'], presenters);
  writeTable('community_radio', 'shows', ['showId', 'showTitle', 'genre', 'presenterId', 'airDays', 'startTime', 'durationMins', 'isLive', 'firstAired'], shows);
  writeTable('community_radio', 'broadcasts', ['broadcastId', 'showId', 'airDate', 'status', 'standInId', 'streamPeak', 'streamHrs'], broadcasts);
  writeTable('community_radio', 'trackPlays', ['playId', 'broadcastId', 'artistName', 'trackTitle', 'isLocalArtist', 'playedAt', 'lenSec'], plays);
  writeTable('community_radio', 'sponsors', ['sponsorId', 'businessName', 'sector', 'town', 'sinceDate'], sponsors);
  writeTable('community_radio', 'sponsorSpots', ['spotId', 'sponsorId', 'broadcastId', 'spotType', 'lenSec', 'fee_gbp'], spots);
}

dogGrooming();
roofingJobs();
communityRadio();

// Writes databases/{seed_bank,coach_tours}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-f/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alison', 'Barry', 'Carol', 'Derek', 'Eileen', 'Frank', 'Gillian', 'Howard', 'Irene', 'Jim', 'Kathleen', 'Len', 'Margaret', 'Norman', 'Pauline', 'Ron', 'Sheila', 'Trevor', 'Valerie', 'Wendy', 'Graham', 'Brenda', 'Keith', 'Maureen'];
const LAST = ['Ackroyd', 'Barraclough', 'Crowther', 'Dobson', 'Earnshaw', 'Firth', 'Greenwood', 'Haigh', 'Illingworth', 'Jowett', 'Kershaw', 'Lister', 'Metcalfe', 'Naylor', 'Oldroyd', 'Pickles', 'Rushworth', 'Sutcliffe', 'Thackray', 'Walsh', 'Wilkinson', 'Sowerby', 'Holroyd', 'Mallinson'];

/** A national wild-plant seed bank: species, collecting sites, seed accessions, germination tests, recipients and seed distributions, 2016-2026. */
function seedBank() {
  const { random, pick, between } = seeded(20160315);
  // [family, genus, epithet, common name, IUCN (GB red list) category, storage behaviour O/I/R]
  const speciesList = [
    ['Primulaceae', 'Primula', 'veris', 'Cowslip', 'LC', 'O'], ['Primulaceae', 'Primula', 'farinosa', 'Bird\'s-eye Primrose', 'VU', 'O'],
    ['Primulaceae', 'Primula', 'scotica', 'Scottish Primrose', 'NT', 'O'], ['Ranunculaceae', 'Pulsatilla', 'vulgaris', 'Pasqueflower', 'VU', 'O'],
    ['Ranunculaceae', 'Trollius', 'europaeus', 'Globeflower', 'NT', 'O'], ['Ranunculaceae', 'Ranunculus', 'flammula', 'Lesser Spearwort', 'LC', 'O'],
    ['Fabaceae', 'Lotus', 'corniculatus', 'Bird\'s-foot Trefoil', 'LC', 'O'], ['Fabaceae', 'Anthyllis', 'vulneraria', 'Kidney Vetch', 'LC', 'O'],
    ['Fabaceae', 'Oxytropis', 'halleri', 'Purple Oxytropis', 'VU', 'O'], ['Fabaceae', 'Vicia', 'orobus', 'Wood Bitter-vetch', 'NT', 'O'],
    ['Asteraceae', 'Centaurea', 'scabiosa', 'Greater Knapweed', 'LC', 'O'], ['Asteraceae', 'Saussurea', 'alpina', 'Alpine Saw-wort', 'NT', 'O'],
    ['Asteraceae', 'Senecio', 'paludosus', 'Fen Ragwort', 'CR', 'O'], ['Asteraceae', 'Arnica', 'montana', 'Mountain Arnica', 'EN', 'O'],
    ['Poaceae', 'Sesleria', 'caerulea', 'Blue Moor-grass', 'LC', 'O'], ['Poaceae', 'Briza', 'media', 'Quaking-grass', 'LC', 'O'],
    ['Poaceae', 'Alopecurus', 'borealis', 'Alpine Foxtail', 'NT', 'O'], ['Orchidaceae', 'Cypripedium', 'calceolus', 'Lady\'s-slipper', 'CR', 'I'],
    ['Orchidaceae', 'Ophrys', 'apifera', 'Bee Orchid', 'LC', 'I'], ['Orchidaceae', 'Orchis', 'militaris', 'Military Orchid', 'EN', 'I'],
    ['Lamiaceae', 'Thymus', 'drucei', 'Wild Thyme', 'LC', 'O'], ['Lamiaceae', 'Salvia', 'pratensis', 'Meadow Clary', 'EN', 'O'],
    ['Lamiaceae', 'Teucrium', 'scordium', 'Water Germander', 'EN', 'O'], ['Rosaceae', 'Dryas', 'octopetala', 'Mountain Avens', 'LC', 'O'],
    ['Rosaceae', 'Sorbus', 'arranensis', 'Arran Whitebeam', 'EN', 'I'], ['Rosaceae', 'Potentilla', 'rupestris', 'Rock Cinquefoil', 'CR', 'O'],
    ['Fagaceae', 'Quercus', 'petraea', 'Sessile Oak', 'LC', 'R'], ['Fagaceae', 'Quercus', 'robur', 'Pedunculate Oak', 'LC', 'R'],
    ['Betulaceae', 'Corylus', 'avellana', 'Hazel', 'LC', 'R'], ['Caryophyllaceae', 'Silene', 'acaulis', 'Moss Campion', 'LC', 'O'],
    ['Caryophyllaceae', 'Dianthus', 'gratianopolitanus', 'Cheddar Pink', 'VU', 'O'], ['Caryophyllaceae', 'Lychnis', 'viscaria', 'Sticky Catchfly', 'EN', 'O'],
    ['Apiaceae', 'Eryngium', 'maritimum', 'Sea Holly', 'LC', 'O'], ['Apiaceae', 'Trinia', 'glauca', 'Honewort', 'VU', 'O'],
    ['Plantaginaceae', 'Veronica', 'spicata', 'Spiked Speedwell', 'NT', 'O'], ['Gentianaceae', 'Gentiana', 'verna', 'Spring Gentian', 'VU', 'O'],
    ['Gentianaceae', 'Gentianella', 'anglica', 'Early Gentian', 'EN', 'O'], ['Saxifragaceae', 'Saxifraga', 'cespitosa', 'Tufted Saxifrage', 'VU', 'O'],
  ];
  const species = speciesList.map(([family, genus, epithet, common_name, iucn_cat, storage_behav], index) => ({ species_id: 101 + index, family, genus, epithet, common_name, iucn_cat, storage_behav }));
  const siteList = [
    ['Ben Lawers', 'Highlands', 'GB-SCT', 1214], ['Cairngorm Plateau', 'Highlands', 'GB-SCT', 1090], ['Isle of Arran', 'Clyde & Islands', 'GB-SCT', 260],
    ['Upper Teesdale', 'North Pennines', 'GB-ENG', 520], ['Malham Tarn', 'Yorkshire Dales', 'GB-ENG', 375], ['Cheddar Gorge', 'Mendips', 'GB-ENG', 180],
    ['Lizard Peninsula', 'Cornwall', 'GB-ENG', 60], ['Wicken Fen', 'Fens', 'GB-ENG', 3], ['Chiltern Scarp', 'Chilterns', 'GB-ENG', 240],
    ['Great Orme', 'North Wales', 'GB-WLS', 200], ['Cwm Idwal', 'Eryri', 'GB-WLS', 420], ['Gower Cliffs', 'South Wales', 'GB-WLS', 45],
    ['The Burren', 'Clare', 'IE', 150], ['Breckland Heath', 'Brecks', 'GB-ENG', 30],
  ];
  const sites = siteList.map(([site_name, region, country_cd, elev_m], index) => ({ site_id: index + 1, site_name, region, country_cd, elev_m }));
  const collectors = ['A. Lindsay', 'B. Okafor', 'C. Pryce', 'D. MacRae', 'E. Hollis', 'F. Dunmore', 'G. Rees'];
  const homeSites = new Map(species.map((sp) => [sp.species_id, [pick(sites), pick(sites), pick(sites), pick(sites)]]));
  const accessions = [];
  for (let i = 0; i < 560; i += 1) {
    const sp = pick(species);
    const site = pick(homeSites.get(sp.species_id));
    const collected = addDays(new Date(Date.UTC(2016, 5, 1)), between(0, 3780));
    const month = collected.getUTCMonth();
    const when = month < 5 || month > 9 ? addDays(collected, 150) : collected;
    const count = sp.storage_behav === 'R' ? between(40, 400) : between(500, 24000);
    accessions.push({ acc_no: '', species_id: sp.species_id, site_id: site.site_id, collected_dt: when, collector: pick(collectors), seeds_banked: count, storage_cd: sp.storage_behav === 'R' ? 'CRYO' : random() < 0.7 ? 'BASE' : 'ACTV', status_cd: 'A', wild_origin: random() < 0.9 });
  }
  const asOf = new Date(Date.UTC(2026, 10, 30));
  for (const a of accessions) if (a.collected_dt > asOf) a.collected_dt = addDays(asOf, -between(20, 200));
  accessions.sort((a, b) => cmp(day(a.collected_dt), day(b.collected_dt)) || a.species_id - b.species_id);
  const perYear = {};
  accessions.forEach((a) => {
    const y = a.collected_dt.getUTCFullYear();
    perYear[y] = (perYear[y] ?? 0) + 1;
    a.acc_no = `SB${y}-${String(perYear[y]).padStart(4, '0')}`;
  });
  const tests = [];
  const speciesOf = (a) => species.find((s) => s.species_id === a.species_id);
  for (const a of accessions) {
    const sp = speciesOf(a);
    const base = sp.storage_behav === 'R' ? 0.55 : sp.storage_behav === 'I' ? 0.45 : 0.8;
    let when = addDays(a.collected_dt, between(40, 160));
    let k = 0;
    while (when <= asOf && k < 4) {
      const sown = sp.family === 'Orchidaceae' ? pick([100, 200]) : pick([50, 50, 100]);
      const rate = Math.max(0.02, Math.min(0.99, base - k * 0.04 + (random() - 0.5) * 0.3));
      tests.push({ test_id: 0, acc_no: a.acc_no, test_dt: day(when), seeds_sown: sown, seeds_germ: Math.round(sown * rate), temp_c: pick([15, 20, 20, 25, 10]), pretreat_cd: sp.family === 'Fabaceae' ? 'SCAR' : sp.family === 'Gentianaceae' || sp.family === 'Primulaceae' ? pick(['STRAT', 'GA3']) : pick(['NONE', 'NONE', 'STRAT']) });
      when = addDays(when, between(900, 1900));
      k += 1;
    }
  }
  tests.sort((a, b) => cmp(a.test_dt, b.test_dt) || cmp(a.acc_no, b.acc_no));
  tests.forEach((t, index) => { t.test_id = 5001 + index; });
  const recipientList = [
    ['University of Leeds Plant Sciences', 'UNI', 'GB'], ['Royal Botanic Garden Edinburgh', 'BG', 'GB'], ['Cambridge University Botanic Garden', 'BG', 'GB'],
    ['Plantlife Scotland', 'NGO', 'GB'], ['Yorkshire Wildlife Trust', 'NGO', 'GB'], ['Natural England', 'GOV', 'GB'], ['NatureScot', 'GOV', 'GB'],
    ['National Botanic Garden of Wales', 'BG', 'GB'], ['Trinity College Dublin Botany', 'UNI', 'IE'], ['National Parks and Wildlife Service', 'GOV', 'IE'],
    ['Meise Botanic Garden', 'BG', 'BE'], ['Millennium Seed Bank Partnership', 'NGO', 'GB'], ['University of Bristol Biology', 'UNI', 'GB'],
    ['Bangor University Environment', 'UNI', 'GB'], ['Cotswold Seeds Restoration', 'COM', 'GB'], ['Emorsgate Wild Seeds', 'COM', 'GB'],
    ['Kew Conservation Science', 'BG', 'GB'], ['Norfolk Wildlife Trust', 'NGO', 'GB'], ['Wageningen Plant Research', 'UNI', 'NL'],
  ];
  const recipients = recipientList.map(([org_name, org_type, country], index) => ({ recipient_id: 301 + index, org_name, org_type, country }));
  const distributions = [];
  const available = accessions.filter((a) => a.storage_cd !== 'CRYO');
  for (let i = 0; i < 320; i += 1) {
    const a = pick(available);
    const sent = addDays(new Date(Date.UTC(2021, 0, 4)), between(0, 2155));
    if (sent < addDays(a.collected_dt, 200) || sent > asOf) continue;
    const r = recipients[Math.floor(random() * random() * recipients.length)];
    const seeds = Math.min(Math.floor(a.seeds_banked / 10), pick([50, 100, 100, 200, 250, 500]));
    if (seeds < 20) continue;
    distributions.push({ dist_id: 0, acc_no: a.acc_no, recipient_id: r.recipient_id, sent_dt: day(sent), seeds_sent: seeds, purpose_cd: r.org_type === 'UNI' ? pick(['RES', 'RES', 'EDU']) : r.org_type === 'COM' ? 'REST' : pick(['REST', 'REST', 'RES', 'DISP']) });
  }
  distributions.sort((a, b) => cmp(a.sent_dt, b.sent_dt) || cmp(a.acc_no, b.acc_no));
  distributions.forEach((d, index) => { d.dist_id = 1 + index; });
  for (const a of accessions) {
    const sent = distributions.filter((d) => d.acc_no === a.acc_no).reduce((s, d) => s + d.seeds_sent, 0);
    const sp = speciesOf(a);
    if (a.seeds_banked - sent < 150 && sp.storage_behav !== 'R') a.status_cd = 'X';
    else if (sp.iucn_cat === 'CR' || (sp.iucn_cat === 'EN' && random() < 0.5)) a.status_cd = 'R';
    else if (random() < 0.04) a.status_cd = 'X';
    a.collected_dt = day(a.collected_dt);
  }
  writeTable('seed_bank', 'species', ['species_id', 'family', 'genus', 'epithet', 'common_name', 'iucn_cat', 'storage_behav'], species);
  writeTable('seed_bank', 'collection_sites', ['site_id', 'site_name', 'region', 'country_cd', 'elev_m'], sites);
  writeTable('seed_bank', 'accessions', ['acc_no', 'species_id', 'site_id', 'collected_dt', 'collector', 'seeds_banked', 'storage_cd', 'status_cd', 'wild_origin'], accessions);
  writeTable('seed_bank', 'germination_tests', ['test_id', 'acc_no', 'test_dt', 'seeds_sown', 'seeds_germ', 'temp_c', 'pretreat_cd'], tests);
  writeTable('seed_bank', 'recipients', ['recipient_id', 'org_name', 'org_type', 'country'], recipients);
  writeTable('seed_bank', 'distributions', ['dist_id', 'acc_no', 'recipient_id', 'sent_dt', 'seeds_sent', 'purpose_cd'], distributions);
}

/** A Yorkshire coach-holiday operator: tours, coaches, drivers, departures, customers and bookings, 2025-2027. */
function coachTours() {
  const { random, pick, between } = seeded(20250301);
  const nextName = namer(pick, FIRST, LAST);
  // [code, name, destination region, nights, price per person in GBP]
  const tourList = [
    ['YD-DAY', 'Yorkshire Dales Explorer', 'Yorkshire', 0, 39], ['WHT-DAY', 'Whitby & the Moors Railway', 'Yorkshire', 0, 52], ['YRK-XM', 'York Christmas Market', 'Yorkshire', 0, 29],
    ['LD-3', 'Lakes & Ullswater Steamers', 'Lake District', 3, 389], ['LD-5', 'Lakeland Grand Tour', 'Lake District', 5, 629], ['NW-4', 'Snowdonia & the Llyn', 'Wales', 4, 479],
    ['HI-6', 'Highlands & Loch Ness', 'Scotland', 6, 849], ['EDI-3', 'Edinburgh Weekend', 'Scotland', 3, 399], ['CORN-5', 'Cornish Coves', 'South West', 5, 659],
    ['NOR-4', 'Norfolk Broads Cruise & Coast', 'East Anglia', 4, 459], ['BRG-4', 'Bruges & Ghent', 'Belgium', 4, 549], ['RHN-7', 'Rhine Valley & Cologne', 'Germany', 7, 999],
    ['NTH-2', 'Northumberland Castles', 'Northumberland', 2, 279], ['BLK-2', 'Blackpool Illuminations', 'Lancashire', 2, 219],
  ];
  const tours = tourList.map(([tour_cd, tour_nm, region, nights, pp_price]) => ({ tour_cd, tour_nm, region, nights, pp_price: money(pp_price), active: tour_cd !== 'NOR-4' }));
  const coachList = [
    ['YJ19 HBT', 'Volvo B11R Plaxton', 53, 2019, true, 'HGT'], ['YJ19 HBU', 'Volvo B11R Plaxton', 53, 2019, true, 'HGT'], ['YK21 CTL', 'Irizar i6', 49, 2021, true, 'HGT'],
    ['YK21 CTM', 'Irizar i6', 49, 2021, false, 'SKP'], ['YX16 RWD', 'Scania Touring', 49, 2016, false, 'SKP'], ['YX16 RWE', 'Scania Touring', 49, 2016, false, 'HGT'],
    ['YN23 PLV', 'Van Hool TX16', 57, 2023, true, 'HGT'], ['YA18 MBS', 'Mercedes Sprinter Minicoach', 16, 2018, false, 'SKP'], ['YE22 TRV', 'Yutong TCe12', 45, 2022, true, 'SKP'],
  ];
  const coaches = coachList.map(([reg_no, make_model, seats, yr_built, wc_lift, depot_cd]) => ({ reg_no, make_model, seats, yr_built, wc_lift, depot_cd }));
  const drivers = [];
  for (let i = 0; i < 12; i += 1) {
    const [fname, lname] = nextName();
    const start = addDays(new Date(Date.UTC(2008, 2, 1)), between(0, 5800));
    drivers.push({ drv_id: 21 + i, fname, lname, depot_cd: i < 6 ? 'HGT' : 'SKP', start_dt: day(start), licence_cat: i === 4 || i === 10 ? 'D1' : 'D', left_dt: i === 8 ? '2026-03-31' : null });
  }
  const departures = [];
  const endOfData = new Date(Date.UTC(2026, 10, 30));
  for (let d = new Date(Date.UTC(2025, 2, 1)); d <= new Date(Date.UTC(2027, 2, 31)); d = addDays(d, 1)) {
    const month = d.getUTCMonth();
    for (const tour of tours) {
      if (tour.tour_cd === 'YRK-XM' && month !== 10 && month !== 11) continue;
      if (tour.tour_cd === 'BLK-2' && (month < 8 || month > 10)) continue;
      if (tour.tour_cd !== 'YRK-XM' && (month === 11 || month < 2) && tour.nights > 0 && tour.tour_cd !== 'EDI-3') continue;
      if (tour.tour_cd === 'NOR-4' && d > new Date(Date.UTC(2025, 9, 31))) continue;
      const rate = tour.nights === 0 ? 0.05 : tour.nights >= 6 ? 0.018 : 0.028;
      if (random() > rate) continue;
      departures.push({ dep_id: 0, tour_cd: tour.tour_cd, dep_dt: new Date(d), coach_reg: '', drv_id: 0, status_cd: 'SCH', cxl_reason: null });
    }
  }
  departures.sort((a, b) => cmp(day(a.dep_dt), day(b.dep_dt)) || cmp(a.tour_cd, b.tour_cd));
  departures.forEach((x, index) => { x.dep_id = 1001 + index; });
  const tourOf = (x) => tours.find((t) => t.tour_cd === x.tour_cd);
  for (const dep of departures) {
    const tour = tourOf(dep);
    const coach = tour.tour_cd === 'NTH-2' && random() < 0.5 ? coaches[7] : pick(coaches.slice(0, 7).concat([coaches[8]]));
    dep.coach_reg = coach.reg_no;
    const eligible = drivers.filter((x) => (coach.seats > 16 ? x.licence_cat === 'D' : true) && !(x.left_dt && day(dep.dep_dt) > x.left_dt));
    dep.drv_id = pick(eligible).drv_id;
    if (dep.dep_dt <= endOfData) {
      const roll = random();
      if (roll < 0.07) {
        dep.status_cd = 'CXL';
        dep.cxl_reason = pick(['low bookings', 'low bookings', 'weather', 'coach fault', 'ferry strike']);
      } else dep.status_cd = 'RAN';
    }
  }
  const towns = [['Harrogate', 'HG'], ['Harrogate', 'HG'], ['Knaresborough', 'HG'], ['Ripon', 'HG'], ['Skipton', 'BD'], ['Keighley', 'BD'], ['Ilkley', 'LS'], ['Otley', 'LS'], ['Leeds', 'LS'], ['York', 'YO'], ['Wetherby', 'LS'], ['Settle', 'BD']];
  const customers = [];
  for (let i = 0; i < 820; i += 1) {
    const [town, pc] = pick(towns);
    const [fname, lname] = [pick(FIRST), pick(LAST)];
    customers.push({ cust_id: 60001 + i, fname, lname, town, postcode_area: pc, birth_yr: between(1938, 1975), mktg_optin: random() < 0.6, joined_dt: day(addDays(new Date(Date.UTC(2019, 0, 10)), between(0, 2850))) });
  }
  const bookings = [];
  for (const dep of departures) {
    const tour = tourOf(dep);
    const coach = coaches.find((c) => c.reg_no === dep.coach_reg);
    const depDay = day(dep.dep_dt);
    const wanted = dep.status_cd === 'CXL' && dep.cxl_reason === 'low bookings' ? between(1, 4) : between(Math.floor(coach.seats / 6), Math.floor(coach.seats / 2.4));
    let seats = 0;
    for (let k = 0; k < wanted; k += 1) {
      const cust = pick(customers);
      const booked = addDays(dep.dep_dt, -between(3, tour.nights === 0 ? 60 : 200));
      if (booked > endOfData || day(booked) < cust.joined_dt) continue;
      const pax = pick([1, 2, 2, 2, 2, 3, 4]);
      if (seats + pax > coach.seats) break;
      seats += pax;
      const single = tour.nights > 0 && pax === 1 && random() < 0.7;
      const price = Number(tour.pp_price) * pax + (single ? tour.nights * 25 : 0);
      let status = dep.status_cd === 'CXL' ? 'CXL' : 'CNF';
      if (status === 'CNF' && random() < 0.06) status = 'CXL';
      else if (status === 'CNF' && dep.status_cd === 'RAN' && random() < 0.03) status = 'NS';
      bookings.push({ bkg_ref: '', dep_id: dep.dep_id, cust_id: cust.cust_id, booked_dt: day(booked), pax, single_supp: single, channel_cd: pick(['WEB', 'WEB', 'WEB', 'TEL', 'TEL', 'AGT']), total_gbp: money(price), bkg_status: status, depDay });
    }
  }
  bookings.sort((a, b) => cmp(a.booked_dt, b.booked_dt) || a.dep_id - b.dep_id || a.cust_id - b.cust_id);
  bookings.forEach((b, index) => { b.bkg_ref = `B${b.booked_dt.slice(2, 4)}${String(index + 1).padStart(5, '0')}`; });
  for (const dep of departures) dep.dep_dt = day(dep.dep_dt);
  writeTable('coach_tours', 'tour', ['tour_cd', 'tour_nm', 'region', 'nights', 'pp_price', 'active'], tours);
  writeTable('coach_tours', 'coach', ['reg_no', 'make_model', 'seats', 'yr_built', 'wc_lift', 'depot_cd'], coaches);
  writeTable('coach_tours', 'driver', ['drv_id', 'fname', 'lname', 'depot_cd', 'start_dt', 'licence_cat', 'left_dt'], drivers);
  writeTable('coach_tours', 'departure', ['dep_id', 'tour_cd', 'dep_dt', 'coach_reg', 'drv_id', 'status_cd', 'cxl_reason'], departures);
  writeTable('coach_tours', 'customer', ['cust_id', 'fname', 'lname', 'town', 'postcode_area', 'birth_yr', 'mktg_optin', 'joined_dt'], customers);
  writeTable('coach_tours', 'booking', ['bkg_ref', 'dep_id', 'cust_id', 'booked_dt', 'pax', 'single_supp', 'channel_cd', 'total_gbp', 'bkg_status'], bookings);
}

seedBank();
coachTours();

// Writes databases/{transit,research_grants,marketplace}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-a/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Amara', 'Bogdan', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Isabel', 'Jonas', 'Kwame', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Paula', 'Ravi', 'Sofia', 'Tobias', 'Wen'];
const LAST = ['Achebe', 'Brennan', 'Costa', 'Dimitrov', 'Engel', 'Fontaine', 'Gupta', 'Halvorsen', 'Ibarra', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nguyen', 'Okafor', 'Park', 'Rossi', 'Schmidt', 'Takahashi', 'Walsh'];

function transit() {
  const { random, pick, between } = seeded(20261115);
  const routes = [
    ['1', 'Harbour Line', 'tram', 'Central Station', 'Harbour Point', '1998-05-04'],
    ['4', 'Crosstown', 'bus', 'Westgate', 'Eastfield Mall', '1985-09-01'],
    ['7', 'University Express', 'bus', 'Central Station', 'North Campus', '2012-08-27'],
    ['12', 'Riverside', 'bus', 'Old Town', 'Mill Bridge', '1979-03-12'],
    ['22', 'Airport Link', 'light_rail', 'Central Station', 'Airport Terminal', '2019-11-18'],
    ['31', 'Hillcrest Loop', 'bus', 'Hillcrest', 'Hillcrest', '2004-06-07'],
    ['N2', 'Night Owl', 'bus', 'Old Town', 'Southpark', '2016-01-15'],
    ['3', 'Green Line', 'tram', 'Southpark', 'Northgate', '2008-04-21'],
  ].map(([route_code, route_name, mode, from_terminus, to_terminus, opened_dt], index) => ({
    route_id: index + 1, route_code, route_name, mode, from_terminus, to_terminus, opened_dt,
  }));
  const models = { bus: ['Volvo 7900 Electric', 'MAN Lion\'s City 12', 'New Flyer Xcelsior', 'Solaris Urbino 18'], tram: ['Siemens Combino', 'Alstom Citadis 305'], light_rail: ['Stadler Tango'] };
  const depots = ['Westgate Depot', 'Harbour Depot', 'North Yard'];
  const vehicles = [];
  for (const mode of ['bus', 'tram', 'light_rail']) {
    const count = mode === 'bus' ? 26 : mode === 'tram' ? 10 : 6;
    for (let n = 0; n < count; n += 1) {
      const model = pick(models[mode]);
      const roll = random();
      const built = between(mode === 'light_rail' ? 2018 : 2006, 2025);
      vehicles.push({
        veh_id: vehicles.length + 1,
        fleet_no: `${mode === 'bus' ? 'B' : mode === 'tram' ? 'T' : 'L'}${String(100 + vehicles.length * 3).padStart(3, '0')}`,
        mode,
        model,
        yr_built: built,
        seats: mode === 'bus' ? (model.includes('18') ? 48 : between(30, 38)) : mode === 'tram' ? between(60, 72) : 88,
        depot: mode === 'bus' ? pick(depots) : mode === 'tram' ? 'Harbour Depot' : 'North Yard',
        status: roll < 0.8 ? 'in_service' : roll < 0.9 || built > 2014 ? 'maintenance' : 'retired',
      });
    }
  }
  const ridership = [];
  const firstWeek = new Date(Date.UTC(2026, 5, 1));
  const base = { 1: 21000, 2: 14000, 3: 17500, 4: 8000, 5: 24000, 6: 4500, 7: 2600, 8: 15500 };
  for (let week = 0; week < 26; week += 1) {
    const start = addDays(firstWeek, week * 7);
    const summer = start.getUTCMonth() === 6 || start.getUTCMonth() === 7;
    for (const route of routes) {
      const campus = route.route_id === 3 && summer ? 0.45 : 1;
      const boardings = Math.round(base[route.route_id] * campus * (0.88 + random() * 0.24));
      ridership.push({
        wk_start: day(start),
        route_id: route.route_id,
        boardings,
        fare_rev: money(boardings * (route.mode === 'light_rail' ? 2.9 : 1.85) * (0.9 + random() * 0.08)),
        trips_run: route.route_id === 7 ? between(40, 42) : between(150, 320),
      });
    }
  }
  const incidents = [];
  const kinds = ['breakdown', 'breakdown', 'delay', 'delay', 'delay', 'passenger_illness', 'collision', 'vandalism', 'signal_fault'];
  for (let n = 0; n < 120; n += 1) {
    const route = pick(routes);
    const fleet = vehicles.filter((v) => v.mode === route.mode && v.status !== 'retired');
    const vehicle = pick(fleet);
    let kind = pick(kinds);
    if (kind === 'signal_fault' && route.mode === 'bus') kind = 'delay';
    const when = addDays(firstWeek, between(0, 182));
    incidents.push({
      incident_id: 9001 + n,
      dt: day(when),
      route_id: route.route_id,
      veh_id: kind === 'signal_fault' ? null : vehicle.veh_id,
      kind,
      delay_min: kind === 'vandalism' ? 0 : kind === 'collision' ? between(20, 90) : between(3, 45),
      injuries: kind === 'collision' ? between(0, 3) : kind === 'passenger_illness' ? 1 : 0,
    });
  }
  incidents.sort((a, b) => (a.dt < b.dt ? -1 : a.dt > b.dt ? 1 : a.incident_id - b.incident_id));
  incidents.forEach((incident, index) => { incident.incident_id = 9001 + index; });
  writeTable('transit', 'routes', ['route_id', 'route_code', 'route_name', 'mode', 'from_terminus', 'to_terminus', 'opened_dt'], routes);
  writeTable('transit', 'vehicles', ['veh_id', 'fleet_no', 'mode', 'model', 'yr_built', 'seats', 'depot', 'status'], vehicles);
  writeTable('transit', 'weekly_ridership', ['wk_start', 'route_id', 'boardings', 'fare_rev', 'trips_run'], ridership);
  writeTable('transit', 'incidents', ['incident_id', 'dt', 'route_id', 'veh_id', 'kind', 'delay_min', 'injuries'], incidents);
}

function researchGrants() {
  const { random, pick, between } = seeded(20261002);
  const departments = [
    ['CHEM', 'Chemistry', 'Science'], ['PHYS', 'Physics', 'Science'], ['BIOL', 'Biology', 'Science'],
    ['CS', 'Computer Science', 'Engineering'], ['MECH', 'Mechanical Engineering', 'Engineering'],
    ['ECON', 'Economics', 'Social Sciences'], ['PSYC', 'Psychology', 'Social Sciences'], ['HIST', 'History', 'Humanities'],
  ].map(([dept_code, dept_name, faculty], index) => ({ dept_id: index + 1, dept_code, dept_name, faculty }));
  const ranks = ['Professor', 'Associate Professor', 'Assistant Professor', 'Assistant Professor', 'Research Fellow'];
  const researchers = [];
  const used = new Set();
  for (const dept of departments) {
    const count = dept.dept_code === 'HIST' ? 3 : between(4, 6);
    for (let n = 0; n < count; n += 1) {
      let name;
      do name = `${pick(FIRST)} ${pick(LAST)}`; while (used.has(name));
      used.add(name);
      const rank = n === 0 ? 'Professor' : pick(ranks);
      researchers.push({
        researcher_id: 101 + researchers.length,
        full_name: name,
        dept_id: dept.dept_id,
        rank,
        hire_dt: day(addDays(new Date(Date.UTC(rank === 'Professor' ? 1996 : 2010, 0, 1)), between(0, rank === 'Research Fellow' ? 5400 : 4500))),
        orcid: random() < 0.8 ? `0000-000${between(1, 3)}-${between(1000, 9999)}-${between(1000, 9999)}` : null,
      });
    }
  }
  const funders = { Science: ['NSF', 'NIH', 'ERC', 'Wellcome Trust', 'DOE'], Engineering: ['NSF', 'DARPA', 'ERC', 'Industry'], 'Social Sciences': ['NSF', 'ESRC', 'Ford Foundation'], Humanities: ['NEH', 'Leverhulme Trust'] };
  const topics = {
    Chemistry: ['Catalysis for green hydrogen', 'Porous polymers for carbon capture', 'Battery electrolyte stability'],
    Physics: ['Quantum sensing with NV centres', 'Dark matter detector upgrades', 'Ultrafast laser spectroscopy'],
    Biology: ['Gut microbiome and ageing', 'Coral reef resilience', 'CRISPR screens in yeast'],
    'Computer Science': ['Verified compilers', 'Privacy-preserving machine learning', 'Robust speech recognition'],
    'Mechanical Engineering': ['Soft robotic grippers', 'Wind turbine blade fatigue', 'Additive manufacturing of alloys'],
    Economics: ['Minimum wage and employment', 'Household debt after the pandemic', 'Trade shocks and regional labour'],
    Psychology: ['Sleep and memory consolidation', 'Adolescent social media use', 'Bilingualism and attention'],
    History: ['Port cities of the Hanseatic League', 'Oral histories of mining towns'],
  };
  const grants = [];
  for (const person of researchers) {
    const dept = departments.find((d) => d.dept_id === person.dept_id);
    const count = person.rank === 'Research Fellow' ? between(0, 1) : between(1, 3);
    for (let n = 0; n < count; n += 1) {
      const start = addDays(new Date(Date.UTC(2019, 0, 1)), between(0, 2700));
      const years = between(2, 5);
      const end = addDays(start, years * 365);
      const statusRoll = random();
      const status = end < new Date(Date.UTC(2026, 11, 1)) ? 'closed' : statusRoll < 0.1 ? 'suspended' : 'active';
      const funder = pick(funders[dept.faculty]);
      const scale = funder === 'NIH' || funder === 'ERC' || funder === 'DARPA' ? 4 : dept.faculty === 'Humanities' ? 0.5 : 1.5;
      grants.push({
        grant_id: `G-${String(grants.length + 1).padStart(4, '0')}`,
        pi_id: person.researcher_id,
        funder,
        title: `${pick(topics[dept.dept_name])}${n > 0 ? ` (phase ${n + 1})` : ''}`,
        amt: money(Math.round((80_000 + random() * 420_000) * scale / 1000) * 1000),
        start_dt: day(start),
        end_dt: day(end),
        status,
      });
    }
  }
  const venues = {
    Chemistry: ['JACS', 'Nature Chemistry', 'Angewandte Chemie'], Physics: ['Physical Review Letters', 'Nature Physics', 'Science'],
    Biology: ['PLOS Biology', 'Cell', 'Nature'], 'Computer Science': ['NeurIPS', 'PLDI', 'ICML'],
    'Mechanical Engineering': ['ICRA', 'Journal of Fluid Mechanics', 'Wind Energy'],
    Economics: ['American Economic Review', 'Journal of Labor Economics'], Psychology: ['Psychological Science', 'Child Development'],
    History: ['Past & Present', 'Journal of Social History'],
  };
  const publications = [];
  const authorships = [];
  for (let n = 0; n < 140; n += 1) {
    const lead = pick(researchers);
    const dept = departments.find((d) => d.dept_id === lead.dept_id);
    const own = grants.filter((g) => g.pi_id === lead.researcher_id);
    const grant = own.length > 0 && random() < 0.75 ? pick(own) : null;
    const year = grant ? Math.min(2026, Number(grant.start_dt.slice(0, 4)) + between(0, 3)) : between(2019, 2026);
    const pubId = 5001 + n;
    publications.push({
      pub_id: pubId,
      title: `${pick(['On', 'Towards', 'Evidence for', 'A study of', 'Revisiting', 'Measuring'])} ${pick(topics[dept.dept_name]).toLowerCase()}${random() < 0.5 ? '' : `: ${pick(['a field study', 'new results', 'a meta-analysis', 'theory and practice', 'a replication'])}`}`,
      venue: pick(venues[dept.dept_name]),
      pub_year: year,
      grant_id: grant ? grant.grant_id : null,
      cites: Math.floor((2027 - year) * random() * random() * 60),
      is_oa: random() < 0.55,
    });
    authorships.push({ pub_id: pubId, researcher_id: lead.researcher_id, author_pos: 1 });
    const colleagues = researchers.filter((r) => r.researcher_id !== lead.researcher_id && (r.dept_id === lead.dept_id || random() < 0.04));
    const extra = Math.min(colleagues.length, between(0, 2));
    const chosen = new Set();
    while (chosen.size < extra) chosen.add(pick(colleagues).researcher_id);
    [...chosen].forEach((id, index) => authorships.push({ pub_id: pubId, researcher_id: id, author_pos: index + 2 }));
  }
  writeTable('research_grants', 'departments', ['dept_id', 'dept_code', 'dept_name', 'faculty'], departments);
  writeTable('research_grants', 'researchers', ['researcher_id', 'full_name', 'dept_id', 'rank', 'hire_dt', 'orcid'], researchers);
  writeTable('research_grants', 'grants', ['grant_id', 'pi_id', 'funder', 'title', 'amt', 'start_dt', 'end_dt', 'status'], grants);
  writeTable('research_grants', 'publications', ['pub_id', 'title', 'venue', 'pub_year', 'grant_id', 'cites', 'is_oa'], publications);
  writeTable('research_grants', 'authorships', ['pub_id', 'researcher_id', 'author_pos'], authorships);
}

function marketplace() {
  const { random, pick, between } = seeded(20261120);
  const shopWords = [['Nordic', 'Thread'], ['Copper', 'Kettle'], ['Little', 'Fern'], ['Urban', 'Anvil'], ['Salt', 'Loom'], ['Golden', 'Hive'], ['Blue', 'Heron'], ['Velvet', 'Fox'], ['Old', 'Mill'], ['Paper', 'Moon'], ['Stone', 'Orchard'], ['Wild', 'Thistle']];
  const countries = ['US', 'US', 'US', 'GB', 'DE', 'CA', 'FR', 'AU', 'NL'];
  const sellers = shopWords.map(([a, b], index) => ({
    seller_id: 301 + index,
    shop_name: `${a} ${b} ${pick(['Studio', 'Goods', 'Co.', 'Workshop', 'Supply'])}`,
    country: pick(countries),
    joined_dt: day(addDays(new Date(Date.UTC(2018, 0, 1)), between(0, 3100))),
    verified: random() < 0.6,
    fb_pct: (92 + random() * 8).toFixed(1),
  }));
  const catalogue = {
    jewelry: [['Sterling silver stacking ring', 38], ['Gold-filled hoop earrings', 45], ['Beaded friendship bracelet', 12], ['Pressed flower pendant', 29]],
    home: [['Hand-poured soy candle', 18], ['Linen tea towel set', 24], ['Ceramic planter', 32], ['Macrame wall hanging', 55], ['Walnut cutting board', 68]],
    clothing: [['Hand-knit wool beanie', 35], ['Vintage denim jacket', 74], ['Block-printed cotton scarf', 28], ['Merino baby cardigan', 46]],
    art: [['Watercolour city print A4', 22], ['Linocut botanical print', 30], ['Custom pet portrait', 95]],
    electronics: [['Refurbished film camera', 140], ['Walnut wireless charger', 49], ['Mechanical keyboard keycap set', 62]],
    toys: [['Wooden stacking rainbow', 39], ['Crochet amigurumi bunny', 27], ['Felt play food set', 33]],
  };
  const categories = Object.keys(catalogue);
  const listings = [];
  for (const seller of sellers) {
    const focus = [pick(categories), pick(categories)];
    const count = between(5, 9);
    for (let n = 0; n < count; n += 1) {
      const cat = pick(focus);
      const [title, price] = pick(catalogue[cat]);
      const roll = random();
      listings.push({
        listing_id: 70001 + listings.length,
        seller_id: seller.seller_id,
        title,
        cat,
        cond: cat === 'electronics' ? pick(['used', 'refurbished', 'new']) : cat === 'clothing' && title.startsWith('Vintage') ? 'used' : 'new',
        price: money(price * (0.85 + random() * 0.4)),
        qty: roll < 0.15 ? 0 : between(1, 40),
        listed_dt: day(addDays(new Date(Date.UTC(2025, 0, 1)), between(0, 640))),
        status: roll < 0.15 ? 'sold_out' : roll < 0.25 ? 'ended' : 'active',
      });
    }
  }
  const sales = [];
  const buyerCountries = ['US', 'US', 'US', 'US', 'GB', 'GB', 'DE', 'CA', 'FR', 'AU', 'JP', 'IE'];
  for (let n = 0; n < 260; n += 1) {
    const listing = pick(listings);
    const start = listing.listed_dt > '2026-01-01' ? listing.listed_dt : '2026-01-01';
    const startDate = new Date(`${start}T00:00:00Z`);
    const span = Math.max(1, Math.floor((Date.UTC(2026, 10, 30) - startDate.getTime()) / 86_400_000));
    const qty = random() < 0.8 ? 1 : between(2, 4);
    const roll = random();
    sales.push({
      sale_id: 880001 + n,
      listing_id: listing.listing_id,
      cust_id: between(1, 160),
      dt: day(addDays(startDate, between(0, span))),
      qty,
      amt: money(Number(listing.price) * qty),
      ship_to: pick(buyerCountries),
      refunded: roll < 0.06,
    });
  }
  sales.sort((a, b) => (a.dt < b.dt ? -1 : a.dt > b.dt ? 1 : a.sale_id - b.sale_id));
  sales.forEach((sale, index) => { sale.sale_id = 880001 + index; });
  writeTable('marketplace', 'sellers', ['seller_id', 'shop_name', 'country', 'joined_dt', 'verified', 'fb_pct'], sellers);
  writeTable('marketplace', 'listings', ['listing_id', 'seller_id', 'title', 'cat', 'cond', 'price', 'qty', 'listed_dt', 'status'], listings);
  writeTable('marketplace', 'sales', ['sale_id', 'listing_id', 'cust_id', 'dt', 'qty', 'amt', 'ship_to', 'refunded'], sales);
}

transit();
researchGrants();
marketplace();

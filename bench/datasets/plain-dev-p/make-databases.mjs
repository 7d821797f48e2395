// Writes databases/{fireworks_displays,arcade_ops}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-p/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A Lincolnshire fireworks display company: clients, staff, the product range, displays fired, what went up at each and who crewed them, 2023-2026. */
function fireworksDisplays() {
  const { random, pick, between } = seeded(19051105);
  const nextName = namer(pick,
    ['Adam', 'Beverley', 'Carl', 'Donna', 'Emma', 'Gareth', 'Hayley', 'Jason', 'Karen', 'Lee', 'Michelle', 'Nathan', 'Paula', 'Ryan', 'Sarah', 'Stuart', 'Tina', 'Wendy', 'Craig', 'Natalie'],
    ['Appleyard', 'Bellamy', 'Chapman', 'Dixon', 'Epton', 'Fenwick', 'Goodwin', 'Hebb', 'Ingamells', 'Jessop', 'Kirkby', 'Leggott', 'Maltby', 'Neave', 'Odling', 'Pocklington', 'Rhodes', 'Scrimshaw', 'Tointon', 'Wraith']);
  const towns = ['Lincoln', 'Lincoln', 'Lincoln', 'Louth', 'Boston', 'Grantham', 'Sleaford', 'Skegness', 'Horncastle', 'Market Rasen', 'Spalding', 'Gainsborough', 'Stamford'];
  const clients = [];
  const named = [
    ['Lincoln City Council', 'council', 'Lincoln'], ['Boston Borough Council', 'council', 'Boston'], ['Skegness Town Council', 'council', 'Skegness'], ['Louth Town Council', 'council', 'Louth'],
    ['Grantham Town Council', 'council', 'Grantham'], ['Stamford Town Council', 'council', 'Stamford'], ['Lincolnshire Showground', 'business', 'Lincoln'], ['Brackenborough Hall Hotel', 'business', 'Louth'],
    ['Petwood Hotel', 'business', 'Horncastle'], ['Fantasy Island Resort', 'business', 'Skegness'], ['Belton Park Golf Club', 'business', 'Grantham'], ['Lindum Sports Club', 'community group', 'Lincoln'],
    ['Sleaford Round Table', 'community group', 'Sleaford'], ['Market Rasen Lions', 'community group', 'Market Rasen'], ['Spalding Rugby Club', 'community group', 'Spalding'], ['Horncastle Rotary Club', 'community group', 'Horncastle'],
    ['Gainsborough Trinity FC', 'community group', 'Gainsborough'], ['Lincoln Hindu Association', 'community group', 'Lincoln'], ['Boston Round Table', 'community group', 'Boston'], ['Castle Square Events', 'business', 'Lincoln'],
  ];
  for (const [name, type, town] of named) clients.push({ client_id: 0, client_name: name, client_type: type, town, first_enquiry_on: null });

  // [name, role, day rate, qualified on, left on]
  const staffList = [
    ['Martin Scrimshaw', 'display manager', 260, '2006-05-01', null], ['Joanne Leggott', 'display manager', 240, '2013-03-18', null], ['Dean Hebb', 'shot-firer', 180, '2015-09-01', null],
    ['Kelly Odling', 'shot-firer', 175, '2018-04-09', null], ['Ross Tointon', 'shot-firer', 170, '2019-06-03', '2025-03-28'], ['Liam Maltby', 'shot-firer', 165, '2022-08-22', null],
    ['Aaron Fenwick', 'crew', 110, '2021-10-04', null], ['Jade Kirkby', 'crew', 110, '2023-09-11', null], ['Tom Pocklington', 'crew', 105, '2020-10-12', '2024-01-19'],
    ['Becky Neave', 'crew', 105, '2024-10-01', null], ['Owen Jessop', 'display manager', 235, '2025-04-14', null],
  ];
  const staff = staffList.map(([full_name, role, rate, qualified_on, left_on], index) => ({ staff_id: 1 + index, full_name, role, day_rate: money(rate), qualified_on, left_on }));
  const onStaff = (today, roles) => staff.filter((s) => roles.includes(s.role) && s.qualified_on <= today && !(s.left_on && s.left_on < today));

  // [name, category, calibre mm, net explosive grams, unit cost, hazard type, supplier, discontinued, low noise]
  const productList = [
    ['75mm Red Peony Shell', 'shell', 75, 95, 6.2, '1.3G', 'Standard Fireworks', false, false], ['75mm Gold Willow Shell', 'shell', 75, 98, 6.8, '1.3G', 'Standard Fireworks', false, false],
    ['100mm Crossette Shell', 'shell', 100, 210, 12.5, '1.3G', 'Liuyang Dragon', false, false], ['100mm Silver Crackling Shell', 'shell', 100, 205, 11.9, '1.3G', 'Liuyang Dragon', false, false],
    ['125mm Blue Chrysanthemum Shell', 'shell', 125, 420, 21.0, '1.3G', 'Liuyang Dragon', false, false], ['150mm Brocade Crown Shell', 'shell', 150, 780, 38.5, '1.3G', 'Ricardo Caballer', false, false],
    ['150mm Kamuro Shell', 'shell', 150, 760, 41.0, '1.3G', 'Ricardo Caballer', true, false], ['200mm Titanium Salute', 'shell', 200, 1650, 86.0, '1.3G', 'Ricardo Caballer', false, false],
    ['100-shot Fan Cake Red Green', 'cake', 30, 980, 64.0, '1.3G', 'Liuyang Dragon', false, false], ['49-shot Z Cake Purple Strobe', 'cake', 25, 540, 38.0, '1.4G', 'Liuyang Dragon', false, false],
    ['36-shot Brocade Cake', 'cake', 30, 620, 42.5, '1.3G', 'Standard Fireworks', false, false], ['25-shot Whistling Cake', 'cake', 20, 300, 21.0, '1.4G', 'Standard Fireworks', true, false],
    ['200-shot Finale Barrage', 'cake', 20, 1400, 118.0, '1.3G', 'Liuyang Dragon', false, false], ['Silent Strobe Cake 64', 'cake', 20, 350, 36.0, '1.4G', 'Kimbolton Pyro', false, true],
    ['Low Noise Willow Cake 30', 'cake', 30, 480, 44.0, '1.4G', 'Kimbolton Pyro', false, true], ['Gold Glitter Mine', 'mine', 50, 120, 7.5, '1.3G', 'Standard Fireworks', false, false],
    ['Comet Mine Red', 'mine', 50, 110, 7.0, '1.3G', 'Standard Fireworks', false, false], ['8-shot Roman Candle Mixed', 'roman candle', 30, 90, 4.2, '1.4G', 'Liuyang Dragon', false, false],
    ['Comet Candle Silver Tail', 'roman candle', 30, 110, 5.6, '1.3G', 'Ricardo Caballer', false, false], ['Gerb Fountain 2m Silver', 'fountain', 40, 60, 3.9, '1.4G', 'Kimbolton Pyro', false, true],
    ['Ice Fountain Indoor', 'fountain', 25, 15, 2.8, '1.4G', 'Kimbolton Pyro', false, true], ['Waterfall 10m Gold', 'fountain', 40, 400, 48.0, '1.3G', 'Ricardo Caballer', false, true],
    ['Lancework Heart', 'set piece', null, 180, 95.0, '1.4G', 'Kimbolton Pyro', false, true], ['Lancework Names Letter', 'set piece', null, 40, 14.0, '1.4G', 'Kimbolton Pyro', false, true],
    ['Catherine Wheel Giant', 'set piece', null, 250, 32.0, '1.3G', 'Standard Fireworks', true, false], ['Skyrocket 1.3G Gold', 'rocket', 50, 160, 9.5, '1.3G', 'Standard Fireworks', false, false],
    // bought in this autumn as samples, not yet fired
    ['125mm Purple Ghost Shell', 'shell', 125, 430, 23.5, '1.3G', 'Ricardo Caballer', false, false], ['Silent Peacock Cake 49', 'cake', 25, 390, 39.0, '1.4G', 'Kimbolton Pyro', false, true],
  ];
  const samples = new Set(['125mm Purple Ghost Shell', 'Silent Peacock Cake 49']);
  const products = productList.map(([product_name, category, calibre, nec, cost, hazard, supplier, disc, quiet], index) => ({ product_id: 11 + index, product_name, category, calibre_mm: calibre, net_explosive_g: nec, unit_cost: money(cost), hazard_class: hazard, supplier, discontinued: disc, low_noise: quiet }));

  const venuesByTown = {
    Lincoln: ['Lincoln Castle grounds', 'South Common', 'Lincolnshire Showground', 'Hartsholme Park'], Louth: ['Hubbards Hills', 'Brackenborough Hall'], Boston: ['Central Park Boston', 'Boston Stump riverside'],
    Grantham: ['Wyndham Park', 'Belton Park'], Sleaford: ['Sleaford Cricket Ground'], Skegness: ['Tower Esplanade', 'Fantasy Island'], Horncastle: ['Petwood Hotel gardens', 'Horncastle Showfield'],
    'Market Rasen': ['Market Rasen Racecourse'], Spalding: ['Ayscoughfee Gardens', 'Spalding Rugby Club'], Gainsborough: ['Gainsborough Old Hall lawn', 'The Northolme'], Stamford: ['The Meadows Stamford', 'Burghley Park'],
  };
  const displays = [];
  const items = [];
  const crew = [];
  const cv = (c) => c.client_type;
  const byType = (t) => clients.filter((c) => cv(c) === t);
  const inYear = [];
  for (let y = 2023; y <= 2026; y += 1) {
    // bonfire night: councils and community groups, the weekend around 5 November
    const bonfireClients = [...byType('council'), ...byType('community group').filter((c) => c.client_name !== 'Lincoln Hindu Association'), ...byType('business').slice(0, 3)];
    for (const c of bonfireClients) if (random() < 0.85) inYear.push({ c, date: new Date(Date.UTC(y, 10, between(1, 8))), occasion: 'B' });
    // Diwali
    inYear.push({ c: clients.find((c) => c.client_name === 'Lincoln Hindu Association'), date: new Date(Date.UTC(y, 9, [12, 31, 20, 8][y - 2023])), occasion: 'D' });
    // New Year's Eve (not yet for 2026)
    if (y < 2026) for (const c of [...byType('council').slice(0, 3), ...byType('business')]) if (random() < 0.6) inYear.push({ c, date: new Date(Date.UTC(y, 11, 31)), occasion: 'N' });
    // weddings and private parties, spring to autumn; a few in winter; mostly a new household each time
    const privateClient = () => {
      const known = byType('private');
      if (known.length && random() < 0.12) return pick(known);
      const [first, last] = nextName();
      const c = { client_id: 0, client_name: `${first} ${last}`, client_type: 'private', town: pick(towns), first_enquiry_on: null };
      clients.push(c);
      return c;
    };
    const weddings = between(34, 46);
    for (let k = 0; k < weddings; k += 1) {
      const m = random() < 0.85 ? between(4, 9) : pick([0, 1, 2, 3, 10, 11]);
      inYear.push({ c: privateClient(), date: new Date(Date.UTC(y, m, between(1, 28))), occasion: 'W' });
    }
    for (let k = 0; k < between(14, 22); k += 1) inYear.push({ c: privateClient(), date: new Date(Date.UTC(y, between(0, 11), between(1, 28))), occasion: 'P' });
    // summer festivals and fetes, corporate events
    for (let k = 0; k < between(10, 16); k += 1) inYear.push({ c: pick([...byType('council'), ...byType('community group')]), date: new Date(Date.UTC(y, between(5, 8), between(1, 28))), occasion: 'F' });
    for (let k = 0; k < between(8, 13); k += 1) inYear.push({ c: pick(byType('business')), date: new Date(Date.UTC(y, between(1, 10), between(1, 28))), occasion: 'C' });
  }
  // households who asked for a quote this autumn and have not booked
  for (let i = 0; i < 9; i += 1) {
    const [first, last] = nextName();
    clients.push({ client_id: 0, client_name: `${first} ${last}`, client_type: 'private', town: pick(towns), first_enquiry_on: day(addDays(new Date(Date.UTC(2026, 7, 1)), between(0, 115))) });
  }
  clients.forEach((c, index) => { c.client_id = 201 + index; });
  inYear.sort((a, b) => a.date - b.date || a.c.client_id - b.c.client_id || cmp(a.occasion, b.occasion));
  for (const { c, date, occasion } of inYear) {
    const today = day(date);
    if (today > LAST) continue;
    const big = occasion === 'B' || occasion === 'N' || occasion === 'F';
    const duration = big ? pick([12, 15, 15, 18, 20, 25]) : occasion === 'D' ? 12 : pick([4, 5, 6, 8, 8, 10]);
    const venue = occasion === 'W' || occasion === 'P' ? (random() < 0.5 ? `${c.client_name.split(' ')[1]} family garden, ${c.town}` : pick(['Petwood Hotel gardens', 'Brackenborough Hall', 'Belton Park', `${c.town} village hall field`])) : pick(venuesByTown[c.town] ?? [`${c.town} showfield`]);
    const quiet = (occasion === 'W' || occasion === 'P') && random() < 0.22;
    const music = (big && random() < 0.35) || (occasion === 'W' && random() < 0.25) || occasion === 'C' && random() < 0.3;
    const audience = occasion === 'W' || occasion === 'P' ? null : occasion === 'C' ? between(80, 600) : occasion === 'D' ? between(400, 900) : between(20, 120) * 100;
    const lead = pick(onStaff(today, ['display manager', 'shot-firer']).filter((s) => big ? s.role === 'display manager' || random() < 0.3 : true));
    const cancelRoll = random();
    const cancelReason = cancelRoll < 0.045 ? 'weather' : cancelRoll < 0.06 ? 'client' : null;
    const display = { display_id: 0, client_id: c.client_id, display_date: today, occasion, venue, duration_min: duration, audience_size: audience, fired_to_music: music, low_noise: quiet, lead_staff_id: lead.staff_id, price: null, cancel_reason: cancelReason, _i: [] };
    if (!c.first_enquiry_on || c.first_enquiry_on > today) c.first_enquiry_on = day(addDays(date, -between(20, 200)));
    // the product plan: more shells for big shows, quiet cakes for low-noise
    const choices = products.filter((p) => !samples.has(p.product_name) && (quiet ? p.low_noise : true) && !(p.discontinued && today >= '2025-01-01') && !(p.calibre_mm >= 150 && !big));
    const lines = big ? between(7, 12) : between(3, 6);
    const chosen = new Set();
    for (let k = 0; k < lines; k += 1) chosen.add(pick(choices));
    if (occasion === 'W' && random() < 0.5 && !quiet) chosen.add(products.find((p) => p.product_name === 'Lancework Heart'));
    let cost = 0;
    for (const p of chosen) {
      const q = p.category === 'shell' ? (big ? between(12, 60) : between(4, 16)) : p.category === 'set piece' ? (p.product_name === 'Lancework Names Letter' ? between(4, 12) : 1) : (big ? between(2, 8) : between(1, 3));
      display._i.push({ product_id: p.product_id, quantity: q });
      cost += Number(p.unit_cost) * q;
    }
    const crewSize = big ? between(3, 5) : between(1, 2);
    const crewPool = onStaff(today, ['shot-firer', 'crew', 'display manager']).filter((s) => s.staff_id !== lead.staff_id);
    const team = [lead];
    while (team.length < crewSize + 1 && team.length < crewPool.length + 1) {
      const s = pick(crewPool);
      if (!team.includes(s)) team.push(s);
    }
    display._team = team;
    display._hours = big ? between(8, 12) : between(5, 8);
    const labour = team.reduce((s, t) => s + Number(t.day_rate), 0);
    display.price = money(Math.round((cost * 2.4 + labour * 1.6 + (music ? 450 : 0) + 150) / 25) * 25);
    displays.push(display);
  }
  displays.forEach((d, index) => { d.display_id = 5001 + index; });
  for (const d of displays) {
    if (d.cancel_reason === 'client' && d.display_date < '2026-11-01') continue; // cancelled early: nothing planned or crewed
    for (const it of d._i) items.push({ item_id: 0, display_id: d.display_id, product_id: it.product_id, quantity: it.quantity });
    if (d.cancel_reason) continue;
    for (const s of d._team) crew.push({ assignment_id: 0, display_id: d.display_id, staff_id: s.staff_id, hours: (d._hours + (s === d._team[0] ? 1.5 : 0) + pick([0, 0, 0.5, -0.5])).toFixed(1) });
  }
  clients.forEach((c) => { if (!c.first_enquiry_on) c.first_enquiry_on = day(addDays(new Date(Date.UTC(2026, 6, 1)), between(0, 140))); });
  items.forEach((it, index) => { it.item_id = 1 + index; });
  crew.forEach((c, index) => { c.assignment_id = 1 + index; });
  writeTable('fireworks_displays', 'clients', ['client_id', 'client_name', 'client_type', 'town', 'first_enquiry_on'], clients);
  writeTable('fireworks_displays', 'staff', ['staff_id', 'full_name', 'role', 'day_rate', 'qualified_on', 'left_on'], staff);
  writeTable('fireworks_displays', 'products', ['product_id', 'product_name', 'category', 'calibre_mm', 'net_explosive_g', 'unit_cost', 'hazard_class', 'supplier', 'discontinued', 'low_noise'], products);
  writeTable('fireworks_displays', 'displays', ['display_id', 'client_id', 'display_date', 'occasion', 'venue', 'duration_min', 'audience_size', 'fired_to_music', 'low_noise', 'lead_staff_id', 'price', 'cancel_reason'], displays);
  writeTable('fireworks_displays', 'display_items', ['item_id', 'display_id', 'product_id', 'quantity'], items);
  writeTable('fireworks_displays', 'crew_assignments', ['assignment_id', 'display_id', 'staff_id', 'hours'], crew);
}

/** A seaside amusement arcade operator on the Yorkshire coast: arcades, machines, engineers, cash collections and fault reports, 2024-2026. */
function arcadeOps() {
  const { random, pick, between } = seeded(18970622);
  // [code, name, town, season: A all year, S Easter to October, floor area]
  const siteList = [
    ['SCB1', 'Golden Sands Amusements', 'Scarborough', 'A', 6200], ['SCB2', 'Harbourside Fun Palace', 'Scarborough', 'A', 4800], ['SCB3', 'North Bay Leisure', 'Scarborough', 'S', 2100],
    ['WTB1', 'Pier Road Arcade', 'Whitby', 'A', 3900], ['WTB2', 'Abbey Steps Amusements', 'Whitby', 'S', 1500], ['FLY1', 'Filey Promenade Arcade', 'Filey', 'S', 1800],
    ['BRD1', 'Bridlington Spa Arcade', 'Bridlington', 'A', 5600], ['BRD2', 'South Marine Drive Amusements', 'Bridlington', 'S', 2600], ['HRN1', 'Hornsea Seafront Arcade', 'Hornsea', 'S', 1200],
  ];
  const stes = siteList.map(([ste_cd, ste_nm, twn, ssn, sqft], index) => ({ ste_no: 1 + index, ste_cd, ste_nm, twn, ssn, sq_ft: sqft }));
  // [type, names, price per play in pence (options), purchase cost range]
  const kinds = {
    P: [['Tipping Point Deluxe', 'Coin Falls', 'Pusher Paradise', 'Gold Rush Pusher', 'Sea Wolf Pusher'], [2, 10], [9000, 16000]],
    G: [['Big Claw', 'Prize Catcher', 'Teddy Grabber', 'Sweet Catch', 'Toy Soldier Crane'], [50, 100], [3500, 7500]],
    V: [['Street Racer X', 'Dino Hunter', 'Space Invaders Frenzy', 'Deadstorm Rally', 'Mario Kart Arcade', 'Jet Ski Rush'], [100, 200], [8000, 22000]],
    R: [['Wheel of Tickets', 'Spin n Win', 'Ticket Tornado', 'Crab Catch', 'Whack a Mole', 'Monster Drop'], [50, 100], [4000, 11000]],
    F: [['Rainbow Riches', 'Fruit Fiesta', 'Golden Nugget', 'Lucky Sevens', 'Cash Cow', 'Reel King'], [10, 20], [2500, 6000]],
    K: [['Thomas Train Ride', 'Peppa Car', 'Carousel Horse', 'Fire Engine Ride', 'Pirate Ship Ride'], [100, 100], [1500, 3500]],
    A: [['Air Hockey', 'Basketball Hoops', 'Boxing Machine', 'Speed of Light'], [100, 200], [2500, 9000]],
  };
  const mix = ['P', 'P', 'P', 'P', 'G', 'G', 'G', 'V', 'V', 'R', 'R', 'R', 'F', 'F', 'F', 'K', 'K', 'A'];
  const mchs = [];
  const START = new Date(Date.UTC(2024, 0, 1));
  for (const s of stes) {
    const count = Math.round(s.sq_ft / 140);
    for (let i = 0; i < count; i += 1) {
      const typ = pick(mix);
      const [names, prices, [lo, hi]] = kinds[typ];
      const older = random() < 0.75;
      const inst = older ? addDays(new Date(Date.UTC(2014, 0, 1)), between(0, 3600)) : addDays(START, between(0, 1000));
      const removed = random() < 0.14 ? addDays(inst < START ? START : inst, between(60, 900)) : null;
      mchs.push({ mch_no: 0, ste_no: s.ste_no, mch_nm: pick(names), mch_typ: typ, ply_pnc: pick(prices), pur_amt: money(Math.round(between(lo, hi) / 50) * 50), lsd: random() < 0.2, inst_dt: day(inst), rmv_dt: removed && day(removed) <= LAST ? day(removed) : null });
    }
  }
  mchs.sort((a, b) => cmp(a.inst_dt, b.inst_dt) || a.ste_no - b.ste_no);
  mchs.forEach((m, index) => { m.mch_no = 1001 + index; });
  const engList = [
    ['Darren Cammish', 'S', '2009-04-06', null], ['Shaun Readman', 'S', '2012-03-19', null], ['Kirsty Boyes', 'J', '2017-05-02', null], ['Paul Hardcastle', 'J', '2015-02-23', '2025-09-30'],
    ['Nigel Storr', 'J', '2019-03-11', null], ['Chloe Agar', 'A', '2023-09-04', null], ['Mason Pexton', 'A', '2025-03-03', null], ['Gary Welburn', 'S', '2024-06-17', null],
  ];
  const engs = engList.map(([eng_nm, grd, strt, end], index) => ({ eng_no: 41 + index, eng_nm, grd, strt_dt: strt, end_dt: end }));
  const onDuty = (today) => engs.filter((e) => e.strt_dt <= today && !(e.end_dt && e.end_dt < today));
  const clns = [];
  const flts = [];
  const steOf = (m) => stes[m.ste_no - 1];
  const typeTake = { P: 70, G: 90, V: 110, R: 85, F: 140, K: 35, A: 55 };
  for (const m of mchs) {
    const site = steOf(m);
    const from = m.inst_dt > '2024-01-01' ? new Date(`${m.inst_dt}T00:00:00Z`) : START;
    const until = m.rmv_dt ? new Date(`${m.rmv_dt}T00:00:00Z`) : END;
    const pull = 0.6 + random() * 0.9;
    for (let d = addDays(from, between(5, 14)); d <= until; d = addDays(d, 14)) {
      const mo = d.getUTCMonth();
      const inSeason = mo >= 3 && mo <= 9;
      if (site.ssn === 'S' && !inSeason) continue;
      const season = mo === 6 || mo === 7 ? 2.2 : mo === 3 || mo === 4 || mo === 5 || mo === 8 ? 1.3 : mo === 9 ? 1 : 0.55;
      const amt = typeTake[m.mch_typ] * season * pull * (0.7 + random() * 0.6) * (site.sq_ft > 4000 ? 1.2 : 1);
      clns.push({ cln_no: 0, mch_no: m.mch_no, cln_dt: day(d), cash_amt: money(amt), tkt_out: m.mch_typ === 'R' ? Math.round(amt * 18 * (0.8 + random() * 0.3)) : null });
    }
    // faults
    const rate = { P: 0.06, G: 0.045, V: 0.035, R: 0.05, F: 0.02, K: 0.015, A: 0.03 }[m.mch_typ];
    for (let d = addDays(from, between(3, 30)); d <= until; d = addDays(d, 7)) {
      if (site.ssn === 'S' && (d.getUTCMonth() < 3 || d.getUTCMonth() > 9)) continue;
      if (random() >= rate) continue;
      const codes = m.mch_typ === 'P' ? ['J', 'J', 'M', 'M', 'H', 'E'] : m.mch_typ === 'G' ? ['M', 'M', 'E', 'J', 'V'] : m.mch_typ === 'F' ? ['H', 'H', 'J', 'S', 'E'] : m.mch_typ === 'V' ? ['S', 'S', 'E', 'J', 'V'] : ['J', 'M', 'E', 'S', 'H', 'V'];
      const code = pick(codes);
      const rpt = day(addDays(d, between(0, 6)));
      if (rpt > LAST) break;
      const who = pick(onDuty(rpt).filter((e) => !(e.grd === 'A' && (code === 'S' || code === 'E')))); // apprentices are not sent to screens or electrics
      const took = code === 'J' ? between(0, 1) : code === 'S' || code === 'E' ? between(1, 12) : between(0, 8);
      const fix = addDays(new Date(`${rpt}T00:00:00Z`), took);
      const open = day(fix) > LAST || (random() < 0.03 && rpt > '2026-10-01');
      const external = !open && code === 'S' && random() < 0.4; // screens go back to the maker
      flts.push({ flt_no: 0, mch_no: m.mch_no, rpt_dt: rpt, flt_cd: code, eng_no: open && random() < 0.5 ? null : external ? null : who.eng_no, fix_dt: open ? null : day(fix), prt_amt: open ? null : money(code === 'J' ? 0 : code === 'S' ? between(80, 420) : code === 'E' ? between(15, 160) : code === 'V' ? between(20, 300) : between(5, 120)) });
    }
  }
  clns.sort((a, b) => cmp(a.cln_dt, b.cln_dt) || a.mch_no - b.mch_no);
  clns.forEach((c, index) => { c.cln_no = 1 + index; });
  flts.sort((a, b) => cmp(a.rpt_dt, b.rpt_dt) || a.mch_no - b.mch_no);
  flts.forEach((f, index) => { f.flt_no = 90001 + index; });
  writeTable('arcade_ops', 'ste', ['ste_no', 'ste_cd', 'ste_nm', 'twn', 'ssn', 'sq_ft'], stes);
  writeTable('arcade_ops', 'mch', ['mch_no', 'ste_no', 'mch_nm', 'mch_typ', 'ply_pnc', 'pur_amt', 'lsd', 'inst_dt', 'rmv_dt'], mchs);
  writeTable('arcade_ops', 'eng', ['eng_no', 'eng_nm', 'grd', 'strt_dt', 'end_dt'], engs);
  writeTable('arcade_ops', 'cln', ['cln_no', 'mch_no', 'cln_dt', 'cash_amt', 'tkt_out'], clns);
  writeTable('arcade_ops', 'flt', ['flt_no', 'mch_no', 'rpt_dt', 'flt_cd', 'eng_no', 'fix_dt', 'prt_amt'], flts);
}

fireworksDisplays();
arcadeOps();

// Writes databases/{upholstery_shop,parking_pcn}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-m/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);

/** A North Yorkshire upholstery workshop: customers, the workshop staff, a fabric book, jobs taken in, the hours worked on them and payments, 2023-2026. */
function upholsteryShop() {
  const { random, pick, between } = seeded(19740311);
  const nextName = namer(pick,
    ['Alison', 'Brian', 'Catherine', 'David', 'Elaine', 'Frances', 'Graham', 'Helen', 'Ian', 'Judith', 'Keith', 'Linda', 'Margaret', 'Neil', 'Patricia', 'Richard', 'Susan', 'Trevor', 'Valerie', 'Andrew', 'Joanne', 'Martin'],
    ['Atkinson', 'Barker', 'Calvert', 'Dobson', 'Earnshaw', 'Fawcett', 'Gill', 'Hebden', 'Ingle', 'Jowett', 'Kitching', 'Lister', 'Metcalfe', 'Nattrass', 'Outhwaite', 'Pickersgill', 'Raw', 'Sunderland', 'Thwaites', 'Waind']);
  const towns = ['Harrogate', 'Harrogate', 'Harrogate', 'Knaresborough', 'Ripon', 'Ripon', 'Wetherby', 'Pateley Bridge', 'Thirsk', 'York', 'Otley', 'Boroughbridge'];
  const customers = [];
  const trade = [
    ['Claro Interiors', 'interior designer', 'Harrogate'], ['Nidd Valley Design', 'interior designer', 'Knaresborough'], ['Ripon Antiques Centre', 'antique dealer', 'Ripon'],
    ['Swale House Antiques', 'antique dealer', 'Thirsk'], ['The Drovers Arms', 'pub or restaurant', 'Pateley Bridge'], ['Valley Gardens Kitchen', 'pub or restaurant', 'Harrogate'],
    ['Montpellier Quarter Design', 'interior designer', 'Harrogate'], ['Minster Gate Antiques', 'antique dealer', 'York'],
  ];
  for (let i = 0; i < 96; i += 1) {
    const [first, last] = nextName();
    customers.push({ customer_id: 0, full_name: `${first} ${last}`, customer_type: 'private', town: pick(towns), first_order_on: null });
  }
  for (const [name, type, town] of trade) customers.splice(between(0, customers.length), 0, { customer_id: 0, full_name: name, customer_type: type, town, first_order_on: null });
  customers.forEach((c, index) => { c.customer_id = 1 + index; });

  const staffList = [
    ['Robert Hebden', 'master upholsterer', 32, '2004-03-01', null], ['Gillian Metcalfe', 'upholsterer', 24, '2012-09-03', null], ['Darren Outhwaite', 'upholsterer', 23.5, '2016-01-11', null],
    ['Sophie Calvert', 'upholsterer', 22, '2019-05-07', '2025-08-29'], ['Megan Lister', 'seamstress', 19.5, '2018-02-12', null], ['Callum Raw', 'apprentice', 12.5, '2024-09-02', null],
    ['Jack Pickersgill', 'apprentice', 12, '2022-09-05', '2024-07-26'], ['Norman Waind', 'french polisher', 26, '2015-04-20', null], ['Amy Jowett', 'upholsterer', 22.5, '2025-09-15', null],
  ];
  const staff = staffList.map(([full_name, role, rate, started_on, left_on], index) => ({ staff_id: 1 + index, full_name, role, hourly_rate: money(rate), started_on, left_on }));
  const onStaff = (today, roles) => staff.filter((s) => roles.includes(s.role) && s.started_on <= today && !(s.left_on && s.left_on < today));

  // [name, supplier, fibre, price a metre, fire retardant, discontinued]
  const fabricList = [
    ['Harris Tweed Herringbone Slate', 'Harris Tweed Hebrides', 'wool', 68, true, false], ['Harris Tweed Barleycorn Moss', 'Harris Tweed Hebrides', 'wool', 66, true, false],
    ['Linara Putty', 'Romo', 'linen', 52, true, false], ['Linara Cornflower', 'Romo', 'linen', 52, true, true], ['Kelso Velvet Ochre', 'Designers Guild', 'cotton velvet', 74, false, false],
    ['Kelso Velvet Teal', 'Designers Guild', 'cotton velvet', 74, false, false], ['Mohair Royale Claret', 'Andrew Martin', 'mohair velvet', 118, false, false], ['Brecon Chenille Stone', 'Clarke and Clarke', 'chenille', 34, true, false],
    ['Brecon Chenille Graphite', 'Clarke and Clarke', 'chenille', 34, true, false], ['Country Plaid Heather', 'Abraham Moon', 'wool', 58, true, false], ['Country Plaid Forest', 'Abraham Moon', 'wool', 58, true, true],
    ['Antique Hide Tan', 'Andrew Muirhead', 'leather', 96, true, false], ['Antique Hide Oxblood', 'Andrew Muirhead', 'leather', 99, true, false], ['Regency Stripe Gold', 'Colefax and Fowler', 'cotton', 61, false, false],
    ['Toile de Jouy Blue', 'Colefax and Fowler', 'cotton', 57, false, true], ['Boucle Ivory', 'Designers Guild', 'wool', 82, false, false], ['Plain Calico', 'Whaleys of Bradford', 'cotton', 6.5, false, false],
    ['Hessian Natural', 'Whaleys of Bradford', 'jute', 4.8, false, false], ['Nevada Faux Suede Mocha', 'Clarke and Clarke', 'polyester', 27, true, false], ['Wool Melton Navy', 'Abraham Moon', 'wool', 49, true, false],
  ];
  const fabrics = fabricList.map(([fabric_name, supplier, fibre, price, fr, disc], index) => ({ fabric_id: 1 + index, fabric_name, supplier, fibre, price_per_metre: money(price), fire_retardant: fr, discontinued: disc }));
  const topCovers = fabrics.filter((f) => !['Plain Calico', 'Hessian Natural'].includes(f.fabric_name));

  // [item, metres each, labour hours each (low, high), chance it is one of a set]
  const items = [
    ['armchair', 6, 14, 26, 0], ['wing chair', 7, 18, 32, 0], ['sofa', 14, 28, 55, 0], ['chaise longue', 9, 22, 40, 0], ['dining chair', 1.2, 4, 8, 0.8],
    ['footstool', 1.5, 4, 9, 0], ['headboard', 3, 6, 12, 0], ['window seat cushion', 2.5, 3, 7, 0], ['church kneeler', 0.4, 1, 2, 0.6],
  ];
  const periods = ['G', 'V', 'V', 'V', 'E', 'E', 'M', 'M', 'M', 'C', 'C'];
  const jobs = [];
  const sessions = [];
  const payments = [];
  const tasksTraditional = ['stripping', 'frame repair', 'springing', 'stuffing', 'top cover', 'piping and trims'];
  const tasksModern = ['stripping', 'foam and wadding', 'top cover', 'piping and trims'];
  for (let d = new Date(Date.UTC(2023, 0, 3)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const today = day(d);
    const n = random() < 0.62 ? 1 : random() < 0.3 ? 2 : 0;
    for (let k = 0; k < n; k += 1) {
      const customer = random() < 0.3 ? pick(customers.filter((c) => c.customer_type !== 'private')) : customers[Math.floor(Math.pow(random(), 1.35) * customers.length)];
      if (customer.customer_id === 1 || customer.customer_id === 2) continue; // two enquirers who never sent a job in
      const [item, metres, lo, hi, setChance] = customer.customer_type === 'pub or restaurant' && random() < 0.7 ? items[4] : pick(items);
      const count = setChance && random() < setChance ? pick([2, 4, 4, 6, 6, 8]) * (item === 'church kneeler' ? 3 : 1) : 1;
      const period = item === 'church kneeler' || item === 'window seat cushion' ? 'C' : customer.customer_type === 'antique dealer' ? pick(['G', 'V', 'V', 'E']) : pick(periods);
      const traditional = ['G', 'V', 'E'].includes(period) && item !== 'headboard';
      const own = random() < 0.16; // customer's own material
      const fabric = own ? null : customer.customer_type === 'pub or restaurant' ? pick(topCovers.filter((f) => f.fire_retardant)) : pick(topCovers);
      const used = (metres * count * (0.9 + random() * 0.25)).toFixed(1);
      const hours = between(lo, hi) * (traditional ? 1.35 : 1) * (count > 1 ? count * 0.8 : 1);
      const lead = pick(onStaff(today, ['master upholsterer', 'upholsterer']));
      const rate = 38;
      const fabricCost = fabric ? Number(fabric.price_per_metre) * Number(used) * 1.25 : 0;
      const quote = Math.round((hours * rate + fabricCost) / 5) * 5;
      const wait = between(10, 45) + Math.round(hours / 3);
      let completed = addDays(d, wait + between(5, 40));
      let completedOn = day(completed) <= LAST ? day(completed) : null;
      let collectedOn = completedOn ? day(addDays(completed, between(1, 21))) : null;
      if (collectedOn && collectedOn > LAST) collectedOn = null;
      const cancelled = random() < 0.025 && !completedOn ? false : random() < 0.02;
      const job = { job_id: 0, customer_id: customer.customer_id, item, item_count: count, period, fabric_id: fabric ? fabric.fabric_id : null, metres_used: used, lead_staff_id: lead.staff_id, received_on: today, quoted_price: money(quote), completed_on: cancelled ? null : completedOn, collected_on: cancelled ? null : collectedOn, cancelled, _hours: hours, _traditional: traditional, _d: d };
      jobs.push(job);
      if (!customer.first_order_on) customer.first_order_on = today;
    }
  }
  jobs.forEach((j, index) => { j.job_id = 4001 + index; });
  // customers with no job yet first enquired this autumn
  customers.forEach((c) => { if (!c.first_order_on) c.first_order_on = day(addDays(new Date(Date.UTC(2026, 8, 1)), between(0, 85))); });
  for (const j of jobs) {
    const deposit = Math.round(Number(j.quoted_price) * 0.3 / 5) * 5;
    payments.push({ payment_id: 0, job_id: j.job_id, paid_on: j.received_on, amount: money(deposit), kind: 'deposit', method: pick(['card', 'card', 'bank transfer', 'cash']) });
    if (j.cancelled) continue;
    // the hours, from about the start of the work to the finish (or to today)
    const start = addDays(j._d, between(10, 40));
    const stop = j.completed_on ? new Date(`${j.completed_on}T00:00:00Z`) : END;
    if (start > stop) continue;
    const span = Math.max(1, Math.round((stop - start) / 86_400_000));
    const tasks = j._traditional ? tasksTraditional : tasksModern;
    const done = j.completed_on ? tasks.length : Math.min(tasks.length, Math.floor(tasks.length * Math.min(1, ((END - start) / 86_400_000) / span)));
    for (let t = 0; t < done; t += 1) {
      const task = tasks[t];
      const when = day(addDays(start, Math.round(span * t / tasks.length)));
      if (when > LAST) break;
      const roles = task === 'piping and trims' ? ['seamstress'] : task === 'frame repair' ? ['french polisher', 'master upholsterer'] : task === 'stripping' ? ['apprentice', 'upholsterer'] : ['master upholsterer', 'upholsterer'];
      const who = onStaff(when, roles);
      const worker = task === 'top cover' || task === 'springing' ? staff[j.lead_staff_id - 1] : who.length ? pick(who) : staff[j.lead_staff_id - 1];
      const hours = j._hours / tasks.length * (0.7 + random() * 0.6);
      sessions.push({ session_id: 0, job_id: j.job_id, staff_id: worker.staff_id, worked_on: when, task, hours: (Math.round(hours * 4) / 4).toFixed(2) });
    }
    if (j.collected_on) {
      const unpaidLate = random() < 0.04 && j.collected_on > '2026-10-15';
      if (!unpaidLate) payments.push({ payment_id: 0, job_id: j.job_id, paid_on: j.collected_on, amount: money(Number(j.quoted_price) - deposit), kind: 'balance', method: pick(['card', 'card', 'bank transfer', 'bank transfer', 'cash']) });
    }
  }
  sessions.sort((a, b) => cmp(a.worked_on, b.worked_on) || a.job_id - b.job_id);
  sessions.forEach((s, index) => { s.session_id = 1 + index; });
  payments.sort((a, b) => cmp(a.paid_on, b.paid_on) || a.job_id - b.job_id);
  payments.forEach((p, index) => { p.payment_id = 1 + index; });
  writeTable('upholstery_shop', 'customers', ['customer_id', 'full_name', 'customer_type', 'town', 'first_order_on'], customers);
  writeTable('upholstery_shop', 'staff', ['staff_id', 'full_name', 'role', 'hourly_rate', 'started_on', 'left_on'], staff);
  writeTable('upholstery_shop', 'fabrics', ['fabric_id', 'fabric_name', 'supplier', 'fibre', 'price_per_metre', 'fire_retardant', 'discontinued'], fabrics);
  writeTable('upholstery_shop', 'jobs', ['job_id', 'customer_id', 'item', 'item_count', 'period', 'fabric_id', 'metres_used', 'lead_staff_id', 'received_on', 'quoted_price', 'completed_on', 'collected_on', 'cancelled'], jobs);
  writeTable('upholstery_shop', 'work_sessions', ['session_id', 'job_id', 'staff_id', 'worked_on', 'task', 'hours'], sessions);
  writeTable('upholstery_shop', 'payments', ['payment_id', 'job_id', 'paid_on', 'amount', 'kind', 'method'], payments);
}

/** A district council's parking enforcement: zones and car parks, civil enforcement officers, vehicles, permits, penalty charge notices and challenges, 2024-2026. */
function parkingPcn() {
  const { random, pick, between } = seeded(20080331);
  // [code, name, type, spaces, tariff an hour]
  const zoneList = [
    ['CP01', 'Station Parade car park', 'C', 240, 1.8], ['CP02', 'Victoria Shopping Centre multi-storey', 'C', 610, 1.6], ['CP03', 'Jubilee car park', 'C', 180, 1.4],
    ['CP04', 'Hospital Lane car park', 'C', 95, 1.2], ['CP05', 'Riverside long stay', 'C', 320, 0.9], ['CP06', 'Market Hall car park', 'C', 140, 1.5],
    ['OS01', 'High Street', 'S', 44, 2.2], ['OS02', 'Cheltenham Crescent', 'S', 38, 2.0], ['OS03', 'Parliament Street', 'S', 52, 2.2], ['OS04', 'Kings Road', 'S', 30, 1.7],
    ['OS05', 'Cold Bath Road', 'S', 26, 1.7], ['RZ01', 'Zone A Duchy', 'R', 210, null], ['RZ02', 'Zone B Stray', 'R', 180, null], ['RZ03', 'Zone C Bilton', 'R', 150, null],
    ['RZ04', 'Zone D Oatlands', 'R', 120, null], ['LW01', 'Oxford Street loading', 'L', 12, null], ['LW02', 'James Street loading', 'L', 10, null], ['LW03', 'Westgate limited waiting', 'L', 24, null],
  ];
  const zones = zoneList.map(([zn_cd, zn_nm, zn_typ, spc, trf], index) => ({ zn_no: 11 + index, zn_cd, zn_nm, zn_typ, spc, trf: trf === null ? null : money(trf) }));
  const ceoNames = ['Wayne Tordoff', 'Shabana Akhtar', 'Gavin Pullan', 'Dawn Hirst', 'Marek Nowak', 'Lisa Ackroyd', 'Imran Bashir', 'Colin Sugden', 'Tracey Moorhouse', 'Jamal Okafor', 'Rebecca Haigh', 'Ashley Firth', 'Zofia Wrobel', 'Kevin Sowden'];
  const ceos = ceoNames.map((ceo_nm, index) => ({ ceo_no: 301 + index, ceo_nm, bdg: `HG${String(between(100, 999))}`, shft: index % 3 === 0 ? 'E' : index % 3 === 1 ? 'L' : 'F', strt_dt: day(addDays(new Date(Date.UTC(2009, 5, 1)), between(0, 5000))), end_dt: null }));
  ceos[4].end_dt = '2025-01-31';
  ceos[8].end_dt = '2024-06-14';
  ceos[11].strt_dt = '2025-02-17';
  ceos[12].strt_dt = '2026-07-06';
  ceos[13].strt_dt = '2024-08-05';
  ceos[13].shft = 'E';
  const makes = ['Ford', 'Ford', 'Vauxhall', 'Vauxhall', 'Volkswagen', 'Volkswagen', 'Toyota', 'Nissan', 'BMW', 'Audi', 'Kia', 'Hyundai', 'Peugeot', 'Mercedes-Benz', 'Skoda', 'Renault', 'Tesla', 'Land Rover'];
  const colours = ['black', 'white', 'silver', 'silver', 'grey', 'grey', 'blue', 'red', 'green'];
  const letters = 'ABCDEFGHJKLMNOPRSTUVWXY';
  const usedVrm = new Set();
  const vehs = [];
  for (let i = 0; i < 1400; i += 1) {
    const frgn = random() < 0.035;
    let vrm;
    do {
      vrm = frgn ? `${pick(['PO', 'WX', 'DW', 'KR'])}${between(10000, 99999)}` : `${pick(['YA', 'YB', 'YC', 'YD', 'YE', 'YF', 'YG', 'YH', 'YJ', 'YK', 'YL', 'YM', 'YN', 'YP', 'LD', 'MA', 'NK'])}${pick(['15', '65', '17', '67', '19', '69', '21', '71', '23', '73', '24', '74', '12', '62'])} ${pick(letters)}${pick(letters)}${pick(letters)}`;
    } while (usedVrm.has(vrm));
    usedVrm.add(vrm);
    vehs.push({ veh_no: 100001 + i, vrm, mk: pick(makes), clr: pick(colours), kpr_typ: random() < 0.08 ? 'L' : random() < 0.1 ? 'B' : 'P', frgn });
  }
  // permits: residents' and business permits in the residents' zones
  const prms = [];
  const rzones = zones.filter((z) => z.zn_typ === 'R');
  for (let i = 0; i < 520; i += 1) {
    const v = vehs[between(0, 899)];
    if (v.frgn || prms.some((p) => p.veh_no === v.veh_no)) continue;
    const typ = random() < 0.8 ? 'R' : random() < 0.6 ? 'B' : 'C';
    const z = pick(rzones);
    const first = addDays(new Date(Date.UTC(2023, 0, 1)), between(0, 1400));
    const renewals = between(1, 3);
    for (let r = 0; r < renewals; r += 1) {
      const iss = addDays(first, 365 * r);
      if (day(iss) > LAST) break;
      prms.push({ prm_no: 0, veh_no: v.veh_no, zn_no: z.zn_no, prm_typ: typ, iss_dt: day(iss), exp_dt: day(addDays(iss, 364)), fee: money(typ === 'R' ? (r === 0 ? 60 : 75) * (day(iss) >= '2025-04-01' ? 1.1 : 1) : typ === 'B' ? 240 : 0) });
    }
  }
  prms.sort((a, b) => cmp(a.iss_dt, b.iss_dt) || a.veh_no - b.veh_no);
  prms.forEach((p, index) => { p.prm_no = 70001 + index; });

  // [code, band, types of zone where it happens, weight]
  const contraventions = [
    ['01', 'H', 'SL', 10], ['02', 'H', 'L', 5], ['12', 'H', 'R', 14], ['16', 'H', 'R', 4], ['30', 'L', 'SL', 12], ['40', 'H', 'CS', 4],
    ['47', 'H', 'S', 2], ['62', 'H', 'SR', 4], ['83', 'L', 'C', 18], ['86', 'L', 'C', 7], ['82', 'L', 'C', 9], ['99', 'H', 'S', 1],
  ];
  const pcns = [];
  const chals = [];
  const onDuty = (today) => ceos.filter((c) => c.strt_dt <= today && !(c.end_dt && c.end_dt < today));
  const vehWeights = vehs.map(() => (random() < 0.05 ? 6 : random() < 0.3 ? 1 : 0.25));
  const vehTotal = vehWeights.reduce((s, w) => s + w, 0);
  const pickVeh = () => {
    let r = random() * vehTotal;
    for (let i = 0; i < vehs.length; i += 1) { r -= vehWeights[i]; if (r <= 0) return vehs[i]; }
    return vehs[vehs.length - 1];
  };
  for (let d = new Date(Date.UTC(2024, 0, 1)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const dow = d.getUTCDay();
    const month = d.getUTCMonth();
    const n = dow === 0 ? between(0, 3) : between(3, 9) + (month === 11 ? 2 : 0);
    for (let k = 0; k < n; k += 1) {
      let r = random() * 90;
      let c = contraventions[0];
      for (const x of contraventions) { r -= x[3]; if (r <= 0) { c = x; break; } }
      const [code, band, where] = c;
      const here = zones.filter((zz) => where.includes(zz.zn_typ));
      let rz = random() * here.reduce((s, zz) => s + Math.sqrt(zz.spc), 0);
      let z = here[here.length - 1];
      for (const zz of here) { rz -= Math.sqrt(zz.spc); if (rz <= 0) { z = zz; break; } }
      const camera = (code === '47' || code === '99' || code === '02') && random() < 0.7;
      const ceo = camera ? null : pick(onDuty(today));
      const v = pickVeh();
      const amt = band === 'H' ? 70 : 50;
      const age = (END - d) / 86_400_000;
      const challenged = random() < 0.13;
      let stat;
      let pdDt = null;
      let pdAmt = null;
      const roll = random();
      if (challenged) {
        const stg1 = addDays(d, between(2, 13));
        const accepted = random() < (code === '12' || code === '16' ? 0.45 : 0.22);
        const decided = addDays(stg1, between(5, 30));
        const pend = day(decided) > LAST;
        chals.push({ chal_no: 0, pcn_no: 0, p: pcns.length, rcv_dt: day(stg1) > LAST ? LAST : day(stg1), stg: 'I', rslt: pend ? 'P' : accepted ? 'A' : 'R', dcd_dt: pend ? null : day(decided) });
        if (pend) stat = 'O';
        else if (accepted) stat = 'C';
        else if (random() < 0.35) {
          const f = addDays(decided, between(10, 40));
          const fd = addDays(f, between(14, 50));
          const fPend = day(fd) > LAST;
          if (day(f) <= LAST) {
            const fAcc = random() < 0.3;
            chals.push({ chal_no: 0, pcn_no: 0, p: pcns.length, rcv_dt: day(f), stg: 'F', rslt: fPend ? 'P' : fAcc ? 'A' : 'R', dcd_dt: fPend ? null : day(fd) });
            if (fPend) stat = 'O';
            else if (fAcc) stat = 'C';
            else if (random() < 0.3) {
              const t = addDays(fd, between(20, 28));
              const td = addDays(t, between(40, 120));
              if (day(t) <= LAST) {
                const tPend = day(td) > LAST;
                const tAllowed = random() < 0.4;
                chals.push({ chal_no: 0, pcn_no: 0, p: pcns.length, rcv_dt: day(t), stg: 'T', rslt: tPend ? 'P' : tAllowed ? 'A' : 'R', dcd_dt: tPend ? null : day(td) });
                stat = tPend ? 'O' : tAllowed ? 'C' : 'P';
                if (stat === 'P') { pdDt = day(addDays(td, between(3, 20))); pdAmt = amt; if (pdDt > LAST) { stat = 'O'; pdDt = null; pdAmt = null; } }
              } else stat = 'O';
            } else {
              stat = 'P'; pdDt = day(addDays(fd, between(2, 25))); pdAmt = amt;
              if (pdDt > LAST) { stat = 'O'; pdDt = null; pdAmt = null; }
            }
          } else stat = 'O';
        } else {
          stat = 'P'; pdDt = day(addDays(decided, between(1, 14))); pdAmt = amt / 2; // discount re-offered after an informal challenge
          if (pdDt > LAST) { stat = 'O'; pdDt = null; pdAmt = null; }
        }
      } else if (roll < 0.6) {
        stat = 'P'; pdDt = day(addDays(d, between(1, 14))); pdAmt = amt / 2;
        if (pdDt > LAST) { stat = 'O'; pdDt = null; pdAmt = null; }
      } else if (roll < 0.8) {
        stat = 'P'; pdDt = day(addDays(d, between(15, 56))); pdAmt = amt;
        if (pdDt > LAST) { stat = 'O'; pdDt = null; pdAmt = null; }
      } else if (roll < 0.83) {
        stat = 'C';
      } else {
        stat = age > 120 ? (v.frgn || random() < 0.4 ? 'W' : random() < 0.5 ? 'D' : 'P') : 'O';
        if (stat === 'P') { pdDt = day(addDays(d, between(80, 118))); pdAmt = amt * 1.5; }
      }
      if (v.frgn && stat === 'P' && random() < 0.7) { stat = age > 120 ? 'W' : 'O'; pdDt = null; pdAmt = null; }
      pcns.push({ pcn_no: 0, veh_no: v.veh_no, zn_no: z.zn_no, ceo_no: ceo ? ceo.ceo_no : null, iss_dt: today, cntr_cd: code, bnd: band, amt: money(amt), stat, pd_dt: pdDt, pd_amt: pdAmt === null ? null : money(pdAmt) });
    }
  }
  pcns.forEach((p, index) => { p.pcn_no = `HG${String(4100001 + index)}`; });
  chals.forEach((c) => { c.pcn_no = pcns[c.p].pcn_no; });
  chals.sort((a, b) => cmp(a.rcv_dt, b.rcv_dt) || cmp(a.pcn_no, b.pcn_no));
  chals.forEach((c, index) => { c.chal_no = 1 + index; });
  writeTable('parking_pcn', 'zn', ['zn_no', 'zn_cd', 'zn_nm', 'zn_typ', 'spc', 'trf'], zones);
  writeTable('parking_pcn', 'ceo', ['ceo_no', 'ceo_nm', 'bdg', 'shft', 'strt_dt', 'end_dt'], ceos);
  writeTable('parking_pcn', 'veh', ['veh_no', 'vrm', 'mk', 'clr', 'kpr_typ', 'frgn'], vehs);
  writeTable('parking_pcn', 'prm', ['prm_no', 'veh_no', 'zn_no', 'prm_typ', 'iss_dt', 'exp_dt', 'fee'], prms);
  writeTable('parking_pcn', 'pcn', ['pcn_no', 'veh_no', 'zn_no', 'ceo_no', 'iss_dt', 'cntr_cd', 'bnd', 'amt', 'stat', 'pd_dt', 'pd_amt'], pcns);
  writeTable('parking_pcn', 'chal', ['chal_no', 'pcn_no', 'rcv_dt', 'stg', 'rslt', 'dcd_dt'], chals);
}

upholsteryShop();
parkingPcn();

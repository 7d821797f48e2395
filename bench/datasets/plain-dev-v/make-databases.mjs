// Writes databases/{paper_rounds,tyre_dep}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-v/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);
const monthStart = (y, m) => `${y}-${String(m).padStart(2, '0')}-01`;

/** A village newsagent's paper rounds: rounds, carriers, households, publications, standing orders, monthly bills and complaints, 2024-2026. */
function paperRounds() {
  const { random, pick, between } = seeded(19870412);
  // [name, area, minutes on foot, streets]
  const roundList = [
    ['Round 1', 'Village centre', 45, ['Main Street', 'Church Lane', 'The Green']], ['Round 2', 'Mill Estate', 55, ['Mill Road', 'Weavers Close', 'Bobbin Way']],
    ['Round 3', 'Station side', 50, ['Station Road', 'Railway Terrace', 'Sidings Court']], ['Round 4', 'Top of the hill', 65, ['Moor Lane', 'Heather View', 'Crag Top']],
    ['Round 5', 'New build estate', 40, ['Swallow Drive', 'Kestrel Road', 'Wren Close']], ['Round 6', 'Outlying farms', 90, ['Back Lane', 'Intake Road']],
    ['Round 7', 'School end', 45, ['School Lane', 'Vicarage Road', 'Orchard Way']],
  ];
  const rounds = roundList.map(([round_name, area, walking_minutes], index) => ({ round_id: 1 + index, round_name, area, walking_minutes }));
  const nextName = namer(pick,
    ['Olivia', 'Harry', 'Amelia', 'Jack', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Oscar', 'Freya', 'Archie', 'Poppy', 'Alfie', 'Ella', 'Charlie'],
    ['Ackroyd', 'Brook', 'Crabtree', 'Dyson', 'Fielding', 'Greenwood', 'Holroyd', 'Illingworth', 'Lumb', 'Mitchell', 'Priestley', 'Redman', 'Sutcliffe', 'Wadsworth']);
  // [round, joined, left]
  const carrierPlan = [
    [1, '2022-09-05', '2025-07-18'], [1, '2025-07-21', null], [2, '2023-04-10', null], [3, '2021-10-04', '2024-08-30'], [3, '2024-09-02', null],
    [4, '2023-01-09', null], [5, '2022-05-16', '2025-12-19'], [5, '2026-01-05', null], [6, '2020-03-02', null], [7, '2024-02-12', null],
    [2, '2025-03-03', null], [4, '2019-06-03', '2024-03-29'], [7, '2021-09-06', '2024-01-26'], [6, '2026-06-01', null],
  ];
  const carriers = carrierPlan.map(([round_id, joined_on, left_on], index) => {
    const [first, last] = nextName();
    const age = round_id === 6 ? between(17, 19) : between(13, 16);
    const born = addDays(new Date(`${joined_on}T00:00:00Z`), -Math.round(age * 365.25) - between(0, 300));
    return { carrier_id: 1 + index, full_name: `${first} ${last}`, date_of_birth: day(born), round_id, weekly_pay: money(round_id === 6 ? 38 : 16 + between(0, 8)), joined_on, left_on };
  });
  const surnames = ['Armitage', 'Bairstow', 'Clegg', 'Denby', 'Exley', 'Firth', 'Gaukroger', 'Haigh', 'Ibbotson', 'Jagger', 'Kershaw', 'Lockwood', 'Marsden', 'Naylor', 'Oldroyd', 'Pollard', 'Quarmby', 'Rushworth', 'Shaw', 'Taylor', 'Uttley', 'Varley', 'Whiteley', 'Yates'];
  const customers = [];
  for (let i = 0; i < 260; i += 1) {
    const round = rounds[i < 12 ? 5 : between(0, rounds.length - 1)];
    const streets = roundList[round.round_id - 1][3];
    const opened = day(addDays(new Date(Date.UTC(2012, 0, 1)), between(0, 5300)));
    const away = random() < 0.05 ? day(addDays(END, between(3, 40))) : random() < 0.08 ? day(addDays(END, -between(10, 400))) : null;
    customers.push({ customer_id: 1001 + i, household_name: `${pick(['Mr', 'Mrs', 'Ms', 'Dr', 'Mr and Mrs'])} ${pick(surnames)}`, house_number: between(1, 80), street: pick(streets), round_id: round.round_id, account_opened_on: opened, payment_method: pick(['direct debit', 'direct debit', 'direct debit', 'card in shop', 'cash in shop']), deliveries_stopped_until: away });
  }
  // [title, kind, cover price]
  const pubList = [
    ['The Times', 'D', 2.5], ['The Guardian', 'D', 2.7], ['Daily Mail', 'D', 1.2], ['The Sun', 'D', 0.8], ['The Daily Telegraph', 'D', 3.0], ['Yorkshire Post', 'D', 1.6],
    ['Daily Mirror', 'D', 1.0], ['The i', 'D', 0.9], ['The Sunday Times', 'S', 3.5], ['The Observer', 'S', 3.8], ['Mail on Sunday', 'S', 2.0], ['Sunday Telegraph', 'S', 3.2],
    ['Radio Times', 'W', 3.3], ['The Economist', 'W', 7.5], ['Farmers Weekly', 'W', 4.2], ['The Beano', 'W', 3.99], ['Private Eye', 'F', 2.99], ['Gardeners World', 'M', 5.99],
    ['Which?', 'M', 6.5], ['Country Life', 'W', 5.95], ['The Dandy Annual', 'Y', 9.99],
  ];
  const publications = pubList.map(([title, kind, cover_price], index) => ({ publication_id: 1 + index, title, kind, cover_price: money(cover_price) }));
  const monthlyCost = { D: 26, S: 4.33, W: 4.33, F: 2.17, M: 1, Y: 0 };
  const orders = [];
  for (const c of customers) {
    const n = random() < 0.55 ? 1 : random() < 0.7 ? 2 : 3;
    const taken = new Set();
    for (let k = 0; k < n; k += 1) {
      let pub = k === 0 ? pick(publications.slice(0, 8)) : pick(publications.slice(0, 20));
      if (c.round_id === 6 && k === 1) pub = publications[14];
      if (taken.has(pub.publication_id)) continue;
      taken.add(pub.publication_id);
      const start = c.account_opened_on > '2024-01-01' || random() < 0.4 ? (c.account_opened_on > '2024-01-01' ? c.account_opened_on : day(addDays(new Date(Date.UTC(2024, 0, 1)), between(0, 1000)))) : c.account_opened_on;
      const ends = random() < 0.22 ? day(addDays(new Date(`${start}T00:00:00Z`), between(60, 900))) : null;
      orders.push({ order_id: 0, customer_id: c.customer_id, publication_id: pub.publication_id, quantity: pub.publication_id === 16 && random() < 0.3 ? 2 : 1, start_date: start, end_date: ends && ends <= LAST ? ends : null });
    }
  }
  orders.sort((a, b) => cmp(a.start_date, b.start_date) || a.customer_id - b.customer_id);
  orders.forEach((o, index) => { o.order_id = 1 + index; });
  const bills = [];
  for (let y = 2024; y <= 2026; y += 1) {
    for (let m = 1; m <= 12; m += 1) {
      if (y === 2026 && m === 12) break;
      const first = monthStart(y, m);
      for (const c of customers) {
        const live = orders.filter((o) => o.customer_id === c.customer_id && o.start_date < first.replace(/-01$/, '-28') && !(o.end_date && o.end_date < first));
        if (!live.length) continue;
        const papers = live.reduce((sum, o) => sum + Number(publications[o.publication_id - 1].cover_price) * monthlyCost[publications[o.publication_id - 1].kind] * o.quantity, 0);
        const delivery = c.round_id === 6 ? 12 : 7.8;
        const issued = day(addDays(new Date(`${first}T00:00:00Z`), 27 + (m === 2 ? 0 : 1)));
        if (issued > LAST) continue;
        const late = random() < 0.06;
        const paidOn = c.payment_method === 'direct debit' ? day(addDays(new Date(`${issued}T00:00:00Z`), 7)) : late ? null : day(addDays(new Date(`${issued}T00:00:00Z`), between(1, 25)));
        bills.push({ bill_id: 0, customer_id: c.customer_id, bill_month: first, issued_on: issued, papers_total: money(papers), delivery_charge: money(delivery), paid_on: paidOn && paidOn <= LAST ? paidOn : null });
      }
    }
  }
  bills.forEach((b, index) => { b.bill_id = 50001 + index; });
  const complaints = [];
  const issues = ['late', 'late', 'late', 'missed', 'missed', 'wet', 'wrong paper', 'torn'];
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const n = random() < 0.35 ? 1 : 0;
    for (let k = 0; k < n; k += 1) {
      const c = customers[Math.floor(Math.pow(random(), 1.3) * customers.length)];
      if (c.customer_id === 1003) continue;
      const on = carriers.filter((r) => r.round_id === c.round_id && r.joined_on <= today && !(r.left_on && r.left_on < today));
      const issue = pick(issues);
      const known = on.length && random() < 0.85;
      complaints.push({ complaint_id: 0, customer_id: c.customer_id, carrier_id: known ? on[0].carrier_id : null, reported_on: today, issue, credit_given: money(issue === 'missed' || issue === 'wrong paper' ? pick([0, 1.2, 2.5, 3]) : issue === 'wet' ? pick([0, 0, 1.2]) : 0) });
    }
  }
  complaints.forEach((c, index) => { c.complaint_id = 1 + index; });
  writeTable('paper_rounds', 'rounds', ['round_id', 'round_name', 'area', 'walking_minutes'], rounds);
  writeTable('paper_rounds', 'carriers', ['carrier_id', 'full_name', 'date_of_birth', 'round_id', 'weekly_pay', 'joined_on', 'left_on'], carriers);
  writeTable('paper_rounds', 'customers', ['customer_id', 'household_name', 'house_number', 'street', 'round_id', 'account_opened_on', 'payment_method', 'deliveries_stopped_until'], customers);
  writeTable('paper_rounds', 'publications', ['publication_id', 'title', 'kind', 'cover_price'], publications);
  writeTable('paper_rounds', 'orders', ['order_id', 'customer_id', 'publication_id', 'quantity', 'start_date', 'end_date'], orders);
  writeTable('paper_rounds', 'bills', ['bill_id', 'customer_id', 'bill_month', 'issued_on', 'papers_total', 'delivery_charge', 'paid_on'], bills);
  writeTable('paper_rounds', 'complaints', ['complaint_id', 'customer_id', 'carrier_id', 'reported_on', 'issue', 'credit_given'], complaints);
}

/** A small chain of tyre depots: branches, fitters, customer accounts, tyre stock lines, jobs and warranty claims, 2024-2026. */
function tyreDep() {
  const { random, pick, between } = seeded(20011119);
  // [name, town, bays, opened]
  const brList = [['Quayside', 'Goole', 4, '2009-04-01'], ['Ring Road', 'Selby', 6, '2012-10-15'], ['Northgate', 'Pontefract', 3, '2015-02-02'], ['Airedale', 'Castleford', 5, '2018-06-11'], ['Westfield', 'Tadcaster', 2, '2023-03-06']];
  const br = brList.map(([br_nm, twn, bays, opn_dt], index) => ({ br_no: 1 + index, br_nm, twn, bays, opn_dt }));
  // [name, branch, grade, rate, start, end]
  const ftrList = [
    ['Dean Rhodes', 1, 'M', 17.5, '2009-04-01', null], ['Kyle Ogden', 1, 'J', 12.2, '2022-08-01', null], ['Stacey Broadhead', 1, 'S', 14.8, '2016-03-14', '2025-05-30'],
    ['Lee Wainwright', 2, 'M', 17.9, '2012-10-15', null], ['Ryan Hepworth', 2, 'S', 15.1, '2017-01-09', null], ['Tomasz Kowal', 2, 'S', 14.6, '2019-07-22', null], ['Connor Smales', 2, 'T', 9.8, '2025-09-01', null],
    ['Gary Mellor', 3, 'M', 17.2, '2015-02-02', null], ['Jordan Pease', 3, 'J', 12.0, '2023-05-15', '2024-11-29'], ['Nathan Ellis', 3, 'J', 12.4, '2024-12-09', null],
    ['Shaun Whitaker', 4, 'M', 17.6, '2018-06-11', null], ['Ewan Fozzard', 4, 'S', 15.0, '2020-02-03', null], ['Bilal Hussain', 4, 'J', 12.3, '2021-11-01', null],
    ['Carl Ridsdale', 5, 'S', 15.4, '2023-03-06', null], ['Liam Tetley', 5, 'T', 9.6, '2024-01-08', '2024-06-28'],
  ];
  const ftr = ftrList.map(([ftr_nm, br_no, grd, hr_rt, strt_dt, end_dt], index) => ({ ftr_no: 21 + index, ftr_nm, br_no, grd, hr_rt: money(hr_rt), strt_dt, end_dt }));
  const fleets = ['Aire Valley Taxis', 'Ouse Logistics', 'Selby Private Hire', 'Goole Port Services', 'Castle Coaches', 'Wharfe Farm Supplies', 'Pontefract Cabs', 'Humber Hauliers', 'Drax Site Services'];
  const dealers = ['Northgate Motors', 'Selby Car Sales', 'Airedale Autos', 'Quay Garage'];
  const nextName = namer(pick,
    ['Paul', 'Karen', 'Steven', 'Julie', 'Mark', 'Sarah', 'Craig', 'Emma', 'Darren', 'Nicola', 'Jason', 'Lisa', 'Wayne', 'Claire', 'Scott', 'Donna'],
    ['Appleyard', 'Boothroyd', 'Cawthorne', 'Dixon', 'Eastwood', 'Fletcher', 'Gledhill', 'Hinchliffe', 'Jessop', 'Kaye', 'Lodge', 'Moxon', 'Pickles', 'Sykes', 'Tattersall', 'Walsh']);
  const acct = [];
  for (let i = 0; i < 220; i += 1) {
    const [first, last] = nextName();
    acct.push({ acct_no: 0, acct_nm: `${first} ${last}`, acct_typ: 'P', crd_lmt: null, opn_dt: day(addDays(new Date(Date.UTC(2014, 0, 1)), between(0, 4300))) });
  }
  fleets.forEach((name, k) => acct.splice(between(0, acct.length), 0, { acct_no: 0, acct_nm: name, acct_typ: 'F', crd_lmt: money(pick([2000, 5000, 5000, 10000])), opn_dt: day(addDays(new Date(Date.UTC(2012, 0, 1)), between(0, 3000 + k * 100))) }));
  dealers.forEach((name) => acct.splice(between(0, acct.length), 0, { acct_no: 0, acct_nm: name, acct_typ: 'D', crd_lmt: money(3000), opn_dt: day(addDays(new Date(Date.UTC(2013, 0, 1)), between(0, 3000))) }));
  acct.forEach((a, index) => { a.acct_no = 5001 + index; });
  // [code, brand, size, season, rrp, run-flat]
  const skuList = [
    ['MI2055516S', 'Michelin', '205/55R16', 'S', 112, false], ['MI2254517S', 'Michelin', '225/45R17', 'S', 138, false], ['MI2055516A', 'Michelin', '205/55R16', 'A', 124, false],
    ['CO1956515S', 'Continental', '195/65R15', 'S', 92, false], ['CO2254517R', 'Continental', '225/45R17', 'S', 171, true], ['CO2055516W', 'Continental', '205/55R16', 'W', 118, false],
    ['BR2156016S', 'Bridgestone', '215/60R16', 'S', 104, false], ['BR2254018R', 'Bridgestone', '225/40R18', 'S', 189, true], ['GY1956515A', 'Goodyear', '195/65R15', 'A', 99, false],
    ['GY2156517A', 'Goodyear', '215/65R17', 'A', 146, false], ['GY2156517W', 'Goodyear', '215/65R17', 'W', 152, false], ['PI2055516S', 'Pirelli', '205/55R16', 'S', 108, false],
    ['FA1856515S', 'Falken', '185/65R15', 'S', 68, false], ['FA2055516S', 'Falken', '205/55R16', 'S', 74, false], ['FA2156016A', 'Falken', '215/60R16', 'A', 86, false],
    ['NX1856515S', 'Nexen', '185/65R15', 'S', 55, false], ['NX2055516S', 'Nexen', '205/55R16', 'S', 59, false], ['NX1956515W', 'Nexen', '195/65R15', 'W', 64, false],
    ['HK2157016C', 'Hankook', '215/70R15C', 'S', 112, false], ['HK2356516C', 'Hankook', '235/65R16C', 'A', 131, false], ['NO2055516W', 'Nokian', '205/55R16', 'W', 121, false],
  ];
  const sku = skuList.map(([sku_cd, brnd, sz, ssn, rrp, rft]) => ({ sku_cd, brnd, sz, ssn, rrp: money(rrp), rft }));
  const job = [];
  for (let d = new Date(Date.UTC(2024, 0, 2)); d <= END; d = addDays(d, 1)) {
    if (d.getUTCDay() === 0) continue;
    const today = day(d);
    const winter = [10, 11, 0, 1].includes(d.getUTCMonth());
    for (const b of br) {
      if (b.opn_dt > today) continue;
      const n = between(0, b.bays);
      for (let k = 0; k < n; k += 1) {
        const on = ftr.filter((f) => f.br_no === b.br_no && f.strt_dt <= today && !(f.end_dt && f.end_dt < today));
        const a = random() < 0.25 ? pick(acct.filter((x) => x.acct_typ !== 'P')) : acct[Math.floor(Math.pow(random(), 1.2) * acct.length)];
        if (a.acct_no === 5002 || a.acct_no === 5011) continue;
        const r = random();
        const jt = r < 0.58 ? 'F' : r < 0.8 ? 'P' : r < 0.9 ? 'B' : 'A';
        const pool = sku.filter((s) => (winter ? true : s.ssn !== 'W') && (a.acct_typ === 'F' && random() < 0.5 ? s.sz.endsWith('C') || s.brnd === 'Falken' : true));
        const s = jt === 'F' ? pick(pool) : null;
        const qty = jt === 'F' ? pick([1, 1, 2, 2, 2, 4]) : jt === 'P' ? 1 : jt === 'B' ? pick([2, 4]) : 0;
        const tyres = s ? Number(s.rrp) * qty * (a.acct_typ === 'P' ? 1 : 0.85) : 0;
        const labour = jt === 'F' ? 12 * qty : jt === 'P' ? 25 : jt === 'B' ? 10 * qty : 55;
        const mob = a.acct_typ === 'F' && random() < 0.3;
        job.push({ job_no: 0, acct_no: a.acct_no, br_no: b.br_no, ftr_no: pick(on).ftr_no, job_dt: today, jt, sku_cd: s ? s.sku_cd : null, qty, mob, tot: money(tyres + labour + (mob ? 35 : 0)), pd: a.acct_typ === 'P' ? pick(['C', 'C', 'C', 'X']) : 'A' });
      }
    }
  }
  job.forEach((j, index) => { j.job_no = 100001 + index; });
  const wrn = [];
  for (const j of job) {
    if (j.jt !== 'F' || random() > 0.03) continue;
    const clm = addDays(new Date(`${j.job_dt}T00:00:00Z`), between(20, 500));
    if (day(clm) > LAST) continue;
    const rsn = pick(['D', 'R', 'R', 'W']);
    const out = day(clm) > '2026-11-10' ? 'P' : rsn === 'W' ? pick(['R', 'R', 'A']) : pick(['A', 'A', 'R']);
    wrn.push({ wrn_no: 0, job_no: j.job_no, clm_dt: day(clm), rsn, out, cr_amt: out === 'A' ? money(Number(sku.find((s) => s.sku_cd === j.sku_cd).rrp) * pick([0.5, 0.75, 1])) : null });
  }
  wrn.sort((a, b) => cmp(a.clm_dt, b.clm_dt) || a.job_no - b.job_no);
  wrn.forEach((w, index) => { w.wrn_no = 1 + index; });
  writeTable('tyre_dep', 'br', ['br_no', 'br_nm', 'twn', 'bays', 'opn_dt'], br);
  writeTable('tyre_dep', 'ftr', ['ftr_no', 'ftr_nm', 'br_no', 'grd', 'hr_rt', 'strt_dt', 'end_dt'], ftr);
  writeTable('tyre_dep', 'acct', ['acct_no', 'acct_nm', 'acct_typ', 'crd_lmt', 'opn_dt'], acct);
  writeTable('tyre_dep', 'sku', ['sku_cd', 'brnd', 'sz', 'ssn', 'rrp', 'rft'], sku);
  writeTable('tyre_dep', 'job', ['job_no', 'acct_no', 'br_no', 'ftr_no', 'job_dt', 'jt', 'sku_cd', 'qty', 'mob', 'tot', 'pd'], job);
  writeTable('tyre_dep', 'wrn', ['wrn_no', 'job_no', 'clm_dt', 'rsn', 'out', 'cr_amt'], wrn);
}

paperRounds();
tyreDep();

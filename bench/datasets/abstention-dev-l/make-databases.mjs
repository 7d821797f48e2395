// Writes databases/{test_lab,scaffold_hire,driving_school}/data/*.csv: three small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere:
// node bench/datasets/abstention-dev-l/make-databases.mjs [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aled', 'Bronwen', 'Callum', 'Delyth', 'Eamon', 'Freya', 'Gareth', 'Heledd', 'Iwan', 'Jasmine', 'Keiran', 'Lowri', 'Morgan', 'Nia', 'Osian', 'Priya', 'Rhys', 'Seren', 'Tomos', 'Usha', 'Vaughan', 'Wyn', 'Yasmin', 'Zac', 'Amira', 'Bryn', 'Cerys', 'Dylan', 'Elin', 'Ffion', 'Harri', 'Ieuan', 'Kacper', 'Lena'];
const LAST = ['Amphlett', 'Bevan', 'Craddock', 'Dando', 'Evason', 'Gethin', 'Hopkin', 'Jenkins', 'Kemble', 'Llewellyn', 'Maddock', 'Nott', 'Parry', 'Prosser', 'Rowlands', 'Skyrme', 'Tudor', 'Vaughan', 'Watkins', 'Yeomans', 'Bowen', 'Chohan', 'Duggan', 'Edwards', 'Griffiths', 'Howells', 'Nowak', 'Okafor', 'Pritchard', 'Sandhu', 'Trevett', 'Whittle'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30

/** A contract testing laboratory: its clients, test methods, analysts, the samples it receives and each test result. */
function testLab() {
  const { random, pick, between } = seeded(20261301);
  const nextName = namer(pick, FIRST, LAST);
  const clients = [
    ['Afon Teifi Water', 'WAT', '2016-04-01', 60000, 30], ['Glasfryn Foods', 'FDM', '2018-09-12', 25000, 30], ['Brynmawr Dairy Products', 'FDM', '2020-02-03', 15000, 45],
    ['Cwm Ogwr Borough Council', 'LAU', '2015-11-20', 40000, 30], ['Penrhos Civil Engineering', 'CON', '2021-06-07', 12000, 60], ['Talgarth Ground Works', 'CON', '2023-01-16', 8000, 60],
    ['Severnside Water Services', 'WAT', '2019-03-25', 50000, 30], ['Castell Bakeries', 'FDM', '2024-05-02', 6000, 30], ['Rhondda Fach Council', 'LAU', '2022-08-30', 20000, 30],
  ].map(([client_nm, sector_cd, acct_open, credit_lim_gbp, pay_terms_d], index) => ({ client_id: 201 + index, client_nm, sector_cd, acct_open, credit_lim_gbp: money(credit_lim_gbp), pay_terms_d }));
  const methods = [
    ['CHM-PB', 'Lead by ICP-MS', 'W', true, 5, 28, 0.5, 'ug/L', 10], ['CHM-NO3', 'Nitrate by ion chromatography', 'W', true, 3, 18, 0.2, 'mg/L', 50],
    ['CHM-PH', 'pH by electrode', 'W', true, 2, 9, null, 'pH units', null], ['CHM-TPH', 'Total petroleum hydrocarbons', 'S', true, 7, 65, 10, 'mg/kg', 500],
    ['CHM-ASB', 'Asbestos screen', 'S', false, 5, 42, null, 'presence', null], ['CHM-AS', 'Arsenic by ICP-MS', 'S', true, 5, 30, 1, 'mg/kg', 37],
    ['MIC-ECO', 'E. coli enumeration', 'W', true, 2, 22, 1, 'cfu/100mL', 0], ['MIC-LEG', 'Legionella culture', 'W', true, 10, 48, 100, 'cfu/L', 1000],
    ['MIC-LIS', 'Listeria monocytogenes detection', 'F', true, 4, 35, null, 'per 25g', 0], ['MIC-SAL', 'Salmonella detection', 'F', true, 4, 32, null, 'per 25g', 0],
    ['MIC-TVC', 'Total viable count', 'F', false, 3, 16, 10, 'cfu/g', 100000],
  ].map(([method_cd, method_nm, matrix, ukas_acc, tat_days, price_gbp, lod, unit, lim]) => ({ method_cd, method_nm, matrix, ukas_acc, tat_days, price_gbp: money(price_gbp), lod, unit, lim }));
  const analysts = [];
  const grades = ['QM', 'SA', 'SA', 'SA', 'A2', 'A2', 'A2', 'A2', 'A2', 'A2', 'A2', 'A1', 'A1', 'A1'];
  grades.forEach((grade, index) => {
    const [first, last] = nextName();
    analysts.push({ analyst_id: 11 + index, analyst_nm: `${first} ${last}`, grade, lab_sec: index === 0 ? 'QA' : index % 2 === 0 ? 'MICRO' : 'CHEM', hired_dt: day(addDays(new Date(Date.UTC(2009, 0, 5)), grade === 'A1' ? between(5800, 6100) : between(0, 5500))) });
  });
  const sites = { WAT: ['WTW Llys', 'Reservoir 3', 'Service Res 12', 'Borehole B4', 'Tap sample'], FDM: ['Line 1', 'Line 2', 'Cold store', 'Finished goods'], LAU: ['School kitchen', 'Leisure pool', 'Care home', 'Allotments'], CON: ['TP01', 'TP02', 'BH03', 'Stockpile A'] };
  const matrixOf = { WAT: 'W', FDM: 'F', LAU: 'W', CON: 'S' };
  const samples = [];
  for (let n = 0; n < 1400; n += 1) {
    const client = pick(clients);
    const matrix = client.sector_cd === 'LAU' && random() < 0.3 ? 'F' : matrixOf[client.sector_cd];
    const rcvd = addMinutes(addDays(START, between(0, DAYS - 1)), 8 * 60 + between(0, 36) * 15);
    const temp = matrix === 'S' ? null : (Math.round((2 + random() * 7 + (random() < 0.05 ? 6 : 0)) * 10) / 10).toFixed(1);
    const rejected = temp !== null && Number(temp) > 8 && random() < 0.8;
    samples.push({ sample_no: '', client_id: client.client_id, matrix, site_ref: pick(sites[client.sector_cd]), rcvd_at: stamp(rcvd), temp_on_rcpt_c: temp, sts_cd: rejected ? 'REJ' : 'RPT' });
  }
  samples.sort((a, b) => cmp(a.rcvd_at, b.rcvd_at) || a.client_id - b.client_id);
  samples.forEach((s, index) => { s.sample_no = `L26-${String(index + 1).padStart(5, '0')}`; });
  const results = [];
  const lastDays = new Date(Date.UTC(2026, 10, 20));
  for (const sample of samples) {
    if (sample.sts_cd === 'REJ') continue;
    const options = methods.filter((m) => m.matrix === sample.matrix);
    const chosen = options.filter(() => random() < 0.55);
    if (chosen.length === 0) chosen.push(pick(options));
    const rcvd = new Date(`${sample.rcvd_at.replace(' ', 'T')}Z`);
    if (rcvd > lastDays && random() < 0.6) { sample.sts_cd = 'INP'; }
    for (const method of chosen) {
      const section = method.method_cd.startsWith('MIC') ? 'MICRO' : 'CHEM';
      const analyst = pick(analysts.filter((a) => a.lab_sec === section));
      const reach = addDays(rcvd, between(0, 2));
      const tested = day(reach) > '2026-11-30' ? new Date(Date.UTC(2026, 10, 30)) : reach;
      const inProgress = sample.sts_cd === 'INP';
      const qns = random() < 0.02;
      let value = null; let flag = 'QNS';
      if (!qns) {
        if (method.lod === null) {
          if (method.unit === 'pH units') { value = (6.4 + random() * 2).toFixed(2); flag = 'OK'; } else { const hit = random() < 0.04; value = hit ? 1 : 0; flag = hit ? 'EXC' : 'ND'; }
        } else {
          const roll = random();
          if (roll < 0.35) { value = null; flag = 'ND'; } else {
            const exceed = roll > 0.95;
            const top = method.lim === null || method.lim === 0 ? method.lod * 20 : method.lim;
            value = exceed ? Math.round(top * (1.1 + random() * 2) * 100) / 100 : Math.round((method.lod + random() * Math.max(top - method.lod, method.lod) * 0.8) * 100) / 100;
            flag = method.lim !== null && value > method.lim ? 'EXC' : 'OK';
          }
        }
      }
      const reported = inProgress ? null : day(addDays(tested, between(1, method.tat_days)));
      if (reported !== null && reported > '2026-11-30') sample.sts_cd = 'INP';
      results.push({ result_id: 0, sample_no: sample.sample_no, method_cd: method.method_cd, analyst_id: analyst.analyst_id, tested_on: day(tested), value_num: value, flag_cd: flag, reported_on: reported !== null && reported > '2026-11-30' ? null : reported });
    }
  }
  results.forEach((r, index) => { r.result_id = 700001 + index; });
  writeTable('test_lab', 'clients', ['client_id', 'client_nm', 'sector_cd', 'acct_open', 'credit_lim_gbp', 'pay_terms_d'], clients);
  writeTable('test_lab', 'methods', ['method_cd', 'method_nm', 'matrix', 'ukas_acc', 'tat_days', 'price_gbp', 'lod', 'unit', 'lim'], methods);
  writeTable('test_lab', 'analysts', ['analyst_id', 'analyst_nm', 'grade', 'lab_sec', 'hired_dt'], analysts);
  writeTable('test_lab', 'samples', ['sample_no', 'client_id', 'matrix', 'site_ref', 'rcvd_at', 'temp_on_rcpt_c', 'sts_cd'], samples);
  writeTable('test_lab', 'results', ['result_id', 'sample_no', 'method_cd', 'analyst_id', 'tested_on', 'value_num', 'flag_cd', 'reported_on'], results);
}

/** A scaffolding hire firm: depots, customers, staff, scaffold jobs, their statutory inspections and invoices. */
function scaffoldHire() {
  const { random, pick, between } = seeded(20261302);
  const nextName = namer(pick, FIRST, LAST);
  const depots = [
    ['Ystrad Yard', 'Ystrad Mawr', 4200, '2008-03-03'], ['Harbourside', 'Porthlyn', 2600, '2013-07-15'], ['Ridgeway', 'Caerwen', 3100, '2019-10-01'],
  ].map(([depot_nm, town, yard_m2, opened], index) => ({ depot_id: index + 1, depot_nm, town, yard_m2, opened }));
  const custNames = {
    BLD: ['Morfa Build Ltd', 'Tirion Homes', 'Greenacre Construction', 'Dinas Developments', 'Coedlan Builders', 'Westgate Contracts'],
    RFR: ['Slate & Lead Roofing', 'Top Notch Roofing', 'Pengwern Roofers'],
    PDC: ['Brushwork Decorators', 'Colourfast Painting'],
    DOM: [],
  };
  const customers = [];
  for (const [cust_typ, names] of Object.entries(custNames)) for (const cust_nm of names) customers.push({ cust_typ, cust_nm });
  for (let n = 0; n < 24; n += 1) customers.push({ cust_typ: 'DOM', cust_nm: nextName().join(' ') });
  customers.forEach((c, index) => { c.cust_no = `C${1001 + index}`; c.vat_reg = c.cust_typ !== 'DOM'; c.cr_lim_gbp = c.cust_typ === 'DOM' ? money(0) : money(pick([2500, 5000, 10000, 20000])); });
  const staff = [];
  for (const depot of depots) {
    const roles = ['SUP', 'DRV', 'DRV', 'YRD', ...Array(depot.depot_id === 1 ? 10 : 7).fill('ERC')];
    for (const role of roles) {
      const card = role === 'SUP' ? 'ADV' : role === 'ERC' ? pick(['LAB', 'TRN', 'TRN', 'SCF', 'SCF', 'SCF', 'ADV']) : role === 'YRD' ? 'LAB' : null;
      const rate = role === 'SUP' ? 210 : role === 'DRV' ? 150 : role === 'YRD' ? 120 : { LAB: 115, TRN: 130, SCF: 175, ADV: 195 }[card];
      staff.push({ staff_id: 0, staff_nm: nextName().join(' '), depot_id: depot.depot_id, role, cisrs_card: card, day_rate_gbp: money(rate), started: day(addDays(new Date(`${depot.opened}T00:00:00Z`), between(0, 2400))) });
    }
  }
  staff.forEach((s, index) => { s.staff_id = 301 + index; });
  const districts = ['CF10', 'CF14', 'CF37', 'CF44', 'SA1', 'SA4', 'SA15', 'NP20', 'NP44', 'CF83', 'CF31', 'SA11'];
  const jobs = [];
  for (let n = 0; n < 420; n += 1) {
    const cust = pick(customers);
    const depot = pick(depots);
    const type = cust.cust_typ === 'DOM' ? pick(['PUT', 'CHM', 'TWR']) : cust.cust_typ === 'RFR' ? pick(['IND', 'PUT', 'CHM']) : cust.cust_typ === 'PDC' ? pick(['TWR', 'IND']) : pick(['IND', 'IND', 'PUT', 'TWR']);
    const erect = addDays(START, between(0, DAYS - 5));
    const weeks = type === 'TWR' ? between(1, 3) : type === 'CHM' ? between(1, 4) : between(2, 16);
    const strike = addDays(erect, weeks * 7 + between(-2, 3));
    const roll = random();
    const cancelled = roll < 0.05;
    const up = !cancelled && strike > new Date(Date.UTC(2026, 10, 30));
    const lifts = type === 'TWR' ? between(1, 3) : type === 'CHM' ? between(2, 4) : between(1, 8);
    const rate = type === 'TWR' ? 95 : (type === 'CHM' ? 160 : 60 * lifts + between(0, 8) * 10) * (type === 'IND' ? 1.3 : 1);
    jobs.push({ job_ref: '', cust_no: cust.cust_no, depot_id: depot.depot_id, site_pcd: pick(districts), job_typ: type, lifts, erect_dt: day(erect), strike_dt: cancelled || up ? null : day(strike), wk_rate_gbp: money(rate), sts_cd: cancelled ? 'CXL' : up ? 'UP' : 'STK', weeks });
  }
  jobs.sort((a, b) => cmp(a.erect_dt, b.erect_dt) || cmp(a.cust_no, b.cust_no));
  jobs.forEach((j, index) => { j.job_ref = `SJ${String(5001 + index)}`; });
  const inspectors = staff.filter((s) => s.role === 'SUP' || s.cisrs_card === 'ADV');
  const inspections = [];
  const invoices = [];
  for (const job of jobs) {
    if (job.sts_cd === 'CXL') continue;
    const erect = new Date(`${job.erect_dt}T00:00:00Z`);
    const end = job.strike_dt === null ? new Date(Date.UTC(2026, 10, 30)) : new Date(`${job.strike_dt}T00:00:00Z`);
    const local = inspectors.filter((s) => s.depot_id === job.depot_id);
    for (let at = erect; at < end; at = addDays(at, 7)) {
      const roll = random();
      inspections.push({ insp_id: 0, job_ref: job.job_ref, insp_dt: day(at), insp_by: pick(local).staff_id, outcome: roll < 0.82 ? 'PASS' : roll < 0.95 ? 'ADV' : 'FAIL', tag_sts: 'GRN' });
      const last = inspections[inspections.length - 1];
      last.tag_sts = last.outcome === 'FAIL' ? 'RED' : 'GRN';
    }
    for (let at = addDays(erect, 28), k = 0; at <= addDays(end, 27) && at <= new Date(Date.UTC(2026, 10, 30)); at = addDays(at, 28), k += 1) {
      const net = Number(job.wk_rate_gbp) * 4 + (k === 0 ? 150 : 0);
      const paidRoll = random();
      const paid = at > new Date(Date.UTC(2026, 9, 31)) && paidRoll < 0.6 ? null : paidRoll < 0.04 ? null : day(addDays(at, between(10, 70)));
      invoices.push({ inv_no: '', job_ref: job.job_ref, inv_dt: day(at), net_gbp: money(net), vat_gbp: money(net * 0.2), paid_dt: paid !== null && paid > '2026-11-30' ? null : paid });
    }
  }
  inspections.sort((a, b) => cmp(a.insp_dt, b.insp_dt) || cmp(a.job_ref, b.job_ref));
  inspections.forEach((x, index) => { x.insp_id = index + 1; });
  invoices.sort((a, b) => cmp(a.inv_dt, b.inv_dt) || cmp(a.job_ref, b.job_ref));
  invoices.forEach((x, index) => { x.inv_no = `INV${String(26001 + index)}`; });
  writeTable('scaffold_hire', 'depots', ['depot_id', 'depot_nm', 'town', 'yard_m2', 'opened'], depots);
  writeTable('scaffold_hire', 'customers', ['cust_no', 'cust_nm', 'cust_typ', 'vat_reg', 'cr_lim_gbp'], customers);
  writeTable('scaffold_hire', 'staff', ['staff_id', 'staff_nm', 'depot_id', 'role', 'cisrs_card', 'day_rate_gbp', 'started'], staff);
  writeTable('scaffold_hire', 'jobs', ['job_ref', 'cust_no', 'depot_id', 'site_pcd', 'job_typ', 'lifts', 'erect_dt', 'strike_dt', 'wk_rate_gbp', 'sts_cd'], jobs);
  writeTable('scaffold_hire', 'inspections', ['insp_id', 'job_ref', 'insp_dt', 'insp_by', 'outcome', 'tag_sts'], inspections);
  writeTable('scaffold_hire', 'invoices', ['inv_no', 'job_ref', 'inv_dt', 'net_gbp', 'vat_gbp', 'paid_dt'], invoices);
}

/** A driving school: its instructors, test centres, pupils, lessons and the practical driving tests its pupils sat. */
function drivingSchool() {
  const { random, pick, between } = seeded(20261303);
  const nextName = namer(pick, FIRST, LAST);
  const instructors = [];
  const setup = [['ADI', 'M'], ['ADI', 'M'], ['ADI', 'A'], ['ADI', 'M'], ['ADI', 'M'], ['ADI', 'A'], ['ADI', 'M'], ['PDI', 'M'], ['PDI', 'A'], ['ADI', 'M']];
  setup.forEach(([grade, gearbox], index) => {
    const [first, last] = nextName();
    instructors.push({ adi_no: 402311 + index * 137, instr_nm: `${first} ${last}`, grade, gearbox, car_reg: `${pick(['CA', 'CE', 'CF', 'CK', 'CN'])}${between(19, 25)} ${String.fromCharCode(65 + between(0, 25), 65 + between(0, 25), 65 + between(0, 25))}`, hrly_gbp: money(grade === 'PDI' ? 34 : gearbox === 'A' ? 44 : pick([38, 40, 42])), joined: day(addDays(new Date(Date.UTC(2012, 0, 9)), grade === 'PDI' ? between(4900, 5200) : between(0, 4500))) });
  });
  const centres = [
    ['CDF-LL', 'Cardiff (Llanishen)', 'Cardiff'], ['CDF-CT', 'Cardiff (Cathays)', 'Cardiff'], ['BRG', 'Bridgend', 'Bridgend'], ['PPD', 'Pontypridd', 'Pontypridd'], ['NPT', 'Newport (Gwent)', 'Newport'],
  ].map(([centre_cd, centre_nm, town]) => ({ centre_cd, centre_nm, town }));
  const districts = ['CF5', 'CF11', 'CF14', 'CF23', 'CF24', 'CF31', 'CF37', 'CF38', 'CF62', 'CF64', 'NP10', 'NP20'];
  const pupils = [];
  for (let n = 0; n < 380; n += 1) {
    const [first, last] = nextName();
    const instr = pick(instructors);
    const enrolled = addDays(new Date(Date.UTC(2025, 5, 1)), between(0, 500));
    const age = random() < 0.75 ? between(17, 19) : between(20, 48);
    const dob = addDays(enrolled, -(age * 365 + between(0, 360)));
    const theory = random() < 0.85 ? day(addDays(enrolled, between(-120, 90))) : null;
    pupils.push({ pupil_id: 6001 + n, first_nm: first, last_nm: last, dob: day(dob), home_pcd: pick(districts), adi_no: instr.adi_no, enrolled: day(enrolled), theory_pass: theory !== null && theory > '2026-11-30' ? null : theory, gearbox: instr.gearbox });
  }
  const lessons = [];
  const tests = [];
  for (const pupil of pupils) {
    const instr = instructors.find((i) => i.adi_no === pupil.adi_no);
    let at = new Date(`${pupil.enrolled}T00:00:00Z`);
    if (at < START) at = addDays(START, between(0, 20));
    const planned = between(8, 40);
    let done = 0;
    let passed = false;
    for (let k = 0; k < planned && !passed; k += 1) {
      at = addDays(at, between(3, 10));
      if (at > new Date(Date.UTC(2026, 10, 30))) break;
      const roll = random();
      const sts = roll < 0.07 ? 'CXL' : roll < 0.1 ? 'NS' : 'DONE';
      const type = k > 10 && random() < 0.12 ? 'MCK' : k > 6 && random() < 0.08 ? 'MWY' : 'STD';
      const dur = type === 'MWY' ? 120 : pick([60, 60, 90, 120]);
      const startTm = pick(['08:00', '09:30', '11:00', '13:00', '14:30', '16:00', '17:30', '19:00']);
      const [h, m] = startTm.split(':').map(Number);
      lessons.push({ lesson_id: 0, pupil_id: pupil.pupil_id, adi_no: random() < 0.06 ? pick(instructors.filter((i) => i.gearbox === pupil.gearbox)).adi_no : pupil.adi_no, start_at: stamp(addMinutes(at, h * 60 + m)), dur_min: dur, lsn_typ: type, sts_cd: sts, paid_gbp: money(sts === 'CXL' ? 0 : Number(instr.hrly_gbp) * dur / 60) });
      if (sts === 'DONE') done += 1;
      if (done >= 14 && pupil.theory_pass !== null && pupil.theory_pass < day(at) && random() < 0.2) {
        const testDay = addDays(at, between(2, 9));
        if (testDay > new Date(Date.UTC(2026, 10, 30))) break;
        const minors = between(0, 14);
        const serious = random() < 0.35 ? between(1, 2) : 0;
        const dangerous = random() < 0.05 ? 1 : 0;
        const pass = minors <= 15 && serious === 0 && dangerous === 0;
        tests.push({ test_id: 0, pupil_id: pupil.pupil_id, centre_cd: pick(centres).centre_cd, test_at: stamp(addMinutes(testDay, pick([8 * 60 + 10, 9 * 60 + 7, 10 * 60 + 14, 11 * 60 + 21, 13 * 60 + 33, 14 * 60 + 40]))), minors, serious, dangerous, result: pass ? 'P' : 'F', own_car: random() < 0.08 });
        at = testDay;
        if (pass) passed = true;
      }
    }
  }
  lessons.sort((a, b) => cmp(a.start_at, b.start_at) || a.pupil_id - b.pupil_id);
  lessons.forEach((l, index) => { l.lesson_id = 100001 + index; });
  tests.sort((a, b) => cmp(a.test_at, b.test_at) || a.pupil_id - b.pupil_id);
  tests.forEach((t, index) => { t.test_id = 801 + index; });
  writeTable('driving_school', 'instructors', ['adi_no', 'instr_nm', 'grade', 'gearbox', 'car_reg', 'hrly_gbp', 'joined'], instructors);
  writeTable('driving_school', 'test_centres', ['centre_cd', 'centre_nm', 'town'], centres);
  writeTable('driving_school', 'pupils', ['pupil_id', 'first_nm', 'last_nm', 'dob', 'home_pcd', 'adi_no', 'enrolled', 'theory_pass'], pupils);
  writeTable('driving_school', 'lessons', ['lesson_id', 'pupil_id', 'adi_no', 'start_at', 'dur_min', 'lsn_typ', 'sts_cd', 'paid_gbp'], lessons);
  writeTable('driving_school', 'tests', ['test_id', 'pupil_id', 'centre_cd', 'test_at', 'minors', 'serious', 'dangerous', 'result', 'own_car'], tests);
}

testLab();
scaffoldHire();
drivingSchool();

// Writes databases/{insurer,leisure_centres,law_firm}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-d/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, addMinutes, csvTableWriter, day, money, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aaron', 'Brenda', 'Carlos', 'Denise', 'Eli', 'Faith', 'Gordon', 'Hannah', 'Isaac', 'Janet', 'Kevin', 'Lorraine', 'Marcus', 'Nadia', 'Owen', 'Patrice', 'Raymond', 'Sharon', 'Tyrone', 'Valerie', 'Wesley', 'Yvonne'];
const LAST = ['Adkins', 'Boggs', 'Carver', 'Dunlap', 'Ellison', 'Fenwick', 'Grady', 'Holloway', 'Ingram', 'Jessup', 'Kowalski', 'Lindqvist', 'Mercado', 'Novak', 'Oduya', 'Pruitt', 'Quintero', 'Rasmussen', 'Stanek', 'Truong', 'Underhill', 'Vance', 'Whitlock', 'Yoder'];

/** A Midwest property and casualty insurer's legacy policy and claims system: agents, customers, policies, claims, claim payments and the code table, 2024-2026. */
function insurer() {
  const { random, pick, between } = seeded(20240115);
  const branches = ['COL', 'COL', 'CLE', 'PIT', 'FTW'];
  const agents = [];
  for (let i = 0; i < 12; i += 1) {
    agents.push({ agt_no: 101 + i, agt_nm: `${pick(LAST).toUpperCase()}, ${pick(FIRST).toUpperCase()}`, brnch_cd: i < 5 ? branches[i] : pick(branches), hire_dt: day(addDays(new Date(Date.UTC(2004, 0, 5)), between(0, 7000))), stat_cd: i === 3 || i === 9 ? 'T' : 'A' });
  }
  const states = ['OH', 'OH', 'OH', 'OH', 'PA', 'PA', 'IN', 'IN', 'MI', 'KY'];
  const customers = [];
  for (let i = 0; i < 260; i += 1) {
    const business = random() < 0.15;
    customers.push({
      cust_no: 100001 + i,
      cust_typ_cd: business ? 'B' : 'I',
      lst_nm: business ? `${pick(LAST).toUpperCase()} ${pick(['HAULING', 'BUILDERS', 'FARMS', 'PLUMBING', 'DINER', 'AUTO BODY', 'LANDSCAPING'])}` : pick(LAST).toUpperCase(),
      fst_nm: business ? null : pick(FIRST).toUpperCase(),
      birth_dt: business ? null : day(addDays(new Date(Date.UTC(1945, 0, 1)), between(0, 20000))),
      st_cd: pick(states),
      zip_cd: String(between(43001, 47999)),
      orig_dt: day(addDays(new Date(Date.UTC(2009, 0, 1)), between(0, 5800))),
    });
  }
  const personalLines = [['AUT', 1150, 500], ['AUT', 1150, 1000], ['HOM', 1480, 1000], ['HOM', 1480, 2500], ['UMB', 310, 0]];
  const commercialLines = [['CAU', 3900, 1000], ['BOP', 2650, 2500], ['BOP', 2650, 1000]];
  const causes = { AUT: ['COLL', 'COLL', 'COLL', 'GLAS', 'GLAS', 'THFT', 'HAIL', 'ANML'], CAU: ['COLL', 'COLL', 'GLAS', 'THFT'], HOM: ['WATR', 'WATR', 'WIND', 'HAIL', 'FIRE', 'THFT'], BOP: ['WATR', 'FIRE', 'THFT', 'LIAB', 'WIND'], UMB: ['LIAB'] };
  const severity = { COLL: 4200, GLAS: 520, THFT: 6100, HAIL: 3800, ANML: 3100, WATR: 9800, WIND: 7400, FIRE: 38000, LIAB: 22000 };
  const asOf = new Date(Date.UTC(2026, 9, 31));
  const policies = [];
  const claims = [];
  const payments = [];
  let seq = 0;
  for (const customer of customers) {
    const lines = customer.cust_typ_cd === 'B' ? [pick(commercialLines), ...(random() < 0.4 ? [pick(commercialLines)] : [])] : [pick(personalLines), ...(random() < 0.5 ? [pick(personalLines)] : [])];
    const agent = pick(agents.filter((a) => a.stat_cd === 'A' || random() < 0.3));
    for (const [lob, base, ded] of lines) {
      let eff = addDays(new Date(Date.UTC(2024, 0, 1)), between(0, 364));
      let first = true;
      while (eff <= asOf) {
        seq += 1;
        const exp = new Date(Date.UTC(eff.getUTCFullYear() + 1, eff.getUTCMonth(), eff.getUTCDate()));
        const cancelled = random() < 0.07;
        const cncl = cancelled ? addDays(eff, between(20, 300)) : null;
        const renews = !cancelled && random() < 0.82;
        const stat = eff > asOf ? 'P' : cancelled && cncl <= asOf ? 'C' : exp <= asOf ? 'X' : 'A';
        const prem = base * (0.7 + random() * 0.7) * (ded >= 2500 ? 0.85 : ded >= 1000 ? 0.93 : 1) * (first ? 1 : 1.06);
        const policy = {
          pol_no: `${lob}${String(4100000 + seq * 7)}`,
          cust_no: customer.cust_no,
          agt_no: agent.agt_no,
          lob_cd: lob,
          eff_dt: day(eff),
          exp_dt: day(exp),
          cncl_dt: stat === 'C' ? day(cncl) : null,
          ann_prem_amt: money(prem),
          ded_amt: money(ded),
          stat_cd: stat,
        };
        policies.push(policy);
        const end = stat === 'C' ? cncl : exp < asOf ? exp : asOf;
        const claimCount = random() < (lob === 'UMB' ? 0.05 : 0.3) ? (random() < 0.2 ? 2 : 1) : 0;
        for (let c = 0; c < claimCount; c += 1) {
          const span = Math.max(1, Math.round((end - eff) / 86_400_000) - 1);
          const loss = addDays(eff, between(0, span));
          if (loss > asOf) continue;
          const cause = pick(causes[lob]);
          const reported = addDays(loss, random() < 0.7 ? between(0, 3) : between(4, 45));
          if (reported > asOf) continue;
          const denied = random() < 0.08;
          const age = Math.round((asOf - reported) / 86_400_000);
          const closed = !denied && age > 20 && random() < Math.min(0.95, age / 200);
          const reopened = closed && random() < 0.05;
          const claim = { clm_no: 0, pol_no: policy.pol_no, loss_dt: day(loss), rpt_dt: day(reported), cause_cd: cause, stat_cd: denied ? 'D' : reopened ? 'R' : closed ? 'C' : 'O', clsd_dt: null, rsv_amt: money(0), loss: Math.max(150, severity[cause] * (0.3 + random() * 1.4) - ded) };
          if (denied || closed) claim.clsd_dt = day(addDays(reported, between(5, Math.max(6, Math.min(age, 180)))));
          claims.push(claim);
        }
        first = false;
        if (!renews) break;
        eff = exp;
      }
    }
  }
  claims.sort((a, b) => cmp(a.rpt_dt, b.rpt_dt) || cmp(a.pol_no, b.pol_no));
  claims.forEach((claim, index) => {
    claim.clm_no = 7200001 + index;
    if (claim.stat_cd === 'D') {
      if (random() < 0.5) payments.push({ clm_no: claim.clm_no, pmt_dt: claim.clsd_dt, pmt_typ_cd: 'EXP', pmt_amt: money(between(90, 600)) });
      return;
    }
    const open = claim.stat_cd === 'O' || claim.stat_cd === 'R';
    const paidShare = open ? random() * 0.6 : 1;
    const indemnity = claim.loss * paidShare;
    const reported = new Date(`${claim.rpt_dt}T00:00:00Z`);
    const lastDay = claim.clsd_dt ? new Date(`${claim.clsd_dt}T00:00:00Z`) : asOf;
    const parts = indemnity > 5000 ? between(2, 3) : 1;
    for (let p = 0; p < parts && indemnity > 0; p += 1) {
      const when = addDays(reported, Math.min(Math.round((lastDay - reported) / 86_400_000), between(3, 40) * (p + 1)));
      if (when > asOf) continue;
      payments.push({ clm_no: claim.clm_no, pmt_dt: day(when), pmt_typ_cd: 'IND', pmt_amt: money(indemnity / parts) });
    }
    if (random() < 0.45) payments.push({ clm_no: claim.clm_no, pmt_dt: day(lastDay > asOf ? asOf : lastDay), pmt_typ_cd: 'EXP', pmt_amt: money(between(75, claim.loss > 15000 ? 4500 : 900)) });
    if (!open && (claim.cause_cd === 'COLL' || claim.cause_cd === 'THFT') && random() < 0.3) {
      payments.push({ clm_no: claim.clm_no, pmt_dt: day(addDays(lastDay, between(0, 1))), pmt_typ_cd: claim.cause_cd === 'THFT' ? 'SAL' : 'SUB', pmt_amt: money(-claim.loss * (0.2 + random() * 0.5)) });
    }
    claim.rsv_amt = money(open ? claim.loss * (1 - paidShare) + between(0, 800) : 0);
  });
  payments.sort((a, b) => cmp(a.pmt_dt, b.pmt_dt) || a.clm_no - b.clm_no);
  const paymentRows = payments.filter((p) => p.pmt_dt <= day(asOf)).map((p, index) => ({ pmt_id: 1 + index, ...p }));
  const codes = [
    ['AGT_STAT', 'A', 'Active'], ['AGT_STAT', 'T', 'Terminated'],
    ['BRNCH', 'CLE', 'Cleveland'], ['BRNCH', 'COL', 'Columbus'], ['BRNCH', 'FTW', 'Fort Wayne'], ['BRNCH', 'PIT', 'Pittsburgh'],
    ['CAUSE', 'ANML', 'Animal collision'], ['CAUSE', 'COLL', 'Collision'], ['CAUSE', 'FIRE', 'Fire'], ['CAUSE', 'GLAS', 'Glass breakage'], ['CAUSE', 'HAIL', 'Hail'],
    ['CAUSE', 'LIAB', 'Third-party liability'], ['CAUSE', 'THFT', 'Theft'], ['CAUSE', 'WATR', 'Water damage'], ['CAUSE', 'WIND', 'Windstorm'],
    ['CLM_STAT', 'C', 'Closed'], ['CLM_STAT', 'D', 'Denied'], ['CLM_STAT', 'O', 'Open'], ['CLM_STAT', 'R', 'Reopened'],
    ['CUST_TYP', 'B', 'Business'], ['CUST_TYP', 'I', 'Individual'],
    ['LOB', 'AUT', 'Personal auto'], ['LOB', 'BOP', 'Businessowners package'], ['LOB', 'CAU', 'Commercial auto'], ['LOB', 'HOM', 'Homeowners'], ['LOB', 'UMB', 'Personal umbrella'],
    ['PMT_TYP', 'EXP', 'Loss adjustment expense'], ['PMT_TYP', 'IND', 'Indemnity'], ['PMT_TYP', 'SAL', 'Salvage recovery'], ['PMT_TYP', 'SUB', 'Subrogation recovery'],
    ['POL_STAT', 'A', 'Active (in force)'], ['POL_STAT', 'C', 'Cancelled'], ['POL_STAT', 'P', 'Pending'], ['POL_STAT', 'X', 'Expired'],
  ].map(([cd_typ, cd_val, cd_desc]) => ({ cd_typ, cd_val, cd_desc }));
  writeTable('insurer', 'cd_lkp', ['cd_typ', 'cd_val', 'cd_desc'], codes);
  writeTable('insurer', 'agt', ['agt_no', 'agt_nm', 'brnch_cd', 'hire_dt', 'stat_cd'], agents);
  writeTable('insurer', 'cust', ['cust_no', 'cust_typ_cd', 'lst_nm', 'fst_nm', 'birth_dt', 'st_cd', 'zip_cd', 'orig_dt'], customers);
  writeTable('insurer', 'pol', ['pol_no', 'cust_no', 'agt_no', 'lob_cd', 'eff_dt', 'exp_dt', 'cncl_dt', 'ann_prem_amt', 'ded_amt', 'stat_cd'], policies);
  writeTable('insurer', 'clm', ['clm_no', 'pol_no', 'loss_dt', 'rpt_dt', 'cause_cd', 'stat_cd', 'clsd_dt', 'rsv_amt'], claims);
  writeTable('insurer', 'clm_pmt', ['pmt_id', 'clm_no', 'pmt_dt', 'pmt_typ_cd', 'pmt_amt'], paymentRows);
}

/** A council's four leisure centres: membership plans, members, timetabled classes and their bookings, and door check-ins, August to October 2026. */
function leisureCentres() {
  const { random, pick, between } = seeded(20260801);
  const sites = [
    ['Riverside Leisure Centre', 'Shrewsbury', true, 1998], ['Oakfield Sports Hub', 'Telford', true, 2012],
    ['Millbrook Fitness', 'Shrewsbury', false, 2019], ['Hartley Park Pavilion', 'Ludlow', false, 2007],
  ].map(([site_name, town, has_pool, opened_year], index) => ({ site_id: index + 1, site_name, town, has_pool, opened_year }));
  const plans = [
    ['Anytime', 42.5, true, true, 12], ['Anytime (no contract)', 49, true, true, 1], ['Off-Peak', 31, false, true, 12], ['Swim Only', 24, true, false, 1],
    ['Student', 25, true, true, 1], ['Senior', 27.5, false, true, 1], ['Junior', 15, false, false, 1],
  ].map(([plan_name, monthly_fee, peak_access, classes_included, minimum_months], index) => ({ plan_id: index + 1, plan_name, monthly_fee: money(monthly_fee), peak_access, classes_included, minimum_months }));
  const members = [];
  for (let i = 0; i < 620; i += 1) {
    const plan = pick([1, 1, 1, 1, 2, 3, 3, 4, 5, 5, 6, 6, 7]);
    const birthYear = plan === 6 ? between(1940, 1960) : plan === 7 ? between(2009, 2016) : plan === 5 ? between(2000, 2007) : between(1958, 2005);
    const joined = addDays(new Date(Date.UTC(2018, 0, 8)), between(0, 3200));
    const leaves = random() < 0.14;
    const home = pick([1, 1, 1, 2, 2, 2, 3, 3, 4]);
    const site = sites[home - 1];
    members.push({
      member_id: 20001 + i,
      first_name: pick(FIRST),
      last_name: pick(LAST),
      date_of_birth: day(addDays(new Date(Date.UTC(birthYear, 0, 1)), between(0, 364))),
      home_site_id: plan === 4 && !site.has_pool ? 1 : home,
      plan_id: plan,
      joined_on: day(joined > new Date(Date.UTC(2026, 9, 20)) ? new Date(Date.UTC(2026, 9, 20)) : joined),
      left_on: leaves ? day(addDays(new Date(Date.UTC(2026, 7, 1)), between(0, 90))) : null,
      payment_method: pick(['direct debit', 'direct debit', 'direct debit', 'direct debit', 'paid annually', 'card']),
    });
  }
  const activities = [['Spin', 45, 20, false], ['Yoga', 60, 18, false], ['Pilates', 45, 16, false], ['HIIT', 30, 24, false], ['Zumba', 45, 30, false], ['Body Pump', 55, 25, false], ['Aqua Aerobics', 45, 22, true], ['Aqua Aerobics', 45, 22, true]];
  const instructors = ['Becky Marsh', 'Dan Okoro', 'Fiona Leckie', 'Gareth Price', 'Jas Sandhu', 'Kerry Doyle', 'Liam Fortune', 'Megan Pugh', 'Sian Roberts'];
  const classes = [];
  const start = new Date(Date.UTC(2026, 7, 1));
  for (const site of sites) {
    const timetable = [];
    for (let slot = 0; slot < 9; slot += 1) {
      const [activity, duration, capacity, wet] = pick(activities.filter((a) => site.has_pool || !a[3]));
      timetable.push({ activity, duration, capacity: wet ? capacity : site.site_id === 4 ? Math.min(capacity, 16) : capacity, weekday: between(0, 6), minute: pick([390, 420, 570, 600, 720, 1050, 1080, 1110, 1140]), instructor: pick(instructors), room: wet ? 'Pool' : pick(['Studio 1', 'Studio 1', 'Studio 2']) });
    }
    for (let d = 0; d < 92; d += 1) {
      const date = addDays(start, d);
      for (const slot of timetable) {
        if (date.getUTCDay() !== slot.weekday) continue;
        classes.push({ class_id: 0, site_id: site.site_id, activity: slot.activity, instructor: random() < 0.9 ? slot.instructor : pick(instructors), room: slot.room, starts_at: stamp(addMinutes(date, slot.minute)), duration_minutes: slot.duration, capacity: slot.capacity });
      }
    }
  }
  classes.sort((a, b) => cmp(a.starts_at, b.starts_at) || a.site_id - b.site_id);
  classes.forEach((c, index) => { c.class_id = 3001 + index; });
  const bookings = [];
  const visits = [];
  const active = (m, date) => m.joined_on <= day(date) && (m.left_on === null || m.left_on > day(date));
  const regulars = members.filter((m) => plans[m.plan_id - 1].classes_included);
  for (const klass of classes) {
    const startsAt = new Date(`${klass.starts_at.replace(' ', 'T')}Z`);
    const wanted = Math.min(klass.capacity, Math.round(klass.capacity * (0.35 + random() * 0.75)));
    const taken = new Set();
    for (let b = 0; b < wanted; b += 1) {
      const member = pick(regulars.filter((m) => m.home_site_id === klass.site_id || random() < 0.15));
      if (taken.has(member.member_id) || !active(member, startsAt)) continue;
      taken.add(member.member_id);
      const roll = random();
      bookings.push({ booking_id: 0, class_id: klass.class_id, member_id: member.member_id, booked_at: stamp(addMinutes(startsAt, -between(60, 9000))), outcome: roll < 0.78 ? 'attended' : roll < 0.9 ? 'did not attend' : 'cancelled' });
    }
  }
  bookings.sort((a, b) => cmp(a.booked_at, b.booked_at) || a.member_id - b.member_id);
  bookings.forEach((b, index) => { b.booking_id = 1 + index; });
  for (const member of members) {
    const plan = plans[member.plan_id - 1];
    const perWeek = random() < 0.25 ? 0.3 : between(1, 4);
    for (let d = 0; d < 92; d += 1) {
      const date = addDays(start, d);
      if (!active(member, date) || random() > perWeek / 7) continue;
      const site = random() < 0.85 ? sites[member.home_site_id - 1] : pick(sites);
      const area = plan.plan_name === 'Swim Only' ? 'pool' : site.has_pool && random() < 0.3 ? 'pool' : random() < 0.1 ? 'sports hall' : 'gym';
      if (area === 'pool' && !site.has_pool) continue;
      const minute = plan.peak_access ? between(360, 1290) : between(570, 960);
      const entered = addMinutes(date, minute);
      visits.push({ visit_id: 0, member_id: member.member_id, site_id: site.site_id, area, entered_at: stamp(entered), left_at: random() < 0.04 ? null : stamp(addMinutes(entered, between(25, 130))) });
    }
  }
  visits.sort((a, b) => cmp(a.entered_at, b.entered_at) || a.member_id - b.member_id);
  visits.forEach((v, index) => { v.visit_id = 500001 + index; });
  writeTable('leisure_centres', 'sites', ['site_id', 'site_name', 'town', 'has_pool', 'opened_year'], sites);
  writeTable('leisure_centres', 'membership_plans', ['plan_id', 'plan_name', 'monthly_fee', 'peak_access', 'classes_included', 'minimum_months'], plans);
  writeTable('leisure_centres', 'members', ['member_id', 'first_name', 'last_name', 'date_of_birth', 'home_site_id', 'plan_id', 'joined_on', 'left_on', 'payment_method'], members);
  writeTable('leisure_centres', 'classes', ['class_id', 'site_id', 'activity', 'instructor', 'room', 'starts_at', 'duration_minutes', 'capacity'], classes);
  writeTable('leisure_centres', 'class_bookings', ['booking_id', 'class_id', 'member_id', 'booked_at', 'outcome'], bookings);
  writeTable('leisure_centres', 'visits', ['visit_id', 'member_id', 'site_id', 'area', 'entered_at', 'left_at'], visits);
}

/** A law firm's practice-management data: parties (clients and others, people and organisations), fee earners, matters, recorded time and invoices, 2025-2026. */
function lawFirm() {
  const { random, pick, between } = seeded(20250106);
  const ORGS = ['Pennine Freight Ltd', 'Calderbrook Homes Ltd', 'Northgate Dental Group', 'Airedale Foods plc', 'Wharfe Valley Brewing Co', 'Hebden Textiles Ltd', 'Kirkstall Software Ltd', 'Saltaire Care Homes', 'Holbeck Engineering Ltd', 'Ryedale Farms LLP', 'Morley Motors Ltd', 'Roundhay Academy Trust', 'Bramley Logistics Ltd', 'Ilkley Hotels Group', 'Otley Print Works', 'Chapel Allerton Clinic', 'Meanwood Builders Ltd', 'Headingley Estates Ltd', 'Garforth Plastics Ltd', 'Castleford Retail Ltd', 'Dewsbury Mills Ltd', 'Tadcaster Haulage', 'Kestrel Insurance plc', 'Oakwood Solicitors LLP', 'Barnbow Legal LLP', 'Fenwick & Hale Solicitors'];
  const industries = ['logistics', 'construction', 'healthcare', 'food and drink', 'food and drink', 'manufacturing', 'technology', 'healthcare', 'manufacturing', 'agriculture', 'motor trade', 'education', 'logistics', 'hospitality', 'manufacturing', 'healthcare', 'construction', 'property', 'manufacturing', 'retail', 'manufacturing', 'logistics', 'insurance', 'legal', 'legal', 'legal'];
  const parties = ORGS.map((name, index) => ({ partyId: 1 + index, partyKind: 'ORG', displayName: name, countryCode: 'GB', industry: industries[index], created_at: day(addDays(new Date(Date.UTC(2012, 2, 1)), between(0, 4700))) }));
  for (let i = 0; i < 64; i += 1) {
    parties.push({ partyId: parties.length + 1, partyKind: 'PERSON', displayName: `${pick(FIRST)} ${pick(LAST)}`, countryCode: pick(['GB', 'GB', 'GB', 'GB', 'GB', 'GB', 'IE', 'ES', 'US', 'AE']), industry: null, created_at: day(addDays(new Date(Date.UTC(2014, 0, 1)), between(0, 4300))) });
  }
  const grades = [['Partner', 395, 5], ['Senior Associate', 290, 4], ['Associate', 230, 6], ['Trainee', 140, 4], ['Paralegal', 115, 3]];
  const resources = [];
  for (const [grade, rate, count] of grades) {
    for (let i = 0; i < count; i += 1) {
      resources.push({ resourceId: 301 + resources.length, full_name: `${pick(FIRST)} ${pick(LAST)}`, grade, officeName: pick(['Leeds', 'Leeds', 'Leeds', 'Harrogate', 'Manchester']), standardRate: money(rate + between(-2, 3) * 5), startDate: day(addDays(new Date(Date.UTC(grade === 'Partner' ? 2003 : 2015, 0, 4)), between(0, grade === 'Trainee' ? 400 : 3300))).replace(/^20(1[5-9]|2[0-3])/, (y) => (grade === 'Trainee' ? '2024' : y)) });
    }
  }
  const areas = [['Employment', 'hourly'], ['Commercial Property', 'hourly'], ['Residential Conveyancing', 'fixed'], ['Corporate', 'hourly'], ['Dispute Resolution', 'hourly'], ['Dispute Resolution', 'cfa'], ['Private Client', 'fixed'], ['Private Client', 'hourly']];
  const matters = [];
  const matterParties = [];
  const times = [];
  const invoices = [];
  const asOf = new Date(Date.UTC(2026, 9, 30));
  const clients = parties.filter((p) => !['legal', 'insurance'].includes(p.industry ?? ''));
  for (let i = 0; i < 150; i += 1) {
    const [area, feeBasis] = pick(areas);
    const client = area === 'Residential Conveyancing' || area === 'Private Client' ? pick(clients.filter((p) => p.partyKind === 'PERSON')) : area === 'Corporate' || area === 'Commercial Property' ? pick(clients.filter((p) => p.partyKind === 'ORG')) : pick(clients);
    const opened = addDays(new Date(Date.UTC(2025, 0, 6)), between(0, 650));
    const length = area === 'Dispute Resolution' ? between(120, 600) : between(30, 300);
    const closed = addDays(opened, length) < asOf && random() < 0.85 ? addDays(opened, length) : null;
    const lead = pick(resources.filter((r) => r.grade === 'Partner' || r.grade === 'Senior Associate'));
    const fixedFee = feeBasis === 'fixed' ? (area === 'Residential Conveyancing' ? between(9, 16) * 100 : between(15, 40) * 100) : null;
    const matter = { matterId: 0, matterRef: '', clientPartyId: client.partyId, practiceArea: area, lead_resource_id: lead.resourceId, openedOn: day(opened), closedOn: closed ? day(closed) : null, feeBasis, fixedFeeAmt: fixedFee === null ? null : money(fixedFee) };
    matters.push(matter);
  }
  matters.sort((a, b) => cmp(a.openedOn, b.openedOn) || a.clientPartyId - b.clientPartyId);
  let invoiceSeq = 0;
  matters.forEach((matter, index) => {
    matter.matterId = 40001 + index;
    matter.matterRef = `${matter.openedOn.slice(2, 4)}/${matter.practiceArea.split(' ').map((w) => w[0]).join('')}/${String(index + 1).padStart(4, '0')}`;
    if (matter.practiceArea === 'Dispute Resolution' || matter.practiceArea === 'Employment' || random() < 0.3) {
      const others = parties.filter((p) => p.partyId !== matter.clientPartyId && p.industry !== 'legal');
      matterParties.push({ matterId: matter.matterId, partyId: pick(others).partyId, role: 'opponent' });
      if (random() < 0.6) matterParties.push({ matterId: matter.matterId, partyId: pick(parties.filter((p) => p.industry === 'legal')).partyId, role: 'opponent solicitor' });
      if (matter.practiceArea === 'Dispute Resolution' && random() < 0.3) matterParties.push({ matterId: matter.matterId, partyId: pick(parties.filter((p) => p.partyKind === 'PERSON' && p.partyId !== matter.clientPartyId)).partyId, role: 'expert witness' });
    }
    const team = [resources.find((r) => r.resourceId === matter.lead_resource_id), ...Array.from({ length: between(1, 3) }, () => pick(resources.filter((r) => r.grade !== 'Partner')))];
    const opened = new Date(`${matter.openedOn}T00:00:00Z`);
    const last = matter.closedOn ? new Date(`${matter.closedOn}T00:00:00Z`) : asOf;
    const spanDays = Math.round((last - opened) / 86_400_000);
    const entries = Math.max(3, Math.round(spanDays / between(4, 9)));
    const mine = [];
    for (let e = 0; e < entries; e += 1) {
      const who = pick(team);
      let date = addDays(opened, between(0, spanDays));
      if (date.getUTCDay() === 0) date = addDays(date, 1);
      if (date.getUTCDay() === 6) date = addDays(date, -1);
      if (date > asOf) continue;
      mine.push({ entryId: 0, matterId: matter.matterId, resourceId: who.resourceId, workDate: day(date), activityCode: pick(['DRAFT', 'DRAFT', 'CALL', 'EMAIL', 'EMAIL', 'MTG', 'RSRCH', ...(matter.practiceArea === 'Dispute Resolution' || matter.practiceArea === 'Employment' ? ['COURT'] : []), 'TRVL']), units: between(1, 30), billable: random() < 0.86, rateApplied: who.standardRate, invoiceNo: null });
    }
    mine.sort((a, b) => cmp(a.workDate, b.workDate) || a.resourceId - b.resourceId);
    // Bill at the end of each quarter the matter was open, and on closing; time after the last bill stays unbilled (work in progress).
    const billDates = [];
    for (let q = new Date(Date.UTC(2025, 2, 31)); q <= asOf; q = new Date(Date.UTC(q.getUTCFullYear(), q.getUTCMonth() + 4, 0))) if (q > opened && q <= last) billDates.push(q);
    if (matter.closedOn) billDates.push(last);
    let from = '0000';
    for (const billed of billDates) {
      const upTo = day(billed);
      const batch = mine.filter((t) => t.billable && t.workDate > from && t.workDate <= upTo);
      from = upTo;
      if (batch.length === 0 || (matter.feeBasis === 'cfa' && !matter.closedOn)) continue;
      invoiceSeq += 1;
      const invoiceNo = `INV${String(invoiceSeq + 25000)}`;
      batch.forEach((t) => { t.invoiceNo = invoiceNo; });
      const worked = batch.reduce((sum, t) => sum + (t.units / 10) * Number(t.rateApplied), 0);
      const fees = matter.feeBasis === 'fixed' ? Number(matter.fixedFeeAmt) / billDates.length : matter.feeBasis === 'cfa' ? (random() < 0.6 ? worked * 1.5 : 0) : worked * (0.82 + random() * 0.18);
      const disb = matter.practiceArea === 'Residential Conveyancing' || matter.practiceArea === 'Dispute Resolution' ? between(0, 900) + (random() < 0.2 ? between(500, 3000) : 0) : random() < 0.3 ? between(20, 300) : 0;
      const issued = addDays(billed, between(1, 10));
      if (issued > asOf || fees === 0) continue;
      const paid = random() < 0.82 ? addDays(issued, between(5, 110)) : null;
      invoices.push({ invoiceNo, matterId: matter.matterId, issued_on: day(issued), feesAmt: money(fees), disbursementsAmt: money(disb), vatAmt: money(fees * 0.2), paidOn: paid && paid <= asOf ? day(paid) : null });
    }
    times.push(...mine);
  });
  times.sort((a, b) => cmp(a.workDate, b.workDate) || a.matterId - b.matterId || a.resourceId - b.resourceId);
  times.forEach((t, index) => { t.entryId = 900001 + index; });
  const billedNumbers = new Set(invoices.map((v) => v.invoiceNo));
  for (const t of times) if (t.invoiceNo && !billedNumbers.has(t.invoiceNo)) t.invoiceNo = null;
  invoices.sort((a, b) => cmp(a.invoiceNo, b.invoiceNo));
  writeTable('law_firm', 'party', ['partyId', 'partyKind', 'displayName', 'countryCode', 'industry', 'created_at'], parties);
  writeTable('law_firm', 'resource', ['resourceId', 'full_name', 'grade', 'officeName', 'standardRate', 'startDate'], resources);
  writeTable('law_firm', 'matter', ['matterId', 'matterRef', 'clientPartyId', 'practiceArea', 'lead_resource_id', 'openedOn', 'closedOn', 'feeBasis', 'fixedFeeAmt'], matters);
  writeTable('law_firm', 'matter_party', ['matterId', 'partyId', 'role'], matterParties);
  writeTable('law_firm', 'timeEntry', ['entryId', 'matterId', 'resourceId', 'workDate', 'activityCode', 'units', 'billable', 'rateApplied', 'invoiceNo'], times);
  writeTable('law_firm', 'invoice', ['invoiceNo', 'matterId', 'issued_on', 'feesAmt', 'disbursementsAmt', 'vatAmt', 'paidOn'], invoices);
}

insurer();
leisureCentres();
lawFirm();

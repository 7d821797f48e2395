// Writes databases/{museum,saas_billing,marina}/data/*.csv: three small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-blind-5/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, pad, seeded, stamp } from '../make-database-helpers.mjs';

const writeCsv = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
/** Writes a table whose columns are its rows' keys, in order. */
const writeTable = (db, table, rows) => writeCsv(db, table, Object.keys(rows[0]), rows);

const utc = (text) => new Date(`${text}T00:00:00Z`);
const LAST_DAY = utc('2026-11-30');

const FIRST = ['Ailsa', 'Benedikt', 'Carmen', 'Declan', 'Elif', 'Fergus', 'Greta', 'Hamish', 'Ines', 'Jonas', 'Kirsty', 'Lorenzo', 'Maren', 'Nikhil', 'Orla', 'Pavel', 'Rosa', 'Stellan', 'Tamsin', 'Ugo', 'Vera', 'Wilhelm', 'Yara', 'Zeno', 'Agnes', 'Bram', 'Cora', 'Duncan', 'Eilidh', 'Florian'];
const LAST = ['Aldridge', 'Brennan', 'Castell', 'Drummond', 'Eriksen', 'Fairbairn', 'Galloway', 'Haldane', 'Imrie', 'Jansen', 'Kowalczyk', 'Lindqvist', 'MacLeod', 'Novak', 'Ormiston', 'Pereira', 'Ramsay', 'Sutherland', 'Tennant', 'Urquhart', 'Voss', 'Whyte', 'Yilmaz', 'Zielinski'];

function museum() {
  const { random, pick, between } = seeded(20261201);
  const nextName = namer(pick, FIRST, LAST);
  const nationalities = ['Scottish', 'Scottish', 'Scottish', 'English', 'English', 'Irish', 'French', 'Dutch', 'Norwegian', 'German', 'Italian', 'Japanese', 'American'];
  const artists = [];
  for (let i = 0; i < 60; i += 1) {
    const [first, last] = nextName();
    const born = between(1780, 1990);
    const died = born < 1930 ? born + between(38, 92) : random() < 0.15 ? born + between(40, 80) : null;
    artists.push({ artist_id: 101 + i, display_name: `${first} ${last}`, nationality: pick(nationalities), birth_year: born, death_year: died !== null && died > 2025 ? null : died });
  }
  const galleries = [
    ['Great Hall', 0, true], ['East Gallery', 0, true], ['Print Room', 1, true], ['Textile Gallery', 1, true], ['Photography Gallery', 1, true],
    ['Sculpture Court', 0, false], ['Victorian Gallery', 2, true], ['Modern Gallery', 2, true], ['Ceramics Gallery', 2, false], ['Temporary Exhibition Hall', 0, true],
  ].map(([gallery_name, floor_no, climate_controlled], index) => ({ gallery_id: index + 1, gallery_name, floor_no, climate_controlled }));
  const homeGallery = { painting: [1, 2, 7, 8], sculpture: [6, 1], print: [3], photograph: [5], textile: [4], ceramic: [9] };
  const media = {
    painting: ['oil on canvas', 'oil on canvas', 'oil on board', 'watercolour on paper', 'acrylic on canvas', 'tempera on panel'],
    sculpture: ['bronze', 'marble', 'carved oak', 'cast iron', 'plaster'],
    print: ['etching', 'woodcut', 'lithograph', 'screenprint', 'mezzotint'],
    photograph: ['albumen print', 'gelatin silver print', 'chromogenic print', 'inkjet print'],
    textile: ['wool tapestry', 'silk embroidery', 'printed cotton', 'linen damask'],
    ceramic: ['stoneware', 'earthenware', 'porcelain', 'lustreware'],
  };
  const subjects = ['Harbour at Dusk', 'Portrait of a Woman', 'Still Life with Herring', 'The Ferry', 'Winter Birches', 'Fishwives', 'Study of Hands', 'Storm over Arran', 'The Mill Lade', 'Girl Reading', 'Cottage Interior', 'Head of a Boy', 'Loch Scene', 'Tenements, Evening', 'Mother and Child', 'The Shipyard', 'Crofters', 'Bowl with Lemons', 'Self-Portrait', 'Untitled', 'Seated Figure', 'Cliffs at Tantallon', 'Market Day', 'The Bathers'];
  const crafts = { textile: ['Wall Hanging', 'Sampler', 'Shawl', 'Table Cover', 'Banner'], ceramic: ['Jug', 'Charger', 'Vase', 'Punch Bowl', 'Tea Service', 'Teapot'] };
  const objects = [];
  for (let i = 0; i < 420; i += 1) {
    const object_type = pick(['painting', 'painting', 'painting', 'painting', 'sculpture', 'print', 'print', 'print', 'photograph', 'photograph', 'textile', 'ceramic', 'ceramic']);
    const anonymous = ['textile', 'ceramic'].includes(object_type) ? random() < 0.6 : random() < 0.06;
    const artist = anonymous ? null : pick(object_type === 'photograph' ? artists.filter((a) => a.birth_year > 1820) : artists);
    const made = artist ? Math.min(2025, artist.birth_year + between(20, Math.min(70, (artist.death_year ?? 2025) - artist.birth_year))) : between(1700, 1960);
    const method = pick(['purchase', 'purchase', 'gift', 'gift', 'bequest', 'transfer']);
    const acquired = addDays(utc('1952-01-01'), between(0, 27000));
    const acquiredDay = day(acquired) < `${made + 1}-01-01` ? `${made + 1}-06-01` : day(acquired);
    const value = { painting: between(2, 900), sculpture: between(5, 400), print: between(1, 40), photograph: between(1, 30), textile: between(1, 60), ceramic: between(1, 45) }[object_type] * 1000;
    const size = object_type === 'sculpture' ? [between(20, 210), between(15, 120)] : object_type === 'ceramic' ? [between(8, 60), between(8, 50)] : [between(15, 240), between(12, 300)];
    const shown = random() < 0.3;
    objects.push({
      object_id: 5001 + i,
      accession_no: `${acquiredDay.slice(0, 4)}.${between(1, 180)}`,
      title: ['textile', 'ceramic'].includes(object_type) ? pick(crafts[object_type]) : pick(subjects),
      artist_id: artist ? artist.artist_id : null,
      object_type,
      medium: pick(media[object_type]),
      year_made: made,
      acquired_on: acquiredDay,
      acquisition_method: method,
      purchase_price_gbp: method === 'purchase' ? money(value * (0.2 + random() * 0.6)) : null,
      insured_value_gbp: money(value),
      gallery_id: shown ? pick(homeGallery[object_type]) : null,
      height_cm: size[0],
      width_cm: size[1],
    });
  }
  const accessions = new Set();
  for (const object of objects) {
    while (accessions.has(object.accession_no)) object.accession_no = `${object.accession_no.split('.')[0]}.${between(181, 400)}`;
    accessions.add(object.accession_no);
  }
  const exhibitions = [
    ['Northern Light: Scottish Painters 1880-1920', '2025-03-14', '2025-07-06', 10, true, 9],
    ['Cut and Printed: Woodcuts from the Collection', '2025-05-02', '2025-09-28', 3, false, null],
    ['The Clyde Built', '2025-08-22', '2026-01-11', 10, true, 11],
    ['Threads of the North Sea', '2025-10-10', '2026-03-01', 4, true, 7.5],
    ['Faces: Portraits across Three Centuries', '2026-01-30', '2026-05-24', 10, true, 12],
    ['Silver and Light: Early Photography', '2026-02-20', '2026-06-14', 5, true, 8],
    ['New Acquisitions 2025', '2026-04-03', '2026-08-30', 2, false, null],
    ['Salt and Glaze', '2026-06-05', '2026-10-25', 9, false, null],
    ['Weather: Painting Storms and Seas', '2026-06-19', '2026-10-11', 10, true, 14],
    ['Modern Scots', '2026-09-11', '2027-01-17', 8, true, 10],
    ['Lines of Sight: Etchings', '2026-10-23', '2027-02-21', 3, false, null],
    ['Winter Tales', '2026-11-20', '2027-03-07', 10, true, 12.5],
  ].map(([title, opens_on, closes_on, gallery_id, ticketed, price], index) => ({ exhibition_id: 21 + index, title, opens_on, closes_on, gallery_id, ticketed, ticket_price_gbp: price === null ? null : money(price) }));
  const themes = { 21: ['painting'], 22: ['print'], 23: ['painting', 'photograph', 'print'], 24: ['textile'], 25: ['painting', 'sculpture', 'photograph'], 26: ['photograph'], 27: null, 28: ['ceramic'], 29: ['painting', 'print'], 30: ['painting', 'sculpture'], 31: ['print'], 32: ['painting', 'print', 'textile'] };
  const exhibitionObjects = [];
  for (const exhibition of exhibitions) {
    const pool = objects.filter((o) => (themes[exhibition.exhibition_id] ? themes[exhibition.exhibition_id].includes(o.object_type) : o.acquired_on >= '2025-01-01' || o.acquired_on.startsWith('2024')));
    const count = Math.min(pool.length, between(12, 26));
    const chosen = new Set();
    while (chosen.size < count) chosen.add(pick(pool).object_id);
    for (const object_id of [...chosen].sort((a, b) => a - b)) exhibitionObjects.push({ exhibition_id: exhibition.exhibition_id, object_id });
  }
  const borrowers = ['National Galleries of Scotland', 'Aberdeen Art Gallery', 'Tate Britain', 'Kelvingrove Art Gallery and Museum', 'The McManus, Dundee', 'Rijksmuseum', 'Nasjonalmuseet, Oslo', 'V&A Dundee', 'Pier Arts Centre', 'Musee d\'Orsay'];
  const loans = [];
  for (let i = 0; i < 90; i += 1) {
    const object = pick(objects.filter((o) => ['painting', 'sculpture', 'textile', 'photograph'].includes(o.object_type)));
    const start = addDays(utc('2021-01-04'), between(0, 2150));
    const end = addDays(start, between(60, 240));
    loans.push({ loan_id: 0, object_id: object.object_id, borrower: pick(borrowers), loan_start: day(start), loan_end: day(end), loan_fee_gbp: random() < 0.3 ? null : money(between(4, 60) * 50), returned: end <= LAST_DAY && random() < 0.97 });
  }
  loans.sort((a, b) => cmp(a.loan_start, b.loan_start) || a.object_id - b.object_id);
  loans.forEach((loan, index) => (loan.loan_id = 701 + index));
  const conservators = ['Ruth Fairbairn', 'Ivo Castell', 'Sorcha Imrie', 'Kenji Drummond'];
  const checks = [];
  for (const object of objects) {
    let when = addDays(utc(object.acquired_on < '2015-01-01' ? '2015-01-01' : object.acquired_on), between(10, 900));
    let grade = pick(['good', 'good', 'good', 'fair', 'fair', 'poor']);
    while (when <= LAST_DAY) {
      checks.push({ check_id: 0, object_id: object.object_id, checked_on: day(when), condition_grade: grade, conservator: pick(conservators), treatment_needed: grade === 'poor' || (grade === 'fair' && random() < 0.3) });
      const roll = random();
      grade = grade === 'poor' ? (roll < 0.6 ? 'fair' : 'poor') : grade === 'fair' ? (roll < 0.2 ? 'poor' : roll < 0.5 ? 'good' : 'fair') : roll < 0.12 ? 'fair' : 'good';
      when = addDays(when, between(700, 1500));
    }
  }
  checks.sort((a, b) => cmp(a.checked_on, b.checked_on) || a.object_id - b.object_id);
  checks.forEach((check, index) => (check.check_id = 90001 + index));
  const admissions = [];
  for (let when = utc('2026-01-02'); when <= LAST_DAY; when = addDays(when, 1)) {
    const weekday = when.getUTCDay();
    if (weekday === 1) continue;
    const month = when.getUTCMonth() + 1;
    const season = [0, 0.6, 0.65, 0.8, 1, 1, 1.1, 1.5, 1.6, 1, 0.9, 0.8, 0.9][month];
    const weekend = weekday === 0 || weekday === 6 ? 1.7 : 1;
    const school = weekday >= 2 && weekday <= 5 && ![7, 8].includes(month) && random() < 0.45 ? between(18, 64) : 0;
    admissions.push({ visit_date: day(when), general_visitors: Math.round(between(380, 720) * season * weekend), school_group_visitors: school, shop_takings_gbp: money(between(600, 2400) * season * weekend / 1.4) });
  }
  writeTable('museum', 'artists', artists);
  writeTable('museum', 'galleries', galleries);
  writeTable('museum', 'objects', objects);
  writeTable('museum', 'exhibitions', exhibitions);
  writeTable('museum', 'exhibition_objects', exhibitionObjects);
  writeTable('museum', 'loans_out', loans);
  writeTable('museum', 'condition_checks', checks);
  writeTable('museum', 'admissions', admissions);
}

function saasBilling() {
  const { random, pick, between } = seeded(20260917);
  const plans = [
    ['Starter', 29, 3, true], ['Team', 99, 10, true], ['Business', 349, 50, true], ['Enterprise', 1200, 500, true], ['Team (legacy)', 79, 10, false],
  ].map(([planName, monthlyPrice, seatLimit, isPublic], index) => ({ planId: `PLN-${pad(index + 1)}`, planName, monthlyPrice: money(monthlyPrice), seatLimit, isPublic }));
  const words = ['Alder', 'Brightwave', 'Cobalt', 'Driftwood', 'Ember', 'Fjord', 'Granite', 'Helix', 'Ironbark', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Northgate', 'Orchard', 'Pillar', 'Quarry', 'Redwood', 'Saltire', 'Tidewater', 'Upland', 'Vantage', 'Willow', 'Yarrow', 'Zephyr', 'Atlas', 'Beacon', 'Cedar', 'Delta', 'Evergreen'];
  const suffixes = ['Labs', 'Logistics', 'Health', 'Studio', 'Analytics', 'Foods', 'Legal', 'Architects', 'Energy', 'Retail', 'Media', 'Robotics', 'Capital', 'Dental', 'Travel'];
  const industryOf = { Labs: 'software', Logistics: 'logistics', Health: 'healthcare', Studio: 'media', Analytics: 'software', Foods: 'food_and_beverage', Legal: 'professional_services', Architects: 'professional_services', Energy: 'energy', Retail: 'retail', Media: 'media', Robotics: 'manufacturing', Capital: 'financial_services', Dental: 'healthcare', Travel: 'travel' };
  const countries = ['GB', 'GB', 'GB', 'US', 'US', 'US', 'US', 'DE', 'NL', 'IE', 'FR', 'CA', 'AU', 'SE'];
  const regionOf = { GB: 'EMEA', DE: 'EMEA', NL: 'EMEA', IE: 'EMEA', FR: 'EMEA', SE: 'EMEA', US: 'NA', CA: 'NA', AU: 'APAC' };
  const accounts = [];
  const usedNames = new Set();
  while (accounts.length < 130) {
    const suffix = pick(suffixes);
    const companyName = `${pick(words)} ${suffix}`;
    if (usedNames.has(companyName)) continue;
    usedNames.add(companyName);
    const countryCode = pick(countries);
    accounts.push({ accountId: 10001 + accounts.length, companyName, countryCode, salesRegion: regionOf[countryCode], industry: industryOf[suffix], signupDate: day(addDays(utc('2023-02-01'), between(0, 1370))), billingEmail: `billing@${companyName.toLowerCase().replace(/[^a-z]+/g, '')}.example` });
  }
  const subscriptions = [];
  const invoices = [];
  const attempts = [];
  const usage = [];
  const brands = ['visa', 'visa', 'visa', 'mastercard', 'mastercard', 'amex'];
  const failures = ['insufficient_funds', 'card_expired', 'do_not_honor', 'insufficient_funds', 'authentication_required'];
  for (const account of accounts) {
    let start = addDays(utc(account.signupDate), between(0, 20));
    let plan = pick([plans[0], plans[0], plans[1], plans[1], plans[1], plans[2], plans[2], plans[3]]);
    if (day(start) < '2024-06-01' && plan.planId === 'PLN-02' && random() < 0.5) plan = plans[4];
    const card = pick(brands);
    let active = true;
    while (active && start <= LAST_DAY) {
      const seats = Math.max(1, Math.min(plan.seatLimit, plan.planId === 'PLN-04' ? between(40, 220) : between(1, plan.seatLimit)));
      const roll = random();
      const months = between(3, 30);
      let end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate()));
      let status;
      let cancelReason = null;
      let next = null;
      if (end > LAST_DAY) {
        end = null;
        status = 'active';
      } else if (roll < 0.45 && plan.planId !== 'PLN-04') {
        status = 'upgraded';
        next = plans.find((p) => p.planId === { 'PLN-01': 'PLN-02', 'PLN-02': 'PLN-03', 'PLN-03': 'PLN-04', 'PLN-05': 'PLN-03' }[plan.planId]);
      } else {
        status = 'cancelled';
        cancelReason = pick(['too_expensive', 'too_expensive', 'missing_feature', 'switched_provider', 'company_closed', 'no_longer_needed']);
      }
      const subscription = { subscriptionId: `SUB-${String(subscriptions.length + 1).padStart(4, '0')}`, accountId: account.accountId, planId: plan.planId, startDate: day(start), endDate: end ? day(end) : null, seats, status, cancelReason };
      subscriptions.push(subscription);
      const stop = end ?? LAST_DAY;
      for (let m = 0; ; m += 1) {
        const issued = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, start.getUTCDate()));
        if (issued >= stop && !(m === 0)) break;
        if (issued < utc('2025-12-01')) continue;
        const amountDue = Number(plan.monthlyPrice);
        const due = addDays(issued, 14);
        const invoice = { invoiceId: 0, subscriptionId: subscription.subscriptionId, issueDate: day(issued), dueDate: day(due), amountDue: money(amountDue), status: 'open', paidDate: null, issued };
        invoices.push(invoice);
        let when = addMinutes(issued, between(60, 600));
        for (let t = 0; t < 4; t += 1) {
          if (when > addMinutes(LAST_DAY, 1439)) break;
          const ok = random() < (t === 0 ? 0.9 : 0.6);
          attempts.push({ invoice, attemptedAt: stamp(when), cardBrand: card, succeeded: ok, failureCode: ok ? null : pick(failures) });
          if (ok) {
            invoice.status = 'paid';
            invoice.paidDate = day(when);
            break;
          }
          when = addMinutes(when, between(3, 5) * 1440 + between(0, 300));
        }
        if (invoice.status === 'open' && due < addDays(LAST_DAY, -30) && random() < 0.5) invoice.status = 'void';
      }
      if (status === 'upgraded') {
        start = end;
        plan = next;
      } else active = false;
    }
  }
  for (const account of accounts) {
    const subs = subscriptions.filter((s) => s.accountId === account.accountId);
    for (let month = utc('2026-01-01'); month <= LAST_DAY; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
      const live = subs.find((s) => s.startDate <= day(month) && (s.endDate === null || s.endDate > day(month)));
      if (!live) continue;
      const activeUsers = Math.max(1, Math.round(live.seats * (0.5 + random() * 0.5)));
      usage.push({ accountId: account.accountId, usageMonth: day(month), activeUsers, apiCalls: activeUsers * between(200, 4000), storageGb: (activeUsers * (0.4 + random() * 3)).toFixed(1) });
    }
  }
  invoices.sort((a, b) => cmp(a.issueDate, b.issueDate) || cmp(a.subscriptionId, b.subscriptionId));
  invoices.forEach((invoice, index) => (invoice.invoiceId = 300001 + index));
  writeTable('saas_billing', 'pricePlan', plans);
  writeTable('saas_billing', 'customerAccount', accounts);
  writeTable('saas_billing', 'subscription', subscriptions);
  writeTable('saas_billing', 'invoice', invoices.map(({ issued, ...invoice }) => invoice));
  writeTable('saas_billing', 'paymentAttempt', attempts.sort((a, b) => cmp(a.attemptedAt, b.attemptedAt) || a.invoice.invoiceId - b.invoice.invoiceId).map(({ invoice, ...attempt }, index) => ({ attemptId: index + 1, invoiceId: invoice.invoiceId, ...attempt })));
  writeTable('saas_billing', 'usageMonthly', usage);
}

function marina() {
  const { random, pick, between } = seeded(20260521);
  const nextName = namer(pick, FIRST, LAST);
  const jobTypes = [
    ['HAUL', 'Lift out and block off on the hard', 62], ['ANTF', 'Antifoul hull', 48], ['ENG', 'Engine service', 68], ['RIG', 'Rigging inspection and repair', 72], ['GELC', 'Gelcoat and osmosis repair', 64], ['VALT', 'Valet and polish', 38],
  ].map(([job_typ_cd, job_typ_desc, lab_rt], index) => ({ job_typ_cd, job_typ_desc, lab_rt: money(lab_rt), srt_ord: index + 1 }));
  const owners = [];
  // The first 140 keep a berth here; the other 30 only come as visitors.
  for (let i = 0; i < 170; i += 1) {
    const [first, last] = nextName();
    const visitor = i >= 140;
    owners.push({
      own_id: 4001 + i,
      own_nm: `${last}, ${first}`,
      ctry_cd: pick(visitor ? ['GBR', 'GBR', 'IRL', 'NOR', 'NOR', 'NLD', 'NLD', 'DEU', 'FRA', 'DNK', 'SWE'] : ['GBR', 'GBR', 'GBR', 'GBR', 'GBR', 'GBR', 'GBR', 'IRL', 'NOR', 'NLD', 'DEU']),
      mbr_since_dt: day(addDays(utc(visitor ? '2023-05-01' : '1998-04-01'), between(0, visitor ? 1200 : 10000))),
      club_mbr_flg: !visitor && random() < 0.4 ? 'Y' : 'N',
    });
  }
  const boatNames = ['Kittiwake', 'Sea Wolf', 'Marguerite', 'Blue Moon', 'Solan', 'Serenity', 'Puffin', 'Halcyon', 'Morning Star', 'Selkie', 'Tern', 'Wild Goose', 'Corryvreckan', 'Aurora', 'Osprey', 'Saorsa', 'Fulmar', 'Dunlin', 'Shearwater', 'Merlin', 'Sula', 'Eider'];
  const types = ['SAIL', 'SAIL', 'SAIL', 'SAIL', 'MOTR', 'MOTR', 'MOTR', 'CATM', 'RIB'];
  const vessels = [];
  for (let i = 0; i < 185; i += 1) {
    const vsl_typ_cd = pick(types);
    const loa = { SAIL: between(70, 150), MOTR: between(60, 180), CATM: between(95, 140), RIB: between(45, 85) }[vsl_typ_cd] / 10;
    vessels.push({
      vsl_id: 80001 + i,
      own_id: i < 140 ? owners[i].own_id : i < 150 ? pick(owners.slice(0, 140)).own_id : pick(owners.slice(140)).own_id,
      vsl_nm: pick(boatNames),
      vsl_typ_cd,
      loa_m: loa.toFixed(1),
      bm_m: (vsl_typ_cd === 'CATM' ? loa * 0.5 : loa * (0.3 + random() * 0.06)).toFixed(2),
      drft_m: (vsl_typ_cd === 'SAIL' ? 1.2 + random() * 1.1 : vsl_typ_cd === 'RIB' ? 0.4 + random() * 0.2 : 0.8 + random() * 0.6).toFixed(2),
      yr_blt: between(1968, 2025),
      hull_mat_cd: vsl_typ_cd === 'RIB' ? 'GRP' : pick(['GRP', 'GRP', 'GRP', 'GRP', 'STL', 'WD', 'ALU']),
      eng_hp: vsl_typ_cd === 'SAIL' ? between(9, 60) : vsl_typ_cd === 'CATM' ? between(40, 80) : between(60, 700),
    });
  }
  const berths = [];
  for (const [pontoon, count, maxLoa] of [['A', 24, 8], ['B', 24, 10], ['C', 22, 12], ['D', 20, 14], ['E', 14, 18], ['V', 16, 20]]) {
    for (let n = 1; n <= count; n += 1) berths.push({ brth_cd: `${pontoon}${pad(n)}`, pntn_cd: pontoon, max_loa_m: maxLoa.toFixed(1), shr_pwr_flg: pontoon === 'A' && n > 12 ? 'N' : 'Y', ann_fee_amt: pontoon === 'V' ? null : money(maxLoa * 365), vis_brth_flg: pontoon === 'V' ? 'Y' : 'N' });
  }
  const agreements = [];
  const taken = new Map();
  const seasonStarts = ['2025-04-01', '2026-04-01'];
  const residents = vessels.slice(0, 150);
  for (const vessel of residents) {
    const fits = berths.filter((b) => b.vis_brth_flg === 'N' && Number(b.max_loa_m) >= Number(vessel.loa_m));
    const berth = fits.find((b) => !taken.has(b.brth_cd));
    if (!berth) continue;
    taken.set(berth.brth_cd, vessel.vsl_id);
    const annual = random() < 0.65;
    for (const season of seasonStarts) {
      if (season === '2026-04-01' && random() < 0.1) continue;
      const start = utc(season);
      const end = annual ? addDays(new Date(Date.UTC(start.getUTCFullYear() + 1, 2, 31)), 0) : utc(`${season.slice(0, 4)}-10-31`);
      agreements.push({ agr_id: 0, vsl_id: vessel.vsl_id, brth_cd: berth.brth_cd, agr_typ_cd: annual ? 'ANN' : 'SSN', start_dt: day(start), end_dt: day(end), nights: null, fee_amt: money(Number(berth.ann_fee_amt) * (annual ? 1 : 0.62) * (season === '2026-04-01' ? 1.04 : 1)) });
    }
  }
  const visitors = vessels.slice(150);
  const visitorBerths = berths.filter((b) => b.vis_brth_flg === 'Y');
  for (let when = utc('2025-04-05'); when <= LAST_DAY; when = addDays(when, between(1, 4))) {
    const month = when.getUTCMonth() + 1;
    if (month < 4 || month > 10) continue;
    const vessel = pick(visitors);
    const nights = between(1, 6);
    agreements.push({ agr_id: 0, vsl_id: vessel.vsl_id, brth_cd: pick(visitorBerths).brth_cd, agr_typ_cd: 'VIS', start_dt: day(when), end_dt: day(addDays(when, nights)), nights, fee_amt: money(nights * Number(vessel.loa_m) * 3.2) });
  }
  agreements.sort((a, b) => cmp(a.start_dt, b.start_dt) || a.vsl_id - b.vsl_id);
  agreements.forEach((agreement, index) => (agreement.agr_id = 1001 + index));
  const fuel = [];
  for (let when = utc('2026-03-01'); when <= LAST_DAY; when = addDays(when, 1)) {
    const month = when.getUTCMonth() + 1;
    const sales = month >= 5 && month <= 9 ? between(1, 5) : between(0, 2);
    for (let s = 0; s < sales; s += 1) {
      const vessel = pick(vessels);
      const diesel = vessel.vsl_typ_cd !== 'RIB' || random() < 0.2;
      const litres = vessel.vsl_typ_cd === 'MOTR' ? between(80, 900) : vessel.vsl_typ_cd === 'RIB' ? between(20, 120) : between(10, 140);
      const price = diesel ? 1.48 + (month - 3) * 0.01 : 1.62;
      fuel.push({ txn_id: 0, vsl_id: vessel.vsl_id, txn_ts: stamp(addMinutes(when, 8 * 60 + between(0, 600))), fuel_typ_cd: diesel ? 'DSL' : 'PET', ltr_qty: litres, unit_prc: price.toFixed(3), txn_amt: money(litres * price), pay_mthd_cd: pick(['CARD', 'CARD', 'CARD', 'ACCT']) });
    }
  }
  fuel.sort((a, b) => cmp(a.txn_ts, b.txn_ts) || a.vsl_id - b.vsl_id);
  fuel.forEach((txn, index) => (txn.txn_id = 600001 + index));
  const jobs = [];
  for (let i = 0; i < 260; i += 1) {
    const vessel = pick(vessels);
    const type = pick(vessel.vsl_typ_cd === 'SAIL' ? ['HAUL', 'ANTF', 'ANTF', 'ENG', 'RIG', 'RIG', 'GELC', 'VALT'] : ['HAUL', 'ANTF', 'ANTF', 'ENG', 'ENG', 'GELC', 'VALT']);
    const opened = addDays(utc('2025-01-06'), between(0, 690));
    const hours = type === 'GELC' ? between(8, 60) : type === 'ENG' ? between(3, 14) : type === 'RIG' ? between(2, 12) : between(1, 8);
    const days = Math.ceil(hours / 6) + between(0, 10);
    const closed = addDays(opened, days);
    const done = closed <= LAST_DAY;
    const rate = Number(jobTypes.find((t) => t.job_typ_cd === type).lab_rt);
    const parts = type === 'ENG' ? between(40, 900) : type === 'ANTF' ? between(90, 420) : type === 'RIG' ? between(0, 1500) : type === 'GELC' ? between(50, 600) : between(0, 60);
    jobs.push({ job_id: 0, vsl_id: vessel.vsl_id, job_typ_cd: type, opn_dt: day(opened), cls_dt: done ? day(closed) : null, job_stat_cd: done ? 'CLS' : random() < 0.8 ? 'WIP' : 'HOLD', lab_hrs: done ? hours : null, prts_amt: done ? money(parts) : null, tot_inv_amt: done ? money(hours * rate + parts) : null, tech_nm: pick(['D. Ramsay', 'K. Whyte', 'M. Eriksen', 'S. Haldane']) });
  }
  jobs.sort((a, b) => cmp(a.opn_dt, b.opn_dt) || a.vsl_id - b.vsl_id);
  jobs.forEach((job, index) => (job.job_id = 20001 + index));
  writeTable('marina', 'job_typ', jobTypes);
  writeTable('marina', 'own', owners);
  writeTable('marina', 'vsl', vessels);
  writeTable('marina', 'brth', berths);
  writeTable('marina', 'moor_agr', agreements);
  writeTable('marina', 'fuel_txn', fuel);
  writeTable('marina', 'svc_job', jobs);
}

museum();
saasBilling();
marina();

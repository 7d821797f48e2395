// Writes databases/{climbing_gyms,translation_agency}/data/*.csv: two small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-e/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aoife', 'Bram', 'Cerys', 'Dev', 'Elif', 'Finn', 'Gwen', 'Hamza', 'Isla', 'Jude', 'Kasia', 'Leon', 'Maya', 'Noor', 'Oisin', 'Priya', 'Rory', 'Saoirse', 'Theo', 'Una', 'Vikram', 'Wren', 'Yusuf', 'Zoe'];
const LAST = ['Ashworth', 'Bellamy', 'Crowther', 'Dunmore', 'Esterhazy', 'Fairclough', 'Greaves', 'Holroyd', 'Iqbal', 'Jagger', 'Kowalczyk', 'Lumb', 'Mistry', 'Naylor', 'Oddie', 'Pickles', 'Ramsden', 'Sutcliffe', 'Thackray', 'Uttley', 'Varley', 'Whiteley', 'Yardley', 'Zielinski'];
const END = new Date(Date.UTC(2026, 10, 30));
const toDate = (text) => new Date(`${text}T00:00:00Z`);

/** A chain of five indoor climbing gyms in the north of England: gyms, route setters, members, routes on the walls, check-ins and logged ascents, 2019-2026. */
function climbingGyms() {
  const { random, pick, between } = seeded(20190315);
  const nextName = namer(pick, FIRST, LAST);
  const gyms = [
    ['Granite Loft', 'Sheffield', '2012-03-10', '15.5', true, 58], ['Crux Yard', 'Leeds', '2015-09-01', '13.0', true, 54], ['Bloc Shed', 'Manchester', '2018-05-19', '4.5', false, 46],
    ['Overhang North', 'Newcastle', '2020-11-07', '14.0', true, 52], ['Chalk Mill', 'Sheffield', '2023-02-25', '4.2', false, 44],
  ].map(([gym_nm, city, opened_dt, max_wall_ht_m, lead_wall, monthly_fee], index) => ({ gym_id: index + 1, gym_nm, city, opened_dt, max_wall_ht_m, lead_wall, monthly_fee: money(monthly_fee) }));
  const setters = [
    [1, true, '2014-04-01'], [1, false, '2019-06-15'], [2, true, '2016-01-11'], [2, false, '2022-03-07'], [3, true, '2018-05-01'], [4, true, '2020-10-01'], [4, false, '2024-01-08'], [5, true, '2023-01-16'], [3, false, '2025-02-03'],
  ].map(([home_gym_id, is_head, started_dt], index) => ({ setter_id: 101 + index, setter_nm: nextName().join(' '), home_gym_id, is_head, started_dt }));
  const members = [];
  for (let i = 0; i < 640; i += 1) {
    const gym = pick([1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5]);
    const opened = toDate(gyms[gym - 1].opened_dt);
    const from = opened > new Date(Date.UTC(2019, 0, 1)) ? opened : new Date(Date.UTC(2019, 0, 1));
    const joined = addDays(from, between(0, Math.round((END - from) / 86_400_000)));
    const roll = random();
    const cancelled = roll < 0.2 && joined < new Date(Date.UTC(2026, 5, 1)) ? addDays(joined, between(60, Math.round((END - joined) / 86_400_000) - 1)) : null;
    const [first, last] = [pick(FIRST), pick(LAST)];
    const plan_cd = pick(['MTH', 'MTH', 'MTH', 'ANN', 'ANN', 'PNC', 'STU', 'STU']);
    const ropeGym = gyms[gym - 1].lead_wall;
    members.push({ mbr_id: 3001 + i, first_nm: first, last_nm: last, home_gym_id: gym, plan_cd, status_cd: cancelled ? 'X' : roll < 0.27 ? 'F' : 'A', joined_dt: day(joined), cancelled_dt: cancelled ? day(cancelled) : null, birth_yr: plan_cd === 'STU' ? between(2000, 2008) : between(1958, 2006), belay_cert_dt: random() < (ropeGym ? 0.7 : 0.25) ? day(addDays(joined, between(0, 40))) : null });
  }
  members.sort((a, b) => cmp(a.joined_dt, b.joined_dt) || a.mbr_id - b.mbr_id);
  members.forEach((m, index) => { m.mbr_id = 3001 + index; });
  const boulderGrades = ['V0', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8'];
  const ropeGrades = ['5', '5+', '6a', '6a+', '6b', '6b+', '6c', '7a', '7b'];
  const colours = ['red', 'blue', 'green', 'yellow', 'black', 'white', 'purple', 'orange', 'pink'];
  const routes = [];
  for (const gym of gyms) {
    const own = setters.filter((s) => s.home_gym_id === gym.gym_id);
    let when = new Date(Date.UTC(2025, 0, 6));
    while (when <= new Date(Date.UTC(2026, 10, 24))) {
      const batch = between(4, gym.lead_wall ? 9 : 7);
      for (let k = 0; k < batch; k += 1) {
        const discipline = gym.lead_wall ? pick(['BLD', 'BLD', 'TR', 'TR', 'LEAD']) : 'BLD';
        const setter = random() < 0.88 ? pick(own) : pick(setters);
        const gradeIndex = Math.min(8, Math.floor(random() * random() * 10));
        const stripped = addDays(when, between(35, 70));
        routes.push({ route_id: 0, gym_id: gym.gym_id, setter_id: setter.setter_id, discipline, grade: discipline === 'BLD' ? boulderGrades[gradeIndex] : ropeGrades[gradeIndex], hold_colour: pick(colours), set_dt: day(when), stripped_dt: stripped <= END ? day(stripped) : null });
      }
      when = addDays(when, between(6, 12));
    }
  }
  routes.sort((a, b) => cmp(a.set_dt, b.set_dt) || a.gym_id - b.gym_id);
  routes.forEach((r, index) => { r.route_id = 10001 + index; });
  const visits = [];
  const ascents = [];
  const visitFrom = new Date(Date.UTC(2026, 0, 1));
  for (const member of members) {
    const start = toDate(member.joined_dt) > visitFrom ? toDate(member.joined_dt) : visitFrom;
    const stop = member.cancelled_dt ? toDate(member.cancelled_dt) : END;
    if (stop <= start) continue;
    const keen = member.plan_cd === 'PNC' ? 0.03 : member.status_cd === 'F' ? 0.015 : 0.04 + random() * 0.12;
    for (let d = start; d <= stop; d = addDays(d, 1)) {
      if (random() >= keen) continue;
      const gym = random() < 0.85 ? member.home_gym_id : between(1, 5);
      const at = addMinutes(d, between(7 * 60, 21 * 60 + 30));
      visits.push({ visit_id: 0, mbr_id: member.mbr_id, gym_id: gym, checkin_ts: stamp(at), guest_cnt: random() < 0.1 ? between(1, 3) : 0 });
      const up = routes.filter((r) => r.gym_id === gym && r.set_dt <= day(d) && (r.stripped_dt === null || r.stripped_dt > day(d)));
      if (!up.length || random() > 0.45) continue;
      const logged = new Set();
      for (let k = between(1, 4); k > 0; k -= 1) {
        const route = pick(up);
        if (logged.has(route.route_id) || (route.discipline !== 'BLD' && !member.belay_cert_dt)) continue;
        logged.add(route.route_id);
        ascents.push({ ascent_id: 0, mbr_id: member.mbr_id, route_id: route.route_id, logged_dt: day(d), style_cd: pick(['F', 'RP', 'RP', 'ATT', 'ATT']), stars: random() < 0.6 ? between(1, 5) : null });
      }
    }
  }
  visits.sort((a, b) => cmp(a.checkin_ts, b.checkin_ts) || a.mbr_id - b.mbr_id);
  visits.forEach((v, index) => { v.visit_id = 1 + index; });
  ascents.sort((a, b) => cmp(a.logged_dt, b.logged_dt) || a.mbr_id - b.mbr_id || a.route_id - b.route_id);
  ascents.forEach((a, index) => { a.ascent_id = 1 + index; });
  writeTable('climbing_gyms', 'gym', ['gym_id', 'gym_nm', 'city', 'opened_dt', 'max_wall_ht_m', 'lead_wall', 'monthly_fee'], gyms);
  writeTable('climbing_gyms', 'setter', ['setter_id', 'setter_nm', 'home_gym_id', 'is_head', 'started_dt'], setters);
  writeTable('climbing_gyms', 'member', ['mbr_id', 'first_nm', 'last_nm', 'home_gym_id', 'plan_cd', 'status_cd', 'joined_dt', 'cancelled_dt', 'birth_yr', 'belay_cert_dt'], members);
  writeTable('climbing_gyms', 'route', ['route_id', 'gym_id', 'setter_id', 'discipline', 'grade', 'hold_colour', 'set_dt', 'stripped_dt'], routes);
  writeTable('climbing_gyms', 'visit', ['visit_id', 'mbr_id', 'gym_id', 'checkin_ts', 'guest_cnt'], visits);
  writeTable('climbing_gyms', 'ascent', ['ascent_id', 'mbr_id', 'route_id', 'logged_dt', 'style_cd', 'stars'], ascents);
}

/** A translation agency in Rotterdam, terse abbreviated names: languages, clients, translators and their language pairs, jobs and invoices, 2024-2026. */
function translationAgency() {
  const { random, pick, between } = seeded(20240108);
  const nextName = namer(pick, ['Anouk', 'Bas', 'Carmen', 'Dario', 'Eva', 'Femke', 'Giulia', 'Hiro', 'Ines', 'Jonas', 'Katrin', 'Lars', 'Mei', 'Nadia', 'Olga', 'Pieter', 'Rosa', 'Sven', 'Tomasz', 'Yara'], ['Bakker', 'Costa', 'de Wit', 'Fischer', 'Garcia', 'Hoekstra', 'Ito', 'Jansen', 'Kovac', 'Lambert', 'Moreau', 'Nowak', 'Okafor', 'Petrov', 'Rossi', 'Schmidt', 'Tanaka', 'Visser', 'Wang', 'Zhou']);
  const langs = [
    ['nl', 'Dutch', 'Latin'], ['en', 'English', 'Latin'], ['de', 'German', 'Latin'], ['fr', 'French', 'Latin'], ['es', 'Spanish', 'Latin'], ['it', 'Italian', 'Latin'], ['pl', 'Polish', 'Latin'],
    ['pt', 'Portuguese', 'Latin'], ['ja', 'Japanese', 'Japanese'], ['zh', 'Chinese (Simplified)', 'Han'], ['ar', 'Arabic', 'Arabic'], ['ru', 'Russian', 'Cyrillic'], ['tr', 'Turkish', 'Latin'], ['sv', 'Swedish', 'Latin'],
  ].map(([lang_cd, lang_nm, script]) => ({ lang_cd, lang_nm, script }));
  const clientNames = [
    ['Maasvlakte Shipping BV', 'LOG', 'NL'], ['Van Dijk Advocaten', 'LEG', 'NL'], ['Hollandse Pharma NV', 'MED', 'NL'], ['Kessler Maschinenbau GmbH', 'MFG', 'DE'], ['Brightwave Software Ltd', 'TEC', 'GB'], ['Delft Medical Devices', 'MED', 'NL'],
    ['Lumière Cosmétiques SA', 'RET', 'FR'], ['Atlas Reinsurance AG', 'FIN', 'CH'], ['Noordzee Offshore BV', 'MFG', 'NL'], ['Gemeente Rotterdam', 'GOV', 'NL'], ['Castellano Abogados', 'LEG', 'ES'], ['Sakura Electronics Europe', 'TEC', 'NL'],
    ['Polder Bank NV', 'FIN', 'NL'], ['Rhein Logistik GmbH', 'LOG', 'DE'], ['Tulip Retail Group', 'RET', 'NL'], ['Oranje Clinical Research', 'MED', 'NL'], ['Baltic Amber Trading', 'RET', 'PL'], ['Northbridge Capital LLP', 'FIN', 'GB'],
    ['Ministerie van Justitie', 'GOV', 'NL'], ['Zeeland Agritech', 'MFG', 'NL'], ['Iberia Solar SL', 'MFG', 'ES'], ['Kanal Hukuk Bürosu', 'LEG', 'TR'], ['Fjord Games AB', 'TEC', 'SE'], ['Utrecht University Press', 'GOV', 'NL'],
    ['Milano Moda SpA', 'RET', 'IT'], ['Erasmus Insurance NV', 'FIN', 'NL'], ['Vistula Pharma SA', 'MED', 'PL'], ['Harbourside Legal LLP', 'LEG', 'GB'], ['Eindhoven Photonics', 'TEC', 'NL'], ['Lisboa Vinhos Lda', 'RET', 'PT'],
    ['Schiphol Cargo Handling', 'LOG', 'NL'], ['Groningen Energy Board', 'GOV', 'NL'],
  ];
  const managers = ['M. Verbeek', 'S. Aydin', 'L. Brouwer', 'K. Meijer'];
  const clients = clientNames.map(([clnt_nm, sector_cd, ctry_cd], index) => ({ clnt_id: 501 + index, clnt_nm, sector_cd, ctry_cd, acct_mgr: pick(managers), onboarded_dt: day(addDays(new Date(Date.UTC(2018, 2, 1)), between(0, 2300))), is_active: index !== 9 && index !== 20 && index !== 27 }));
  const natives = ['en', 'en', 'de', 'de', 'fr', 'fr', 'es', 'es', 'it', 'pl', 'pl', 'pt', 'ja', 'zh', 'ar', 'ru', 'tr', 'sv', 'nl', 'nl', 'nl', 'en', 'de', 'es', 'ja', 'zh'];
  const countryOf = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pl: 'PL', pt: 'PT', ja: 'JP', zh: 'CN', ar: 'EG', ru: 'LV', tr: 'TR', sv: 'SE', nl: 'NL' };
  const translators = natives.map((native, index) => {
    const inHouse = index % 4 === 0;
    return { xltr_id: 41 + index, xltr_nm: nextName().join(' '), native_lang_cd: native, base_ctry: inHouse ? 'NL' : random() < 0.8 ? countryOf[native] : pick(['NL', 'BE', 'DE']), emp_type: inHouse ? 'IH' : 'FL', rate_per_wd: inHouse ? null : (Math.round((0.07 + random() * 0.09) * 1000) / 1000).toFixed(3), joined_dt: day(addDays(new Date(Date.UTC(2015, 0, 5)), between(0, 3600))) };
  });
  const pairs = [];
  for (const t of translators) {
    const sources = t.native_lang_cd === 'nl' ? ['en', 'de', 'fr'] : t.native_lang_cd === 'en' ? ['nl', 'de', 'fr', 'es'] : ['nl', 'en'];
    const chosen = sources.filter((_, i) => i === 0 || random() < 0.6);
    for (const src of chosen) pairs.push({ xltr_id: t.xltr_id, src_lang_cd: src, tgt_lang_cd: t.native_lang_cd, certified: random() < 0.3 });
    if (t.native_lang_cd !== 'en' && t.native_lang_cd !== 'nl' && random() < 0.3) pairs.push({ xltr_id: t.xltr_id, src_lang_cd: t.native_lang_cd, tgt_lang_cd: 'en', certified: false });
  }
  pairs.sort((a, b) => a.xltr_id - b.xltr_id || cmp(a.src_lang_cd, b.src_lang_cd) || cmp(a.tgt_lang_cd, b.tgt_lang_cd));
  const services = { TR: 0.11, TEP: 0.16, MTPE: 0.07, CERT: 0.21 };
  const jobs = [];
  const targetsFor = (client) => (client.ctry_cd === 'NL' ? ['en', 'en', 'en', 'de', 'de', 'fr', 'es', 'pl', 'zh', 'ja', 'ar', 'it', 'tr', 'sv', 'pt', 'ru'] : ['en', 'nl', 'nl', 'de', 'fr']);
  for (let i = 0; i < 1450; i += 1) {
    const client = pick(clients);
    const recv = addDays(new Date(Date.UTC(2024, 0, 3)), between(0, 1062));
    const onboarded = toDate(client.onboarded_dt);
    if (recv < onboarded) continue;
    if (!client.is_active && recv > new Date(Date.UTC(2025, 11, 1))) continue;
    let tgt = pick(targetsFor(client));
    let src = client.ctry_cd === 'NL' ? (random() < 0.75 ? 'nl' : 'en') : tgt === 'en' ? pick(['nl', 'de', 'fr']) : 'en';
    if (src === tgt) tgt = src === 'en' ? 'nl' : 'en';
    const svc_cd = client.sector_cd === 'LEG' || client.sector_cd === 'GOV' ? pick(['TR', 'TEP', 'CERT', 'CERT']) : client.sector_cd === 'TEC' || client.sector_cd === 'RET' ? pick(['TR', 'MTPE', 'MTPE', 'TEP']) : pick(['TR', 'TR', 'TEP', 'MTPE', 'CERT']);
    const word_cnt = svc_cd === 'CERT' ? between(300, 4000) : Math.round(between(400, 25000) * (random() < 0.1 ? 3 : 1) / 10) * 10;
    const due = addDays(recv, Math.max(2, Math.round(word_cnt / 2500) + between(1, 6)));
    const able = pairs.filter((p) => p.src_lang_cd === src && p.tgt_lang_cd === tgt && (svc_cd !== 'CERT' || p.certified));
    const age = Math.round((END - recv) / 86_400_000);
    let status_cd = 'DLV';
    let xltr_id = able.length ? pick(able).xltr_id : null;
    if (random() < 0.05) status_cd = 'CXL';
    else if (!xltr_id) status_cd = age < 30 ? 'NEW' : 'CXL';
    else if (age < 3) status_cd = random() < 0.5 ? 'NEW' : 'ASG';
    else if (toDate(day(due)) >= END && age < 25) status_cd = 'ASG';
    if (status_cd === 'NEW' || (status_cd === 'CXL' && random() < 0.5)) xltr_id = null;
    const late = random() < 0.12 ? between(1, 6) : -between(0, 2);
    const dlvd = status_cd === 'DLV' ? addDays(due, late) : null;
    const quote = word_cnt * services[svc_cd] * (['ja', 'zh', 'ar'].includes(tgt) ? 1.35 : 1) * (client.sector_cd === 'GOV' ? 0.92 : 1);
    jobs.push({ job_id: 0, clnt_id: client.clnt_id, src_lang_cd: src, tgt_lang_cd: tgt, xltr_id, svc_cd, word_cnt, recv_dt: day(recv), due_dt: day(due), dlvd_dt: dlvd && dlvd <= END ? day(dlvd) : status_cd === 'DLV' ? day(END) : null, status_cd, quote_eur: money(Math.max(45, quote)) });
  }
  jobs.sort((a, b) => cmp(a.recv_dt, b.recv_dt) || a.clnt_id - b.clnt_id);
  jobs.forEach((j, index) => { j.job_id = 24001 + index; });
  const invoices = [];
  for (const job of jobs.filter((j) => j.status_cd === 'DLV')) {
    const issued = addDays(toDate(job.dlvd_dt), between(0, 5));
    if (issued > END) continue;
    const amount = Number(job.quote_eur) * (random() < 0.08 ? 1.1 : 1);
    const paid = addDays(issued, between(5, 75));
    invoices.push({ inv_no: '', job_id: job.job_id, issued_dt: day(issued), amt_eur: money(amount), vat_eur: money(amount * 0.21), paid_dt: paid <= END && random() < 0.96 ? day(paid) : null });
  }
  invoices.sort((a, b) => cmp(a.issued_dt, b.issued_dt) || a.job_id - b.job_id);
  const perYear = {};
  for (const inv of invoices) {
    const year = inv.issued_dt.slice(2, 4);
    perYear[year] = (perYear[year] ?? 0) + 1;
    inv.inv_no = `INV${year}-${String(perYear[year]).padStart(4, '0')}`;
  }
  writeTable('translation_agency', 'lang', ['lang_cd', 'lang_nm', 'script'], langs);
  writeTable('translation_agency', 'clnt', ['clnt_id', 'clnt_nm', 'sector_cd', 'ctry_cd', 'acct_mgr', 'onboarded_dt', 'is_active'], clients);
  writeTable('translation_agency', 'xltr', ['xltr_id', 'xltr_nm', 'native_lang_cd', 'base_ctry', 'emp_type', 'rate_per_wd', 'joined_dt'], translators);
  writeTable('translation_agency', 'xltr_pair', ['xltr_id', 'src_lang_cd', 'tgt_lang_cd', 'certified'], pairs);
  writeTable('translation_agency', 'job', ['job_id', 'clnt_id', 'src_lang_cd', 'tgt_lang_cd', 'xltr_id', 'svc_cd', 'word_cnt', 'recv_dt', 'due_dt', 'dlvd_dt', 'status_cd', 'quote_eur'], jobs);
  writeTable('translation_agency', 'inv', ['inv_no', 'job_id', 'issued_dt', 'amt_eur', 'vat_eur', 'paid_dt'], invoices);
}

climbingGyms();
translationAgency();

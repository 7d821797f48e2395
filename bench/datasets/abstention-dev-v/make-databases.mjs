// Writes databases/{pigeon_fed,evc_dw,lost_property}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-v/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Albert', 'Brenda', 'Colin', 'Doreen', 'Eric', 'Freda', 'Gordon', 'Hilda', 'Ian', 'Joan', 'Keith', 'Lorraine', 'Malcolm', 'Norma', 'Owen', 'Pauline', 'Ray', 'Sandra', 'Trevor', 'Val', 'Wayne', 'Yvonne', 'Adeel', 'Bilal', 'Chen', 'Dariusz', 'Ewa', 'Farah'];
const LAST = ['Armitage', 'Barraclough', 'Crowther', 'Dyson', 'Firth', 'Greenwood', 'Haigh', 'Illingworth', 'Jagger', 'Kitson', 'Lumb', 'Moorhouse', 'Naylor', 'Oldroyd', 'Priestley', 'Redfearn', 'Schofield', 'Tordoff', 'Walsh', 'Wadsworth', 'Hussain', 'Kowalski', 'Ahmed', 'Wong'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A pigeon-racing federation: its clubs, member lofts, birds, liberation points, races and race entries. */
function pigeonFederation() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const clubs = [
    ['Elland & District HS', 'Elland', 1921], ['Brighouse Premier FC', 'Brighouse', 1948], ['Sowerby Bridge RPS', 'Sowerby Bridge', 1935],
    ['Mixenden Social FC', 'Halifax', 1972], ['Queensbury Flying Club', 'Queensbury', 1990],
  ].map(([club_name, town, founded_year], index) => ({ club_id: index + 1, club_name, town, founded_year }));
  const villages = { 1: ['Elland', 'Greetland', 'Stainland', 'Holywell Green'], 2: ['Brighouse', 'Rastrick', 'Hove Edge', 'Clifton'], 3: ['Sowerby Bridge', 'Triangle', 'Norland', 'Luddenden Foot'], 4: ['Mixenden', 'Illingworth', 'Ovenden', 'Pellon'], 5: ['Queensbury', 'Shelf', 'Northowram', 'Ambler Thorn'] };
  const lofts = [];
  for (const club of clubs) {
    const count = between(9, 14);
    for (let k = 0; k < count; k += 1) {
      const partnership = random() < 0.2;
      const [f1, l1] = nextName();
      const l2 = partnership ? nextName()[1] : null;
      let name = partnership ? `${l1} & ${l2 === l1 ? 'Son' : l2}` : `${f1} ${l1}`;
      if (lofts.some((l) => l.fancier_name === name)) name = `${l2} & ${l1}`;
      lofts.push({ loft_id: 0, club_id: club.club_id, fancier_name: name, village: pick(villages[club.club_id]), joined_year: between(1968, 2025), partnership, offset_mi: (random() - 0.5) * 12 });
    }
  }
  lofts.forEach((l, index) => { l.loft_id = 101 + index; });
  const strains = ['Janssen', 'Busschaert', 'Van Loon', 'Vandenabeele', 'Soontjens', 'Gaby Vandenabeele', 'Own strain', 'Own strain', 'Jan Aarden'];
  const colours = ['BC', 'BC', 'BC', 'BB', 'BB', 'DC', 'RC', 'MEAL', 'PIED'];
  const birds = [];
  let serial = 1000;
  for (const loft of lofts) {
    const count = between(8, 24);
    for (let k = 0; k < count; k += 1) {
      const year = pick([2021, 2022, 2023, 2024, 2024, 2025, 2025, 2026, 2026, 2026]);
      serial += between(1, 37);
      const r = random();
      birds.push({ ring_number: `GB${String(year).slice(2)}N${String(serial).padStart(5, '0')}`, loft_id: loft.loft_id, hatch_year: year, sex: random() < 0.52 ? 'C' : 'H', colour_cd: pick(colours), strain: pick(strains), status: r < 0.72 ? 'RACING' : r < 0.82 ? 'STOCK' : r < 0.95 ? 'LOST' : 'SOLD' });
    }
  }
  const points = [
    ['Ollerton', 'England', 52], ['Newark', 'England', 64], ['Stamford', 'England', 96], ['Peterborough', 'England', 108],
    ['Hitchin', 'England', 150], ['Newbury', 'England', 192], ['Weymouth', 'England', 248], ['Fougeres', 'France', 392], ['Tours', 'France', 478],
  ].map(([point_name, country, base_miles], index) => ({ point_id: index + 1, point_name, country, base_miles }));
  const plan = [
    ['2026-04-11', 'Ollerton', 'OB'], ['2026-04-18', 'Newark', 'OB'], ['2026-04-25', 'Stamford', 'OB'], ['2026-05-02', 'Peterborough', 'OB'],
    ['2026-05-09', 'Hitchin', 'OB'], ['2026-05-16', 'Peterborough', 'OB'], ['2026-05-23', 'Newbury', 'OB'], ['2026-05-30', 'Hitchin', 'OB'],
    ['2026-06-06', 'Weymouth', 'OB'], ['2026-06-13', 'Newbury', 'OB'], ['2026-06-20', 'Fougeres', 'NAT'], ['2026-06-27', 'Weymouth', 'OB'],
    ['2026-07-11', 'Tours', 'NAT'], ['2026-07-25', 'Ollerton', 'YB'], ['2026-08-01', 'Newark', 'YB'], ['2026-08-08', 'Stamford', 'YB'],
    ['2026-08-15', 'Peterborough', 'YB'], ['2026-08-22', 'Peterborough', 'YB'], ['2026-08-29', 'Hitchin', 'YB'], ['2026-09-05', 'Hitchin', 'YB'],
  ];
  const races = plan.map(([date, pointName, race_type], index) => {
    const point = points.find((p) => p.point_name === pointName);
    const hour = point.base_miles > 300 ? 5 : point.base_miles > 150 ? 6 : 7;
    const liberated = addMinutes(iso(date), hour * 60 + between(0, 10) * 15);
    return { race_id: 2601 + index, race_date: date, point_id: point.point_id, race_type, liberated_at: stamp(liberated), entry_fee_gbp: money(race_type === 'NAT' ? 5 : 0.5), liberatedDate: liberated, point, speed: 1050 + random() * 450 };
  });
  const entries = [];
  for (const race of races) {
    const eligible = birds.filter((b) => (race.race_type === 'YB' ? b.hatch_year === 2026 : b.hatch_year < 2026) && b.status !== 'STOCK');
    const rows = [];
    for (const bird of eligible) {
      if (random() > (race.race_type === 'NAT' ? 0.22 : 0.5)) continue;
      const loft = lofts.find((l) => l.loft_id === bird.loft_id);
      const miles = race.point.base_miles + loft.offset_mi;
      const distance = Math.round(miles * 1760 + between(0, 1759));
      const lostChance = race.point.base_miles > 300 ? 0.35 : race.point.base_miles > 150 ? 0.14 : 0.06;
      let arrival = null;
      let velocity = null;
      if (random() >= lostChance) {
        velocity = race.speed * (0.8 + random() * 0.25);
        const minutes = distance / velocity;
        const secs = Math.round(minutes * 60);
        arrival = new Date(race.liberatedDate.getTime() + secs * 1000);
        velocity = distance / (secs / 60);
        if (arrival.getUTCHours() >= 21) { arrival = null; velocity = null; }
      }
      rows.push({ race_id: race.race_id, ring_number: bird.ring_number, loft_id: loft.loft_id, distance_yds: distance, clocked_at: arrival === null ? null : `${day(arrival)} ${String(arrival.getUTCHours()).padStart(2, '0')}:${String(arrival.getUTCMinutes()).padStart(2, '0')}:${String(arrival.getUTCSeconds()).padStart(2, '0')}`, velocity_ypm: velocity === null ? null : velocity.toFixed(3), place: null, prize_gbp: money(0) });
    }
    const clocked = rows.filter((r) => r.velocity_ypm !== null).sort((a, b) => Number(b.velocity_ypm) - Number(a.velocity_ypm) || cmp(a.ring_number, b.ring_number));
    const pool = rows.length * Number(race.entry_fee_gbp) * 0.8;
    const shares = [0.3, 0.2, 0.14, 0.1, 0.08, 0.06, 0.05, 0.04, 0.02, 0.01];
    clocked.forEach((r, index) => {
      r.place = index + 1;
      if (index < shares.length) r.prize_gbp = money(pool * shares[index]);
    });
    rows.sort((a, b) => cmp(a.ring_number, b.ring_number));
    entries.push(...rows);
  }
  writeTable('pigeon_fed', 'clubs', ['club_id', 'club_name', 'town', 'founded_year'], clubs);
  writeTable('pigeon_fed', 'lofts', ['loft_id', 'club_id', 'fancier_name', 'village', 'joined_year', 'partnership'], lofts);
  writeTable('pigeon_fed', 'birds', ['ring_number', 'loft_id', 'hatch_year', 'sex', 'colour_cd', 'strain', 'status'], birds);
  writeTable('pigeon_fed', 'liberation_points', ['point_id', 'point_name', 'country'], points);
  writeTable('pigeon_fed', 'races', ['race_id', 'race_date', 'point_id', 'race_type', 'liberated_at', 'entry_fee_gbp'], races);
  writeTable('pigeon_fed', 'race_entries', ['race_id', 'ring_number', 'distance_yds', 'clocked_at', 'velocity_ypm', 'place', 'prize_gbp'], entries);
}

/** An electric-vehicle charging network's warehouse: sites, chargers, tariffs, accounts, charging sessions and faults. */
function chargingWarehouse() {
  const { random, pick, between } = seeded(20261222);
  const sites = [
    ['S01', 'Birstall Retail Park', 'Batley', 'RET', '2021-09-14', 8], ['S02', 'Hartshead Moor Services', 'Brighouse', 'MSA', '2022-03-02', 12],
    ['S03', 'Elland Road Park & Ride', 'Leeds', 'CNCL', '2022-07-21', 6], ['S04', 'Ilkley Station Car Park', 'Ilkley', 'CNCL', '2023-01-10', 4],
    ['S05', 'Shipley Morrisons', 'Shipley', 'SUPM', '2023-05-30', 6], ['S06', 'Hebble Hotel', 'Halifax', 'HTL', '2024-02-19', 4],
    ['S07', 'Wetherby Services', 'Wetherby', 'MSA', '2024-08-08', 10], ['S08', 'Pudsey Aldi', 'Pudsey', 'SUPM', '2025-06-16', 4],
  ].map(([site_cd, site_nm, town, host_typ, opn_dt, bays_n]) => ({ site_cd, site_nm, town, host_typ, opn_dt, bays_n }));
  const chargers = [];
  for (const site of sites) {
    const count = Math.max(2, Math.round(site.bays_n / 2));
    for (let k = 0; k < count; k += 1) {
      const fast = site.host_typ === 'MSA' || random() < 0.35;
      const conn = fast ? pick(['CCS', 'CCS', 'CCS', 'CHA']) : 'T2';
      const kw = conn === 'T2' ? pick([7, 22, 22]) : conn === 'CHA' ? 50 : pick([50, 150, 150, 350]);
      const inst = addDays(iso(site.opn_dt), k < 2 ? 0 : between(0, 400));
      chargers.push({ chgr_id: `${site.site_cd}-${String(k + 1).padStart(2, '0')}`, site_cd: site.site_cd, conn_typ: conn, kw_max: kw, mfr_cd: conn === 'T2' ? pick(['ALF', 'ALF', 'ROLEC']) : pick(['ABB', 'KEMP', 'TRIT']), inst_dt: day(inst > LAST_DAY ? LAST_DAY : inst), sts_cd: random() < 0.06 ? 'DECOM' : 'LIVE' });
    }
  }
  const tariffs = [
    ['PAYG', 'Pay as you go', '0.79', '0.10', '0.00'], ['MEMB', 'Plus membership', '0.59', '0.10', '7.99'],
    ['FLEET', 'Fleet contract', '0.52', '0.05', '0.00'], ['NITE', 'Overnight saver', '0.45', '0.00', '4.99'],
  ].map(([trf_cd, trf_nm, p_kwh_gbp, idle_gbp_min, sub_gbp_mo]) => ({ trf_cd, trf_nm, p_kwh_gbp, idle_gbp_min, sub_gbp_mo }));
  const accounts = [];
  for (let n = 0; n < 420; n += 1) {
    const fleet = random() < 0.12;
    accounts.push({ acct_id: 880001 + n, acct_typ: fleet ? 'FLT' : 'IND', trf_cd: fleet ? 'FLEET' : pick(['PAYG', 'PAYG', 'MEMB', 'MEMB', 'NITE']), sgnup_dt: day(addDays(iso('2021-10-01'), between(0, 1880))), pc_area: pick(['LS', 'LS', 'LS', 'BD', 'BD', 'HX', 'HD', 'WF']), mktg_ok: random() < 0.4 });
  }
  accounts.sort((a, b) => cmp(a.sgnup_dt, b.sgnup_dt) || a.acct_id - b.acct_id);
  accounts.forEach((a, index) => { a.acct_id = 880001 + index; });
  const sessions = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const n = between(8, 16);
    for (let k = 0; k < n; k += 1) {
      const chgr = pick(chargers);
      if (chgr.inst_dt > day(date) || (chgr.sts_cd === 'DECOM' && d > 200)) continue;
      const acct = random() < 0.22 ? null : pick(accounts.filter((a) => a.sgnup_dt <= day(date)));
      const startTs = addMinutes(date, between(6 * 60, 23 * 60 + 30));
      const rate = Math.min(chgr.kw_max, chgr.conn_typ === 'T2' ? 7.4 : between(40, 120)) * (0.7 + random() * 0.3);
      const kwh = Math.round((chgr.conn_typ === 'T2' ? between(6, 40) : between(12, 65)) * 10 + between(0, 9)) / 10;
      const dur = Math.max(4, Math.round((kwh / rate) * 60) + between(0, chgr.conn_typ === 'T2' ? 120 : 12));
      const trf = acct === null ? tariffs[0] : tariffs.find((t) => t.trf_cd === acct.trf_cd);
      const idle = Math.max(0, dur - Math.round((kwh / rate) * 60) - 10);
      const endRsn = random() < 0.03 ? 'FLT' : random() < 0.3 ? 'FULL' : 'USR';
      sessions.push({ sess_id: 0, chgr_id: chgr.chgr_id, acct_id: acct === null ? null : acct.acct_id, start_ts: stamp(startTs), dur_min: dur, kwh: kwh.toFixed(1), amt_gbp: money(kwh * Number(trf.p_kwh_gbp) + idle * Number(trf.idle_gbp_min)), pay_cd: acct === null ? 'CTLS' : acct.acct_typ === 'FLT' ? 'RFID' : pick(['APP', 'APP', 'APP', 'RFID']), end_rsn: endRsn });
    }
  }
  sessions.sort((a, b) => cmp(a.start_ts, b.start_ts) || cmp(a.chgr_id, b.chgr_id));
  sessions.forEach((s, index) => { s.sess_id = 5000001 + index; });
  const faults = [];
  for (let d = 0; d < DAYS; d += 1) {
    if (random() > 0.38) continue;
    const date = addDays(START, d);
    const chgr = pick(chargers.filter((c) => c.inst_dt <= day(date)));
    const code = pick(['COMM', 'COMM', 'PAY', 'PAY', 'CBL', 'PWR', 'SCR', 'RCD']);
    const fix = addDays(date, between(0, code === 'PWR' ? 30 : 9));
    faults.push({ flt_id: 0, chgr_id: chgr.chgr_id, rpt_dt: day(date), flt_cd: code, fix_dt: fix > LAST_DAY ? null : day(fix), eng_hrs: code === 'COMM' && random() < 0.6 ? '0.0' : (between(5, 60) / 10).toFixed(1), parts_gbp: money(code === 'PWR' ? between(900, 4200) : code === 'CBL' ? between(350, 800) : code === 'SCR' ? between(120, 300) : 0) });
  }
  faults.forEach((f, index) => { f.flt_id = 301 + index; });
  writeTable('evc_dw', 'dim_site', ['site_cd', 'site_nm', 'town', 'host_typ', 'opn_dt', 'bays_n'], sites);
  writeTable('evc_dw', 'dim_chgr', ['chgr_id', 'site_cd', 'conn_typ', 'kw_max', 'mfr_cd', 'inst_dt', 'sts_cd'], chargers);
  writeTable('evc_dw', 'dim_trf', ['trf_cd', 'trf_nm', 'p_kwh_gbp', 'idle_gbp_min', 'sub_gbp_mo'], tariffs);
  writeTable('evc_dw', 'dim_acct', ['acct_id', 'acct_typ', 'trf_cd', 'sgnup_dt', 'pc_area', 'mktg_ok'], accounts);
  writeTable('evc_dw', 'fct_sess', ['sess_id', 'chgr_id', 'acct_id', 'start_ts', 'dur_min', 'kwh', 'amt_gbp', 'pay_cd', 'end_rsn'], sessions);
  writeTable('evc_dw', 'fct_flt', ['flt_id', 'chgr_id', 'rpt_dt', 'flt_cd', 'fix_dt', 'eng_hrs', 'parts_gbp'], faults);
}

/** A railway lost-property office, in an older system's mixed naming: stations, staff, items found, claims, items posted back and disposals. */
function lostProperty() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const stations = [
    ['LDS', 'Leeds', 'Hub', true], ['HFX', 'Halifax', 'Calder Valley', true], ['HUD', 'Huddersfield', 'Transpennine', true],
    ['BDQ', 'Bradford Interchange', 'Calder Valley', true], ['HBD', 'Hebden Bridge', 'Calder Valley', false], ['DEW', 'Dewsbury', 'Transpennine', false],
  ].map(([stationCode, stationName, routeName, hasOffice]) => ({ stationCode, stationName, routeName, hasOffice }));
  const staff = [];
  for (const st of stations) {
    for (const grade of st.hasOffice ? ['LPO', 'CSA', 'CSA', 'SUP'] : ['CSA', 'CSA']) {
      staff.push({ staffNo: 0, staffName: nextName().join(' '), stationCode: st.stationCode, grade, startedOn: day(addDays(iso('2001-06-01'), between(0, 8800))) });
    }
  }
  staff.forEach((s, index) => { s.staffNo = 7101 + index; });
  const kinds = [
    ['BAG', ['Black rucksack', 'Grey laptop bag', 'Navy holdall', 'Red handbag', 'Brown leather satchel', 'Gym bag'], [10, 120]],
    ['PHONE', ['Mobile phone', 'Mobile phone in blue case', 'Smartphone, cracked screen'], [60, 700]],
    ['WALLET', ['Brown wallet', 'Black purse', 'Card holder'], [5, 60]],
    ['KEYS', ['Bunch of keys', 'Car key fob', 'Single door key on lanyard'], [5, 150]],
    ['UMB', ['Black umbrella', 'Golf umbrella', 'Floral umbrella'], [3, 25]],
    ['CLOTH', ['Winter coat', 'Scarf', 'Waterproof jacket', 'Woolly hat', 'Pair of gloves'], [5, 150]],
    ['ELEC', ['Headphones', 'Tablet', 'Laptop', 'E-reader', 'Earbuds in case'], [20, 900]],
    ['DOCS', ['Passport', 'Driving licence', 'Folder of papers', 'Railcard'], [0, 0]],
    ['BIKE', ['Folding bicycle', 'Bicycle'], [80, 900]],
    ['OTHER', ['Teddy bear', 'Walking stick', 'Guitar in case', 'Box of shopping', 'Pushchair'], [5, 300]],
  ];
  const brands = { PHONE: ['Apple', 'Samsung', 'Google', 'Motorola'], ELEC: ['Sony', 'Apple', 'Amazon', 'Bose', 'Lenovo'], BAG: ['Eastpak', 'North Face', null, null], BIKE: ['Brompton', 'Carrera', null] };
  const items = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const n = between(3, 9);
    for (let k = 0; k < n; k += 1) {
      const st = pick([stations[0], stations[0], stations[0], stations[1], stations[2], stations[2], stations[3], stations[3], stations[4], stations[5]]);
      const [cat, descs, [lo, hi]] = pick([kinds[0], kinds[0], kinds[1], kinds[1], kinds[2], kinds[3], kinds[4], kinds[4], kinds[5], kinds[5], kinds[6], kinds[7], kinds[8], kinds[9]]);
      const logger = pick(staff.filter((s) => s.stationCode === st.stationCode));
      items.push({ itemRef: '', stationCode: st.stationCode, foundOn: day(date), foundWhere: pick(['TRAIN', 'TRAIN', 'TRAIN', 'PLATFORM', 'CONCOURSE', 'WAITRM', 'TOILETS', 'CARPARK']), itemCat: cat, itemDesc: pick(descs), brandName: brands[cat] ? pick(brands[cat]) : null, estValueGBP: money(lo === 0 ? 0 : between(lo, hi)), loggedBy: logger.staffNo, itemStatus: 'HELD' });
    }
  }
  items.forEach((item, index) => { item.itemRef = `LP26-${String(index + 1).padStart(5, '0')}`; });
  const claims = [];
  const posts = [];
  const disposals = [];
  for (const item of items) {
    const found = iso(item.foundOn);
    const claimChance = { PHONE: 0.7, WALLET: 0.65, DOCS: 0.6, KEYS: 0.45, BAG: 0.5, ELEC: 0.6, BIKE: 0.55, CLOTH: 0.2, UMB: 0.05, OTHER: 0.25 }[item.itemCat];
    if (random() < claimChance) {
      const claimed = addDays(found, between(0, 20));
      if (claimed <= LAST_DAY) {
        const [f, l] = [pick(FIRST), pick(LAST)];
        const rejected = random() < 0.08;
        const post = !rejected && random() < 0.3;
        const fee = item.itemCat === 'DOCS' || item.itemCat === 'UMB' ? 0 : Number(item.estValueGBP) >= 100 ? 20 : 3;
        const claim = { claimNo: 0, itemRef: item.itemRef, claimantName: `${f} ${l}`, claimantEmail: `${f.toLowerCase()}${l.toLowerCase().slice(0, 3)}${between(1, 999)}@example.net`, claimedOn: day(claimed), feeGBP: money(rejected ? 0 : fee), idChecked: !rejected || random() < 0.5, outcome: rejected ? 'REJECTED' : 'RETURNED', collectMethod: rejected ? null : post ? 'POST' : 'COUNTER' };
        claims.push(claim);
        if (!rejected) {
          item.itemStatus = 'CLAIMED';
          if (post) {
            const carrier = pick(['Royal Mail', 'Royal Mail', 'DPD', 'Evri']);
            posts.push({ claim, postedOn: addDays(claimed, between(1, 4)), carrier, postageGBP: money(item.itemCat === 'BIKE' ? 45 : between(4, 14) + 0.5), trackingNo: `${{ 'Royal Mail': 'RM', DPD: 'DP', Evri: 'EV' }[carrier]}${between(10000000, 99999999)}GB` });
          }
          continue;
        }
      }
    }
    if (item.itemCat === 'DOCS' && random() < 0.5) {
      const police = addDays(found, between(1, 7));
      if (police <= LAST_DAY) { item.itemStatus = 'POLICE'; continue; }
    }
    const disposeAfter = item.itemCat === 'UMB' || item.itemCat === 'CLOTH' ? 30 : 90;
    const when = addDays(found, disposeAfter + between(0, 10));
    if (when > LAST_DAY) continue;
    const method = item.itemCat === 'DOCS' ? 'DESTROY' : ['PHONE', 'ELEC', 'BIKE'].includes(item.itemCat) ? pick(['AUCTION', 'AUCTION', 'RECYCLE']) : pick(['CHARITY', 'CHARITY', 'CHARITY', 'RECYCLE', 'DESTROY']);
    item.itemStatus = 'DISPOSED';
    disposals.push({ itemRef: item.itemRef, disposedOn: day(when), disposalMethod: method, proceedsGBP: money(method === 'AUCTION' ? Math.round(Number(item.estValueGBP) * (0.15 + random() * 0.3)) : 0), charityName: method === 'CHARITY' ? pick(['Calder Valley Hospice Shop', 'Kirkgate Shelter', 'St Wilfrid Furniture Aid']) : null });
  }
  claims.sort((a, b) => cmp(a.claimedOn, b.claimedOn) || cmp(a.itemRef, b.itemRef));
  claims.forEach((c, index) => { c.claimNo = 40001 + index; });
  const returnPost = posts.filter((p) => p.postedOn <= LAST_DAY).map((p) => ({ claimNo: p.claim.claimNo, postedOn: day(p.postedOn), carrier: p.carrier, postageGBP: p.postageGBP, trackingNo: p.trackingNo }));
  returnPost.sort((a, b) => a.claimNo - b.claimNo);
  writeTable('lost_property', 'Station', ['stationCode', 'stationName', 'routeName', 'hasOffice'], stations);
  writeTable('lost_property', 'StaffMember', ['staffNo', 'staffName', 'stationCode', 'grade', 'startedOn'], staff);
  writeTable('lost_property', 'LostItem', ['itemRef', 'stationCode', 'foundOn', 'foundWhere', 'itemCat', 'itemDesc', 'brandName', 'estValueGBP', 'loggedBy', 'itemStatus'], items);
  writeTable('lost_property', 'Claim', ['claimNo', 'itemRef', 'claimantName', 'claimantEmail', 'claimedOn', 'feeGBP', 'idChecked', 'outcome', 'collectMethod'], claims);
  writeTable('lost_property', 'ReturnPost', ['claimNo', 'postedOn', 'carrier', 'postageGBP', 'trackingNo'], returnPost);
  writeTable('lost_property', 'Disposal', ['itemRef', 'disposedOn', 'disposalMethod', 'proceedsGBP', 'charityName'], disposals);
}

pigeonFederation();
chargingWarehouse();
lostProperty();

// Writes databases/{falconry_centre,shear_dw,harbour_pilots}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-y/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aled', 'Beca', 'Ciaran', 'Dilys', 'Elfed', 'Ffion', 'Glyn', 'Heledd', 'Iolo', 'Jess', 'Kai', 'Llinos', 'Meirion', 'Nerys', 'Osian', 'Pam', 'Rhodri', 'Sioned', 'Trefor', 'Ursula', 'Val', 'Wyn', 'Yasmin', 'Zac', 'Angharad', 'Bleddyn', 'Carys', 'Dewi'];
const LAST = ['Ashworth', 'Bowen', 'Cadwallader', 'Dando', 'Edwards', 'Fairclough', 'Gough', 'Hughes', 'Ingram', 'Jones', 'Kinsey', 'Lloyd', 'Meredith', 'Norris', 'Oakley', 'Parry', 'Roderick', 'Sayce', 'Tudor', 'Upton', 'Voyle', 'Whitcombe', 'Yorath', 'Pugh', 'Mostyn', 'Gwynne'];
const START = new Date(Date.UTC(2025, 11, 1));
const DAYS = 365; // 2025-12-01 .. 2026-11-30
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A bird-of-prey centre: its birds, falconers, weekly weigh-ins, flying displays it is hired for, and booked experiences. */
function falconryCentre() {
  const { random, pick, between } = seeded(20261231);
  const nextName = namer(pick, FIRST, LAST);
  const birds = [
    ['Bramble', 'Harris hawk', 'F', 2017, 'bred here', 890], ['Rocco', 'Harris hawk', 'M', 2019, 'bought', 680], ['Willow', 'barn owl', 'F', 2020, 'bred here', 340],
    ['Pip', 'barn owl', 'M', 2022, 'bred here', 300], ['Storm', 'peregrine falcon', 'F', 2016, 'bought', 1050], ['Blade', 'peregrine falcon', 'M', 2021, 'bought', 640],
    ['Saffron', 'lanner falcon', 'F', 2018, 'rescued', 720], ['Odin', 'European eagle owl', 'M', 2014, 'bought', 2600], ['Freya', 'European eagle owl', 'F', 2015, 'bred here', 3100],
    ['Twig', 'kestrel', 'M', 2023, 'rescued', 180], ['Sable', 'saker falcon', 'F', 2019, 'bought', 1150], ['Hazel', 'tawny owl', 'F', 2021, 'rescued', 470],
    ['Ghost', 'snowy owl', 'M', 2018, 'bought', 1700], ['Juno', 'red kite', 'F', 2013, 'rescued', 1100],
  ].map(([bird_name, species, sex, hatched_year, came_from, flying_weight_g], index) => ({ bird_id: 201 + index, bird_name, species, sex, hatched_year, came_from, purchase_price_gbp: came_from === 'bought' ? money(between(6, 40) * 50) : null, flying_weight_g, display_bird: !['Twig', 'Juno', 'Hazel'].includes(bird_name) }));
  const handlers = [];
  for (let n = 0; n < 8; n += 1) {
    const [first, last] = nextName();
    handlers.push({ handler_id: 31 + n, handler_name: `${first} ${last}`, role: n < 2 ? 'senior falconer' : n < 6 ? 'falconer' : 'apprentice', started_on: day(addDays(iso('2008-03-01'), n * 520 + between(0, 300))), lantra_award: n < 5 || random() < 0.3, hourly_rate_gbp: money(n < 2 ? 17.5 : n < 6 ? 13.75 : 11.44) });
  }
  const weighIns = [];
  for (let w = 0; w < 52; w += 2) {
    const date = addDays(START, w * 7);
    const moult = [5, 6, 7, 8].includes(date.getUTCMonth());
    for (const b of birds) {
      const weight = Math.round(b.flying_weight_g * (moult ? 1.06 + random() * 0.08 : 0.97 + random() * 0.07));
      weighIns.push({ weigh_id: 0, bird_id: b.bird_id, weighed_on: day(date), weight_g: weight, food_g: Math.round(b.flying_weight_g * (0.08 + random() * 0.06)), flown: !moult && b.display_bird && random() < 0.85 });
    }
  }
  weighIns.forEach((w, index) => { w.weigh_id = 1 + index; });
  const venues = [
    ['Usk Show', 'Monmouthshire'], ['Builth Royal Welsh', 'Powys'], ['Abergavenny Food Festival', 'Monmouthshire'], ['Hay Country Fair', 'Powys'],
    ['Tredegar House', 'Newport'], ['Margam Park', 'Neath Port Talbot'], ['Chepstow Racecourse', 'Monmouthshire'], ['Brecon Agricultural Show', 'Powys'],
    ['St Fagans Museum', 'Cardiff'], ['Ludlow Castle', 'Shropshire'],
  ];
  const displays = [];
  const displayBirds = [];
  const flyers = birds.filter((b) => b.display_bird);
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const month = date.getUTCMonth();
    if (month >= 3 && month <= 8 ? random() < 0.78 : random() < 0.96) continue;
    const [venue_name, county] = pick(venues);
    const cancelled = random() < 0.08;
    const display = { display_id: 0, display_date: day(date), venue_name, county, fee_gbp: money(between(8, 24) * 25), lead_handler_id: pick(handlers.slice(0, 6)).handler_id, shows_given: between(1, 3), cancelled };
    displays.push(display);
    if (cancelled) continue;
    const chosen = new Set();
    const n = between(3, 6);
    while (chosen.size < n) chosen.add(pick(flyers).bird_id);
    display.birds = [...chosen].sort((a, b) => a - b).map((bird_id) => ({ bird_id, flights: between(1, 2) * display.shows_given }));
  }
  displays.forEach((d, index) => {
    d.display_id = 501 + index;
    for (const b of d.birds ?? []) displayBirds.push({ display_id: d.display_id, bird_id: b.bird_id, flights: b.flights });
  });
  const experiences = { 'hawk walk': 45, 'owl encounter': 35, 'falconry day': 150, 'photography day': 120 };
  const bookings = [];
  for (let n = 0; n < 330; n += 1) {
    const experience = pick(['hawk walk', 'hawk walk', 'hawk walk', 'owl encounter', 'owl encounter', 'falconry day', 'photography day']);
    const when = addDays(START, between(0, DAYS + 40));
    const booked = addDays(when, -between(3, 90));
    const party = experience === 'falconry day' ? between(1, 2) : between(1, 6);
    const gift = random() < 0.22;
    const [first, last] = [pick(FIRST), pick(LAST)];
    const status = when > iso('2026-11-30') ? 'booked' : pick(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'cancelled', 'no-show']);
    bookings.push({ booking_ref: '', customer_name: `${first} ${last}`, booked_on: day(booked), experience_date: day(when), experience, party_size: party, price_gbp: money(experiences[experience] * party * (gift ? 0.9 : 1)), gift_voucher: gift, handler_id: pick(handlers).handler_id, bird_id: experience === 'owl encounter' ? pick(birds.filter((b) => b.species.includes('owl'))).bird_id : pick(birds.filter((b) => !b.species.includes('owl'))).bird_id, status });
  }
  bookings.sort((a, b) => cmp(a.experience_date, b.experience_date) || cmp(a.customer_name, b.customer_name));
  bookings.forEach((b, index) => { b.booking_ref = `FX${1001 + index}`; });
  writeTable('falconry_centre', 'birds', ['bird_id', 'bird_name', 'species', 'sex', 'hatched_year', 'came_from', 'purchase_price_gbp', 'flying_weight_g', 'display_bird'], birds);
  writeTable('falconry_centre', 'handlers', ['handler_id', 'handler_name', 'role', 'started_on', 'lantra_award', 'hourly_rate_gbp'], handlers);
  writeTable('falconry_centre', 'weigh_ins', ['weigh_id', 'bird_id', 'weighed_on', 'weight_g', 'food_g', 'flown'], weighIns);
  writeTable('falconry_centre', 'displays', ['display_id', 'display_date', 'venue_name', 'county', 'fee_gbp', 'lead_handler_id', 'shows_given', 'cancelled'], displays);
  writeTable('falconry_centre', 'display_birds', ['display_id', 'bird_id', 'flights'], displayBirds);
  writeTable('falconry_centre', 'bookings', ['booking_ref', 'customer_name', 'booked_on', 'experience_date', 'experience', 'party_size', 'price_gbp', 'gift_voucher', 'handler_id', 'bird_id', 'status'], bookings);
}

/** A sheep-shearing contractor's warehouse: farms, shearers, breeds, shearing visits and the wool lots sent for sale. */
function shearWarehouse() {
  const { random, pick, between } = seeded(20261232);
  const nextName = namer(pick, FIRST, LAST);
  const breeds = [
    ['WMT', 'Welsh Mountain', 'C'], ['TXL', 'Texel', 'M'], ['SWD', 'Swaledale', 'C'], ['HDW', 'Herdwick', 'K'], ['JCB', 'Jacob', 'M'],
    ['LLN', 'Lleyn', 'M'], ['BFL', 'Bluefaced Leicester', 'F'], ['BLW', 'Beulah Speckled Face', 'M'],
  ].map(([brd_cd, brd_nm, wool_cls_cd]) => ({ brd_cd, brd_nm, wool_cls_cd }));
  const farmNames = ['Pen y Bryn', 'Cefn Mawr', 'Tyddyn Isaf', 'Llwyn Onn', 'Bryn Glas', 'Ty Gwyn', 'Hafod Uchaf', 'Blaen Cwm', 'Pant Glas', 'Gelli Fawr', 'Nant yr Eira', 'Cae Coch', 'Maes y Ffynnon', 'Rhos Fach', 'Troed y Rhiw', 'Ffridd Goch', 'Penlan', 'Gwern Ddu', 'Llety Ifan', 'Tan y Graig', 'Bwlch Isaf', 'Coed y Brenin', 'Hendre', 'Carreg Wen', 'Glan Rhyd', 'Allt Ddu', 'Dolau', 'Pwll Mawr', 'Waun Fach', 'Cwm Cou'];
  const farms = farmNames.map((farm_nm, index) => {
    const rgn = pick(['POW', 'POW', 'CER', 'CER', 'CAR', 'GWY', 'SHR']);
    return { farm_key: 1001 + index, farm_nm, rgn_cd: rgn, flock_sz: between(12, 140) * 10, main_brd_cd: rgn === 'SHR' ? pick(['TXL', 'LLN', 'BFL']) : pick(['WMT', 'WMT', 'BLW', 'LLN', 'TXL', 'SWD', 'HDW', 'JCB']), org_flg: random() < 0.2 };
  });
  const shearers = [];
  for (let n = 0; n < 9; n += 1) {
    const [first, last] = nextName();
    shearers.push({ shr_key: 71 + n, shr_nm: `${first} ${last}`, grd_cd: n < 3 ? 'SNR' : n < 7 ? 'INT' : 'TRN', blade_flg: n === 2 || n === 5, since_yr: 2026 - (n < 3 ? between(12, 25) : n < 7 ? between(4, 11) : between(1, 2)) });
  }
  const visits = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const month = date.getUTCMonth();
    const season = month >= 4 && month <= 7;
    const n = season ? between(1, 3) : random() < 0.12 ? 1 : 0;
    for (let k = 0; k < n; k += 1) {
      const farm = pick(farms);
      const shr = pick(shearers);
      const crutch = !season;
      const head = Math.min(farm.flock_sz, crutch ? between(40, 200) : between(60, 320) * (shr.grd_cd === 'TRN' ? 0.6 : 1) | 0);
      const rate = crutch ? 0.7 : shr.blade_flg ? 2.6 : farm.main_brd_cd === 'TXL' || farm.main_brd_cd === 'BFL' ? 1.85 : 1.6;
      visits.push({ vst_key: 0, vst_dt: day(date), farm_key: farm.farm_key, shr_key: shr.shr_key, brd_cd: farm.main_brd_cd, vst_typ_cd: crutch ? 'CRT' : 'FULL', hd_ct: head, rt_per_hd_gbp: money(rate), tot_gbp: money(head * rate), hrs_on_site: (Math.round((head / (shr.blade_flg ? 25 : shr.grd_cd === 'SNR' ? 45 : 32) + 0.5 + random()) * 4) / 4).toFixed(2) });
    }
  }
  visits.forEach((v, index) => { v.vst_key = 40001 + index; });
  const lots = [];
  for (const farm of farms) {
    const shorn = visits.filter((v) => v.farm_key === farm.farm_key && v.vst_typ_cd === 'FULL');
    if (shorn.length === 0) continue;
    const fleeces = shorn.reduce((sum, v) => sum + v.hd_ct, 0);
    const parts = fleeces > 400 ? 2 : 1;
    for (let p = 0; p < parts; p += 1) {
      const last = shorn[shorn.length - 1].vst_dt;
      const sent = addDays(iso(last), between(5, 40) + p * 9);
      const brd = breeds.find((b) => b.brd_cd === farm.main_brd_cd);
      const ct = Math.round(fleeces / parts);
      const kgPer = { F: 1.4, M: 2.3, C: 1.5, K: 1.8 }[brd.wool_cls_cd];
      const pence = { F: 185, M: 62, C: 38, K: 22 }[brd.wool_cls_cd] + between(-8, 12) + (farm.org_flg ? 6 : 0);
      lots.push({ lot_key: 0, farm_key: farm.farm_key, brd_cd: brd.brd_cd, sent_dt: day(sent), flc_ct: ct, wt_kg: (ct * kgPer * (0.9 + random() * 0.2)).toFixed(1), grd_cd: pick(['A', 'A', 'B', 'B', 'B', 'C']), px_p_kg: pence, pd_dt: addDays(sent, 70) > iso('2026-11-30') ? null : day(addDays(sent, between(40, 70))) });
    }
  }
  lots.sort((a, b) => cmp(a.sent_dt, b.sent_dt) || a.farm_key - b.farm_key);
  lots.forEach((l, index) => { l.lot_key = 7001 + index; });
  writeTable('shear_dw', 'd_breed', ['brd_cd', 'brd_nm', 'wool_cls_cd'], breeds);
  writeTable('shear_dw', 'd_farm', ['farm_key', 'farm_nm', 'rgn_cd', 'flock_sz', 'main_brd_cd', 'org_flg'], farms);
  writeTable('shear_dw', 'd_shearer', ['shr_key', 'shr_nm', 'grd_cd', 'blade_flg', 'since_yr'], shearers);
  writeTable('shear_dw', 'f_visit', ['vst_key', 'vst_dt', 'farm_key', 'shr_key', 'brd_cd', 'vst_typ_cd', 'hd_ct', 'rt_per_hd_gbp', 'tot_gbp', 'hrs_on_site'], visits);
  writeTable('shear_dw', 'f_wool_lot', ['lot_key', 'farm_key', 'brd_cd', 'sent_dt', 'flc_ct', 'wt_kg', 'grd_cd', 'px_p_kg', 'pd_dt'], lots);
}

/** A harbour's pilotage service in a legacy system: pilots, vessels, pilot moves (acts of pilotage) and their invoices. */
function harbourPilots() {
  const { random, pick, between } = seeded(20261233);
  const nextName = namer(pick, FIRST, LAST);
  const pilots = [];
  for (let n = 0; n < 10; n += 1) {
    const [first, last] = nextName();
    pilots.push({ PLT_ID: 'P' + String(n + 1).padStart(2, '0'), PLT_NM: `${first} ${last}`, AUTH_CLS: n < 4 ? '1' : n < 8 ? '2' : '3', AUTH_DT: day(addDays(iso('2004-01-15'), n * 700 + between(0, 200))), ACTV_IND: n === 3 ? 'N' : 'Y' });
  }
  const vesselNames = ['Nordic Tern', 'Baltic Sprite', 'Severn Trader', 'Atlantic Mercy', 'Cape Harmony', 'Island Pride', 'Maersk Holt', 'Stena Carrier', 'Ocean Dawn', 'Sea Breeze II', 'Arklow Venture', 'Wilson Rye', 'Thun Gothenburg', 'Eems Solar', 'Celtic Spirit', 'Hav Dolphin', 'Fri Sea', 'Marfret Niolon', 'Zea Servant', 'Amber Star', 'Silver Wave', 'Pacific Grace', 'Kilchattan', 'Lady Menai', 'Port Talbot Star', 'Corona Spirit', 'Bergen Bay', 'Dunlin', 'Golden Isles', 'Royal Clipper'];
  const vessels = vesselNames.map((VSL_NM, index) => {
    const typ = pick(['GEN', 'GEN', 'BLK', 'BLK', 'TNK', 'CNT', 'RORO', 'CRU']);
    const loa = { GEN: between(80, 125), BLK: between(110, 190), TNK: between(95, 185), CNT: between(130, 210), RORO: between(140, 200), CRU: between(110, 240) }[typ];
    return { VSL_ID: 9001 + index, VSL_NM, IMO_NO: String(9100000 + between(10000, 899999)), VSL_TYP_CD: typ, GRT: Math.round(loa * loa * (typ === 'CRU' ? 1.6 : 0.9) / 10) * 10, LOA_M: loa, FLAG_CD: pick(['GB', 'GB', 'NL', 'NO', 'MT', 'AG', 'CY', 'LR', 'PA', 'BS']) };
  });
  const moves = [];
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(START, d);
    const n = between(0, 2);
    for (let k = 0; k < n; k += 1) {
      const v = pick(vessels);
      const typ = pick(['IN', 'IN', 'OUT', 'OUT', 'SHIFT']);
      const big = v.LOA_M > 150;
      const cls = big ? ['1'] : v.LOA_M > 110 ? ['1', '2'] : ['1', '2', '3'];
      const plt = pick(pilots.filter((p) => p.ACTV_IND === 'Y' && cls.includes(p.AUTH_CLS)));
      const hh = between(0, 23);
      const cancel = random() < 0.05;
      moves.push({ MOVE_NO: 0, VSL_ID: v.VSL_ID, PLT_ID: plt.PLT_ID, MOVE_DT: day(date), BRD_TM: `${String(hh).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`, MOVE_TYP: typ, BRD_STN: typ === 'SHIFT' ? 'DOCK' : pick(['BRK', 'BRK', 'OUTR']), DRFT_M: (Math.round(v.LOA_M / 22 * (0.7 + random() * 0.3) * 10) / 10).toFixed(1), TUG_CT: big ? between(2, 3) : v.LOA_M > 110 ? between(1, 2) : between(0, 1), DUR_MIN: typ === 'SHIFT' ? between(35, 80) : between(70, 160), CXL_IND: cancel ? 'Y' : 'N' });
    }
  }
  moves.forEach((m, index) => { m.MOVE_NO = 260001 + index; });
  const invoices = [];
  for (const m of moves) {
    const v = vessels.find((x) => x.VSL_ID === m.VSL_ID);
    const base = m.MOVE_TYP === 'SHIFT' ? 180 + v.GRT * 0.012 : 320 + v.GRT * 0.025;
    const amt = m.CXL_IND === 'Y' ? base * 0.5 : base;
    const when = addDays(iso(m.MOVE_DT), between(1, 6));
    if (when > iso('2026-11-30')) continue;
    const paid = random() < 0.9 ? addDays(when, between(10, 60)) : null;
    invoices.push({ INV_NO: 0, MOVE_NO: m.MOVE_NO, INV_DT: day(when), AGENT_NM: pick(['Denholm Barwil', 'GAC Shipping', 'Graypen', 'Inchcape', 'Wilhelmsen', 'Cory Brothers']), NET_AMT: money(amt), PD_DT: paid === null || paid > iso('2026-11-30') ? null : day(paid) });
  }
  invoices.sort((a, b) => cmp(a.INV_DT, b.INV_DT) || a.MOVE_NO - b.MOVE_NO);
  invoices.forEach((inv, index) => { inv.INV_NO = 51001 + index; });
  writeTable('harbour_pilots', 'PILOT_MSTR', ['PLT_ID', 'PLT_NM', 'AUTH_CLS', 'AUTH_DT', 'ACTV_IND'], pilots);
  writeTable('harbour_pilots', 'VSL_MSTR', ['VSL_ID', 'VSL_NM', 'IMO_NO', 'VSL_TYP_CD', 'GRT', 'LOA_M', 'FLAG_CD'], vessels);
  writeTable('harbour_pilots', 'PLT_MOVE', ['MOVE_NO', 'VSL_ID', 'PLT_ID', 'MOVE_DT', 'BRD_TM', 'MOVE_TYP', 'BRD_STN', 'DRFT_M', 'TUG_CT', 'DUR_MIN', 'CXL_IND'], moves);
  writeTable('harbour_pilots', 'PLT_INV', ['INV_NO', 'MOVE_NO', 'INV_DT', 'AGENT_NM', 'NET_AMT', 'PD_DT'], invoices);
}

falconryCentre();
shearWarehouse();
harbourPilots();

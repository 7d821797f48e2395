// Writes databases/{solar_parks,dairy_coop,podcast_network}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-g/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aled', 'Bethan', 'Cormac', 'Delyth', 'Eamon', 'Fenella', 'Gareth', 'Hollie', 'Iwan', 'Jodie', 'Kieran', 'Lowri', 'Morgan', 'Nerys', 'Owain', 'Poppy', 'Rhys', 'Sian', 'Tegan', 'Wyn'];
const LAST = ['Bevan', 'Carew', 'Davies', 'Ellis', 'Griffiths', 'Howell', 'Jenkins', 'Llewellyn', 'Meredith', 'Nash', 'Owens', 'Pritchard', 'Rees', 'Sayer', 'Tudor', 'Vaughan', 'Watkins'];

/** An independent solar operator's parks, inverters, daily metered generation, power-purchase contracts and inverter faults, 2025-12 to 2026-11. */
function solarParks() {
  const { random, pick, between } = seeded(20251201);
  const sites = [
    ['Hollowmere', 'SW', 12.4, '2019-06-14', 'WPD', true],
    ['Carnbrea Down', 'SW', 8.1, '2017-03-30', 'WPD', false],
    ['Fenwick Levels', 'EA', 22.6, '2021-09-01', 'UKPN', true],
    ['Thorney Fen', 'EA', 15.0, '2020-05-18', 'UKPN', true],
    ['Ashcombe', 'SE', 5.2, '2015-11-02', 'SSEN', false],
    ['Kingsclere Farm', 'SE', 9.8, '2018-07-23', 'SSEN', false],
    ['Red Moss', 'NW', 6.6, '2022-04-11', 'ENWL', true],
    ['Bryn Eithin', 'WA', 11.3, '2023-02-27', 'SPEN', true],
    ['Lower Stoke', 'MI', 18.9, '2024-08-05', 'NGED', true],
  ].map(([site_name, region, capacity_mwp, commissioned, dno, tracker], index) => ({ site_id: index + 1, site_name, region, capacity_mwp: capacity_mwp.toFixed(1), commissioned, dno, tracker }));
  const inverters = [];
  const models = [['SMA', 'Sunny Central 2500', 2500], ['Huawei', 'SUN2000-215KTL', 215], ['Sungrow', 'SG3125HV', 3125], ['SMA', 'Sunny Tripower 110', 110]];
  for (const site of sites) {
    const [mfr, model, rated] = site.site_id % 3 === 0 ? models[2] : site.site_id % 3 === 1 ? models[0] : models[1];
    const count = Math.max(2, Math.round((Number(site.capacity_mwp) * 1000) / rated / (rated > 1000 ? 1 : 8)));
    for (let i = 0; i < Math.min(count, 8); i += 1) {
      inverters.push({ inv_id: 0, site_id: site.site_id, mfr, model, rated_kw: rated, install_dt: i === 0 || random() < 0.8 ? site.commissioned : day(addDays(new Date(`${site.commissioned}T00:00:00Z`), between(200, 1200))) });
    }
  }
  inverters.forEach((inv, index) => { inv.inv_id = 101 + index; });
  const start = new Date(Date.UTC(2025, 11, 1));
  const gen = [];
  for (let offset = 0; offset < 365; offset += 1) {
    const date = addDays(start, offset);
    const month = date.getUTCMonth();
    const season = [0.25, 0.4, 0.65, 0.9, 1.1, 1.2, 1.15, 1.0, 0.8, 0.55, 0.32, 0.22][month];
    const weather = 0.35 + random() * 0.75;
    for (const site of sites) {
      const irr = Math.max(0.2, 5.4 * season * (weather + (random() - 0.5) * 0.2));
      const avail = random() < 0.05 ? between(60, 95) : between(97, 100);
      const mwp = Number(site.capacity_mwp);
      const kwh = Math.round(mwp * 1000 * irr * 0.82 * (site.tracker ? 1.12 : 1) * avail / 100);
      const curtail = season > 0.9 && random() < 0.12 ? Math.round(kwh * (0.05 + random() * 0.2)) : 0;
      gen.push({ site_id: site.site_id, dt: day(date), kwh_exp: kwh - curtail, irr_kwhm2: irr.toFixed(2), avail_pct: avail, curtail_kwh: curtail });
    }
  }
  const offtakers = ['Halden Rail', 'Brightwater Foods', 'Octavia Energy Supply', 'Castlegate Data Centres', 'Marlow Water'];
  const ppas = [];
  for (const site of sites) {
    const n = site.site_id % 4 === 0 ? 2 : 1;
    for (let k = 0; k < n; k += 1) {
      const begin = addDays(new Date(`${site.commissioned}T00:00:00Z`), k * 1500 + between(0, 60));
      ppas.push({ ppa_id: 0, site_id: site.site_id, offtaker: pick(offtakers), start_dt: day(begin), end_dt: day(addDays(begin, 365 * pick([5, 7, 10, 15]))), price_mwh: money(between(48, 96) + random()), share_pct: n === 2 ? 50 : pick([100, 100, 80, 60]) });
    }
  }
  ppas.forEach((p, index) => { p.ppa_id = 501 + index; });
  const faults = [];
  const codes = [['ISO', 2], ['GRID', 1], ['OVT', 2], ['COMM', 3], ['FAN', 3], ['IGBT', 1], ['DCARC', 1]];
  for (let n = 0; n < 160; n += 1) {
    const inv = pick(inverters);
    const [code, sev] = pick(codes);
    const opened = addMinutes(addDays(start, between(0, 363)), between(300, 1200));
    const hours = sev === 1 ? between(4, 96) : sev === 2 ? between(1, 30) : between(0, 8);
    const closed = addMinutes(opened, hours * 60 + between(5, 55));
    faults.push({ fault_id: 0, inv_id: inv.inv_id, opened_at: stamp(opened), closed_at: closed < new Date(Date.UTC(2026, 10, 30, 18)) ? stamp(closed) : null, fault_code: code, sev });
  }
  faults.sort((a, b) => (a.opened_at < b.opened_at ? -1 : a.opened_at > b.opened_at ? 1 : a.inv_id - b.inv_id));
  faults.forEach((f, index) => { f.fault_id = 9001 + index; });
  writeTable('solar_parks', 'sites', ['site_id', 'site_name', 'region', 'capacity_mwp', 'commissioned', 'dno', 'tracker'], sites);
  writeTable('solar_parks', 'inverters', ['inv_id', 'site_id', 'mfr', 'model', 'rated_kw', 'install_dt'], inverters);
  writeTable('solar_parks', 'gen_daily', ['site_id', 'dt', 'kwh_exp', 'irr_kwhm2', 'avail_pct', 'curtail_kwh'], gen);
  writeTable('solar_parks', 'ppa_contracts', ['ppa_id', 'site_id', 'offtaker', 'start_dt', 'end_dt', 'price_mwh', 'share_pct'], ppas);
  writeTable('solar_parks', 'faults', ['fault_id', 'inv_id', 'opened_at', 'closed_at', 'fault_code', 'sev'], faults);
}

/** A dairy co-operative in south-west Wales: member farms, tankers, milk collections with lab results, the monthly milk price and payments to members, 2026-06 to 2026-11. */
function dairyCoop() {
  const { random, pick, between } = seeded(20260601);
  const nextName = namer(pick, FIRST, LAST);
  const farmWords = ['Pen-y-Bryn', 'Ty Gwyn', 'Maes', 'Cefn', 'Glan', 'Llwyn', 'Pant', 'Rhos', 'Brynhyfryd', 'Castell', 'Nant', 'Hendre', 'Penlan', 'Ffynnon'];
  const members = [];
  for (let i = 0; i < 40; i += 1) {
    const [first, last] = nextName();
    const word = farmWords[i % farmWords.length];
    members.push({
      member_no: 2001 + i,
      farm_name: `${word}${i >= farmWords.length ? ` ${['Uchaf', 'Isaf', 'Farm'][Math.floor(i / farmWords.length) - 1]}` : ''}`,
      contact_name: `${first} ${last}`,
      county: pick(['Carmarthenshire', 'Carmarthenshire', 'Pembrokeshire', 'Ceredigion', 'Pembrokeshire']),
      herd_size: between(60, 420),
      organic: random() < 0.2,
      joined: day(addDays(new Date(Date.UTC(1998, 0, 1)), between(0, 9800))),
    });
  }
  const tankers = [['CN21 KXD', 28000, 'Whitland'], ['CN22 PLE', 28000, 'Whitland'], ['DK19 WOA', 20000, 'Cardigan'], ['DK23 HRT', 30000, 'Cardigan'], ['CU70 BNM', 18000, 'Haverfordwest']]
    .map(([reg_plate, capacity_l, depot], index) => ({ tanker_id: index + 1, reg_plate, capacity_l, depot }));
  const start = new Date(Date.UTC(2026, 5, 1));
  const collections = [];
  const monthly = new Map();
  for (let offset = 0; offset < 183; offset += 2) {
    const date = addDays(start, offset);
    const month = date.getUTCMonth();
    for (const m of members) {
      if (random() < 0.03) continue;
      const yieldPerCow = [26, 25, 23, 21, 19, 18][month - 5] * (0.85 + random() * 0.3) * (m.organic ? 0.8 : 1);
      const litres = Math.round(m.herd_size * yieldPerCow * 2);
      const fat = 3.7 + (month - 5) * 0.12 + (random() - 0.5) * 0.5;
      const prot = 3.2 + (month - 5) * 0.07 + (random() - 0.5) * 0.3;
      const scc = Math.round(between(90, 260) * (random() < 0.07 ? 2.2 : 1)) * 1000;
      const bactoscan = random() < 0.05 ? between(60, 150) : between(8, 45);
      const rejected = random() < 0.008;
      const grade = rejected ? 'R' : scc > 400000 || bactoscan > 100 ? 'C' : scc > 200000 || bactoscan > 30 ? 'B' : 'A';
      collections.push({ coll_id: 0, member_no: m.member_no, tanker_id: m.county === 'Ceredigion' ? pick([3, 4]) : m.county === 'Pembrokeshire' ? pick([5, 1]) : pick([1, 2]), coll_date: day(date), litres, fat_pct: fat.toFixed(2), prot_pct: prot.toFixed(2), scc, bactoscan, grade });
      const key = `${m.member_no}|${date.getUTCFullYear()}-${String(month + 1).padStart(2, '0')}`;
      if (!rejected) monthly.set(key, (monthly.get(key) ?? 0) + litres);
    }
  }
  collections.forEach((c, index) => { c.coll_id = 700001 + index; });
  const prices = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((month, index) => ({ price_month: month, base_ppl: (38.5 + [0, 0.25, 0.25, 0.75, 1.5, 1.5][index]).toFixed(2), fat_bonus_ppl: '0.28', prot_bonus_ppl: '0.45', organic_premium_ppl: '7.50' }));
  const payments = [];
  for (const [key, litres] of monthly) {
    const [member, month] = key.split('|');
    const price = prices.find((p) => p.price_month === month);
    const m = members.find((x) => x.member_no === Number(member));
    const ppl = Number(price.base_ppl) + (m.organic ? 7.5 : 0) + (random() - 0.3);
    const gross = (litres * ppl) / 100;
    const [y, mo] = month.split('-').map(Number);
    payments.push({ pay_id: 0, member_no: Number(member), price_month: month, litres_paid: litres, gross_gbp: money(gross), levy_gbp: money(litres * 0.0012 + 35), paid_on: day(new Date(Date.UTC(y, mo, 20))) });
  }
  payments.sort((a, b) => (a.price_month < b.price_month ? -1 : a.price_month > b.price_month ? 1 : a.member_no - b.member_no));
  payments.forEach((p, index) => { p.pay_id = 1 + index; });
  writeTable('dairy_coop', 'members', ['member_no', 'farm_name', 'contact_name', 'county', 'herd_size', 'organic', 'joined'], members);
  writeTable('dairy_coop', 'tankers', ['tanker_id', 'reg_plate', 'capacity_l', 'depot'], tankers);
  writeTable('dairy_coop', 'collections', ['coll_id', 'member_no', 'tanker_id', 'coll_date', 'litres', 'fat_pct', 'prot_pct', 'scc', 'bactoscan', 'grade'], collections);
  writeTable('dairy_coop', 'milk_prices', ['price_month', 'base_ppl', 'fat_bonus_ppl', 'prot_bonus_ppl', 'organic_premium_ppl'], prices);
  writeTable('dairy_coop', 'member_payments', ['pay_id', 'member_no', 'price_month', 'litres_paid', 'gross_gbp', 'levy_gbp', 'paid_on'], payments);
}

/** A small podcast network: its shows, episodes, monthly downloads by platform and country, advertisers and the ad spots sold, 2025-09 to 2026-11. */
function podcastNetwork() {
  const { random, pick, between } = seeded(20250901);
  const shows = [
    ['The Long Pitch', 'sport', 'Tomasz Bielecki', '2021-03-02', 'weekly'],
    ['Grey Matter Lab', 'science', 'Dr Ife Adeyemi', '2022-01-17', 'weekly'],
    ['Ledger & Lunch', 'business', 'Carla Montague', '2023-05-09', 'fortnightly'],
    ['Small Hours', 'true crime', 'Ruth Okonedo', '2020-10-30', 'weekly'],
    ['Allotment Talk', 'lifestyle', 'Dev Raman', '2024-02-14', 'fortnightly'],
    ['Frame Rate', 'film & tv', 'Jonah Pike', '2025-09-04', 'weekly'],
  ].map(([title, genre, host, launched, cadence], index) => ({ show_id: index + 1, title, genre, host, launched, cadence }));
  const episodes = [];
  const start = new Date(Date.UTC(2025, 8, 1));
  for (const show of shows) {
    const step = show.cadence === 'weekly' ? 7 : 14;
    let n = Math.max(1, Math.round((start - new Date(`${show.launched}T00:00:00Z`)) / 86_400_000 / step));
    for (let d = between(0, 6); d < 455; d += step) {
      const date = addDays(start, d);
      if (date < new Date(`${show.launched}T00:00:00Z`)) continue;
      if (random() < 0.06) continue; // a missed week
      n += 1;
      episodes.push({ episode_id: 0, show_id: show.show_id, ep_no: n, published: day(date), duration_s: between(show.genre === 'true crime' ? 2400 : 1500, show.genre === 'business' ? 2700 : 4200), explicit: show.genre === 'true crime' || (show.genre === 'film & tv' && random() < 0.3), bonus: random() < 0.05 });
    }
  }
  episodes.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.show_id - b.show_id));
  episodes.forEach((e, index) => { e.episode_id = 3001 + index; });
  const reach = { 1: 5200, 2: 3900, 3: 1700, 4: 9100, 5: 900, 6: 2300 };
  const downloads = [];
  const platforms = [['SPOT', 0.42], ['APPL', 0.34], ['YTM', 0.1], ['WEB', 0.06], ['OTH', 0.08]];
  const countries = [['GB', 0.62], ['US', 0.16], ['IE', 0.07], ['AU', 0.06], ['CA', 0.05], ['DE', 0.04]];
  const end = new Date(Date.UTC(2026, 10, 30));
  for (const ep of episodes) {
    const pub = new Date(`${ep.published}T00:00:00Z`);
    const size = reach[ep.show_id] * (0.7 + random() * 0.6) * (ep.bonus ? 0.5 : 1);
    for (let m = 0; m < 3; m += 1) {
      const monthStart = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + m, 1));
      if (monthStart > end) break;
      const decay = [1, 0.25, 0.08][m];
      for (const [platform, ps] of platforms) {
        for (const [country, cs] of countries) {
          const count = Math.round(size * decay * ps * cs * (0.8 + random() * 0.4));
          if (count > 0) downloads.push({ episode_id: ep.episode_id, dl_month: day(monthStart).slice(0, 7), platform, country, downloads: count });
        }
      }
    }
  }
  const advertisers = [
    ['Kettle & Crumb', 'food and drink'], ['Northwind Bikes', 'retail'], ['Plumline Insurance', 'finance'], ['Sorrel Meal Kits', 'food and drink'],
    ['Brightpath Learning', 'education'], ['Vantage VPN', 'technology'], ['Fieldfare Outdoor', 'retail'], ['Quill Bank', 'finance'],
  ].map(([name, sector], index) => ({ adv_id: 41 + index, name, sector }));
  const spots = [];
  for (const ep of episodes) {
    const count = pick([0, 1, 1, 2, 2, 3]);
    for (let k = 0; k < count; k += 1) {
      const adv = pick(advertisers);
      if (ep.show_id === 2 && adv.sector === 'finance') continue;
      const slot = k === 0 ? pick(['PRE', 'MID']) : pick(['MID', 'POST']);
      const cpm = (slot === 'MID' ? 24 : slot === 'PRE' ? 18 : 12) * (0.8 + random() * 0.5);
      const impressions = Math.round(reach[ep.show_id] * (0.6 + random() * 0.7));
      spots.push({ spot_id: 0, episode_id: ep.episode_id, adv_id: adv.adv_id, slot, cpm_gbp: money(cpm), impressions, host_read: random() < 0.55 });
    }
  }
  spots.forEach((s, index) => { s.spot_id = 1 + index; });
  writeTable('podcast_network', 'shows', ['show_id', 'title', 'genre', 'host', 'launched', 'cadence'], shows);
  writeTable('podcast_network', 'episodes', ['episode_id', 'show_id', 'ep_no', 'published', 'duration_s', 'explicit', 'bonus'], episodes);
  writeTable('podcast_network', 'downloads', ['episode_id', 'dl_month', 'platform', 'country', 'downloads'], downloads);
  writeTable('podcast_network', 'advertisers', ['adv_id', 'name', 'sector'], advertisers);
  writeTable('podcast_network', 'ad_spots', ['spot_id', 'episode_id', 'adv_id', 'slot', 'cpm_gbp', 'impressions', 'host_read'], spots);
}

solarParks();
dairyCoop();
podcastNetwork();

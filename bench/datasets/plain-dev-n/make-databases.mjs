// Writes databases/{observatory,sawmill}/data/*.csv: two small invented databases, the same bytes on every run
// (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-n/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));
const LAST = day(END);
const half = (n) => Math.round(n * 2) / 2;

/** A mountain-top observatory's telescope time: observers, telescopes, their instruments, proposals for time each semester, the nights and the observations made, 2023-2026. */
function observatory() {
  const { random, pick, between } = seeded(16090825);
  const nextName = namer(pick,
    ['Ana', 'Bruno', 'Chiara', 'Daniel', 'Elena', 'Farah', 'Gustavo', 'Hanna', 'Ines', 'Jonas', 'Kaito', 'Lucia', 'Mateo', 'Nadia', 'Oliver', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wen', 'Yusuf', 'Zara'],
    ['Alvarez', 'Becker', 'Castillo', 'Delgado', 'Eriksson', 'Ferreira', 'Garcia', 'Hansen', 'Ibarra', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreno', 'Nakamura', 'Okafor', 'Perez', 'Quintana', 'Rossi', 'Santos', 'Tanaka', 'Vidal', 'Weber']);
  // [institution, country]
  const institutions = [
    ['Instituto de Astrofisica de Canarias', 'Spain'], ['Instituto de Astrofisica de Canarias', 'Spain'], ['Universidad de La Laguna', 'Spain'], ['University of Cambridge', 'United Kingdom'],
    ['Liverpool John Moores University', 'United Kingdom'], ['Stockholm University', 'Sweden'], ['Niels Bohr Institute', 'Denmark'], ['University of Turku', 'Finland'],
    ['Leiden University', 'Netherlands'], ['Universidade de Lisboa', 'Portugal'], ['INAF Padova', 'Italy'], ['University of Oslo', 'Norway'], ['Universidad de Chile', 'Chile'],
  ];
  const stages = ['PhD student', 'PhD student', 'postdoc', 'postdoc', 'postdoc', 'staff astronomer', 'staff astronomer', 'professor'];
  const observers = [];
  for (let i = 0; i < 110; i += 1) {
    const [first, last] = nextName();
    const [institution, country] = pick(institutions);
    observers.push({ observer_id: 201 + i, full_name: `${first} ${last}`, institution, country, career_stage: pick(stages), registered_on: day(addDays(new Date(Date.UTC(2015, 0, 5)), between(0, 4000))) });
  }
  // a few registered this autumn and have not led or observed anything yet
  for (const i of [17, 58, 93]) observers[i].registered_on = day(addDays(new Date(Date.UTC(2026, 8, 1)), between(0, 80)));
  const quiet = new Set([observers[17].observer_id, observers[58].observer_id, observers[93].observer_id]);

  // [name, aperture in metres, site, first light, robotic]
  const telescopeList = [
    ['Herschel Telescope', 4.2, 'Roque summit', 1987, false], ['Newton Telescope', 2.5, 'Roque summit', 1984, false], ['Kapteyn Telescope', 1.0, 'Roque summit', 1984, false],
    ['Bradley Robotic Telescope', 2.0, 'Roque south ridge', 2004, true], ['Halley Survey Telescope', 0.6, 'Roque south ridge', 2016, true],
  ];
  const telescopes = telescopeList.map(([telescope_name, aperture, site, firstLight, robotic], index) => ({ telescope_id: 1 + index, telescope_name, aperture_m: aperture.toFixed(2), site, first_light_year: firstLight, is_robotic: robotic }));
  // [telescope, name, type, min nm, max nm, retired on]
  const instrumentList = [
    [1, 'ISIS', 'spectrograph', 310, 1000, null], [1, 'ACAM', 'imager', 350, 940, null], [1, 'LIRIS', 'infrared imager', 900, 2400, '2025-07-31'], [1, 'WEAVE', 'multi-object spectrograph', 366, 959, null],
    [2, 'Wide Field Camera', 'imager', 320, 1000, null], [2, 'IDS', 'spectrograph', 320, 1000, null], [3, 'KAPTEYN-CCD', 'imager', 330, 950, '2024-12-31'], [3, 'KPOL', 'polarimeter', 380, 900, null],
    [4, 'IO:O', 'imager', 320, 950, null], [4, 'SPRAT', 'spectrograph', 400, 800, null], [4, 'MOPTOP', 'polarimeter', 350, 900, null], [5, 'HSC-1', 'imager', 350, 900, null],
  ];
  const instruments = instrumentList.map(([telescope_id, instrument_name, instrument_type, lo, hi, retired], index) => ({ instrument_id: 11 + index, telescope_id, instrument_name, instrument_type, min_wavelength_nm: lo, max_wavelength_nm: hi, retired_on: retired }));

  // science areas: S stellar, G galactic (star formation, clusters, the interstellar medium), X extragalactic, P exoplanets and the solar system, T transients
  const areas = ['S', 'S', 'G', 'G', 'X', 'X', 'X', 'P', 'P', 'T'];
  const targets = {
    S: ['Betelgeuse', 'Vega', 'RR Lyrae', 'Eta Carinae', 'Mira', 'Algol', 'HD 140283', 'Polaris', 'Delta Cephei', 'V404 Cygni'],
    G: ['M42', 'M13', 'NGC 7000', 'M57', 'NGC 2264', 'M45', 'IC 1396', 'M27', 'NGC 6826', 'Sh2-106'],
    X: ['M31', 'M33', 'M87', 'NGC 4151', '3C 273', 'Abell 1689', 'NGC 1068', 'M82', 'Mrk 421', 'Coma Cluster'],
    P: ['HD 189733', 'TRAPPIST-1', 'WASP-12', 'KELT-9', 'Jupiter', 'Saturn', '2P/Encke', 'HAT-P-7', 'GJ 1214', 'Uranus'],
    T: ['SN 2023ixf', 'AT 2024abc', 'SN 2024ggi', 'GRB 250114A', 'AT 2025ulz', 'SN 2026ae', 'V1405 Cas', 'T CrB', 'AT 2026kp', 'SN 2025rbs'],
  };
  const titles = {
    S: ['Pulsation modes of', 'Spectroscopic monitoring of', 'Mass loss in', 'Magnetic activity of'],
    G: ['Star formation in', 'Deep imaging of', 'Kinematics of', 'Ionised gas in'],
    X: ['Stellar populations of', 'Reverberation mapping of', 'Weak lensing behind', 'Nuclear activity in'],
    P: ['Transmission spectra of', 'Transit timing of', 'Cloud bands of', 'Photometry of'],
    T: ['Rapid follow-up of', 'Late-time spectra of', 'Light curve of', 'Polarimetry of'],
  };
  const semesters = [];
  for (let y = 2023; y <= 2026; y += 1) {
    semesters.push({ code: `${y}A`, start: new Date(Date.UTC(y, 1, 1)), stop: new Date(Date.UTC(y, 6, 31)), due: new Date(Date.UTC(y - 1, 8, 30)) });
    semesters.push({ code: `${y}B`, start: new Date(Date.UTC(y, 7, 1)), stop: new Date(Date.UTC(y + 1, 0, 31)), due: new Date(Date.UTC(y, 2, 31)) });
  }
  semesters.push({ code: '2027A', start: new Date(Date.UTC(2027, 1, 1)), stop: new Date(Date.UTC(2027, 6, 31)), due: new Date(Date.UTC(2026, 8, 30)) });
  const piWeights = observers.map((o) => (quiet.has(o.observer_id) ? 0 : o.career_stage === 'PhD student' ? 0.3 : random() < 0.25 ? 3 : 1));
  const piTotal = piWeights.reduce((s, w) => s + w, 0);
  const pickPi = () => {
    let r = random() * piTotal;
    for (let i = 0; i < observers.length; i += 1) { r -= piWeights[i]; if (r <= 0) return observers[i]; }
    return observers[observers.length - 2];
  };
  const proposals = [];
  const perSemester = new Map();
  for (const s of semesters) {
    const n = between(34, 46);
    const list = [];
    for (let k = 0; k < n; k += 1) {
      const pi = pickPi();
      const area = pick(areas);
      const telescope = random() < 0.3 ? telescopes[0] : random() < 0.35 ? telescopes[1] : random() < 0.3 ? telescopes[3] : random() < 0.5 ? telescopes[2] : telescopes[4];
      const requested = half(between(4, telescope.telescope_id === 1 ? 30 : 50) + (area === 'X' ? 6 : 0));
      const pending = s.code === '2027A';
      const roll = random();
      const grade = pending ? null : roll < 0.24 ? 'A' : roll < 0.58 ? 'B' : roll < 0.78 ? 'C' : null;
      const awarded = grade === 'A' ? half(requested * (0.8 + random() * 0.2)) : grade === 'B' ? half(requested * (0.5 + random() * 0.35)) : grade === 'C' ? half(requested * (0.3 + random() * 0.3)) : null;
      const tt = pick(targets[area]);
      const p = { proposal_id: 0, proposal_code: '', semester: s.code, pi_observer_id: pi.observer_id, telescope_id: telescope.telescope_id, science_area: area, title: `${pick(titles[area])} ${tt}`, submitted_on: day(addDays(s.due, -between(0, 20))), hours_requested: requested.toFixed(1), hours_awarded: awarded === null ? null : Math.max(1, awarded).toFixed(1), grade, status: pending ? 'pending' : grade ? 'accepted' : 'rejected', target_of_opportunity: area === 'T' && random() < 0.7, _target: tt, _left: awarded === null ? 0 : Math.max(1, awarded), _sem: s };
      list.push(p);
      proposals.push(p);
    }
    perSemester.set(s.code, list);
  }
  proposals.sort((a, b) => cmp(a.semester, b.semester) || cmp(a.submitted_on, b.submitted_on) || a.pi_observer_id - b.pi_observer_id);
  const seq = new Map();
  proposals.forEach((p, index) => {
    p.proposal_id = 5001 + index;
    seq.set(p.semester, (seq.get(p.semester) ?? 0) + 1);
    p.proposal_code = `P${p.semester}-${String(seq.get(p.semester)).padStart(3, '0')}`;
  });

  const duty = ['Marta Cabrera', 'Javier Hernandez', 'Ole Sorensen', 'Carmen Diaz', 'Pieter de Vries', 'Lucia Rodriguez'];
  const nights = [];
  const openHours = new Map();
  for (let d = new Date(Date.UTC(2023, 1, 1)); d <= END; d = addDays(d, 1)) {
    const today = day(d);
    const month = d.getUTCMonth();
    const dayOfYear = Math.round((d - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000);
    const dark = 10 + 1.5 * Math.cos(((dayOfYear - 355) / 365) * 2 * Math.PI); // astronomical darkness at 29 degrees north
    const winter = month <= 2 || month >= 10;
    const cloudy = random() < (winter ? 0.32 : month >= 6 && month <= 8 ? 0.06 : 0.16);
    const stormy = cloudy && random() < 0.35;
    const astronomer = duty[Math.floor(random() * duty.length)];
    for (const t of telescopes) {
      if (t.telescope_id === 3 && month === 5 && d.getUTCFullYear() === 2025) continue; // the Kapteyn dome was rebuilt in June 2025
      const darkH = Math.round(dark * 4) / 4;
      const weather = stormy ? darkH : cloudy ? Math.round(random() * darkH * 4) / 4 : 0;
      const tech = random() < 0.04 ? Math.min(darkH - weather, Math.round(between(1, 16)) / 4) : 0;
      nights.push({ night_id: 0, telescope_id: t.telescope_id, night_of: today, dark_hours: darkH.toFixed(2), weather_lost_hours: weather.toFixed(2), technical_lost_hours: tech.toFixed(2), duty_astronomer: t.is_robotic ? null : astronomer });
      openHours.set(`${t.telescope_id} ${today}`, { open: darkH - weather - tech, winter });
    }
  }
  // each accepted proposal's hours, in blocks on random nights of its semester; a block on a night without enough clear
  // time is lost (grade A blocks are tried again on another night); blocks after the end of the records are still to come
  const observations = [];
  for (const p of proposals.filter((x) => x.status === 'accepted')) {
    const t = telescopes[p.telescope_id - 1];
    const span = Math.round((p._sem.stop - p._sem.start) / 86_400_000);
    let left = p._left;
    let tries = 0;
    while (left >= 0.5 && tries < 60) {
      tries += 1;
      const block = Math.min(left, half(1 + random() * 2.5));
      const when = addDays(p._sem.start, between(0, span));
      const today = day(when);
      if (today > LAST) { left -= block; continue; }
      const night = openHours.get(`${t.telescope_id} ${today}`);
      if (!night || night.open < block) { if (p.grade !== 'A') left -= block; continue; }
      night.open -= block;
      left -= block;
      const live = instruments.filter((ins) => ins.telescope_id === t.telescope_id && !(ins.retired_on && ins.retired_on < today));
      const ins = pick(live);
      const seeing = 0.5 + random() * random() * 2.3 + (night.winter ? 0.15 : 0);
      const quality = seeing < 1.0 ? 'good' : seeing < 1.8 ? 'usable' : 'poor';
      const observer = t.is_robotic ? null : random() < 0.85 ? p.pi_observer_id : pick(observers.filter((o) => !quiet.has(o.observer_id))).observer_id;
      observations.push({ observation_id: 0, proposal_id: p.proposal_id, instrument_id: ins.instrument_id, observer_id: observer, observed_on: today, target_name: random() < 0.8 ? p._target : pick(targets[p.science_area]), exposure_seconds: Math.round(block * 3600 * (0.72 + random() * 0.18) / 30) * 30, seeing_arcsec: seeing.toFixed(2), quality });
    }
  }
  observations.sort((a, b) => cmp(a.observed_on, b.observed_on) || a.proposal_id - b.proposal_id);
  nights.forEach((n, index) => { n.night_id = 1 + index; });
  observations.forEach((o, index) => { o.observation_id = 100001 + index; });
  writeTable('observatory', 'observers', ['observer_id', 'full_name', 'institution', 'country', 'career_stage', 'registered_on'], observers);
  writeTable('observatory', 'telescopes', ['telescope_id', 'telescope_name', 'aperture_m', 'site', 'first_light_year', 'is_robotic'], telescopes);
  writeTable('observatory', 'instruments', ['instrument_id', 'telescope_id', 'instrument_name', 'instrument_type', 'min_wavelength_nm', 'max_wavelength_nm', 'retired_on'], instruments);
  writeTable('observatory', 'proposals', ['proposal_id', 'proposal_code', 'semester', 'pi_observer_id', 'telescope_id', 'science_area', 'title', 'submitted_on', 'hours_requested', 'hours_awarded', 'grade', 'status', 'target_of_opportunity'], proposals);
  writeTable('observatory', 'nights', ['night_id', 'telescope_id', 'night_of', 'dark_hours', 'weather_lost_hours', 'technical_lost_hours', 'duty_astronomer'], nights);
  writeTable('observatory', 'observations', ['observation_id', 'proposal_id', 'instrument_id', 'observer_id', 'observed_on', 'target_name', 'exposure_seconds', 'seeing_arcsec', 'quality'], observations);
}

/** A Welsh-border sawmill and timber yard, in a legacy system's terse names: species, log suppliers, log deliveries, customers, orders and order lines, 2023-2026. */
function sawmill() {
  const { random, pick, between } = seeded(18710402);
  // [code, name, H hardwood / S softwood, density kg/m3 air dry, log price a cubic metre (A grade)]
  const speciesList = [
    ['OAK', 'English oak', 'H', 720, 310], ['ASH', 'Ash', 'H', 680, 150], ['BCH', 'Beech', 'H', 720, 120], ['SYC', 'Sycamore', 'H', 630, 140], ['CHY', 'Cherry', 'H', 600, 260],
    ['WAL', 'Walnut', 'H', 640, 520], ['ELM', 'Elm', 'H', 560, 240], ['DGF', 'Douglas fir', 'S', 530, 95], ['LAR', 'Larch', 'S', 590, 90], ['SSP', 'Sitka spruce', 'S', 450, 70],
    ['WRC', 'Western red cedar', 'S', 390, 180], ['SCP', 'Scots pine', 'S', 510, 80],
  ];
  const spc = speciesList.map(([spc_cd, spc_nm, hw_sw, dens]) => ({ spc_cd, spc_nm, hw_sw, dens }));
  const logPrice = new Map(speciesList.map((s) => [s[0], s[4]]));
  // [name, county, FSC certified]
  const supList = [
    ['Radnor Forest Estates', 'Powys', true], ['Clun Valley Woodlands', 'Shropshire', false], ['Mortimer Forest (Forestry England)', 'Herefordshire', true], ['Hay Bluff Farms', 'Powys', false],
    ['Wyre Forest Timber Co', 'Worcestershire', true], ['Brecon Beacons Woodland Trust', 'Powys', true], ['Croft Castle Estate', 'Herefordshire', false], ['Long Mynd Arborists', 'Shropshire', false],
    ['Golden Valley Tree Care', 'Herefordshire', false], ['Natural Resources Wales - Hafren', 'Powys', true], ['Forest of Dean Woodlands', 'Gloucestershire', true], ['Kington Estate Office', 'Herefordshire', false],
  ];
  const sup = supList.map(([sup_nm, cnty, fsc], index) => ({ sup_no: 31 + index, sup_nm, cnty, fsc_flg: fsc }));
  const supSpecies = new Map([
    [31, ['DGF', 'LAR', 'SSP', 'SCP', 'OAK']], [32, ['OAK', 'ASH', 'SYC']], [33, ['DGF', 'LAR', 'SSP', 'WRC']], [34, ['OAK', 'ASH', 'BCH']], [35, ['OAK', 'BCH', 'CHY', 'SYC']],
    [36, ['ASH', 'SYC', 'LAR', 'SCP']], [37, ['OAK', 'WAL', 'CHY', 'ELM']], [38, ['ASH', 'ELM', 'SYC', 'CHY']], [39, ['OAK', 'WAL', 'ASH', 'SYC', 'ELM']], [40, ['SSP', 'DGF', 'LAR']],
    [41, ['OAK', 'BCH', 'DGF', 'SCP']], [42, ['OAK', 'LAR', 'WRC']],
  ]);
  const lrc = [];
  for (let d = new Date(Date.UTC(2023, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const month = d.getUTCMonth();
    // felling season: most hardwood comes in between October and March
    const n = random() < (month >= 9 || month <= 2 ? 0.75 : 0.4) ? between(1, 2) : 0;
    for (let k = 0; k < n; k += 1) {
      const s = pick(sup);
      if (s.sup_no === 38 && d > Date.UTC(2025, 5, 30)) continue; // Long Mynd Arborists stopped felling in the summer of 2025
      if (s.sup_no === 42 && d < Date.UTC(2024, 2, 1)) continue; // Kington Estate first sold logs to the mill in March 2024
      const code = pick(supSpecies.get(s.sup_no));
      const sp = spc.find((x) => x.spc_cd === code);
      if (sp.hw_sw === 'H' && month >= 4 && month <= 7 && random() < 0.7) continue;
      const grd = random() < (code === 'WAL' || code === 'CHY' ? 0.3 : 0.14) ? 'A' : random() < 0.75 ? 'B' : 'C';
      const vol = sp.hw_sw === 'S' ? 8 + random() * 22 : 2 + random() * 12;
      const price = logPrice.get(code) * (grd === 'A' ? 1 : grd === 'B' ? 0.62 : 0.3) * (1 + (d.getUTCFullYear() - 2023) * 0.04);
      lrc.push({ rcpt_no: 0, sup_no: s.sup_no, spc_cd: code, rcv_dt: day(d), vol_m3: vol.toFixed(2), grd, prc_m3: money(price), hlr: random() < 0.55 ? 'OWN' : pick(['EVA', 'JBH', 'MWT']) });
    }
  }
  lrc.forEach((r, index) => { r.rcpt_no = 880001 + index; });

  const nextName = namer(pick,
    ['Gareth', 'Rhys', 'Sian', 'Owen', 'Bethan', 'Huw', 'Carys', 'Dylan', 'Ffion', 'Tom', 'Emma', 'Mark', 'Sarah', 'Paul', 'Claire', 'Steve', 'Julie', 'Rob'],
    ['Pryce', 'Bevan', 'Powell', 'Lloyd', 'Morgan', 'Vaughan', 'Griffiths', 'Meredith', 'Probert', 'Jenkins', 'Watkins', 'Price', 'Hughes', 'Parry', 'Davies', 'Gwynne']);
  const towns = ['Knighton', 'Presteigne', 'Kington', 'Leominster', 'Hereford', 'Hereford', 'Ludlow', 'Ludlow', 'Llandrindod Wells', 'Builth Wells', 'Hay-on-Wye', 'Bishops Castle', 'Shrewsbury'];
  const trade = [
    ['Teme Valley Joinery', 'J'], ['Lugg Oak Framing', 'J'], ['Marches Timber Frame Ltd', 'J'], ['Offa Joinery Workshop', 'J'], ['Arrow Cabinet Makers', 'J'], ['Radnor Boatbuilders', 'J'],
    ['Ludlow Building Services', 'B'], ['Wye Valley Builders', 'B'], ['Kington Construction', 'B'], ['P and R Renovations', 'B'], ['Castle Green Homes', 'B'],
    ['Border Fencing Contractors', 'F'], ['Clun Fencing and Gates', 'F'], ['Herefordshire Estate Fencing', 'F'], ['Radnor Agricultural Services', 'F'],
  ];
  const cst = [];
  for (const [nm, typ] of trade) cst.push({ cst_no: 0, cst_nm: nm, cst_typ: typ, twn: pick(towns), opn_dt: day(addDays(new Date(Date.UTC(2008, 0, 7)), between(0, 5000))), crd_lmt: money(typ === 'F' ? 5000 : typ === 'B' ? pick([3000, 5000, 8000]) : pick([2000, 4000, 6000])) });
  for (let i = 0; i < 95; i += 1) {
    const [first, last] = nextName();
    cst.push({ cst_no: 0, cst_nm: `${first} ${last}`, cst_typ: 'P', twn: pick(towns), opn_dt: day(addDays(new Date(Date.UTC(2014, 0, 7)), between(0, 4300))), crd_lmt: money(0) });
  }
  // shuffle deterministically, then number
  for (let i = cst.length - 1; i > 0; i -= 1) { const j = between(0, i); [cst[i], cst[j]] = [cst[j], cst[i]]; }
  cst.forEach((c, index) => { c.cst_no = 1001 + index; });
  // two accounts opened this autumn with no order yet
  const fresh = [cst[40], cst[77]];
  fresh.forEach((c) => { c.cst_typ = 'P'; c.opn_dt = day(addDays(new Date(Date.UTC(2026, 9, 1)), between(0, 50))); c.crd_lmt = money(0); });

  // [product code, hardwood/softwood/either, m3 per unit (low, high), unit price per m3 factor]
  const products = [
    ['BM', 'E', 0.12, 0.6, 1.0], ['BD', 'E', 0.02, 0.06, 1.25], ['PO', 'S', 0.01, 0.04, 0.85], ['RL', 'S', 0.005, 0.02, 0.85], ['CL', 'S', 0.01, 0.03, 1.4], ['FW', 'H', 1.2, 1.8, 0.15], ['WS', 'H', 0.02, 0.06, 1.8],
  ];
  const sawnPrice = { OAK: 1450, ASH: 780, BCH: 700, SYC: 760, CHY: 1350, WAL: 2600, ELM: 1150, DGF: 560, LAR: 520, SSP: 380, WRC: 980, SCP: 450 };
  const ordh = [];
  const ordl = [];
  // each trade account buys from its own few species
  const hardwoods = spc.filter((x) => x.hw_sw === 'H').map((x) => x.spc_cd);
  const softwoods = spc.filter((x) => x.hw_sw === 'S').map((x) => x.spc_cd);
  const palette = new Map(cst.map((c) => {
    const base = c.cst_typ === 'J' ? [...hardwoods, 'DGF'] : c.cst_typ === 'B' ? [...softwoods, 'OAK'] : c.cst_typ === 'F' ? ['LAR', 'DGF', 'SCP', 'OAK', 'SSP'] : spc.map((x) => x.spc_cd);
    const mine = base.filter(() => random() < 0.6);
    return [c.cst_no, mine.length ? mine : [base[0]]];
  }));
  const weights = cst.map((c) => (fresh.includes(c) ? 0 : c.cst_typ === 'P' ? (random() < 0.2 ? 0 : 0.5) : c.cst_typ === 'F' ? 5 : 4));
  const wTotal = weights.reduce((s, w) => s + w, 0);
  const pickCst = () => {
    let r = random() * wTotal;
    for (let i = 0; i < cst.length; i += 1) { r -= weights[i]; if (r <= 0) return cst[i]; }
    return cst[0];
  };
  for (let d = new Date(Date.UTC(2023, 0, 3)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0) continue;
    const month = d.getUTCMonth();
    const n = dow === 6 ? between(0, 1) : between(0, 3) + (month >= 9 && month <= 11 && random() < 0.5 ? 1 : 0);
    for (let k = 0; k < n; k += 1) {
      const c = pickCst();
      const today = day(d);
      const dlv = c.cst_typ !== 'P' ? random() < 0.8 : random() < 0.35;
      const age = (END - d) / 86_400_000;
      const cancelled = random() < 0.03;
      const done = addDays(d, between(1, dlv ? 21 : 10));
      const stat = cancelled ? 'X' : day(done) > LAST ? 'O' : age < 30 && random() < 0.5 ? 'D' : 'I';
      const h = { ord_no: 0, cst_no: c.cst_no, ord_dt: today, dlv_flg: dlv ? 'Y' : 'N', dsp_dt: stat === 'D' || stat === 'I' ? day(done) : null, stat, cust_ref: c.cst_typ === 'P' ? null : random() < 0.6 ? `PO${between(1000, 9999)}` : null };
      ordh.push(h);
      const lines = c.cst_typ === 'P' ? between(1, 2) : between(1, 4);
      for (let l = 0; l < lines; l += 1) {
        const prod = c.cst_typ === 'F' ? pick([products[2], products[2], products[3], products[0]]) : c.cst_typ === 'P' ? pick([products[1], products[5], products[5], products[6], products[4]]) : c.cst_typ === 'J' ? pick([products[0], products[1], products[1], products[6]]) : pick([products[0], products[1], products[4], products[3]]);
        const [code, hs, lo, hi, factor] = prod;
        const own = palette.get(c.cst_no);
        const fit = (list) => (list.filter((x) => own.includes(x)).length ? list.filter((x) => own.includes(x)) : list);
        const choices = spc.filter((s) => (hs === 'E' || s.hw_sw === hs) && own.includes(s.spc_cd)).map((s) => s.spc_cd);
        const species = code === 'PO' || code === 'RL' ? pick(fit(['LAR', 'LAR', 'DGF', 'SCP', 'OAK'])) : code === 'CL' ? pick(fit(['LAR', 'WRC', 'DGF', 'OAK'])) : code === 'FW' ? pick(['ASH', 'OAK', 'BCH', 'SYC']) : code === 'WS' ? pick(fit(['OAK', 'WAL', 'ELM', 'CHY', 'ASH'])) : pick(choices.length ? choices : own);
        const qty = code === 'FW' ? between(1, 3) : code === 'BM' ? between(1, 12) : code === 'WS' ? between(1, 6) : between(5, 120);
        const vol = qty * (lo + random() * (hi - lo));
        const kd = code === 'FW' ? random() < 0.5 : code === 'BM' ? random() < 0.15 : code === 'BD' || code === 'WS' ? random() < 0.85 : false;
        const val = vol * sawnPrice[species] * factor * (kd ? 1.2 : 1) * (c.cst_typ === 'P' ? 1.1 : 1) * (1 + (d.getUTCFullYear() - 2023) * 0.05);
        ordl.push({ ord: h, ln_no: l + 1, spc_cd: species, prd_cd: code, qty, vol_m3: vol.toFixed(3), kd_flg: kd ? 'Y' : 'N', ln_val: money(val) });
      }
    }
  }
  ordh.forEach((h, index) => { h.ord_no = 40001 + index; });
  ordl.forEach((l) => { l.ord_no = l.ord.ord_no; });
  writeTable('sawmill', 'spc', ['spc_cd', 'spc_nm', 'hw_sw', 'dens'], spc);
  writeTable('sawmill', 'sup', ['sup_no', 'sup_nm', 'cnty', 'fsc_flg'], sup);
  writeTable('sawmill', 'lrc', ['rcpt_no', 'sup_no', 'spc_cd', 'rcv_dt', 'vol_m3', 'grd', 'prc_m3', 'hlr'], lrc);
  writeTable('sawmill', 'cst', ['cst_no', 'cst_nm', 'cst_typ', 'twn', 'opn_dt', 'crd_lmt'], cst);
  writeTable('sawmill', 'ordh', ['ord_no', 'cst_no', 'ord_dt', 'dlv_flg', 'dsp_dt', 'stat', 'cust_ref'], ordh);
  writeTable('sawmill', 'ordl', ['ord_no', 'ln_no', 'spc_cd', 'prd_cd', 'qty', 'vol_m3', 'kd_flg', 'ln_val'], ordl);
}

observatory();
sawmill();

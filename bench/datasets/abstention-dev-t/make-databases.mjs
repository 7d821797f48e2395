// Writes databases/{chess_league,balloon_ops,pawn_shop}/data/*.csv: three small invented databases, the same bytes on
// every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-dev-t/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Alfie', 'Bethan', 'Callum', 'Delyth', 'Elliot', 'Ffion', 'Gareth', 'Hannah', 'Ieuan', 'Jodie', 'Kieran', 'Lowri', 'Morgan', 'Nia', 'Owain', 'Poppy', 'Rhys', 'Sian', 'Tomos', 'Ursula', 'Vikram', 'Wendy', 'Xander', 'Yusuf', 'Zara', 'Agnieszka', 'Bilal', 'Carys', 'Dmitri', 'Eleri'];
const LAST = ['Arkwright', 'Beddoes', 'Corbett', 'Davies', 'Edwards', 'Foulkes', 'Griffiths', 'Hotchkiss', 'Instone', 'Jervis', 'Kynaston', 'Lloyd', 'Meredith', 'Nock', 'Onions', 'Powell', 'Pugh', 'Rowlands', 'Smallman', 'Tudor', 'Vaughan', 'Weaver', 'Yapp', 'Bradley', 'Chaudhry', 'Kowalski', 'Mensah'];
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));
const iso = (text) => new Date(`${text}T00:00:00Z`);

/** A county chess league: clubs, players, the clubs' teams, league fixtures, the games on each board and subscriptions. */
function chessLeague() {
  const { random, pick, between } = seeded(20261221);
  const nextName = namer(pick, FIRST, LAST);
  const clubs = [
    ['Shrewsbury', 'Shrewsbury', 1887, 'Tuesday', true], ['Ludlow Castle', 'Ludlow', 1952, 'Thursday', false],
    ['Oswestry', 'Oswestry', 1921, 'Monday', false], ['Telford Knights', 'Telford', 1979, 'Wednesday', true],
    ['Bridgnorth', 'Bridgnorth', 1966, 'Thursday', false], ['Wellington Wrekin', 'Wellington', 2003, 'Monday', true],
    ['Church Stretton', 'Church Stretton', 1994, 'Wednesday', false], ['Whitchurch', 'Whitchurch', 2011, 'Tuesday', false],
  ].map(([club_name, town, founded_year, club_night, owns_venue], index) => ({ club_id: index + 1, club_name, town, founded_year, club_night, owns_venue }));
  const size = [34, 14, 16, 28, 15, 22, 12, 10];
  const players = [];
  for (const club of clubs) {
    for (let n = 0; n < size[club.club_id - 1]; n += 1) {
      const junior = random() < 0.18;
      const birth = junior ? between(2009, 2016) : between(1944, 2004);
      const rating = junior ? between(900, 1750) : Math.round(1250 + random() * 550 + (random() < 0.12 ? between(250, 550) : 0));
      const title = rating > 2150 ? pick(['FM', 'CM']) : rating > 2000 && random() < 0.5 ? 'CM' : null;
      players.push({ player_id: 0, club_id: club.club_id, full_name: nextName().join(' '), birth_year: birth, ecf_rating: rating, fide_title: title, joined_on: day(addDays(iso('2005-09-01'), between(0, 7600))) });
    }
  }
  players.forEach((p, index) => { p.player_id = 101 + index; });
  const teams = [];
  const teamCount = [3, 1, 2, 3, 1, 2, 1, 1];
  for (const club of clubs) {
    for (let t = 0; t < teamCount[club.club_id - 1]; t += 1) teams.push({ team_id: 0, club_id: club.club_id, team_name: `${club.club_name} ${['A', 'B', 'C'][t]}`, division: 0 });
  }
  // Division 1: the strongest A teams, then B teams and the rest.
  const div = { 'Shrewsbury A': 1, 'Telford Knights A': 1, 'Oswestry A': 1, 'Wellington Wrekin A': 1, 'Ludlow Castle A': 1, 'Bridgnorth A': 2, 'Shrewsbury B': 2, 'Telford Knights B': 2, 'Church Stretton A': 2, 'Whitchurch A': 2, 'Oswestry B': 3, 'Wellington Wrekin B': 3, 'Shrewsbury C': 3, 'Telford Knights C': 3 };
  teams.forEach((team, index) => { team.team_id = 11 + index; team.division = div[team.team_name]; });
  const boardsIn = { 1: 6, 2: 5, 3: 4 };
  const fixtures = [];
  const games = [];
  for (const [season, from] of [['2025-26', '2025-09-22'], ['2026-27', '2026-09-21']]) {
    for (const division of [1, 2, 3]) {
      const inDiv = teams.filter((t) => t.division === division);
      const pairs = [];
      for (let i = 0; i < inDiv.length; i += 1) for (let j = i + 1; j < inDiv.length; j += 1) pairs.push(random() < 0.5 ? [inDiv[i], inDiv[j]] : [inDiv[j], inDiv[i]]);
      pairs.forEach(([home, away], k) => {
        const date = addDays(iso(from), k * 14 + between(0, 4) + (division - 1) * 2);
        const future = date > LAST_DAY;
        const postponed = !future && random() < 0.05;
        fixtures.push({ fixture_id: 0, season, division, home_team_id: home.team_id, away_team_id: away.team_id, match_date: day(date), home_score: null, away_score: null, status: future ? 'SCHEDULED' : postponed ? 'POSTPONED' : 'PLAYED' });
      });
    }
  }
  fixtures.sort((a, b) => cmp(a.match_date, b.match_date) || a.division - b.division || a.home_team_id - b.home_team_id);
  fixtures.forEach((f, index) => { f.fixture_id = 2001 + index; });
  const teamPlayers = (team) => {
    const clubTeams = teams.filter((t) => t.club_id === team.club_id);
    const pool = players.filter((p) => p.club_id === team.club_id).sort((a, b) => b.ecf_rating - a.ecf_rating || a.player_id - b.player_id);
    const rank = clubTeams.indexOf(team);
    const start = clubTeams.slice(0, rank).reduce((sum, t) => sum + boardsIn[t.division], 0);
    return pool.slice(start, start + boardsIn[team.division] + 2);
  };
  const ecos = ['B90', 'B12', 'C42', 'D37', 'E60', 'A45', 'C65', 'B22', 'D02', 'C01', 'E94', 'A10', 'B01', 'C50', 'D85'];
  for (const fixture of fixtures) {
    if (fixture.status !== 'PLAYED') continue;
    const home = teams.find((t) => t.team_id === fixture.home_team_id);
    const away = teams.find((t) => t.team_id === fixture.away_team_id);
    const homeSide = teamPlayers(home).filter(() => random() < 0.85);
    const awaySide = teamPlayers(away).filter(() => random() < 0.85);
    let homeScore = 0;
    let awayScore = 0;
    for (let board = 1; board <= boardsIn[fixture.division]; board += 1) {
      const hp = homeSide[board - 1];
      const ap = awaySide[board - 1];
      if (!hp || !ap) {
        if (hp) homeScore += 1;
        if (ap) awayScore += 1;
        continue;
      }
      const homeWhite = board % 2 === 1;
      const white = homeWhite ? hp : ap;
      const black = homeWhite ? ap : hp;
      const edge = (white.ecf_rating - black.ecf_rating) / 400 + 0.1;
      const r = random();
      const result = r < 0.38 + edge * 0.4 ? '1-0' : r < 0.66 + edge * 0.2 ? '1/2-1/2' : '0-1';
      const whitePoints = result === '1-0' ? 1 : result === '0-1' ? 0 : 0.5;
      if (homeWhite) { homeScore += whitePoints; awayScore += 1 - whitePoints; } else { awayScore += whitePoints; homeScore += 1 - whitePoints; }
      games.push({ game_id: 0, fixture_id: fixture.fixture_id, board_no: board, white_player_id: white.player_id, black_player_id: black.player_id, result, moves: result === '1/2-1/2' ? between(18, 95) : between(22, 110), eco_code: pick(ecos) });
    }
    fixture.home_score = homeScore.toFixed(1);
    fixture.away_score = awayScore.toFixed(1);
  }
  games.forEach((g, index) => { g.game_id = 50001 + index; });
  const subs = [];
  for (const [season, from] of [['2025-26', '2025-09-01'], ['2026-27', '2026-09-01']]) {
    for (const p of players) {
      if (random() < 0.12) continue;
      const age = Number(season.slice(0, 4)) - p.birth_year;
      const band = age < 18 ? 'JUNIOR' : age >= 65 ? 'SENIOR' : random() < 0.1 ? 'CONCESSION' : 'ADULT';
      subs.push({ sub_id: 0, player_id: p.player_id, season, band, amount_gbp: money({ JUNIOR: 10, SENIOR: 22, CONCESSION: 18, ADULT: 35 }[band]), paid_on: day(addDays(iso(from), between(0, 75))) });
    }
  }
  subs.sort((a, b) => cmp(a.paid_on, b.paid_on) || a.player_id - b.player_id);
  subs.forEach((s, index) => { s.sub_id = 9001 + index; });
  writeTable('chess_league', 'clubs', ['club_id', 'club_name', 'town', 'founded_year', 'club_night', 'owns_venue'], clubs);
  writeTable('chess_league', 'players', ['player_id', 'club_id', 'full_name', 'birth_year', 'ecf_rating', 'fide_title', 'joined_on'], players);
  writeTable('chess_league', 'teams', ['team_id', 'club_id', 'team_name', 'division'], teams);
  writeTable('chess_league', 'fixtures', ['fixture_id', 'season', 'division', 'home_team_id', 'away_team_id', 'match_date', 'home_score', 'away_score', 'status'], fixtures);
  writeTable('chess_league', 'board_games', ['game_id', 'fixture_id', 'board_no', 'white_player_id', 'black_player_id', 'result', 'moves', 'eco_code'], games);
  writeTable('chess_league', 'subscriptions', ['sub_id', 'player_id', 'season', 'band', 'amount_gbp', 'paid_on'], subs);
}

/** A hot-air balloon ride company's warehouse: pilots, balloon envelopes, launch sites, flights, bookings and gift vouchers. */
function balloonOps() {
  const { random, pick, between } = seeded(20261222);
  const nextName = namer(pick, FIRST, LAST);
  /** Passengers and voucher buyers: names may repeat, as they do in a booking system. */
  const anyName = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sites = [
    ['LDW', 'Ludlow Racecourse', 'SHROPSHIRE', 'FIELD'], ['STK', 'Stokesay Court Park', 'SHROPSHIRE', 'ESTATE'], ['HFD', 'Hereford Bishops Meadow', 'HEREFORDSHIRE', 'PARK'],
    ['TNB', 'Tenbury Wells Showground', 'WORCESTERSHIRE', 'FIELD'], ['CRV', 'Croft Ambrey Farm', 'HEREFORDSHIRE', 'FARM'], ['WBK', 'Wenlock Edge Barns', 'SHROPSHIRE', 'FARM'],
  ].map(([SITE_CD, SITE_NM, CNTY_NM, SITE_TYP]) => ({ SITE_CD, SITE_NM, CNTY_NM, SITE_TYP }));
  const pilots = [
    ['CPL', '2027-04-30', 4120, 'LDW'], ['CPL', '2026-08-31', 2870, 'LDW'], ['CPL', '2027-11-30', 1960, 'HFD'], ['PPL', '2026-03-31', 640, 'HFD'],
    ['CPL', '2028-01-31', 3310, 'TNB'], ['CPL', '2027-06-30', 1240, 'LDW'], ['PPL', '2027-09-30', 410, 'TNB'],
  ].map(([LIC_CLS, LIC_EXP_DT, HRS_TOT, BASE_CD], index) => ({ PLT_ID: `P${String(index + 1).padStart(2, '0')}`, PLT_NM: nextName().join(' '), LIC_CLS, LIC_EXP_DT, HRS_TOT, BASE_CD }));
  const envs = [
    ['G-CLDW', 'CAMERON', 'Z-315', 315000, 16, 2017], ['G-CSKY', 'CAMERON', 'A-210', 210000, 10, 2014], ['G-LBRD', 'LINDSTRAND', 'LBL 260A', 260000, 12, 2019],
    ['G-UMTN', 'ULTRAMAGIC', 'N-425', 425000, 20, 2021], ['G-UMSM', 'ULTRAMAGIC', 'M-105', 105000, 4, 2016], ['G-CPRV', 'CAMERON', 'Z-90', 90000, 2, 2022],
  ].map(([ENV_REG, MFR_CD, MDL_NM, VOL_CUFT, PAX_MAX, BLT_YR]) => ({ ENV_REG, MFR_CD, MDL_NM, VOL_CUFT, PAX_MAX, BLT_YR }));
  const flights = [];
  for (let d = 0; d < 365; d += 1) {
    const date = addDays(iso('2025-12-01'), d);
    const month = date.getUTCMonth();
    const season = month >= 3 && month <= 8;
    const shoulder = month === 2 || month === 9;
    if (!season && !shoulder && random() < 0.85) continue;
    for (const slot of ['AM', 'PM']) {
      const count = season ? between(0, 3) : between(0, 1);
      const used = new Set();
      for (let k = 0; k < count; k += 1) {
        const env = pick(envs);
        if (used.has(env.ENV_REG)) continue;
        used.add(env.ENV_REG);
        const pilot = pick(pilots.filter((p) => p.LIC_CLS === 'CPL' || env.PAX_MAX <= 4));
        const weather = random() < (season ? 0.3 : 0.55);
        const ops = !weather && random() < 0.04;
        const sts = weather ? 'CXL_WX' : ops ? 'CXL_OPS' : 'FLWN';
        const pax = Math.max(1, env.PAX_MAX - between(0, Math.ceil(env.PAX_MAX / 3)));
        flights.push({ FLT_ID: 0, FLT_DT: day(date), SLOT_CD: slot, ENV_REG: env.ENV_REG, PLT_ID: pilot.PLT_ID, SITE_CD: pick(sites).SITE_CD, PAX_CNT: sts === 'FLWN' ? pax : 0, DUR_MIN: sts === 'FLWN' ? between(45, 95) : null, LAND_KM: sts === 'FLWN' ? (2 + random() * 26).toFixed(1) : null, STS_CD: sts });
      }
    }
  }
  flights.forEach((f, index) => { f.FLT_ID = 300001 + index; });
  const price = { STD: 189, SUNR: 229, PRV: 1150, CHMP: 245 };
  const bookings = [];
  const vouchers = [];
  let nextVoucher = 0;
  for (const flight of flights) {
    if (flight.STS_CD !== 'FLWN') continue;
    const env = envs.find((e) => e.ENV_REG === flight.ENV_REG);
    let seats = flight.PAX_CNT;
    while (seats > 0) {
      const prod = env.PAX_MAX === 2 ? 'PRV' : flight.SLOT_CD === 'AM' && random() < 0.35 ? 'SUNR' : random() < 0.2 ? 'CHMP' : 'STD';
      const qty = prod === 'PRV' ? seats : Math.min(seats, pick([1, 2, 2, 2, 3, 4]));
      seats -= qty;
      const chnl = pick(['WEB', 'WEB', 'WEB', 'PHN', 'VCHR', 'VCHR', 'AGT']);
      const flown = iso(flight.FLT_DT);
      const bkgDt = addDays(flown, -between(5, 160));
      const total = prod === 'PRV' ? price.PRV : price[prod] * qty * (chnl === 'AGT' ? 0.9 : 1);
      const booking = { BKG_ID: 0, BKG_DT: day(bkgDt), LEAD_NM: anyName(), PAX_QTY: qty, PROD_CD: prod, CHNL_CD: chnl, TOT_GBP: money(total), FLT_ID: flight.FLT_ID, _key: day(bkgDt) };
      bookings.push(booking);
      if (chnl === 'VCHR') {
        const issued = addDays(bkgDt, -between(20, 300));
        vouchers.push({ VCHR_NO: '', ISS_DT: day(issued), EXP_DT: day(addDays(issued, 730)), PROD_CD: prod, PAX_QTY: qty, FACE_GBP: money(total), BUYER_NM: anyName(), RDM_BKG: booking, _n: nextVoucher += 1 });
      }
    }
  }
  // Bookings for flights not yet flown (next season, no flight assigned) and vouchers still unredeemed.
  for (let n = 0; n < 140; n += 1) {
    const bkgDt = addDays(iso('2026-06-01'), between(0, 182));
    const prod = pick(['STD', 'STD', 'STD', 'SUNR', 'CHMP', 'PRV']);
    const qty = prod === 'PRV' ? 2 : pick([1, 2, 2, 3, 4]);
    const chnl = pick(['WEB', 'WEB', 'PHN', 'VCHR', 'AGT']);
    const total = prod === 'PRV' ? price.PRV : price[prod] * qty * (chnl === 'AGT' ? 0.9 : 1);
    const booking = { BKG_ID: 0, BKG_DT: day(bkgDt), LEAD_NM: anyName(), PAX_QTY: qty, PROD_CD: prod, CHNL_CD: chnl, TOT_GBP: money(total), FLT_ID: null, _key: day(bkgDt) };
    bookings.push(booking);
    if (chnl === 'VCHR') {
      const issued = addDays(bkgDt, -between(20, 300));
      vouchers.push({ VCHR_NO: '', ISS_DT: day(issued), EXP_DT: day(addDays(issued, 730)), PROD_CD: prod, PAX_QTY: qty, FACE_GBP: money(total), BUYER_NM: anyName(), RDM_BKG: booking, _n: nextVoucher += 1 });
    }
  }
  for (let n = 0; n < 120; n += 1) {
    const issued = addDays(iso('2024-06-01'), between(0, 900));
    const prod = pick(['STD', 'STD', 'SUNR', 'CHMP', 'PRV']);
    const qty = prod === 'PRV' ? 2 : pick([1, 2, 2]);
    vouchers.push({ VCHR_NO: '', ISS_DT: day(issued), EXP_DT: day(addDays(issued, 730)), PROD_CD: prod, PAX_QTY: qty, FACE_GBP: money(prod === 'PRV' ? price.PRV : price[prod] * qty), BUYER_NM: anyName(), RDM_BKG: null, _n: nextVoucher += 1 });
  }
  bookings.sort((a, b) => cmp(a._key, b._key) || cmp(a.LEAD_NM, b.LEAD_NM));
  bookings.forEach((b, index) => { b.BKG_ID = 710001 + index; });
  vouchers.sort((a, b) => cmp(a.ISS_DT, b.ISS_DT) || a._n - b._n);
  vouchers.forEach((v, index) => { v.VCHR_NO = `HB${String(24001 + index)}`; v.RDM_BKG_ID = v.RDM_BKG === null ? null : v.RDM_BKG.BKG_ID; });
  writeTable('balloon_ops', 'DIM_SITE', ['SITE_CD', 'SITE_NM', 'CNTY_NM', 'SITE_TYP'], sites);
  writeTable('balloon_ops', 'DIM_PLT', ['PLT_ID', 'PLT_NM', 'LIC_CLS', 'LIC_EXP_DT', 'HRS_TOT', 'BASE_CD'], pilots);
  writeTable('balloon_ops', 'DIM_ENV', ['ENV_REG', 'MFR_CD', 'MDL_NM', 'VOL_CUFT', 'PAX_MAX', 'BLT_YR'], envs);
  writeTable('balloon_ops', 'FCT_FLT', ['FLT_ID', 'FLT_DT', 'SLOT_CD', 'ENV_REG', 'PLT_ID', 'SITE_CD', 'PAX_CNT', 'DUR_MIN', 'LAND_KM', 'STS_CD'], flights);
  writeTable('balloon_ops', 'FCT_BKG', ['BKG_ID', 'BKG_DT', 'LEAD_NM', 'PAX_QTY', 'PROD_CD', 'CHNL_CD', 'TOT_GBP', 'FLT_ID'], bookings);
  writeTable('balloon_ops', 'FCT_VCHR', ['VCHR_NO', 'ISS_DT', 'EXP_DT', 'PROD_CD', 'PAX_QTY', 'FACE_GBP', 'BUYER_NM', 'RDM_BKG_ID'], vouchers);
}

/** A pawnbroker's legacy system: branches, customers, pledges (loans), the items pledged, redemptions and auction lots. */
function pawnShop() {
  const { random, pick, between } = seeded(20261223);
  const nextName = namer(pick, FIRST, LAST);
  const branches = [
    ['Wolverhampton Queen Sq', 'Wolverhampton', 1998, true], ['Dudley Market Pl', 'Dudley', 2006, true],
    ['Walsall Park St', 'Walsall', 2013, false], ['Kidderminster Swan Ctr', 'Kidderminster', 2021, false],
  ].map(([branchName, townName, openedYear, hasStrongRoom], index) => ({ branchId: index + 1, branchName, townName, openedYear, hasStrongRoom }));
  const customers = [];
  for (let n = 0; n < 260; n += 1) {
    customers.push({ custId: 40001 + n, custName: nextName().join(' '), birthYear: between(1950, 2005), idDocType: pick(['PASSPORT', 'DRIVING_LIC', 'DRIVING_LIC', 'DRIVING_LIC', 'ID_CARD']), firstVisit: day(addDays(iso('2012-01-01'), between(0, 5300))), homeBranchId: pick([1, 1, 1, 2, 2, 3, 3, 4]), isBarred: random() < 0.03 });
  }
  const cats = [['RING', 0.3], ['CHAIN', 0.22], ['WATCH', 0.12], ['BRACELET', 0.1], ['EARRINGS', 0.08], ['COIN', 0.06], ['ELEC', 0.08], ['TOOLS', 0.04]];
  const pledges = [];
  const items = [];
  const redemptions = [];
  const lots = [];
  const goldPerGram = { 9: 33, 14: 51, 18: 66, 22: 81 };
  for (let d = 0; d < 540; d += 1) {
    const date = addDays(iso('2025-06-01'), d);
    if (date.getUTCDay() === 0) continue;
    const n = between(0, 3);
    for (let k = 0; k < n; k += 1) {
      const cust = pick(customers);
      if (cust.isBarred) continue;
      const branchId = random() < 0.8 ? cust.homeBranchId : between(1, 4);
      const itemCount = pick([1, 1, 1, 2, 2, 3]);
      const pledge = { pledgeNo: '', custId: cust.custId, branchId, pledgeDate: day(date), loanAmt: 0, monthlyRatePct: 0, termMonths: 6, dueDate: day(addDays(date, 182)), pledgeStatus: '' };
      let valuation = 0;
      const its = [];
      for (let i = 0; i < itemCount; i += 1) {
        const r = random();
        let acc = 0;
        const cat = (cats.find(([, w]) => (acc += w) > r) ?? cats[0])[0];
        const gold = ['RING', 'CHAIN', 'BRACELET', 'EARRINGS'].includes(cat) || (cat === 'WATCH' && random() < 0.3);
        const carat = gold ? pick([9, 9, 9, 18, 18, 22, 14]) : cat === 'COIN' ? 22 : null;
        const grams = cat === 'ELEC' || cat === 'TOOLS' ? null : cat === 'COIN' ? 7.98 : Number((cat === 'CHAIN' ? 4 + random() * 40 : cat === 'RING' ? 1.5 + random() * 8 : 2 + random() * 20).toFixed(2));
        const value = carat ? grams * goldPerGram[carat] * (cat === 'WATCH' ? 3 : 1) : cat === 'ELEC' ? between(80, 650) : cat === 'TOOLS' ? between(60, 400) : between(150, 2500);
        valuation += value;
        const desc = { RING: pick(['Solitaire diamond ring', 'Wedding band', 'Signet ring', 'Eternity ring', 'Sapphire cluster ring']), CHAIN: pick(['Curb chain', 'Belcher chain', 'Rope chain', 'Figaro chain']), WATCH: pick(['Rolex Datejust', 'Omega Seamaster', 'Tag Heuer Aquaracer', 'Seiko Presage', 'Tissot PRX']), BRACELET: pick(['Bangle', 'Charm bracelet', 'Tennis bracelet']), EARRINGS: pick(['Hoop earrings', 'Diamond studs', 'Drop earrings']), COIN: pick(['Full sovereign', 'Britannia 1/4 oz', 'Krugerrand 1/4 oz']), ELEC: pick(['iPhone 15', 'PlayStation 5', 'MacBook Air', 'Samsung Galaxy S24', 'DJI Mini drone']), TOOLS: pick(['Makita combi drill set', 'DeWalt mitre saw', 'Hilti breaker']) }[cat];
        its.push({ itemId: 0, pledgeNo: '', itemCat: cat, itemDesc: desc, caratGrade: carat, weightGrams: grams === null ? null : grams.toFixed(2), valuationAmt: money(value) });
      }
      const loan = Math.round((valuation * (0.45 + random() * 0.25)) / 5) * 5;
      pledge.loanAmt = money(Math.max(25, loan));
      pledge.monthlyRatePct = (loan >= 1000 ? 3.9 : loan >= 300 ? 4.9 : 6.5).toFixed(2);
      const due = addDays(date, 182);
      const fate = random();
      let status;
      if (due > LAST_DAY) status = fate < 0.25 && addDays(date, between(20, 170)) <= LAST_DAY ? 'REDEEMED' : 'OPEN';
      else status = fate < 0.7 ? 'REDEEMED' : fate < 0.8 ? 'RENEWED' : 'FORFEIT';
      pledge.pledgeStatus = status;
      pledge._items = its;
      pledge._date = date;
      pledges.push(pledge);
    }
  }
  pledges.forEach((p, index) => { p.pledgeNo = `PL${String(250001 + index)}`; });
  for (const p of pledges) {
    for (const it of p._items) { it.pledgeNo = p.pledgeNo; items.push(it); }
    const loan = Number(p.loanAmt);
    const rate = Number(p.monthlyRatePct) / 100;
    if (p.pledgeStatus === 'REDEEMED' || p.pledgeStatus === 'RENEWED') {
      let when = addDays(p._date, between(14, 182));
      if (when > LAST_DAY) when = addDays(p._date, Math.max(1, Math.floor((LAST_DAY - p._date) / 86_400_000)));
      const months = Math.max(1, Math.ceil((when - p._date) / 86_400_000 / 30.4));
      redemptions.push({ redemptionId: 0, pledgeNo: p.pledgeNo, redeemDate: day(when), principalPaid: money(p.pledgeStatus === 'RENEWED' ? 0 : loan), interestPaid: money(loan * rate * months), payMethod: pick(['CASH', 'CASH', 'CARD', 'CARD', 'BANK']) });
    }
    if (p.pledgeStatus === 'FORFEIT') {
      const sale = addDays(iso(p.dueDate), between(21, 60));
      for (const it of p._items) {
        const reserve = Number(it.valuationAmt) * 0.6;
        const future = sale > LAST_DAY;
        const sold = !future && random() < 0.82;
        lots.push({ lotId: 0, itemId: it, auctionDate: day(sale), reservePrice: money(reserve), hammerPrice: sold ? money(reserve * (0.95 + random() * 0.9)) : null, buyerPremiumPct: (sale < iso('2026-04-01') ? 20 : 22.5).toFixed(1) });
      }
    }
  }
  items.forEach((it, index) => { it.itemId = 880001 + index; });
  redemptions.sort((a, b) => cmp(a.redeemDate, b.redeemDate) || cmp(a.pledgeNo, b.pledgeNo));
  redemptions.forEach((r, index) => { r.redemptionId = 61001 + index; });
  lots.sort((a, b) => cmp(a.auctionDate, b.auctionDate) || a.itemId.itemId - b.itemId.itemId);
  lots.forEach((l, index) => { l.lotId = 1 + index; l.itemId = l.itemId.itemId; });
  writeTable('pawn_shop', 'tblBranch', ['branchId', 'branchName', 'townName', 'openedYear', 'hasStrongRoom'], branches);
  writeTable('pawn_shop', 'tblCustomer', ['custId', 'custName', 'birthYear', 'idDocType', 'firstVisit', 'homeBranchId', 'isBarred'], customers);
  writeTable('pawn_shop', 'tblPledge', ['pledgeNo', 'custId', 'branchId', 'pledgeDate', 'loanAmt', 'monthlyRatePct', 'termMonths', 'dueDate', 'pledgeStatus'], pledges);
  writeTable('pawn_shop', 'tblPledgeItem', ['itemId', 'pledgeNo', 'itemCat', 'itemDesc', 'caratGrade', 'weightGrams', 'valuationAmt'], items);
  writeTable('pawn_shop', 'tblRedemption', ['redemptionId', 'pledgeNo', 'redeemDate', 'principalPaid', 'interestPaid', 'payMethod'], redemptions);
  writeTable('pawn_shop', 'tblAuctionLot', ['lotId', 'itemId', 'auctionDate', 'reservePrice', 'hammerPrice', 'buyerPremiumPct'], lots);
}

chessLeague();
balloonOps();
pawnShop();

// Writes databases/bowling_alley/data/*.csv: one small invented database, the same bytes on every run (a seeded
// generator, no clock). Run from anywhere: node bench/datasets/probe-plain12/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Ada', 'Basil', 'Cora', 'Dennis', 'Edna', 'Felix', 'Gloria', 'Hugh', 'Ivy', 'Jack', 'Kitty', 'Lloyd', 'Mabel', 'Neville', 'Olive', 'Percy', 'Queenie', 'Reg', 'Stella', 'Terry', 'Ursula', 'Vince', 'Winnie', 'Stan'];
const LAST = ['Appleyard', 'Brierley', 'Cockcroft', 'Dewhirst', 'Entwistle', 'Fozzard', 'Gledhill', 'Hirst', 'Ibbotson', 'Jessop', 'Kitson', 'Lockwood', 'Marsden', 'Nuttall', 'Ormerod', 'Pollard', 'Quarmby', 'Rhodes', 'Shackleton', 'Tattersall', 'Uttley', 'Vause', 'Wadsworth', 'Broadbent'];
const END = new Date(Date.UTC(2026, 10, 30));

/** A ten-pin bowling centre: lanes, leagues, league bowlers, games bowled and public lane bookings, 2025-2026. */
function bowlingAlley() {
  const { random, pick, between } = seeded(20250106);
  const nextName = namer(pick, FIRST, LAST);
  const lanes = [];
  for (let n = 1; n <= 16; n += 1) lanes.push({ lane_no: n, zone_cd: n > 12 ? 'VIP' : 'STD', bumpers: n <= 4, installed_yr: n <= 8 ? 2009 : n <= 12 ? 2016 : 2022 });
  // [name, night, format SCR scratch / HCP handicap, season start, season end, weekly fee]
  const leagueList = [
    ['Monday Masters', 'MON', 'SCR', '2025-09-01', '2026-05-18', 14.5], ['Tuesday Trios', 'TUE', 'HCP', '2025-09-02', '2026-04-28', 12.0],
    ['Wednesday Seniors', 'WED', 'HCP', '2025-01-08', '2025-07-16', 9.5], ['Thursday Mixed', 'THU', 'HCP', '2025-09-04', '2026-06-25', 11.0],
    ['Friday Firms', 'FRI', 'HCP', '2026-01-09', '2026-07-31', 13.0], ['Sunday Juniors', 'SUN', 'HCP', '2025-09-07', '2026-03-29', 6.0],
    ['Summer Social', 'WED', 'HCP', '2026-05-06', '2026-08-26', 8.0], ['Autumn Scratch Classic', 'MON', 'SCR', '2026-09-07', '2027-01-25', 15.0],
  ];
  const leagues = leagueList.map(([lg_nm, night_cd, fmt_cd, start_dt, end_dt, wk_fee], index) => ({ lg_id: 11 + index, lg_nm, night_cd, fmt_cd, start_dt, end_dt, wk_fee: money(wk_fee) }));
  const bowlers = [];
  for (let i = 0; i < 150; i += 1) {
    const [fname, lname] = nextName();
    const lg = i < 138 ? leagues[i % leagues.length] : null;
    const junior = lg?.lg_nm === 'Sunday Juniors';
    const skill = lg?.fmt_cd === 'SCR' ? between(165, 225) : junior ? between(70, 140) : between(110, 190);
    bowlers.push({ blr_id: 501 + i, fname, lname, lg_id: lg ? lg.lg_id : null, hand_cd: random() < 0.14 ? 'L' : 'R', birth_yr: junior ? between(2009, 2016) : between(1948, 2000), joined_dt: day(addDays(new Date(Date.UTC(2014, 0, 5)), between(0, 4300))), hcp: lg?.fmt_cd === 'SCR' ? null : Math.max(0, Math.round((210 - skill) * 0.9)), skill });
  }
  const games = [];
  const weekday = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5 };
  for (const lg of leagues) {
    const members = bowlers.filter((b) => b.lg_id === lg.lg_id);
    for (let d = new Date(`${lg.start_dt}T00:00:00Z`); d <= new Date(`${lg.end_dt}T00:00:00Z`) && d <= END; d = addDays(d, 1)) {
      if (d.getUTCDay() !== weekday[lg.night_cd]) continue;
      for (const b of members) {
        if (random() < 0.12) continue;
        const lane = between(1, 12);
        for (let g = 1; g <= 3; g += 1) games.push({ game_id: 0, blr_id: b.blr_id, lane_no: lane, played_dt: day(d), game_no: g, score: 0, strikes_n: 0, gm_type: 'LG', b });
      }
    }
  }
  for (const b of bowlers) {
    const practice = between(0, 14);
    for (let k = 0; k < practice; k += 1) {
      const d = addDays(new Date(Date.UTC(2025, 0, 2)), between(0, 697));
      const lane = between(1, 16);
      const n = between(1, 3);
      for (let g = 1; g <= n; g += 1) games.push({ game_id: 0, blr_id: b.blr_id, lane_no: lane, played_dt: day(d), game_no: g, score: 0, strikes_n: 0, gm_type: 'PR', b });
    }
  }
  for (const t of ['2025-03-15', '2025-10-18', '2026-03-14', '2026-10-17']) {
    for (const b of bowlers.filter((x) => x.skill > 150 && x.lg_id !== null)) {
      if (random() < 0.5) continue;
      for (let g = 1; g <= 4; g += 1) games.push({ game_id: 0, blr_id: b.blr_id, lane_no: between(1, 16), played_dt: t, game_no: g, score: 0, strikes_n: 0, gm_type: 'TRN', b });
    }
  }
  games.sort((a, b) => cmp(a.played_dt, b.played_dt) || a.lane_no - b.lane_no || a.blr_id - b.blr_id || a.game_no - b.game_no);
  games.forEach((g, index) => {
    g.game_id = 100001 + index;
    g.score = Math.max(20, Math.min(300, Math.round(g.b.skill + (random() - 0.5) * 90)));
    g.strikes_n = Math.max(0, Math.min(12, Math.round((g.score - 90) / 16 + (random() - 0.5) * 3)));
  });
  const perfect = games.find((g) => g.b.skill > 215 && g.gm_type === 'LG' && g.played_dt > '2026-01-01');
  if (perfect) { perfect.score = 300; perfect.strikes_n = 12; }
  const bookings = [];
  for (let d = new Date(Date.UTC(2025, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    const n = dow === 0 || dow === 6 ? between(8, 16) : between(2, 7);
    for (let k = 0; k < n; k += 1) {
      const party = dow === 0 || dow === 6 ? pick(['WLK', 'WLK', 'BDY', 'BDY', 'BDY', 'CRP']) : pick(['WLK', 'WLK', 'WLK', 'CRP', 'SCH', 'BDY']);
      const pax = party === 'BDY' ? between(6, 12) : party === 'SCH' ? between(10, 16) : party === 'CRP' ? between(5, 10) : between(1, 6);
      const lanesNeeded = pax > 8 ? 2 : 1;
      const gamesN = party === 'WLK' ? pick([1, 2, 2, 3]) : 2;
      const lane = party === 'CRP' && random() < 0.6 ? between(13, 16) : between(1, 12);
      const start = addMinutes(d, (dow === 0 || dow === 6 ? between(10, 20) : party === 'SCH' ? between(9, 13) : between(12, 21)) * 60 + pick([0, 30]));
      const perHead = party === 'BDY' ? 14.95 : party === 'CRP' ? 18 : party === 'SCH' ? 6.5 : 5.75 * gamesN;
      const roll = random();
      const status = roll < 0.06 ? 'X' : roll < 0.09 ? 'NS' : 'C';
      const year = d.getUTCFullYear();
      bookings.push({ bk_id: 0, lane_no: lane, start_ts: stamp(start), lanes_n: lanesNeeded, games_n: gamesN, pax_n: pax, party_cd: party, amt_gbp: money(pax * perHead * (year === 2026 ? 1.08 : 1) + (lane > 12 ? 20 : 0)), status_cd: status });
    }
  }
  bookings.sort((a, b) => cmp(a.start_ts, b.start_ts) || a.lane_no - b.lane_no);
  bookings.forEach((b, index) => { b.bk_id = 70001 + index; });
  writeTable('bowling_alley', 'lane', ['lane_no', 'zone_cd', 'bumpers', 'installed_yr'], lanes);
  writeTable('bowling_alley', 'league', ['lg_id', 'lg_nm', 'night_cd', 'fmt_cd', 'start_dt', 'end_dt', 'wk_fee'], leagues);
  writeTable('bowling_alley', 'bowler', ['blr_id', 'fname', 'lname', 'lg_id', 'hand_cd', 'birth_yr', 'joined_dt', 'hcp'], bowlers);
  writeTable('bowling_alley', 'game', ['game_id', 'blr_id', 'lane_no', 'played_dt', 'game_no', 'score', 'strikes_n', 'gm_type'], games);
  writeTable('bowling_alley', 'lane_bkg', ['bk_id', 'lane_no', 'start_ts', 'lanes_n', 'games_n', 'pax_n', 'party_cd', 'amt_gbp', 'status_cd'], bookings);
}

bowlingAlley();

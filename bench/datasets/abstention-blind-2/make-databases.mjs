// Writes databases/{bistro,football_league,issue_tracker}/data/*.csv: three small invented databases, the same bytes
// on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-blind-2/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, csvTableWriter, day, money, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Adele', 'Bruno', 'Camille', 'Dev', 'Esther', 'Felix', 'Gita', 'Hamza', 'Ingrid', 'Joao', 'Kasia', 'Leon', 'Mina', 'Nils', 'Orla', 'Pietro', 'Rhea', 'Stefan', 'Tomas', 'Uma', 'Viktor', 'Wanda', 'Xavier', 'Yusuf', 'Zara'];
const LAST = ['Abbott', 'Bakker', 'Castillo', 'Dubois', 'Eriksen', 'Ferreira', 'Gallagher', 'Hoffmann', 'Iyer', 'Jovanovic', 'Kaur', 'Lambert', 'Mendes', 'Nakamura', 'Oyelaran', 'Petrov', 'Quigley', 'Reyes', 'Sato', 'Varga'];

function bistro() {
  const { random, pick, between } = seeded(20260904);
  const menu = [
    ['Tomato and basil soup', 'starter', 8.5, true], ['Burrata with peaches', 'starter', 12, true], ['Crispy calamari', 'starter', 11.5, false],
    ['Beef carpaccio', 'starter', 13, false], ['Grilled sea bass', 'main', 27, false], ['Mushroom risotto', 'main', 19.5, true],
    ['Ribeye steak', 'main', 34, false], ['Roast chicken', 'main', 22, false], ['Aubergine parmigiana', 'main', 18, true],
    ['Lamb shank', 'main', 29.5, false], ['Tiramisu', 'dessert', 9, true], ['Lemon tart', 'dessert', 8.5, true],
    ['Chocolate fondant', 'dessert', 10, true], ['House red wine (glass)', 'drink', 7.5, true], ['House white wine (glass)', 'drink', 7.5, true],
    ['Sparkling water', 'drink', 4, true], ['Espresso', 'drink', 3, true], ['Craft lager', 'drink', 6.5, true],
  ].map(([name, course, price, vegetarian], index) => ({ item_id: index + 1, name, course, price_usd: money(price), is_vegetarian: vegetarian }));
  const servers = [
    ['Marta', 'Quigley', '2021-04-12'], ['Oscar', 'Lambert', '2023-06-01'], ['Priya', 'Iyer', '2019-10-07'],
    ['Luca', 'Mendes', '2025-02-17'], ['Hanna', 'Eriksen', '2024-08-26'], ['Sami', 'Oyelaran', '2026-05-04'],
  ].map(([first_name, last_name, hired_on], index) => ({ server_id: index + 1, first_name, last_name, hired_on }));

  const reservations = [];
  const checks = [];
  const checkItems = [];
  const start = new Date(Date.UTC(2026, 8, 1));
  for (let offset = 0; offset < 91; offset += 1) {
    const date = addDays(start, offset);
    if (date.getUTCDay() === 1) continue; // closed on Mondays
    const covers = date.getUTCDay() === 5 || date.getUTCDay() === 6 ? between(4, 6) : between(1, 3);
    for (let n = 0; n < covers; n += 1) {
      const walkIn = random() < 0.25;
      const when = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), pick([12, 13, 18, 19, 19, 20, 20, 21]), pick([0, 15, 30, 45])));
      const party = pick([1, 2, 2, 2, 2, 3, 4, 4, 5, 6, 8]);
      let reservationId = null;
      if (!walkIn) {
        const roll = random();
        const status = roll < 0.82 ? 'seated' : roll < 0.93 ? 'cancelled' : 'no_show';
        reservationId = 501 + reservations.length;
        reservations.push({
          reservation_id: reservationId,
          guest_name: `${pick(FIRST)} ${pick(LAST)}`,
          party_size: party,
          booked_for: stamp(when),
          booked_via: pick(['phone', 'website', 'website', 'app']),
          status,
        });
        if (status !== 'seated') continue;
      }
      const checkId = 1001 + checks.length;
      const server = pick(servers.filter((s) => s.hired_on <= day(date)));
      let total = 0;
      const mains = party;
      const chosen = new Map();
      const add = (item, qty) => chosen.set(item, (chosen.get(item) ?? 0) + qty);
      for (let i = 0; i < mains; i += 1) add(pick(menu.filter((m) => m.course === 'main')), 1);
      for (let i = 0; i < between(0, party); i += 1) add(pick(menu.filter((m) => m.course === 'starter')), 1);
      for (let i = 0; i < between(0, party); i += 1) add(pick(menu.filter((m) => m.course === 'dessert')), 1);
      for (let i = 0; i < between(1, party + 1); i += 1) add(pick(menu.filter((m) => m.course === 'drink')), between(1, 2));
      for (const [item, qty] of [...chosen.entries()].sort((a, b) => a[0].item_id - b[0].item_id)) {
        checkItems.push({ check_line_id: checkItems.length + 1, check_id: checkId, item_id: item.item_id, quantity: qty });
        total += qty * Number(item.price_usd);
      }
      checks.push({
        check_id: checkId,
        reservation_id: reservationId,
        server_id: server.server_id,
        table_number: between(1, 14),
        guests: party,
        opened_at: stamp(when),
        closed_at: stamp(addMinutes(when, between(45, 140))),
        payment_method: random() < 0.85 ? 'card' : 'cash',
        tip_usd: money(total * pick([0, 0.1, 0.12, 0.15, 0.18, 0.2])),
      });
    }
  }
  writeTable('bistro', 'menu_items', ['item_id', 'name', 'course', 'price_usd', 'is_vegetarian'], menu);
  writeTable('bistro', 'servers', ['server_id', 'first_name', 'last_name', 'hired_on'], servers);
  writeTable('bistro', 'reservations', ['reservation_id', 'guest_name', 'party_size', 'booked_for', 'booked_via', 'status'], reservations);
  writeTable('bistro', 'checks', ['check_id', 'reservation_id', 'server_id', 'table_number', 'guests', 'opened_at', 'closed_at', 'payment_method', 'tip_usd'], checks);
  writeTable('bistro', 'check_items', ['check_line_id', 'check_id', 'item_id', 'quantity'], checkItems);
}

function footballLeague() {
  const { random, pick, between } = seeded(20260307);
  const clubs = [
    ['Northport Rovers', 'Northport', 1898, 'Quayside Park', 24000], ['Ashford Athletic', 'Ashford', 1905, 'Mill Lane', 15500],
    ['Kingsbridge United', 'Kingsbridge', 1887, 'The Crescent', 31000], ['Eastmere Town', 'Eastmere', 1921, 'Lakeview Ground', 9800],
    ['Redcliffe City', 'Redcliffe', 1910, 'Castle Road', 27500], ['Westholm Wanderers', 'Westholm', 1932, 'Heath Stadium', 12000],
    ['Dunmore FC', 'Dunmore', 1949, 'Station Field', 7200], ['Harlow Vale', 'Harlow', 1902, 'Vale Park', 18300],
  ].map(([name, city, founded_year, stadium, stadium_capacity], index) => ({ club_id: index + 1, name, city, founded_year, stadium, stadium_capacity }));
  const nations = ['England', 'England', 'England', 'Scotland', 'Ireland', 'Wales', 'France', 'Spain', 'Nigeria', 'Brazil', 'Netherlands', 'Ghana'];
  const players = [];
  for (const club of clubs) {
    const shape = ['GK', 'GK', 'DF', 'DF', 'DF', 'DF', 'DF', 'MF', 'MF', 'MF', 'MF', 'MF', 'FW', 'FW', 'FW'];
    const numbers = new Set();
    shape.forEach((position) => {
      let number = position === 'GK' ? (numbers.has(1) ? 13 : 1) : between(2, 30);
      while (numbers.has(number)) number += 1;
      numbers.add(number);
      players.push({
        player_id: players.length + 1,
        club_id: club.club_id,
        first_name: pick(FIRST),
        last_name: pick(LAST),
        position,
        shirt_number: number,
        born_on: day(addDays(new Date(Date.UTC(1991, 0, 1)), between(0, 15 * 365))),
        nationality: pick(nations),
      });
    });
  }
  // Double round robin: 14 matchdays, each pair meets home and away.
  const ids = clubs.map((c) => c.club_id);
  const rounds = [];
  const rotating = ids.slice(1);
  for (let r = 0; r < ids.length - 1; r += 1) {
    const order = [ids[0], ...rotating];
    const pairs = [];
    for (let i = 0; i < ids.length / 2; i += 1) pairs.push(r % 2 === 0 ? [order[i], order[ids.length - 1 - i]] : [order[ids.length - 1 - i], order[i]]);
    rounds.push(pairs);
    rotating.unshift(rotating.pop());
  }
  const allRounds = [...rounds, ...rounds.map((pairs) => pairs.map(([h, a]) => [a, h]))];
  const matches = [];
  const goals = [];
  const cards = [];
  const season = new Date(Date.UTC(2026, 2, 7));
  allRounds.forEach((pairs, index) => {
    const date = addDays(season, index * 14);
    pairs.forEach(([home, away]) => {
      const matchId = matches.length + 1;
      const homeGoals = pick([0, 0, 1, 1, 1, 2, 2, 2, 3, 4]);
      const awayGoals = pick([0, 0, 0, 1, 1, 1, 2, 2, 3]);
      const ground = clubs[home - 1];
      matches.push({
        match_id: matchId,
        matchday: index + 1,
        played_on: day(addDays(date, pick([0, 0, 1]))),
        home_club_id: home,
        away_club_id: away,
        home_goals: homeGoals,
        away_goals: awayGoals,
        attendance: Math.round(ground.stadium_capacity * (0.55 + random() * 0.44)),
      });
      const scorers = (clubId, count) => {
        const squad = players.filter((p) => p.club_id === clubId && p.position !== 'GK');
        for (let g = 0; g < count; g += 1) {
          const weighted = squad.filter((p) => p.position === 'FW' || random() < 0.4);
          goals.push({ goal_id: 0, match_id: matchId, player_id: pick(weighted.length ? weighted : squad).player_id, minute: between(1, 90), is_penalty: random() < 0.12 });
        }
      };
      scorers(home, homeGoals);
      scorers(away, awayGoals);
      for (let c = 0; c < between(0, 5); c += 1) {
        const clubId = random() < 0.5 ? home : away;
        cards.push({ card_id: 0, match_id: matchId, player_id: pick(players.filter((p) => p.club_id === clubId)).player_id, minute: between(5, 90), colour: random() < 0.08 ? 'red' : 'yellow' });
      }
    });
  });
  goals.sort((a, b) => a.match_id - b.match_id || a.minute - b.minute);
  goals.forEach((goal, index) => (goal.goal_id = index + 1));
  cards.sort((a, b) => a.match_id - b.match_id || a.minute - b.minute);
  cards.forEach((card, index) => (card.card_id = index + 1));
  writeTable('football_league', 'clubs', ['club_id', 'name', 'city', 'founded_year', 'stadium', 'stadium_capacity'], clubs);
  writeTable('football_league', 'players', ['player_id', 'club_id', 'first_name', 'last_name', 'position', 'shirt_number', 'born_on', 'nationality'], players);
  writeTable('football_league', 'matches', ['match_id', 'matchday', 'played_on', 'home_club_id', 'away_club_id', 'home_goals', 'away_goals', 'attendance'], matches);
  writeTable('football_league', 'goals', ['goal_id', 'match_id', 'player_id', 'minute', 'is_penalty'], goals);
  writeTable('football_league', 'cards', ['card_id', 'match_id', 'player_id', 'minute', 'colour'], cards);
}

function issueTracker() {
  const { random, pick, between } = seeded(20260111);
  const engineers = [
    ['Alina Petrov', 'backend', 'staff', '2019-03-04'], ['Ben Castillo', 'backend', 'senior', '2021-07-19'], ['Chen Sato', 'backend', 'mid', '2024-01-08'],
    ['Dora Bakker', 'frontend', 'senior', '2020-11-02'], ['Emeka Oyelaran', 'frontend', 'junior', '2025-09-15'], ['Fatima Kaur', 'frontend', 'mid', '2023-05-22'],
    ['Gus Hoffmann', 'mobile', 'senior', '2022-02-14'], ['Hiro Nakamura', 'mobile', 'mid', '2024-06-03'], ['Ivana Jovanovic', 'platform', 'staff', '2018-08-27'],
    ['Jakub Varga', 'platform', 'junior', '2026-02-02'], ['Keira Gallagher', 'qa', 'mid', '2022-10-10'],
  ].map(([full_name, team, level, joined_on], index) => ({ engineer_id: index + 1, full_name, team, level, joined_on }));
  const releases = [
    ['4.0.0', '2026-01-27'], ['4.1.0', '2026-02-24'], ['4.1.1', '2026-03-06'], ['4.2.0', '2026-03-31'], ['4.3.0', '2026-04-28'],
    ['4.4.0', '2026-06-02'], ['4.4.1', '2026-06-11'], ['4.5.0', '2026-07-07'], ['4.6.0', '2026-08-11'], ['4.7.0', '2026-09-15'],
    ['4.8.0', '2026-10-20'], ['4.8.1', '2026-10-29'], ['4.9.0', '2026-11-24'],
  ].map(([version, shipped_on], index) => ({ release_id: index + 1, version, shipped_on }));
  const subjects = {
    bug: ['Login page freezes on Safari', 'CSV export drops the last row', 'Push notifications arrive twice', 'Search ignores accented letters', 'Crash when uploading a large avatar', 'Timezone shown wrong on invoices', 'Dark mode text unreadable in settings', 'Password reset link expires too early', 'Memory leak in the sync worker', 'Pagination skips items on page 3'],
    feature: ['Add two-factor authentication', 'Bulk edit for tags', 'Export reports to PDF', 'Offline mode for the mobile app', 'Slack integration for alerts', 'Custom fields on projects', 'Keyboard shortcuts in the editor', 'Audit log for admin actions'],
    chore: ['Upgrade Node to 22', 'Remove unused feature flags', 'Rotate staging certificates', 'Migrate CI to new runners', 'Bump database driver', 'Clean up flaky end-to-end tests'],
  };
  const areas = { backend: ['api', 'billing', 'search'], frontend: ['web'], mobile: ['ios', 'android'], platform: ['infra'], qa: ['web', 'api'] };
  const tickets = [];
  const worklogs = [];
  const start = new Date(Date.UTC(2026, 0, 5, 9));
  for (let index = 0; index < 210; index += 1) {
    const type = pick(['bug', 'bug', 'bug', 'feature', 'feature', 'chore']);
    const created = addMinutes(addDays(start, between(0, 325)), between(0, 480));
    const eligible = engineers.filter((e) => e.joined_on <= day(created));
    const assignee = random() < 0.9 ? pick(eligible.filter((e) => e.team !== 'qa')) : null;
    const reporter = random() < 0.4 ? engineers[10] : pick(eligible);
    const daysOpen = between(1, type === 'feature' ? 60 : 25);
    const resolvedAt = addDays(created, daysOpen);
    const finished = assignee && resolvedAt < new Date(Date.UTC(2026, 10, 30, 18));
    const status = !assignee ? 'open' : finished ? (random() < 0.08 ? 'wont_fix' : 'done') : pick(['in_progress', 'in_review', 'open']);
    const release = status === 'done' ? releases.find((r) => r.shipped_on >= day(resolvedAt)) : undefined;
    const ticketId = 1201 + index;
    tickets.push({
      ticket_id: ticketId,
      title: pick(subjects[type]),
      type,
      priority: type === 'bug' ? pick(['P1', 'P2', 'P2', 'P3', 'P3', 'P4']) : pick(['P2', 'P3', 'P3', 'P4']),
      component: assignee ? pick(areas[assignee.team]) : pick(['web', 'api', 'ios']),
      status,
      reporter_id: reporter.engineer_id,
      assignee_id: assignee ? assignee.engineer_id : null,
      story_points: type === 'chore' ? pick([1, 1, 2, 3]) : pick([1, 2, 3, 5, 8, 13]),
      created_at: stamp(created),
      resolved_at: status === 'done' || status === 'wont_fix' ? stamp(resolvedAt) : null,
      fixed_in_release_id: release ? release.release_id : null,
    });
    if (assignee && status !== 'open') {
      const logs = between(1, 4);
      for (let l = 0; l < logs; l += 1) {
        const logged = addDays(created, Math.min(daysOpen, between(0, daysOpen)));
        if (logged > new Date(Date.UTC(2026, 10, 30))) continue;
        worklogs.push({ worklog_id: 0, ticket_id: ticketId, engineer_id: assignee.engineer_id, logged_on: day(logged), hours: (between(1, 16) / 2).toFixed(1) });
      }
    }
  }
  worklogs.sort((a, b) => a.logged_on.localeCompare(b.logged_on) || a.ticket_id - b.ticket_id);
  worklogs.forEach((log, index) => (log.worklog_id = index + 1));
  writeTable('issue_tracker', 'engineers', ['engineer_id', 'full_name', 'team', 'level', 'joined_on'], engineers);
  writeTable('issue_tracker', 'releases', ['release_id', 'version', 'shipped_on'], releases);
  writeTable('issue_tracker', 'tickets', ['ticket_id', 'title', 'type', 'priority', 'component', 'status', 'reporter_id', 'assignee_id', 'story_points', 'created_at', 'resolved_at', 'fixed_in_release_id'], tickets);
  writeTable('issue_tracker', 'worklogs', ['worklog_id', 'ticket_id', 'engineer_id', 'logged_on', 'hours'], worklogs);
}

bistro();
footballLeague();
issueTracker();

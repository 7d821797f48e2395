import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { runAnswerChecks } from '../src/trust/run-answer-checks.js';
import { attemptOf, expectCheckCase, parsedChecks, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up cycling club: the cases are English constructions, not any dataset's questions. */
const TABLES = [
  { name: 'riders', comment: 'Members of the club', columns: [['rider_id', 'INTEGER'], ['full_name', 'VARCHAR'], ['town', 'VARCHAR']] },
  {
    name: 'rides',
    comment: 'One outing of one rider',
    columns: [
      ['ride_id', 'INTEGER'],
      ['rider_id', 'INTEGER'],
      ['ridden_on', 'DATE'],
      ['kilometres', 'DOUBLE'],
      ['climb_m', 'INTEGER'],
      ['source', 'VARCHAR', 'How the ride was recorded: watch, phone (app) or manual'],
      ['moving_hours', 'DOUBLE'],
      ['logged_on', 'DATE', 'Day the ride was entered', 'not null'],
      ['reviewed_on', 'DATE', 'Day a coach looked at the ride; NULL until then'],
    ],
  },
] as const;

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'club',
    TABLES.map((table) => ({
      name: table.name,
      comment: table.comment,
      columns: table.columns.map(([name, type, comment, notNull]: readonly string[]) => ({ name, type, comment, nullable: notNull === undefined, primary_key: name === `${table.name.slice(0, -1)}_id` })),
    })),
  );

const cases: CheckCase[] = [
  // commented_column: a three-letter word only a column's comment uses ("app") points at that column too
  ['short comment word unread', 'How many rides were logged with the app?', 'SELECT COUNT(*) FROM rides', ['n'], 1, 'commented_column', false],
  ['short comment word read', 'How many rides were logged with the app?', "SELECT COUNT(*) FROM rides WHERE source = 'phone'", ['n'], 1, 'commented_column', true],
  // count_shape: "how many <quantity>" adds the quantity up; counting its distinct values answers another question
  ['quantity counted by distinct values', 'How many kilometres did the club ride in May?', 'SELECT COUNT(DISTINCT rides.kilometres) FROM rides', ['n'], 1, 'count_shape', false],
  ['quantity counted through an alias', 'How many metres of climbing did Ana do?', 'SELECT COUNT(DISTINCT r.climb_m) FROM rides AS r', ['n'], 1, 'count_shape', false],
  ['quantity added up', 'How many kilometres did the club ride in May?', 'SELECT SUM(kilometres) FROM rides', ['n'], 1, 'count_shape', true],
  ['different values asked', 'How many different distances have riders covered?', 'SELECT COUNT(DISTINCT kilometres) FROM rides', ['n'], 1, 'count_shape', true],
  ['a key counted by distinct values', 'How many riders went out in May?', 'SELECT COUNT(DISTINCT rider_id) FROM rides', ['n'], 1, 'count_shape', true],
  // unaddressed: a short form that drops a word's vowels ("hrs") is read by the column it shortens
  ['abbreviation read', 'Total hrs ridden by each rider', 'SELECT rider_id, SUM(moving_hours) FROM rides GROUP BY 1', ['rider_id', 'total'], 3, 'unaddressed', true],
  ['abbreviation unread', 'Total hrs ridden by each rider', 'SELECT rider_id, SUM(kilometres) FROM rides GROUP BY 1', ['rider_id', 'total'], 3, 'unaddressed', false],
  // columns_used: a verb naming a date every row has keeps no row out; one some rows lack does
  ['every row has the date', 'How many rides were logged?', 'SELECT COUNT(*) FROM rides', ['n'], 1, 'columns_used', true],
  ['some rows lack the date', 'How many rides were reviewed?', 'SELECT COUNT(*) FROM rides', ['n'], 1, 'columns_used', false],
  // grouping: "average … per <rows>" is one average over those rows, not a row for each of them
  ['one average per unit asked, a row per unit given', 'What is the average climb per ride?', 'SELECT ride_id, AVG(climb_m) FROM rides GROUP BY 1', ['ride_id', 'avg'], 4, 'grouping', false],
  ['one average per unit', 'What is the average climb per ride?', 'SELECT AVG(climb_m) FROM rides', ['avg'], 1, 'grouping', true],
  ['average per attribute', 'What is the average climb per town?', 'SELECT town, AVG(climb_m) FROM rides JOIN riders USING (rider_id) GROUP BY 1', ['town', 'avg'], 3, 'grouping', true],
  // asked_measures: two measures asked side by side need two aggregates
  ['second measure dropped', 'Total kilometres and number of rides per rider', 'SELECT rider_id, COUNT(*) FROM rides GROUP BY 1', ['rider_id', 'n'], 3, 'asked_measures', false],
  ['both measures computed', 'Total kilometres and number of rides per rider', 'SELECT rider_id, SUM(kilometres), COUNT(*) FROM rides GROUP BY 1', ['rider_id', 'km', 'n'], 3, 'asked_measures', true],
  ['three aggregates of one column', 'What is the average, minimum and maximum climb?', 'SELECT AVG(climb_m), MIN(climb_m), MAX(climb_m) FROM rides', ['a', 'b', 'c'], 1, 'asked_measures', true],
  ['one measure asked twice', 'Find the total climb for each rider. List the total climb and the rider id.', 'SELECT rider_id, SUM(climb_m) FROM rides GROUP BY 1', ['rider_id', 'total'], 3, 'asked_measures', true],
  // group_key_counted: counting the distinct values of the column grouped by gives 1 in every group
  ['group key counted', 'Number of riders per town', 'SELECT town, COUNT(DISTINCT town) FROM riders GROUP BY 1', ['town', 'n'], 3, 'group_key_counted', false],
  ['another column counted', 'Number of riders per town', 'SELECT town, COUNT(DISTINCT rider_id) FROM riders GROUP BY 1', ['town', 'n'], 3, 'group_key_counted', true],
  // amount_shape: "how much" and "how often" want an amount, not the stored rows
  ['amount asked, rows listed', 'How much did Ana ride in May?', 'SELECT * FROM rides WHERE rider_id = 1', ['ride_id', 'rider_id', 'kilometres'], 5, 'amount_shape', false],
  ['how often asked, one stored row listed', 'How often did Ana ride in May?', 'SELECT rides.* FROM rides WHERE rider_id = 1', ['ride_id', 'rider_id'], 1, 'amount_shape', false],
  ['amount added up', 'How much did Ana ride in May?', 'SELECT SUM(kilometres) FROM rides WHERE rider_id = 1', ['km'], 1, 'amount_shape', true],
  ['an amount for each row asked', 'How much did each ride climb?', 'SELECT ride_id, climb_m FROM rides', ['ride_id', 'climb_m'], 4, 'amount_shape', true],
  // counted_noun: the SQL must read what "how many" counts, or it counts something else
  ['another thing counted', 'How many weeks did Ana ride in May?', 'SELECT COUNT(*) FROM rides WHERE rider_id = 1', ['n'], 1, 'counted_noun', false],
  ['the rows counted are the thing', 'How many rides did Ana log in May?', 'SELECT COUNT(*) FROM rides WHERE rider_id = 1', ['n'], 1, 'counted_noun', true],
  ['the thing is a value', 'How many watches recorded a ride?', "SELECT COUNT(*) FROM rides WHERE source = 'watch'", ['n'], 1, 'counted_noun', true],
  ['the thing is a WordNet relative of the table', 'How many cyclists live in Leeds?', "SELECT COUNT(*) FROM riders WHERE town = 'Leeds'", ['n'], 1, 'counted_noun', true],
  ['people are whatever rows are counted', 'How many people rode in May?', 'SELECT COUNT(DISTINCT rider_id) FROM rides', ['n'], 1, 'counted_noun', true],
];

/** One column of the given values. */
const column = (values: string[]) => values.map((value) => [value]);

const repeated: Array<[why: string, question: string, sql: string, values: string[], passed: boolean]> = [
  ['which value asked, values repeated', 'In which town do the riders live?', 'SELECT town FROM riders', ['Tarn', 'Tarn', 'Vale'], false],
  ['which value asked, each once', 'In which town do the riders live?', 'SELECT DISTINCT town FROM riders', ['Tarn', 'Vale'], true],
  ['one value per row asked', 'Which town does each rider live in?', 'SELECT town FROM riders', ['Tarn', 'Tarn', 'Vale'], true],
  ['"what are" asks for the rows', 'What are the towns of the riders?', 'SELECT town FROM riders', ['Tarn', 'Tarn', 'Vale'], true],
];

describe('the checks see repeated values where the question asks which values', () => {
  it.each(repeated)('%s: %s', (_why, question, sql, values, passed) => {
    const found = runAnswerChecks(contextFor(question), attemptOf(sql, ['town'], column(values))).find((r) => r.name === 'repeated_values');
    expect(found?.passed ?? true, JSON.stringify(found)).toBe(passed);
  });
});

/** Made-up races and the riders' entries in them: an entry names its race by value. */
const entriesContext = (question: string): Context =>
  questionContext(question, 'club', [
    { name: 'races', columns: [{ name: 'race_id', type: 'INTEGER', primary_key: true }, { name: 'race_name' }] },
    { name: 'entries', columns: [{ name: 'entry_id', type: 'INTEGER', primary_key: true }, { name: 'race_name' }, { name: 'town' }] },
  ]);

const pluralRepeated: Array<[why: string, question: string, sql: string, values: string[], passed: boolean]> = [
  ['things named by another table\'s rows, repeated', 'Which races were ridden in Leeds?', "SELECT race_name FROM entries WHERE town = 'Leeds'", ['Tour', 'Tour', 'Dash'], false],
  ['things named by another table\'s rows, each once', 'Which races were ridden in Leeds?', "SELECT DISTINCT race_name FROM entries WHERE town = 'Leeds'", ['Tour', 'Dash'], true],
  ['the rows are the things, two sharing a name', 'Which races are there?', 'SELECT race_name FROM races', ['Tour', 'Tour', 'Dash'], true],
];

describe('the checks see a plural asked of the rows that mention it, repeated', () => {
  it.each(pluralRepeated)('%s: %s', async (_why, question, sql, values, passed) => {
    const found = (await parsedChecks(entriesContext(question), attemptOf(sql, ['race_name'], column(values)))).find((r) => r.name === 'repeated_values');
    expect(found?.passed ?? true, JSON.stringify(found)).toBe(passed);
  });
});

describe('the checks see an answer whose shape is not the question', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});

/** A made-up chess league: games between two clubs, and the points each player wins in a game. */
function leagueContext(question: string): Context {
  const column = (name: string, references?: string) => ({ name, type: 'INTEGER', primary_key: name === 'id', ...(references ? { references } : {}) });
  return questionContext(question, 'league', [
    { name: 'clubs', columns: [column('id'), { name: 'name' }] },
    { name: 'members', columns: [column('id'), column('club_id', 'clubs.id')] },
    { name: 'fixtures', columns: [column('id'), column('host_club_id', 'clubs.id'), column('guest_club_id', 'clubs.id')] },
    { name: 'wins', columns: [column('id'), column('fixture_id', 'fixtures.id'), column('member_id', 'members.id')] },
    { name: 'tournaments', columns: [column('id'), column('entered'), column('completed')] },
  ]);
}

const twoSided: Array<[why: string, question: string, sql: string, passed: boolean]> = [
  ['rows of a two-club record counted for one of its clubs', 'Which club won the most games as host?', 'SELECT c.name FROM wins w JOIN fixtures f ON w.fixture_id = f.id JOIN clubs c ON f.host_club_id = c.id GROUP BY c.name ORDER BY COUNT(*) DESC LIMIT 1', false],
  ['rows counted for their own club', 'Which club won the most games?', 'SELECT c.name FROM wins w JOIN members m ON w.member_id = m.id JOIN clubs c ON m.club_id = c.id GROUP BY c.name ORDER BY COUNT(*) DESC LIMIT 1', true],
  ['the two-club records themselves counted', 'Which club hosted the most fixtures?', 'SELECT c.name FROM fixtures f JOIN clubs c ON f.host_club_id = c.id GROUP BY c.name ORDER BY COUNT(*) DESC LIMIT 1', true],
];

describe('the checks see a recorded count answered by counting rows', () => {
  it.each([
    ['rows counted', 'SELECT COUNT(*) FROM tournaments', false],
    ['the recorded count added up', 'SELECT SUM(completed) FROM tournaments', true],
  ] as const)('%s', async (_why, sql, passed) => {
    const found = (await parsedChecks(leagueContext('How many players finished the tournaments?'), attemptOf(sql, ['n'], [[1]]))).find((r) => r.name === 'counted_participle');
    expect(found?.passed ?? true, JSON.stringify(found)).toBe(passed);
  });
});

describe('the checks see rows of a two-sided record counted for one side', () => {
  it.each(twoSided)('%s: %s', (_why, question, sql, passed) => {
    const found = runAnswerChecks(leagueContext(question), attemptOf(sql, ['name'], [['a']])).find((r) => r.name === 'two_sided_count');
    expect(found?.passed ?? true, JSON.stringify(found)).toBe(passed);
  });
});

/** A made-up farmers' market: what each stall sold of each good, week by week. */
function marketContext(question: string): Context {
  const column = (name: string, type = 'INTEGER') => ({ name, type, primary_key: name === 'id' });
  return questionContext(question, 'market', [
    { name: 'stalls', columns: [column('id'), column('stall_name', 'VARCHAR')] },
    { name: 'goods', columns: [column('id'), column('good_name', 'VARCHAR'), column('price_pence')] },
    { name: 'weekly_takings', columns: [column('stall_id'), column('good_id'), column('week_no'), column('sold')] },
  ]);
}

describe('the checks see a quantity the question\'s verb names answered by counting rows', () => {
  it.each([
    ['rows of the week counted', 'How many jars of heather honey did Mill Lane sell?', "SELECT COUNT(*) FROM goods g JOIN weekly_takings w ON w.good_id = g.id JOIN stalls s ON s.id = w.stall_id WHERE g.good_name = 'Heather honey' AND s.stall_name = 'Mill Lane'", false],
    ['the good itself counted', 'How many jars of heather honey did we sell in total?', "SELECT COUNT(*) FROM goods WHERE good_name = 'Heather honey'", false],
    ['the sold column added up', 'How many jars of heather honey did Mill Lane sell?', "SELECT SUM(w.sold) FROM goods g JOIN weekly_takings w ON w.good_id = g.id JOIN stalls s ON s.id = w.stall_id WHERE g.good_name = 'Heather honey' AND s.stall_name = 'Mill Lane'", true],
    ['the rows of a table the question counts', 'How many stalls sell heather honey?', "SELECT COUNT(*) FROM stalls s JOIN weekly_takings w ON w.stall_id = s.id JOIN goods g ON g.id = w.good_id WHERE g.good_name = 'Heather honey'", true],
  ] as const)('%s', async (_why, question, sql, passed) => {
    const found = (await parsedChecks(marketContext(question), attemptOf(sql, ['n'], [[3]]))).find((r) => r.name === 'counted_participle');
    expect(found?.passed ?? true, JSON.stringify(found)).toBe(passed);
  });
});

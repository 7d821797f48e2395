import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';
import { runCli } from './helpers/run-cli.js';

/**
 * A made-up sailing club: "how many" answered by counting something other than what the question counts. The cases
 * are about the SQL's outer COUNT: what rows or values it counts, and whether the outer query shows a count at all.
 */
const TABLES = [
  { name: 'clubs', columns: [['club_id', 'INTEGER'], ['club_name', 'VARCHAR']] },
  { name: 'boats', columns: [['boat_id', 'INTEGER'], ['boat_name', 'VARCHAR'], ['club_id', 'INTEGER']] },
  { name: 'races', columns: [['race_id', 'INTEGER'], ['regatta_name', 'VARCHAR'], ['regatta_date', 'DATE'], ['course', 'VARCHAR']] },
  { name: 'entries', columns: [['entry_id', 'INTEGER'], ['race_id', 'INTEGER'], ['boat_id', 'INTEGER'], ['crew_class', 'VARCHAR'], ['finish_position', 'INTEGER']] },
] as const;

const JUNIORS = [
  { table: 'entries', column: 'crew_class', value: 'junior', matched_text: 'juniors', score: 1 },
  { table: 'races', column: 'course', value: 'harbour', matched_text: 'harbours', score: 1 },
  { table: 'entries', column: 'crew_class', value: 'veteran', matched_text: 'veteran', score: 1 },
];

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'sailing',
    TABLES.map((table) => ({ name: table.name, columns: table.columns.map(([name, type]) => ({ name, type, primary_key: name === `${table.name.slice(0, -1)}_id` })) })),
    { matched_values: JUNIORS },
  );

const CLUB_ENTRIES = 'FROM clubs JOIN boats ON clubs.club_id = boats.club_id JOIN entries ON boats.boat_id = entries.boat_id';
const IN_2025 = "regatta_date >= DATE '2025-01-01' AND regatta_date < DATE '2026-01-01'";

const cases: CheckCase[] = [
  // counted_noun: COUNT(*) counts the table's rows; a noun that names only one of its columns is not what they are
  ['the rows of the table whose column the noun names', 'How many regattas were held in 2025?', `SELECT COUNT(*) FROM races WHERE ${IN_2025}`, ['n'], 1, 'counted_noun', false],
  ['the distinct values of the column the noun names', 'How many regattas were held in 2025?', `SELECT COUNT(DISTINCT regatta_name) FROM races WHERE ${IN_2025}`, ['n'], 1, 'counted_noun', true],
  ['the rows of the table the noun names', 'How many races were sailed in 2025?', `SELECT COUNT(*) FROM races WHERE ${IN_2025}`, ['n'], 1, 'counted_noun', true],
  // counted_noun: the table counted is what another word of the question names ("club"), not what it counts
  ['the keys of a table the question names otherwise', 'How many juniors sailed for Harbour club?', `SELECT COUNT(DISTINCT clubs.club_id) ${CLUB_ENTRIES} WHERE clubs.club_name = 'Harbour' AND entries.crew_class = 'junior'`, ['n'], 1, 'counted_noun', false],
  ['the rows the filtered value describes', 'How many juniors sailed for Harbour club?', `SELECT COUNT(DISTINCT entries.entry_id) ${CLUB_ENTRIES} WHERE clubs.club_name = 'Harbour' AND entries.crew_class = 'junior'`, ['n'], 1, 'counted_noun', true],
  // the juniors are entries whose crew_class is 'junior': a count of boats counts something else
  ['the keys of a table the counted value is not stored in', 'How many juniors sailed?', "SELECT COUNT(DISTINCT boats.boat_id) FROM boats JOIN entries ON boats.boat_id = entries.boat_id WHERE entries.crew_class = 'junior'", ['n'], 1, 'counted_noun', false],
  ['the rows of the table the counted value is stored in', 'How many juniors sailed?', "SELECT COUNT(*) FROM entries WHERE entries.crew_class = 'junior'", ['n'], 1, 'counted_noun', true],
  // counted_noun: a value of the rows counted stands for them only when WordNet puts both under one kind of thing
  ['a value naming another kind of thing', 'How many harbours do we sail from?', "SELECT COUNT(*) FROM races WHERE course = 'harbour'", ['n'], 1, 'counted_noun', false],
  ['a value naming a kind of the rows', 'How many juniors are entered?', "SELECT COUNT(*) FROM entries WHERE crew_class = 'junior'", ['n'], 1, 'counted_noun', true],
  ['a value modifying the head', 'How many veteran entries are there?', "SELECT COUNT(*) FROM entries WHERE crew_class = 'veteran'", ['n'], 1, 'counted_noun', true],
  ['a value before a head clipped from the table name', 'no. of harbour racs sailed in 2025', "SELECT COUNT(*) FROM races WHERE course = 'harbour'", ['n'], 1, 'counted_noun', true],
  ['a value before a short word no table name starts with', 'no. of harbour bks sailed in 2025', "SELECT COUNT(*) FROM races WHERE course = 'harbour'", ['n'], 1, 'counted_noun', false],
  // count_shape: a count used only to pick rows, which the answer then lists
  ['rows picked by a count and listed', 'How many boats have at least one entry?', 'SELECT boat_id FROM entries GROUP BY 1 HAVING COUNT(*) >= 1 ORDER BY 1', ['boat_id'], 5, 'count_shape', false],
  ['the picked rows counted', 'How many boats have at least one entry?', 'SELECT COUNT(*) FROM (SELECT boat_id FROM entries GROUP BY 1 HAVING COUNT(*) >= 1) AS picked', ['n'], 1, 'count_shape', true],
  ['a count per group', 'How many entries does each boat have?', 'SELECT boat_id, COUNT(*) FROM entries GROUP BY 1 ORDER BY 1', ['boat_id', 'n'], 5, 'count_shape', true],
  // count_shape: "by" after a passive names who did it, so a count grouped by the doer answers a breakdown not asked
  ['a count grouped by the passive\'s doer', 'How many entries were sailed in 2025 by boats from Harbour club?', `SELECT boats.boat_id, COUNT(*) ${CLUB_ENTRIES} GROUP BY 1`, ['boat_id', 'n'], 3, 'count_shape', false],
  ['one count of what the doer did', 'How many entries were sailed in 2025 by boats from Harbour club?', `SELECT COUNT(*) ${CLUB_ENTRIES}`, ['n'], 1, 'count_shape', true],
  ['a count by a group, no participle', 'How many entries by boat?', 'SELECT boat_id, COUNT(*) FROM entries GROUP BY 1', ['boat_id', 'n'], 5, 'count_shape', true],
  // count_shape: "#" before a noun is "number of"; before a digit it labels a row
  ['"#" answered by listing rows', '# races sailed per course in 2025', `SELECT course, regatta_date FROM races WHERE ${IN_2025}`, ['course', 'regatta_date'], 30, 'count_shape', false],
  ['"#" answered by a count per group', '# races sailed per course in 2025', `SELECT course, COUNT(*) FROM races WHERE ${IN_2025} GROUP BY 1`, ['course', 'n'], 4, 'count_shape', true],
  ['"#" before a digit', 'Show the entries of race #12', 'SELECT * FROM entries WHERE race_id = 12', ['entry_id', 'race_id', 'boat_id', 'crew_class', 'finish_position'], 6, 'count_shape', true],
  // amount_shape: "how much" asks for a quantity of a mass, which a number of rows is not
  ['"how much" answered by a count', 'How much did Harbour club finish in 2025?', `SELECT COUNT(DISTINCT race_id) FROM races WHERE ${IN_2025}`, ['n'], 1, 'amount_shape', false],
  ['"how much" answered by a total', 'How much did the finish positions add up to?', 'SELECT SUM(finish_position) FROM entries', ['n'], 1, 'amount_shape', true],
  ['"how often" answered by a count', 'How often did Harbour club race in 2025?', `SELECT COUNT(*) FROM races WHERE ${IN_2025}`, ['n'], 1, 'amount_shape', true],
  ['a count per group after a CTE', 'How many entries does each boat have?', 'WITH e AS (SELECT * FROM entries) SELECT boat_id, COUNT(*) FROM e GROUP BY 1 ORDER BY 1', ['boat_id', 'n'], 5, 'count_shape', true],
];

describe('"how many" answered by counting another thing', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});

describe('on the demo, through the CLI', () => {
  it('"How many stores do we operate?" answered by counting the orders of the store channel is unsure', async () => {
    const result = await runCli(['run', '--task', 'How many stores do we operate?', '--format', 'json', '--current_date', '2026-11-25']);
    expect(result.code, result.stderr).toBe(3);
    const json = JSON.parse(result.stdout) as { status: string; reason: string };
    expect(json.status).toBe('unsure');
    expect(json.reason).toMatch(/counts "stores"/);
  }, 120_000);
});

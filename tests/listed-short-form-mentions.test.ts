import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../src/context/context-schema.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { schemaMentions } from '../src/models/offline/schema-mentions.js';
import { schemaTable as table } from './helpers/schema-table.js';

// A made-up window-cleaning round: names in the short forms of small business exports.
const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('cust', [['cust_id', 'INTEGER', pk], ['cust_cd', 'VARCHAR'], ['join_dt', 'DATE']]),
  table('visit', [['visit_no', 'INTEGER', pk], ['svc_cd', 'VARCHAR'], ['ht_m', 'DECIMAL(4,1)'], ['rate_gbp_hr', 'DECIMAL(6,2)'], ['tgt_lang_cd', 'VARCHAR']]),
  table('crew', [['crew_id', 'INTEGER', pk], ['role', 'VARCHAR'], ['hrs_wk', 'INTEGER']]),
];

const mentioned = (question: string, column: string) => schemaMentions(questionWords(question), SCHEMAS).filter((m) => m.column === column);

describe('a column named by the word its listed short form stands for', () => {
  it('"service" names svc_cd in full, beside its code suffix', () => {
    expect(mentioned('What is the average height for each service?', 'svc_cd')).toEqual([expect.objectContaining({ table: 'visit', full: true })]);
  });

  it('"height" names ht_m in full, beside its unit letter', () => {
    expect(mentioned('What is the average height for each service?', 'ht_m')).toEqual([expect.objectContaining({ table: 'visit', full: true })]);
  });

  it('not when the rest of the name says more ("hours" of hrs_wk, whose week "weekly" would then group by)', () => {
    expect(mentioned('average weekly hours per role', 'hrs_wk')).toEqual([]);
  });

  it('not by a unit at the end of the name ("per hour" of rate_gbp_hr)', () => {
    expect(mentioned('How much do we charge per hour?', 'rate_gbp_hr')).toEqual([]);
  });

  it("not by the table's own word (\"customers\" of cust_cd in cust)", () => {
    expect(mentioned('How many customers joined in 2025?', 'cust_cd')).toEqual([]);
  });
});

// A made-up cider press: names that drop a word's silent final e with its vowels.
const PRESS: TableSchema[] = [
  table('tank', [['tank_no', 'INTEGER', pk], ['ltr', 'INTEGER'], ['spc_left', 'INTEGER'], ['chg', 'DECIMAL(6,2)'], ['cap_ltr', 'INTEGER'], ['fill_dt', 'DATE']]),
  table('sale', [['sale_no', 'INTEGER', pk], ['tank_no', 'INTEGER'], ['btl_qty', 'INTEGER']]),
];

const mentionedIn = (question: string, column: string) => schemaMentions(questionWords(question), PRESS).filter((m) => m.column === column);

describe('a column named by a word with its vowels and silent final e dropped', () => {
  it('"litres" names ltr, "charges" chg', () => {
    expect(mentionedIn('How many litres did we press in 2025?', 'ltr')).toEqual([expect.objectContaining({ table: 'tank' })]);
    expect(mentionedIn('Total charges per tank', 'chg')).toEqual([expect.objectContaining({ table: 'tank' })]);
  });

  it('"spaces" names spc_left, "bottles" btl_qty', () => {
    expect(mentionedIn('Which tanks have more than 200 spaces?', 'spc_left')).toEqual([expect.objectContaining({ table: 'tank' })]);
    expect(mentionedIn('How many bottles were sold?', 'btl_qty')).toEqual([expect.objectContaining({ table: 'sale' })]);
  });

  it('not a word whose last kept letter is not the one before its e ("lt" of "litres" is no skeleton)', () => {
    expect(mentionedIn('How many litres did we press in 2025?', 'spc_left')).toEqual([]);
    expect(mentionedIn('Which tanks were filled in 2025?', 'chg')).toEqual([]);
  });

  it('not a trailing part, mostly a unit ("litres" of cap_ltr, a capacity)', () => {
    expect(mentionedIn('How many litres did we press in 2025?', 'cap_ltr')).toEqual([]);
  });
});

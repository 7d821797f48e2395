import { describe, expect, it } from 'vitest';
import { tablesTextKey } from '../src/catalog/tables-text-key.js';
import type { TableSchema } from '../src/context/context-schema.js';
import { matchesOf } from '../src/dates/matches-of.js';
import { commentHeadMentions } from '../src/models/offline/comment-head-mentions.js';
import { commentPhraseMentions } from '../src/models/offline/comment-phrase-mentions.js';
import { commentSynonymMentions } from '../src/models/offline/comment-synonym-mentions.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { vectorMentions } from '../src/models/offline/vector-mentions.js';
import { evidenceOf, namesRoots } from '../src/trust/evidence-roots.js';
import { readsColumn } from '../src/trust/reads-column.js';
import { schemaTable as table } from './helpers/schema-table.js';

// Readings of the linked tables' names and comments are kept by their text, not by the array schema linking builds
// for each question: a new array of the same tables shares them, and a changed name or comment is read again.

const copy = (tables: TableSchema[]): TableSchema[] => structuredClone(tables);
const none = new Set<number>();

describe('tablesTextKey', () => {
  const tables = [table('orders', [['order_id', 'INTEGER'], ['amt', 'DECIMAL', { comment: 'Order total in USD' }]], 'Orders placed')];

  it('is the same for a copy of the tables and differs when a name, type, comment or the order differs', () => {
    const key = tablesTextKey(tables);
    expect(tablesTextKey(copy(tables))).toBe(key);
    const changed: Array<(t: TableSchema[]) => void> = [
      (t) => (t[0]!.name = 'purchases'),
      (t) => (t[0]!.comment = 'Orders shipped'),
      (t) => (t[0]!.columns[1]!.name = 'amount'),
      (t) => (t[0]!.columns[1]!.type = 'DOUBLE'),
      (t) => (t[0]!.columns[1]!.comment = 'Order total in EUR'),
      (t) => t[0]!.columns.reverse(),
      (t) => t.push(table('customers', [['customer_id', 'INTEGER']])),
    ];
    for (const change of changed) {
      const other = copy(tables);
      change(other);
      expect(tablesTextKey(other)).not.toBe(key);
    }
  });
});

describe('comment readings are kept per linked tables text', () => {
  type Reader = (words: ReturnType<typeof questionWords>, tables: readonly TableSchema[], covered: ReadonlySet<number>) => Array<{ table: string; column?: string }>;
  const cases: Array<{ reader: Reader; tables: TableSchema[]; question: string; named: string; change: (tables: TableSchema[]) => void }> = [
    {
      reader: commentPhraseMentions,
      tables: [table('purchases', [['pur_id', 'INTEGER'], ['pur_amt', 'DECIMAL', { comment: 'Purchase price in GBP' }]])],
      question: 'What is the average purchase price?',
      named: 'purchases.pur_amt',
      change: (t) => (t[0]!.columns[1]!.comment = 'Sale value in GBP'),
    },
    {
      reader: commentHeadMentions,
      tables: [table('recipients', [['recipient_id', 'INTEGER']], 'Organisations that have received seed')],
      question: 'How many organisations are there?',
      named: 'recipients',
      change: (t) => (t[0]!.comment = 'Farms that have received seed'),
    },
    {
      reader: commentSynonymMentions,
      tables: [table('staff', [['staff_id', 'INTEGER'], ['hrly_gbp', 'DECIMAL', { comment: 'Hourly pay in pounds' }]])],
      question: 'What is the average wage?',
      named: 'staff.hrly_gbp',
      change: (t) => (t[0]!.columns[1]!.comment = 'Shift length in hours'),
    },
    {
      reader: vectorMentions,
      tables: [table('ship', [['ship_id', 'INTEGER'], ['tonnage', 'INTEGER']]), table('port', [['port_id', 'INTEGER'], ['city', 'VARCHAR']])],
      question: 'How many vessels are there?',
      named: 'ship',
      change: (t) => (t[0]!.name = 'harbour_fee'),
    },
  ];
  const names = (mentions: Array<{ table: string; column?: string }>) => mentions.map((mention) => (mention.column ? `${mention.table}.${mention.column}` : mention.table));

  it.each(cases.map((entry) => [entry.reader.name, entry] as const))('%s: the same for a copy of the tables, read again when a comment or name changes', (_, { reader, tables, question, named, change }) => {
    const words = questionWords(question);
    const found = reader(words, tables, none);
    expect(names(found)).toContain(named);
    expect(reader(words, copy(tables), none)).toEqual(found);
    const changed = copy(tables);
    change(changed);
    expect(names(reader(words, changed, none))).not.toContain(named);
  });
});

describe('namesRoots', () => {
  it('gives one roots object per names, and what a word links to among them as before', () => {
    const roots = namesRoots({ table: ['ship'] });
    expect(namesRoots({ table: ['ship'] })).toBe(roots);
    expect(namesRoots({ column: ['ship'] })).not.toBe(roots);
    const [vessels] = questionWords('vessels');
    const [ships] = questionWords('ships');
    expect(evidenceOf(ships!, roots)).toBe('table');
    expect(evidenceOf(vessels!, roots)).toBe('table');
    expect(evidenceOf(ships!, namesRoots({ column: ['ship'] }))).toBe('column');
    expect(evidenceOf(ships!, namesRoots({ table: ['port'] }))).toBeUndefined();
  });
});

describe('matchesOf', () => {
  it('finds what matchAll finds, and leaves the pattern ready for the next text', () => {
    const patterns = [/\b\d{4}\b/g, /\b(?:in|during)\s+(?<year>\d{4})/gi, /x*/g, /(?=a)/g, /\s+|$/g];
    const texts = ['', 'in 2024 and during 2025', 'axxbxa', 'Q1 2023 through 2024-05', 'aaa'];
    for (const pattern of patterns) {
      for (const text of texts) {
        const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0], { ...match.groups }]);
        expect(matchesOf(pattern, text).map((match) => [match.index, match[0], { ...match.groups }])).toEqual(expected);
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });
});

describe('readsColumn', () => {
  it('answers as a pattern made for the call would, for names with pattern characters too', () => {
    const codes = ['select "amt" from orders', 'select amt_usd from orders', 'select o.amt, x.total from orders o', 'select "a.b" from t', 'select ab from t'];
    for (const column of ['amt', 'AMT', 'total', 'a.b', 'a+b', 'order_id']) {
      for (const code of codes) {
        const fresh = new RegExp(`(?<![a-z0-9_])"?${column.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?(?![a-z0-9_])`).test(code);
        expect(readsColumn(code, column)).toBe(fresh);
        expect(readsColumn(code, column)).toBe(fresh);
      }
    }
  });
});

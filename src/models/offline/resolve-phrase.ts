import type { TableSchema } from '../../context/context-schema.js';
import { REVENUE_WORDS } from './analyze-question.js';
import type { QuestionWord } from './question-words.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { commentCodeGlosses } from '../../catalog/code-glosses.js';
import { CLASSIFIERS } from './phrase-after.js';
import { findColumn, findTable, isKeyColumn, isTextColumn } from './schema-lookup.js';
import { GRAIN_NOUNS, type TimeGrain } from './time-grain.js';
import { ARTICLES } from '../../lexicon/determiners.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { tableNameWords } from './table-name-words.js';

export type PhraseTarget =
  | { kind: 'column'; table: string; column: string }
  | { kind: 'table'; table: string }
  | { kind: 'grain'; grain: TimeGrain }
  | { kind: 'revenue' };

/**
 * What a short phrase ("product category", "state", "month", "revenue") names. Among tables that share a
 * column name, the ones listed in `prefer` win.
 */
export function resolvePhrase(
  words: readonly QuestionWord[],
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  prefer: readonly string[] = [],
): PhraseTarget | undefined {
  if (words.length === 0) return undefined;
  // "sales channel": the last noun is the head, and an earlier revenue word only says whose channel.
  if (REVENUE_WORDS.has(words.at(-1)!.text) || (words.length === 1 && REVENUE_WORDS.has(words[0]!.text))) return { kind: 'revenue' };
  if (words.some((w) => REVENUE_WORDS.has(w.text)) && !words.some((w) => !REVENUE_WORDS.has(w.text) && !LINKING.has(w.text))) return { kind: 'revenue' };
  const first = words[0]!.index;
  const last = words.at(-1)!.index;
  const inside = mentions.filter((m) => m.start >= first && m.end <= last + 1);
  const namesColumn = inside.some((m) => m.column !== undefined && m.full);
  if (words.length === 1 && GRAIN_NOUNS[words[0]!.stem] && !namesColumn) return { kind: 'grain', grain: GRAIN_NOUNS[words[0]!.stem]! };

  const rank = (m: Mention): number => {
    const preferred = prefer.findIndex((t) => bareName(t) === bareName(m.table));
    return (preferred < 0 ? prefer.length : preferred) - m.end * 0.01;
  };
  const byRank = (a: Mention, b: Mention): number => rank(a) - rank(b);

  const columns = (full: boolean): Mention[] => inside.filter((m) => m.column !== undefined && m.full === full).sort(byRank);
  const tables = (full: boolean): Mention[] => inside.filter((m) => m.column === undefined && m.full === full).sort((a, b) => b.end - a.end);

  const attribute = attributeOfNamedTable(words, inside, schemas);
  if (attribute) return attribute;

  for (const mention of [...columns(true), ...tables(true), ...columns(false), ...tables(false)]) {
    const table = findTable(schemas, mention.table);
    if (!table) continue;
    if (mention.column === undefined) return { kind: 'table', table: table.name };
    const column = findColumn(table, mention.column)!;
    if (column.references) {
      const target = findTable(schemas, column.references.split('.').slice(0, -1).join('.'));
      if (target) return { kind: 'table', table: target.name };
    }
    if (column.primary_key) return { kind: 'table', table: table.name };
    if (isKeyColumn(column)) continue;
    return { kind: 'column', table: table.name, column: column.name };
  }
  return undefined;
}

/** Words that join a phrase's nouns without naming anything: "type of press". */
const LINKING: ReadonlySet<string> = wordSet(ARTICLES, pick(PREPOSITIONS, 'of'));

/**
 * "account type" over acct(acct_typ_cd), "type of press" over presses(press_type), "sales channel" over
 * sale(channel_cd): a phrase that names a table and one more noun, its head, names that table's text column called by
 * the noun (its name part is the noun, or a short form that starts it), when exactly one column is; the table only says whose.
 */
function attributeOfNamedTable(words: readonly QuestionWord[], inside: readonly Mention[], schemas: readonly TableSchema[]): PhraseTarget | undefined {
  const named = inside.filter((m) => m.column === undefined).sort((a, b) => Number(b.full) - Number(a.full) || b.end - a.end)[0];
  if (!named) return undefined;
  const rest = words.filter((w) => (w.index < named.start || w.index >= named.end) && !LINKING.has(w.text));
  if (rest.length !== 1 || rest.length === words.length) return undefined;
  const noun = rest[0]!;
  if (inside.some((m) => m.column === undefined && m.start <= noun.index && m.end > noun.index)) return undefined;
  // The head is the last noun ("account type"), or the first one before "of" ("type of press"); in "production line" the table's noun is the head.
  const headAfter = noun.index >= named.end;
  const ofBetween = noun.index < named.start && words.some((w) => w.text === 'of' && w.index > noun.index && w.index < named.start);
  if (!headAfter && !ofBetween) return undefined;
  const table = findTable(schemas, named.table);
  if (!table) return undefined;
  const own = new Set(tableNameWords(table.name));
  const calls = (part: string): boolean => part === noun.text || part === noun.stem || (part.length >= 3 && noun.text.startsWith(part));
  // A group is a kind or a code, not an amount ("singers worth over $20M" names no grouping by net worth).
  const found = table.columns.filter((c) => !isKeyColumn(c) && (isTextColumn(c) || /^bool/i.test(c.type)) && splitIdentifier(c.name).some((p) => !own.has(p.toLowerCase()) && calls(p.toLowerCase())));
  if (found.length === 1) return { kind: 'column', table: table.name, column: found[0]!.name };
  // "each kind of fault" over flt(flt_cd 'J coin jam, H hopper fault, …'): a word for a kind, before "of", names the
  // table's one text column whose comment glosses codes, the kinds its rows are sorted into.
  if (found.length === 0 && ofBetween && CLASSIFIERS.has(noun.text)) {
    const coded = table.columns.filter((c) => !isKeyColumn(c) && isTextColumn(c) && c.comment !== undefined && commentCodeGlosses(c.comment).length >= 2);
    if (coded.length === 1) return { kind: 'column', table: table.name, column: coded[0]!.name };
  }
  return undefined;
}

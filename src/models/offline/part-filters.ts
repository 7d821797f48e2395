import { isFlagType } from '../../catalog/is-flag-type.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { STOP_WORDS } from '../../catalog/stop-words.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import { NEGATORS } from '../../lexicon/negators.js';
import type { QuestionWord } from './question-words.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import { wordForms } from './word-forms.js';
import { findTable } from './schema-lookup.js';
import { tableNameWords } from './table-name-words.js';

/** Where the predicate's words start (`from`), and where a word of denial before them may stand (`after`, the subject's end). */
export interface PartSpan {
  from: number;
  after: number;
}

/** Parts of a name that say it is a key or a flag, not what it keys or flags. */
const MARKER_PARTS = new Set(['id', 'no', 'num', 'nbr', 'number', 'cd', 'code', 'key', 'ref', 'fk', 'is', 'has', 'flag', 'flg', 'yn', 'ind', 'bool']);
/** Words that deny what follows them in their clause, beside NEGATORS ("without a courier", "aren't about"). */
const DENYING = new Set([...NEGATORS, 'without']);
/** Shortest word that can name a column by itself. */
const MIN_LENGTH = 3;

/**
 * The part a share question counts when no value names it: "what share of games end in an escape" over game.escaped
 * (BOOLEAN) keeps the rows where the flag is set; "what share of faults have no engineer" over flt.eng_no (a nullable
 * key to eng, 'Engineer …') keeps the rows where the key is empty; "what percentage of displays were cancelled" over a
 * nullable cancel_reason keeps the rows where it is filled. A flag is named by its name's words or its comment's first
 * word; a key by its name's words, its comment's first word, or the name or comment of the table it references, and
 * only under a word of denial in the same clause; an optional column by a participle of its name's first word. Read
 * from the predicate's words only (from `from`), on the counted table only, and one column only: two candidates say
 * nothing.
 */
export function partFilters(words: readonly QuestionWord[], span: PartSpan, table: TableSchema, schemas: readonly TableSchema[]): RowFilter[] {
  const { from } = span;
  const predicate = words.filter((word) => word.index >= from && word.text.length >= MIN_LENGTH && !STOP_WORDS.has(word.text) && !DENYING.has(word.text));
  const naming = (names: readonly string[]): QuestionWord[] => {
    const wanted = new Set(names.filter((name) => name.length >= MIN_LENGTH && !MARKER_PARTS.has(name) && !STOP_WORDS.has(name)).flatMap(wordForms));
    return predicate.filter((word) => wordForms(word.text).some((form) => wanted.has(form)));
  };
  const found: RowFilter[] = [];
  for (const column of table.columns) {
    if (column.primary_key) continue;
    if (isFlagType(column.type)) {
      const hits = naming([...nameWords(column.name), ...commentHead(column.comment)]);
      if (hits.length === 0) continue;
      const denied = hits.every((word) => deniedAt(words, word.index, span.after));
      found.push({ table: table.name, column: column.name, sql: `${denied ? 'NOT ' : ''}${ref(table.name, column.name)}`, words: hits.map((word) => word.index) });
    } else if (column.nullable && column.references) {
      const target = findTable(schemas, column.references.split('.').slice(0, -1).join('.'));
      const names = [...nameWords(column.name), ...commentHead(column.comment), ...(target ? [...tableNameWords(target.name), ...commentHead(target.comment)] : [])];
      const hits = naming(names).filter((word) => deniedAt(words, word.index, span.after));
      if (hits.length > 0) found.push({ table: table.name, column: column.name, sql: `${ref(table.name, column.name)} IS NULL`, words: hits.map((word) => word.index) });
    }
  }
  if (found.length > 0) return found.length === 1 ? found : [];
  const optional = table.columns.filter((column) => column.nullable && !column.primary_key && !column.references && !isFlagType(column.type)).flatMap((column) => optionalFilter(words, span, table, column));
  return optional.length === 1 ? optional : [];
}

/** "were cancelled" over a nullable cancel_reason or cancelled_on: the rows where the column is filled (empty when denied). */
function optionalFilter(words: readonly QuestionWord[], { from, after }: PartSpan, table: TableSchema, column: ColumnSchema): RowFilter[] {
  const first = nameWords(column.name)[0];
  if (!first || first.length < MIN_LENGTH) return [];
  const base = new Set(wordForms(first));
  const hits = words.filter((word) => word.index >= from && /(ed|en)$/.test(word.text) && inflectionBases(word.text).some((b) => base.has(stemWord(b))));
  if (hits.length !== 1) return [];
  const denied = deniedAt(words, hits[0]!.index, after);
  return [{ table: table.name, column: column.name, sql: `${ref(table.name, column.name)} IS ${denied ? '' : 'NOT '}NULL`, words: [hits[0]!.index] }];
}

/** Whether a word of denial comes before the word in the predicate, in the same clause. */
function deniedAt(words: readonly QuestionWord[], at: number, after: number): boolean {
  for (let k = at - 1; k >= after; k--) {
    if (words[k]!.clauseEnd || /^(and|or|but)$/.test(words[k]!.text)) return false;
    if (DENYING.has(words[k]!.text) || /n['’]t$/.test(words[k]!.text)) return true;
  }
  return false;
}

function nameWords(name: string): string[] {
  return splitIdentifier(name.split('.').at(-1)!).map((part) => part.toLowerCase());
}

/** The comment's first word ("Leased from a supplier …" → leased; "Engineer who took the job" → engineer). */
function commentHead(comment: string | undefined): string[] {
  const first = comment?.toLowerCase().match(/[a-z]+/)?.[0];
  return first ? [first] : [];
}

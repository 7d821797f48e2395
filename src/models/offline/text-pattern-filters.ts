import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { ref } from './query-spec.js';
import type { QuestionWord } from './question-words.js';
import type { RowFilter } from './row-filter.js';
import type { Mention } from './schema-mentions.js';
import { findColumn, findTable, isTextColumn } from './schema-lookup.js';
import { sqlString } from './sql-identifier.js';
import { wordRange } from './word-range.js';

/** What a pattern is made of: "the letter w", "the word computer", "the substring ab". */
const PIECES = /^(letters?|words?|substrings?|strings?|phrases?|characters?)$/;
const CONTAINS = /^(contain|contains|containing|contained|include|includes|including)$/;
const HAS = /^(has|have|having|with)$/;
const STARTS = /^(start|starts|starting|begin|begins|beginning)$/;
const ENDS = /^(end|ends|ending)$/;
const ARTICLES = /^(the|a|an)$/;

/**
 * "documents that contain the letter w in their description", "the department whose name has the word computer",
 * "names starting with the letter A": a part of a text column's value, as a case-insensitive LIKE on the column named
 * before the verb ("whose name has") or after the piece ("in their description").
 */
export function textPatternFilters(
  question: string,
  words: readonly QuestionWord[],
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  dialect: SqlDialect,
): RowFilter[] {
  const filters: RowFilter[] = [];
  for (let verb = 0; verb < words.length; verb++) {
    const said = words[verb]!.text;
    const kind = CONTAINS.test(said) ? 'contains' : HAS.test(said) ? 'has' : STARTS.test(said) ? 'starts' : ENDS.test(said) ? 'ends' : undefined;
    if (!kind) continue;
    let k = verb + 1;
    if ((kind === 'starts' || kind === 'ends') && /^(with|in)$/.test(words[k]?.text ?? '')) k++;
    while (ARTICLES.test(words[k]?.text ?? '')) k++;
    const piece = PIECES.test(words[k]?.text ?? '') ? k : undefined;
    // "has" alone is too common to name a pattern: it needs "the letter/word …".
    if (piece === undefined && kind === 'has') continue;
    let valueAt = piece === undefined ? k : piece + 1;
    while (ARTICLES.test(words[valueAt]?.text ?? '') && valueAt + 1 < words.length) valueAt++;
    const value = quotedAt(question, words[valueAt]) ?? (piece !== undefined ? original(question, words[valueAt]) : undefined);
    if (value === undefined || value.length === 0) continue;
    // "documents that contain … in their description": the table named last before the verb owns the column.
    const owner = mentions.filter((m) => m.column === undefined && m.full && m.end <= verb).sort((a, b) => b.end - a.end)[0]?.table;
    const column = columnBefore(mentions, schemas, verb, owner, words) ?? columnAfter(words, mentions, schemas, valueAt + 1, owner);
    if (!column) continue;
    const target = ref(column.table, column.column);
    const text = value.replace(/[%_\\]/g, '');
    const sql =
      kind === 'starts' || kind === 'ends'
        ? `LOWER(${target}) LIKE ${sqlString(kind === 'starts' ? `${text.toLowerCase()}%` : `%${text.toLowerCase()}`, dialect)}`
        : dialect.containsIgnoringCase(target, text);
    filters.push({
      table: column.table,
      column: column.column,
      sql,
      words: [...new Set([...column.words, ...wordRange(verb, valueAt + 1)])],
    });
    verb = valueAt;
  }
  return filters;
}

/** The word as the question writes it (its case kept), or the text inside quotes starting at it. */
function original(question: string, word: QuestionWord | undefined): string | undefined {
  return word ? question.slice(word.offset, word.offset + word.text.length) : undefined;
}

function quotedAt(question: string, word: QuestionWord | undefined): string | undefined {
  if (!word) return undefined;
  const before = question[word.offset - 1];
  if (before !== '"' && before !== "'") return undefined;
  const end = question.indexOf(before, word.offset);
  return end > word.offset ? question.slice(word.offset, end).trim() : undefined;
}

type Found = { table: string; column: string; words: number[] };

/** "whose name has …": a text column named right before the verb. */
function columnBefore(mentions: readonly Mention[], schemas: readonly TableSchema[], verb: number, owner: string | undefined, words: readonly QuestionWord[]): Found | undefined {
  const named = textColumn(mentions.filter((m) => m.end === verb), schemas, owner);
  if (named || !owner || verb === 0) return named;
  // "the department whose name has …": a word too common to name a column alone names one of the owner's.
  const table = findTable(schemas, owner);
  const word = words[verb - 1]!.stem;
  const columns = table?.columns.filter((c) => isTextColumn(c) && splitIdentifier(c.name).some((part) => stemWord(part.toLowerCase()) === word)) ?? [];
  return columns.length === 1 ? { table: table!.name, column: columns[0]!.name, words: [verb - 1] } : undefined;
}

/** "… in their description", "… in the name": a text column named after the pattern. */
function columnAfter(words: readonly QuestionWord[], mentions: readonly Mention[], schemas: readonly TableSchema[], from: number, owner: string | undefined): Found | undefined {
  if (words[from]?.text !== 'in') return undefined;
  let at = from + 1;
  while (/^(the|their|its|his|her)$/.test(words[at]?.text ?? '')) at++;
  return textColumn(mentions.filter((m) => m.start === at), schemas, owner);
}

function textColumn(candidates: readonly Mention[], schemas: readonly TableSchema[], owner: string | undefined): Found | undefined {
  const texts = candidates.filter((m) => {
    const table = m.column !== undefined ? findTable(schemas, m.table) : undefined;
    const column = table && findColumn(table, m.column!);
    return column !== undefined && isTextColumn(column);
  });
  const owned = texts.filter((m) => owner !== undefined && m.table === owner);
  const columns = owned.length > 0 ? owned : texts;
  const best = columns.find((m) => m.full) ?? (new Set(columns.map((m) => `${m.table}.${m.column}`)).size === 1 ? columns[0] : undefined);
  return best && { table: best.table, column: best.column!, words: wordRange(best.start, best.end) };
}


import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { normalizeValueText } from '../../catalog/normalize-value-text.js';
import { STOP_WORDS } from '../../catalog/stop-words.js';
import type { Context, MatchedValue } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import { findTable } from './schema-lookup.js';
import { sqlString } from './sql-identifier.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { wordRoot } from './word-root.js';
import { isParticiple } from './participle.js';
import { derivedForms, inflectionBases } from '../../lexicon/derived-forms.js';
import { stemWord } from '../../catalog/stem-word.js';
import { wordVector } from '../../lexicon/word-vectors.js';
import { nameSimilarity } from './name-vectors.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';

/** How much nearer (summed cosine) the words beside a value must be to one column's name to decide between two. */
const CLEARLY_NEARER = 0.15;

export interface ValueFilter extends RowFilter {
  values: string[];
  negated: boolean;
}

/**
 * Equality filters from matched values: the best value per matched phrase, grouped per column (IN for several).
 * A near match on words that name a table or column ("orders") is taken for the name, not a value.
 */
export function valueFilters(
  context: Context,
  analysis: QuestionAnalysis,
  schemaWords: ReadonlySet<number> = new Set(),
  dialect: SqlDialect = duckdbDialect,
  /** Full mentions of columns, whose words name the column rather than a value inside it. */
  columnMentions: readonly Mention[] = [],
  /** Full mentions of tables, whose words name the table rather than a value of another table. */
  tableMentions: readonly Mention[] = [],
): ValueFilter[] {
  const best = new Map<string, MatchedValue>();
  const roots = new Set(analysis.words.map((w) => wordRoot(w.text)));
  // A value found in several columns ('USA' as a country code and as a match's loser_ioc) belongs to the one named
  // beside it, by the most words ("left handed winners": winner_hand, not loser_hand; "the city of Anthony": City,
  // though the question also asks for an airport name), then to the column, by most words, then table, the question
  // names anywhere ("players from the country USA"), then to the column named most like the words beside it (word
  // vectors).
  const namedAnywhere = (match: MatchedValue): number =>
    2 * splitIdentifier(match.column).filter((part) => roots.has(wordRoot(part))).length + Number(splitIdentifier(match.table.split('.').pop()!).some((part) => roots.has(wordRoot(part))));
  const besideRoots = (match: MatchedValue): Set<string> => new Set(besideValue(analysis, match.matched_text).map((w) => wordRoot(w.text)));
  const namedBeside = (match: MatchedValue): number => {
    const beside = besideRoots(match);
    return splitIdentifier(match.column).filter((part) => beside.has(wordRoot(part))).length;
  };
  // Summed over the words beside the value, so a word both names share ("hand") cannot decide alone.
  const nearness = (match: MatchedValue): number =>
    besideValue(analysis, match.matched_text).reduce((sum, word) => {
      const vector = wordVector(word.text);
      return vector ? sum + nameSimilarity(vector, match.column) : sum;
    }, 0);
  const better = (match: MatchedValue, known: MatchedValue): boolean => {
    if (match.score !== known.score) return match.score > known.score;
    if (match.score < 1) return false;
    for (const rank of [namedBeside, namedAnywhere]) {
      const [mine, theirs] = [rank(match), rank(known)];
      if (mine !== theirs) return mine > theirs;
    }
    return nearness(match) > nearness(known) + CLEARLY_NEARER;
  };
  for (const match of context.matched_values) {
    if (!findTable(context.table_schemas, match.table)) continue;
    const key = normalizeValueText(match.matched_text);
    const known = best.get(key);
    if (!known || better(match, known)) best.set(key, match);
  }

  const exactColumns = new Set([...best.values()].filter((m) => m.score >= 1).map((m) => `${m.table}.${m.column}`));
  const groups = new Map<string, ValueFilter>();
  for (const [phrase, match] of best) {
    // A near spelling ("names" ~ "Ames") next to a value spelled exactly in the same column is a misreading.
    if (match.score < 1 && exactColumns.has(`${match.table}.${match.column}`)) continue;
    const words = phraseWords(analysis, phrase);
    if (words.length > 0 && words.every((w) => analysis.consumed.has(w))) continue;
    // "the US" in capitals is a code the lookup matched as written, not the stop word "us".
    if (words.length > 0 && words.every((w) => STOP_WORDS.has(analysis.words[w]!.text)) && !isCapitalCode(match.matched_text)) continue;
    if (match.score < 1 && words.length > 0 && words.every((w) => schemaWords.has(w))) continue;
    const table = findTable(context.table_schemas, match.table)!.name;
    if (insideColumnName(words, match, columnMentions) || insideTableName(words, match, tableMentions)) continue;
    if (words.length === 1 && verbNamingTable(analysis.words[words[0]!]!.text, table)) continue;
    const negated = words.length > 0 && words.every((w) => analysis.negated.has(w));
    const key = `${table}.${match.column}.${negated}`;
    const group = groups.get(key) ?? { table, column: match.column, values: [], negated, sql: '', words: [] };
    if (!group.values.includes(match.value)) group.values.push(match.value);
    group.words.push(...words);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ ...group, sql: filterSql(group, dialect) }));
}

/**
 * "candidates who have applied for a vacancy" where a job application's stage can be 'applied': the verb says a row of
 * its table exists (apply → application), not which stage the row is at.
 */
function verbNamingTable(word: string, table: string): boolean {
  if (!isParticiple(word)) return false;
  // The nouns WordNet derives from the verb, and its gerund ("borrowings" for borrowed).
  const forms = new Set([...derivedForms(word), ...inflectionBases(word).map((base) => `${base.replace(/e$/, '')}ing`)]);
  return splitIdentifier(table.split('.').pop()!).some((part) => forms.has(part.toLowerCase()) || forms.has(stemWord(part.toLowerCase())));
}

/**
 * "the highest unit price" over itm.unit_prc where uom holds 'UNIT': a value spelled by some of the words of a longer
 * run that names another column in full is a word of that name, not a value to keep.
 */
function insideColumnName(words: readonly number[], match: MatchedValue, columnMentions: readonly Mention[]): boolean {
  if (words.length === 0) return false;
  return columnMentions.some(
    (m) =>
      m.full &&
      m.column !== undefined &&
      m.end - m.start > words.length &&
      words.every((w) => w >= m.start && w < m.end) &&
      !(bareName(m.table) === bareName(match.table) && m.column.toLowerCase() === match.column.toLowerCase()),
  );
}

/**
 * "Which trade accounts have never bought anything?" over trade_acct where sale.channel_cd holds 'TRD' for "trade": a
 * value spelled by some of the words of a longer run that names another table in full is a word of that name.
 */
function insideTableName(words: readonly number[], match: MatchedValue, tableMentions: readonly Mention[]): boolean {
  if (words.length === 0) return false;
  return tableMentions.some(
    (m) => m.full && m.column === undefined && m.end - m.start > words.length && words.every((w) => w >= m.start && w < m.end) && bareName(m.table) !== bareName(match.table),
  );
}

function isCapitalCode(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text);
}

function filterSql(group: ValueFilter, dialect: SqlDialect): string {
  const literal = (value: string): string => sqlString(value, dialect);
  const column = ref(group.table, group.column);
  if (group.values.length === 1) return `${column} ${group.negated ? '<>' : '='} ${literal(group.values[0]!)}`;
  return `${column} ${group.negated ? 'NOT IN' : 'IN'} (${group.values.map(literal).join(', ')})`;
}

/** The words up to two places either side of a value in the question, stop words aside. */
function besideValue(analysis: QuestionAnalysis, phrase: string): QuestionAnalysis['words'] {
  const at = phraseWords(analysis, normalizeValueText(phrase));
  if (at.length === 0) return [];
  return analysis.words.filter((w) => w.index >= at[0]! - 2 && w.index <= at.at(-1)! + 2 && !at.includes(w.index) && !STOP_WORDS.has(w.text));
}

/** Indexes of the question words that spell `phrase` (normalised), or none when it is not there verbatim. */
function phraseWords(analysis: QuestionAnalysis, phrase: string): number[] {
  const target = phrase.split(' ').filter(Boolean);
  const words = analysis.words.map((w) => normalizeValueText(w.text));
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((t, k) => words[i + k] === t)) return target.map((_, k) => i + k);
  }
  return [];
}

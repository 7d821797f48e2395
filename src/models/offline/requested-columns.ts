import { splitIdentifier } from '../../catalog/split-identifier.js';
import { namedNumber } from './named-number.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { commentPhrase } from './comment-head-mentions.js';
import { oneWordSynonyms, relatedNouns } from '../../lexicon/related-nouns.js';
import { wordVector } from '../../lexicon/word-vectors.js';
import { isNoun, nameSimilarity } from './name-vectors.js';
import { nearlySameWord } from './nearly-same-word.js';
import { isDateColumn } from './schema-lookup.js';
import { wordRoot } from './word-root.js';
import { VECTOR_LINK_MARGIN, VECTOR_LINK_THRESHOLD } from './vector-mentions.js';
import type { QuestionWord } from './question-words.js';
import { wordTable } from '../../own-entry.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../../lexicon/pronouns.js';
import { FINITE_BE, FINITE_DO, HAVE_FORMS, MODALS } from '../../lexicon/auxiliaries.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { COORDINATORS } from '../../lexicon/conjunctions.js';
import { FOCUS_ADVERBS } from '../../lexicon/function-adverbs.js';
import { ARTICLES as ENGLISH_ARTICLES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../../lexicon/determiners.js';

/** Words that open a request for attributes: "what are the …", "list the …", "show me the …". */
const OPENERS = new Set(['what', 'list', 'show', 'find', 'give', 'return', 'tell', 'display', 'get', 'report', 'which']);
const OPENER_FILLERS: ReadonlySet<string> = wordSet(
  ENGLISH_ARTICLES,
  FINITE_BE,
  pick(PERSONAL_PRONOUNS, 'me', 'us'),
  pick(QUANTIFIERS, 'all', 'every', 'each', 'both'),
  pick(POSSESSIVE_DETERMINERS, 'their', 'its'),
  pick(PREPOSITIONS, 'of', 'out'),
  ['different', 'distinct', 'unique'],
);
/** Words that end the attribute list and start naming whose attributes they are. */
const LIST_END: ReadonlySet<string> = wordSet(
  RELATIVE_PRONOUNS,
  HAVE_FORMS,
  pick(PREPOSITIONS, 'of', 'for', 'from', 'in', 'to', 'by', 'with', 'on', 'at', 'than'),
  pick(WH_WORDS, 'where', 'when'),
  FINITE_DO,
  FINITE_BE,
  ['sorted', 'ordered', 'order'],
);
const SEPARATORS: ReadonlySet<string> = wordSet(
  pick(COORDINATORS, 'and', 'or'),
  pick(PREPOSITIONS, 'as', 'along', 'with'),
  pick(FOCUS_ADVERBS, 'also'),
  ['well'],
);
const ARTICLES: ReadonlySet<string> = wordSet(
  ENGLISH_ARTICLES,
  pick(QUANTIFIERS, 'both', 'all', 'each', 'every'),
  pick(POSSESSIVE_DETERMINERS, 'their', 'its', 'his', 'her'),
  ['different', 'distinct', 'unique', 'corresponding', 'respective'],
);
/** Question words that ask for a count or a statistic: the list is then not a plain projection. */
const MEASURE_WORDS = new Set(['number', 'count', 'many', 'much', 'average', 'avg', 'mean', 'total', 'sum', 'maximum', 'minimum', 'max', 'min']);
const ID_WORDS = new Set(['id', 'ids', 'identifier', 'identifiers']);

export interface RequestedColumn {
  table: string;
  column: string;
  /** Word indexes of the phrase that asked for it. */
  words: number[];
}

/**
 * The attributes a question asks for before it names whose they are: "What are the names, countries and ages of
 * singers …" → name, country, age. Undefined unless every listed phrase names a column of one of `tables` (in order
 * of preference) — a partial reading is left to the caller's own projection.
 */
export function requestedColumns(
  words: readonly QuestionWord[],
  tables: readonly TableSchema[],
  options: AttributeOptions = {},
): RequestedColumn[] | undefined {
  const phrases = attributePhrases(words, options);
  if (!phrases || phrases.length === 0) return undefined;
  const found: RequestedColumn[] = [];
  // "Which account customers": a phrase whose head names the rows is a kind of row, so "account" alone is no attribute.
  const columnOf = (phrase: readonly QuestionWord[]) =>
    (phrase.length >= 2 && options.rowWords?.has(phrase.at(-1)!.index) ? [[...phrase]] : shorterPhrases(phrase))
      .flatMap((part) => tables.map((table) => columnForPhrase(part, table)))
      .find((c) => c !== undefined);
  for (const [k, phrase] of phrases.entries()) {
    // "the first and last names": a lone modifier before "and" shares the head noun of the phrase after it.
    const next = phrases[k + 1];
    const column =
      columnOf(phrase) ??
      (phrase.length === 1 && next && next.length >= 2 ? columnOf([...phrase, next.at(-1)!]) : undefined) ??
      onlyDateColumn(phrase, tables) ??
      (namesRows(phrase, options) ? undefined : (columnBySynonym(phrase, tables) ?? columnByCommentSynonym(phrase, tables) ?? columnByVector(phrase, tables)));
    if (!column) return undefined;
    if (!found.some((f) => f.table === column.table && f.column === column.column)) found.push(column);
  }
  return found;
}

/**
 * "Which riders …" over a rdr table: a word the schema already reads as a table's name names rows, so a synonym or a
 * near vector ("riders" / bike_cd) does not make it an attribute.
 */
function namesRows(phrase: readonly QuestionWord[], options: AttributeOptions): boolean {
  return phrase.length === 1 && (options.rowWords?.has(phrase[0]!.index) ?? false);
}

/** "the tour name and date of every departure" over dep_dt: "date" alone names the one date column of the first table that has one. */
export function onlyDateColumn(phrase: readonly QuestionWord[], tables: readonly TableSchema[]): RequestedColumn | undefined {
  if (phrase.length !== 1 || phrase[0]!.stem !== 'date') return undefined;
  for (const table of tables) {
    const dates = table.columns.filter(isDateColumn);
    if (dates.length === 1) return { table: table.name, column: dates[0]!.name, words: [phrase[0]!.index] };
    if (dates.length > 1) return undefined;
  }
  return undefined;
}

/**
 * "Which nation is … based in?": a one-word attribute that names a column by a synonym WordNet gives (nation /
 * Country, gender / Sex), when exactly one column of the first table that has any is named so.
 */
function columnBySynonym(phrase: readonly QuestionWord[], tables: readonly TableSchema[]): RequestedColumn | undefined {
  if (phrase.length !== 1) return undefined;
  const word = phrase[0]!;
  // "customers" names the rows, not an attribute.
  if (tables.some((table) => splitIdentifier(table.name).some((part) => stemWord(part.toLowerCase()) === word.stem))) return undefined;
  const synonyms = new Set(
    [...relatedNouns(word.text)].filter(([lemma, closeness]) => closeness === 'same' && !lemma.includes('_')).map(([lemma]) => stemWord(lemma)).filter((stem) => stem !== word.stem),
  );
  if (synonyms.size === 0) return undefined;
  for (const table of tables) {
    const named = table.columns.filter((column) => splitIdentifier(column.name).some((part) => synonyms.has(stemWord(part.toLowerCase()))));
    if (named.length === 1) return { table: table.name, column: named[0]!.name, words: [word.index] };
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/**
 * "each technician's hourly wage" over hrly_gbp commented 'Hourly pay': the phrase's head is a WordNet synonym of the
 * head of the noun phrase a column's comment opens with, and the word before the head, if any, is a word of that
 * phrase too ("hourly"); the words before it say whose ("technician's"). The first table with one such column.
 */
function columnByCommentSynonym(phrase: readonly QuestionWord[], tables: readonly TableSchema[]): RequestedColumn | undefined {
  const head = phrase.at(-1)!;
  const before = phrase.at(-2);
  const synonyms = new Set(
    oneWordSynonyms(head.text).map((lemma) => stemWord(lemma)).filter((stem) => stem !== head.stem),
  );
  if (synonyms.size === 0) return undefined;
  for (const table of tables) {
    const named = table.columns.filter((column) => {
      const stems = commentPhrase(column.comment);
      return stems !== undefined && synonyms.has(stems.at(-1)!) && (before === undefined || stems.slice(0, -1).includes(before.stem));
    });
    if (named.length === 1) return { table: table.name, column: named[0]!.name, words: (before ? [before, head] : [head]).map((word) => word.index) };
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/**
 * "the town of each teacher" over a Hometown column: a one-word attribute no name or WordNet synonym gives, read
 * as the column of the first table that has one whose name's vector is near and clearly nearest.
 */
function columnByVector(phrase: readonly QuestionWord[], tables: readonly TableSchema[]): RequestedColumn | undefined {
  if (phrase.length !== 1) return undefined;
  const word = phrase[0]!;
  const vector = wordVector(word.text);
  if (!vector || tables.some((table) => splitIdentifier(table.name).some((part) => stemWord(part.toLowerCase()) === word.stem))) return undefined;
  // "Which vessels …" over a ship table: a word as near to a table's name names its rows, not an attribute.
  const rows = Math.max(...tables.map((table) => nameSimilarity(vector, table.name.split('.').pop()!, VECTOR_LINK_THRESHOLD)));
  for (const table of tables) {
    const [best, next] = table.columns.map((column) => ({ column, score: nameSimilarity(vector, column.name, VECTOR_LINK_THRESHOLD) })).sort((a, b) => b.score - a.score);
    if (!best || best.score < VECTOR_LINK_THRESHOLD) continue;
    if ((next && next.score > best.score - VECTOR_LINK_MARGIN) || rows > best.score - VECTOR_LINK_MARGIN || !isNoun(word.text)) return undefined;
    return { table: table.name, column: best.column.name, words: [word.index] };
  }
  return undefined;
}

/** The phrase, then without its last words ("airport name corresponding" → "airport name"): a list can run into a verb. */
function shorterPhrases(phrase: readonly QuestionWord[]): QuestionWord[][] {
  return phrase.map((_, k) => phrase.slice(0, phrase.length - k));
}

export interface AttributeOptions {
  /** Leave out the measures listed with the attributes ("the names and the number of singers") instead of giving up. */
  skipMeasures?: boolean;
  /** Only a list the question spells out: not "which state has …", where the noun names a group. */
  explicit?: boolean;
  /** Word indexes that name a table outright (schemaMentions): read as the rows, never as an attribute by synonym or vector. */
  rowWords?: ReadonlySet<number>;
}

/** The phrases between the opener and the first word that names whose attributes they are, split at commas and "and". */
export function attributePhrases(words: readonly QuestionWord[], options: AttributeOptions = {}): QuestionWord[][] | undefined {
  const opens = words.map((w, k) => k).filter((k) => OPENERS.has(words[k]!.text) && (k <= 2 || words[k - 1]!.clauseEnd));
  // "Which members? Give their names.": a later sentence's opener says what to show, however short the first one is.
  const later = (k: number): boolean => k > 2 || (k > 0 && words[k - 1]!.clauseEnd);
  const open = opens.find((k) => later(k) && words[k]!.text !== 'what' && words[k]!.text !== 'which') ?? opens.find((k) => k <= 2) ?? (options.explicit ? undefined : fragmentOpening(words));
  if (open === undefined) return undefined;
  if (options.explicit && words[open]!.text === 'which') return undefined;
  let skipping = false;
  let k = open + 1;
  while (k < words.length && OPENER_FILLERS.has(words[k]!.text) && !(words[k]!.text === 'of' && k === open + 1)) k++;
  const phrases: QuestionWord[][] = [];
  let current: QuestionWord[] = [];
  for (; k < words.length; k++) {
    const word = words[k]!;
    if (MEASURE_WORDS.has(word.text) && !(/^(number|count)$/.test(word.text) && words[k + 1]?.text !== 'of') && !(word.text === 'number' && namedNumber(words, k))) {
      if (!options.skipMeasures) return undefined;
      skipping = true;
      current = [];
      continue;
    }
    if (skipping) {
      if (SEPARATORS.has(word.text) || word.clauseEnd) skipping = false;
      if (!SEPARATORS.has(word.text)) continue;
    }
    if (LIST_END.has(word.text) && !(word.text === 'with' && words[k - 1]?.text === 'along')) break;
    if (SEPARATORS.has(word.text)) {
      if (current.length > 0) phrases.push(current);
      current = [];
      continue;
    }
    if (!ARTICLES.has(word.text)) current.push(word);
    if (word.clauseEnd) {
      phrases.push(current);
      current = [];
    }
  }
  if (current.length > 0) phrases.push(current);
  return phrases.filter((p) => p.length > 0 && p.length <= 4);
}

/** Words that open a clause or a question, not a noun phrase: wh-words, auxiliaries and modals. */
const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(WH_WORDS, FINITE_BE, FINITE_DO, HAVE_FORMS, MODALS);

/**
 * "Name and type of every instrument that's still on offer", "Names and counties of our suppliers": a question with
 * no verb of request that opens on two nouns or more joined by "and" or a comma, then "of" and whose they are, asks
 * for those attributes as "list the …" would. The position before the first word (-1), or undefined.
 */
function fragmentOpening(words: readonly QuestionWord[]): number | undefined {
  if (words.length < 4 || CLAUSE_OPENERS.has(words[0]!.text) || ARTICLES.has(words[0]!.text)) return undefined;
  let joined = false;
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    if (word.text === 'of') return joined ? -1 : undefined;
    if (LIST_END.has(word.text)) return undefined;
    // "and", or a comma (a word's clause end within the list).
    if (word.text === 'and' || words[k - 1]!.clauseEnd) joined = true;
  }
  return undefined;
}

/** The column of `table` a phrase names: whole name, name without the table's own words, abbreviation, or one distinctive word. */
export function columnForPhrase(phrase: readonly QuestionWord[], table: TableSchema): RequestedColumn | undefined {
  const stems = phrase.map((w) => (w.stem === 'ids' ? 'id' : w.stem));
  const indexes = phrase.map((w) => w.index);
  const tableStems = splitIdentifier(table.name).map(stemWord);
  const scored = table.columns
    .map((column) => ({ column, score: phraseScore(stems, column, tableStems) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  // "the job reference and client" over prj_ref commented 'Job reference', clnt_nm commented 'Client': when no name
  // says the phrase, the one column whose comment is the phrase itself.
  const glossed = scored.length === 0 ? table.columns.filter((column) => wholeComment(column.comment, stems)) : [];
  if (glossed.length === 1) return { table: table.name, column: glossed[0]!.name, words: indexes };
  const best = scored[0];
  if (!best || (scored[1] && scored[1].score === best.score)) {
    if (stems.length === 1 && ID_WORDS.has(phrase[0]!.text)) {
      const key = table.columns.filter((c) => c.primary_key);
      if (key.length === 1) return { table: table.name, column: key[0]!.name, words: indexes };
    }
    return undefined;
  }
  return { table: table.name, column: best.column.name, words: indexes };
}

/** Abbreviations column names use for English words ("FlightNo", "dept_name", "order_qty"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  no: 'number', num: 'number', nbr: 'number', qty: 'quantity', amt: 'amount', desc: 'description', descr: 'description',
  dept: 'department', addr: 'address', yr: 'year', dt: 'date', tel: 'telephone', cnt: 'count', pct: 'percent', nm: 'name',
});

/** A question word and a column word agree: the same up to a typo, a known abbreviation, or a clipped prefix ("stu" for student). */
function sameWord(question: string, column: string): boolean {
  return nearlySameWord(question, column) || ABBREVIATIONS[column] === question || (column.length >= 3 && question.length > column.length + 1 && question.startsWith(column));
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((stem, i) => sameWord(stem, b[i]!));
}

function phraseScore(stems: readonly string[], column: ColumnSchema, tableStems: readonly string[]): number {
  const columnStems = splitIdentifier(column.name).map(stemWord);
  if (same(stems, columnStems)) return 5;
  const own = columnStems.filter((s) => !tableStems.includes(s));
  if (own.length > 0 && own.length < columnStems.length && same(stems, own)) return 4;
  if (stems.length === 1 && ID_WORDS.has(stems[0]!) && column.primary_key && own.length === 1 && own[0] === 'id') return 4;
  // "posting dates" over postedOn, "hire date" over hired_at: the event's verb and a word for when.
  if (stems.length === 2 && stems[1] === 'date' && columnStems.length === 2 && /^(on|at|date|dt)$/.test(columnStems[1]!) && wordRoot(stems[0]!) === wordRoot(columnStems[0]!)) return 4;
  const joined = columnStems.join('');
  if (stems.length > 1 && (joined === stems.join('') || joined === stems.slice(0, -1).map((s) => s[0]).join('') + stems[stems.length - 1])) return 4;
  const partial = stems.length < columnStems.length && stems.every((s) => own.some((c) => sameWord(s, c)));
  if (partial && !stems.every((s) => GENERIC.has(s))) return 2;
  // "name" alone names the one column ending in name ("full_name"); several (first/last) stay ambiguous.
  if (partial && stems.length === 1 && columnStems[columnStems.length - 1] === stems[0]) return 1;
  return 0;
}

/** Whether a column's comment, up to its first stop, is the phrase itself ("Job reference", "Client"). */
function wholeComment(comment: string | undefined, stems: readonly string[]): boolean {
  const opening = /^[^;:,.()=\n]*/.exec(comment?.trim() ?? '')?.[0].trim().toLowerCase() ?? '';
  const words = opening.split(/\s+/).filter(Boolean);
  return words.length === stems.length && words.every((word, i) => /^[a-z]+$/.test(word) && stemWord(word) === stemWord(stems[i]!));
}

const GENERIC = new Set(['id', 'name', 'code', 'number', 'date', 'type', 'value', 'count', 'total', 'first', 'last']);

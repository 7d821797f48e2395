import { splitIdentifier, writtenWords } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import { abbreviatedRuns } from './abbreviated-runs.js';
import { commentHeadMentions } from './comment-head-mentions.js';
import { commentPhraseMentions } from './comment-phrase-mentions.js';
import { commentSynonymMentions } from './comment-synonym-mentions.js';
import { isSkeletonOf } from './is-skeleton-of.js';
import { nearlySameWord } from './nearly-same-word.js';
import { namesClippedPart, namesShortenedPart } from './shortened-name-part.js';
import { opensWithSilentESkeleton } from './silent-e-skeleton.js';
import { vectorMentions } from './vector-mentions.js';
import type { QuestionWord } from './question-words.js';
import { wordRoot } from './word-root.js';
import { wordTable } from '../../own-entry.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';

/** A run of question words that names a table or a column. */
export interface Mention {
  table: string;
  column?: string;
  /** First word index. */
  start: number;
  /** One past the last word index. */
  end: number;
  /** Every word of the name is there ("unit price"), not only one of them ("price"). */
  full: boolean;
}

const TABLE_SYNONYMS: Readonly<Record<string, string>> = wordTable({
  client: 'customer',
  buyer: 'customer',
  shopper: 'customer',
  purchase: 'order',
  refund: 'return',
});

/** The class word of a column holding codes, written short or in full. */
const CODE_SUFFIXES = new Set(['cd', 'cde', 'code']);

/** Words of column names too common to name the column alone. */
const GENERIC_WORDS = new Set(['id', 'key', 'code', 'flag', 'is', 'has', 'at', 'on', 'by', 'of', 'to', 'date', 'name', 'number', 'count', 'total']);

/** A name's stems, its distinct stems and its lower-case parts: the same names come back question after question of a batch. */
interface NameWords {
  stems: readonly string[];
  distinct: readonly string[];
  parts: readonly string[];
  /** Parts as written that a terse catalog read as something else ("resp" of resp_min read as respite). */
  written: readonly string[];
}

const MAX_REMEMBERED_NAMES = 20_000;
const wordsByName = new Map<string, NameWords>();

function nameWords(name: string): NameWords {
  let words = wordsByName.get(name);
  if (!words) {
    const stems = splitIdentifier(name).map(stemWord);
    const parts = splitIdentifier(name).map((part) => part.toLowerCase());
    words = { stems, distinct: [...new Set(stems)], parts, written: writtenWords(name).map((part) => part.toLowerCase()).filter((part) => !parts.includes(part)) };
    if (wordsByName.size >= MAX_REMEMBERED_NAMES) wordsByName.delete(wordsByName.keys().next().value!);
    wordsByName.set(name, words);
  }
  return words;
}

const NO_RUNS: readonly number[] = [];

/** Where the stems follow one another in the question; plain loops, since a batch calls this for every name of every linked table. */
function findRuns(words: readonly QuestionWord[], stems: readonly string[]): readonly number[] {
  let starts: number[] | undefined;
  for (let i = 0; i + stems.length <= words.length; i++) {
    let k = 0;
    while (k < stems.length && nearlySameWord(words[i + k]!.stem, stems[k]!)) k++;
    if (k === stems.length) (starts ??= []).push(i);
  }
  return starts ?? NO_RUNS;
}

/** "high schoolers" for a name written as one word (Highschooler): two question words that make the name glued together. */
function gluedRuns(words: readonly QuestionWord[], stem: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!.text;
    // "grade 9" is the name and a number, not the name glued to a second word.
    if (first.length < 3 || first.length >= stem.length || !/^[a-z]/.test(words[i + 1]!.text)) continue;
    if (stem.startsWith(first) && nearlySameWord(`${first}${words[i + 1]!.stem}`, stem)) starts.push(i);
  }
  return starts;
}

/** Mentions found lately, per tables array and words: the planner and four question kinds ask for the same ones. */
const recentMentions = new WeakMap<readonly TableSchema[], Map<string, Mention[]>>();
const MAX_RECENT_WORDINGS = 16;

/**
 * Every table and column the question names, fully or by one distinctive word of the name ("price" for unit_price).
 * The same tables array and words (every field of every word) give the same mentions; each call gets its own array.
 */
export function schemaMentions(words: readonly QuestionWord[], tables: readonly TableSchema[]): Mention[] {
  let byWords = recentMentions.get(tables);
  if (!byWords) recentMentions.set(tables, (byWords = new Map()));
  const key = words.map((word) => `${word.text}\u0001${word.stem}\u0001${word.index}\u0001${word.offset}\u0001${word.clauseEnd}\u0001${word.capitalized}`).join('\u0002');
  let mentions = byWords.get(key);
  if (!mentions) {
    mentions = findMentions(words, tables);
    if (byWords.size >= MAX_RECENT_WORDINGS) byWords.delete(byWords.keys().next().value!);
    byWords.set(key, mentions);
  }
  return mentions.slice();
}

function findMentions(words: readonly QuestionWord[], tables: readonly TableSchema[]): Mention[] {
  const mentions: Mention[] = [];
  for (const table of tables) {
    const { stems, distinct, parts: tableParts } = nameWords(table.name);
    const runs = findRuns(words, stems);
    for (const start of runs) mentions.push({ table: table.name, start, end: start + stems.length, full: true });
    if (runs.length === 0 && stems.length > 1) for (const start of abbreviatedRuns(words, tableParts, stems)) mentions.push({ table: table.name, start, end: start + stems.length, full: true });
    if (stems.length === 1) for (const start of gluedRuns(words, stems[0]!)) mentions.push({ table: table.name, start, end: start + 2, full: true });
    // "products" of a table prod, "items" of itm: a one-part name that is a listed short form names the table by the word it stands for.
    if (runs.length === 0 && stems.length === 1) for (const start of expandedRuns(words, tableParts[0]!, stems[0]!)) mentions.push({ table: table.name, start, end: start + 1, full: true });
    if (stems.length > 1) {
      for (const part of distinct) {
        for (const start of findRuns(words, [part])) mentions.push({ table: table.name, start, end: start + 1, full: false });
      }
    }
    for (const word of words) {
      const synonym = TABLE_SYNONYMS[word.stem];
      const sameRoot = stems.length === 1 && word.stem !== stems[0] && wordRoot(word.text) === wordRoot(stems[0]!);
      if ((synonym && stems.length === 1 && stems[0] === synonym) || sameRoot) {
        mentions.push({ table: table.name, start: word.index, end: word.index + 1, full: false });
      }
      // "tickets" for tkt_ln, "vessels" for vsl: a part of the name is the word with its vowels dropped.
      if (tableParts.some((part) => namesShortenedPart(part, word))) mentions.push({ table: table.name, start: word.index, end: word.index + 1, full: tableParts.length === 1 });
    }
    for (const column of table.columns) {
      const { stems: columnStems, distinct: distinctColumnStems, parts } = nameWords(column.name);
      const columnRuns = findRuns(words, columnStems);
      for (const start of columnRuns) {
        mentions.push({ table: table.name, column: column.name, start, end: start + columnStems.length, full: true });
      }
      if (columnRuns.length === 0 && columnStems.length > 1) {
        for (const start of abbreviatedRuns(words, parts, columnStems)) mentions.push({ table: table.name, column: column.name, start, end: start + columnStems.length, full: true });
      }
      if (columnStems.length === 1) {
        for (const start of gluedRuns(words, columnStems[0]!)) mentions.push({ table: table.name, column: column.name, start, end: start + 2, full: true });
      }
      if (columnStems.length > 1) {
        for (const part of distinctColumnStems) {
          if (GENERIC_WORDS.has(part)) continue;
          // "the night" of night_cd, "status" of status_cd: beside a code suffix the one word names the whole column.
          // Not the table's own word: "airports" of AirportCode, "shift" of shift_code name the table's rows or their key.
          const full = columnStems.length === 2 && columnStems.some((stem) => CODE_SUFFIXES.has(stem)) && !CODE_SUFFIXES.has(part) && !distinct.includes(part);
          for (const start of findRuns(words, [part])) mentions.push({ table: table.name, column: column.name, start, end: start + 1, full });
        }
      }
      // "service type" of svc_cd, "tree height" of ht_m: a name that opens with a listed short form names the column by
      // the word it stands for, when the rest is a code suffix or a unit letter (not "hour" of rate_gbp_hr).
      if (columnRuns.length === 0) {
        for (const [at, part] of parts.slice(0, 1).entries()) {
          const expansion = listedExpansion(part);
          if (expansion === undefined || expansion === part || expansion.includes(' ') || GENERIC_WORDS.has(expansion) || GENERIC_WORDS.has(part)) continue;
          const stem = stemWord(expansion);
          // Not the table's own word: "customers" of cust_cd in a table cust names its rows.
          if (distinct.includes(stem) || tableParts.includes(part)) continue;
          // Only then: "hours" of hrs_wk would say nothing of the week ("weekly hours" read as a weekly grouping).
          if (!parts.filter((_, k) => k !== at).every((other) => CODE_SUFFIXES.has(other) || other.length === 1)) continue;
          for (const start of findRuns(words, [stem])) mentions.push({ table: table.name, column: column.name, start, end: start + 1, full: true });
        }
      }
      // "hrs" for hours, "pts" for story_points: a short form of one word of the name.
      // "handicap" for hcp, "bowler" for blr_id: a part of the name is the word with its vowels dropped.
      // "response" for resp_min read as respite: the question's word that the part as written clips wins.
      const written = nameWords(column.name).written;
      for (const word of words) {
        const shortened =
          parts.some((part) => isSkeletonOf(word.text, part) || namesShortenedPart(part, word)) || written.some((part) => namesClippedPart(part, word)) || opensWithSilentESkeleton(parts, word);
        if (shortened) mentions.push({ table: table.name, column: column.name, start: word.index, end: word.index + 1, full: parts.length === 1 });
      }
    }
  }
  const covered = new Set(mentions.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const fullyCovered = new Set(mentions.filter((m) => m.full).flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)));
  const commented = commentHeadMentions(words, tables, fullyCovered);
  for (const m of commented) covered.add(m.start);
  // "the average purchase price" where pur_amt is 'Purchase price in GBP': the words a column's comment opens with.
  const phrased = commentPhraseMentions(words, tables, covered);
  for (const m of phrased) for (let at = m.start; at < m.end; at++) covered.add(at);
  // "hourly wage" where hrly_gbp is 'Hourly pay': a synonym of what a column's comment defines it as.
  const synonyms = commentSynonymMentions(words, tables, covered);
  for (const m of synonyms) covered.add(m.start);
  return dropShadowed([...mentions, ...commented, ...phrased, ...synonyms, ...vectorMentions(words, tables, covered)]);
}

/** A one-word mention loses to a full mention of something else that covers the same words ("order" in "order items"). */
function dropShadowed(mentions: Mention[]): Mention[] {
  const covered = (m: Mention, by: Mention): boolean => by !== m && by.full && by.start <= m.start && by.end >= m.end && by.end - by.start > m.end - m.start;
  return mentions.filter((m) => !mentions.some((other) => covered(m, other) && (other.column === undefined) === (m.column === undefined)));
}

/** Where the one word a listed short form stands for ("product" for prod) is in the question, when it is not the name itself. */
function expandedRuns(words: readonly QuestionWord[], part: string, stem: string): readonly number[] {
  const expansion = listedExpansion(part);
  if (expansion === undefined || expansion.includes(' ') || GENERIC_WORDS.has(expansion)) return NO_RUNS;
  const expanded = stemWord(expansion);
  return expanded === stem ? NO_RUNS : findRuns(words, [expanded]);
}

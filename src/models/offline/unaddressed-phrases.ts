import { rememberedByText } from '../../catalog/remembered-by-text.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { Context, DocPassage } from '../../context/context-schema.js';
import { unreadDatePhrases } from '../../dates/unread-date-phrases.js';
import { namesDuration } from './duration-column.js';
import { questionWords, type QuestionWord } from './question-words.js';
import { nearlySameWord } from './nearly-same-word.js';
import { FILLER_WORDS } from './question-vocabulary.js';
import { isFunctionWordTypo } from '../../trust/function-word-typo.js';
import { keptOnRecord } from '../../trust/kept-on-record.js';
import { wordRoot } from './word-root.js';
import { aggregateKeyword } from './read-aggregate.js';

export interface UnaddressedPhrase {
  phrase: string;
  /** Doc passages in the context that talk about the phrase. */
  passages: DocPassage[];
}

/**
 * Content phrases of the question that nothing in the context accounts for (no table, column, value,
 * metric or date range) and that the SQL does not reflect, e.g. "seasonal adjustments".
 */
export function unaddressedPhrases(context: Context, sql: string): readonly UnaddressedPhrase[] {
  // Four answer checks, run one after another, ask of the same context and SQL: read once (a context is never changed, only copied).
  if (last?.context === context && last.sql === sql) return last.phrases;
  const phrases = readUnaddressedPhrases(context, sql);
  last = { context, sql, phrases };
  return phrases;
}

let last: { context: Context; sql: string; phrases: readonly UnaddressedPhrase[] } | undefined;

function readUnaddressedPhrases(context: Context, sql: string): UnaddressedPhrase[] {
  const known = knownRoots(context);
  const inSql = new Set(splitIdentifier(sql).map(wordRoot));
  const words = questionWords(context.task.text);
  const coveredByText = coveredWords(context, words);
  const measuresHowLong = rankedOrAggregated(sql).some(namesDuration);

  const open = (word: QuestionWord): boolean => {
    if (word.text.length < 3 || /\d|['’]/.test(word.text) || FILLER_WORDS.has(word.text) || FILLER_WORDS.has(word.stem)) return false;
    if (coveredByText.has(word.index)) return false;
    // "tot £ paid": the short form of an aggregate keyword is one, as the query reads it.
    if (aggregateKeyword(word.text) !== word.text) return false;
    // "the longest match" ranked by its minutes: how long is what a duration column holds.
    if (measuresHowLong && LENGTH_WORDS.test(word.text)) return false;
    const root = wordRoot(word.text);
    if (inSql.has(root) || known.roots.has(root) || known.roots.has(word.stem)) return false;
    if (known.long.some((k) => nearlySameWord(k, root))) return false;
    // "wich", "on the books": a misspelt function word, the record the rows are kept in (as grounding reads them).
    return !isFunctionWordTypo(word.text) && !keptOnRecord(words, word);
  };

  const phrases: QuestionWord[][] = [];
  let current: QuestionWord[] = [];
  for (const word of words) {
    if (open(word)) {
      current.push(word);
      if (!word.clauseEnd) continue;
    }
    if (current.length > 0) phrases.push(current);
    current = [];
  }
  if (current.length > 0) phrases.push(current);

  const found = phrases.map((phrase) => {
    const text = phrase.map((w) => w.text).join(' ');
    const roots = phrase.map((w) => wordRoot(w.text));
    return { phrase: text, passages: context.doc_passages.filter((p) => isAbout(p, roots)) };
  });
  // Date-shaped words no date range accounts for ("2025-02-30", "week 60 of 2025") carry digits, which the loop above skips.
  const unreadDates = unreadDatePhrases(context.task.text, context.date_ranges).map((phrase) => ({ phrase, passages: [] }));
  return [...found, ...unreadDates];
}

const LENGTH_WORDS = /^(long|longer|longest|short|shorter|shortest)$/;

/** The columns an SQL text orders by or aggregates: "ORDER BY minutes", "MAX(m.minutes)". */
function rankedOrAggregated(sql: string): string[] {
  const found: string[] = [];
  for (const match of sql.matchAll(/\b(?:order\s+by|max|min|avg|sum)\s*\(?\s*((?:["`\w]+\.)?["`]?\w+)/gi)) found.push(match[1]!.replace(/["`]/g, '').split('.').at(-1)!);
  return found;
}

interface KnownRoots {
  roots: ReadonlySet<string>;
  long: readonly string[];
}

const knownRootsByTexts = new Map<string, KnownRoots>();

/** The roots of the linked names, comments and metrics: the same few tables come back question after question of a batch. */
function knownRoots(context: Context): KnownRoots {
  const texts: string[] = [];
  for (const table of context.table_schemas) {
    texts.push(table.name, table.comment ?? '');
    for (const column of table.columns) texts.push(column.name, column.comment ?? '');
  }
  for (const metric of context.metrics) texts.push(metric.name, ...metric.synonyms, ...metric.dimensions);
  return rememberedByText(knownRootsByTexts, texts.join('\u0000'), () => rootsOfTexts(texts));
}

function rootsOfTexts(texts: readonly string[]): KnownRoots {
  const roots = new Set<string>();
  for (const text of texts) {
    for (const word of splitIdentifier(text)) {
      roots.add(wordRoot(word));
      roots.add(word);
    }
  }
  return { roots, long: [...roots].filter((r) => r.length >= 4) };
}

/** Words inside a matched value's text or a parsed date phrase. */
function coveredWords(context: Context, words: readonly QuestionWord[]): Set<number> {
  const covered = new Set<number>();
  const spans = [...context.matched_values.map((m) => m.matched_text), ...context.date_ranges.map((r) => r.phrase)];
  for (const span of spans) {
    const spanWords = questionWords(span).map((w) => w.text);
    if (spanWords.length === 0) continue;
    for (let i = 0; i + spanWords.length <= words.length; i++) {
      if (spanWords.every((w, k) => words[i + k]!.text === w)) for (let k = 0; k < spanWords.length; k++) covered.add(i + k);
    }
  }
  return covered;
}

/** A passage is about a phrase when its heading names it, or (for phrases of several words) its text uses the words together. */
function isAbout(passage: DocPassage, roots: readonly string[]): boolean {
  const heading = new Set(splitIdentifier(passage.heading).map(wordRoot));
  if (roots.every((r) => heading.has(r))) return true;
  if (roots.length < 2) return false;
  const text = splitIdentifier(passage.text).map(wordRoot);
  return text.some((_, i) => roots.every((r, k) => text[i + k] === r));
}

import { numberOf } from './number-of.js';
import { phraseWords } from './question-kinds/clause-dates.js';
import type { QuestionWord } from './question-words.js';
import { QUANTIFIERS } from '../../lexicon/determiners.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';

/** Words that put one row first or last in time; "most recent" and "most recently" read as "latest". */
const EARLIEST = new Set(['first', 'earliest', 'oldest']);
const LATEST = new Set(['last', 'latest', 'newest', 'recent', 'recently']);
/** Nouns after "first"/"last" that are not a time order ("first name", "last time" is one). */
const NOT_ORDER = /^(names?|half|quarter|place|places)$/;
/** Words that ask for one extreme per group, which a single MIN or MAX would not answer. */
const PER_GROUP: ReadonlySet<string> = wordSet(pick(QUANTIFIERS, 'each', 'every'), pick(PREPOSITIONS, 'per'));

/**
 * "When was the last cancelled sailing?", "When did we first pick strawberries?", "On what date was the most recent
 * tournament?": a question asking when, with a word that orders events in time, asks for the earliest or latest date
 * itself (MIN or MAX), not every date the rows carry. Words inside a time phrase ("last year") are the phrase's, and
 * "first name" names a column; a count after the word ("the last 3 orders") or a group word ("each member's last
 * visit") asks for more than one date.
 */
export function whenExtreme(words: readonly QuestionWord[], timePhrases: readonly string[]): 'MIN' | 'MAX' | undefined {
  if (!asksWhen(words)) return undefined;
  if (words.some((w) => PER_GROUP.has(w.text))) return undefined;
  const inPhrase = new Set(timePhrases.flatMap((phrase) => phraseWords(words, phrase)));
  const found = new Set<'MIN' | 'MAX'>();
  words.forEach((word, k) => {
    if (inPhrase.has(k)) return;
    const next = words[k + 1];
    if ((word.text === 'recent' || word.text === 'recently') && words[k - 1]?.text !== 'most') return;
    if (next && (NOT_ORDER.test(next.text) || numberOf(next) !== undefined)) return;
    if (EARLIEST.has(word.text)) found.add('MIN');
    if (LATEST.has(word.text)) found.add('MAX');
  });
  return found.size === 1 ? [...found][0] : undefined;
}

/** "When …", "On what date …", "What day …": the question asks for a date or a time. */
function asksWhen(words: readonly QuestionWord[]): boolean {
  const texts = words.slice(0, 3).map((w) => w.text);
  if (texts[0] === 'when') return true;
  const from = texts[0] === 'on' || texts[0] === 'at' ? 1 : 0;
  return /^(what|which)$/.test(texts[from] ?? '') && /^(date|day|time)$/.test(texts[from + 1] ?? '');
}

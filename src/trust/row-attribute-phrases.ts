import { hasSense } from '../lexicon/has-sense.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { FILLER_WORDS, MEASURE_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { isFormWord } from './is-naming-word.js';
import { NOUN_PHRASE_END } from './noun-phrase-end.js';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { PHRASE_DETERMINERS } from '../lexicon/determiners.js';
import { BE_FORMS } from '../lexicon/auxiliaries.js';

/** How the question ties the phrase to the rows: "each shop's …", "… of the parcels", "… per airline", "… for each exhibition". */
export type RowAttributeTie = 'possessive' | 'of' | 'per' | 'for';

export interface RowAttributePhrase {
  /** The phrase as the question words it: "annual salary", "opening hours", "average boarding time". */
  words: QuestionWord[];
  tie: RowAttributeTie;
  /** The words that say what is asked: the head noun, or, after a head that says only what form it takes ("hours", "time", "value"), the word before it. */
  asked: QuestionWord[];
}

const DETERMINERS: ReadonlySet<string> = wordSet(PHRASE_DETERMINERS, pick(PERSONAL_PRONOUNS, 'me', 'us'));
/** Words that end a noun phrase: a preposition, a relative word, a conjunction or an auxiliary. */
const PHRASE_END = NOUN_PHRASE_END;
const IS_ARE: ReadonlySet<string> = wordSet(pick(BE_FORMS, 'is', 'are'));
/** How a request for rows opens: "Show …", "What is …", "Which …". */
const REQUEST = /^(show|list|give|display|tell|get|find|report|return|what|which)$/;
/** Statistics the SQL computes from counts: "the share of …", "the percentage of …" ask for a figure, not a stored attribute. */
const SHARE_WORDS = /^(share|shares|percent)$/;

/**
 * The attributes a request asks of each row of a kind, in the shapes English asks them: "each analyst's annual salary"
 * (the phrase ends its clause or a preposition follows), and a phrase the request opens with before "of", "per" or "for
 * each" ("the declared value of the parcels", "average boarding time per airline", "the curator responsible for each
 * exhibition"). Read without a tagger, so only where the phrase is the request's own object.
 */
export function rowAttributePhrases(question: string): RowAttributePhrase[] {
  const words = questionWords(question);
  const request = REQUEST.test(words[0]?.text ?? '');
  const found: RowAttributePhrase[] = [];
  for (const [i, word] of words.entries()) {
    if (request && !word.clauseEnd && /^['’]s\b/.test(question.slice(word.offset + word.text.length))) {
      const phrase: QuestionWord[] = [];
      for (const next of words.slice(i + 1)) {
        if (PHRASE_END.has(next.text) || DETERMINERS.has(next.text) || !nominal(next)) break;
        phrase.push(next);
        if (next.clauseEnd) break;
      }
      // "the warden's name at …" ends at a preposition; "Which writer's books get borrowed …" goes on as a clause.
      const after = words[i + 1 + phrase.length];
      if (phrase.length > 0 && (phrase.at(-1)!.clauseEnd || after === undefined || PHRASE_END.has(after.text))) add(found, phrase, 'possessive');
    }
    const tie = word.text === 'per' || word.text === 'of' ? word.text : word.text === 'for' && /^(each|every)$/.test(words[i + 1]?.text ?? '') ? 'for' : undefined;
    if (tie === undefined || i === 0 || words[i - 1]!.clauseEnd) continue;
    let start = i;
    while (start > 0 && inPhrase(question, words, start - 1, i)) start--;
    // The phrase must be what the request opens with: only a request word, a copula or determiners before it.
    if (start < i && words.slice(0, start).every((before) => DETERMINERS.has(before.text) || REQUEST.test(before.text) || IS_ARE.has(before.text))) add(found, words.slice(start, i), tie);
  }
  return found;
}

function add(found: RowAttributePhrase[], words: QuestionWord[], tie: RowAttributeTie): void {
  const asked = askedWords(words);
  if (asked.length > 0) found.push({ words, tie, asked });
}

/** A word belongs to the phrase before `end`: not a determiner, request or phrase end, unless a hyphen joins it ("check-in"). */
function inPhrase(question: string, words: readonly QuestionWord[], at: number, end: number): boolean {
  const word = words[at]!;
  if (at < end - 1 && word.clauseEnd) return false;
  if (hyphenated(question, word) || (at > 0 && hyphenated(question, words[at - 1]!))) return true;
  return !DETERMINERS.has(word.text) && !REQUEST.test(word.text) && !PHRASE_END.has(word.text);
}

const hyphenated = (question: string, word: QuestionWord): boolean => question[word.offset + word.text.length] === '-';

/**
 * The head: the last word that is neither an adjective ("the curator responsible") nor a participle after a noun
 * ("energy exported"). A head that says only what form the answer takes ("opening hours", "boarding time", "declared
 * value") leaves the asking to the word before it; a statistic ("percentage", "share") asks for no stored attribute.
 */
function askedWords(phrase: readonly QuestionWord[]): QuestionWord[] {
  const content = phrase.filter((word) => !/\d/.test(word.text));
  const at = content.findLastIndex((word, k) => primaryPartOfSpeech(word.text) !== 'adj' && !(k > 0 && isParticiple(word)));
  const head = content[at];
  if (head === undefined || isFormWord(head.text) || SHARE_WORDS.test(head.text)) return [];
  if (MEASURE_WORDS.has(head.text) || !(FILLER_WORDS.has(head.text) || FILLER_WORDS.has(head.stem))) return [head];
  const before = content.slice(0, at).filter((word) => !FILLER_WORDS.has(word.text) && !FILLER_WORDS.has(word.stem) && word.text.length > 2);
  return before.length > 0 ? [before.at(-1)!] : [];
}

/** A word that can stand in a noun phrase: a noun or adjective, a number, or a word no dictionary knows as a verb. */
const nominal = (word: QuestionWord): boolean =>
  /\d/.test(word.text) || hasSense('noun', word.text) || hasSense('noun', word.stem) || hasSense('adj', word.text) || (primaryPartOfSpeech(word.text) === undefined && !hasSense('verb', word.text));

/** "exported", "remaining": an -ed or -ing form of a verb. */
const isParticiple = (word: QuestionWord): boolean =>
  /(?:ed|ing)$/.test(word.text) && (primaryPartOfSpeech(word.text) === 'verb' || [1, 2, 3].some((cut) => word.text.length - cut > 2 && hasSense('verb', word.text.slice(0, -cut))));

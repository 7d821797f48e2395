import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { isFormHead } from './form-heads.js';
import { BE_FORMS, FINITE_DO, FINITE_BE } from '../lexicon/auxiliaries.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { NEGATORS } from '../lexicon/negators.js';
import { PREPOSITIONS as ENGLISH_PREPOSITIONS } from '../lexicon/prepositions.js';
import { PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';

/**
 * The noun phrase "have" or "hold" takes as a main verb, head last: what the rows a question asks about must possess
 * ("Which instructors hold a Level 3 personal training qualification?" → personal, training, qualification; "Do any
 * venues have step-free access?" → step, free, access). The condition the question picks its rows by is then a thing
 * the data has to store. Not "have" as an auxiliary ("have visited", "had been"), a negated object ("have no pets"),
 * "held" after a form of "be" (a passive: "were held in June"), nor a verb ending the question ("that we have").
 */
export function heldObject(words: readonly QuestionWord[]): QuestionWord[] | undefined {
  for (const verb of words) {
    if (!HOLDING.test(verb.text) || verb.clauseEnd) continue;
    if (BE.has(words[verb.index - 1]?.text ?? '')) continue;
    let at = verb.index + 1;
    while (at < words.length && DETERMINERS.has(words[at]!.text) && !words[at]!.clauseEnd) at++;
    const first = words[at];
    if (!first || NEGATIONS.has(first.text) || participle(first.text)) continue;
    const phrase: QuestionWord[] = [];
    for (; at < words.length; at++) {
      const word = words[at]!;
      // "has the substring the computer": a determiner opens another phrase.
      if (PHRASE_END.has(word.text) || (phrase.length > 0 && DETERMINERS.has(word.text))) break;
      // "a custody seal number recorded": a participle after the noun says what happened to it, not which one.
      if (phrase.length > 0 && participle(word.text)) break;
      phrase.push(word);
      if (word.clauseEnd) break;
    }
    const content = phrase.filter((word) => !/\d/.test(word.text));
    // "has the word computer": a word about words quotes what follows it, which is text to look for, not a thing held.
    if (content.some((word) => TEXT_NOUNS.test(word.text))) continue;
    // "Which students does nobody have a crush on?": a preposition left at the end relates the rows to the ones asked
    // for ("have a crush on" them), as a verb would; nothing is possessed.
    const next = words[at];
    if (next && PREPOSITIONS.has(next.text) && next.index === words.length - 1) continue;
    // "How many hours have our crews spent …?": "have" before its subject and a participle is the perfect's auxiliary;
    // "Do any samples have a seal number recorded?" makes "have" the main verb by "do".
    if (next && participle(next.text) && /^ha/.test(verb.text) && !words.slice(0, verb.index).some((word) => DO.has(word.text))) continue;
    if (content.length > 0) return content;
  }
  return undefined;
}

/** The word of a held object that names what is held: its head, or before a word of form the word it narrows ("seal number" → seal). */
export function heldHead(phrase: readonly QuestionWord[]): QuestionWord {
  return phrase.length > 1 && isFormHead(phrase.at(-1)!.text) ? phrase.at(-2)! : phrase.at(-1)!;
}

const HOLDING = /^(have|has|had|hold|holds|held)$/;
const BE: ReadonlySet<string> = wordSet(pick(BE_FORMS, 'is', 'are', 'was', 'were', 'be', 'been', 'being'));
const DO: ReadonlySet<string> = wordSet(FINITE_DO);
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, pick(QUANTIFIERS, 'any', 'some'), POSSESSIVE_DETERMINERS, DEMONSTRATIVES, ['current', 'valid']);
const NEGATIONS: ReadonlySet<string> = wordSet(pick(NEGATORS, 'no', 'not', 'never', 'none'));
/** Prepositions, relative words and conjunctions that end a noun phrase. */
const PHRASE_END: ReadonlySet<string> = wordSet(
  pick(ENGLISH_PREPOSITIONS, 'of', 'for', 'from', 'in', 'on', 'at', 'by', 'to', 'with', 'per', 'than', 'over', 'under', 'among', 'between', 'during', 'since', 'before', 'after', 'across', 'as'),
  pick(RELATIVE_PRONOUNS, 'whose', 'who', 'that', 'which'),
  pick(WH_WORDS, 'where', 'when'),
  FINITE_BE,
  pick(COORDINATORS, 'and', 'or', 'but'),
  pick(PERSONAL_PRONOUNS, 'we', 'you', 'they'),
  ['rather', 'instead'],
);
/** Nouns for pieces of text, which quote the word after them. */
const TEXT_NOUNS = /^(word|words|substring|substrings|string|strings|letter|letters|phrase|phrases|term|terms|prefix|suffix|character|characters|text)$/;
const PREPOSITIONS: ReadonlySet<string> = wordSet(pick(ENGLISH_PREPOSITIONS, 'on', 'for', 'with', 'about', 'in', 'at', 'to', 'from', 'of', 'by', 'over'));
/** "visited", "been", "left": a verb's participle, not a noun that ends alike ("garden", "shed"). */
const participle = (text: string): boolean => IRREGULAR_VERBS[text] !== undefined || (/(ed|en)$/.test(text) && primaryPartOfSpeech(text) !== 'noun');

import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { isFormHead } from './form-heads.js';

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
    if (BE.test(words[verb.index - 1]?.text ?? '')) continue;
    let at = verb.index + 1;
    while (at < words.length && DETERMINERS.test(words[at]!.text) && !words[at]!.clauseEnd) at++;
    const first = words[at];
    if (!first || NEGATIONS.test(first.text) || participle(first.text)) continue;
    const phrase: QuestionWord[] = [];
    for (; at < words.length; at++) {
      const word = words[at]!;
      // "has the substring the computer": a determiner opens another phrase.
      if (PHRASE_END.test(word.text) || (phrase.length > 0 && DETERMINERS.test(word.text))) break;
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
    if (next && PREPOSITIONS.test(next.text) && next.index === words.length - 1) continue;
    // "How many hours have our crews spent …?": "have" before its subject and a participle is the perfect's auxiliary;
    // "Do any samples have a seal number recorded?" makes "have" the main verb by "do".
    if (next && participle(next.text) && /^ha/.test(verb.text) && !words.slice(0, verb.index).some((word) => /^(do|does|did)$/.test(word.text))) continue;
    if (content.length > 0) return content;
  }
  return undefined;
}

/** The word of a held object that names what is held: its head, or before a word of form the word it narrows ("seal number" → seal). */
export function heldHead(phrase: readonly QuestionWord[]): QuestionWord {
  return phrase.length > 1 && isFormHead(phrase.at(-1)!.text) ? phrase.at(-2)! : phrase.at(-1)!;
}

const HOLDING = /^(have|has|had|hold|holds|held)$/;
const BE = /^(is|are|was|were|be|been|being)$/;
const DETERMINERS = /^(a|an|the|any|some|their|its|our|his|her|your|my|this|that|these|those|current|valid)$/;
const NEGATIONS = /^(no|not|never|none)$/;
/** Prepositions, relative words and conjunctions that end a noun phrase. */
const PHRASE_END = /^(of|for|from|in|on|at|by|to|with|per|whose|who|that|which|where|when|than|over|under|among|between|during|since|before|after|across|is|are|was|were|and|or|but|we|you|they|rather|instead|as)$/;
/** "visited", "been", "left": a verb's participle, not a noun that ends alike ("garden", "shed"). */
/** Nouns for pieces of text, which quote the word after them. */
const TEXT_NOUNS = /^(word|words|substring|substrings|string|strings|letter|letters|phrase|phrases|term|terms|prefix|suffix|character|characters|text)$/;
const PREPOSITIONS = /^(on|for|with|about|in|at|to|from|of|by|over)$/;
const participle = (text: string): boolean => IRREGULAR_VERBS[text] !== undefined || (/(ed|en)$/.test(text) && primaryPartOfSpeech(text) !== 'noun');

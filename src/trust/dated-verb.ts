import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { FINITE_DO } from '../lexicon/auxiliaries.js';
import { wordSet } from '../lexicon/word-set.js';

/** A past tense or participle: "ordered", "shipped". */
const PAST_VERB = /^[a-z]{3,}ed$/;
const DO: ReadonlySet<string> = wordSet(FINITE_DO);
/** Words between "did" and its verb that are not the verb: "did we sell", "did the Pier Arts Centre borrow". */
const NOT_THE_VERB = /^(we|you|they|he|she|it|i|the|a|an|our|their|his|her|its|each|every|any|all|most|many|much|more|this|that|these|those|not|ever|still|also|really)$/;
/** A particle that makes one verb of the word before it: "checked in" (checkin_ts), "signed up" (signup_dt). */
const PARTICLE = /^(in|out|up|off|on|back|over|down)$/;

export interface DatedVerb {
  word: QuestionWord;
  /** The verb's own forms and their roots, with the particle glued on when one follows: tested → test, "checked in" → checkin. */
  forms: Set<string>;
}

/**
 * The question's last verb that says what happened to its rows: a past form ("tested", "sold"), or the verb "did" asks
 * about ("Which objects did the gallery borrow in 2026?"). A period closing the question dates that event.
 */
export function datedVerb(words: readonly QuestionWord[]): DatedVerb | undefined {
  let found: QuestionWord | undefined;
  words.forEach((word, k) => {
    if (PAST_VERB.test(word.text) || isIrregularPast(word.text) || followsDo(words, k)) found = word;
  });
  if (!found) return undefined;
  const bases = [found.text, ...inflectionBases(found.text)];
  const next = words[found.index + 1]?.text ?? '';
  const glued = PARTICLE.test(next) && !found.clauseEnd ? bases.map((base) => `${base}${next}`) : [];
  return { word: found, forms: new Set([...bases, ...glued].flatMap((form) => [form, wordRoot(form)])) };
}

function isIrregularPast(text: string): boolean {
  const base = IRREGULAR_VERBS[text];
  return base !== undefined && base !== text && base !== 'be' && base !== 'have' && base !== 'do';
}

/** The first word after do/does/did (past pronouns, articles and capitalised names) that is written in lower case. */
function followsDo(words: readonly QuestionWord[], at: number): boolean {
  const word = words[at]!;
  if (word.capitalized || NOT_THE_VERB.test(word.text) || /^\d/.test(word.text) || DO.has(word.text)) return false;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const before = words[k]!;
    if (before.clauseEnd) return false;
    if (DO.has(before.text)) return true;
    if (!before.capitalized && !NOT_THE_VERB.test(before.text)) return false;
  }
  return false;
}

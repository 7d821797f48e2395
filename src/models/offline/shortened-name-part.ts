import { isEnglishWord } from '../../lexicon/is-english-word.js';
import { hasSense } from '../../lexicon/has-sense.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import { listedExpansion } from '../../lexicon/listed-short-forms.js';
import { isSkeletonOf } from './is-skeleton-of.js';
import type { QuestionWord } from './question-words.js';

/**
 * "tickets" for a table tkt_ln, "vessels" for vsl, "response" for resp_min: a part of a name that no dictionary or
 * shorthand list reads and that is the question word with its vowels dropped (first and last letters kept), or its
 * clipped start (namesClippedPart).
 */
export function namesShortenedPart(part: string, word: QuestionWord): boolean {
  if (part.length < 3 || word.text.length <= part.length) return false;
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  // The dictionary is asked last: it loads WordNet, which a question of spelled names never needs.
  if (isSkeletonOf(part, singular) || isSkeletonOf(part, word.stem)) return !isEnglishWord(part);
  return namesClippedPart(part, word);
}

/**
 * "expl" for explosive, "resp" for response: the clipped start, four letters or more, of a word WordNet knows as a noun
 * (not "diff" for "different", which names no thing a column could hold), the part no English word and no listed short
 * form ("cust" stands for its listed word only, read where the list is).
 */
export function namesClippedPart(part: string, word: QuestionWord): boolean {
  const singular = /[^s]s$/.test(word.text) ? word.text.slice(0, -1) : word.text;
  if (part.length < 4 || singular.length < part.length + 3 || !singular.startsWith(part) || listedExpansion(part) !== undefined) return false;
  return !isEnglishWord(part) && inflectionBases(word.text).some((form) => hasSense('noun', form));
}

import { derivedForms, inflectionBases } from '../lexicon/derived-forms.js';
import { hasSense } from '../lexicon/has-sense.js';

/**
 * Whether a word the dictionary does not list is a closed compound of this first word and a noun of four letters or
 * more ("snowmaking": snow, making). Its head is the second word: snowmaking is a kind of making, not of snow. A word
 * WordNet knows ("availability") is none, nor one too short to hold two words ("qty", "dest").
 */
export function compoundOf(text: string, first: string): boolean {
  const second = text.slice(first.length);
  return text.length >= 8 && text.startsWith(first) && first.length >= 3 && second.length >= 4 && /^[a-z]+$/.test(text) && !known(text) && known(first) && hasSense('noun', second);
}

/** Whether a word the dictionary does not list is a closed compound of two words, the second a noun ("snowmaking"). */
export function isClosedCompound(text: string): boolean {
  return firstOfCompound(text) > 0;
}

/** The length of a closed compound's first word ("snow" of "snowmaking"; the shortest split), 0 when the word is none. */
export function firstOfCompound(text: string): number {
  for (let at = 3; at <= text.length - 4; at++) if (compoundOf(text, text.slice(0, at))) return at;
  return 0;
}

const known = (text: string): boolean => hasSense('noun', text) || hasSense('verb', text) || hasSense('adj', text);

/**
 * Whether a word is two words written together with this one first, whatever the dictionary says of the whole: the
 * second of four letters or more is a noun or a form of a verb WordNet knows ("toothpaste": tooth, paste; "homework":
 * home, work; "backfilled": back, filled), and WordNet does not derive the word from its first part ("membership" is
 * member's, "leadership" leader's). Its head is the second word, so a name that is only the first ("tooth", "back")
 * names none of it, and the first word alone is no part of a name that is such a compound ("work" of "workshop").
 */
export function writtenCompoundOf(text: string, first: string): boolean {
  const second = text.slice(first.length);
  if (first.length < 3 || second.length < 4 || !text.startsWith(first) || !/^[a-z]+$/.test(text) || !known(first)) return false;
  const secondIsWord = hasSense('noun', second) || inflectionBases(second).some((base) => base !== second && hasSense('verb', base)) || hasSense('verb', second);
  if (!secondIsWord) return false;
  return ![text, ...inflectionBases(text)].some((form) => derivedForms(form).has(first));
}

import { isEnglishWord as isWord, TWO_LETTER_WORDS } from '../lexicon/is-english-word.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { vowelDroppedNoun } from '../lexicon/vowel-dropped-noun.js';
import { wordVector } from '../lexicon/word-vectors.js';
import { STOP_WORDS } from './stop-words.js';

/** A glued word part ("custnm", "frtchg") is read as at most this many short forms and words. */
const MAX_PIECES = 3;
/** A long name part the word vectors know ("ridership", "billable") is a word WordNet lacks, not two glued. */
const MIN_VECTOR_WORD = 7;

const MAX_REMEMBERED = 50_000;
const partWords = new Map<string, string | null>();

/**
 * The words of a name's parts with its legacy shorthand read ("mbr", "nm" → member, name): a listed short form is
 * read wherever it is no English word ("qty", "cnty"), and where it is one ("no", "cat", "pay") only beside other
 * parts of a name ("bed_no", "cat_cd"), so prose keeps its words. A part no dictionary knows is read as glued short
 * forms ("custnm"), a word or short form ending in a class word ("hiredt": hire date), or a noun with its vowels
 * dropped ("trctr").
 */
export function expandNameParts(parts: readonly string[]): string[] {
  const inName = parts.length > 1;
  return parts.flatMap((part) => {
    const english = expandPart(part, inName);
    return english === undefined ? [part] : english.split(' ');
  });
}

/** One part's English, or undefined when it is a word already or nothing reads it. */
function expandPart(part: string, inName: boolean): string | undefined {
  const known = listedExpansion(part);
  if (known !== undefined) {
    if (known === part) return undefined;
    return inName || !(STOP_WORDS.has(part) || TWO_LETTER_WORDS.has(part) || isWord(part)) ? known : undefined;
  }
  if (part.length < 3 || /\d/.test(part) || STOP_WORDS.has(part)) return undefined;
  let english = partWords.get(part);
  if (english === undefined) {
    english = isWord(part) || (part.length >= MIN_VECTOR_WORD && wordVector(part) !== undefined) ? null : (gluedParts(part) ?? classWordEnding(part) ?? vowelDroppedNoun(part) ?? null);
    if (partWords.size >= MAX_REMEMBERED) partWords.clear();
    partWords.set(part, english);
  }
  return english ?? undefined;
}

/** "custnm" → "customer name": the fewest listed short forms that spell the part, each expanded; a word glued to a class word is classWordEnding's. */
function gluedParts(part: string): string | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= part.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const english = end - start >= 2 ? listedExpansion(part.slice(start, end)) : undefined;
      if (!before || before.length >= MAX_PIECES || english === undefined) continue;
      const current = best[end];
      if (!current || before.length + 1 < current.length) best[end] = [...before, english];
    }
  }
  const found = best[part.length];
  return found && found.length >= 2 ? found.join(' ') : undefined;
}

/**
 * Naming standards end a name with a class word (DT, CD, NM, NO, AMT, FLG): "pudt" is a date of something "pu",
 * kept as written when nothing reads it.
 */
function classWordEnding(part: string): string | undefined {
  for (const [short, english] of CLASS_WORDS) {
    const rest = part.slice(0, -short.length);
    if (part.endsWith(short) && rest.length >= 2) return `${expandPart(rest, true) ?? rest} ${english}`;
  }
  return undefined;
}

const CLASS_WORDS: readonly (readonly [string, string])[] = ['dt', 'cd', 'nm', 'no', 'nbr', 'num', 'amt', 'qty', 'flg', 'ind', 'desc', 'txt', 'pct', 'id'].map(
  (short) => [short, listedExpansion(short) ?? short] as const,
);

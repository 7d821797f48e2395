import { distance } from 'fastest-levenshtein';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../lexicon/conjunctions.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { isEnglishWord } from '../lexicon/is-english-word.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';

/** English's closed classes: the words a typo of which carries no content ("wich", "thier", "whic", "waht"). */
const CLOSED_CLASS: ReadonlySet<string> = new Set<string>([
    ...ARTICLES,
    ...DEMONSTRATIVES,
    ...POSSESSIVE_DETERMINERS,
    ...QUANTIFIERS,
    ...PERSONAL_PRONOUNS,
    ...POSSESSIVE_PRONOUNS,
    ...INDEFINITE_PRONOUNS,
    ...RELATIVE_PRONOUNS,
    ...WH_WORDS,
    ...BE_FORMS,
    ...HAVE_FORMS,
    ...DO_FORMS,
    ...MODALS,
    ...COORDINATORS,
    ...SUBORDINATORS,
    ...PREPOSITIONS,
]);

/** The targets a typo is read from: four letters or more. */
const FUNCTION_WORDS: readonly string[] = [...CLOSED_CLASS].filter((word) => word.length >= 4);

/**
 * "wich suppliers haven't sent us any logs": a word no dictionary knows, one edit (a letter left out, added, changed,
 * or two swapped) from a function word of four letters or more, is that function word misspelt, which names nothing
 * the data must hold; the word itself has four letters or more and a vowel, and is no listed short form. A real word one edit away ("witch" of which, "hose" of whose) is the word it is; a shorter function
 * word ("the", "who") is too near too many short forms of names to read a typo into.
 */
export function isFunctionWordTypo(word: string): boolean {
  // Four letters or more with a vowel, and no listed short form: "hrs", "wks", "frm" are a name's shorthand (hours,
  // weeks, firm) far more often than "hers", "was" or "from" misspelt.
  if (word.length < 4 || !/^[a-z]+$/.test(word) || !/[aeiou]/.test(word) || CLOSED_CLASS.has(word) || listedExpansion(word) !== undefined) return false;
  if (!FUNCTION_WORDS.some((target) => Math.abs(target.length - word.length) <= 1 && oneEditApart(word, target))) return false;
  return !isEnglishWord(word);
}

/** Whether one letter inserted, deleted or substituted (Levenshtein), or two neighbours swapped, turns a into b (a ≠ b). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (distance(a, b) === 1) return true;
  if (a.length !== b.length) return false;
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
  return diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!];
}

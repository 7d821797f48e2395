import { IRREGULAR_VERBS } from '../../lexicon/irregular-verbs.js';
import { PARTICLES as ENGLISH_PARTICLES } from '../../lexicon/prepositions.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { AUXILIARY_LEMMAS } from '../../lexicon/auxiliaries.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../../lexicon/determiners.js';
import { INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS } from '../../lexicon/pronouns.js';

const AUXILIARIES: ReadonlySet<string> = wordSet(AUXILIARY_LEMMAS);
const PARTICLES: ReadonlySet<string> = wordSet(ENGLISH_PARTICLES);
const DO = /^(?:did|do|does)$/;
const SUBJECTS: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  pick(PERSONAL_PRONOUNS, 'we', 'you', 'they', 'i', 'he', 'she', 'it', 'us'),
  pick(POSSESSIVE_DETERMINERS, 'our'),
  pick(QUANTIFIERS, 'any', 'each', 'every'),
  pick(INDEFINITE_PRONOUNS, 'anyone', 'anybody', 'someone', 'somebody'),
);

/**
 * The question's verbs as written, each alone and with the particle after it ("checked in", "sent out"): a past form
 * ("logged", "sent", not "had"), or the word right after did/do/does and a pronoun or article ("did we send"). Read
 * from the words' forms only, no dictionary; a caller matches them against names, so a noun taken for a verb ("did the
 * shop …") only costs a lookup.
 */
export function questionVerbs(words: readonly { text: string }[]): string[][] {
  const phrases: string[][] = [];
  words.forEach((word, k) => {
    const text = word.text;
    const irregular = IRREGULAR_VERBS[text];
    const past = /^[a-z]{2,}ed$/.test(text) || (irregular !== undefined && !AUXILIARIES.has(irregular));
    const afterDo = !DO.test(text) && text.length >= 4 && !SUBJECTS.has(text) && words.slice(Math.max(0, k - 3), k).some((w, i, before) => DO.test(w.text) && before.slice(i + 1).every((b) => SUBJECTS.has(b.text)));
    if (!past && !afterDo) return;
    phrases.push([text]);
    const next = words[k + 1]?.text;
    if (next && PARTICLES.has(next)) phrases.push([text, next]);
  });
  return phrases;
}

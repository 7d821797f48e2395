import { IRREGULAR_VERBS } from '../../lexicon/irregular-verbs.js';

const AUXILIARIES = new Set(['be', 'have', 'do']);
const PARTICLES = new Set(['in', 'up', 'out', 'off', 'on', 'down', 'over', 'back', 'away']);
const DO = /^(?:did|do|does)$/;
const SUBJECTS = new Set(['we', 'you', 'they', 'i', 'he', 'she', 'it', 'our', 'the', 'a', 'an', 'any', 'anyone', 'anybody', 'someone', 'somebody', 'us', 'this', 'that', 'these', 'those', 'each', 'every']);

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

import { inflectionBases } from '../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';

/**
 * The other forms of a verb a question may use where a value is stored in one: "failed" or "failing" for 'Fail',
 * "grinding" for a gloss "stump grind", "lose" for a gloss "lost". English endings and the irregular verbs' table only,
 * no dictionary.
 */
export function verbForms(word: string): string[] {
  // Not a stem of three letters: "rating" is a noun of its own, no form of "rat".
  const forms = new Set(inflectionBases(word).filter((form) => form !== word && form.length >= 4 && /(ed|ing)$/.test(word)));
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) forms.add(irregular);
  for (const [past, base] of Object.entries(IRREGULAR_VERBS)) if (base === word && past !== word) forms.add(past);
  return [...forms];
}

import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { isPluralNoun } from '../lexicon/is-plural-noun.js';
import { senseOffsets } from '../lexicon/wordnet-records.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/**
 * Whether a noun in the plural and the word after it are a subject and its verb in the past ("Which students left in
 * October?"), not a compound: English narrows a noun with a singular ("student loans"), so a plural WordNet does not
 * list as a noun of its own ("sales", "arms" and "goods" it does) modifies nothing, and the next word, a past form
 * (irregular, or in -ed of a verb WordNet knows), is what it did.
 */
export function subjectOfPast(modifier: QuestionWord, next: QuestionWord): boolean {
  if (!isPluralNoun(modifier.text) || senseOffsets('noun', modifier.text).length > 0) return false;
  if (IRREGULAR_VERBS[next.text] !== undefined) return true;
  return /ed$/.test(next.text) && [next.text.slice(0, -2), next.text.slice(0, -1)].some((base) => senseOffsets('verb', base).length > 0);
}

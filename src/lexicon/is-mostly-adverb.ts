import { memoByWord } from './memo-by-word.js';
import { taggedSenses } from './tagged-senses.js';

/**
 * Whether English uses the word (as written, uninflected) more as an adverb than as anything else, by the senses
 * WordNet's tagged corpus saw of each: "altogether", "aside", "here" are; "home", "back", "today" are not.
 */
export const isMostlyAdverb = memoByWord((key): boolean => {
  const adverb = taggedSenses('adv', key);
  return adverb > 0 && (['noun', 'verb', 'adj'] as const).every((part) => taggedSenses(part, key) < adverb);
});

import { memoByWord } from './memo-by-word.js';
import { wordnetFiles, type WordnetPart } from './wordnet-files.js';

/** The senses of a lemma seen in WordNet's tagged corpus as this part of speech (0 when unknown). */
function taggedSenses(part: WordnetPart, lemma: string): number {
  const line = wordnetFiles().indexLine(part, lemma);
  if (!line) return 0;
  const fields = line.trim().split(' ');
  return Number(fields[fields.length - Number(fields[2]) - 1]);
}

/**
 * Whether English uses the word (as written, uninflected) more as an adverb than as anything else, by the senses
 * WordNet's tagged corpus saw of each: "altogether", "aside", "here" are; "home", "back", "today" are not.
 */
export const isMostlyAdverb = memoByWord((key): boolean => {
  const adverb = taggedSenses('adv', key);
  return adverb > 0 && (['noun', 'verb', 'adj'] as const).every((part) => taggedSenses(part, key) < adverb);
});

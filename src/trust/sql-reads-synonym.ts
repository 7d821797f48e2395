import { relatedNouns } from '../lexicon/related-nouns.js';
import { wordRoot } from '../models/offline/word-root.js';

/**
 * Whether the SQL reads the question's word under another name WordNet gives the same meaning: "gender" / `sex`,
 * "nation" / `country`. Only synonyms count, not broader or narrower words, so a column about something else is
 * never taken for the word, unless `broader` lets any WordNet relative count ("shoppers" read as `customers`, as the
 * linker links them). Looks the word up only when called (a few lines of the WordNet files).
 */
export function sqlReadsSynonym(word: string, roots: ReadonlySet<string>, { broader = false }: { broader?: boolean } = {}): boolean {
  if (word.length < 3) return false;
  for (const [lemma, closeness] of relatedNouns(word.toLowerCase())) {
    if ((closeness !== 'same' && !broader) || lemma.includes('_') || lemma === word) continue;
    if (roots.has(lemma) || roots.has(wordRoot(lemma))) return true;
  }
  return false;
}

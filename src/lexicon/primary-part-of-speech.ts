import { baseForms } from './related-nouns.js';
import { wordnetFiles, type WordnetPart } from './wordnet-files.js';

export type PartOfSpeech = WordnetPart;

/** How often a lemma is used as this part of speech: its senses seen in WordNet's tagged corpus (0 when unknown). */
function taggedSenses(part: PartOfSpeech, lemma: string): number {
  const line = wordnetFiles().indexLine(part, lemma);
  if (!line) return 0;
  const fields = line.trim().split(' ');
  const count = Number(fields[2]);
  return Number(fields[fields.length - count - 1]);
}

const primary = new Map<string, PartOfSpeech | undefined>();

/**
 * The part of speech a word is mostly used as, by the senses WordNet's tagged corpus saw of each: "full" and "left"
 * are mostly adjectives, "offer" mostly a verb, "singer" a noun. Undefined when WordNet has no tagged sense of it.
 */
export function primaryPartOfSpeech(word: string): PartOfSpeech | undefined {
  const key = word.toLowerCase();
  if (primary.has(key)) return primary.get(key);
  let best: PartOfSpeech | undefined;
  let most = 0;
  for (const part of ['noun', 'verb', 'adj'] as const) {
    const senses = Math.max(0, ...baseForms(key).map((form) => taggedSenses(part, form)));
    if (senses > most) [best, most] = [part, senses];
  }
  primary.set(key, best);
  return best;
}

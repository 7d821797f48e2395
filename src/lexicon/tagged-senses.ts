import { wordnetFiles, type WordnetPart } from './wordnet-files.js';

/** How often a lemma is used as this part of speech: its senses seen in WordNet's tagged corpus (0 when unknown). */
export function taggedSenses(part: WordnetPart, lemma: string): number {
  const line = wordnetFiles().indexLine(part, lemma);
  if (!line) return 0;
  const fields = line.trim().split(' ');
  const count = Number(fields[2]);
  return Number(fields[fields.length - count - 1]);
}

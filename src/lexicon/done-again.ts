import { inflectionBases } from './derived-forms.js';
import { memoByWord } from './memo-by-word.js';
import { wordnetFiles } from './wordnet-files.js';
import { senseOffsets } from './wordnet-records.js';

/**
 * The word a re- word does again, as WordNet defines it ("revisits" → visits: to revisit is to "visit again"), in the
 * form the question wrote ("revisits", "revisited" → "visits", "visited"); undefined for a word whose re- is no prefix
 * ("reports", "returns": WordNet defines neither as porting or turning again).
 */
export const doneAgain = memoByWord((key): string | undefined => {
  const rest = /^re-?([a-z]{4,})$/.exec(key)?.[1];
  if (!rest) return undefined;
  for (const base of inflectionBases(key.replace('-', ''))) {
    const done = base.slice(2);
    if (done.length < 4) continue;
    for (const offset of senseOffsets('verb', base)) {
      const gloss = wordnetFiles().dataLine('verb', offset).split(' | ')[1] ?? '';
      if (new RegExp(`^${done}\\b[^;"]*\\b(again|anew)\\b`).test(gloss)) return rest;
    }
  }
  return undefined;
});

import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { wordnetFiles } from './wordnet-files.js';
import { senseOffsets } from './wordnet-records.js';

/**
 * What a noun counts or adds up when WordNet's first sense defines it as a number or an amount of something: "death
 * toll", "the number of deaths resulting from …" → deaths. Empty for any other noun. `lemma` is lower case, spaces as
 * underscores ("death_toll").
 */
export const countedByDefinition = memoByWord((lemma): string[] => {
  for (const form of baseForms(lemma)) {
    const first = senseOffsets('noun', form)[0];
    if (first === undefined) continue;
    const gloss = wordnetFiles().dataLine('noun', first).split(' | ')[1]?.toLowerCase() ?? '';
    const counted = /^(?:the |a |an )?(?:total |whole |entire )?(?:number|amount|sum|quantity|count|total) of (?:the )?([a-z]+)/.exec(gloss);
    return counted ? [counted[1]!] : [];
  }
  return [];
});

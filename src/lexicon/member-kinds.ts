import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { wordnetFiles } from './wordnet-files.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/** Senses a group noun is commonly used in (see related-nouns.ts COMMON_SENSES). */
const COMMON_SENSES = 3;
/** How far up from a member the kinds it is go: "staff member" is an employee, an employee a worker. */
const STEPS_UP = 2;

/**
 * The kinds of thing a group noun's members are, as WordNet's member meronyms say: "fleet" → car, motor vehicle,
 * vehicle, ship …; "staff" → staff member, employee, worker; "crew" → crewman, worker. The members' lemmas and their
 * hypernyms up to STEPS_UP, not "member" itself (a committee's member is a member of anything). Empty for a noun that
 * names no group; the index line tells that without reading a synset.
 */
export const memberKinds = memoByWord((key): Set<string> => {
  const kinds = new Set<string>();
  for (const form of baseForms(key)) {
    if (!/ %m /.test(wordnetFiles().indexLine('noun', form) ?? '')) continue;
    for (const offset of senseOffsets('noun', form, COMMON_SENSES)) {
      for (const pointer of readSynset('noun', offset).pointers) {
        if (pointer.symbol !== '%m' || pointer.pos !== 'n') continue;
        let level = [pointer.target];
        for (let up = 0; up <= STEPS_UP && level.length > 0; up++) {
          const next: number[] = [];
          for (const member of level) {
            const { lemmas, pointers } = readSynset('noun', member);
            for (const lemma of lemmas) if (lemma !== 'member') kinds.add(lemma);
            for (const hypernym of pointers) if (hypernym.symbol === '@' && hypernym.pos === 'n') next.push(hypernym.target);
          }
          level = next;
        }
      }
    }
  }
  return kinds;
});

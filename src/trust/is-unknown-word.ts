import { derivedForms } from '../lexicon/derived-forms.js';
import { isClosedCompound } from './closed-compound.js';
import { hasSense } from '../lexicon/has-sense.js';

/**
 * Whether no dictionary knows a word, so it may be a short or misspelt column name ("qty", "sname"), too weak a sign to
 * decline on. Two words the dictionary knows run together ("headteachers": head, teachers) are a word English writes
 * closed, however WordNet lists it, and name a thing as the two words would.
 */
export function isUnknownWord(text: string): boolean {
  return derivedForms(text).size === 0 && !isClosedCompound(text) && !isAgentNoun(text);
}

/**
 * "funders", "bidders": the noun English makes of a verb by -er, which names whoever does it (fund → funder) as any
 * dictionary word does, though WordNet lists few of them. The verb must be one WordNet knows, of four letters or more
 * with the ending, so a short name ("mgr", "ctr") stays unknown.
 */
function isAgentNoun(text: string): boolean {
  const match = /^([a-z]{3,}?)(e?)rs?$/.exec(text);
  if (!match || text.length < 6) return false;
  const stem = match[1]!;
  const bases = [stem, `${stem}e`, ...(/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  return match[2] === 'e' && bases.some((base) => hasSense('verb', base));
}

import { derivedForms } from '../lexicon/derived-forms.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { vectorSimilarity, wordVector } from '../lexicon/word-vectors.js';

/** How near in meaning (word vectors) an open head must come to the column word before it to stand on that column. */
const PARTNER_SIMILARITY = 0.3;

/**
 * Whether a column word grounds the open head right after it as one thing: "mobile phone" where a cell_mobile_number
 * column is (phone and mobile are near in meaning), "plan attainment" where a planned_qty column is (attaining is a
 * deed done to the plan, which the SQL computes from it); not "van mileage" where a van_reg column is (a van's mileage
 * is no column of vans, nor anything done to one). A word with no vector keeps the column's say.
 */
export function columnPartnerGrounds(partner: string, head: string): boolean {
  const [a, b] = [wordVector(partner), wordVector(head)];
  if (a === undefined || b === undefined || vectorSimilarity(a, b) >= PARTNER_SIMILARITY) return true;
  return [...derivedForms(head)].some((form) => form !== head && primaryPartOfSpeech(form) === 'verb');
}

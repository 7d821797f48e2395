import { describe, expect, it } from 'vitest';
import { personAgeRanked } from '../src/trust/person-age-ranked.js';

/** The one reading of a superlative of age said of people, which the answer-kind rules and the ranked_age check share. */
describe('a superlative of age said of people', () => {
  it('reads a person noun after it, or after its "of"', () => {
    expect(personAgeRanked('Who is the oldest member of the team?')).toEqual({ superlative: 'oldest', noun: 'member', phrase: 'oldest member' });
    expect(personAgeRanked('Name the youngest of the pupils.')).toEqual({ superlative: 'youngest', noun: 'pupils', phrase: 'youngest of' });
  });

  it('reads "who" with no noun after it', () => {
    expect(personAgeRanked('Who is the oldest?')).toEqual({ superlative: 'oldest', phrase: 'oldest' });
    expect(personAgeRanked('Who is the eldest here?')).toEqual({ superlative: 'eldest', phrase: 'eldest here' });
  });

  it('leaves things ranked by a date, and "newest", which asks how recently, not an age', () => {
    expect(personAgeRanked('Which is the oldest crane?')).toBeUndefined();
    expect(personAgeRanked('Who is the oldest press in the shop?')).toBeUndefined();
    expect(personAgeRanked('Who is the newest member?')).toBeUndefined();
  });
});

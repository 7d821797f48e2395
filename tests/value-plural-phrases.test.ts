import { describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { matchValues } from '../src/catalog/match-values.js';

/**
 * A stored value of several words named in the plural ("ring-tailed lemurs" for 'Ring-tailed lemur', "no-shows" for
 * 'no_show', "small businesses" for 'small_business'): the phrase's last word is a plural of the value's last word.
 * Made-up columns; a plural that ends no stored value matches nothing.
 */
const sets: ColumnValues[] = [
  { table: 'animals', column: 'common_name', values: ['Ring-tailed lemur', 'Plains zebra', 'Red panda'] },
  { table: 'bookings', column: 'status', values: ['no_show', 'completed'] },
  { table: 'buyers', column: 'segment', values: ['small_business', 'enterprise'] },
];
const lookup = buildValueLookup(sets);
const found = (question: string) => matchValues(lookup, question).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('stored values of several words named in the plural', () => {
  it('reaches the value by the singular of the last word: -s, -es, -ies', () => {
    expect(found('How many scans were done on the ring-tailed lemurs?')).toEqual(['animals.common_name=Ring-tailed lemur']);
    expect(found('How many plains zebras do we keep?')).toEqual(['animals.common_name=Plains zebra']);
    expect(found('How many bookings were no-shows?')).toEqual(['bookings.status=no_show']);
    expect(found('How many buyers are small businesses?')).toEqual(['buyers.segment=small_business']);
  });

  it('matches no plural whose singular ends no stored value', () => {
    expect(found('How many red pandemics were there?')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { matchValues } from '../src/catalog/match-values.js';

/**
 * A stored value the question writes otherwise than it is stored: a hyphenated compound written closed ("3-D", 3D), a
 * word of a phrase in its other spelling ("flat tires", 'Flat tyre'), the proper adjective of a stored place
 * ("Texan", TX; "American", United States), the words a stored initialism spells out ("houses in multiple occupation",
 * HMO; "UK Power Networks", UKPN; "Level 2", L2), a name of several words that ends a stored name ("the Morag Dubh",
 * 'MV Morag Dubh'). Made-up columns; each rule has a near case that must match nothing.
 */
const sets: ColumnValues[] = [
  { table: 'screenings', column: 'fmt', values: ['2D', '3D', 'IMAX'] },
  { table: 'repairs', column: 'issue', values: ['Flat tyre', 'Bent wheel', 'Broken light'] },
  { table: 'customers', column: 'state', values: ['TX', 'CA', 'NY'] },
  { table: 'singers', column: 'citizenship', values: ['United States', 'France'] },
  { table: 'properties', column: 'property_type', values: ['flat', 'HMO', 'semi-detached house'] },
  { table: 'sites', column: 'dno', values: ['UKPN', 'NGED', 'SSEN'] },
  { table: 'courses', column: 'level', values: ['L2', 'L3'] },
  { table: 'vessels', column: 'vsl_name', values: ['MV Morag Dubh', 'MV Isbister'] },
  { table: 'players', column: 'tour', values: ['TPE', 'WTA'] },
];
const lookup = buildValueLookup(sets);
const found = (question: string) =>
  matchValues(lookup, question)
    .filter((match) => match.score >= 0.9)
    .map((match) => `${match.table}.${match.column}=${match.value}`)
    .sort();

describe('stored values written otherwise in the question', () => {
  it('meets a hyphenated compound written closed', () => {
    expect(found('How many showings were in 3-D?')).toEqual(['screenings.fmt=3D']);
  });

  it('meets a phrase with a word in its other spelling, and not a phrase with another word', () => {
    expect(found('What did fixing flat tires cost us?')).toEqual(['repairs.issue=Flat tyre']);
    expect(found('What did fixing bent tires cost us?')).toEqual([]);
  });

  it('meets the place a proper adjective pertains to, and not one written in lower case or naming no stored place', () => {
    expect(found('Which Texan towns do our customers live in?')).toEqual(['customers.state=TX']);
    expect(found('What is the net worth of the American singers?')).toEqual(['singers.citizenship=United States']);
    expect(found('Which Canadian towns do our customers live in?')).toEqual([]);
  });

  it('meets a stored initialism by the words it spells out, small words inside left out', () => {
    expect(found('How many houses in multiple occupation do we look after?')).toEqual(['properties.property_type=HMO']);
    expect(found('Which sites are connected to UK Power Networks?')).toEqual(['sites.dno=UKPN']);
    expect(found('How many Level 2 courses do we run?')).toEqual(['courses.level=L2']);
  });

  it('does not take words whose initials no stored value is, or that punctuation parts, for an initialism', () => {
    expect(found('How many houses in mixed tenure do we look after?')).toEqual([]);
    expect(found('How many Level 4 courses do we run?')).toEqual([]);
    expect(found('How many houses, mostly occupied, are there?')).toEqual([]);
    // Words that are no name: the last no noun.
    expect(found("Who's the greatest women's tennis player ever?")).toEqual([]);
  });

  it('meets a stored name by the words that end it, not by words that end no stored name', () => {
    expect(found('How much fuel did the Morag Dubh take on?')).toEqual(['vessels.vsl_name=MV Morag Dubh']);
    expect(found('How much fuel did the Morag Mhor take on?')).toEqual([]);
  });
});

describe('initials in a column of many codes', () => {
  const codes = Array.from({ length: 60 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}${String.fromCharCode(65 + ((i * 3) % 26))}`);
  const many = buildValueLookup([{ table: 'players', column: 'country_code', values: [...codes, 'TPE'] }]);

  it('are no initialism: any three words spell one of hundreds of codes by chance', () => {
    expect(matchValues(many, "Who's the greatest women's tennis player ever?").map((match) => match.value)).toEqual([]);
  });
});

describe('a hyphenated compound written closed', () => {
  const closed = buildValueLookup([
    { table: 'bikes', column: 'kind', values: ['ebike', 'road', 'cargo'] },
    { table: 'screenings', column: 'fmt', values: ['3D', 'IMAX'] },
  ]);
  const values = (question: string) => matchValues(closed, question).map((match) => match.value);

  it('meets the stored word even where every stored value is one word', () => {
    expect(values('How many e-bikes are in the fleet?')).toEqual(['ebike']);
    expect(values('How many e-bike rides were there?')).toEqual(['ebike']);
    expect(values('How many showings were in 3-D?')).toEqual(['3D']);
  });
});

import { describe, expect, it } from 'vitest';
import { listedExpansion, listedShortForms } from '../src/lexicon/listed-short-forms.js';

/** The standard short-form list, read both ways through one lookup. */
describe('listed short forms', () => {
  it('reads a short form as the word or words it stands for, and nothing for an unlisted one or a property of every object', () => {
    expect(listedExpansion('appt')).toBe('appointment');
    expect(listedExpansion('po')).toBe('purchase order');
    expect(listedExpansion('zzq')).toBeUndefined();
    expect(listedExpansion('constructor')).toBeUndefined();
  });

  it('lists the short forms of a one-word expansion in the list’s order, and with stems those of its plural too', () => {
    expect(listedShortForms('appointment')).toEqual(['appt']);
    expect(listedShortForms('customer').slice(0, 3)).toEqual(['cust', 'custmr', 'cstmr']);
    expect(listedShortForms('purchase order')).toEqual([]);
    expect(listedShortForms('claim')).toEqual(['clm']);
    expect(listedShortForms('claim', { stems: true })).toEqual(['clm', 'clms']);
  });
});

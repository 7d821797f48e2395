import { describe, expect, it } from 'vitest';
import { isSkeletonOf } from '../src/models/offline/is-skeleton-of.js';
import { shortens } from '../src/models/offline/shortens.js';

/** One test of "does this short form stand for that word", narrowed by options: each caller's variant, pinned. */
describe('shortens', () => {
  it('takes a shorter form that starts as the word starts and keeps its letters in order', () => {
    expect(shortens('cust', 'customer')).toBe(true);
    expect(shortens('lg', 'league')).toBe(true);
    expect(shortens('ctsu', 'customer')).toBe(false);
    expect(shortens('ust', 'customer')).toBe(false);
    expect(shortens('customer', 'customer')).toBe(false);
    expect(shortens('c2', 'customer')).toBe(false);
  });

  it('with consonants, refuses a vowel after the first letter ("gm" for game, not "ga")', () => {
    expect(shortens('gm', 'game', { consonants: true })).toBe(true);
    expect(shortens('ga', 'game', { consonants: true })).toBe(false);
  });

  it('with keepsLast, wants the word’s last letter ("amt" for amount, not "am")', () => {
    expect(shortens('amt', 'amount', { keepsLast: true })).toBe(true);
    expect(shortens('amn', 'amount', { keepsLast: true })).toBe(false);
  });

  it('with firstConsonant, wants the word’s first consonant second ("pd" for paid; "agt" keeps agreement’s g, not amount’s m)', () => {
    const skeleton = { consonants: true, keepsLast: true, firstConsonant: true };
    expect(shortens('pd', 'paid', skeleton)).toBe(true);
    expect(shortens('dlvd', 'delivered', skeleton)).toBe(true);
    expect(shortens('amt', 'agreement', skeleton)).toBe(false);
    expect(shortens('agt', 'agreement', skeleton)).toBe(true);
  });

  it('isSkeletonOf: three or four letters, consonants, the last letter kept', () => {
    expect(isSkeletonOf('qty', 'quantity')).toBe(true);
    expect(isSkeletonOf('hrs', 'hours')).toBe(true);
    expect(isSkeletonOf('pd', 'paid')).toBe(false);
    expect(isSkeletonOf('dlvrd', 'delivered')).toBe(false);
    expect(isSkeletonOf('amt', 'agreement')).toBe(true);
  });
});

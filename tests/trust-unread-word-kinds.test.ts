import { describe, expect, it } from 'vitest';
import { unreadWordKinds } from '../src/trust/unread-word-kinds.js';

/**
 * What the words an answer leaves unread are, for the post-execution decline (src/trust/unsure-decline.ts): read from
 * English (WordNet's parts of speech and attributes, the question's wh-word), never from a list of topics. Each kind
 * beside a look-alike that is not of it. The questions are abstention-dev-s's and probe-abstain12's misses of
 * 2026-12-07 and answerable twins of them.
 */
describe('kinds of unread words', () => {
  it('counts an inflected verb as a deed, which WordNet tags only by its dictionary form or as an adjective', () => {
    expect(unreadWordKinds('Which animals have died this year?', ['died']).unread_deeds).toBe(1);
    expect(unreadWordKinds('Which client tipped the most?', ['tipped']).unread_deeds).toBe(1);
    expect(unreadWordKinds('Which repair type do the gangs find most satisfying?', ['satisfying']).unread_deeds).toBe(1);
    // Look-alikes: a noun and an adjective are no deeds.
    expect(unreadWordKinds('Which animals have a microchip?', ['microchip']).unread_deeds).toBe(0);
    expect(unreadWordKinds('Which animals are brown?', ['brown']).unread_deeds).toBe(0);
  });

  it('marks a question that asks the doer or time of a deed nothing reads', () => {
    expect(unreadWordKinds('Who manufactured the Car Kiln?', ['manufactured']).asked_deed_unread).toBe(1);
    expect(unreadWordKinds('When was the Car Kiln serviced?', ['serviced']).asked_deed_unread).toBe(1);
    // Look-alikes: the deed asked how many times, and a who-question whose unread word is a noun.
    expect(unreadWordKinds('How many kilns were manufactured in 2020?', ['manufactured']).asked_deed_unread).toBe(0);
    expect(unreadWordKinds('Who is the tutor of the evening course?', ['evening']).asked_deed_unread).toBe(0);
  });

  it('counts adjectives that judge a quality, and their degrees, apart from ones that measure', () => {
    expect(unreadWordKinds('Which supervisor is the most popular?', ['popular']).unread_judged).toBe(1);
    expect(unreadWordKinds('Which enclosure has the best view?', ['best', 'view']).unread_judged).toBe(1);
    // Look-alikes: "longest" and "heaviest" give values of a length and a weight, which a column may hold.
    expect(unreadWordKinds('Which enclosure has the longest fence?', ['longest', 'fence']).unread_judged).toBe(0);
    expect(unreadWordKinds('Which animal is the heaviest?', ['heaviest']).unread_judged).toBe(0);
  });
});

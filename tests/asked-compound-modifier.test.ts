import { beforeAll, describe, expect, it } from 'vitest';
import { askedItems } from '../src/trust/asked-words.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * "How many self-charging hybrids do we look after?": the counted phrase was cut at the hyphen, so "self" was what the
 * question asked for, linked to nothing, and the question was declined. A hyphenated compound before the head is one
 * modifier (src/trust/asked-words.ts `withCompounds`): the head is "hybrids".
 */

describe('the asked phrase with a hyphenated modifier', () => {
  it.each([
    ['How many self-charging hybrids do we look after?', ['self', 'charging', 'hybrids']],
    ['How many pre-owned items are up for sale?', ['pre', 'owned', 'items']],
    ['How many water-damaged handsets did we fix?', ['water', 'damaged', 'handsets']],
    ['Which gold-grade boats are wide beams?', ['gold', 'grade', 'boats']],
  ])('%s', (question, item) => {
    expect(askedItems(question)).toContainEqual(item);
  });

  it.each([
    // The compound is the head itself: read as before, at its first part.
    ['How many call-outs came from the coastguard?', [['call']]],
    ['How many no-shows were there in October?', []],
    // A compound written with capitals is a name.
    ['How much was Pen-y-Bryn paid for its milk?', [['pen']]],
  ])('%s is read as without compounds', (question, items) => {
    expect(askedItems(question)).toEqual(items);
  });
});

const STATEMENTS = [
  'CREATE TABLE cars (reg VARCHAR PRIMARY KEY, make VARCHAR NOT NULL, fuel VARCHAR NOT NULL)',
  `COMMENT ON COLUMN cars.fuel IS 'P petrol, D diesel, HEV hybrid, EV battery electric'`,
  `INSERT INTO cars VALUES ${Array.from({ length: 40 }, (_, index) => `('AB${10 + index} CDE', '${['Toyota', 'Ford', 'Kia', 'Honda'][index % 4]}', '${['P', 'D', 'HEV', 'EV', 'HEV'][index % 5]}')`).join(', ')}`,
];

describe('a hyphenated modifier on a garage database', () => {
  let namespace: MadeUpNamespace;
  beforeAll(async () => {
    namespace = await madeUpNamespace('car_garage', STATEMENTS);
  }, 60_000);

  it('counts the head the modifier narrows', async () => {
    const { stderr, answer } = await namespace.ask('How many self-charging hybrids do we look after?');
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql).toContain(`'HEV'`);
    expect(answer.rows).toEqual([[16]]);
  }, 60_000);

  it('still declines a question of the same shape about what nothing stores', async () => {
    const { answer } = await namespace.ask('How many self-charging hybrids have a panoramic sunroof?');
    expect(answer.status).toBe('unanswerable');
  }, 60_000);
});

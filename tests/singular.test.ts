import { describe, expect, it } from 'vitest';
import { singular } from '../src/models/offline/singular.js';

describe('singular: a table name as one of its rows, for aliases such as match_count', () => {
  it.each([
    ['categories', 'category'],
    ['order_items', 'order_item'],
    ['matches', 'match'],
    ['dishes', 'dish'],
    ['boxes', 'box'],
    ['addresses', 'address'],
    ['statuses', 'status'],
    ['buses', 'bus'],
    ['caches', 'cache'],
    ['houses', 'house'],
    ['courses', 'course'],
    ['class', 'class'],
    ['stadium', 'stadium'],
  ])('%s → %s', (name, expected) => {
    expect(singular(name)).toBe(expected);
  });
});

import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * "When was <thing> <verb>?" is answered by a date of the thing's own table only when the thing is one of its rows
 * (issue 14, src/trust/ground-attributes.ts): its head names the table ("the Red Arrow bike"), a naming value says which
 * row ("Bleak House", a title), or "each / every" ranges over the rows. A kind stored as a code ("the tandem", a frame
 * type) or a name another column holds (a book's author "Charles Dickens") is no row, so the rows' dates (when the shop
 * bought each bike or book) date another event, unless the verb links to the table's names. The participle may be
 * irregular ("born") or followed by the phrase that places it ("introduced in Britain", src/trust/asked-attributes.ts).
 */
const SCHEMA = `CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, bike_nm VARCHAR NOT NULL, frame_type VARCHAR NOT NULL, shop_id INTEGER NOT NULL, bought_on DATE NOT NULL, day_rate DECIMAL(5,2) NOT NULL, FOREIGN KEY (shop_id) REFERENCES shops(shop_id));
COMMENT ON COLUMN bikes.frame_type IS 'FOLD folding bike, TAND tandem, ROAD road bike';
CREATE TABLE books (book_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, author VARCHAR NOT NULL, shelved_on DATE NOT NULL, price DECIMAL(5,2) NOT NULL);`;

const { database } = madeUpRows(SCHEMA, {
  shops: ['shop_id,shop_nm,town', [[1, 'Spokes', 'York'], [2, 'Gears', 'Leeds']]],
  bikes: ['bike_id,bike_nm,frame_type,shop_id,bought_on,day_rate', [[1, 'Red Arrow', 'ROAD', 1, '2024-03-02', 25], [2, 'Twin Peaks', 'TAND', 2, '2023-06-11', 40], [3, 'Pocket', 'FOLD', 1, '2025-01-20', 18]]],
  books: ['book_id,title,author,shelved_on,price', [[1, 'Bleak House', 'Charles Dickens', '2024-05-01', 9.99], [2, 'Emma', 'Jane Austen', '2024-07-15', 7.5], [3, 'Middlemarch', 'George Eliot', '2025-02-03', 8.25]]],
});

const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'tandem invented', namespace: 'bike_shop', task: 'When was the tandem invented?', declined: /invented/ },
  { id: 'author born', namespace: 'bike_shop', task: 'When was Charles Dickens born?', declined: /born/ },
  { id: 'day rates introduced', namespace: 'bike_shop', task: 'When were bike day rates first introduced in shops?', declined: /introduced/ },
  // Twins worded alike that the data answers.
  { id: 'named bike', namespace: 'bike_shop', task: 'When was the Red Arrow bike repainted?', declined: false },
  { id: 'titled book', namespace: 'bike_shop', task: 'When was Bleak House catalogued?', declined: false },
  { id: 'each tandem', namespace: 'bike_shop', task: 'When was each tandem delivered?', declined: false },
  { id: 'bikes delivered', namespace: 'bike_shop', task: 'When were the folding bikes delivered to the shop?', declined: false },
];

describe('the time of a deed done to a kind or a name no row is, and to rows', () => {
  const answers = askBeforeAll({ bike_shop: database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-dated-rows-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});

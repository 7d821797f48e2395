import { beforeAll, describe, expect, it } from 'vitest';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * "Which sellers are based in the Netherlands?" asks which ones, and a row is told by its name: where the table has no
 * `name` or `seller_name` column, its one column named for a name (shop_name) names it (issue 14). A table with a
 * person's name columns (first and last) is not named by another name column it holds (club_name). Made-up data.
 */
describe('rows told by their one name column', () => {
  let namespace: MadeUpNamespace;

  beforeAll(async () => {
    namespace = await madeUpNamespace('market', [
      'CREATE TABLE sellers (seller_id INTEGER PRIMARY KEY, shop_name VARCHAR NOT NULL, country VARCHAR NOT NULL, joined_dt DATE)',
      `INSERT INTO sellers VALUES (1, 'Tulip Crafts', 'NL', DATE '2024-01-05'), (2, 'Brick Lane Books', 'GB', DATE '2023-03-01'), (3, 'Delft Blue', 'NL', DATE '2025-06-10')`,
      'CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, club_name VARCHAR NOT NULL, country VARCHAR NOT NULL)',
      `INSERT INTO riders VALUES (1, 'Ann', 'Ray', 'Velo Leiden', 'NL'), (2, 'Bo', 'Li', 'Pedal Club', 'GB')`,
    ]);
  });

  it('lists the shop names of the sellers asked about', async () => {
    const { answer, stderr } = await namespace.ask('Which sellers are based in the Netherlands?');
    expect(answer.sql, stderr).toMatch(/SELECT\s+"?shop_name"?\s+FROM/i);
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await namespace.query("SELECT shop_name FROM sellers WHERE country = 'NL' ORDER BY seller_id")));
  }, 120_000);

  it('does not name riders by their club', async () => {
    const { answer, stderr } = await namespace.ask('Which riders are based in the Netherlands?');
    expect(answer.sql, stderr).not.toMatch(/SELECT\s+"?club_name"?\s+FROM/i);
  }, 120_000);
});

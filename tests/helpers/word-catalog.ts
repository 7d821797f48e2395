import type { CatalogTable } from '../../src/connectors/connector.js';

/**
 * A made-up catalog for property tests of the catalog index: each shape is word numbers (taken modulo the word list),
 * the first naming the table, the second its key column, the rest its other columns; every third table has a comment
 * of its words joined by `commentJoin`.
 */
export function wordCatalog(words: readonly string[], shapes: number[][], commentJoin = ' '): CatalogTable[] {
  return shapes.map((shape, t) => ({
    name: `${words[shape[0]! % words.length]}_${t}`,
    row_count: t,
    ...(t % 3 === 0 ? { comment: shape.map((w) => words[(w * 7) % words.length]).join(commentJoin) } : {}),
    columns: [
      { name: `${words[shape[1]! % words.length]}_id`, type: 'INTEGER', nullable: false, primary_key: true },
      ...shape.slice(2).map((w, c) => ({ name: `${words[w % words.length]}_${c}`, type: 'VARCHAR', nullable: true, primary_key: false })),
    ],
  }));
}

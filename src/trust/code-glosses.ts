import { commentCodeGlosses } from '../catalog/code-glosses.js';
import type { TableSchema } from '../context/context-schema.js';
import { wordRoot } from '../models/offline/word-root.js';

/**
 * The roots of the words a column's comment glosses its codes with: "PROS proscenium arch, THR thrust, STU studio (black
 * box)" gives proscenium, arch, thrust, studio, black, box; "HK head keeper, SK senior keeper" gives head, keeper,
 * senior. A question that uses such a word ("Which venues are black box studios?") names a stored code of that column,
 * which a filter can pick out, as much as a value it spells. Only items that open with a code count (catalog/code-glosses.ts):
 * a comment that describes its column in prose glosses no code.
 */
export function codeGlossRoots(tables: readonly Pick<TableSchema, 'columns'>[]): Set<string> {
  const roots = new Set<string>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.comment) continue;
      for (const { gloss, asides } of commentCodeGlosses(column.comment)) {
        for (const word of [gloss, ...asides].join(' ').toLowerCase().match(/[a-z]+/g) ?? []) roots.add(wordRoot(word));
      }
    }
  }
  return roots;
}

/** One code a column's comment glosses, with the column and the gloss's first word ("FAL failed attempt" → failed). */
export interface ColumnCodeGloss {
  table: TableSchema;
  column: TableSchema['columns'][number];
  code: string;
  gloss: string;
  /** The gloss's first word, lower case; undefined when it has none. */
  first?: string;
}

/** Every code the comments of the tables' columns gloss, column by column. */
export function columnCodeGlosses(tables: readonly TableSchema[]): ColumnCodeGloss[] {
  return tables.flatMap((table) =>
    table.columns.flatMap((column) =>
      (column.comment ? commentCodeGlosses(column.comment) : []).map(({ code, gloss }) => {
        const first = gloss.toLowerCase().match(/[a-z]+/)?.[0];
        return { table, column, code, gloss, ...(first ? { first } : {}) };
      }),
    ),
  );
}

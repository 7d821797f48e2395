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

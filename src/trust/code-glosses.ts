import type { TableSchema } from '../context/context-schema.js';
import { wordRoot } from '../models/offline/word-root.js';

/**
 * The roots of the words a column's comment glosses its codes with: "PROS proscenium arch, THR thrust, STU studio (black
 * box)" gives proscenium, arch, thrust, studio, black, box; "HK head keeper, SK senior keeper" gives head, keeper,
 * senior. A question that uses such a word ("Which venues are black box studios?") names a stored code of that column,
 * which a filter can pick out, as much as a value it spells. Only segments that open with a code in capitals count: a
 * comment that describes its column in prose glosses no code.
 */
export function codeGlossRoots(tables: readonly Pick<TableSchema, 'columns'>[]): Set<string> {
  const roots = new Set<string>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.comment) continue;
      const listed = column.comment.includes(':') ? column.comment.slice(column.comment.indexOf(':') + 1) : column.comment;
      for (const segment of listed.split(/[,;]/)) {
        const gloss = CODED.exec(segment.trim())?.[1];
        if (gloss === undefined) continue;
        for (const word of gloss.toLowerCase().match(/[a-z]+/g) ?? []) roots.add(wordRoot(word));
      }
    }
  }
  return roots;
}

/** "STU studio (black box)", "HK head keeper": a code of capitals (and digits or _), then its gloss (captured). */
const CODED = /^[A-Z][A-Z0-9_]{0,7}\s+(?:=\s+)?([a-z][^]*)$/;

import { commentCodeGlosses, MAX_REMEMBERED } from '../catalog/code-glosses.js';
import { rememberedByText } from '../catalog/remembered-by-text.js';
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
      for (const root of glossRootsOf(column.comment)) roots.add(root);
    }
  }
  return roots;
}

/** The roots of one comment's gloss words, read once per comment. */
function glossRootsOf(comment: string): readonly string[] {
  return rememberedByText(rootsByComment, comment, () => commentCodeGlosses(comment).flatMap(({ gloss, asides }) => ([gloss, ...asides].join(' ').toLowerCase().match(/[a-z]+/g) ?? []).map(wordRoot)), MAX_REMEMBERED);
}

const rootsByComment = new Map<string, readonly string[]>();

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
  const found: ColumnCodeGloss[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.comment) continue;
      for (const { code, gloss, first } of firstWordGlosses(column.comment)) found.push({ table, column, code, gloss, ...(first ? { first } : {}) });
    }
  }
  return found;
}

/** A comment's glossed codes with each gloss's first word, read once per comment (the checks ask for every question). */
function firstWordGlosses(comment: string): ReadonlyArray<{ code: string; gloss: string; first?: string }> {
  return rememberedByText(firstWordsByComment, comment, () => commentCodeGlosses(comment).map(({ code, gloss }) => ({ code, gloss, first: gloss.toLowerCase().match(/[a-z]+/)?.[0] })), MAX_REMEMBERED);
}

const firstWordsByComment = new Map<string, ReadonlyArray<{ code: string; gloss: string; first?: string }>>();

/** A code a comment glosses, and its gloss as the comment writes it (asides included). */
export interface StateGloss {
  code: string;
  gloss: string;
}

/**
 * Each root of a comment's gloss words (four letters or more) with the first code whose gloss says it, less the roots
 * every code's gloss says (what the column is about, no state); read once per comment (check-unread-state.ts).
 */
export function stateGlossRoots(comment: string): ReadonlyMap<string, StateGloss> {
  return rememberedByText(stateRootsByComment, comment, () => readStateGlossRoots(comment), MAX_REMEMBERED);
}

const stateRootsByComment = new Map<string, ReadonlyMap<string, StateGloss>>();

function readStateGlossRoots(comment: string): ReadonlyMap<string, StateGloss> {
  const roots = new Map<string, StateGloss>();
  // "NULL while the rider is still with us" glosses no stored code: it says what an empty cell means.
  const items = commentCodeGlosses(comment).filter((item) => !/^null$/i.test(item.code));
  const saidBy = items.map((item) => {
    const said = [item.gloss, ...item.asides].join(' ');
    return { item, said, roots: new Set((said.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length >= 4).map(wordRoot)) };
  });
  for (const { item, said, roots: saidRoots } of saidBy) {
    for (const root of saidRoots) {
      // "STU student member, STD standard member": a word every code's gloss says is what the column is about, no state.
      if (saidBy.length > 1 && saidBy.every((other) => other.roots.has(root))) continue;
      if (!roots.has(root)) roots.set(root, { code: item.code, gloss: said });
    }
  }
  return roots;
}

import { splitIdentifier } from '../../../catalog/split-identifier.js';
import type { TableSchema } from '../../../context/context-schema.js';
import type { QuestionWord } from '../question-words.js';
import { wordRoot } from '../word-root.js';

/**
 * The first table, from word `from` on, that a word names by its root: a noun ("orders") or the verb made
 * from it ("ordered", "returned"). One-word table names win over compound ones ("orders" over "order_items").
 */
export function tableNamedByWord(words: readonly QuestionWord[], from: number, schemas: readonly TableSchema[]): { table: string; at: number } | undefined {
  for (const word of words.slice(from)) {
    const root = wordRoot(word.text);
    if (root.length < 3) continue;
    const named = schemas
      .map((table) => ({ table, parts: splitIdentifier(table.name.split('.').pop()!).map(wordRoot) }))
      .filter(({ parts }) => parts.includes(root))
      .sort((a, b) => a.parts.length - b.parts.length);
    if (named[0]) return { table: named[0].table.name, at: word.index };
  }
  return undefined;
}

import { splitIdentifier } from '../../../catalog/split-identifier.js';
import type { TableSchema } from '../../../context/context-schema.js';
import type { QuestionWord } from '../question-words.js';
import { wordRoot } from '../word-root.js';
import { inflectionBases } from '../../../lexicon/derived-forms.js';

/**
 * The first table, from word `from` on, that a word names by its root: a noun ("orders") or the verb made
 * from it ("ordered", "returned", and "fined" for fines through the verb's dictionary form).
 * One-word table names win over compound ones ("orders" over "order_items").
 */
export function tableNamedByWord(words: readonly QuestionWord[], from: number, schemas: readonly TableSchema[]): { table: string; at: number } | undefined {
  for (const word of words.slice(from)) {
    const roots = new Set([wordRoot(word.text), ...(word.text.endsWith('ed') ? inflectionBases(word.text).map(wordRoot) : [])].filter((root) => root.length >= 3));
    if (roots.size === 0) continue;
    const named = schemas
      .map((table) => ({ table, parts: splitIdentifier(table.name.split('.').pop()!).map(wordRoot) }))
      .filter(({ parts }) => parts.some((part) => roots.has(part)))
      .sort((a, b) => a.parts.length - b.parts.length);
    if (named[0]) return { table: named[0].table.name, at: word.index };
  }
  return undefined;
}

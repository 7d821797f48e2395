import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionWord } from './question-words.js';
import { FILLER_WORDS } from './question-vocabulary.js';
import type { Mention } from './schema-mentions.js';
import { findTable, isMeasureColumn } from './schema-lookup.js';
import { wordRoot } from './word-root.js';

/**
 * "Which telescope has the largest mirror?" over telescopes.aperture_m, commented 'Diameter of the primary mirror in
 * metres': the noun right after the superlative, when no name in the schema says it, ranks by the one number column
 * whose comment uses it (on the table asked about, else anywhere).
 */
export function commentedMeasure(words: readonly QuestionWord[], mentions: readonly Mention[], schemas: readonly TableSchema[], rankingAt: number, entity: string | undefined): Mention | undefined {
  let at = rankingAt + 1;
  while (FILLER_WORDS.has(words[at]?.text ?? '')) at++;
  const word = words[at];
  if (!word || word.text.length < 3 || /\d/.test(word.text) || mentions.some((m) => m.start <= at && m.end > at)) return undefined;
  const root = wordRoot(word.text);
  const using = (table: TableSchema) => table.columns.filter((c) => isMeasureColumn(c) && c.comment !== undefined && splitIdentifier(c.comment).some((part) => wordRoot(part) === root));
  const own = entity ? findTable(schemas, entity) : undefined;
  const owned = own ? using(own) : [];
  const found = owned.length > 0 ? owned.map((column) => ({ table: own!, column })) : schemas.flatMap((table) => using(table).map((column) => ({ table, column })));
  return found.length === 1 ? { table: found[0]!.table.name, column: found[0]!.column.name, start: at, end: at + 1, full: true } : undefined;
}

import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref, type QuerySpec } from './query-spec.js';
import type { Measure } from './resolve-measure.js';
import { resolvePhrase } from './resolve-phrase.js';
import type { Mention } from './schema-mentions.js';
import { findTable, primaryKey } from './schema-lookup.js';

/**
 * ORDER BY of a listing: the ranked attribute ("cheapest"), else the column the question sorts by ("in descending
 * order of age"), with the key to break ties. `table` is a table the sort column needs joined.
 */
export function listingOrder(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  spec: QuerySpec,
  attribute: Extract<Measure, { kind: 'attribute' }> | undefined,
): { orderBy: string[]; table?: string } {
  const tieBreak = (table: string): string[] => {
    const key = findTable(schemas, table) ? primaryKey(findTable(schemas, table)!) : undefined;
    return key && (!spec.distinct || spec.select.length === 0) ? [ref(table, key.name)] : [];
  };
  if (attribute) {
    return { orderBy: [`${ref(attribute.table, attribute.column)} ${attribute.direction.toUpperCase()}`, ...tieBreak(attribute.table)] };
  }
  const sorted = analysis.sort ? resolvePhrase(analysis.sort.words, mentions, schemas, [spec.base]) : undefined;
  if (sorted?.kind !== 'column') {
    // "the section names in reverse alphabetical order": the first column the answer lists is the one put in order.
    const listed = analysis.sort?.alphabetical ? /^\{[^{}]+\}$/.exec(spec.select[0]?.expr ?? '')?.[0] : undefined;
    return { orderBy: listed ? [`${listed} ${analysis.sort!.direction.toUpperCase()}`] : [] };
  }
  const shown = spec.select.some((item) => item.expr === ref(sorted.table, sorted.column));
  if (spec.distinct && !shown) return { orderBy: [] };
  return { orderBy: [`${ref(sorted.table, sorted.column)} ${analysis.sort!.direction.toUpperCase()}`, ...tieBreak(spec.base)], table: sorted.table };
}

import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { askedMeasures } from './asked-measures.js';
import type { Mention } from './schema-mentions.js';
import { findTable } from './schema-lookup.js';

/**
 * "revenue and order count by state", "total kilometres and number of rides per rider": a count of a table's rows
 * asked beside the main measure (revenue, when `revenue`). Returns the counted table, or undefined when no second measure is such a count.
 */
export function countAskedBeside(analysis: QuestionAnalysis, mentions: readonly Mention[], schemas: readonly TableSchema[], revenue: boolean): TableSchema | undefined {
  const measures = askedMeasures(analysis.words);
  if (measures.length < 2) return undefined;
  const main = revenue ? analysis.revenueAt[0] : analysis.aggregate?.at;
  for (const words of measures) {
    if (words.some((w) => w.index === main)) continue;
    const word = words.find((w) => /^(counts?|numbers?|how)$/.test(w.text));
    if (!word) continue;
    const tables = mentions.filter((m) => m.column === undefined);
    // "order count": the table named just before; "number of orders", "how many orders": just after.
    const named = /^counts?$/.test(word.text) && analysis.words[word.index + 1]?.text !== 'of'
      ? tables.find((m) => m.end === word.index)
      : tables.filter((m) => m.start > word.index && m.start <= word.index + 3).sort((a, b) => a.start - b.start)[0];
    const table = named ? findTable(schemas, named.table) : undefined;
    if (table) return table;
  }
  return undefined;
}

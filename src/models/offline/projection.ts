import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref, type SelectItem } from './query-spec.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';
import { findTable } from './schema-lookup.js';
import type { RowFilter } from './row-filter.js';
import { requestedColumns } from './requested-columns.js';

/** Columns of the base table a listing question names outright ("names and emails"), in the question's order; none means `*`. */
export function projection(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  base: string,
  filters: readonly RowFilter[],
  schemas: readonly TableSchema[],
): SelectItem[] {
  const table = findTable(schemas, base);
  if (!table) return [];
  const requested = requestedColumns(analysis.words, [table]);
  if (requested) return requested.map((r) => ({ expr: ref(table.name, r.column) }));
  const sortWords = new Set((analysis.sort?.words ?? []).map((w) => w.index));
  const filterWords = new Set(filters.flatMap((f) => f.words));
  const filterColumns = new Set(filters.map((f) => `${bareName(f.table)}.${f.column}`));
  const named = mentions.filter(
    (m) =>
      m.column !== undefined &&
      m.full &&
      bareName(m.table) === bareName(base) &&
      !filterWords.has(m.start) &&
      !sortWords.has(m.start) &&
      !analysis.consumed.has(m.start) &&
      !filterColumns.has(`${bareName(m.table)}.${m.column}`),
  );
  const columns = [...new Set([...named].sort((a, b) => a.start - b.start).map((m) => m.column!))];
  return columns.map((column) => ({ expr: ref(table.name, column) }));
}

import type { CatalogTable } from '../connectors/connector.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { referencedTable } from './build-catalog-index.js';
import { indexTerms } from './index-terms.js';
import { memoBySplitText } from './split-identifier.js';

export interface ColumnSelection {
  /** Stemmed question terms with their weights. */
  weights: ReadonlyMap<string, number>;
  /** Lower-cased names of columns a question value matched. */
  valueColumns: ReadonlySet<string>;
  /** Lower-cased names of every linked table, so foreign keys between them stay. */
  linkedTables: ReadonlySet<string>;
  maxColumns: number;
  allColumns: boolean;
}

const COMMENT_WEIGHT = 0.5;
const VALUE_MATCH_BONUS = 1;

function termScore(text: string, weights: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const term of distinctTerms(text)) score += weights.get(term) ?? 0;
  return score;
}

/** A column's name and comment are the catalog's: their terms (distinct, in order) are split and stemmed once, not per question. */
const distinctTerms = memoBySplitText((text): readonly string[] => [...new Set(indexTerms(text))]);

/** Scores every column of a linked table against the question and keeps keys, matches and as many others as maxColumns allows, in table order. */
export function selectColumns(table: CatalogTable, selection: ColumnSelection): ColumnSchema[] {
  const scored = table.columns.map((column, position) => {
    let score = termScore(column.name, selection.weights) + COMMENT_WEIGHT * termScore(column.comment ?? '', selection.weights);
    if (selection.valueColumns.has(column.name.toLowerCase())) score += VALUE_MATCH_BONUS;
    const schema: ColumnSchema = {
      name: column.name,
      type: column.type,
      nullable: column.nullable,
      primary_key: column.primary_key,
      ...(column.references ? { references: column.references } : {}),
      ...(column.references_inferred ? { references_inferred: true } : {}),
      ...(column.comment ? { comment: column.comment } : {}),
      score: Math.round(score * 1000) / 1000,
    };
    const joinsLinked = column.references !== undefined && selection.linkedTables.has(referencedTable(column.references).toLowerCase());
    return { schema, position, essential: column.primary_key || joinsLinked };
  });
  if (selection.allColumns || scored.length <= selection.maxColumns) return scored.map((entry) => entry.schema);

  const byPriority = [...scored].sort(
    (a, b) => Number(b.essential) - Number(a.essential) || (b.schema.score ?? 0) - (a.schema.score ?? 0) || a.position - b.position,
  );
  const mustStay = scored.filter((entry) => entry.essential || (entry.schema.score ?? 0) > 0).length;
  const limited = byPriority.slice(0, Math.max(selection.maxColumns, mustStay));
  return limited.sort((a, b) => a.position - b.position).map((entry) => entry.schema);
}

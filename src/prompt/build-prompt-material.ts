import type { Context, TableSchema } from '../context/context-schema.js';
import type { PromptNode } from './answer-schemas.js';
import type { AttemptMaterial, PromptMaterial, ReferenceMaterial, TableMaterial } from './prompt-material.js';

export interface PromptMaterialOptions {
  node: PromptNode;
  dialect: string;
  /** Per-node parameters from workflow.yml; compare reads `against`, `expected_sql`, `expected_columns`, `expected_rows`. */
  parameters?: Record<string, unknown>;
  sampleRows?: number;
  resultRows?: number;
}

const DEFAULT_SAMPLE_ROWS = 3;
const DEFAULT_RESULT_ROWS = 10;

/** Collects what `node` needs from the context, most relevant first, ready for fitToBudget and rendering. */
export function buildPromptMaterial(context: Context, options: PromptMaterialOptions): PromptMaterial {
  const { node } = options;
  const attempts = context.sql_attempts.map<AttemptMaterial>((attempt, i) => ({ ...attempt, number: i + 1, summarised: false }));
  return {
    node,
    dialect: options.dialect,
    question: context.task.text,
    current_date: context.task.current_date,
    iteration: context.iteration,
    max_iterations: context.task.max_iterations,
    tables: byScore(context.table_schemas).map((table) => tableMaterial(table, context)),
    sample_rows: options.sampleRows ?? DEFAULT_SAMPLE_ROWS,
    result_rows: options.resultRows ?? DEFAULT_RESULT_ROWS,
    matched_values: node === 'compare' ? [] : [...context.matched_values],
    metrics: node === 'compare' ? [] : byScore(context.metrics),
    date_ranges: [...context.date_ranges],
    doc_passages: node === 'compare' ? [] : byScore(context.doc_passages),
    examples: node === 'generate_sql' ? [...context.examples] : [],
    attempts: node === 'compare' ? attempts.slice(-1) : attempts,
    feedback: node === 'compare' ? [] : feedback(context),
    reference: node === 'compare' ? compareReference(context, options.parameters) : undefined,
  };
}

function byScore<T extends { score: number }>(items: readonly T[]): T[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.score - a.item.score || a.order - b.order)
    .map(({ item }) => item);
}

function tableMaterial(table: TableSchema, context: Context): TableMaterial {
  const kept = keptColumns(table, context);
  const material: TableMaterial = {
    name: table.name,
    comment: table.comment,
    row_count: table.row_count,
    score: table.score,
    reason: table.reason,
    columns: table.columns.map((column, index) => ({ ...column, index, keep: kept.has(column.name.toLowerCase()) })),
    column_count: table.columns.length,
    sample_rows: table.sample_rows,
    ddl: table.ddl,
  };
  materialSources.set(material.columns, table);
  return material;
}

/**
 * The linked table each table material's column list was copied from: a question's prompts (generate_sql, reflect,
 * fix) are built from the same context's tables, so a table's rendered piece can be shared between them
 * (render-prompt-sections.ts, `tablePiece`). Keyed by the column list, which only fitToBudget replaces, on a copy.
 */
export const materialSources = new WeakMap<readonly unknown[], TableSchema>();

/** Columns that carry joins, matched values or metric logic: dropping them would make the prompt wrong, not shorter. */
function keptColumns(table: TableSchema, context: Context): Set<string> {
  const name = table.name.toLowerCase();
  const kept = new Set<string>();
  for (const column of table.columns) {
    if (column.primary_key || column.references) kept.add(column.name.toLowerCase());
  }
  for (const other of context.table_schemas) {
    for (const column of other.columns) {
      const [refTable, refColumn] = (column.references ?? '').toLowerCase().split('.');
      if (refTable === name && refColumn) kept.add(refColumn);
    }
  }
  for (const value of context.matched_values) {
    if (value.table.toLowerCase() === name) kept.add(value.column.toLowerCase());
  }
  const metricText = context.metrics
    .map((metric) => [metric.expression, metric.joins, metric.filter, metric.time_column, ...metric.dimensions].join(' '))
    .join(' ')
    .toLowerCase();
  for (const column of table.columns) {
    if (metricText && wordPattern(column.name.toLowerCase()).test(metricText)) kept.add(column.name.toLowerCase());
  }
  return kept;
}

/** `\bname\b` per column name, compiled once: every question of a batch asks it of the same columns, twice. */
function wordPattern(name: string): RegExp {
  let pattern = wordPatterns.get(name);
  if (!pattern) {
    if (wordPatterns.size >= MAX_WORD_PATTERNS) wordPatterns.clear();
    wordPatterns.set(name, (pattern = new RegExp(`\\b${escapeRegExp(name)}\\b`)));
  }
  return pattern;
}

const wordPatterns = new Map<string, RegExp>();
const MAX_WORD_PATTERNS = 10_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function feedback(context: Context): string[] {
  const lines = context.reflections.map(
    (reflection) =>
      `reflect (round ${reflection.iteration}): ${reflection.strategy} - ${reflection.reason}` +
      (reflection.unaddressed.length > 0 ? ` (not addressed: ${reflection.unaddressed.join('; ')})` : ''),
  );
  for (const finding of context.validations) lines.push(`validation ${finding.severity} (${finding.check}): ${finding.message}`);
  for (const comparison of context.comparisons) {
    if (!comparison.matches) lines.push(`compare against ${comparison.against}: ${comparison.differences.join('; ')}`);
  }
  for (const note of context.notes) lines.push(`note: ${note}`);
  return lines;
}

/** What compare judges the latest attempt against: `expected_sql` from the node's parameters, else the last earlier attempt that ran. */
export function compareReference(context: Context, parameters: Record<string, unknown> = {}): ReferenceMaterial | undefined {
  const expectedSql = stringParameter(parameters.expected_sql) ?? stringParameter(parameters.sql);
  if (expectedSql) {
    return {
      label: stringParameter(parameters.against) ?? 'expected SQL',
      sql: expectedSql,
      columns: Array.isArray(parameters.expected_columns) ? parameters.expected_columns.map(String) : undefined,
      rows: Array.isArray(parameters.expected_rows) ? (parameters.expected_rows as unknown[][]) : undefined,
    };
  }
  const earlier = context.sql_attempts.slice(0, -1).findLast((attempt) => attempt.executed && !attempt.error);
  if (!earlier) return undefined;
  return {
    label: stringParameter(parameters.against) ?? `attempt ${context.sql_attempts.lastIndexOf(earlier) + 1} (${earlier.source})`,
    sql: earlier.sql,
    columns: earlier.columns,
    rows: earlier.rows,
  };
}

function stringParameter(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

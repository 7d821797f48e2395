import type { Context, TableSchema } from '../context/context-schema.js';
import type { PromptNode } from './answer-schemas.js';
import type { AttemptMaterial, ColumnMaterial, PromptMaterial, ReferenceMaterial, TableMaterial } from './prompt-material.js';

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
    tables: tablesMaterial(context),
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

/** Every linked table as material, the context's joins, values and metric text read once for all of them. */
function tablesMaterial(context: Context): TableMaterial[] {
  const tables = byScore(context.table_schemas);
  if (tables.length === 0) return [];
  const keep = keepReader(context);
  return tables.map((table) => tableMaterial(table, keep));
}

function tableMaterial(table: TableSchema, keep: KeepReader): TableMaterial {
  const kept = keptColumns(table, keep);
  const material: TableMaterial = {
    name: table.name,
    comment: table.comment,
    row_count: table.row_count,
    score: table.score,
    reason: table.reason,
    columns: materialColumns(table, kept),
    column_count: table.columns.length,
    sample_rows: table.sample_rows,
    ddl: table.ddl,
  };
  materialSources.set(material.columns, table);
  return material;
}

/**
 * A linked table's columns as material. A question's prompts (generate_sql, reflect, fix) are built from the same
 * linked tables, usually with the same columns kept, so the list made for one is handed to the next: nothing changes
 * a material's column list or its columns (fitToBudget shrinks a structuredClone), and materialSources maps it to the
 * same table either way.
 */
function materialColumns(table: TableSchema, kept: Set<string>): ColumnMaterial[] {
  const made = madeColumns.get(table);
  if (made && made.from === table.columns && made.columns.length === table.columns.length && sameSet(made.kept, kept)) return made.columns;
  const columns = table.columns.map((column, index) => ({ ...column, index, keep: kept.has(column.name.toLowerCase()) }));
  madeColumns.set(table, { from: table.columns, kept, columns });
  return columns;
}

const madeColumns = new WeakMap<TableSchema, { from: readonly unknown[]; kept: Set<string>; columns: ColumnMaterial[] }>();

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/**
 * The linked table each table material's column list was copied from: a question's prompts (generate_sql, reflect,
 * fix) are built from the same context's tables, so a table's rendered piece can be shared between them
 * (render-prompt-sections.ts, `tablePiece`). Keyed by the column list, which only fitToBudget replaces, on a copy.
 */
export const materialSources = new WeakMap<readonly unknown[], TableSchema>();

/** What keptColumns reads of the context, gathered once per prompt rather than once per table. */
interface KeepReader {
  /** Lower-cased table name to the lower-cased columns other tables reference in it. */
  referenced: Map<string, string[]>;
  /** Lower-cased table name to the lower-cased columns a matched value sits in. */
  matched: Map<string, string[]>;
  /** Every metric's expression, joins, filter, time column and dimensions, lower-cased; '' when there are none. */
  metricText: string;
}

function keepReader(context: Context): KeepReader {
  const referenced = new Map<string, string[]>();
  for (const other of context.table_schemas) {
    for (const column of other.columns) {
      const [refTable, refColumn] = (column.references ?? '').toLowerCase().split('.');
      if (refTable !== undefined && refColumn) pushTo(referenced, refTable, refColumn);
    }
  }
  const matched = new Map<string, string[]>();
  for (const value of context.matched_values) pushTo(matched, value.table.toLowerCase(), value.column.toLowerCase());
  const metricText = context.metrics
    .map((metric) => [metric.expression, metric.joins, metric.filter, metric.time_column, ...metric.dimensions].join(' '))
    .join(' ')
    .toLowerCase();
  return { referenced, matched, metricText };
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Columns that carry joins, matched values or metric logic: dropping them would make the prompt wrong, not shorter. */
function keptColumns(table: TableSchema, keep: KeepReader): Set<string> {
  const name = table.name.toLowerCase();
  const kept = new Set<string>();
  for (const column of table.columns) {
    if (column.primary_key || column.references) kept.add(column.name.toLowerCase());
  }
  for (const column of keep.referenced.get(name) ?? []) kept.add(column);
  for (const column of keep.matched.get(name) ?? []) kept.add(column);
  if (keep.metricText) {
    for (const column of table.columns) {
      const lower = column.name.toLowerCase();
      if (metricMentions(keep.metricText, lower)) kept.add(lower);
    }
  }
  return kept;
}

/**
 * Whether `\bname\b` occurs in the metric text, kept per text: a batch's prompts (two per question) read the same
 * namespace's metrics for the same columns again and again.
 */
function metricMentions(metricText: string, name: string): boolean {
  let known = mentionsByText.get(metricText);
  if (!known) {
    if (mentionsByText.size >= MAX_METRIC_TEXTS) mentionsByText.clear();
    mentionsByText.set(metricText, (known = new Map()));
  }
  let mentioned = known.get(name);
  if (mentioned === undefined) {
    if (known.size >= MAX_WORD_PATTERNS) known.clear();
    known.set(name, (mentioned = wordPattern(name).test(metricText)));
  }
  return mentioned;
}

const mentionsByText = new Map<string, Map<string, boolean>>();
const MAX_METRIC_TEXTS = 64;

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

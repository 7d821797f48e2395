import { inferredNote } from '../catalog/inferred-note.js';
import type { TableSchema } from '../context/context-schema.js';
import { materialSources } from './build-prompt-material.js';
import type { AttemptMaterial, PromptMaterial, TableMaterial } from './prompt-material.js';
import { sqlDialectNotes } from './sql-dialect-notes.js';

export const PROMPT_SECTIONS = [
  'dialect',
  'tables',
  'matched_values',
  'metrics',
  'date_ranges',
  'documents',
  'examples',
  'attempts',
  'feedback',
  'reference',
  'question',
] as const;
export type PromptSectionName = (typeof PROMPT_SECTIONS)[number];

/**
 * Each section as whole pieces (a heading, one table, one attempt, ...), every piece ending in a newline.
 * Pieces are the unit of both token counting and dropping, so nothing is ever cut inside one.
 */
export type PromptPieces = Record<PromptSectionName, string[]>;

const MAX_VALUE_CHARS = 80;

export function renderPromptPieces(material: PromptMaterial): PromptPieces {
  return {
    dialect: dialectPieces(material.dialect),
    tables: section('## Tables', material.tables.map((table) => tablePiece(table, material.sample_rows))),
    matched_values: section(
      '## Values found in the data',
      material.matched_values.map(
        (value) => `- ${value.table}.${value.column} = ${literal(value.value)} (the question says "${value.matched_text}")\n`,
      ),
    ),
    metrics: section('## Business metrics', material.metrics.map(metricPiece)),
    date_ranges: section(
      '## Date ranges',
      material.date_ranges.map(
        (range) =>
          `- "${range.phrase}": from ${range.start} (inclusive) to ${range.end} (exclusive)` +
          (range.grain ? `, by ${range.grain}` : '') +
          '\n',
      ),
    ),
    documents: section(
      '## Documentation',
      material.doc_passages.map((passage) => `### ${passage.heading} (${passage.source})\n${passage.text.trim()}\n\n`),
    ),
    examples: section(
      '## Confirmed examples (questions a user checked, with the SQL that answers them)',
      material.examples.map((example) => `Question: ${oneLine(example.question)}\n\`\`\`sql\n${example.sql.trim()}\n\`\`\`\n\n`),
    ),
    attempts: section(
      '## SQL attempts so far (oldest first, the latest last)',
      material.attempts.map((attempt, i) =>
        attemptPiece(attempt, i === material.attempts.length - 1 ? material.result_rows : 0),
      ),
    ),
    feedback: section('## Review notes', material.feedback.map((line) => `- ${line}\n`)),
    reference: material.reference ? referencePieces(material) : [],
    question: [`${material.question.trim()}\n`],
  };
}

/** The text a template placeholder receives: the section's pieces joined, or nothing for an empty section. */
export function sectionText(pieces: string[]): string {
  return pieces.join('').trimEnd();
}

function section(heading: string, items: string[]): string[] {
  return items.length === 0 ? [] : [`${heading}\n`, ...items];
}

function dialectPieces(dialect: string): string[] {
  const notes = sqlDialectNotes[dialect.toLowerCase()] ?? [];
  return [`Write SQL for ${dialect}.\n`, ...notes.map((note) => `- ${note}\n`)];
}

/**
 * A table as the prompt shows it. A material table still as buildPromptMaterial made it from a linked table (every
 * column, the same texts) renders as that table did in the question's earlier prompt: the piece is kept per linked
 * table and sample-row count, and the text depends on nothing else.
 */
function tablePiece(table: TableMaterial, sampleRows: number): string {
  const source = materialSources.get(table.columns);
  if (source === undefined || !asBuilt(table, source)) return renderTablePiece(table, sampleRows);
  let pieces = renderedTables.get(source);
  if (!pieces) renderedTables.set(source, (pieces = new Map()));
  let piece = pieces.get(sampleRows);
  if (piece === undefined) pieces.set(sampleRows, (piece = renderTablePiece(table, sampleRows)));
  return piece;
}

const renderedTables = new WeakMap<TableSchema, Map<number, string>>();

/** Whether a material table still holds what its linked table held when it was copied (fitToBudget shrinks copies). */
function asBuilt(table: TableMaterial, source: TableSchema): boolean {
  return (
    table.columns.length === source.columns.length &&
    table.column_count === source.columns.length &&
    table.name === source.name &&
    table.comment === source.comment &&
    table.row_count === source.row_count &&
    table.reason === source.reason &&
    table.sample_rows === source.sample_rows &&
    table.ddl === source.ddl
  );
}

function renderTablePiece(table: TableMaterial, sampleRows: number): string {
  const lines: string[] = [];
  if (table.comment) lines.push(`-- ${oneLine(table.comment)}`);
  const about = [table.row_count !== undefined ? `${table.row_count} rows` : undefined, `linked: ${table.reason}`]
    .filter(Boolean)
    .join('; ');
  if (table.columns.length === 0 && table.column_count === 0) {
    lines.push(`-- ${about}`, table.ddl.trim());
    return lines.join('\n') + '\n\n';
  }
  lines.push(`CREATE TABLE ${table.name} ( -- ${about}`);
  table.columns.forEach((column, i) => {
    const parts = [`  ${column.name} ${column.type}`];
    if (column.primary_key) parts.push('PRIMARY KEY');
    else if (!column.nullable) parts.push('NOT NULL');
    if (column.references && !column.references_inferred) {
      const [refTable, refColumn] = column.references.split('.');
      parts.push(`REFERENCES ${refTable}(${refColumn ?? 'id'})`);
    }
    const comma = i < table.columns.length - 1 ? ',' : '';
    const notes = [column.comment ? oneLine(column.comment) : '', inferredNote(column)].filter(Boolean);
    lines.push(parts.join(' ') + comma + (notes.length > 0 ? ` -- ${notes.join('; ')}` : ''));
  });
  lines.push(');');
  const omitted = table.column_count - table.columns.length;
  if (omitted > 0) lines.push(`-- ${omitted} less relevant column(s) not shown`);
  const rows = table.sample_rows.slice(0, sampleRows);
  if (rows.length > 0) {
    lines.push(`-- sample rows (${table.columns.map((column) => column.name).join(', ')}):`);
    for (const row of rows) lines.push(`-- (${table.columns.map((column) => literal(row[column.index])).join(', ')})`);
  }
  return lines.join('\n') + '\n\n';
}

function metricPiece(metric: PromptMaterial['metrics'][number]): string {
  const lines = [`- ${metric.name}${metric.description ? `: ${oneLine(metric.description)}` : ''}`];
  lines.push(`  expression: ${metric.expression} (table ${metric.table})`);
  if (metric.joins) lines.push(`  joins: ${metric.joins}`);
  if (metric.filter) lines.push(`  filter: ${metric.filter}`);
  if (metric.time_column) lines.push(`  time column: ${metric.time_column}${metric.grain ? `, reported by ${metric.grain}` : ''}`);
  if (metric.dimensions.length > 0) lines.push(`  dimensions: ${metric.dimensions.join(', ')}`);
  if (metric.synonyms.length > 0) lines.push(`  also called: ${metric.synonyms.join(', ')}`);
  return lines.join('\n') + '\n';
}

function attemptPiece(attempt: AttemptMaterial, resultRows: number): string {
  const lines = [`### Attempt ${attempt.number} (${attempt.source}): ${outcome(attempt)}`, '```sql', attempt.sql.trim(), '```'];
  if (attempt.error) lines.push(`Error: ${attempt.error.trim()}`);
  if (!attempt.summarised) {
    if (attempt.explanation) lines.push(`Intent: ${oneLine(attempt.explanation)}`);
    if (attempt.executed && !attempt.error && attempt.columns.length > 0) {
      lines.push(
        `Columns: ${attempt.columns.map((name, i) => (attempt.column_types[i] ? `${name} ${attempt.column_types[i]}` : name)).join(', ')}`,
      );
      lines.push(...resultTable(attempt.columns, attempt.rows.slice(0, resultRows)));
      if (attempt.row_count > resultRows && resultRows > 0) lines.push(`(first ${Math.min(resultRows, attempt.rows.length)} of ${attempt.row_count} rows)`);
    }
  }
  return lines.join('\n') + '\n\n';
}

function outcome(attempt: AttemptMaterial): string {
  if (attempt.error) return `failed${attempt.error_kind ? ` (${attempt.error_kind} error)` : ''}`;
  if (!attempt.executed) return 'not executed';
  return `${attempt.row_count}${attempt.truncated ? '+' : ''} row(s)`;
}

function referencePieces(material: PromptMaterial): string[] {
  const reference = material.reference!;
  const lines = [`## Reference: ${reference.label}`];
  if (reference.sql) lines.push('```sql', reference.sql.trim(), '```');
  if (reference.columns && reference.rows) lines.push(...resultTable(reference.columns, reference.rows.slice(0, material.result_rows)));
  return [lines.join('\n') + '\n'];
}

function resultTable(columns: string[], rows: unknown[][]): string[] {
  if (rows.length === 0) return [];
  return [`| ${columns.join(' | ')} |`, ...rows.map((row) => `| ${row.map((value) => display(value)).join(' | ')} |`)];
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `'${shorten(plain(value)).replace(/'/g, "''")}'`;
}

function display(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return shorten(plain(value)).replace(/\|/g, '\\|');
}

function plain(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Long cell values are marked with an ellipsis, never silently clipped. */
function shorten(text: string): string {
  const flat = oneLine(text);
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

import { inferredNote } from './inferred-note.js';
import type { ColumnSchema } from '../context/context-schema.js';

const MAX_SAMPLE_TEXT = 40;

const RESERVED = new Set(
  ('all and as asc between by case cast check column create default desc distinct else end except from grant group ' +
    'having in intersect into is join limit not null offset on or order select table then to union user using when where window with')
    .split(' '),
);

/** Quotes a name unless it is lower-case snake_case and not a reserved word, so it reads back the same in any SQL dialect. */
function identifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function reference(target: string): string {
  const dot = target.lastIndexOf('.');
  return `${target.slice(0, dot).split('.').map(identifier).join('.')}(${identifier(target.slice(dot + 1))})`;
}

function columnDefinition(column: ColumnSchema): string {
  let text = `${identifier(column.name)} ${column.type}`;
  if (column.primary_key) text += ' PRIMARY KEY';
  else if (!column.nullable) text += ' NOT NULL';
  if (column.references && !column.references_inferred) text += ` REFERENCES ${reference(column.references)}`;
  return text;
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > MAX_SAMPLE_TEXT ? `${text.slice(0, MAX_SAMPLE_TEXT)}…` : text;
  return `'${short.replace(/'/g, "''").replace(/[\r\n]+/g, ' ')}'`;
}

/**
 * A CREATE TABLE statement with one column per line (its comment after "--"), the table comment after the closing
 * parenthesis, then each sample row as a comment in column order:
 *   CREATE TABLE orders (
 *     order_id INTEGER PRIMARY KEY,
 *     customer_id INTEGER NOT NULL REFERENCES customers(customer_id), -- Who ordered
 *     status VARCHAR
 *   ); -- Customer orders
 *   -- sample rows:
 *   -- (1, 17, 'completed')
 */
export function renderTableDdl(
  table: { name: string; comment?: string; columns: readonly ColumnSchema[] },
  sampleRows: readonly (readonly unknown[])[],
): string {
  const name = table.name.split('.').map(identifier).join('.');
  const lines = [`CREATE TABLE ${name} (`];
  table.columns.forEach((column, position) => {
    const separator = position < table.columns.length - 1 ? ',' : '';
    const notes = [column.comment ? oneLine(column.comment) : '', inferredNote(column)].filter(Boolean);
    lines.push(`  ${columnDefinition(column)}${separator}${notes.length > 0 ? ` -- ${notes.join('; ')}` : ''}`);
  });
  lines.push(`);${table.comment ? ` -- ${oneLine(table.comment)}` : ''}`);
  if (sampleRows.length > 0) {
    lines.push('-- sample rows:');
    for (const row of sampleRows) lines.push(`-- (${row.map(sqlLiteral).join(', ')})`);
  }
  return lines.join('\n');
}

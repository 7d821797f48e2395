import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { ColumnSchema, Context, SqlAttempt } from '../../context/context-schema.js';
import { tablesInSql, type SqlRepair } from './fix-unknown-identifier.js';
import { findColumn, findTable, isDateColumn, isNumericColumn, isTextColumn } from './schema-lookup.js';
import { resolveAlias } from './sql-text.js';

const OPERAND = `(?:(?:DATE|TIMESTAMP)\\s+'[^']*'|'(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?|(?:["\\u0060]?[A-Za-z_]\\w*["\\u0060]?\\.)?["\\u0060]?[A-Za-z_]\\w*["\\u0060]?)`;
const COMPARISON = new RegExp(`(${OPERAND})(\\s*(?:=|<>|!=|<=|>=|<|>)\\s*)(${OPERAND})`, 'gi');

type Operand = { kind: 'column'; column: ColumnSchema } | { kind: 'number'; integer: boolean } | { kind: 'string'; text: string } | { kind: 'date' } | { kind: 'other' };

/** Adds explicit casts where a column is compared with a value of another type (a DATE with a year, a VARCHAR with a number). */
export function fixTypeMismatch(context: Context, attempt: SqlAttempt, dialect: SqlDialect = duckdbDialect): SqlRepair | undefined {
  const sql = attempt.sql;
  const tables = tablesInSql(context, attempt);
  const classify = (text: string): Operand => {
    if (/^(DATE|TIMESTAMP)\s/i.test(text)) return { kind: 'date' };
    if (text.startsWith("'")) return { kind: 'string', text: text.slice(1, -1).replace(/''/g, "'") };
    if (/^-?\d/.test(text)) return { kind: 'number', integer: !text.includes('.') };
    const parts = text.replace(/["`]/g, '').split('.');
    const name = parts.pop()!;
    const owner = parts.length > 0 ? findTable(context.table_schemas, resolveAlias(sql, parts[0]!)) : undefined;
    const column = owner ? findColumn(owner, name) : tables.map((t) => findColumn(t, name)).find((c) => c !== undefined);
    return column ? { kind: 'column', column } : { kind: 'other' };
  };

  const edits: { start: number; end: number; text: string }[] = [];
  const notes: string[] = [];
  for (const match of sql.matchAll(COMPARISON)) {
    const [whole, leftText, operator, rightText] = match as unknown as [string, string, string, string];
    const left = classify(leftText);
    const right = classify(rightText);
    const fixed =
      left.kind === 'column' ? castPair(dialect, leftText, left.column, rightText, right) : right.kind === 'column' ? castPair(dialect, rightText, right.column, leftText, left, true) : undefined;
    if (!fixed) continue;
    edits.push({ start: match.index!, end: match.index! + whole.length, text: fixed.reversed ? `${fixed.other}${operator}${fixed.column}` : `${fixed.column}${operator}${fixed.other}` });
    notes.push(fixed.note);
  }
  if (edits.length === 0) return undefined;
  let repaired = sql;
  for (const edit of edits.reverse()) repaired = repaired.slice(0, edit.start) + edit.text + repaired.slice(edit.end);
  return { sql: repaired, explanation: `Added explicit casts: ${[...new Set(notes)].join('; ')}.` };
}

function castPair(
  dialect: SqlDialect,
  columnText: string,
  column: ColumnSchema,
  otherText: string,
  other: Operand,
  reversed = false,
): { column: string; other: string; note: string; reversed: boolean } | undefined {
  if (isDateColumn(column) && other.kind === 'number') {
    if (/^(19|20)\d\d$/.test(otherText)) return { column: dialect.extract('year', columnText), other: otherText, note: `compared the year of ${column.name} with ${otherText}`, reversed };
    if (/^\d{8}$/.test(otherText)) {
      return { column: columnText, other: dialect.name === 'duckdb' ? `CAST(strptime('${otherText}', '%Y%m%d') AS DATE)` : dialect.date(`${otherText.slice(0, 4)}-${otherText.slice(4, 6)}-${otherText.slice(6)}`), note: `read ${otherText} as a date`, reversed };
    }
    return { column: dialect.castToText(columnText), other: dialect.castToText(otherText), note: `compared ${column.name} as text`, reversed };
  }
  if (isTextColumn(column) && other.kind === 'number') {
    const type = other.integer ? 'BIGINT' : 'DOUBLE';
    const cast = dialect.name === 'duckdb' ? `TRY_CAST(${columnText} AS ${type})` : dialect.tryCastNumber(columnText);
    return { column: cast, other: otherText, note: `cast ${column.name} to a number`, reversed };
  }
  if (isTextColumn(column) && other.kind === 'date') return { column: dialect.tryCastDate(columnText), other: otherText, note: `cast ${column.name} to DATE`, reversed };
  if (isNumericColumn(column) && other.kind === 'string') {
    if (/^-?\d+(\.\d+)?$/.test(other.text.trim())) return { column: columnText, other: other.text.trim(), note: `compared ${column.name} with the number ${other.text.trim()}`, reversed };
    return { column: dialect.castToText(columnText), other: otherText, note: `cast ${column.name} to text`, reversed };
  }
  if (isDateColumn(column) && other.kind === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(other.text)) return undefined;
  return undefined;
}

import type { TableSchema } from '../../context/context-schema.js';

const NUMERAL = /^\s*[-+]?\d+(?:[.,]\d+)*\s*$/;

/**
 * Whether a text column can be compared with a number: its sampled values are mostly numerals ("1944" kept as text).
 * A column of names or codes ("Jane Okafor", "HA-102") cannot: converting it finds no number to compare. Without
 * sampled values nothing says otherwise, so it may.
 */
export function holdsNumbers(table: TableSchema, column: string): boolean {
  const index = table.columns.findIndex((candidate) => candidate.name === column);
  if (index < 0) return true;
  const values = table.sample_rows.map((row) => row[index]).filter((value) => value !== null && value !== undefined && String(value).trim() !== '');
  if (values.length === 0) return true;
  return values.filter((value) => NUMERAL.test(String(value))).length * 2 >= values.length;
}

import { escapeRegExp } from '../models/offline/escape-reg-exp.js';

/** Whether the SQL (lower-case code) names the column anywhere, bare or quoted. */
export function readsColumn(code: string, column: string): boolean {
  const name = column.toLowerCase();
  let pattern = columnPatterns.get(name);
  if (!pattern) {
    if (columnPatterns.size >= MAX_PATTERNS) columnPatterns.clear();
    columnPatterns.set(name, (pattern = new RegExp(`(?<![a-z0-9_])"?${escapeRegExp(name)}"?(?![a-z0-9_])`)));
  }
  return pattern.test(code);
}

/** Each column's pattern, made once: the answer checks ask about the same columns for every question of a batch. */
const columnPatterns = new Map<string, RegExp>();
const MAX_PATTERNS = 5_000;

/** Whether the SQL shows every column of the table: `SELECT *`, `SELECT DISTINCT *` or `table.*`. */
export function showsEveryColumn(code: string, table: string): boolean {
  // Most SQL has no star but COUNT(*)'s: then no table's pattern can match, and none need be built.
  if (!ANY_STAR.test(code)) return false;
  return new RegExp(`(^|[^a-z0-9_])"?${escapeRegExp(table.toLowerCase())}"?\\s*\\.\\s*\\*|select\\s+(distinct\\s+)?\\*`).test(code);
}

/** What every pattern of showsEveryColumn needs: a star after a dot, or right after SELECT. */
const ANY_STAR = /\.\s*\*|select\s+(distinct\s+)?\*/;

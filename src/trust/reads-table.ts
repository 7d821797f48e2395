import { escapeRegExp } from '../models/offline/escape-reg-exp.js';

/** Whether the SQL (lower-case code) reads the table in a FROM or JOIN, schema-qualified or quoted. */
export function readsTable(code: string, table: string): boolean {
  const name = table.toLowerCase();
  if (!code.includes(name)) return false;
  return new RegExp(`\\b(?:from|join)\\s+(?:"?\\w+"?\\.)?"?${escapeRegExp(name)}"?(?![\\w])`).test(code);
}

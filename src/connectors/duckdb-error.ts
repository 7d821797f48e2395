import { SqlError, type SqlErrorKind } from './connector.js';

/**
 * DuckDB's message without the "LINE 1: ... ^" caret block, keeping the first line and hints
 * such as "Did you mean ..." and "Candidate bindings: ...".
 */
export function cleanDuckDbMessage(raw: string): string {
  const lines = raw.replace(/^Failed to extract statements: /, '').split('\n');
  const caret = lines.findIndex((line) => /^LINE \d+:/.test(line));
  const kept = (caret === -1 ? lines : lines.slice(0, caret)).map((line) => line.trimEnd()).filter((line) => line !== '');
  return kept.join('\n');
}

export function duckDbErrorKind(message: string): SqlErrorKind {
  if (/^Parser Error/.test(message)) return 'syntax';
  if (/^(Binder|Catalog) Error/.test(message)) return 'binder';
  return 'runtime';
}

export function toSqlError(error: unknown): SqlError {
  if (error instanceof SqlError) return error;
  const message = cleanDuckDbMessage(error instanceof Error ? error.message : String(error));
  return new SqlError(message, duckDbErrorKind(message));
}

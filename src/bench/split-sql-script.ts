import { scanSqlScript } from './scan-sql-script.js';

/**
 * The statements of a SQL script: split at semicolons outside quotes and comments, each with the comments before it;
 * statements with no code dropped.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let from = 0;
  for (const { end } of scanSqlScript(script).statements) {
    statements.push(script.slice(from, script[end - 1] === ';' ? end - 1 : end).trim());
    from = end;
  }
  return statements;
}

import { createHash } from 'node:crypto';

/** The same namespace, question and SQL always give the same id, so adding a pair twice stores it once. */
export function exampleId(namespace: string, question: string, sql: string): string {
  return createHash('sha256').update(`${namespace}\u0000${question.trim()}\u0000${sql.trim()}`).digest('hex').slice(0, 10);
}

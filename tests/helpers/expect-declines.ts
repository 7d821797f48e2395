import { beforeAll, expect } from 'vitest';
import { askMadeUpDatabases, type BatchLine, type BatchQuestion, type MadeUpDatabase } from './ask-bench-databases.js';

export interface DeclineCase {
  id: string;
  task: string;
  /** What the reason must name when the question is declined; false when it must be answered. */
  declined: RegExp | false;
}

/**
 * Each question ended `unanswerable` with a reason naming what `declined` says; `query` says whether its SQL ran first
 * ('none': declined before any SQL; 'ran': after the query; left out: either).
 */
export function expectDeclined(lines: ReadonlyMap<string, BatchLine>, questions: readonly DeclineCase[], query?: 'none' | 'ran'): void {
  for (const q of questions) {
    const line = lines.get(q.id)!;
    expect(line.status, `${q.task} -> ${line.reason ?? line.sql}`).toBe('unanswerable');
    if (query === 'none') expect(line.sql, q.task).toBeNull();
    if (query === 'ran') expect(line.sql, q.task).not.toBeNull();
    expect(line.reason, q.task).toMatch(q.declined as RegExp);
  }
}

/** Each question was answered: a query ran and the run did not end `unanswerable`. */
export function expectAnswered(lines: ReadonlyMap<string, BatchLine>, questions: readonly DeclineCase[]): void {
  for (const q of questions) {
    const line = lines.get(q.id)!;
    expect(line.status, `${q.task} -> ${line.reason ?? ''}`).not.toBe('unanswerable');
    expect(line.sql, q.task).not.toBeNull();
  }
}

/**
 * Asks every question on the made-up databases once, before the tests of the enclosing describe, and returns a reader
 * of the answer lines by question id; fails the hook unless every question got its line.
 */
export function askBeforeAll(
  databases: Record<string, MadeUpDatabase>,
  questions: readonly BatchQuestion[],
  options: { args: string[]; prefix: string },
): () => Map<string, BatchLine> {
  let lines = new Map<string, BatchLine>();
  beforeAll(async () => {
    const asked = await askMadeUpDatabases(databases, questions, { ...options, timeoutMs: 300_000 });
    lines = asked.lines;
    expect(lines.size, asked.stderr).toBe(questions.length);
  }, 320_000);
  return () => lines;
}

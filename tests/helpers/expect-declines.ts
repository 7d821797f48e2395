import { beforeAll, expect } from 'vitest';
import { askBenchDatabases, askMadeUpDatabases, type BatchLine, type BatchQuestion, type MadeUpDatabase } from './ask-bench-databases.js';

export interface DeclineCase {
  id: string;
  task: string;
  /** What the reason must name when the question is declined; false when it must be answered. */
  declined: RegExp | false;
  /** Overrides the table's `query` for this question: 'none' declined before any SQL, 'ran' after it. */
  query?: 'none' | 'ran';
}

/**
 * Each question ended `unanswerable` with a reason naming what `declined` says; `query` says whether its SQL ran first
 * ('none': declined before any SQL; 'ran': after the query; left out: either).
 */
export function expectDeclined(lines: ReadonlyMap<string, BatchLine>, questions: readonly DeclineCase[], query?: 'none' | 'ran'): void {
  for (const q of questions) {
    const line = lines.get(q.id)!;
    expect(line.status, `${q.task} -> ${line.reason ?? line.sql}`).toBe('unanswerable');
    const when = q.query ?? query;
    if (when === 'none') expect(line.sql, q.task).toBeNull();
    if (when === 'ran') expect(line.sql, q.task).not.toBeNull();
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

/** Runs `ask` once before the tests of the enclosing describe; fails the hook unless every question got its line. */
function linesBeforeAll(ask: () => Promise<{ lines: Map<string, BatchLine>; stderr: string }>, count: number, timeoutMs: number): () => Map<string, BatchLine> {
  let lines = new Map<string, BatchLine>();
  beforeAll(async () => {
    const asked = await ask();
    lines = asked.lines;
    expect(lines.size, asked.stderr).toBe(count);
  }, timeoutMs + 20_000);
  return () => lines;
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
  return linesBeforeAll(() => askMadeUpDatabases(databases, questions, { ...options, timeoutMs: 300_000 }), questions.length, 300_000);
}

/** askBeforeAll on databases of a bench dataset (askBenchDatabases: built as the bench builds them; "demo" is the demo). */
export function askBenchBeforeAll(
  datasetDir: string,
  dbIds: Iterable<string>,
  questions: readonly BatchQuestion[],
  options: { args: string[]; prefix: string; timeoutMs?: number },
): () => Map<string, BatchLine> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  return linesBeforeAll(() => askBenchDatabases(datasetDir, dbIds, questions, { ...options, timeoutMs }), questions.length, timeoutMs);
}

import { expect } from 'vitest';
import type { BatchLine } from './ask-bench-databases.js';

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

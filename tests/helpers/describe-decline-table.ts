import { describe, it } from 'vitest';
import type { BatchQuestion, MadeUpDatabase } from './ask-bench-databases.js';
import { askBeforeAll, askBenchBeforeAll, expectAnswered, expectDeclined, type DeclineCase } from './expect-declines.js';

/** A question of a decline table: asked on `namespace`; `declined` is what its reason must name, or false to be answered. */
export type DeclineQuestion = BatchQuestion & DeclineCase;

export interface DeclineTable {
  /** Made-up databases by namespace, or a bench dataset's folder (its databases named by the questions' namespaces). */
  databases: Record<string, MadeUpDatabase> | string;
  /** Every question, in the order asked: each declined one beside an answered look-alike. */
  questions: readonly DeclineQuestion[];
  args: string[];
  /** The scratch folder's prefix. */
  prefix: string;
  /** The two tests' names: what the declined questions show, and what the answered ones do. */
  declines: string;
  answers: string;
  /** 'none': declined before any SQL runs; 'ran': after the query ran; left out: either. */
  query?: 'none' | 'ran';
}

/**
 * The table-driven trust test: asks every question once through the real CLI, then one test that each question with a
 * `declined` pattern ended unanswerable with a reason matching it (before or after its SQL, as `query` says), and one
 * that each question with `declined: false` was answered by a query. Either test fails on its own.
 */
export function describeDeclineTable(title: string, table: DeclineTable): void {
  describe(title, () => {
    const options = { args: table.args, prefix: table.prefix };
    const answers =
      typeof table.databases === 'string'
        ? askBenchBeforeAll(table.databases, new Set(table.questions.map((q) => q.namespace)), table.questions, options)
        : askBeforeAll(table.databases, table.questions, options);

    it(table.declines, () => {
      expectDeclined(answers(), table.questions.filter((q) => q.declined), table.query);
    });

    it(table.answers, () => {
      expectAnswered(answers(), table.questions.filter((q) => !q.declined));
    });
  });
}

import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './expect-declines.js';
import { inMemoryRows } from './in-memory-rows.js';

/** One made-up table: its CREATE statement, CSV header and rows. */
export interface MadeUpTable {
  create: string;
  header: string;
  rows: (string | number)[][];
}

const literal = (value: string | number): string => (typeof value === 'number' ? String(value) : `'${value}'`);

/**
 * Asks each case's question of the made-up database `namespace` through the real CLI and expects the rows of the
 * hand-written query (in order when it has ORDER BY), and the status a case names.
 */
export function describeSameRows(title: string, namespace: string, tables: Record<string, MadeUpTable>, cases: readonly { task: string; expected: string; status?: string }[]): void {
  const entries = Object.entries(tables);
  const rows = inMemoryRows([
    ...entries.map(([, t]) => t.create),
    ...entries.map(([name, t]) => `INSERT INTO ${name} VALUES ${t.rows.map((row) => `(${row.map(literal).join(', ')})`).join(', ')}`),
  ]);
  const databases = {
    [namespace]: {
      schema: `${entries.map(([, t]) => t.create).join(';\n')};`,
      data: Object.fromEntries(entries.map(([name, t]) => [name, `${t.header}\n${t.rows.map((row) => row.join(',')).join('\n')}\n`])),
    },
  };
  const questions = cases.map((c, i) => ({ id: `case ${i}`, namespace, task: c.task }));
  describe(title, () => {
    const answers = askBeforeAll(databases, questions, { args: [], prefix: `sluice-${namespace}-` });
    cases.forEach((c, i) => {
      it(c.task, async () => {
        const line = answers().get(`case ${i}`)!;
        expect(line.sql, c.task).not.toBeNull();
        if (c.status) expect(line.status, `${c.task} -> ${line.sql}`).toBe(c.status);
        const ordered = /ORDER BY/.test(c.expected);
        expect(await rows(line.sql!, ordered), line.sql!).toEqual(await rows(c.expected, ordered));
      });
    });
  });
}

import type { StepRow } from './run-state.js';

export interface FittedLiveRows {
  rows: StepRow[];
  /** Steps left out for want of lines: the region says how many. */
  hidden: number;
  /** Whether the status line (elapsed time, how to cancel) fits too. */
  footer: boolean;
}

const linesOf = (row: StepRow): number => 1 + row.children.length;

/**
 * The steps of a run's live region that fit in `height` lines: all, with the status line, when they fit; else the
 * status line when three lines are left, the running steps first and then the rest in plan order, keeping a line to
 * count the ones left out. A terminal a few lines tall still shows the step under way.
 */
export function fitLiveRows(rows: StepRow[], height: number): FittedLiveRows {
  const all = rows.reduce((sum, row) => sum + linesOf(row), 0);
  if (all + 1 <= height) return { rows, hidden: 0, footer: true };
  const footer = height >= 3;
  const room = Math.max(1, height - (footer ? 1 : 0));
  if (all <= room) return { rows, hidden: 0, footer };
  const forSteps = Math.max(1, room - 1);
  const kept = new Set<StepRow>();
  let used = 0;
  for (const row of [...rows.filter((row) => row.status === 'running'), ...rows.filter((row) => row.status !== 'running')]) {
    if (kept.size > 0 && used + linesOf(row) > forSteps) continue;
    kept.add(row);
    used += linesOf(row);
  }
  const shown = rows.filter((row) => kept.has(row));
  return { rows: shown, hidden: room > 1 ? rows.length - shown.length : 0, footer };
}

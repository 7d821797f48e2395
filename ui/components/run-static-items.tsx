import type { RunState } from '../run-state.js';
import { settledRowCount } from '../run-state.js';
import type { StaticItem } from '../static-item.js';
import { Header } from './Header.js';
import { NodeRow } from './NodeRow.js';
import { RunOutcome, type ResultFormat } from './RunOutcome.js';

export interface RunViewOptions {
  width: number;
  format: ResultFormat;
  resumeCommand: (runId: string) => string;
  hiddenColumnsHint?: string;
  maxRows?: number;
  chart?: boolean;
}

/** The parts of a run that will not change any more: header, settled rows and, at the end, the SQL, result and outcome. */
export function runStaticItems(state: RunState, options: RunViewOptions): StaticItem[] {
  if (!state.task || !state.runId) return [];
  const runId = state.runId;
  const items: StaticItem[] = [
    { key: `${runId}:header:${state.startedAt}`, node: <Header task={state.task} model={state.model} runId={runId} resumed={state.resumed} plugins={state.plugins} /> },
  ];
  const settled = settledRowCount(state.rows);
  for (const row of state.rows.slice(0, settled)) {
    items.push({ key: `${runId}:${state.startedAt}:${row.id}`, node: <NodeRow row={row} width={options.width} now={0} tick={0} /> });
  }
  if (state.end && state.result && settled === state.rows.length) {
    items.push({
      key: `${runId}:${state.startedAt}:outcome`,
      node: (
        <RunOutcome
          end={state.end}
          result={state.result}
          width={options.width}
          format={options.format}
          resumeCommand={options.resumeCommand(runId)}
          hiddenColumnsHint={options.hiddenColumnsHint}
          maxRows={options.maxRows}
          chart={options.chart}
        />
      ),
    });
  }
  return items;
}

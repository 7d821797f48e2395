import { useEffect } from 'react';
import type { EngineEvent } from '../../src/engine/engine-events.js';
import { useRunState, type RunSource } from '../hooks/use-run-state.js';
import { useTerminalRows } from '../hooks/use-terminal-rows.js';
import { useTerminalWidth } from '../hooks/use-terminal-width.js';
import { useTicker } from '../hooks/use-ticker.js';
import { settledRowCount, type RunState } from '../run-state.js';
import { Dashboard } from './Dashboard.js';
import type { ResultFormat } from './RunOutcome.js';

export interface LiveRunProps {
  run: RunSource;
  format: ResultFormat;
  resumeCommand: (runId: string) => string;
  /** A resumed run's earlier event log. */
  earlier?: EngineEvent[];
  /** Forces a width (tests); otherwise the terminal's. */
  width?: number;
  /** --chart: always a chart of the result, or a line saying why there is none. */
  chart?: boolean;
  /** Called once everything, outcome included, has been drawn. */
  onSettled?: (state: RunState) => void;
}

export function LiveRun({ run, format, resumeCommand, earlier, width, chart, onSettled }: LiveRunProps) {
  const state = useRunState(run, earlier);
  const terminalWidth = useTerminalWidth();
  const terminalRows = useTerminalRows();
  const { tick, now } = useTicker(!state.end);
  const settled = Boolean(state.result && state.end && settledRowCount(state.rows) === state.rows.length);
  useEffect(() => {
    if (settled) onSettled?.(state);
  }, [settled]);
  return (
    <Dashboard state={state} now={now} tick={tick} height={terminalRows} width={width ?? terminalWidth} format={format} resumeCommand={resumeCommand} chart={chart} />
  );
}

import { Box, Text } from 'ink';
import { formatDuration } from '../format-duration.js';
import { settledRowCount, type RunState } from '../run-state.js';
import { spinnerFrame } from '../spinner-frame.js';
import { NodeList } from './NodeList.js';

export interface RunProgressProps {
  state: RunState;
  width: number;
  now: number;
  tick: number;
  hint?: string;
}

/** The live part of a run: the running step and the ones still waiting, with a status line. Empty once the run has ended. */
export function RunProgress({ state, width, now, tick, hint = 'Ctrl-C cancels (the run stays resumable)' }: RunProgressProps) {
  if (state.phase === 'starting') {
    return (
      <Text>
        <Text color="cyan">{spinnerFrame(tick)}</Text> starting…
      </Text>
    );
  }
  const live = state.rows.slice(settledRowCount(state.rows));
  if (state.end && live.length === 0) return null;
  return (
    <Box flexDirection="column">
      <NodeList rows={live} width={width} now={now} tick={tick} />
      {!state.end && (
        <Text dimColor>
          {'  '}
          {formatDuration(state.startedAt === undefined ? 0 : now - state.startedAt)} elapsed · {hint}
        </Text>
      )}
    </Box>
  );
}

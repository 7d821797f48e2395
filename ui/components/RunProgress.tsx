import { Box, Text } from 'ink';
import { fitLiveRows } from '../fit-live-rows.js';
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
  /** Lines the region may take (the terminal's rows less one); unbounded when not given. */
  height?: number;
}

/**
 * The live part of a run: the running step and the ones still waiting, with a status line, in at most `height` lines
 * (a short terminal gets the running step and a count of the rest). Empty once the run has ended.
 */
export function RunProgress({ state, width, now, tick, hint = 'Ctrl-C cancels (the run stays resumable)', height = Infinity }: RunProgressProps) {
  if (state.phase === 'starting') {
    return (
      <Text>
        <Text color="cyan">{spinnerFrame(tick)}</Text> starting…
      </Text>
    );
  }
  const live = state.rows.slice(settledRowCount(state.rows));
  if (state.end && live.length === 0) return null;
  const fitted = fitLiveRows(live, state.end ? height + 1 : height);
  return (
    <Box flexDirection="column">
      <NodeList rows={fitted.rows} width={width} now={now} tick={tick} />
      {fitted.hidden > 0 && (
        <Text dimColor wrap="truncate-end">
          · {fitted.hidden} more step{fitted.hidden === 1 ? '' : 's'}
        </Text>
      )}
      {!state.end && fitted.footer && (
        <Text dimColor wrap={height === Infinity ? 'wrap' : 'truncate-end'}>
          {'  '}
          {formatDuration(state.startedAt === undefined ? 0 : now - state.startedAt)} elapsed · {hint}
        </Text>
      )}
    </Box>
  );
}

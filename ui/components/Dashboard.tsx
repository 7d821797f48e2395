import { Box, Static } from 'ink';
import type { RunState } from '../run-state.js';
import { RunProgress } from './RunProgress.js';
import { runStaticItems, type RunViewOptions } from './run-static-items.js';

export interface DashboardProps extends RunViewOptions {
  state: RunState;
  now: number;
  tick: number;
  /** Lines the redrawn part may take; unbounded when not given. */
  height?: number;
}

/** The live view of one run: settled parts in <Static> (written once, no flicker), the rest redrawn below. */
export function Dashboard({ state, now, tick, height, ...options }: DashboardProps) {
  const items = runStaticItems(state, options);
  return (
    <>
      <Static items={items}>
        {(item) => (
          <Box key={item.key} flexDirection="column">
            {item.node}
          </Box>
        )}
      </Static>
      <RunProgress state={state} width={options.width} now={now} tick={tick} height={height} />
    </>
  );
}

import { useEffect } from 'react';
import type { BatchTracker } from '../../src/batch/batch-tracker.js';
import { useTerminalWidth } from '../hooks/use-terminal-width.js';
import { useTicker } from '../hooks/use-ticker.js';
import { BatchDashboard } from './BatchDashboard.js';

export interface LiveBatchProps {
  tracker: BatchTracker;
  /** Set once the batch is over: one more frame is drawn (the summary), then onSettled fires. */
  finished: boolean;
  onSettled?: () => void;
}

/** Samples the tracker on a timer rather than on every event, so hundreds of runs cost a few frames a second. */
export function LiveBatch({ tracker, finished, onSettled }: LiveBatchProps) {
  const { tick, now } = useTicker(!finished, 200);
  const width = useTerminalWidth();
  useEffect(() => {
    if (finished) onSettled?.();
  }, [finished]);
  return <BatchDashboard snapshot={tracker.snapshot()} width={width} now={now} tick={tick} />;
}

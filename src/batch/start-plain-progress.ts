import type { BatchTracker } from './batch-tracker.js';
import { formatBatchProgress } from './format-batch-progress.js';

/** A plain progress line on a non-terminal stderr every `intervalMs`, and a last one when stopped. */
export function startPlainProgress(tracker: BatchTracker, stream: NodeJS.WritableStream, intervalMs = 2_000): { stop(): void } {
  const timer = setInterval(() => stream.write(`${formatBatchProgress(tracker.snapshot(), Date.now())}\n`), intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      stream.write(`${formatBatchProgress(tracker.snapshot(), Date.now())}\n`);
    },
  };
}

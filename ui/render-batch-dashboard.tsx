import { render } from 'ink';
import type { BatchTracker } from '../src/batch/batch-tracker.js';
import { LiveBatch } from './components/LiveBatch.js';

/** Mounts the batch dashboard on a terminal stderr (stdout carries the JSON lines; stdin the questions, so no input is read). */
export function mountBatchDashboard(tracker: BatchTracker, stream: NodeJS.WriteStream): { stop(): Promise<void> } {
  const options = { stdout: stream, stderr: stream, exitOnCtrlC: false, patchConsole: true };
  const instance = render(<LiveBatch tracker={tracker} finished={false} />, options);
  return {
    stop: async () => {
      await new Promise<void>((resolve) => {
        instance.rerender(<LiveBatch tracker={tracker} finished onSettled={resolve} />);
        setTimeout(resolve, 1_000).unref();
      });
      instance.unmount();
      await instance.waitUntilExit().catch(() => {});
    },
  };
}

import { render } from 'ink';
import { exitCodeFor, resumeCommandFor, type FollowOptions } from '../src/cli/follow-run.js';
import { writeResultChart } from '../src/cli/write-result-chart.js';
import type { RunHandle, RunResult } from '../src/engine/run-handle.js';
import { renderResult } from '../src/output/render-result.js';
import { runSummary } from '../src/output/run-summary.js';
import { LiveRun } from './components/LiveRun.js';
import { releaseInterruptWhileStarting } from '../src/cli/interrupt-while-starting.js';
import { readEarlierNodeEnds } from './read-event-log.js';

const SETTLE_TIMEOUT_MS = 3_000;

/**
 * The terminal follower: the same contract as followRun (exit 0 answered, 1 not, 130 cancelled),
 * drawn as a live dashboard. Ctrl-C cancels; the run is saved and the screen says how to resume it.
 * Formats other than table are printed plainly after the dashboard, so they can be copied.
 */
export async function followRunLive(handle: RunHandle, options: FollowOptions): Promise<number> {
  const stdout = (options.stdout ?? process.stdout) as NodeJS.WriteStream;
  const stderr = (options.stderr ?? process.stderr) as NodeJS.WriteStream;
  let markSettled: () => void = () => {};
  const settled = new Promise<void>((resolve) => {
    markSettled = resolve;
  });
  const instance = render(
    <LiveRun
      run={handle}
      format={options.format === 'table' ? 'table' : 'none'}
      resumeCommand={(runId) => resumeCommandFor(runId, options)}
      chart={options.chart}
      earlier={readEarlierNodeEnds(handle.runDir)}
      onSettled={() => markSettled()}
    />,
    { stdout, stderr, exitOnCtrlC: false, patchConsole: true },
  );
  let interrupts = 0;
  const onInterrupt = () => {
    if (++interrupts > 1) process.exit(130);
    handle.cancel('interrupted (Ctrl-C)');
  };
  process.on('SIGINT', onInterrupt);
  releaseInterruptWhileStarting();
  process.on('SIGTERM', onInterrupt);
  let result: RunResult;
  try {
    result = await handle.done;
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, SETTLE_TIMEOUT_MS).unref())]);
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    instance.unmount();
    await instance.waitUntilExit().catch(() => {});
  }
  if (result.status !== 'cancelled' && options.format !== 'table') {
    stdout.write(
      options.format === 'json'
        ? `${JSON.stringify(runSummary(result.context, result.nodesRun, result.status))}\n`
        : (result.context.output?.rendered ?? renderResult(result.context, options.format)),
    );
    if (options.chart) writeResultChart(result, options.format, stdout, stderr);
  }
  return exitCodeFor(result);
}

import { startRun } from '../../engine/start-run.js';
import { UsageError } from '../../errors.js';
import { isInteractive, respectNoColor } from '../../../ui/is-interactive.js';
import { sluiceOptionsFrom, type CommonCliOptions } from '../common-cli-options.js';
import { traceToStderr, withSluice } from '../with-sluice.js';
import { followRun } from '../follow-run.js';
import { reportFatal } from '../report-fatal.js';
import { today } from '../today.js';

export interface RunCommandOptions extends CommonCliOptions {
  task?: string;
  namespace?: string;
  plan?: string;
  max_iterations?: number;
  save_dir: string;
  current_date?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
  concurrency?: number;
  ordered?: boolean;
}

/**
 * The live dashboard when stdout is a terminal outside CI (and --debug is off: its trace lines would tear the screen),
 * else the plain follower. Ink is slow to import, so callers start this before opening the runtime.
 */
export function loadFollower(debug: boolean): Promise<typeof followRun> {
  if (debug || !isInteractive(process.stdout)) return Promise.resolve(followRun);
  respectNoColor();
  const live = import('../../../ui/render-live-run.js').then((module) => module.followRunLive);
  live.catch(() => {});
  return live;
}

export async function runCommand(options: RunCommandOptions): Promise<number> {
  if (options.task === undefined) {
    if (process.stdin.isTTY) {
      return reportFatal(new UsageError('no question given: pass --task "..." or pipe questions on stdin, one per line'));
    }
    if (options.format === 'csv' || options.format === 'markdown') {
      return reportFatal(new UsageError(`batch mode writes JSON lines; --format ${options.format} applies to single questions (--task)`));
    }
    const { batchCommand } = await import('./batch-command.js');
    return batchCommand(options);
  }
  const follower = loadFollower(options.debug ?? false);
  return withSluice(sluiceOptionsFrom(options), async (sluice) => {
    const defaults = sluice.runtime.config.defaults;
    const follow = await follower;
    const handle = startRun(sluice, {
      task: options.task!,
      namespace: options.namespace ?? defaults.namespace,
      plan: options.plan ?? defaults.plan,
      currentDate: options.current_date ?? today(),
      maxIterations: options.max_iterations ?? defaults.max_iterations,
      saveDir: options.save_dir,
      format: options.format,
      onTrace: traceToStderr(options.debug),
    });
    return follow(handle, { format: options.format, debug: options.debug ?? false, saveDir: options.save_dir });
  });
}

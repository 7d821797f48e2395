import { prefetchEmbeddedConnector } from '../../catalog/prefetch-embedded-connector.js';
import type { Sluice } from '../../engine/sluice.js';
import { startRun } from '../../engine/start-run.js';
import { UsageError } from '../../errors.js';
import { isInteractive, respectNoColor } from '../../../ui/is-interactive.js';
import { sluiceOptionsFrom, type CommonCliOptions } from '../common-cli-options.js';
import { traceToStderr, withSluice } from '../with-sluice.js';
import { followRun } from '../follow-run.js';
import { sayInterruptWhileStarting } from '../interrupt-while-starting.js';
import { refuseContentlessTask } from '../../engine/contentless-task.js';
import { assertPlanExists, validateTaskText } from '../../engine/create-initial-context.js';
import { reportFatal } from '../report-fatal.js';
import { today } from '../today.js';
import { followRunToHtml } from '../follow-run-to-html.js';

export interface RunCommandOptions extends CommonCliOptions {
  task?: string;
  namespace?: string;
  plan?: string;
  max_iterations?: number;
  save_dir: string;
  current_date?: string;
  format: 'table' | 'json' | 'csv' | 'markdown' | 'html';
  concurrency?: number;
  workers?: number;
  ordered?: boolean;
  chart?: boolean;
}

/** The flags a `sluice resume` of this run must repeat to run it as it started. */
export function resumeFlagsFrom(options: CommonCliOptions & { chart?: boolean }) {
  return { config: options.config, workflow: options.workflow, model: options.model, noCache: !options.cache, chart: options.chart };
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
  const release = sayInterruptWhileStarting(
    options.task === undefined ? 'cancelled (Ctrl-C) while starting, before any question was read; nothing was saved' : 'cancelled (Ctrl-C) while starting, before the run began; nothing was saved',
  );
  try {
    return await runCommandStarted(options);
  } finally {
    release();
  }
}

async function runCommandStarted(options: RunCommandOptions): Promise<number> {
  if (options.task === undefined) {
    if (process.stdin.isTTY) {
      return reportFatal(new UsageError('no question given: pass --task "..." or pipe questions on stdin, one per line'));
    }
    if (options.format === 'csv' || options.format === 'markdown' || options.format === 'html') {
      return reportFatal(new UsageError(`batch mode writes JSON lines; --format ${options.format} applies to single questions (--task)`));
    }
    if (options.chart) return reportFatal(new UsageError('batch mode writes JSON lines; --chart applies to single questions (--task)'));
    const { batchCommand } = await import('./batch-command.js');
    return batchCommand(options);
  }
  const batchOnly = batchOnlyFlagsGiven(options);
  if (batchOnly.length > 0) {
    const flags = batchOnly.map((name) => `--${name}`).join(', ');
    return reportFatal(new UsageError(`${flags} ${batchOnly.length === 1 ? 'applies' : 'apply'} to a batch (questions on stdin, one per line, with no --task); --task answers one question: drop ${batchOnly.length === 1 ? 'it' : 'them'}`));
  }
  if (options.format === 'html') return runToHtml(options);
  const follower = loadFollower(options.debug ?? false);
  return withSluice(sluiceOptionsFrom(options), async (sluice) => {
    prefetchEmbeddedConnector(sluice.runtime, options.namespace ?? sluice.runtime.config.defaults.namespace);
    const follow = await follower;
    const handle = startSingleRun(sluice, options, options.format as Exclude<RunCommandOptions['format'], 'html'>);
    return follow(handle, {
      format: options.format as Exclude<RunCommandOptions['format'], 'html'>,
      debug: options.debug ?? false,
      saveDir: options.save_dir,
      resumeFlags: resumeFlagsFrom(options),
      chart: options.chart,
    });
  });
}

/** The flags given that only a batch reads; with --task they would change nothing. */
function batchOnlyFlagsGiven(options: RunCommandOptions): string[] {
  return (['concurrency', 'workers', 'ordered'] as const).filter((name) => options[name] !== undefined);
}

/** One --task run with the flags' values, the config's defaults filling in the rest. */
function startSingleRun(sluice: Sluice, options: RunCommandOptions, format: RunCommandOptions['format']) {
  const defaults = sluice.runtime.config.defaults;
  const request = {
    task: options.task!,
    namespace: options.namespace ?? defaults.namespace,
    plan: options.plan ?? defaults.plan,
    currentDate: options.current_date ?? today(),
    maxIterations: options.max_iterations ?? defaults.max_iterations,
    saveDir: options.save_dir,
    format,
    onTrace: traceToStderr(options.debug),
  };
  // A mistake in the flags or the config is named first; a question with nothing to look up, last, before the run.
  validateTaskText(request.task);
  sluice.runtime.namespace(request.namespace);
  assertPlanExists(sluice.workflows, request.plan);
  refuseContentlessTask(request.task);
  return startRun(sluice, request);
}

/** --format html: progress on stderr as usual, then one standalone page on stdout instead of the table. */
function runToHtml(options: RunCommandOptions): Promise<number> {
  return withSluice(sluiceOptionsFrom(options), async (sluice) => {
    prefetchEmbeddedConnector(sluice.runtime, options.namespace ?? sluice.runtime.config.defaults.namespace);
    const handle = startSingleRun(sluice, options, 'html');
    return followRunToHtml(handle, { debug: options.debug ?? false, saveDir: options.save_dir, resumeFlags: resumeFlagsFrom(options) });
  });
}

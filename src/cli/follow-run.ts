import type { RunHandle, RunResult } from '../engine/run-handle.js';
import { runStateSaved } from '../persistence/run-store.js';
import { renderResult } from '../output/render-result.js';
import { runSummary } from '../output/run-summary.js';
import { formatProgressLine } from './plain-progress.js';
import { CLOSED_OUTPUT_EXIT_CODE, onClosedOutput } from './on-closed-output.js';
import { oneLine } from './one-line.js';
import { releaseInterruptWhileStarting } from './interrupt-while-starting.js';
import { resumeCommandText, type ResumeFlags } from '../../ui/resume-command-text.js';
import { writeResultChart } from './write-result-chart.js';

export interface FollowOptions {
  format: 'table' | 'json' | 'csv' | 'markdown';
  debug: boolean;
  saveDir?: string;
  /** The flags besides --save_dir that a resume of this run needs (--config, --workflow, --model, --no-cache). */
  resumeFlags?: Omit<ResumeFlags, 'saveDir'>;
  /** --chart: the result's bars or sparkline, or one line saying why it has none. */
  chart?: boolean;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

/** Exit codes: 0 answered, 1 not answered (2 when a fault the user fixes stopped it, such as a damaged database file), 3 answered but unsure, 4 unanswerable from the data, 130 cancelled (the run stays resumable). */
export function exitCodeFor(result: RunResult): number {
  if (result.status === 'success') return 0;
  if (result.status === 'cancelled') return 130;
  if (result.error) return result.errorExitCode ?? 1;
  if (result.status === 'unsure') return 3;
  if (result.status === 'unanswerable') return 4;
  return 1;
}

/** Plain-text follower: progress lines on stderr, the result on stdout, Ctrl-C saves and says how to resume. */
export async function followRun(handle: RunHandle, options: FollowOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const subscription = handle.events$.subscribe((event) => {
    const line = formatProgressLine(event, options.debug);
    if (line) stderr.write(`${line}\n`);
  });
  const onInterrupt = () => handle.cancel('interrupted (Ctrl-C)');
  process.once('SIGINT', onInterrupt);
  releaseInterruptWhileStarting();
  process.once('SIGTERM', onInterrupt);
  // Nobody reads the output any more: stop the run where it is, saved and resumable, and say nothing.
  let outputClosed = false;
  const stopWatching = onClosedOutput(() => {
    outputClosed = true;
    subscription.unsubscribe();
    handle.cancel('the output was closed');
  });
  let result: RunResult;
  try {
    result = await handle.done;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    subscription.unsubscribe();
  }
  if (outputClosed) return CLOSED_OUTPUT_EXIT_CODE;
  try {
    return reportResult(result, handle.runId, options, stdout, stderr);
  } finally {
    stopWatching();
  }
}

export function reportResult(result: RunResult, runId: string, options: FollowOptions, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): number {
  if (result.status === 'cancelled') {
    stderr.write(`Run ${runId} was cancelled and saved. Resume it with: ${resumeCommandFor(runId, options)}\n`);
    return exitCodeFor(result);
  }
  if (options.format === 'json') {
    stdout.write(`${JSON.stringify(runSummary(result.context, result.nodesRun, result.status))}\n`);
  } else if (result.errorExitCode !== 2) {
    // A fault the user fixes (exit 2) is its one line on stderr; stdout stays empty, as for any usage error.
    stdout.write(result.context.output?.rendered ?? renderResult(result.context, options.format));
  }
  if (options.chart) writeResultChart(result, options.format, stdout, stderr);
  if (!result.error && (result.status === 'unsure' || result.status === 'unanswerable')) {
    const summary = runSummary(result.context, result.nodesRun, result.status);
    stderr.write(`sluice: ${result.status}: ${oneLine(summary.reason ?? 'no reason recorded')}\n`);
  } else if (result.status !== 'success') {
    const reason = result.error ?? result.context.failure ?? 'not answered';
    stderr.write(`sluice: not answered: ${oneLine(reason)}\n`);
    if (result.error && options.saveDir) stderr.write(`${resumeAdvice(result, runId, options)}\n`);
  }
  return exitCodeFor(result);
}

/** A failed run can be resumed only when some state of it reached the disk (a full or broken save dir may have kept none). */
function resumeAdvice(result: RunResult, runId: string, options: FollowOptions): string {
  if (result.runDir && !runStateSaved(result.runDir)) {
    return `Nothing of run ${runId} was saved, so there is nothing to resume: once ${options.saveDir} can be written (or with another --save_dir), ask the question again.`;
  }
  return `The run was saved; after fixing the cause: ${resumeCommandFor(runId, options)}`;
}

export function resumeCommandFor(runId: string, options: Pick<FollowOptions, 'saveDir' | 'resumeFlags'>): string {
  return resumeCommandText(runId, { ...options.resumeFlags, saveDir: options.saveDir });
}

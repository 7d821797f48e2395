import fs from 'node:fs';
import { BatchTracker } from '../../batch/batch-tracker.js';
import { countQuestionLines } from '../../batch/count-question-lines.js';
import { QuestionPool } from '../../batch/question-pool.js';
import { runBatch, type BatchOutcome } from '../../batch/run-batch.js';
import { startPlainProgress } from '../../batch/start-plain-progress.js';
import { tierUpLater } from '../../batch/tier-up-later.js';
import { assertPlanExists } from '../../engine/create-initial-context.js';
import { UsageError, errorMessage } from '../../errors.js';
import { makeDirectory } from '../../persistence/make-directory.js';
import { newRunId } from '../../persistence/run-store.js';
import { sluiceOptionsFrom } from '../common-cli-options.js';
import { releaseInterruptWhileStarting } from '../interrupt-while-starting.js';
import { traceToStderr, withSluice } from '../with-sluice.js';
import { today } from '../today.js';
import { resumeFlagsFrom, type RunCommandOptions } from './run-command.js';
import { resumeCommandText } from '../../../ui/resume-command-text.js';
import { CLOSED_OUTPUT_EXIT_CODE } from '../on-closed-output.js';

function checkSaveDir(saveDir: string): void {
  try {
    makeDirectory(saveDir);
    fs.accessSync(saveDir, fs.constants.W_OK);
  } catch (error) {
    throw new UsageError(`save dir ${saveDir} is not writable (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}); choose another with --save_dir`);
  }
}

async function showProgress(tracker: BatchTracker, debug: boolean): Promise<{ stop(): Promise<void> }> {
  const { isInteractive, respectNoColor } = await import('../../../ui/is-interactive.js');
  // With stdout on the same terminal, JSON lines would land in the middle of the redrawn dashboard.
  if (isInteractive(process.stderr) && !process.stdout.isTTY && !debug) {
    respectNoColor();
    const { mountBatchDashboard } = await import('../../../ui/render-batch-dashboard.js');
    return mountBatchDashboard(tracker, process.stderr);
  }
  const plain = startPlainProgress(tracker, process.stderr);
  return { stop: async () => plain.stop() };
}

/** What an interrupted batch kept: the runs it stopped (saved, with the resume command they need) and where to start again. */
function interruptedBatchText(outcome: BatchOutcome, options: RunCommandOptions): string {
  const stopped = outcome.stoppedRuns ?? [];
  const resume = resumeCommandText(stopped[0] ?? 'RUN_ID', { ...resumeFlagsFrom(options), chart: undefined, saveDir: options.save_dir });
  const lines = [
    stopped.length === 0
      ? 'sluice: batch interrupted; no run was in flight'
      : `sluice: batch interrupted; ${stopped.length} run${stopped.length === 1 ? '' : 's'} stopped in flight ${stopped.length === 1 ? 'is' : 'are'} saved (their lines carry run_id): ${resume}${stopped.length > 1 ? ', and so on for each' : ''}`,
  ];
  if (outcome.firstNotStarted !== undefined) {
    lines.push(`sluice: the questions from line ${outcome.firstNotStarted} on were not started and nothing of them is saved; send them again (tail -n +${outcome.firstNotStarted} FILE | sluice run ...)`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `sluice run` with questions on stdin: one JSON line per question on stdout, `--concurrency` at a time.
 * Exit 0 when every question was answered, 1 when some were not, 2 on usage errors, 130 when interrupted.
 */
export async function batchCommand(options: RunCommandOptions): Promise<number> {
  const concurrency = options.concurrency ?? 4;
  tierUpLater();
  // Questions in flight keep the cores busy; a namespace's own `threads` still wins.
  const sluiceOptions = { ...sluiceOptionsFrom(options), duckDbThreads: concurrency > 1 ? 1 : undefined };
  return withSluice(sluiceOptions, async (sluice) => {
    let outcome: BatchOutcome;
    let pool: QuestionPool | undefined;
    try {
      const config = sluice.runtime.config.defaults;
      const plan = options.plan ?? config.plan;
      const namespace = options.namespace ?? config.namespace;
      assertPlanExists(sluice.workflows, plan);
      sluice.runtime.namespace(namespace);
      checkSaveDir(options.save_dir);
      const ordered = options.ordered ?? false;
      const tracker = new BatchTracker({ concurrency, ordered });
      void countQuestionLines(0).then((total) => {
        if (total !== undefined) tracker.expect(total);
      });
      const defaults = {
        namespace,
        plan,
        currentDate: options.current_date ?? today(),
        maxIterations: options.max_iterations ?? config.max_iterations,
        saveDir: options.save_dir,
        batchId: newRunId(),
      };
      // Opt-in: on a shared 2-core machine the pool cost more CPU per question than it won back (docs/benchmarks.md).
      const workers = Math.min(options.workers ?? 0, concurrency);
      pool = workers > 0 ? new QuestionPool(workers, { sluice: sluiceOptions, defaults, debug: options.debug ?? false }, tracker) : undefined;
      const progress = await showProgress(tracker, options.debug ?? false);
      const batch = runBatch({
        sluice,
        input: process.stdin,
        output: process.stdout,
        concurrency,
        ordered,
        tracker,
        defaults,
        onTrace: traceToStderr(options.debug),
        pool,
      });
      const onInterrupt = () => batch.cancel();
      process.on('SIGINT', onInterrupt);
      releaseInterruptWhileStarting();
      process.on('SIGTERM', onInterrupt);
      try {
        outcome = await batch.done;
      } finally {
        process.off('SIGINT', onInterrupt);
        process.off('SIGTERM', onInterrupt);
        await progress.stop();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return CLOSED_OUTPUT_EXIT_CODE;
      throw error;
    } finally {
      await pool?.close();
    }
    if (outcome.cancelled) {
      process.stderr.write(interruptedBatchText(outcome, options));
      return 130;
    }
    if (outcome.written === 0) process.stderr.write('sluice: no questions on stdin\n');
    return outcome.notAnswered > 0 ? 1 : 0;
  });
}

import { checkBenchOut } from '../../bench/check-bench-out.js';
import { renderBenchTable } from '../../bench/render-bench-table.js';
import type { QuestionOutcome } from '../../bench/bench-report-schema.js';
import { runBench, type BenchRun } from '../../bench/run-bench.js';
import { writeBenchReport } from '../../bench/write-bench-report.js';
import { UsageError } from '../../errors.js';
import { reportFatal } from '../report-fatal.js';

export interface BenchCommandOptions {
  dataset: string;
  predictions?: string;
  plan?: string;
  model?: string;
  limit?: number;
  concurrency?: number;
  filter?: string;
  out?: string;
  namespace?: string;
  url?: string;
  config?: string;
  workflow?: string;
  cache: boolean;
}

/** `sluice bench`: scores a model and plan on a text-to-SQL dataset; prints a table, writes the report with --out. */
export async function benchCommand(options: BenchCommandOptions): Promise<number> {
  // Ctrl-C keeps what was scored: no more questions start, and the report covers those that finished.
  const interrupt = new AbortController();
  const onInterrupt = () => {
    process.stderr.write('sluice: bench interrupted; the questions in flight are cancelled, the report covers those that finished (Ctrl-C again stops at once)\n');
    interrupt.abort();
  };
  process.once('SIGINT', onInterrupt);
  try {
    if (options.out !== undefined) checkBenchOut(options.out);
    const common = {
      dataset: options.dataset,
      limit: options.limit,
      concurrency: options.concurrency,
      filter: options.filter,
      namespace: options.namespace,
      url: options.url,
      configPath: options.config,
      noCache: !options.cache,
      onStatus: (message: string) => process.stderr.write(`${message}\n`),
      onOutcome: (outcome: QuestionOutcome, finished: number, total: number) => {
        const mark = outcome.correct ? 'ok  ' : outcome.category.replaceAll('_', ' ').padEnd(4);
        process.stderr.write(`[${finished}/${total}] ${mark} ${outcome.id} ${outcome.db_id} ${Math.round(outcome.latency_ms)} ms\n`);
      },
    };
    let run: BenchRun;
    if (options.predictions !== undefined) {
      const given = (['model', 'plan', 'workflow'] as const).filter((name) => options[name] !== undefined);
      if (given.length > 0) throw new UsageError(`--predictions scores SQL written elsewhere; ${given.map((name) => `--${name}`).join(', ')} cannot be given with it`);
      const { scorePredictions } = await import('../../bench/score-predictions.js');
      run = await scorePredictions({ ...common, predictions: options.predictions });
    } else {
      run = await runBench({ ...common, plan: options.plan, model: options.model, workflowPath: options.workflow, signal: interrupt.signal });
    }
    const { report, outcomes } = run;
    process.stdout.write(renderBenchTable(report));
    if (report.interrupted) process.stdout.write(`interrupted: the figures cover the ${report.interrupted.finished} of ${report.interrupted.selected} questions that finished\n`);
    if (options.out) {
      const written = writeBenchReport(options.out, report, outcomes);
      process.stdout.write(`report: ${options.out}\nquestions: ${written.questions_file}\n`);
    }
    return report.interrupted ? 130 : 0;
  } catch (error) {
    return reportFatal(error);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

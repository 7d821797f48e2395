import { renderBenchTable } from '../../bench/render-bench-table.js';
import { runBench } from '../../bench/run-bench.js';
import { writeBenchReport } from '../../bench/write-bench-report.js';
import { reportFatal } from '../report-fatal.js';

export interface BenchCommandOptions {
  dataset: string;
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
  try {
    const { report, outcomes } = await runBench({
      dataset: options.dataset,
      plan: options.plan,
      model: options.model,
      limit: options.limit,
      concurrency: options.concurrency,
      filter: options.filter,
      namespace: options.namespace,
      url: options.url,
      configPath: options.config,
      workflowPath: options.workflow,
      noCache: !options.cache,
      onStatus: (message) => process.stderr.write(`${message}\n`),
      onOutcome: (outcome, finished, total) => {
        const mark = outcome.correct ? 'ok  ' : outcome.category.replace('_', ' ').padEnd(4);
        process.stderr.write(`[${finished}/${total}] ${mark} ${outcome.id} ${outcome.db_id} ${Math.round(outcome.latency_ms)} ms\n`);
      },
    });
    process.stdout.write(renderBenchTable(report));
    if (options.out) {
      const written = writeBenchReport(options.out, report, outcomes);
      process.stdout.write(`report: ${options.out}\nquestions: ${written.questions_file}\n`);
    }
    return 0;
  } catch (error) {
    return reportFatal(error);
  }
}

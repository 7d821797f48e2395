import { importPublishedSuite } from '../../bench/import/import-published-suite.js';
import { PublishedSuiteSchema } from '../../bench/import/published-suite-schema.js';
import { UsageError } from '../../errors.js';
import { reportFatal } from '../report-fatal.js';

export interface BenchImportCommandOptions {
  force?: boolean;
  questions?: string;
}

/** `sluice bench import spider|bird SRC OUT`: a published release into a sqlite dataset folder for `sluice bench --dataset OUT`. */
export async function benchImportCommand(suite: string, src: string, out: string, options: BenchImportCommandOptions): Promise<number> {
  try {
    const parsed = PublishedSuiteSchema.safeParse(suite);
    if (!parsed.success) throw new UsageError(`unknown suite "${suite}": sluice bench import reads ${PublishedSuiteSchema.options.join(' or ')}`);
    const summary = await importPublishedSuite({
      suite: parsed.data,
      src,
      out,
      force: options.force,
      questionsFile: options.questions,
      onProgress: (line) => process.stderr.write(`${line}\n`),
    });
    for (const warning of summary.warnings) process.stderr.write(`warning: ${warning}\n`);
    for (const { id, reason } of summary.rejected) process.stderr.write(`gold rejected by SQLite: ${id}: ${reason}\n`);
    const docs = summary.docFiles > 0 ? `, ${summary.docFiles} column-description docs` : '';
    process.stdout.write(
      `imported ${summary.questions} questions over ${summary.databases} databases into ${summary.out}${docs}\n` +
        `gold SQL rejected by SQLite: ${summary.rejected.length} (kept, tagged gold_rejected_by_sqlite)\n` +
        `gold SQL with "double-quoted" strings put in single quotes: ${summary.requoted}\n` +
        `score it: sluice bench --dataset ${summary.out}\n`,
    );
    return 0;
  } catch (error) {
    return reportFatal(error);
  }
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { makeDirectory } from '../persistence/make-directory.js';
import { questionsFileFor } from './write-bench-report.js';

/**
 * Refuses a `--out` the report and its JSONL log could not be written to, before the bench runs: found when the
 * report is written, after every question (an hour for a large set), it lost every score.
 */
export function checkBenchOut(reportFile: string): void {
  const file = path.resolve(reportFile);
  for (const target of [file, questionsFileFor(file)]) {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      throw new UsageError(`--out ${reportFile}: ${target} is a folder; name a file, e.g. --out ${path.join(reportFile, 'report.json')}`);
    }
  }
  const dir = path.dirname(file);
  try {
    makeDirectory(dir);
    // A file made and removed, not access(2): root passes access() where a file cannot be made (/proc).
    const probe = path.join(dir, `.sluice-bench-out-${randomBytes(6).toString('hex')}`);
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.unlinkSync(probe);
    for (const target of [file, questionsFileFor(file)]) if (fs.existsSync(target)) fs.accessSync(target, fs.constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`--out ${reportFile}: the report cannot be written there (${reason}); choose another --out`);
  }
}

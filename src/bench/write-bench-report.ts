import fs from 'node:fs';
import path from 'node:path';
import { makeDirectory } from '../persistence/make-directory.js';
import type { BenchReport, QuestionOutcome } from './bench-report-schema.js';

/** The JSONL log lives beside the report: report.json → report.jsonl. */
export function questionsFileFor(reportFile: string): string {
  const parsed = path.parse(path.resolve(reportFile));
  return path.join(parsed.dir, `${parsed.ext === '.json' ? parsed.name : parsed.base}.jsonl`);
}

/** Writes the JSON report and, beside it, one JSON line per question; returns the report as written. */
export function writeBenchReport(reportFile: string, report: BenchReport, outcomes: readonly QuestionOutcome[]): BenchReport {
  const file = path.resolve(reportFile);
  const questionsFile = questionsFileFor(file);
  makeDirectory(path.dirname(file));
  fs.writeFileSync(questionsFile, outcomes.map((outcome) => JSON.stringify(outcome)).join('\n') + '\n');
  const written = { ...report, questions_file: questionsFile };
  fs.writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  return written;
}

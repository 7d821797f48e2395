import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { z } from 'zod';
import { BenchQuestionSchema, ManifestFileSchema, type BenchDataset, type BenchQuestion, type Manifest } from './bench-dataset-schema.js';
import { resolveDatabaseReference } from './resolve-database-reference.js';
import { forEachJsonlLine } from './for-each-jsonl-line.js';

function readJsonFile(file: string): unknown {
  if (!fs.existsSync(file)) throw new UsageError(`dataset file not found: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

function parseQuestions(file: string, knownDatabases: Set<string>): BenchQuestion[] {
  if (!fs.existsSync(file)) throw new UsageError(`dataset file not found: ${file}`);
  const questions: BenchQuestion[] = [];
  const seen = new Set<string>();
  forEachJsonlLine(file, BenchQuestionSchema, (question, where) => {
    if (!knownDatabases.has(question.db_id)) throw new UsageError(`${where}: db_id "${question.db_id}" is not in manifest.json`);
    if (seen.has(question.id)) throw new UsageError(`${where}: duplicate question id "${question.id}"`);
    seen.add(question.id);
    questions.push(question);
  });
  return questions;
}

/** The issue to report; of a database entry that matches neither form, the one of the form it was meant as ("from" or not). */
function reportedIssue(issues: z.core.$ZodIssue[], raw: unknown): z.core.$ZodIssue | undefined {
  const issue = issues[0];
  if (issue?.code !== 'invalid_union' || issue.path[0] !== 'databases') return issue;
  const entry = (raw as Record<string, unknown>)[String(issue.path[1])];
  const meant = issue.errors[entry !== null && typeof entry === 'object' && 'from' in entry ? 0 : 1]?.[0];
  return meant ? { ...meant, path: [...issue.path, ...meant.path] } : issue;
}

/**
 * Reads manifest.json (its dialect and databases, following "from" references to other datasets' databases) and
 * questions.jsonl of a dataset folder and checks that every database folder is there.
 */
export function loadBenchDataset(dir: string): BenchDataset {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`dataset folder not found: ${root}`);
  const manifestFile = path.join(root, 'manifest.json');
  const raw = readJsonFile(manifestFile);
  const parsed = ManifestFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = reportedIssue(parsed.error.issues, raw);
    const where = (issue?.path[0] === 'databases' ? issue.path.slice(1) : (issue?.path ?? [])).join('.');
    throw new UsageError(`${manifestFile}: ${where || 'top level'}: ${issue?.message}`);
  }
  const { dialect, current_date, from_root, databases } = parsed.data;
  const manifest: Manifest = {};
  for (const [dbId, written] of Object.entries(databases)) {
    const entry =
      'from' in written
        ? resolveDatabaseReference({ dir: root, manifestFile, dialect, fromRoot: from_root }, dbId, written.from)
        : { ...written, dir: path.join(root, 'databases', dbId) };
    if (entry.sqlite_file !== undefined && dialect !== 'sqlite') {
      throw new UsageError(`${manifestFile}: database "${dbId}" names a sqlite_file, which only a "dialect": "sqlite" dataset can use`);
    }
    const source = path.join(entry.dir, entry.sqlite_file ?? 'schema.sql');
    if (!fs.existsSync(source)) throw new UsageError(`${manifestFile}: database "${dbId}" has no ${source}`);
    manifest[dbId] = entry;
  }
  const questions = parseQuestions(path.join(root, 'questions.jsonl'), new Set(Object.keys(manifest)));
  return { dir: root, name: path.basename(root), dialect, ...(current_date ? { currentDate: current_date } : {}), manifest, questions };
}

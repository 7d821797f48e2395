import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import type { BenchQuestion, ManifestEntry } from '../bench-dataset-schema.js';
import { loadBenchDataset } from '../load-bench-dataset.js';
import { openGoldSqlCheck, sqliteTableNames } from './check-gold-sql.js';
import type { PublishedSuite } from './published-suite-schema.js';
import type { PublishedRelease } from './published-release.js';
import { readBirdRelease } from './read-bird-release.js';
import { readSpiderRelease } from './read-spider-release.js';
import { prepareImportFolder } from './prepare-import-folder.js';

/** The tag of a question whose gold SQL SQLite rejects: kept, so nothing is lost, but never verified. */
export const GOLD_REJECTED_TAG = 'gold_rejected_by_sqlite';
/** The tag of a question whose gold had "double-quoted" string literals, now in single quotes (see openGoldSqlCheck). */
export const GOLD_REQUOTED_TAG = 'gold_string_literals_requoted';

export interface ImportOptions {
  suite: PublishedSuite;
  /** The release folder as published (Spider: tables.json, dev.json, database/; BIRD: dev.json, dev_databases/). */
  src: string;
  /** The dataset folder to write; must be empty or missing unless `force`. */
  out: string;
  force?: boolean;
  /** The question file inside src (default dev.json). */
  questionsFile?: string;
  onProgress?(line: string): void;
}

export interface ImportSummary {
  out: string;
  databases: number;
  questions: number;
  /** Questions whose gold SQL SQLite rejects, with SQLite's reason. */
  rejected: { id: string; reason: string }[];
  /** Markdown doc files written (BIRD's column descriptions). */
  docFiles: number;
  /** Gold queries whose double-quoted string literals were put in single quotes. */
  requoted: number;
  warnings: string[];
}

/** Copies of files this large announce themselves first: a long import shows what it is doing. */
const LARGE_FILE_BYTES = 50 * 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function readRelease(options: ImportOptions): Promise<PublishedRelease> | PublishedRelease {
  return options.suite === 'spider' ? readSpiderRelease(options.src, options.questionsFile) : readBirdRelease(options.src, options.questionsFile);
}

function readme(options: ImportOptions, release: PublishedRelease, summary: Omit<ImportSummary, 'out' | 'warnings'>): string {
  const suite = options.suite === 'spider' ? 'Spider' : 'BIRD';
  return [
    `# ${path.basename(options.out)}: ${suite} imported by \`sluice bench import ${options.suite}\``,
    '',
    `From ${path.resolve(options.src)} (${release.sources.join(', ')}): ${summary.questions} questions over ${summary.databases} databases.`,
    'Each database is the release\'s own SQLite file (`databases/<db_id>/<db_id>.sqlite`, named by `sqlite_file` in manifest.json),',
    'which the bench opens read-only where it is; the gold SQL is the release\'s, in SQLite\'s dialect.',
    ...(options.suite === 'bird' ? ["BIRD's `evidence` is each question's `instructions`, its `difficulty` the `kind`, and `database_description/*.csv` the markdown in `databases/<db_id>/docs/`."] : []),
    `${summary.rejected.length} gold queries SQLite rejects carry the tag \`${GOLD_REJECTED_TAG}\` and \`verified_against_sqlite: false\`;`,
    `${summary.requoted} whose "double-quoted" string literals (which sluice's SQLite, built without legacy DQS, reads as identifiers) were put in single quotes carry \`${GOLD_REQUOTED_TAG}\`.`,
    '',
    'Use the suite under its own licence and cite its authors.',
    '',
  ].join('\n');
}

/**
 * `sluice bench import spider|bird SRC OUT`: converts a published release into a sqlite dataset folder that
 * references a copy of each release database, checking every gold query compiles on it.
 */
export async function importPublishedSuite(options: ImportOptions): Promise<ImportSummary> {
  const progress = options.onProgress ?? (() => {});
  const src = path.resolve(options.src);
  if (!fs.existsSync(src)) throw new UsageError(`release folder not found: ${src}`);
  if (!fs.statSync(src).isDirectory()) throw new UsageError(`not a folder: ${src} (give the folder the ${options.suite} release was unpacked into)`);
  const release = await readRelease({ ...options, src });
  const out = prepareImportFolder(src, options.out, options.force ?? false);

  const ids = new Set<string>();
  for (const question of release.questions) {
    if (ids.has(question.id)) throw new UsageError(`${options.questionsFile ?? 'dev.json'}: two questions would both be "${question.id}"`);
    ids.add(question.id);
  }

  const manifest: Record<string, ManifestEntry> = {};
  const rejected: ImportSummary['rejected'] = [];
  const lines: string[] = [];
  let docFiles = 0;
  let requoted = 0;
  for (const [index, database] of release.databases.entries()) {
    const folder = path.join(out, 'databases', database.dbId);
    const sqliteName = `${database.dbId}.sqlite`;
    const copy = path.join(folder, sqliteName);
    fs.mkdirSync(folder, { recursive: true });
    const bytes = fs.statSync(database.sqliteFile).size;
    if (bytes >= LARGE_FILE_BYTES) progress(`[${index + 1}/${release.databases.length}] ${database.dbId}: copying ${megabytes(bytes)}`);
    fs.copyFileSync(database.sqliteFile, copy, fs.constants.COPYFILE_FICLONE);
    fs.chmodSync(copy, 0o444);
    if (database.docs.size > 0) {
      fs.mkdirSync(path.join(folder, 'docs'));
      for (const [name, text] of database.docs) fs.writeFileSync(path.join(folder, 'docs', name), text);
      docFiles += database.docs.size;
    }
    manifest[database.dbId] = {
      tables_in_load_order: sqliteTableNames(copy),
      csv_present: [],
      csv_missing: [],
      sqlite_file: sqliteName,
      ...(database.docs.size > 0 ? { docs: 'docs' } : {}),
    };

    const gold = openGoldSqlCheck(copy);
    const own = release.questions.filter((question) => question.db_id === database.dbId);
    let rejectedHere = 0;
    try {
      for (const question of own) {
        const checked = gold.check(question.gold_sql.trim().replace(/;\s*$/, ''));
        if (checked.rejected) {
          rejected.push({ id: question.id, reason: checked.rejected });
          rejectedHere++;
        }
        if (checked.requoted) requoted++;
        const line: BenchQuestion = {
          ...question,
          gold_sql: checked.sql,
          gold_sql_alternatives: [],
          tags: [...(checked.rejected ? [GOLD_REJECTED_TAG] : []), ...(checked.requoted ? [GOLD_REQUOTED_TAG] : [])],
          answerable: true,
          verified_against_sqlite: !checked.rejected,
          order_dependent: false,
          tie_at_limit: false,
          uses_missing_data: false,
        };
        lines.push(JSON.stringify(line));
      }
    } finally {
      gold.close();
    }
    const rejectedNote = rejectedHere > 0 ? `, ${rejectedHere} gold rejected` : '';
    progress(`[${index + 1}/${release.databases.length}] ${database.dbId}: ${megabytes(fs.statSync(copy).size)}, ${manifest[database.dbId]!.tables_in_load_order.length} tables, ${own.length} questions${rejectedNote}`);
  }

  // Questions in release order, whatever order the databases were copied in.
  const order = new Map(release.questions.map((question, i) => [question.id, i]));
  lines.sort((a, b) => order.get(JSON.parse(a).id)! - order.get(JSON.parse(b).id)!);
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify({ dialect: 'sqlite', ...manifest }, null, 1)}\n`);
  fs.writeFileSync(path.join(out, 'questions.jsonl'), `${lines.join('\n')}\n`);
  const counts = { databases: release.databases.length, questions: release.questions.length, rejected, docFiles, requoted };
  fs.writeFileSync(path.join(out, 'README.md'), readme(options, release, counts));
  loadBenchDataset(out);
  return { out, ...counts, warnings: release.warnings };
}

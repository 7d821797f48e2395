import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { birdColumnDocs } from './bird-column-docs.js';
import { findSqliteFile } from './find-sqlite-file.js';
import { BirdQuestionSchema } from './published-suite-schema.js';
import type { PublishedRelease } from './published-release.js';
import { readReleaseJson } from './read-release-json.js';

/**
 * BIRD as released: the question file (dev.json: question_id, db_id, question, evidence, SQL, difficulty) and
 * <split>_databases/<db_id>/<db_id>.sqlite with database_description/<table>.csv beside it. "evidence" becomes
 * the question's instructions, "difficulty" its kind, and the column descriptions the database's docs.
 */
export async function readBirdRelease(src: string, questionsFile = 'dev.json'): Promise<PublishedRelease> {
  const questions = readReleaseJson(src, questionsFile, BirdQuestionSchema, 'BIRD');
  const split = path.basename(questionsFile, '.json').replace(/[^\w]+/g, '_');
  const databasesName = `${split}_databases`;
  const databasesDir = path.join(src, databasesName);
  if (!fs.existsSync(databasesDir)) {
    const zipped = fs.existsSync(`${databasesDir}.zip`) ? ` (unzip ${databasesName}.zip there first)` : '';
    throw new UsageError(`${src} is not a BIRD release: ${databasesName}/ is missing (expected ${databasesDir})${zipped}`);
  }
  const databases = [];
  const warnings: string[] = [];
  for (const dbId of new Set(questions.map((question) => question.db_id))) {
    const sqliteFile = findSqliteFile(databasesDir, dbId, questionsFile);
    const { docs, unreadable } = await birdColumnDocs(path.join(databasesDir, dbId, 'database_description'));
    databases.push({ dbId, sqliteFile, docs });
    warnings.push(...unreadable.map((file) => `column descriptions skipped, not readable as CSV: ${file}`));
  }
  return {
    databases,
    questions: questions.map((question, index) => ({
      id: `bird_${split}_${String(question.question_id ?? index).padStart(4, '0')}`,
      db_id: question.db_id,
      question: question.question.trim(),
      gold_sql: question.SQL,
      ...(question.evidence.trim() ? { instructions: question.evidence.trim() } : {}),
      ...(question.difficulty?.trim() ? { kind: question.difficulty.trim() } : {}),
    })),
    sources: [questionsFile, `${databasesName}/`],
    warnings,
  };
}

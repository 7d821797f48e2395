import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { findSqliteFile } from './find-sqlite-file.js';
import { SpiderQuestionSchema, SpiderTableEntrySchema } from './published-suite-schema.js';
import type { PublishedRelease } from './published-release.js';
import { readReleaseJson } from './read-release-json.js';

/** The split's name from its question file: dev.json → dev, train_spider.json → train. */
const splitName = (questionsFile: string) => path.basename(questionsFile, '.json').replace(/_spider$/, '').replace(/[^\w]+/g, '_');

/**
 * Spider 1.0 as released: tables.json (every database), the question file (dev.json: db_id, question, query)
 * and database/<db_id>/<db_id>.sqlite. Only the databases the questions use are imported.
 */
export function readSpiderRelease(src: string, questionsFile = 'dev.json'): PublishedRelease {
  const tables = readReleaseJson(src, 'tables.json', SpiderTableEntrySchema, 'Spider');
  const known = new Set(tables.map((entry) => entry.db_id));
  const questions = readReleaseJson(src, questionsFile, SpiderQuestionSchema, 'Spider');
  const databasesDir = path.join(src, 'database');
  if (!fs.existsSync(databasesDir)) throw new UsageError(`${src} is not a Spider release: database/ is missing (expected ${databasesDir})`);
  const split = splitName(questionsFile);
  const databases = [...new Set(questions.map((question) => question.db_id))].map((dbId) => {
    if (!known.has(dbId)) throw new UsageError(`${path.join(src, questionsFile)}: db_id "${dbId}" is not in ${path.join(src, 'tables.json')}`);
    return { dbId, sqliteFile: findSqliteFile(databasesDir, dbId, questionsFile), docs: new Map<string, string>() };
  });
  return {
    databases,
    questions: questions.map((question, index) => ({
      id: `spider_${split}_${String(index).padStart(4, '0')}`,
      db_id: question.db_id,
      question: question.question.trim(),
      gold_sql: question.query,
    })),
    sources: ['tables.json', questionsFile, 'database/'],
    warnings: [],
  };
}

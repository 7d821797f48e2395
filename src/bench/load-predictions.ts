import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { forEachJsonlLine } from './for-each-jsonl-line.js';

/** One line of a predictions file: the SQL another system wrote for a question, or null when it declined to answer. */
export const PredictionSchema = z.object({
  id: z.string().min(1),
  sql: z.string().nullable(),
});
export type Prediction = z.infer<typeof PredictionSchema>;

/** Reads a predictions JSONL file into SQL by question id; every id must be one of `knownIds`, and only once. */
export function loadPredictions(file: string, knownIds: ReadonlySet<string>): Map<string, string | null> {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new UsageError(`predictions file not found: ${resolved}`);
  if (!fs.statSync(resolved).isFile()) throw new UsageError(`predictions file ${resolved} is not a file: give the JSONL file itself`);
  const predictions = new Map<string, string | null>();
  forEachJsonlLine(resolved, PredictionSchema, ({ id, sql }, where) => {
    if (!knownIds.has(id)) throw new UsageError(`${where}: id "${id}" is not a question of the dataset`);
    if (predictions.has(id)) throw new UsageError(`${where}: a second prediction for "${id}"`);
    predictions.set(id, sql);
  }, '; a line is {"id": "...", "sql": "..."}');
  return predictions;
}

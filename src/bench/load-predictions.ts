import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';

/** One line of a predictions file: the SQL another system wrote for a question, or null when it declined to answer. */
export const PredictionSchema = z.object({
  id: z.string().min(1),
  sql: z.string().nullable(),
});
export type Prediction = z.infer<typeof PredictionSchema>;

/** Reads a predictions JSONL file into SQL by question id; every id must be one of `knownIds`, and only once. */
export function loadPredictions(file: string, knownIds: ReadonlySet<string>): Map<string, string | null> {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new UsageError(`predictions file not found: ${resolved}`);
  const predictions = new Map<string, string | null>();
  fs.readFileSync(resolved, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${resolved}:${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new UsageError(`${where}: not valid JSON: ${(error as Error).message}`);
      }
      const parsed = PredictionSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UsageError(`${where}: ${issue?.path.join('.') || 'line'}: ${issue?.message}; a line is {"id": "...", "sql": "..."}`);
      }
      const { id, sql } = parsed.data;
      if (!knownIds.has(id)) throw new UsageError(`${where}: id "${id}" is not a question of the dataset`);
      if (predictions.has(id)) throw new UsageError(`${where}: a second prediction for "${id}"`);
      predictions.set(id, sql);
    });
  return predictions;
}

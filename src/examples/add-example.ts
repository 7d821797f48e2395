import type { Runtime } from '../engine/runtime.js';
import { UsageError } from '../errors.js';
import { appendStoreLine } from './append-store-line.js';
import { checkExampleSql } from './check-example-sql.js';
import { exampleId } from './example-id.js';
import { ExampleSchema, type Example, type ExampleSource } from './example-schema.js';
import { exampleStorePath } from './example-store-path.js';
import { readExampleStore } from './read-example-store.js';

export interface AddedExample {
  example: Example;
  /** False when the same pair was already stored. */
  added: boolean;
  file: string;
}

/**
 * Stores a confirmed question/SQL pair in the namespace's store after the namespace's sandbox ran the SQL;
 * SQL it refuses or that fails throws the connector's SqlError and nothing is stored.
 */
export async function addExample(
  runtime: Pick<Runtime, 'connector' | 'settings' | 'namespace'>,
  input: { namespace: string; question: string; sql: string; source: ExampleSource },
): Promise<AddedExample> {
  const folder = runtime.settings.examplesDir;
  if (!folder) throw new UsageError('example memory is off in this session');
  runtime.namespace(input.namespace);
  const question = input.question.trim();
  const sql = input.sql.trim().replace(/;\s*$/, '').trim();
  if (!question) throw new UsageError('the question is empty');
  if (!sql) throw new UsageError('the SQL is empty');
  const file = exampleStorePath(folder, input.namespace);
  const id = exampleId(input.namespace, question, sql);
  const existing = readExampleStore(file).examples.find((example) => example.id === id);
  if (existing) return { example: existing, added: false, file };
  await checkExampleSql(runtime, input.namespace, sql);
  const example = ExampleSchema.parse({ id, question, sql, namespace: input.namespace, added_at: new Date().toISOString(), source: input.source });
  appendStoreLine(file, example);
  return { example, added: true, file };
}

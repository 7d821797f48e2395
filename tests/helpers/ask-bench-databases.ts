import fs from 'node:fs';
import path from 'node:path';
import { ensureBenchDatabase } from '../../src/bench/build-bench-database.js';
import { loadBenchDataset } from '../../src/bench/load-bench-dataset.js';
import { runCli, tempDir } from './run-cli.js';

export interface BatchLine {
  id: string;
  status: string;
  sql: string | null;
  row_count: number;
  reason?: string;
}

export interface BatchQuestion {
  id: string;
  task: string;
  namespace: string;
}

/**
 * Builds the named databases of a bench dataset as the bench does, makes each a DuckDB namespace of a scratch
 * sluice.yml (a question on "demo" goes to the built-in demo), and asks every question in one batch through the real
 * CLI, offline; the batch's JSON lines come back by question id.
 */
export async function askBenchDatabases(
  datasetDir: string,
  dbIds: Iterable<string>,
  questions: readonly BatchQuestion[],
  options: { args: string[]; timeoutMs: number; prefix: string },
): Promise<{ lines: Map<string, BatchLine>; stderr: string }> {
  const dataset = loadBenchDataset(datasetDir);
  const dir = tempDir(options.prefix);
  const namespaces: string[] = [];
  for (const dbId of dbIds) {
    const built = await ensureBenchDatabase(datasetDir, dbId, dataset.manifest[dbId]!, path.join(dir, 'cache'));
    namespaces.push(`  ${dbId}: {type: duckdb, path: ${JSON.stringify(built.file)}}`);
  }
  fs.writeFileSync(path.join(dir, 'sluice.yml'), `namespaces:\n${namespaces.join('\n')}\n`);
  const input = questions.map((q) => JSON.stringify({ id: q.id, task: q.task, namespace: q.namespace })).join('\n');
  const result = await runCli(['run', '--format', 'json', '--concurrency', '2', ...options.args], { cwd: dir, input: `${input}\n`, timeoutMs: options.timeoutMs });
  const lines = new Map(
    result.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as BatchLine)
      .map((line) => [line.id, line]),
  );
  return { lines, stderr: result.stderr };
}

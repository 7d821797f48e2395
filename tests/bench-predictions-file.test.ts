import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A predictions file as other systems and editors write it: Windows editors and PowerShell's UTF-8 output put a
 * byte-order mark first and end lines with CRLF. Its first line used to be refused as "not valid JSON: Unexpected
 * token" (helper user29). A folder given as the file is named as a folder, not as "not found".
 */
describe('bench --predictions reads the file as written elsewhere', () => {
  const scratch = tempDir('sluice-bench-predictions-');
  const env = { SLUICE_CACHE_DIR: path.join(scratch, 'cache') };
  const dataset = path.join(scratch, 'kiln');
  fs.mkdirSync(path.join(dataset, 'databases/kiln/data'), { recursive: true });
  fs.writeFileSync(path.join(dataset, 'manifest.json'), JSON.stringify({ kiln: { tables_in_load_order: ['firings'], csv_present: ['firings'], csv_missing: [] } }));
  fs.writeFileSync(
    path.join(dataset, 'questions.jsonl'),
    `\uFEFF${JSON.stringify({ id: 'f1', db_id: 'kiln', question: 'How many firings were there?', gold_sql: 'SELECT count(*) FROM firings' })}\r\n`,
  );
  fs.writeFileSync(path.join(dataset, 'databases/kiln/schema.sql'), 'CREATE TABLE firings (id INTEGER, peak_c INTEGER);\n');
  fs.writeFileSync(path.join(dataset, 'databases/kiln/data/firings.csv'), 'id,peak_c\n1,1220\n2,1180\n');

  it('reads a byte-order mark and CRLF line ends, in the predictions file and the questions file', async () => {
    const predictions = path.join(scratch, 'windows.jsonl');
    fs.writeFileSync(predictions, `\uFEFF${JSON.stringify({ id: 'f1', sql: 'SELECT count(*) FROM firings' })}\r\n`);
    const result = await runCli(['bench', '--dataset', dataset, '--predictions', predictions], { cwd: scratch, env });
    expect(result.stderr).not.toMatch(/not valid JSON/);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/overall *│ 100\.0% 1\/1 /);
  });

  it('names a folder given as the predictions file', async () => {
    const result = await runCli(['bench', '--dataset', dataset, '--predictions', scratch], { cwd: scratch, env });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`sluice: predictions file ${scratch} is not a file: give the JSONL file itself`);
  });
});

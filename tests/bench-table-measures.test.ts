import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * `sluice bench` prints the measures a dataset has. A plain set (answerable questions, none marked verified) has no
 * headline question, and `--predictions` has no statuses: those columns used to show "0.0% 0/0" and dashes
 * (helper user22). A set with verified questions keeps its headline column.
 */
function writeShop(dir: string, verified: boolean): string {
  fs.mkdirSync(path.join(dir, 'databases/shop/data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ shop: { tables_in_load_order: ['orders'], csv_present: ['orders'], csv_missing: [] } }));
  const questions = [
    { id: 'q1', db_id: 'shop', question: 'How many orders are there?', gold_sql: 'SELECT count(*) FROM orders', ...(verified ? { verified_against_sqlite: true } : {}) },
    { id: 'q2', db_id: 'shop', question: 'What is the total amount of all orders?', gold_sql: 'SELECT sum(amount) FROM orders', ...(verified ? { verified_against_sqlite: true } : {}) },
  ];
  fs.writeFileSync(path.join(dir, 'questions.jsonl'), questions.map((q) => JSON.stringify(q)).join('\n'));
  fs.writeFileSync(path.join(dir, 'databases/shop/schema.sql'), 'CREATE TABLE orders (id INTEGER, amount DOUBLE);\n');
  fs.writeFileSync(path.join(dir, 'databases/shop/data/orders.csv'), 'id,amount\n1,10\n2,20\n3,12.5\n');
  return dir;
}

describe('bench prints the measures that exist', () => {
  const scratch = tempDir('sluice-bench-measures-');
  const env = { SLUICE_CACHE_DIR: path.join(scratch, 'cache') };
  const predictions = path.join(scratch, 'predictions.jsonl');
  fs.writeFileSync(predictions, [{ id: 'q1', sql: 'SELECT count(*) FROM orders' }, { id: 'q2', sql: 'SELECT 1' }].map((p) => JSON.stringify(p)).join('\n'));

  it('--predictions on a plain set: no "headline EX 0/0", no status columns, the EX it has', async () => {
    const dataset = writeShop(path.join(scratch, 'plain'), false);
    const result = await runCli(['bench', '--dataset', dataset, '--predictions', predictions], { cwd: scratch, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/% 0\/0\b/);
    expect(result.stdout).not.toMatch(/headline EX *│/);
    expect(result.stdout).not.toMatch(/success prec *│/);
    expect(result.stdout).toMatch(/overall *│ 50\.0% 1\/2 /);
    expect(result.stdout).toMatch(/Not shown, no question has them: headline EX, /);
  });

  it('a set with verified questions keeps its headline column', async () => {
    const dataset = writeShop(path.join(scratch, 'verified'), true);
    const result = await runCli(['bench', '--dataset', dataset, '--predictions', predictions], { cwd: scratch, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/questions *│ headline EX *│ all EX/);
    expect(result.stdout).toMatch(/overall *│ 50\.0% 1\/2 *│ 50\.0% 1\/2 /);
  });
});

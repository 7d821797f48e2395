import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchReportSchema } from '../src/bench/bench-report-schema.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { differingFiles, filesUnder } from './helpers/files-under.js';
import { REPO_ROOT, cliEnv, runCli, tempDir } from './helpers/run-cli.js';
import { expectGoldsScoreRight } from './helpers/score-golds-as-predictions.js';

/** bench/datasets/abstention stays what its README says: the demo extract as the generator writes it, no copied databases, golds that run. */
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention');
const EXTRACT = path.join(DATASET, 'databases/demo');

let scratch: string;
beforeAll(() => {
  scratch = tempDir('sluice-abstention-dataset-');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));


function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) hash.update(`${file}\n`).update(fs.readFileSync(path.join(dir, file))).update('\n');
  return hash.digest('hex');
}

describe('the abstention dataset', () => {
  it('ships the demo extract exactly as bench/abstention/make-demo-extract.ts writes it from the current demo', () => {
    const out = path.join(scratch, 'demo');
    // The generator builds the demo from src/demo in a cache of its own, so a stale cached demo cannot hide a change.
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/bench/abstention/make-demo-extract.js'), '--out', out], {
      env: cliEnv({ SLUICE_CACHE_DIR: path.join(scratch, 'cache') }),
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(filesUnder(EXTRACT)).toEqual(filesUnder(out));
    const stale = differingFiles(EXTRACT, out);
    expect(stale, `differ from the generator's output; run node dist/bench/abstention/make-demo-extract.js and re-check the demo questions' gold SQL`).toEqual([]);
  }, 200_000);

  it('keeps no copy of a database another DuckDB dataset of the repository holds: it points at that one with "from"', () => {
    const elsewhere = new Map<string, string>();
    for (const parent of ['bench/datasets', 'tests/fixtures/bench']) {
      for (const name of fs.readdirSync(path.join(REPO_ROOT, parent))) {
        const other = path.join(REPO_ROOT, parent, name);
        if (other === DATASET || !fs.existsSync(path.join(other, 'manifest.json'))) continue;
        const dataset = loadBenchDataset(other);
        if (dataset.dialect !== 'duckdb') continue;
        for (const entry of Object.values(dataset.manifest)) {
          if (path.dirname(path.dirname(entry.dir)) === other) elsewhere.set(folderHash(entry.dir), path.relative(REPO_ROOT, entry.dir));
        }
      }
    }
    const abstention = loadBenchDataset(DATASET);
    const own = Object.values(abstention.manifest).filter((entry) => path.dirname(path.dirname(entry.dir)) === DATASET);
    const copies = own.filter((entry) => elsewhere.has(folderHash(entry.dir))).map((entry) => `${entry.dir} = ${elsewhere.get(folderHash(entry.dir))}`);
    expect(copies).toEqual([]);
    const shared = Object.entries(abstention.manifest).filter(([, entry]) => !own.includes(entry));
    expect(shared.map(([dbId]) => dbId).sort()).toEqual(['concert_singer', 'pets_1']);
    for (const [, entry] of shared) expect(path.relative(REPO_ROOT, entry.dir)).toMatch(/^tests[/\\]fixtures[/\\]bench[/\\]spider-mini[/\\]/);
  });

  it('has gold SQL that runs on its databases: the golds as predictions score every question right', async () => {
    await expectGoldsScoreRight(DATASET, scratch);
  }, 320_000);

  it('declines none of its answerable questions when the workflow runs their gold SQL: reflect does not call a right answer unanswerable', async () => {
    const dataset = loadBenchDataset(DATASET);
    const out = path.join(scratch, 'gold-model-report.json');
    const result = await runCli(['bench', '--dataset', DATASET, '--model', 'gold', '--concurrency', '2', '--out', out], {
      cwd: scratch,
      env: { SLUICE_CACHE_DIR: path.join(scratch, 'cache') },
      timeoutMs: 300_000,
    });
    expect(result.code, result.stderr).toBe(0);
    const lines = fs.readFileSync(out.replace(/\.json$/, '.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; answerable: boolean | 'partly'; status: string });
    expect(lines).toHaveLength(dataset.questions.length);
    expect(lines.filter((line) => line.answerable === true && line.status === 'unanswerable').map((line) => line.id)).toEqual([]);
  }, 320_000);
});

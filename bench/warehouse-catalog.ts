import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogIndex } from '../src/catalog/build-catalog-index.js';
import { collectColumnValues } from '../src/catalog/collect-column-values.js';
import { collectQuestionValues } from '../src/catalog/collect-question-values.js';
import { linkSchema } from '../src/catalog/link-schema.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { percentile } from '../src/bench/percentile.js';
import { ConfigSchema } from '../src/config/config-schema.js';
import { openReadOnlyDuckDb } from '../src/connectors/duckdb-connector.js';
import { pooledDuckDbConnector } from '../src/connectors/pooled-duckdb-connector.js';
import { createRuntime, defaultCacheDir } from '../src/engine/create-runtime.js';
import { packageRoot } from '../src/package-root.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { readLegacyDuckDbCatalog } from './legacy-duckdb-catalog.js';
import { makeWarehouseDuckDb } from './make-warehouse-duckdb.js';
import { markdownTable } from './markdown-table.js';
import { runProcess } from './run-process.js';
import { warehouseQuestions } from './warehouse-questions.js';

const TABLES = 10_000;
const COLUMNS = 20;
const QUESTIONS = 200;
const WARM_RUNS = 3;
const MAX_LINKED = 10;

const ms = (started: number): number => performance.now() - started;
const here = fileURLToPath(import.meta.url);

function warehouseFile(): string {
  return path.join(defaultCacheDir(), 'bench', `warehouse-${TABLES}x${COLUMNS}-v1.duckdb`);
}

function runtimeFor(file: string, cacheDir: string) {
  const config = ConfigSchema.parse({ namespaces: { wh: { type: 'duckdb', path: file } }, cache_dir: cacheDir });
  return createRuntime({ config, baseDir: path.dirname(file) });
}

/** One measurement in this process; run as a child so each has its own peak RSS. Prints one JSON line. */
async function phase(name: string, file: string, cacheDir: string): Promise<Record<string, number>> {
  if (name === 'open') {
    const started = performance.now();
    const database = await openReadOnlyDuckDb(file);
    const openMs = ms(started);
    database.closeSync();
    return { openMs };
  }
  if (name === 'old') {
    // The path before this change: per-table filtering, COUNT(*) over every table, values of the alphabetically first columns.
    const started = performance.now();
    const database = await openReadOnlyDuckDb(file);
    const connector = await pooledDuckDbConnector(database, { location: file, readCatalog: readLegacyDuckDbCatalog, access: { canWrite: false, findings: [] } });
    const openMs = ms(started);
    const introspected = performance.now();
    const tables = await connector.introspect();
    const introspectMs = ms(introspected);
    const valued = performance.now();
    const values = await collectColumnValues(connector, tables, { timeoutMs: 10_000, maxColumns: 2_000 });
    const valuesMs = ms(valued);
    const indexed = performance.now();
    buildCatalogIndex(tables, values.values);
    const indexMs = ms(indexed);
    await connector.close();
    return { openMs, introspectMs, valuesMs, indexMs, totalMs: ms(started) };
  }
  const runtime = runtimeFor(file, cacheDir);
  try {
    const started = performance.now();
    await runtime.connector('wh');
    const openMs = ms(started);
    const loaded = performance.now();
    const catalog = await loadCatalog(runtime, 'wh');
    const loadMs = ms(loaded);
    const totalMs = ms(started);
    if (name === 'cold' || name === 'restore') {
      await catalog.saved();
      return { openMs, loadMs, indexMs: catalog.index_ms, totalMs, fromCache: catalog.source === 'cache' ? 1 : 0 };
    }
    // link: every question's values read first (as the schema_linking node does), then linkSchema timed alone.
    const { syntheticCatalog } = await import('./synthetic-catalog.js');
    // Only tables that hold rows store values; a question naming a value is asked about one of them.
    const filled = new Set(catalog.tables.filter((table) => table.row_count > 0).map((table) => table.name));
    const stored = syntheticCatalog(TABLES, COLUMNS).values.filter((set) => filled.has(set.table));
    const questions = warehouseQuestions(catalog.tables, stored, QUESTIONS);
    const times: number[] = [];
    let found = 0;
    let linked = 0;
    let valueMs = 0;
    for (const { question, table } of questions) {
      const valued = performance.now();
      await collectQuestionValues(runtime, catalog, question);
      valueMs += ms(valued);
      const linkStarted = performance.now();
      const link = linkSchema(catalog.index, question);
      times.push(ms(linkStarted));
      linked += link.tables.length;
      if (link.tables.some((entry) => entry.table.name === table)) found += 1;
    }
    await catalog.saved();
    return { p50: percentile(times, 50), p95: percentile(times, 95), recall: found / questions.length, linked: linked / questions.length, valueMs: valueMs / questions.length };
  } finally {
    await runtime.close();
  }
}

async function child(name: string, file: string, cacheDir: string): Promise<Record<string, number>> {
  const run = await runProcess(process.execPath, [here, '--phase', name, file, cacheDir]);
  if (run.code !== 0) throw new Error(`warehouse phase ${name} exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
  return { ...(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, number>), peakMiB: (run.peakRssBytes ?? 0) / 1024 ** 2, wallMs: run.wallMs };
}

async function warmCliRuns(file: string, cacheDir: string, dir: string): Promise<number[]> {
  const cli = path.join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const config = path.join(dir, 'sluice.yml');
  fs.writeFileSync(config, `namespaces:\n  wh:\n    type: duckdb\n    path: ${JSON.stringify(file)}\ncache_dir: ${JSON.stringify(cacheDir)}\n`);
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = await runProcess(
      process.execPath,
      [cli, 'run', '--config', config, '--namespace', 'wh', '--plan', 'fixed', '--format', 'json', '--save_dir', path.join(dir, 'save'), '--task', 'Show the amount and status of the finance invoice daily table'],
      { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } },
    );
    if (run.code !== 0 && run.code !== 1 && run.code !== 3) throw new Error(`warm run exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
    times.push(run.wallMs);
  }
  return times;
}

export async function warehouseCatalog(): Promise<string> {
  const file = warehouseFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const built = performance.now();
  const existed = fs.existsSync(file);
  await makeWarehouseDuckDb(file, TABLES, COLUMNS);
  const buildS = ms(built) / 1000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-warehouse-bench-'));
  const cacheDir = path.join(dir, 'cache');
  try {
    const open = await child('open', file, cacheDir);
    const old = process.argv.includes('--skip-baseline') ? undefined : await child('old', file, cacheDir);
    const cold = await child('cold', file, cacheDir);
    const restore = await child('restore', file, cacheDir);
    const link = await child('link', file, cacheDir);
    const warm = await warmCliRuns(file, cacheDir, dir);
    const s = (value: number | undefined) => (value === undefined ? 'n/a' : Number((value / 1000).toFixed(2)));
    const mib = (value: number | undefined) => (value === undefined ? 'n/a' : Math.round(value));
    return [
      `A generated DuckDB file of ${TABLES.toLocaleString('en')} tables × ${COLUMNS} columns (the schema-linking catalog: keys, foreign keys, comments; every 20th table holds 6 rows), ${existed ? 'reused from the bench cache' : `built in ${buildS.toFixed(0)} s`}. Each phase runs in its own process; peak RSS is its VmHWM. DuckDB's own open of the file is measured alone as the floor every path pays.`,
      '',
      markdownTable(
        ['path', 'DuckDB open s', 'catalog s (introspect + values + index)', 'of which index s', 'whole phase s', 'peak RSS MiB'],
        [
          ['DuckDB open alone (floor)', s(open.openMs), '–', '–', s(open.wallMs), mib(open.peakMiB)],
          ['before: per-table filtering, COUNT(*) union, first 2,000 columns\' values (baseline)', s(old?.openMs), s(old ? old.introspectMs! + old.valuesMs! + old.indexMs! : undefined), s(old?.indexMs), s(old?.wallMs), mib(old?.peakMiB)],
          ['now, cold: bulk catalog, values per question, index saved', s(cold.openMs), s(cold.loadMs), s(cold.indexMs), s(cold.wallMs), mib(cold.peakMiB)],
          ['now, warm: schema fingerprint matches, catalog restored from the cache', s(restore.openMs), s(restore.loadMs), s(restore.indexMs), s(restore.wallMs), mib(restore.peakMiB)],
        ],
      ),
      '',
      markdownTable(
        ['measure', 'value', 'goal'],
        [
          ['warm `sluice run --plan fixed` on the file, whole process (median of ' + WARM_RUNS + ')', `${Math.round(percentile(warm, 50))} ms`, '≤ 500 ms + DuckDB open'],
          ['warm run minus DuckDB open alone', `${Math.round(percentile(warm, 50) - open.wallMs)} ms`, ''],
          [`linkSchema p50 / p95 over ${QUESTIONS} generated questions`, `${link.p50!.toFixed(1)} / ${link.p95!.toFixed(1)} ms`, 'p95 ≤ 20 ms'],
          ['table recall (the question\'s table among those handed on)', link.recall!.toFixed(3), '≥ 0.95'],
          ['tables handed on (mean)', link.linked!.toFixed(1), `≤ ${MAX_LINKED}`],
          ['values read per question (mean, first time a table is ranked)', `${Math.round(link.valueMs!)} ms`, '≤ 1,500 ms budget'],
        ],
      ),
      old ? `\nCold catalog against the baseline: ×${(old.introspectMs! + old.valuesMs! + old.indexMs! ) / cold.loadMs! > 0 ? ((old.introspectMs! + old.valuesMs! + old.indexMs!) / cold.loadMs!).toFixed(1) : 'n/a'} faster, warm ×${((old.introspectMs! + old.valuesMs! + old.indexMs!) / restore.loadMs!).toFixed(0)}; peak RSS ${mib(old.peakMiB)} → ${mib(cold.peakMiB)} MiB.` : '',
    ].join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--phase') {
  const [, , , name, file, cacheDir] = process.argv;
  process.stdout.write(`${JSON.stringify(await phase(name!, file!, cacheDir!))}\n`);
} else if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Warehouse catalog on a real DuckDB file', await warehouseCatalog());
}

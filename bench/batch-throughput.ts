import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { startFixedDelayServer, type FixedDelayServer } from './fixed-delay-openai-server.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';
import { runProcess } from './run-process.js';

const MODEL_DELAY_MS = 50;
/** The reflection plan asks the model twice per question: generate_sql, then reflect (which answers "success"). */
const EXPECTED_CALLS_PER_QUESTION = 2;

/**
 * What to run: `--questions N` (1,000), `--concurrency 1,8,50`, `--only offline|model`, `--no-workers` (main-thread rows
 * only), and `--before CLI`: a second build's bin run row for row beside this one (before first, then after, so both
 * meet the same machine), e.g. a copy of main's dist/cli/sluice.js.
 */
export interface BatchBenchOptions {
  questions: number;
  concurrency: number[];
  offline: boolean;
  model: boolean;
  workers: boolean;
  before?: string;
  /** Deletes each row's save dir as the row ends (the bench's old way) instead of keeping every row's until the end. */
  clearBetweenRows: boolean;
}

export function batchBenchOptions(argv: readonly string[]): BatchBenchOptions {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const only = value('--only');
  return {
    questions: Number(value('--questions') ?? 1_000),
    concurrency: (value('--concurrency') ?? '1,8,50').split(',').map(Number),
    offline: only !== 'model',
    model: only !== 'offline',
    workers: !argv.includes('--no-workers'),
    before: value('--before'),
    clearBetweenRows: argv.includes('--clear-between-rows'),
  };
}

/** Cities of the demo's customers: a value the question names, so every question is grounded and answered. */
const CITIES = ['Mesa', 'Rochester', 'Boise', 'Indianapolis', 'Richmond', 'Ann Arbor', 'Baltimore', 'Austin', 'San Francisco', 'New York',
  'Kansas City', 'Orlando', 'San Diego', 'Tampa', 'Nashville', 'Augusta', 'Knoxville', 'Allentown', 'San Antonio', 'Worcester', 'Savannah',
  'Dallas', 'Hartford', 'Arlington', 'Phoenix', 'Durham', 'Cleveland', 'Cincinnati', 'Tulsa', 'Birmingham', 'Buffalo', 'Salem', 'New Haven',
  'Pittsburgh', 'Reno', 'Annapolis', 'Portland', 'Fort Worth', 'Overland Park', 'Cambridge', 'St. Louis', 'Omaha', 'Manchester', 'Honolulu',
  'Fayetteville', 'Provo', 'Boulder', 'Naperville', 'San Jose', 'Charleston'];
const TEMPLATES = [
  (city: string, year: number) => `How many customers from ${city} signed up in ${year}?`,
  (city: string, year: number) => `How many orders did customers in ${city} place in ${year}?`,
  (city: string, year: number) => `Total revenue from customers in ${city} in ${year}`,
  (city: string, year: number) => `Average order value for customers in ${city} by segment in ${year}`,
  (city: string, year: number) => `How many orders from customers in ${city} were cancelled in ${year}?`,
];

/** Distinct questions (5 phrasings × 50 cities × 4 years before any repeats), as a batch of everyday questions varies. */
function questions(count: number): string {
  return (
    Array.from({ length: count }, (_, i) => {
      const template = TEMPLATES[i % TEMPLATES.length]!;
      const city = CITIES[Math.floor(i / TEMPLATES.length) % CITIES.length]!;
      return template(city, 2023 + (Math.floor(i / (TEMPLATES.length * CITIES.length)) % 4));
    }).join('\n') + '\n'
  );
}

/** CPU per question is what concurrency cannot hide; on a loaded machine it moves far less than wall time does. */
function cpuPerQuestion(run: { cpuMs?: number }, count: number): number | string {
  return run.cpuMs === undefined ? 'n/a' : Number((run.cpuMs / count).toFixed(1));
}

const load = (): number => Number(os.loadavg()[0]!.toFixed(1));

function writeConfig(dir: string, server: FixedDelayServer): string {
  const file = path.join(dir, 'sluice.yml');
  fs.writeFileSync(
    file,
    [
      'models:',
      '  fixed_delay:',
      '    provider: openai',
      '    model: fixed-delay',
      `    base_url: ${server.url}`,
      '    api_key: bench',
      '    retries: 0',
      'defaults:',
      '  model: fixed_delay',
      '',
    ].join('\n'),
  );
  return file;
}

/** No models configured and no key in the environment: the offline model answers, with no waits to overlap. */
function writeOfflineConfig(dir: string): string {
  const file = path.join(dir, 'offline.yml');
  fs.writeFileSync(file, 'models: {}\n');
  return file;
}

/** A run that ended with an answer: the checks may still doubt it ("unsure"), which costs the same work. */
const ANSWERED = new Set(['success', 'unsure']);

/** Where the questions are answered: the main thread alone (--workers 0, the default), or a pool of one worker thread per core. */
interface Threads {
  label: string;
  args: string[];
}
const MAIN_THREAD: Threads = { label: 'main thread', args: ['--workers', '0'] };
const POOL: Threads = { label: `${os.availableParallelism()} workers`, args: ['--workers', String(os.availableParallelism())] };
/** Concurrency 1 runs on the main thread either way; above it, both, side by side in the same run. */
const threadsFor = (concurrency: number, workers: boolean): Threads[] => (concurrency === 1 || !workers ? [MAIN_THREAD] : [MAIN_THREAD, POOL]);

const THIS_BUILD = process.env.SLUICE_BENCH_CLI ?? path.join(packageRoot(), 'dist', 'cli', 'sluice.js');

/** Each row's own save dir, numbered in the order the rows run. */
let rowsRun = 0;

/**
 * Every row's save dir is kept until the bench ends, as a real save dir keeps its runs. On ext4 without a journal
 * (this machine's disk) the inode allocator steps one by one over every inode freed in the same block group in the
 * last minutes (`recently_deleted()`), so deleting a row's 1,000 run folders made each file the next row created cost
 * ~0.4 ms more: 2–5 ms more CPU per question in whichever row came next (docs/benchmarks.md, helper perf8).
 * `clearBetweenRows` measures the old way.
 */
async function batch(dir: string, config: string, count: number, concurrency: number, threads: Threads = MAIN_THREAD, cli = THIS_BUILD, clearBetweenRows = false) {
  const saveDir = path.join(dir, `save-${++rowsRun}-${concurrency}-${count}`);
  const run = await runProcess(
    process.execPath,
    [cli, 'run', '--config', config, '--no-cache', '--save_dir', saveDir, '--concurrency', String(concurrency), ...threads.args],
    { input: questions(count), env: { ...process.env, SLUICE_CACHE_DIR: path.join(dir, 'cache'), OPENAI_API_KEY: '' }, cwd: dir },
  );
  if (clearBetweenRows) fs.rmSync(saveDir, { recursive: true, force: true });
  const records = run.stdout.split('\n').filter((line) => line.trim());
  const answered = records.filter((line) => ANSWERED.has((JSON.parse(line) as { status?: string }).status ?? '')).length;
  // Exit 1 says some answers were not "success". A line or two failing under a loaded machine (a model call past its
  // timeout) is reported beside the figures; more than 1% means the figures are not about answering questions.
  if (run.code === null || run.code > 1 || answered < count * 0.99) {
    throw new Error(`sluice run (batch, concurrency ${concurrency}) answered ${answered}/${count}, exit ${run.code}:\n${run.stderr.slice(-2_000)}`);
  }
  return { ...run, answered };
}

interface Build {
  label: string;
  cli: string;
}

export async function batchThroughput(options: BatchBenchOptions = batchBenchOptions([])): Promise<string> {
  const count = options.questions;
  const builds: Build[] = options.before ? [{ label: 'before', cli: options.before }, { label: 'after', cli: THIS_BUILD }] : [{ label: '', cli: THIS_BUILD }];
  const buildColumn = options.before ? ['build'] : [];
  const buildCell = (build: Build) => (options.before ? [build.label] : []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-batch-bench-'));
  const server = await startFixedDelayServer(MODEL_DELAY_MS);
  try {
    const config = writeConfig(dir, server);
    const offline = writeOfflineConfig(dir);
    for (const build of builds) await batch(dir, config, 4, 4, MAIN_THREAD, build.cli);
    const rows: Array<Array<string | number>> = [];
    const offlineRows: Array<Array<string | number>> = [];
    const serialMs = new Map<Build, number>();
    for (const concurrency of options.offline ? options.concurrency : []) {
      for (const threads of threadsFor(concurrency, options.workers)) {
        for (const build of builds) {
          const loadBefore = load();
          const run = await batch(dir, offline, count, concurrency, threads, build.cli, options.clearBetweenRows);
          if (!serialMs.has(build)) serialMs.set(build, run.wallMs);
          offlineRows.push([
            concurrency,
            threads.label,
            ...buildCell(build),
            Number((run.wallMs / 1000).toFixed(1)),
            Number((run.wallMs / serialMs.get(build)!).toFixed(2)),
            Number(((count / run.wallMs) * 1000).toFixed(1)),
            cpuPerQuestion(run, count),
            run.answered,
            `${loadBefore} / ${load()}`,
            run.peakRssBytes === undefined ? 'n/a' : `${Math.round(run.peakRssBytes / 1024 ** 2)} MiB`,
          ]);
          process.stderr.write(`offline batch concurrency ${concurrency}, ${threads.label} ${build.label}: ${(run.wallMs / 1000).toFixed(1)} s\n`);
        }
      }
    }
    for (const concurrency of options.model ? options.concurrency : []) {
      for (const threads of threadsFor(concurrency, options.workers)) {
        for (const build of builds) {
          const loadBefore = load();
          const before = server.calls();
          const run = await batch(dir, config, count, concurrency, threads, build.cli, options.clearBetweenRows);
          const calls = server.calls() - before;
          const idealMs = (calls * MODEL_DELAY_MS) / concurrency;
          rows.push([
            concurrency,
            threads.label,
            ...buildCell(build),
            Number((calls / count).toFixed(2)),
            Number((run.wallMs / 1000).toFixed(1)),
            Number((idealMs / 1000).toFixed(1)),
            Number((run.wallMs / idealMs).toFixed(2)),
            Number(((count / run.wallMs) * 1000).toFixed(1)),
            cpuPerQuestion(run, count),
            run.answered,
            `${loadBefore} / ${load()}`,
            run.peakRssBytes === undefined ? 'n/a' : `${Math.round(run.peakRssBytes / 1024 ** 2)} MiB`,
          ]);
          process.stderr.write(`batch concurrency ${concurrency}, ${threads.label} ${build.label}: ${(run.wallMs / 1000).toFixed(1)} s\n`);
        }
      }
    }
    return [
      ...(process.env.SLUICE_BENCH_CLI ? [`Build timed: ${process.env.SLUICE_BENCH_CLI} (SLUICE_BENCH_CLI).`, ''] : []),
      ...(options.before ? [`Two builds row for row, before then after: before = ${options.before}, after = ${THIS_BUILD}.`, ''] : []),
      `${count} questions piped into \`sluice run\` (batch mode, reflection plan, --no-cache, save dir on) as a whole process, against a loopback OpenAI-protocol server that answers every call after ${MODEL_DELAY_MS} ms.`,
      `Every row's save dir is kept until the bench ends${options.clearBetweenRows ? ' — except in this run (--clear-between-rows): each row deleted its own as it ended' : ''}.`,
      `Ideal = questions × model calls per question (measured at the server; ${EXPECTED_CALLS_PER_QUESTION} expected) × ${MODEL_DELAY_MS} ms ÷ concurrency. Peak memory is the process's VmHWM; CPU is the process's user + system time; load is the machine's 1-minute load average as the run started / ended (2 cores). "main thread" rows answer every question on the main thread (--workers 0); "workers" rows use a pool of one worker thread per core (--workers N). "answered" = lines that ended success or unsure (at least 99% or the run fails).`,
      '',
      ...(options.model
        ? [markdownTable(['concurrency', 'answered on', ...buildColumn, 'calls/question', 'wall s', 'ideal s', 'wall ÷ ideal', 'questions/s', 'CPU ms/question', 'answered', 'load (1 min)', 'peak RSS'], rows), '']
        : []),
      ...(options.offline
        ? [
            `The same ${count} questions answered by the offline model (no model waits: the CPU bound). Baseline = the same build's batch at concurrency ${options.concurrency[0]} in this run; a higher concurrency should never be slower (÷ baseline ≤ 1).`,
            '',
            markdownTable(['concurrency', 'answered on', ...buildColumn, 'wall s', `÷ concurrency ${options.concurrency[0]}`, 'questions/s', 'CPU ms/question', 'answered', 'load (1 min)', 'peak RSS'], offlineRows),
          ]
        : []),
    ].join('\n');
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const USAGE = `node dist/bench/batch-throughput.js [--questions N] [--concurrency 1,8,50] [--only offline|model] [--no-workers] [--before CLI] [--clear-between-rows]
Times a batch of N questions (1,000) at each concurrency, offline and against a 50 ms loopback model, and appends the
tables to docs/benchmarks.md. --before CLI runs a second build's bin row for row beside this one. Every row's save
dir is kept until the bench ends; --clear-between-rows deletes each as its row ends (the old way).
`;

if (isMainModule(import.meta.url)) {
  // Asking for help must not run the bench: a run takes minutes and appends a section to docs/benchmarks.md.
  if (process.argv.includes('--help') || process.argv.includes('-h')) process.stdout.write(USAGE);
  else appendBenchmarkSection('Batch throughput against a 50 ms model', await batchThroughput(batchBenchOptions(process.argv.slice(2))));
}

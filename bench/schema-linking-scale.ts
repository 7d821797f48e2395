import { buildCatalogIndex, type CatalogIndex } from '../src/catalog/build-catalog-index.js';
import { linkSchema } from '../src/catalog/link-schema.js';
import { percentile } from '../src/bench/percentile.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';
import { syntheticCatalog, syntheticQuestions } from './synthetic-catalog.js';
import { warehouseQuestions } from './warehouse-questions.js';

const COLUMNS_PER_TABLE = 20;
/** The catalog under test, and a small one measured beside it as the baseline. */
const SIZES = [100, 10_000];
const BUILDS = 3;
/** Questions linked per catalog: at most this many, and no more once the time budget is spent (but at least the minimum). */
const QUESTIONS = 300;
const MIN_QUESTIONS = 20;
const LINK_BUDGET_MS = 60_000;
const WARM_UP_QUESTIONS = 5;

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();
const heapMiB = (): number => process.memoryUsage().heapUsed / 1024 ** 2;
const ms = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;

interface LinkTimes {
  questions: number;
  p50: number;
  p95: number;
  /** Mean tables handed on per question. */
  linked: number;
}

interface Figures {
  tables: number;
  /** Questions about one named table each (warehouse-questions.ts): the share whose table was handed on, and the mean handed on. */
  recall: number;
  goldLinked: number;
  buildMs: number;
  indexMiB: number;
  all: LinkTimes;
  /** Questions where a word matched a stored value, and the others. */
  withValue: LinkTimes;
  withoutValue: LinkTimes;
}

function linkTimes(samples: Array<{ ms: number; tables: number }>): LinkTimes {
  const times = samples.map((sample) => sample.ms);
  return {
    questions: samples.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    linked: samples.length === 0 ? 0 : samples.reduce((sum, sample) => sum + sample.tables, 0) / samples.length,
  };
}

function measure(tableCount: number): Figures {
  const catalog = syntheticCatalog(tableCount, COLUMNS_PER_TABLE);
  const questions = syntheticQuestions(QUESTIONS + WARM_UP_QUESTIONS);
  const builds: number[] = [];
  let index: CatalogIndex | undefined;
  let indexMiB = 0;
  for (let i = 0; i < BUILDS; i++) {
    index = undefined;
    collect();
    const before = heapMiB();
    const started = process.hrtime.bigint();
    index = buildCatalogIndex(catalog.tables, catalog.values);
    builds.push(ms(started));
    collect();
    indexMiB = heapMiB() - before;
  }
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) linkSchema(index!, question);
  const samples: Array<{ ms: number; tables: number; value: boolean }> = [];
  const budget = process.hrtime.bigint();
  for (const question of questions.slice(WARM_UP_QUESTIONS)) {
    if (samples.length >= MIN_QUESTIONS && ms(budget) > LINK_BUDGET_MS) break;
    const started = process.hrtime.bigint();
    const link = linkSchema(index!, question);
    samples.push({ ms: ms(started), tables: link.tables.length, value: link.matched_values.length > 0 });
  }
  // Only every 20th table holds rows (as in the generated DuckDB file), so only their values are stored.
  const filled = new Set(catalog.tables.filter((_, position) => position % 20 === 0).map((table) => table.name));
  const gold = warehouseQuestions(catalog.tables, catalog.values.filter((set) => filled.has(set.table)), QUESTIONS);
  let found = 0;
  let goldLinked = 0;
  for (const { question, table } of gold) {
    const link = linkSchema(index!, question);
    goldLinked += link.tables.length;
    if (link.tables.some((entry) => entry.table.name === table)) found += 1;
  }
  return {
    tables: tableCount,
    recall: found / gold.length,
    goldLinked: goldLinked / gold.length,
    buildMs: percentile(builds, 50),
    indexMiB,
    all: linkTimes(samples),
    withValue: linkTimes(samples.filter((sample) => sample.value)),
    withoutValue: linkTimes(samples.filter((sample) => !sample.value)),
  };
}

export function schemaLinkingScale(): string {
  const [small, large] = SIZES.map(measure) as [Figures, Figures];
  const memory = (f: Figures) => ((globalThis as { gc?: unknown }).gc ? `${f.indexMiB.toFixed(1)} MiB` : 'n/a (needs --expose-gc)');
  const row = (f: Figures, label: string, times: LinkTimes) => [
    f.tables,
    label,
    times.questions,
    Number(times.p50.toFixed(2)),
    Number(times.p95.toFixed(2)),
    Number(times.linked.toFixed(1)),
  ];
  return [
    `A generated warehouse catalog (names like \`retail_refund_daily\`, \`billing_invoice_line\`; ${COLUMNS_PER_TABLE} columns per table, 1–2 foreign keys each, categorical columns such as status and channel with their stored values on ~40% of tables), indexed with buildCatalogIndex and linked with linkSchema's defaults for generated questions (up to ${QUESTIONS}, stopping after ${LINK_BUDGET_MS / 1000} s once ${MIN_QUESTIONS} are done). Build time is the median of ${BUILDS} builds; memory is the heap the index holds after GC.`,
    '',
    markdownTable(
      ['tables', 'columns', 'index build ms', 'index memory'],
      [small, large].map((f) => [f.tables, f.tables * COLUMNS_PER_TABLE, Number(f.buildMs.toFixed(0)), memory(f)]),
    ),
    '',
    markdownTable(
      ['tables', 'questions', 'n', 'link p50 ms', 'link p95 ms', 'tables linked (mean)'],
      [small, large].flatMap((f) => [
        row(f, 'all', f.all),
        row(f, 'naming a stored value', f.withValue),
        row(f, 'naming no stored value', f.withoutValue),
      ]),
    ),
    '',
    markdownTable(
      ['tables', `questions naming one table (${QUESTIONS})`, 'table recall', 'tables handed on (mean)'],
      [small, large].map((f) => [f.tables, 'its name words, 1–2 of its columns, sometimes a stored value', f.recall.toFixed(3), Number(f.goldLinked.toFixed(2))]),
    ),
    '',
    `${large.tables.toLocaleString('en')} tables against ${small.tables}: index build ×${(large.buildMs / small.buildMs).toFixed(0)}, link p50 ×${(large.all.p50 / small.all.p50).toFixed(1)}, p95 ×${(large.all.p95 / small.all.p95).toFixed(1)}.`,
  ].join('\n');
}

if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Schema linking at scale', schemaLinkingScale());
}

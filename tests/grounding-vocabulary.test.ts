import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { NameVocabulary } from '../src/catalog/name-vocabulary.js';
import { splitIdentifier, writtenWords } from '../src/catalog/split-identifier.js';
import { splitSqlScript } from '../src/bench/split-sql-script.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { ContextSchema } from '../src/context/context-schema.js';
import type { Runtime } from '../src/engine/runtime.js';
import { wordRoot } from '../src/models/offline/word-root.js';
import { groundQuestion } from '../src/trust/ground-question.js';
import { catalogTestRuntime, createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { useScratchDemo } from './helpers/scratch-demo.js';

/**
 * Grounding reads a vocabulary the loaded catalog keeps (and the catalog cache saves) instead of splitting every
 * column name of every table per question. It must hold exactly the words the old per-question code found.
 */
const dir = mkdtempSync(join(tmpdir(), 'sluice-grounding-vocabulary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATASET = join(import.meta.dirname, '..', 'bench', 'datasets', 'abstention');
const QUESTIONS = readFileSync(join(DATASET, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { db_id: string; question: string });
const SPIDER_DATABASES = readdirSync(join(DATASET, 'databases')).filter((name) => name !== 'demo');

/** The catalog part of grounding as it was computed per question before (ground-question.ts at 2b03fcc). */
function legacyVocabulary(catalog: readonly CatalogTable[]): NameVocabulary {
  const texts = { column: [] as string[], table: [] as string[], text: [] as string[] };
  for (const table of catalog) {
    texts.table.push(table.name);
    texts.text.push(table.comment ?? '');
    for (const column of table.columns) {
      (/(?:^|[_a-z])id$/i.test(column.name) ? texts.table : texts.column).push(column.name);
      texts.text.push(column.comment ?? '');
    }
  }
  const roots = { column: new Set<string>(), table: new Set<string>(), text: new Set<string>() };
  for (const kind of ['column', 'table', 'text'] as const) {
    for (const text of texts[kind]) {
      // A name's words as read ("number" of FlightNo) and as written ("no"), as the vocabulary keeps both.
      for (const word of [...splitIdentifier(text), ...splitIdentifier(text.toLowerCase()), ...writtenWords(text), ...writtenWords(text.toLowerCase())]) {
        roots[kind].add(word);
        roots[kind].add(wordRoot(word));
      }
    }
  }
  return roots;
}

const sorted = (vocabulary: NameVocabulary) => ({ column: [...vocabulary.column].sort(), table: [...vocabulary.table].sort(), text: [...vocabulary.text].sort() });

function context(question: string) {
  return ContextSchema.parse({
    run_id: 'run-vocabulary',
    task: { text: question, namespace: 'test', plan: 'fixed', current_date: '2025-06-30', max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
  });
}

async function withRuntime<T>(database: string, cacheDir: string, use: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = catalogTestRuntime({ database });
  Object.assign(runtime, { settings: { ...runtime.settings, cacheDir } });
  try {
    return await use(runtime);
  } finally {
    await runtime.close();
  }
}

/** Loads the catalog cold, then from the cache in a fresh runtime, and holds both vocabularies to the old code's. */
async function expectSameVocabulary(database: string, questions: readonly string[]): Promise<void> {
  const cacheDir = join(dir, `cache-${Math.random().toString(36).slice(2)}`);
  const cold = await withRuntime(database, cacheDir, async (runtime) => {
    const catalog = await loadCatalog(runtime, 'test');
    await catalog.saved();
    expect(catalog.source).toBe('database');
    expect(sorted(catalog.vocabulary)).toEqual(sorted(legacyVocabulary(catalog.tables)));
    return { tables: structuredClone(catalog.tables), vocabulary: sorted(catalog.vocabulary) };
  });
  expect(cold.vocabulary.column.length + cold.vocabulary.table.length).toBeGreaterThan(0);
  await withRuntime(database, cacheDir, async (runtime) => {
    const catalog = await loadCatalog(runtime, 'test');
    expect(catalog.source).toBe('cache');
    expect(sorted(catalog.vocabulary)).toEqual(cold.vocabulary);
    for (const question of questions) {
      expect(groundQuestion(context(question), catalog.vocabulary)).toEqual(groundQuestion(context(question), cold.tables));
    }
  });
}

describe('grounding vocabulary', () => {
  const demo = useScratchDemo('sluice-grounding-vocabulary-demo-');

  it('of the demo catalog is the old per-question one, cold and from the cache', async () => {
    const questions = QUESTIONS.filter((entry) => entry.db_id === 'demo').map((entry) => entry.question);
    expect(questions.length).toBeGreaterThan(10);
    await expectSameVocabulary(demo.demo.database, questions);
  }, 120_000);

  it.each(SPIDER_DATABASES)('of spider-dev %s is the old per-question one, cold and from the cache', async (db) => {
    const database = join(dir, `${db}.duckdb`);
    await createDuckDbFile(database, splitSqlScript(readFileSync(join(DATASET, 'databases', db, 'schema.sql'), 'utf8')));
    const questions = QUESTIONS.filter((entry) => entry.db_id === db).map((entry) => entry.question);
    expect(questions.length).toBeGreaterThan(0);
    await expectSameVocabulary(database, questions);
  }, 120_000);

  it('keeps one grounding per question and context, and a changed context is grounded afresh', () => {
    const tables: CatalogTable[] = [{ name: 'orders', row_count: 1, columns: [{ name: 'status', type: 'VARCHAR', nullable: true, primary_key: false }] }];
    const first = groundQuestion(context('churned orders by status'), tables);
    expect(first.ungrounded).toEqual(['churned']);
    first.ungrounded.push('mutated by a caller');
    expect(groundQuestion(context('churned orders by status'), tables).ungrounded).toEqual(['churned']);
    const withDoc = { ...context('churned orders by status'), doc_passages: [{ source: 'docs/churn.md', heading: 'Churn', text: 'An order is churned when its customer left.', score: 1 }] };
    expect(groundQuestion(withDoc, tables).ungrounded).toEqual([]);
  });
});

import type { CatalogTable } from '../connectors/connector.js';
import type { Runtime } from '../engine/runtime.js';
import { collectColumnValues } from './collect-column-values.js';
import { rankTablesByText } from './link-schema.js';
import type { Catalog } from './load-catalog.js';

/** The best text-ranked tables whose values a question may need. */
const RELEVANT_TABLES = 20;
/** Time one question may spend reading values before it is linked with what is known. */
const QUESTION_VALUE_BUDGET_MS = 1_500;

/**
 * For a catalog too big to read every value up front: reads the values of the tables the question ranks best by
 * text, within a time budget, so value matching works where the question points. Values read once are kept (and
 * saved with the catalog), so later questions and processes do not read them again. Collections are shared
 * between concurrent questions, so none is cancelled by one question's signal: the budget bounds them.
 */
export async function collectQuestionValues(runtime: Runtime, catalog: Catalog, question: string): Promise<void> {
  if (catalog.complete) return;
  const wanted = rankTablesByText(catalog.index, question, RELEVANT_TABLES)
    .map((position) => catalog.index.tables[position]!)
    .filter((table) => !catalog.probed.has(table.name));
  if (wanted.length === 0) return;

  const inFlight = wanted.flatMap((table) => catalog.probing.get(table.name) ?? []);
  const mine = wanted.filter((table) => !catalog.probing.has(table.name));
  if (mine.length > 0) {
    const collecting = collect(runtime, catalog, mine);
    for (const table of mine) catalog.probing.set(table.name, collecting);
    inFlight.push(collecting.finally(() => mine.forEach((table) => catalog.probing.delete(table.name))));
  }
  await Promise.all(inFlight);
}

async function collect(runtime: Runtime, catalog: Catalog, tables: CatalogTable[]): Promise<void> {
  try {
    const connector = await runtime.connector(catalog.namespace);
    const collection = await collectColumnValues(connector, tables, {
      timeoutMs: Math.min(runtime.settings.queryTimeoutMs, QUESTION_VALUE_BUDGET_MS),
      deadline: performance.now() + QUESTION_VALUE_BUDGET_MS,
    });
    catalog.addValues(collection);
  } catch {
    // Values only sharpen linking; a question is linked without them when they cannot be read.
  }
}

import type { Runtime } from '../engine/runtime.js';
import { abortable } from './abortable.js';
import type { SampleRows } from './cached-sample-rows.js';
import type { Catalog } from './load-catalog.js';
import { quoteIdentifier } from './quote-identifier.js';

const SAMPLE_ROWS = 3;

/**
 * The first rows of a table, projected onto the given columns; empty when the table cannot be read. Read once per
 * catalog, from the catalog's saved samples when it has them (no wait for the database to open).
 */
export async function fetchSampleRows(
  runtime: Runtime,
  catalog: Catalog,
  table: string,
  columns: readonly string[],
  signal: AbortSignal,
): Promise<unknown[][]> {
  const known = catalog.samples.get(table);
  const sample = known ? Promise.resolve(known) : runtime.memo<SampleRows | undefined>(`sample-rows:${catalog.namespace}:${table}`, () => readSample(runtime, catalog, table));
  const result = await abortable(sample, signal);
  if (!result) return [];
  const positions = columns.map((column) => result.columns.indexOf(column));
  return result.rows.map((row) => positions.map((position) => (position < 0 ? null : row[position])));
}

async function readSample(runtime: Runtime, catalog: Catalog, table: string): Promise<SampleRows | undefined> {
  const connector = await runtime.connector(catalog.namespace);
  try {
    const { columns, rows } = await connector.execute(`SELECT * FROM ${quoteIdentifier(table, connector.dialect)} LIMIT ${SAMPLE_ROWS}`, {
      maxRows: SAMPLE_ROWS,
      timeoutMs: Math.min(runtime.settings.queryTimeoutMs, 10_000),
    });
    const sample = { columns, rows };
    catalog.addSample(table, sample);
    return sample;
  } catch {
    return undefined;
  }
}

import type { CatalogTable } from '../connectors/connector.js';
import type { Runtime } from '../engine/runtime.js';
import { buildCatalogIndex, type CatalogIndex } from './build-catalog-index.js';
import type { ColumnValues } from './build-value-lookup.js';
import { collectColumnValues } from './collect-column-values.js';

export interface Catalog {
  namespace: string;
  dialect: string;
  tables: CatalogTable[];
  values: ColumnValues[];
  index: CatalogIndex;
  /** Time spent building the in-memory index, without introspection and value probing. */
  index_ms: number;
}

/** Introspects a namespace, reads its low-cardinality text values and indexes it; once per namespace for the runtime's life. */
export function loadCatalog(runtime: Runtime, namespace: string): Promise<Catalog> {
  return runtime.memo(`catalog:${namespace}`, async () => {
    const connector = await runtime.connector(namespace);
    const tables = await connector.introspect();
    const values = await collectColumnValues(connector, tables, {
      timeoutMs: Math.min(runtime.settings.queryTimeoutMs, 10_000),
    });
    const started = performance.now();
    const index = buildCatalogIndex(tables, values);
    return { namespace, dialect: connector.dialect, tables, values, index, index_ms: performance.now() - started };
  });
}

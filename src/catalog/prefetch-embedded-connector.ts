import type { Runtime } from '../engine/runtime.js';

/**
 * Starts opening a namespace's embedded database (DuckDB file or the demo) before the run needs it. DuckDB opens on
 * its own thread (a 10,000-table file takes seconds to load its catalog), so the open overlaps the workflow's
 * start, the cached catalog's restore, linking and SQL generation instead of following them. Servers are left to
 * connect when asked: a failed early connect would be retried, doubling its timeout. Errors surface where the run
 * asks for the connector.
 */
export function prefetchEmbeddedConnector(runtime: Runtime, namespace: string): void {
  let type: string;
  try {
    type = runtime.namespace(namespace).type;
  } catch {
    return;
  }
  if (type === 'duckdb' || type === 'demo') runtime.connector(namespace).catch(() => {});
}

import type { Connector } from '../connectors/connector.js';
import { DamagedDatabaseError } from '../errors.js';

/**
 * The connector, changed so that damage a query or a catalog read finds mid-run names its namespace, as damage found
 * on open does: the file alone does not say which of several namespaces (or bench databases) stopped the run.
 */
export function nameDamagedNamespace(connector: Connector, namespace: string): Connector {
  const named = (error: unknown): never => {
    if (error instanceof DamagedDatabaseError) throw new DamagedDatabaseError(`namespace "${namespace}": ${error.message}`);
    throw error;
  };
  const { execute, introspect } = connector;
  connector.execute = (sql, options) => execute.call(connector, sql, options).catch(named);
  connector.introspect = (signal) => introspect.call(connector, signal).catch(named);
  return connector;
}

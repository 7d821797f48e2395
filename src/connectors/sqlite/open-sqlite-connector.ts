import type { Connector } from '../connector.js';
import { ConnectorError } from '../duckdb-connector.js';

export async function openSqliteConnector(_path: string): Promise<Connector> {
  throw new ConnectorError('sqlite namespaces are being built');
}

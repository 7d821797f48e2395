import type { Connector } from '../connector.js';
import { ConnectorError } from '../duckdb-connector.js';

export async function openFilesConnector(_path: string): Promise<Connector> {
  throw new ConnectorError('files namespaces are being built');
}

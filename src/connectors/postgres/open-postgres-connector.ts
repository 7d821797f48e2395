import type { NamespaceConfig } from '../../config/config-schema.js';
import type { Connector } from '../connector.js';
import { ConnectorError } from '../duckdb-connector.js';

export async function openPostgresConnector(_config: NamespaceConfig): Promise<Connector> {
  throw new ConnectorError('postgres namespaces are being built');
}

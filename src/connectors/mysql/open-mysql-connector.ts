import type { NamespaceConfig } from '../../config/config-schema.js';
import type { Connector } from '../connector.js';
import { ConnectorError } from '../duckdb-connector.js';

export async function openMysqlConnector(_config: NamespaceConfig): Promise<Connector> {
  throw new ConnectorError('mysql namespaces are being built');
}

import type { NamespaceConfig } from '../config/config-schema.js';
import type { Connector } from './connector.js';

/**
 * Opens the connector for a namespace entry whose paths are already resolved. Each engine's driver is loaded
 * only when a namespace of that type is opened, so an offline DuckDB run never loads pg or mysql2.
 */
export async function openConnector(config: NamespaceConfig, databaseFile?: string): Promise<Connector> {
  switch (config.type) {
    case 'demo': {
      const { openDuckDbConnector } = await import('./duckdb-connector.js');
      return openDuckDbConnector(databaseFile ?? config.path!, { memoryLimit: config.memory_limit, threads: config.threads });
    }
    case 'duckdb': {
      const [{ openDuckDbConnector }, { takeEarlyDuckDb }] = await Promise.all([import('./duckdb-connector.js'), import('./early-duckdb-open.js')]);
      const limits = { memoryLimit: config.memory_limit, threads: config.threads };
      return openDuckDbConnector(config.path!, limits, takeEarlyDuckDb(config.path!, limits));
    }
    case 'postgres': {
      const { openPostgresConnector } = await import('./postgres/open-postgres-connector.js');
      return openPostgresConnector(config);
    }
    case 'mysql': {
      const { openMysqlConnector } = await import('./mysql/open-mysql-connector.js');
      return openMysqlConnector(config);
    }
    case 'sqlite': {
      const { openSqliteConnector } = await import('./sqlite/open-sqlite-connector.js');
      return openSqliteConnector(config.path!);
    }
    case 'files': {
      const { openFilesConnector } = await import('./files/open-files-connector.js');
      return openFilesConnector(config.path!, { memoryLimit: config.memory_limit, threads: config.threads });
    }
  }
}

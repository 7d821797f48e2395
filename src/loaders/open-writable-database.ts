import type { NamespaceConfig } from '../config/config-schema.js';
import type { WritableDatabase } from './writable-database.js';

/** Opens a postgres, mysql or sqlite namespace for writing (paths already resolved); other types are refused with one line. */
export async function openWritableDatabase(config: NamespaceConfig): Promise<WritableDatabase> {
  switch (config.type) {
    case 'postgres': {
      const { openPostgresWritable } = await import('./open-postgres-writable.js');
      return openPostgresWritable(config);
    }
    case 'mysql': {
      const { openMysqlWritable } = await import('./open-mysql-writable.js');
      return openMysqlWritable(config);
    }
    case 'sqlite': {
      const { openSqliteWritable } = await import('./open-sqlite-writable.js');
      return openSqliteWritable(config.path!);
    }
    default:
      throw new Error(`a ${config.type} namespace cannot be loaded into: sluice writes only to postgres, mysql and sqlite namespaces`);
  }
}

import type pg from 'pg';
import { ConnectorError } from '../connector-error.js';

/**
 * The schemas sluice may see, in search-path order: the configured ones (each must exist), or else every
 * non-system schema the role may use, public first.
 */
export async function includedSchemas(client: pg.ClientBase, configured: readonly string[] | undefined): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace
     WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp\\_%'
       AND (has_schema_privilege(oid, 'USAGE') OR nspname = ANY($1))
     ORDER BY nspname = 'public' DESC, nspname`,
    [configured ?? []],
  );
  const existing = rows.map((row) => row.name);
  if (!configured) return existing;
  const missing = configured.filter((schema) => !existing.includes(schema));
  if (missing.length > 0) {
    throw new ConnectorError(`schema${missing.length > 1 ? 's' : ''} not found: ${missing.join(', ')} (found: ${existing.join(', ') || 'none'})`);
  }
  return [...configured];
}

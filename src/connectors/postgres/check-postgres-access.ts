import type pg from 'pg';
import type { AccessReport } from '../connector.js';

const WRITE_PRIVILEGES = ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'] as const;
/** Tables named in a finding before "and N more". */
const NAMED_TABLES = 5;

interface RoleRow {
  role: string;
  superuser: boolean;
  database: string;
  create_on_database: boolean;
}

interface TablePrivilegeRow {
  table_name: string;
  privileges: string[];
}

/** Whether the connected role could change data or schema in the included schemas, one finding per line. */
export async function checkPostgresAccess(client: pg.ClientBase, schemas: readonly string[]): Promise<AccessReport> {
  const [role] = (
    await client.query<RoleRow>(
      `SELECT current_user AS role, r.rolsuper AS superuser, current_database() AS database,
              has_database_privilege(current_database(), 'CREATE') AS create_on_database
       FROM pg_roles r WHERE r.rolname = current_user`,
    )
  ).rows;
  const tables = (
    await client.query<TablePrivilegeRow>(
      `SELECT n.nspname || '.' || c.relname AS table_name,
              array_remove(ARRAY[${WRITE_PRIVILEGES.map((p) => `CASE WHEN has_table_privilege(c.oid, '${p}') THEN '${p}' END`).join(', ')}], NULL) AS privileges
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       ORDER BY 1`,
      [schemas],
    )
  ).rows.filter((row) => row.privileges.length > 0);
  const creatable = (
    await client.query<{ schema: string }>(
      `SELECT nspname AS schema FROM pg_namespace WHERE nspname = ANY($1) AND has_schema_privilege(oid, 'CREATE') ORDER BY 1`,
      [schemas],
    )
  ).rows.map((row) => row.schema);

  const who = `role ${role?.role ?? 'unknown'}`;
  const findings: string[] = [];
  if (role?.superuser) findings.push(`${who} is a superuser: it can change anything on the server`);
  findings.push(...tableFindings(who, tables));
  if (creatable.length > 0) findings.push(`${who} has CREATE on schema ${creatable.join(', ')}`);
  if (role?.create_on_database) findings.push(`${who} has CREATE on database ${role.database}`);
  const canWrite = findings.length > 0;
  if (!canWrite) {
    findings.push(
      `${who} is not a superuser, has no ${WRITE_PRIVILEGES.join('/')} on any table of schema ${schemas.join(', ')}, ` +
        `and no CREATE on ${schemas.length > 1 ? 'those schemas' : 'that schema'} or database ${role?.database ?? ''}`.trimEnd(),
    );
  }
  return { canWrite, findings };
}

/** One line per distinct set of write privileges, naming a few of the tables. */
function tableFindings(who: string, tables: TablePrivilegeRow[]): string[] {
  const byPrivileges = new Map<string, string[]>();
  for (const table of tables) {
    const key = table.privileges.join(', ');
    byPrivileges.set(key, [...(byPrivileges.get(key) ?? []), table.table_name]);
  }
  return [...byPrivileges].map(([privileges, names]) => {
    const shown = names.slice(0, NAMED_TABLES).join(', ');
    const more = names.length > NAMED_TABLES ? ` and ${names.length - NAMED_TABLES} more` : '';
    return `${who} has ${privileges} on ${names.length} table${names.length === 1 ? '' : 's'}: ${shown}${more}`;
  });
}

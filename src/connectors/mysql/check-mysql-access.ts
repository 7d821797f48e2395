import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import type { AccessReport } from '../connector.js';

/** Privileges that would let a statement change data, schema, files or the server if the sandbox let it through. */
const WRITE_PRIVILEGE = /^(ALL|ALL PRIVILEGES|INSERT|UPDATE|DELETE|DROP|CREATE\b.*|ALTER\b.*|FILE|SUPER|INDEX|TRIGGER|EVENT|DELETE HISTORY|SHUTDOWN|RELOAD|GRANT OPTION)$/;

/**
 * Reads SHOW GRANTS FOR CURRENT_USER() and reports the privileges, on this database (or its tables) or on *.*,
 * that could write. Grants given through roles only count once the role is active in the session.
 */
export async function checkMysqlAccess(connection: PoolConnection, database: string): Promise<AccessReport> {
  const [userRows] = await connection.query<RowDataPacket[]>('SELECT CURRENT_USER() AS user');
  const user = String(userRows[0]?.user ?? 'the current user');
  const [grantRows] = await connection.query<RowDataPacket[]>({ sql: 'SHOW GRANTS FOR CURRENT_USER()', rowsAsArray: true });
  const findings: string[] = [];
  for (const row of grantRows as unknown as unknown[][]) {
    const grant = parseGrant(String(row[0]));
    if (!grant || !appliesTo(grant.target, database)) continue;
    const writes = grant.privileges.filter((privilege) => WRITE_PRIVILEGE.test(privilege));
    if (writes.length > 0) findings.push(`${user} has ${writes.join(', ')} on ${grant.target}`);
  }
  if (findings.length > 0) return { canWrite: true, findings };
  return { canWrite: false, findings: [`${user} has no privilege that writes on \`${database}\` or *.* (SHOW GRANTS FOR CURRENT_USER())`] };
}

interface Grant {
  privileges: string[];
  target: string;
}

/** `GRANT SELECT, INSERT (a, b) ON `db`.* TO ...` -> privileges [SELECT, INSERT] on `db`.*; role grants give null. */
function parseGrant(line: string): Grant | null {
  const match = /^GRANT\s+(.+?)\s+ON\s+(?:(?:TABLE|FUNCTION|PROCEDURE|PACKAGE(?: BODY)?)\s+)?(\S+)\s+TO\s/i.exec(line);
  if (!match) return null;
  const privileges = match[1]!
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((privilege) => privilege.trim().toUpperCase())
    .filter(Boolean);
  const grantOption = /\bWITH\b.*\bGRANT OPTION\b/i.test(line) ? ['GRANT OPTION'] : [];
  return { privileges: [...privileges, ...grantOption], target: match[2]! };
}

function appliesTo(target: string, database: string): boolean {
  if (target === '*.*' || target === '*') return true;
  const schema = target.split('.')[0]!.replace(/^`|`$/g, '').replaceAll('``', '`');
  return schema === database || (schema.includes('%') || schema.includes('_')) && likeMatches(schema, database);
}

/** Grants on `db\_name` or `sales%` name databases by LIKE pattern. */
function likeMatches(pattern: string, name: string): boolean {
  const regex = pattern.replace(/\\([_%])|[_%]|[^_%\\]+/g, (part, escaped: string | undefined) => {
    if (escaped) return escaped;
    if (part === '%') return '.*';
    if (part === '_') return '.';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${regex}$`).test(name);
}

import type { PoolOptions } from 'mysql2/promise';
import type { NamespaceConfig } from '../../config/config-schema.js';
import { ConnectorError } from '../connector-error.js';
import { redactUrl } from '../redact-url.js';
import { serverLocation } from '../server-location.js';

/** Connections the connector keeps; more concurrent queries wait their turn. */
const POOL_SIZE = 4;

export interface MysqlConnectionOptions {
  pool: PoolOptions & { database: string };
  /** Everything that must never appear in a message. */
  secrets: string[];
}

/**
 * Driver options from a mysql namespace: the url's parts, overridden by host/port/database/user/password/ssl.
 * Dates come back as text, big integers as numbers while they are safe, LOAD DATA LOCAL and multi-statements
 * are off at the protocol level.
 */
export function mysqlConnectionOptions(config: NamespaceConfig): MysqlConnectionOptions {
  const fromUrl = config.url ? parseMysqlUrl(config.url) : {};
  const database = config.database ?? fromUrl.database;
  if (!database) {
    throw new ConnectorError(
      `the mysql namespace at ${serverLocation(config)} names no database: put it in the url (mysql://host:3306/<database>) or set database:`,
    );
  }
  const password = config.password ?? fromUrl.password;
  const ssl = config.ssl ?? fromUrl.ssl ?? false;
  return {
    pool: {
      host: config.host ?? fromUrl.host ?? 'localhost',
      port: config.port ?? fromUrl.port ?? 3306,
      user: config.user ?? fromUrl.user,
      password,
      database,
      ...(ssl ? { ssl: { rejectUnauthorized: true } } : {}),
      connectionLimit: POOL_SIZE,
      maxIdle: POOL_SIZE,
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
      multipleStatements: false,
      flags: ['-LOCAL_FILES', '-MULTI_STATEMENTS'],
      connectTimeout: 10_000,
    },
    secrets: [password, fromUrl.rawPassword].filter((secret): secret is string => Boolean(secret)),
  };
}

interface UrlParts {
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  rawPassword?: string;
  database?: string;
  ssl?: boolean;
}

function parseMysqlUrl(url: string): UrlParts {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConnectorError(`the mysql namespace url is not a valid URL: ${redactUrl(url)}`);
  }
  if (!['mysql:', 'mariadb:'].includes(parsed.protocol)) {
    throw new ConnectorError(`the mysql namespace url must start with mysql:// (got ${parsed.protocol}//)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const ssl = parsed.searchParams.get('ssl') ?? parsed.searchParams.get('tls');
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    rawPassword: parsed.password || undefined,
    database: database || undefined,
    ssl: ssl === null ? undefined : /^(1|true|yes|on|required?)$/i.test(ssl),
  };
}
